import pytest
from conftest import only_event

pytestmark = pytest.mark.slow


event = only_event


def test_attacker_from_a_weapon_adjective_and_not_from_the_defender():
    found = event("Trois drones russes ont été abattus par les forces ukrainiennes au-dessus de Lviv mardi.")
    assert found.attacker.country == "RU" and found.country == "UA"


def test_a_reference_point_is_a_location_only_alone():
    found = event("Un drone a frappé mardi le village de Kozatche, à 30 kilomètres au nord de Soumy.")
    assert [l.text for l in found.locations] == ["Kozatche"]


def test_a_date_of_the_statement_is_not_the_date_of_the_attack():
    found = event("Une frappe de missile sur Odessa a fait trois morts, a déclaré Oleh Kiper jeudi.")
    assert found.date is None


def test_a_factory_named_after_its_town_puts_the_event_in_the_town():
    found = event("Une usine métallurgique de Zaporijjia a été touchée mardi par un missile russe.")
    assert [l.text for l in found.locations] == ["Zaporijjia"] and found.country == "UA"
