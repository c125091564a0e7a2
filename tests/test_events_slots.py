import pytest
from records_builder import document, geo, loc, org, per, qty, timex
from records_builder import only_event as event

pytestmark = pytest.mark.slow

LVIV = geo(702550, "Lviv", "UA", 49.83826, 24.02324)
SUMY = geo(692194, "Sumy", "UA", 50.91741, 34.79906)
ODESA = geo(698740, "Odesa", "UA", 46.48572, 30.74383)
TUESDAY = timex("mardi", "DATE", "2024-05-14")


def test_attacker_from_a_weapon_adjective_and_not_from_the_defender():
    found = event(document(
        "Trois drones russes ont été abattus par les forces ukrainiennes au-dessus de Lviv mardi.",
        entities=[loc("Lviv", geo=LVIV)],
        quantities=[qty("Trois", 3, counted="drone")],
        timexes=[TUESDAY]))
    assert found.attacker.country == "RU" and found.country == "UA"


def test_a_reference_point_is_a_location_only_alone():
    found = event(document(
        "Un drone a frappé mardi le village de Kozatche, à 30 kilomètres au nord de Soumy.",
        entities=[loc("Kozatche"), loc("Soumy", geo=SUMY)],
        quantities=[qty("30", 30, unit="km")],
        timexes=[TUESDAY]))
    assert [place.text for place in found.locations] == ["Kozatche"]


def test_a_date_of_the_statement_is_not_the_date_of_the_attack():
    found = event(document(
        "Une frappe de missile sur Odessa a fait trois morts, a déclaré Oleh Kiper jeudi.",
        entities=[loc("Odessa", geo=ODESA), per("Oleh Kiper")],
        quantities=[qty("trois", 3, counted="mort")],
        timexes=[timex("jeudi", "DATE", "2024-05-09")]))
    assert found.date is None


def test_a_factory_named_after_its_town_puts_the_event_in_the_town():
    found = event(document(
        "Une usine métallurgique de Zaporijjia a été touchée mardi par un missile russe.",
        entities=[org("usine métallurgique de Zaporijjia", source="ORG_factory")],
        timexes=[TUESDAY]))
    assert [place.text for place in found.locations] == ["Zaporijjia"] and found.country == "UA"


def test_damage_is_read_once_per_stretch_between_punctuation():
    # (a stretch without a damage word was rescanned from each of its characters)
    import time

    from extract.events.slots import DAMAGE

    text = "drones au-dessus de la ville " * 5_000 + ", trois immeubles endommagés. Rien"
    started = time.perf_counter()
    assert [m.group() for m in DAMAGE.finditer(text)] == [" trois immeubles endommagés"]
    assert time.perf_counter() - started < 2
