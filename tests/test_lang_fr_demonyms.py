"""Nationality words, country names and capital metonyms mapped to ISO 3166 codes."""

from __future__ import annotations

import re

import pytest

from extract.lang.fr.demonyms import (
    CAPITAL_METONYMS,
    COUNTRY_NAMES_FR,
    DEMONYMS,
    TERRITORIES_FR,
    country_of_adjective,
    country_of_name,
)

ISO = re.compile(r"^[A-Z]{2}$")


@pytest.mark.parametrize("word", ["ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"])
def test_every_inflection_of_ukrainien_is_ukraine(word):
    assert country_of_adjective(word) == "UA"


@pytest.mark.parametrize(("word", "code"), [
    ("russe", "RU"), ("russes", "RU"),
    ("turc", "TR"), ("turque", "TR"), ("turcs", "TR"), ("turques", "TR"),
    ("polonais", "PL"), ("polonaise", "PL"), ("polonaises", "PL"),
    ("française", "FR"), ("américaines", "US"), ("biélorusses", "BY"),
    ("israéliennes", "IL"), ("palestiniens", "PS"), ("iranien", "IR"), ("syrienne", "SY"),
    ("libanaise", "LB"), ("yéménites", "YE"), ("nord-coréens", "KP"), ("sud-coréenne", "KR"),
    ("malienne", "ML"), ("burkinabè", "BF"), ("burkinabés", "BF"), ("tchadiens", "TD"),
    ("émiratis", "AE"), ("qatarie", "QA"), ("grecque", "GR"), ("afghane", "AF"),
    ("britanniques", "GB"), ("suisse", "CH"), ("néerlandais", "NL"), ("belges", "BE"),
])
def test_nationality_adjectives_in_all_genders_and_numbers(word, code):
    assert country_of_adjective(word) == code


def test_adjective_lookup_ignores_case_and_accents():
    assert country_of_adjective("Israéliens") == "IL"
    assert country_of_adjective("ISRAELIENNE") == "IL"
    assert country_of_adjective("yemenite") == "YE"
    assert country_of_adjective("burkinabe") == "BF"
    assert country_of_adjective("Nord\u2011Coréenne") == "KP"


def test_nigerien_is_niger_and_nigerian_is_nigeria():
    assert country_of_adjective("nigérienne") == "NE"
    assert country_of_adjective("nigériane") == "NG"


def test_words_that_are_not_nationalities_give_none():
    for word in ("houthi", "houthis", "kurde", "européen", "drone", ""):
        assert country_of_adjective(word) is None


@pytest.mark.parametrize("name", ["Etats-Unis", "États-Unis", "les États-Unis", "Etats Unis"])
def test_united_states_with_or_without_accent(name):
    assert country_of_name(name) == "US"


@pytest.mark.parametrize(("name", "code"), [
    ("Russie", "RU"), ("la Russie", "RU"), ("l'Ukraine", "UA"), ("l’Ukraine", "UA"),
    ("Biélorussie", "BY"), ("Bélarus", "BY"), ("Israël", "IL"), ("Israel", "IL"),
    ("Corée du Nord", "KP"), ("Arabie saoudite", "SA"), ("Côte d'Ivoire", "CI"),
])
def test_country_names_in_french(name, code):
    assert country_of_name(name) == code


@pytest.mark.parametrize(("name", "code"), [
    ("Moscou", "RU"), ("le Kremlin", "RU"), ("Kiev", "UA"), ("Kyiv", "UA"),
    ("Washington", "US"), ("Pékin", "CN"), ("Pekin", "CN"), ("Téhéran", "IR"),
    ("Jérusalem", "IL"), ("Tel-Aviv", "IL"), ("Tel Aviv", "IL"), ("Minsk", "BY"),
    ("Ankara", "TR"), ("Paris", "FR"), ("Londres", "GB"), ("Berlin", "DE"),
    ("Damas", "SY"), ("Beyrouth", "LB"), ("Sanaa", "YE"), ("Le Caire", "EG"),
])
def test_capitals_stand_for_their_government(name, code):
    assert country_of_name(name) == code


def test_palestinian_territories_map_to_palestine():
    assert country_of_name("bande de Gaza") == "PS"
    assert country_of_name("Cisjordanie") == "PS"
    assert "Gaza" not in COUNTRY_NAMES_FR


def test_ambiguous_or_unknown_names_give_none():
    for name in ("Bruxelles", "La Haye", "Hollande", "Atlantide", ""):
        assert country_of_name(name) is None


def test_at_least_sixty_countries_have_nationality_words():
    assert len(set(DEMONYMS.values())) >= 60


def test_demonym_keys_are_lower_case_and_codes_are_iso_alpha2():
    assert all(form == form.lower() for form in DEMONYMS)
    for table in (DEMONYMS, CAPITAL_METONYMS, COUNTRY_NAMES_FR, TERRITORIES_FR):
        assert all(ISO.match(code) for code in table.values())


def test_country_names_and_capitals_are_capitalised():
    for table in (CAPITAL_METONYMS, COUNTRY_NAMES_FR):
        assert all(name[0].isupper() for name in table)


def test_every_listed_form_is_found_by_the_lookups():
    for form, code in DEMONYMS.items():
        assert country_of_adjective(form) == code, form
    for table in (CAPITAL_METONYMS, COUNTRY_NAMES_FR, TERRITORIES_FR):
        for name, code in table.items():
            assert country_of_name(name) == code, name
