from extract.geo.gazetteer import default_gazetteer


def test_french_exonyms_find_their_geonames_places():
    gazetteer = default_gazetteer()
    assert 524901 in {p.geonames_id for p in gazetteer.lookup("Moscou")}
    assert 703448 in {p.geonames_id for p in gazetteer.lookup("Kiev")}
    assert 2017370 in {p.geonames_id for p in gazetteer.lookup("Russie")}


def test_transliteration_variant_falls_back_on_the_key():
    assert {p.geonames_id for p in default_gazetteer().lookup("Holosiiv")} == {13535744}


def test_common_french_words_are_not_places():
    gazetteer = default_gazetteer()
    assert not gazetteer.is_place("Selon") and not gazetteer.is_place("Mais")


def test_the_gazetteer_is_found_by_environment_then_package_data_then_checkout(tmp_path, monkeypatch):
    from extract.geo import gazetteer as module

    monkeypatch.setenv("EXTRACT_MODELS", str(tmp_path))
    assert module.gazetteer_path() == tmp_path / module.GAZETTEER_FILE
    monkeypatch.delenv("EXTRACT_MODELS")
    monkeypatch.setattr(module, "PACKAGE_DATA", tmp_path / "none")
    assert module.gazetteer_path() == module.CHECKOUT_MODELS / module.GAZETTEER_FILE
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / module.GAZETTEER_FILE).write_text("key\tgeonames_id\n", encoding="utf-8")
    monkeypatch.setattr(module, "PACKAGE_DATA", tmp_path / "data")
    assert module.gazetteer_path() == tmp_path / "data" / module.GAZETTEER_FILE


def test_a_missing_gazetteer_says_how_to_build_it(tmp_path):
    import pytest

    from extract.geo.gazetteer import Gazetteer

    with pytest.raises(FileNotFoundError, match="make models"):
        Gazetteer(tmp_path / "gazetteer.v2.tsv")
