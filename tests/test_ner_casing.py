from extract.ner.casing import restore_case


def test_a_capitalised_word_takes_its_case_from_elsewhere_in_the_text():
    text = "KHARKIV a été visée cette nuit. Le maire de Kharkiv a parlé."
    restored = restore_case(text)
    assert restored.startswith("Kharkiv a été visée") and len(restored) == len(text)


def test_a_known_place_in_capitals_gets_title_case():
    assert restore_case("ODESSA sous les bombes", lambda w: w == "Odessa").startswith("Odessa sous")


def test_acronyms_stay():
    text = "Selon l'AFP et l'ONU, l'OTAN se réunit."
    assert restore_case(text) == text
