from extract.ner.coref import person_canonicals


def test_surname_alone_takes_the_full_name():
    names = ["Anne Hidalgo", "Hidalgo"]
    assert person_canonicals(names)["Hidalgo"] == "Anne Hidalgo"


def test_transliteration_variants_corefer():
    canon = person_canonicals(["Andreï Vorobiov", "Vorobyov"])
    assert canon["Vorobyov"] == "Andreï Vorobiov"


def test_unrelated_people_keep_their_own_names():
    canon = person_canonicals(["Olena Zelenska", "Volodymyr Zelensky", "Zelensky"])
    assert canon["Zelensky"] == "Volodymyr Zelensky"
    assert canon["Olena Zelenska"] == "Olena Zelenska"


def test_many_names_are_resolved_through_the_tail_index():
    # (every name used to be compared with every other one: quadratic in names)
    import time

    def word(i):  # "bada...": no doubled letter (translit keys fold them: "Nom44" is "Nom4")
        return "".join("bdflmnprtv"[int(d)] + "a" for d in str(i))

    names = [f"Prénom{word(i)} Nom{word(i)}" for i in range(5_000)] + [f"Nom{word(i)}" for i in range(5_000)]
    started = time.perf_counter()
    canon = person_canonicals(names)
    assert canon[f"Nom{word(4321)}"] == f"Prénom{word(4321)} Nom{word(4321)}"
    assert canon[f"Prénom{word(7)} Nom{word(7)}"] == f"Prénom{word(7)} Nom{word(7)}"
    assert time.perf_counter() - started < 2
