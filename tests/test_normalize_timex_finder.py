"""The timex finder on sentences written for it (anchors: a Thursday and a Tuesday)."""

import pytest

from extract.normalize.timex import Anchor, find_timexes

THURSDAY = Anchor.of("2024-03-21")
TUESDAY = Anchor.of("2023-05-30")


def found(text, anchor=THURSDAY):
    return [(text[t.start:t.end], t.type, t.value) for t in find_timexes(text, anchor)]


@pytest.mark.parametrize("text, expected", [
    ("Le pont a été inauguré le 8 juin 2022 par le maire.", ("le 8 juin 2022", "DATE", "2022-06-08")),
    ("Le 30 juillet, le préfet a pris un arrêté.", ("Le 30 juillet", "DATE", "2022-07-30")),
    ("Le 12 mai, le préfet a pris un arrêté.", ("Le 12 mai", "DATE", "2023-05-12")),
    ("Le festival a commencé en février 2022.", ("février 2022", "DATE", "2022-02")),
    ("La mairie a fermé l'école mardi.", ("mardi", "DATE", "2023-05-30")),
    ("Les pompiers sont intervenus lundi matin.", ("lundi matin", "TIME", "2023-05-29TMO")),
    ("Ce matin, la circulation était coupée.", ("Ce matin", "TIME", "2023-05-30TMO")),
    ("Un incendie s'est déclaré dans la nuit.", ("la nuit", "TIME", "2023-05-30TNI")),
    ("La nuit de samedi à dimanche a été agitée.", ("La nuit de samedi à dimanche", "TIME", "2023-05-28TNI")),
    ("Il a plu hier soir sur la ville.", ("hier soir", "TIME", "2023-05-29TMO".replace("MO", "EV"))),
    ("La grève dure depuis trois semaines.", ("trois semaines", "DURATION", "P3W")),
    ("Le trajet a pris 16 minutes.", ("16 minutes", "DURATION", "PT16M")),
    ("Les travaux ont duré quelques jours.", ("quelques jours", "DURATION", "PXD")),
    ("Les prix ont augmenté ces derniers mois.", ("ces derniers mois", "DURATION", "PXM")),
    ("Le magasin a rouvert il y a trois ans.", ("il y a trois ans", "DATE", "2020")),
    ("Le chantier a commencé il y a plus d'un an.", ("il y a plus d'un an", "DATE", "PAST_REF")),
    ("Le musée a été rénové récemment.", ("récemment", "DATE", "PAST_REF")),
    ("Le bus repartira vers 15 h 30.", ("vers 15 h 30", "TIME", "2023-05-30T15:30")),
    ("La réunion a eu lieu la semaine dernière.", ("la semaine dernière", "DATE", "2023-W21")),
    ("Le club a gagné plus tôt cette année.", ("plus tôt cette année", "DATE", "2023")),
    ("Le marché se tient tous les jeudis.", ("tous les jeudis", "SET", "XXXX-WXX-4")),
    ("Les loyers ont baissé au début du mois.", ("début du mois", "DATE", "2023-05")),
])
def test_expressions_and_values(text, expected):
    assert expected in found(text, TUESDAY)


def test_present_tense_weekdays_point_to_the_nearest_days():
    assert found("Les ministres se réunissent jeudi et vendredi à Bruxelles.") == [
        ("jeudi", "DATE", "2024-03-21"), ("vendredi", "DATE", "2024-03-22")]


def test_a_scheduled_date_is_the_nearest_one():
    assert found("Le vote est prévu pour le 20 janvier.", Anchor.of("2024-11-10")) == [
        ("le 20 janvier", "DATE", "2025-01-20")]


def test_written_weekday_chooses_the_year_of_a_date():
    assert ("dimanche 5 janvier", "DATE", "2025-01-05") in found("Rendez-vous dimanche 5 janvier.")


def test_not_timexes():
    for text in ("Le bâtiment a été détruit.", "Une attaque sans précédent a eu lieu.", "Un homme de 53 ans est blessé.",
                 "L'autoroute M-1 est coupée.", "Sept personnes sont mortes.", "Le quotidien Le Monde titre sur la crise.",
                 "Les Jeux d'hiver s'ouvrent.", "La sonde a photographié Mars de près.",
                 "Le maire a présenté sa démission.", "L'attaque, sans précédent, a été condamnée."):
        assert found(text) == [], text


def test_without_a_dct_relative_expressions_stay_unresolved():
    anchor = Anchor.of(None)
    assert found("Le conseil s'est réuni mardi.", anchor) == [("mardi", "DATE", "XXXX-WXX-2")]
    assert found("Le 3 avril, la ville a voté.", anchor) == [("Le 3 avril", "DATE", "XXXX-04-03")]


def test_a_month_only_dct_cannot_place_a_weekday():
    assert found("Le conseil s'est réuni mardi.", Anchor.of("2023-05-01", "month")) == [("mardi", "DATE", "XXXX-WXX-2")]


def test_a_month_only_dct_places_a_day_of_its_month_in_its_year():
    # "2023-04" as a dct: its day is a placeholder, so "le 13 avril" is not after it
    assert found("Le 13 avril, la ville a été frappée.", Anchor.of("2023-04-01", "month")) == [
        ("Le 13 avril", "DATE", "2023-04-13")]


def test_clock_time_takes_the_day_the_paragraph_named():
    assert found("Hier, un accident a eu lieu vers 15 h 30 sur la route.", TUESDAY)[-1] == (
        "vers 15 h 30", "TIME", "2023-05-29T15:30")


def test_a_long_run_of_number_words_is_read_once_for_durations():
    # (a duration was tried from every word of the run, each try reading the rest of it)
    import time

    words = " ".join(["deux", "trois", "quatre-vingt", "cinq"][i % 4] for i in range(20_000))
    started = time.perf_counter()
    assert found(f"Il a attendu {words} ans.") == []
    assert found("Il a attendu trois jours, puis deux semaines.") == [
        ("trois jours", "DURATION", "P3D"), ("deux semaines", "DURATION", "P2W")]
    assert time.perf_counter() - started < 4


def test_many_weekdays_in_one_sentence_are_resolved_quickly():
    import time

    started = time.perf_counter()
    timexes = found("Le conseil a voté " + "mardi " * 5_000 + "sans fin")
    assert len(timexes) == 5_000 and {value for _, _, value in timexes} == {"2024-03-19"}
    assert time.perf_counter() - started < 4
