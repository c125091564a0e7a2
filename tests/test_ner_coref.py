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
