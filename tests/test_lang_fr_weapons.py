"""Weapon systems found in French sentences, and generic weapon nouns mapped to a kind."""

from __future__ import annotations

import pytest

from extract.lang.fr.weapons import (
    KINDS,
    ROLES,
    WEAPON_NOUNS,
    WEAPON_SYSTEM_PATTERN,
    WEAPON_SYSTEMS,
    find_weapon_systems,
    weapon_kind,
)


def models(text: str) -> list[str]:
    return [system.model for _, _, system in find_weapon_systems(text)]


def surfaces(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_weapon_systems(text)]


def test_finds_shahed_and_kh101_with_exact_offsets():
    text = "Des Shahed-136 et deux missiles Kh-101 ont été tirés"
    found = find_weapon_systems(text)
    assert [(start, end, system.model) for start, end, system in found] == [
        (4, 14, "Shahed"), (32, 38, "Kh-101"),
    ]
    assert found[0][2].kind == "drone"
    assert found[1][2].kind == "cruise_missile"


def test_iskander_variants_map_to_the_iskander_model_with_their_own_kind():
    found = find_weapon_systems("Un Iskander-M puis deux Iskander-K ont visé la ville.")
    assert [(system.model, system.kind) for _, _, system in found] == [
        ("Iskander", "ballistic_missile"), ("Iskander", "cruise_missile"),
    ]


@pytest.mark.parametrize("written", ["Shahed-136", "Shahed 136", "Shahed136", "Shahed\u2011136"])
def test_number_suffix_may_be_hyphenated_spaced_or_glued(written):
    text = f"L'armée a abattu un {written} au-dessus de la région."
    assert surfaces(text) == [written]
    assert models(text) == ["Shahed"]


def test_russian_transliterations_name_the_same_family():
    text = "Le Kinzhal, dit aussi Kinjal ou Kh-47M2, et le Tsirkon, ou Zircon."
    assert models(text) == ["Kinjal", "Kinjal", "Kinjal", "Zircon", "Zircon"]


def test_x_prefixed_spelling_of_kh_missiles_is_recognised():
    assert models("Selon l'armée de l'air, huit X-101 et un Kh 22 ont été lancés.") == [
        "Kh-101", "Kh-22",
    ]


def test_common_noun_patriote_is_not_the_patriot_system():
    assert find_weapon_systems("Un patriote a salué les soldats ; les Patriotes défilaient.") == []


def test_capitalised_patriot_and_its_plural_are_the_air_defence_system():
    found = find_weapon_systems("Kiev réclame des Patriot, puis encore des Patriots.")
    assert [system.model for _, _, system in found] == ["Patriot", "Patriot"]
    assert found[0][2].role == "defence" and found[0][2].kind == "other"


def test_names_are_case_sensitive():
    assert find_weapon_systems("le shahed et le kalibr ne sont pas écrits ainsi") == []


def test_longest_alias_wins():
    text = "Un Bayraktar TB2 a frappé une colonne, un Storm Shadow un pont."
    assert surfaces(text) == ["Bayraktar TB2", "Storm Shadow"]


def test_name_inside_a_longer_word_is_not_matched():
    assert find_weapon_systems("Leningrad, Gradignan et S-3000 ne sont pas des armes.") == []


def test_single_letter_prefix_needs_a_separator():
    assert find_weapon_systems("Un bouchon sur l'A50 près de Toulon.") == []
    assert models("Un avion A-50 a été touché.") == ["A-50"]


def test_al_qassam_brigades_are_not_the_qassam_rocket():
    text = ("Les brigades Ezzedine al-Qassam, les Brigades Al Qassam "
            "et les brigades Qassam ont tiré des roquettes Qassam.")
    found = find_weapon_systems(text)
    assert [(text[start:end], system.kind) for start, end, system in found] == [("Qassam", "rocket")]
    assert found[0][0] == text.rindex("Qassam")


def test_abdel_fattah_is_a_first_name_not_the_missile():
    assert find_weapon_systems("Le président Abdel Fattah al-Sissi a reçu l'envoyé.") == []
    assert models("Téhéran affirme avoir tiré un missile Fattah.") == ["Fattah"]


def test_toufan_al_aqsa_is_an_operation_not_the_missile():
    assert find_weapon_systems("L'opération Toufan al-Aqsa a commencé à l'aube.") == []
    assert models("Les houthis disent avoir lancé un missile Toufan.") == ["Toufan"]


def test_rafale_of_gunfire_is_not_the_aircraft():
    assert find_weapon_systems("Rafales de vent et rafale de tirs.") == []
    assert models("Un Rafale a décollé de la base.") == ["Rafale"]


def test_matches_are_ordered_and_non_overlapping():
    text = "Frappe de HIMARS, riposte au Su-34 et aux bombes FAB-500, puis un Grad."
    found = find_weapon_systems(text)
    assert [system.model for _, _, system in found] == ["HIMARS", "Su-34", "FAB", "Grad"]
    ends = [0]
    for start, end, _ in found:
        assert start >= ends[-1]
        ends.append(end)


def test_pattern_is_a_compiled_regex_matching_aliases():
    assert WEAPON_SYSTEM_PATTERN.search("tir de Kalibr").group() == "Kalibr"


def test_catalogue_is_large_and_typed():
    assert len(WEAPON_SYSTEMS) >= 60
    for system in WEAPON_SYSTEMS:
        assert system.kind in KINDS, system
        assert system.role in ROLES, system
        assert system.aliases, system


def test_air_defence_and_aircraft_are_other_kind():
    for system in WEAPON_SYSTEMS:
        if system.role in {"defence", "platform"}:
            assert system.kind in {"other", "drone"}, system


def test_every_alias_is_found_as_its_own_system():
    for system in WEAPON_SYSTEMS:
        for alias in system.aliases:
            found = find_weapon_systems(f"On signale un {alias} ici.")
            assert [s for _, _, s in found] == [system], alias


@pytest.mark.parametrize(("phrase", "kind"), [
    ("missiles balistiques", "ballistic_missile"),
    ("missile balistique", "ballistic_missile"),
    ("missiles de croisière", "cruise_missile"),
    ("missiles de croisiere", "cruise_missile"),
    ("Missiles De Croisière", "cruise_missile"),
    ("missile", "missile"),
    ("missiles hypersoniques", "missile"),
    ("drones kamikazes", "drone"),
    ("drone", "drone"),
    ("drones d'attaque", "drone"),
    ("drones d’attaque", "drone"),
    ("munitions rôdeuses", "drone"),
    ("véhicules aériens sans pilote", "drone"),
    ("uav", "drone"),
    ("obus", "artillery_shell"),
    ("obus de mortier", "artillery_shell"),
    ("tirs d'artillerie", "artillery_shell"),
    ("bombardements", "artillery_shell"),
    ("bombardements aériens", "bomb"),
    ("roquettes", "rocket"),
    ("lance-roquettes multiples", "rocket"),
    ("bombes planantes", "bomb"),
    ("bombes guidées", "bomb"),
    ("bombes à sous-munitions", "bomb"),
    ("engins explosifs improvisés", "other"),
    ("deux missiles balistiques iskander", "ballistic_missile"),
])
def test_weapon_kind_of_french_noun_phrases(phrase, kind):
    assert weapon_kind(phrase) == kind


def test_weapon_kind_takes_the_head_noun_first():
    assert weapon_kind("drones et missiles") == "drone"
    assert weapon_kind("tirs de roquettes et d'obus") == "rocket"


def test_weapon_kind_is_none_without_a_weapon_noun():
    assert weapon_kind("une réunion diplomatique") is None
    assert weapon_kind("") is None


def test_weapon_nouns_are_lower_case_singular_lemmas_with_valid_kinds():
    for lemma, kind in WEAPON_NOUNS.items():
        assert lemma == lemma.lower()
        assert kind in KINDS
        assert weapon_kind(lemma) == kind, lemma
