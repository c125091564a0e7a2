"""Weapon systems and generic weapon nouns as French news writes them.

Two kinds of data:

* :data:`WEAPON_SYSTEMS` -- named systems ("Shahed-136", "Kh-101", "Iskander-M", "Storm Shadow",
  "Qassam", "Patriot", "Su-34"...), each with its family name (``model``), the projectile kind
  the events stage reports, the surface forms French text uses, and whether it attacks, defends
  or carries weapons. :func:`find_weapon_systems` finds them in text, case-sensitively (names are
  capitalised; "un patriote" is not the Patriot system).
* :data:`WEAPON_NOUNS` -- common nouns ("missiles balistiques", "drones kamikazes", "obus") mapped
  to a kind by :func:`weapon_kind`, the most specific phrase first.

Coverage: the Russia-Ukraine war first, then Gaza/Israel/Lebanon, the Red Sea (Houthis), Iran,
Syria and the Sahel. Kinds are those of the contract (``WeaponKind`` in :mod:`extract.records`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import get_args

from extract.lang.fr.text import fold
from extract.records import WeaponKind

KINDS = frozenset(get_args(WeaponKind))  # the contract's kinds
ROLES = frozenset({"weapon", "defence", "platform"})


@dataclass(frozen=True)
class WeaponSystem:
    """One named weapon family and the ways French text writes it."""

    model: str                   # family name reported as the event's weapon model
    kind: str                    # one of KINDS; air defence and aircraft are "other"
    aliases: tuple[str, ...]     # surface forms, case-sensitive; "-"/" " before digits is optional
    role: str = "weapon"         # "weapon" (attacks), "defence" (air defence), "platform" (carrier)


WEAPON_SYSTEMS: tuple[WeaponSystem, ...] = (
    # ----------------------------------------------------------------- Russia: drones
    # Iranian delta-wing one-way attack drone; French press writes "Shahed", "Shahed-136",
    # sometimes the French transliteration "Chahed"; 131 is the smaller model, 238 the jet one.
    WeaponSystem("Shahed", "drone", ("Shahed", "Shahed-136", "Shahed-131", "Shahed-238",
                                     "Shahed-129", "Chahed", "Chahed-136"), "weapon"),
    # The Russian-built Shahed ("Geran-2", "Guéran-2" in some French transliterations).
    WeaponSystem("Geran", "drone", ("Geran", "Geran-1", "Geran-2", "Geran-3", "Géran", "Géran-2",
                                    "Guéran", "Guéran-2", "Gueran-2"), "weapon"),
    # Russian decoy drone sent with Geran swarms ("drones leurres Gerbera").
    WeaponSystem("Gerbera", "drone", ("Gerbera",), "weapon"),
    # Russian loitering munition ("munition rôdeuse Lancet"), ZALA.
    WeaponSystem("Lancet", "drone", ("Lancet", "Lancet-3", "ZALA Lancet"), "weapon"),
    # Russian loitering munition by ZALA ("drone KUB-BLA").
    WeaponSystem("KUB", "drone", ("KUB-BLA", "Kub-BLA"), "weapon"),
    # Russian fixed-wing FPV-style attack drone ("drones Molniya").
    WeaponSystem("Molniya", "drone", ("Molniya", "Molnia", "Molniya-2"), "weapon"),
    # Russian reconnaissance drone spotting for artillery ("drone de reconnaissance Orlan-10").
    WeaponSystem("Orlan", "drone", ("Orlan", "Orlan-10", "Orlan-30"), "platform"),
    # Iranian armed drone supplied to Russia ("drones Mohajer-6").
    WeaponSystem("Mohajer", "drone", ("Mohajer", "Mohajer-6"), "weapon"),
    # ----------------------------------------------------------------- Ukraine and allies: drones
    # Turkish armed drone flown by Ukraine, also by Mali and Burkina Faso in the Sahel.
    WeaponSystem("Bayraktar", "drone", ("Bayraktar", "Bayraktar TB2", "TB2"), "weapon"),
    # Turkish heavy armed drone, used by the Malian army ("drone Akinci").
    WeaponSystem("Akinci", "drone", ("Akinci", "Akıncı", "Bayraktar Akinci", "Bayraktar Akıncı"),
                 "weapon"),
    # Ukrainian long-range attack drone ("drone Lioutyi" in French transliteration).
    WeaponSystem("Liutyi", "drone", ("Liutyi", "Lyutyi", "Lyuty", "Lioutyi", "Lioutyï"), "weapon"),
    # Ukrainian long-range drone (Ukrjet UJ-22 Airborne).
    WeaponSystem("UJ-22", "drone", ("UJ-22", "UJ-22 Airborne"), "weapon"),
    # Ukrainian naval drones in the Black Sea ("drones navals Magura V5", "Sea Baby").
    WeaponSystem("Magura", "drone", ("Magura", "Magura V5", "Magura V7"), "weapon"),
    WeaponSystem("Sea Baby", "drone", ("Sea Baby",), "weapon"),
    # American loitering munitions sent to Ukraine.
    WeaponSystem("Switchblade", "drone", ("Switchblade", "Switchblade 300", "Switchblade 600"),
                 "weapon"),
    WeaponSystem("Phoenix Ghost", "drone", ("Phoenix Ghost",), "weapon"),
    # American armed drone (Yemen, Sahel, Iraq): "drone MQ-9 Reaper".
    WeaponSystem("Reaper", "drone", ("Reaper", "MQ-9", "MQ-9 Reaper"), "weapon"),
    # Chinese armed drone flown in Libya and the Sahel.
    WeaponSystem("Wing Loong", "drone", ("Wing Loong", "Wing Loong II", "Wing Loong 2"), "weapon"),
    # Israeli loitering munition (Azerbaijan, India): "drones kamikazes Harop".
    WeaponSystem("Harop", "drone", ("Harop",), "weapon"),
    # ----------------------------------------------------------------- Houthis / Iran: drones
    # Houthi long-range drone ("drone Samad-3"); the bare name is a first name, so numbered only.
    WeaponSystem("Samad", "drone", ("Samad-1", "Samad-2", "Samad-3", "Samad-4"), "weapon"),
    # Houthi short-range attack drone ("Qasef-2K").
    WeaponSystem("Qasef", "drone", ("Qasef", "Qasef-1", "Qasef-2K"), "weapon"),
    # ----------------------------------------------------------------- Russia: missiles
    # Russian short-range ballistic missile, Iskander-M (9M723): "missiles balistiques Iskander-M".
    WeaponSystem("Iskander", "ballistic_missile", ("Iskander", "Iskander-M", "9M723", "9K720",
                                                   "SS-26"), "weapon"),
    # Same launcher firing cruise missiles (9M728/9M729): "missiles de croisière Iskander-K".
    WeaponSystem("Iskander", "cruise_missile", ("Iskander-K", "9M728", "9M729", "SSC-8"), "weapon"),
    # Air-launched aeroballistic missile ("missile hypersonique Kinjal", "Kinzhal", "Kh-47M2").
    WeaponSystem("Kinjal", "ballistic_missile", ("Kinjal", "Kinzhal", "Kindjal", "Kh-47M2",
                                                 "Kh-47", "X-47M2"), "weapon"),
    # Air-launched strategic cruise missile from Tu-95 ("Kh-101", Cyrillic-like "X-101").
    WeaponSystem("Kh-101", "cruise_missile", ("Kh-101", "KH-101", "X-101", "Kh-102"), "weapon"),
    # Older strategic cruise missiles of the same bombers ("Kh-55", "Kh-555").
    WeaponSystem("Kh-55", "cruise_missile", ("Kh-55", "KH-55", "X-55", "Kh-55SM", "Kh-555",
                                             "KH-555", "X-555"), "weapon"),
    # Soviet anti-ship missile fired from Tu-22M3 at cities; Ukraine counts it as cruise missile.
    WeaponSystem("Kh-22", "cruise_missile", ("Kh-22", "KH-22", "X-22"), "weapon"),
    WeaponSystem("Kh-32", "cruise_missile", ("Kh-32", "KH-32", "X-32"), "weapon"),
    # Air-launched guided cruise missiles ("Kh-59", "Kh-59MK2", "Kh-69").
    WeaponSystem("Kh-59", "cruise_missile", ("Kh-59", "KH-59", "X-59", "Kh-59M", "Kh-59MK",
                                             "Kh-59MK2"), "weapon"),
    WeaponSystem("Kh-69", "cruise_missile", ("Kh-69", "KH-69", "X-69"), "weapon"),
    # Anti-radiation missile ("missile antiradar Kh-31P").
    WeaponSystem("Kh-31", "missile", ("Kh-31", "KH-31", "X-31", "Kh-31P", "Kh-31PD"), "weapon"),
    # Anti-ship cruise missile ("Kh-35").
    WeaponSystem("Kh-35", "cruise_missile", ("Kh-35", "KH-35", "X-35", "Kh-35U"), "weapon"),
    # Ship- and submarine-launched cruise missile ("missiles Kalibr tirés depuis la mer Noire").
    WeaponSystem("Kalibr", "cruise_missile", ("Kalibr", "Kalibr-NK", "3M-14", "3M-54"), "weapon"),
    # Supersonic anti-ship cruise missile, also fired at land targets from Bastion launchers.
    WeaponSystem("Oniks", "cruise_missile", ("Oniks", "Onyx", "P-800", "Yakhont", "Iakhont"),
                 "weapon"),
    # Hypersonic cruise missile ("Zircon", "Tsirkon", "3M22").
    WeaponSystem("Zircon", "cruise_missile", ("Zircon", "Zirkon", "Tsirkon", "3M22"), "weapon"),
    # Soviet short-range ballistic missile, used by both sides ("Tochka-U", French "Totchka-U").
    WeaponSystem("Tochka", "ballistic_missile", ("Tochka", "Tochka-U", "Totchka", "Totchka-U",
                                                 "OTR-21", "SS-21"), "weapon"),
    # North Korean short-range ballistic missile fired by Russia ("KN-23", "Hwasong-11").
    WeaponSystem("KN-23", "ballistic_missile", ("KN-23", "KN-24", "Hwasong-11"), "weapon"),
    # North Korean long-range (ICBM) tests: "missile intercontinental Hwasong-18".
    WeaponSystem("Hwasong", "ballistic_missile", ("Hwasong-14", "Hwasong-15", "Hwasong-17",
                                                  "Hwasong-18", "Hwasong-19"), "weapon"),
    # Intermediate-range ballistic missile fired at Dnipro in 2024 ("Orechnik" in French).
    WeaponSystem("Oreshnik", "ballistic_missile", ("Oreshnik", "Orechnik"), "weapon"),
    # Russian heavy ICBM ("Sarmat", nicknamed "Satan 2").
    WeaponSystem("Sarmat", "ballistic_missile", ("Sarmat", "RS-28", "Satan-2"), "weapon"),
    # Soviet ballistic missile (Syria, Yemen, Libya): "missiles Scud".
    WeaponSystem("Scud", "ballistic_missile", ("Scud", "Scud-B", "Scud-C", "SCUD"), "weapon"),
    # ----------------------------------------------------------------- Ukraine and allies: missiles
    # Franco-British air-launched cruise missile: "Storm Shadow" (UK name), "SCALP" (French name).
    WeaponSystem("Storm Shadow", "cruise_missile", ("Storm Shadow", "SCALP", "SCALP-EG", "Scalp",
                                                    "Scalp-EG"), "weapon"),
    # German air-launched cruise missile debated for Ukraine ("missiles Taurus").
    WeaponSystem("Taurus", "cruise_missile", ("Taurus", "Taurus KEPD 350", "KEPD 350"), "weapon"),
    # American ballistic missile fired from HIMARS/M270 ("missiles ATACMS").
    WeaponSystem("ATACMS", "ballistic_missile", ("ATACMS", "MGM-140"), "weapon"),
    # American rocket launcher; "frappe de HIMARS" means its GMLRS rockets, hence rocket/weapon.
    WeaponSystem("HIMARS", "rocket", ("HIMARS", "Himars", "M142"), "weapon"),
    # Guided rockets fired by HIMARS and M270.
    WeaponSystem("GMLRS", "rocket", ("GMLRS",), "weapon"),
    # Tracked multiple rocket launcher ("M270", "MLRS"); not "LRU", also a French university law.
    WeaponSystem("M270", "rocket", ("M270", "MLRS"), "weapon"),
    # Ukrainian anti-ship and land-attack cruise missile ("missile Neptune", "R-360").
    WeaponSystem("Neptune", "cruise_missile", ("Neptune", "R-360", "R-360 Neptune"), "weapon"),
    # Ukrainian long-range cruise missile ("FP-5 Flamingo").
    WeaponSystem("Flamingo", "cruise_missile", ("Flamingo", "FP-5", "FP-5 Flamingo"), "weapon"),
    # Ukrainian guided heavy rockets ("Vilkha", French transliteration "Vilkha-M").
    WeaponSystem("Vilkha", "rocket", ("Vilkha", "Vilkha-M"), "weapon"),
    # American cruise missiles: sea-launched Tomahawk, air-launched JASSM, anti-ship Harpoon.
    WeaponSystem("Tomahawk", "cruise_missile", ("Tomahawk",), "weapon"),
    WeaponSystem("JASSM", "cruise_missile", ("JASSM", "JASSM-ER"), "weapon"),
    WeaponSystem("Harpoon", "cruise_missile", ("Harpoon",), "weapon"),
    # Anti-tank and air-to-ground guided missiles.
    WeaponSystem("Javelin", "missile", ("Javelin", "FGM-148"), "weapon"),
    WeaponSystem("NLAW", "missile", ("NLAW",), "weapon"),
    WeaponSystem("Hellfire", "missile", ("Hellfire", "AGM-114"), "weapon"),
    WeaponSystem("Brimstone", "missile", ("Brimstone",), "weapon"),
    # Russian anti-tank missile, also fired by Hezbollah ("missiles antichars Kornet").
    WeaponSystem("Kornet", "missile", ("Kornet", "9M133"), "weapon"),
    # Israeli anti-tank missile family ("missile Spike").
    WeaponSystem("Spike", "missile", ("Spike", "Spike NLOS"), "weapon"),
    # Iranian-made anti-tank missile fired by Hezbollah ("missiles Almas").
    WeaponSystem("Almas", "missile", ("Almas",), "weapon"),
    # ----------------------------------------------------------------- rockets (MLRS)
    # Soviet 122 mm rockets ("roquettes Grad", "BM-21"), also Hamas and Hezbollah usage.
    WeaponSystem("Grad", "rocket", ("Grad", "BM-21"), "weapon"),
    # Heavy Soviet/Russian rocket launchers ("Smerch", "Ouragan" is avoided: a common word).
    WeaponSystem("Smerch", "rocket", ("Smerch", "BM-30"), "weapon"),
    WeaponSystem("Uragan", "rocket", ("Uragan", "BM-27"), "weapon"),
    WeaponSystem("Tornado", "rocket", ("Tornado-S", "Tornado-G"), "weapon"),
    # Thermobaric rocket launcher ("TOS-1A", "Solntsepek").
    WeaponSystem("TOS-1", "rocket", ("TOS-1", "TOS-1A", "TOS-2", "Solntsepek"), "weapon"),
    # "Katioucha": generic name for truck-mounted rockets, Hezbollah usage.
    WeaponSystem("Katioucha", "rocket", ("Katioucha", "Katyusha"), "weapon"),
    # ----------------------------------------------------------------- Gaza, Lebanon
    # Hamas home-made rocket ("roquettes Qassam", also "Kassam"); not the "brigades al-Qassam".
    WeaponSystem("Qassam", "rocket", ("Qassam", "Kassam"), "weapon"),
    # Iranian-designed rockets of Hamas and Islamic Jihad ("Fajr-5", French "Fadjr-5").
    WeaponSystem("Fajr", "rocket", ("Fajr-3", "Fajr-5", "Fadjr-5"), "weapon"),
    # Hamas long-range rockets ("M-75", "R-160", "Ayyash-250").
    WeaponSystem("M-75", "rocket", ("M-75",), "weapon"),
    WeaponSystem("R-160", "rocket", ("R-160",), "weapon"),
    WeaponSystem("Ayyash", "rocket", ("Ayyash-250",), "weapon"),
    # Hamas anti-tank rocket-propelled grenade ("Yassin-105"); the bare name is a person's name.
    WeaponSystem("Yassin", "rocket", ("Yassin-105",), "weapon"),
    # Hezbollah guided rockets ("Fadi-1" ... "Fadi-4"); numbered only, Fadi is a first name.
    WeaponSystem("Fadi", "rocket", ("Fadi-1", "Fadi-2", "Fadi-3", "Fadi-4"), "weapon"),
    # ----------------------------------------------------------------- Iran, Houthis: missiles
    # Iranian short-range ballistic missiles; "Fateh" alone is also a spelling of the Fatah party,
    # so only numbered forms are names of the missile.
    WeaponSystem("Fateh", "ballistic_missile", ("Fateh-110", "Fateh-313", "Fateh-360"), "weapon"),
    # Iranian "hypersonic" ballistic missile; not "Abdel Fattah al-Sissi" (see _GUARDS).
    WeaponSystem("Fattah", "ballistic_missile", ("Fattah", "Fattah-1", "Fattah-2"), "weapon"),
    # Iranian medium-range ballistic missiles used against Israel (April and October 2024).
    WeaponSystem("Kheibar Shekan", "ballistic_missile", ("Kheibar Shekan", "Kheibar-Shekan",
                                                         "Khaibar Shekan"), "weapon"),
    WeaponSystem("Zolfaghar", "ballistic_missile", ("Zolfaghar", "Zolfaqar", "Zulfiqar"), "weapon"),
    WeaponSystem("Ghadr", "ballistic_missile", ("Ghadr", "Ghadr-110", "Ghadr-1"), "weapon"),
    WeaponSystem("Shahab", "ballistic_missile", ("Shahab-3", "Chahab-3"), "weapon"),
    WeaponSystem("Sejjil", "ballistic_missile", ("Sejjil", "Sejil"), "weapon"),
    # Houthi medium-range ballistic missile ("missile Toufan"); not "Toufan al-Aqsa" (operation).
    WeaponSystem("Toufan", "ballistic_missile", ("Toufan", "Tufan"), "weapon"),
    # Houthi and Hezbollah ballistic missiles ("Burkan-3", "Borkan").
    WeaponSystem("Burkan", "ballistic_missile", ("Burkan", "Borkan", "Burqan", "Burkan-2",
                                                 "Burkan-3"), "weapon"),
    # Houthi cruise missile; numbered only, "Quds" alone names Jerusalem or the Quds Force.
    WeaponSystem("Quds", "cruise_missile", ("Quds-1", "Quds-2", "Quds-3", "Quds-4"), "weapon"),
    # ----------------------------------------------------------------- bombs
    # Soviet/Russian free-fall bombs, fitted with UMPK glide kits ("bombe FAB-500", "FAB-3000").
    WeaponSystem("FAB", "bomb", ("FAB", "FAB-100", "FAB-250", "FAB-500", "FAB-1500", "FAB-3000"),
                 "weapon"),
    # Russian guided bombs ("bombes guidées KAB", "KAB-500", "KAB-1500").
    WeaponSystem("KAB", "bomb", ("KAB", "KAB-250", "KAB-500", "KAB-1500"), "weapon"),
    # Russian glide-and-correction kit turning FABs into glide bombs ("kits UMPK").
    WeaponSystem("UMPK", "bomb", ("UMPK",), "weapon"),
    # American guidance kit and small-diameter bomb (Ukraine, Gaza).
    WeaponSystem("JDAM", "bomb", ("JDAM", "JDAM-ER"), "weapon"),
    WeaponSystem("GBU-39", "bomb", ("GBU-39", "SDB"), "weapon"),
    # American 2,000 lb bomb cited in Gaza reporting ("bombes MK-84").
    WeaponSystem("Mk-84", "bomb", ("Mk-84", "MK-84"), "weapon"),
    # French glide bomb sent to Ukraine ("bombes AASM Hammer").
    WeaponSystem("AASM", "bomb", ("AASM", "AASM Hammer"), "weapon"),
    # ----------------------------------------------------------------- artillery
    # Guided 152 mm shell (Russia) and 155 mm shell (US) : "obus guidés Krasnopol", "Excalibur".
    WeaponSystem("Krasnopol", "artillery_shell", ("Krasnopol",), "weapon"),
    WeaponSystem("Excalibur", "artillery_shell", ("Excalibur", "M982"), "weapon"),
    # Guns whose name stands for their shelling ("canons CAESAR", "obusiers M777").
    WeaponSystem("CAESAR", "artillery_shell", ("CAESAR", "Caesar"), "weapon"),
    WeaponSystem("M777", "artillery_shell", ("M777",), "weapon"),
    WeaponSystem("Krab", "artillery_shell", ("Krab",), "weapon"),
    WeaponSystem("PzH 2000", "artillery_shell", ("PzH 2000", "PzH2000"), "weapon"),
    WeaponSystem("Bohdana", "artillery_shell", ("Bohdana", "Bogdana"), "weapon"),
    WeaponSystem("Msta", "artillery_shell", ("Msta-S", "Msta-B", "2S19"), "weapon"),
    # ----------------------------------------------------------------- air defence
    # American long-range air defence ("système Patriot", "PAC-3"); lower-case "patriote" is not it.
    WeaponSystem("Patriot", "other", ("Patriot", "MIM-104", "PAC-2", "PAC-3"), "defence"),
    # Soviet/Russian long-range air defence; Russia also fires S-300 missiles at ground targets.
    WeaponSystem("S-300", "other", ("S-300", "S300", "S-300PMU", "S-300V", "S-300PS"), "defence"),
    WeaponSystem("S-400", "other", ("S-400", "S400", "S-400 Triumph"), "defence"),
    WeaponSystem("S-500", "other", ("S-500",), "defence"),
    # Western systems supplied to Ukraine.
    WeaponSystem("IRIS-T", "other", ("IRIS-T", "Iris-T", "IRIS-T SLM"), "defence"),
    WeaponSystem("NASAMS", "other", ("NASAMS",), "defence"),
    WeaponSystem("SAMP/T", "other", ("SAMP/T", "SAMP-T", "Mamba"), "defence"),
    WeaponSystem("Gepard", "other", ("Gepard",), "defence"),
    WeaponSystem("Crotale", "other", ("Crotale",), "defence"),
    WeaponSystem("Hawk", "other", ("Hawk", "MIM-23"), "defence"),
    # Shoulder-fired anti-aircraft missiles ("missiles sol-air portables Stinger", "Igla").
    WeaponSystem("Stinger", "other", ("Stinger", "FIM-92"), "defence"),
    WeaponSystem("Igla", "other", ("Igla", "Igla-S"), "defence"),
    # Russian short- and medium-range air defence.
    WeaponSystem("Pantsir", "other", ("Pantsir", "Pantsir-S1", "Pantsir-S"), "defence"),
    WeaponSystem("Tor", "other", ("Tor", "Tor-M1", "Tor-M2"), "defence"),
    WeaponSystem("Buk", "other", ("Buk", "Bouk", "Buk-M1", "Buk-M2", "Buk-M3"), "defence"),
    # Israeli layered defence: "Dôme de fer" (Iron Dome), "Fronde de David", "Arrow"; US THAAD.
    WeaponSystem("Dôme de fer", "other", ("Dôme de fer", "Dôme de Fer", "dôme de fer", "Iron Dome"),
                 "defence"),
    WeaponSystem("Fronde de David", "other", ("Fronde de David", "David's Sling", "David’s Sling"),
                 "defence"),
    WeaponSystem("Arrow", "other", ("Arrow", "Arrow-2", "Arrow-3", "Hetz"), "defence"),
    WeaponSystem("THAAD", "other", ("THAAD",), "defence"),
    # ----------------------------------------------------------------- aircraft (platforms)
    # Russian strike aircraft dropping glide bombs ("chasseurs-bombardiers Su-34").
    WeaponSystem("Su-34", "other", ("Su-34", "SU-34"), "platform"),
    WeaponSystem("Su-35", "other", ("Su-35", "SU-35"), "platform"),
    WeaponSystem("Su-25", "other", ("Su-25", "SU-25"), "platform"),
    WeaponSystem("Su-24", "other", ("Su-24", "SU-24"), "platform"),
    WeaponSystem("Su-27", "other", ("Su-27", "SU-27"), "platform"),
    WeaponSystem("Su-30", "other", ("Su-30", "SU-30", "Su-30SM"), "platform"),
    WeaponSystem("Su-57", "other", ("Su-57", "SU-57"), "platform"),
    # Russian strategic bombers launching Kh-101/Kh-22 ("bombardiers stratégiques Tu-95").
    WeaponSystem("Tu-95", "other", ("Tu-95", "TU-95", "Tu-95MS"), "platform"),
    WeaponSystem("Tu-22M3", "other", ("Tu-22M3", "TU-22M3", "Tu-22"), "platform"),
    WeaponSystem("Tu-160", "other", ("Tu-160", "TU-160"), "platform"),
    # Interceptor carrying Kinjal ("MiG-31K"), and the MiG-29 flown by Ukraine.
    WeaponSystem("MiG-31", "other", ("MiG-31", "MIG-31", "MiG-31K", "MiG-31I"), "platform"),
    WeaponSystem("MiG-29", "other", ("MiG-29", "MIG-29"), "platform"),
    # Russian airborne early-warning and transport aircraft ("avion A-50", "Il-76").
    WeaponSystem("A-50", "other", ("A-50", "A-50U"), "platform"),
    WeaponSystem("Il-76", "other", ("Il-76", "IL-76"), "platform"),
    # Russian attack and transport helicopters ("hélicoptère Ka-52", "Mi-8", "Mi-24").
    WeaponSystem("Ka-52", "other", ("Ka-52", "KA-52"), "platform"),
    WeaponSystem("Mi-8", "other", ("Mi-8", "MI-8"), "platform"),
    WeaponSystem("Mi-24", "other", ("Mi-24", "MI-24", "Mi-35"), "platform"),
    # Western fighters (Ukraine, Israel, the Sahel) and the B-52 bomber.
    WeaponSystem("F-16", "other", ("F-16",), "platform"),
    WeaponSystem("F-35", "other", ("F-35", "F-35I"), "platform"),
    WeaponSystem("F-15", "other", ("F-15", "F-15I", "F-15E"), "platform"),
    WeaponSystem("Mirage 2000", "other", ("Mirage 2000", "Mirage-2000", "Mirage 2000-5"),
                 "platform"),
    # French fighter; "Rafale(s) de ..." (burst of fire, gust) is excluded by _GUARDS.
    WeaponSystem("Rafale", "other", ("Rafale",), "platform"),
    WeaponSystem("B-52", "other", ("B-52",), "platform"),
    # ----------------------------------------------------------------- ships and launchers
    # Black Sea Fleet flagship sunk in April 2022 ("le croiseur Moskva").
    WeaponSystem("Moskva", "other", ("Moskva",), "platform"),
    # Coastal launcher firing Oniks missiles ("système côtier Bastion-P").
    WeaponSystem("Bastion", "other", ("Bastion-P", "K-300P"), "platform"),
)

# Context guards for names that are also other words, keyed by model: (lookbehinds, lookahead).
_SPACE = r"[^\S\n]"
_GUARDS: dict[str, tuple[str, str]] = {
    # "les brigades Ezzedine al-Qassam", "brigades Al Qassam": Hamas' armed wing, not the rocket
    # (the hyphenated "al-Qassam" is already refused by the left word boundary).
    "Qassam": (r"(?<![Aa]l )(?<!rigades )(?<!Ezzedine )", ""),
    # "Abdel Fattah al-Sissi", "Abdel Fattah al-Burhane": a first name, not the missile.
    "Fattah": (r"(?<!Abdel )(?<!Abdul )(?<!Abd )", rf"(?!{_SPACE}+[AaEe]l\b)"),
    # "Toufan al-Aqsa" names Hamas' 7 October operation, not the Houthi missile.
    "Toufan": ("", rf"(?!{_SPACE}+[Aa]l(?:-|{_SPACE})?Aqsa)"),
    # "une rafale de tirs", "des rafales de vent": the common noun at the start of a sentence.
    "Rafale": ("", rf"(?!{_SPACE}+d(?:e|es|u)\b|{_SPACE}+d['’])"),
}

# A separator inside a name: hyphens (incl. typographic ones) and/or spaces, never a line break.
_HYPHENS = "-\u2010\u2011\u2012\u2013"
_SEPARATOR = rf"(?:{_SPACE}*[{_HYPHENS}]{_SPACE}*|{_SPACE}+)"
_SEPARATOR_CHARS = re.compile(rf"[{_HYPHENS}\s]+")
_BEFORE_NAME = rf"(?<![{_HYPHENS}\w])"
_AFTER_NAME = r"(?!\w)"


def _alias_regex(alias: str) -> str:
    """Regex of one alias: any separator (hyphen, space) where the alias has one.

    Before a number the separator is optional ("Shahed-136", "Shahed 136", "Shahed136"), except
    after a single letter, where "A50", "M75" would be roads and map grid references.
    """
    chunks = _SEPARATOR_CHARS.split(alias)
    regex = re.escape(chunks[0])
    for before, after in pairwise(chunks):
        number_suffix = (before[-1].isdigit() or after[0].isdigit()) and len(before) > 1
        regex += f"{_SEPARATOR}?" if number_suffix else _SEPARATOR
        regex += re.escape(after)
    if alias[-1].islower():
        regex += "s?"  # French plural of names: "des Patriots", "les Iskanders"
    return regex


def _alias_key(surface: str) -> str:
    """What identifies an alias whatever its separators: "Shahed 136" -> "Shahed136"."""
    return _SEPARATOR_CHARS.sub("", surface)


def _build_index() -> dict[str, WeaponSystem]:
    index: dict[str, WeaponSystem] = {}
    for system in WEAPON_SYSTEMS:
        for alias in system.aliases:
            previous = index.setdefault(_alias_key(alias), system)
            if previous != system:
                raise ValueError(f"alias {alias!r} of {system.model} already names {previous.model}")
    return index


def _build_pattern() -> re.Pattern[str]:
    entries = sorted(((alias, system) for system in WEAPON_SYSTEMS for alias in system.aliases),
                     key=lambda entry: (-len(entry[0]), entry[0]))
    alternatives = []
    for alias, system in entries:
        before, after = _GUARDS.get(system.model, ("", ""))
        alternatives.append(f"{before}{_alias_regex(alias)}{after}")
    return re.compile(f"{_BEFORE_NAME}(?:{'|'.join(alternatives)}){_AFTER_NAME}")


_SYSTEM_BY_KEY = _build_index()
# Any alias as a whole word, case-sensitive, longest alias first.
WEAPON_SYSTEM_PATTERN: re.Pattern[str] = _build_pattern()


def system_of_surface(surface: str) -> WeaponSystem | None:
    """The system a matched surface form names ("Shahed 136", "Patriots"), if any."""
    key = _alias_key(surface)
    return _SYSTEM_BY_KEY.get(key) or (_SYSTEM_BY_KEY.get(key[:-1]) if key.endswith("s") else None)


def find_weapon_systems(text: str) -> list[tuple[int, int, WeaponSystem]]:
    """(start, end, system) of every named weapon system, in order and non-overlapping."""
    found = []
    for match in WEAPON_SYSTEM_PATTERN.finditer(text):
        system = system_of_surface(match.group())
        if system is not None:
            found.append((match.start(), match.end(), system))
    return found


# ----------------------------------------------------------------------------- generic nouns
# Singular lemma (lower case, accented, as French writes it) -> kind. Plurals, capitals and
# missing accents are handled by weapon_kind(); the longest phrase wins at a given position.
WEAPON_NOUNS: dict[str, str] = {
    # --- drones: "drone", "drones kamikazes", "drone-suicide", "munitions rôdeuses"
    "drone": "drone",                          # "un drone", "attaque de drones"
    "drone kamikaze": "drone",                 # "drones kamikazes" (one-way attack drones)
    "drone-kamikaze": "drone",                 # hyphenated variant of some outlets
    "drone suicide": "drone",                  # "drones suicides"
    "drone-suicide": "drone",                  # "drones-suicides"
    "drone d'attaque": "drone",                # "drones d'attaque" (Shahed-type, long range)
    "drone explosif": "drone",                 # "drones explosifs" (FPV carrying a charge)
    "drone armé": "drone",                     # "drone armé" (Reaper, TB2-type)
    "drone de combat": "drone",                # "drones de combat"
    "drone fpv": "drone",                      # "drones FPV" (first-person-view quadcopters)
    "drone naval": "drone",                    # "drones navals" (Black Sea, Red Sea)
    "drone marin": "drone",                    # "drones marins"
    "drone maritime": "drone",                 # "drones maritimes"
    "drone de surface": "drone",               # "drones de surface" (uncrewed boats)
    "drone leurre": "drone",                   # "drones leurres" (Gerbera decoys)
    "drone de reconnaissance": "drone",        # "drone de reconnaissance" (Orlan-type)
    "drone intercepteur": "drone",             # "drones intercepteurs" (anti-Shahed drones)
    "munition rôdeuse": "drone",               # "munitions rôdeuses" (Lancet, Switchblade)
    "munition téléopérée": "drone",            # "munition téléopérée" (French army wording)
    "uav": "drone",                            # English acronym quoted in French text
    "véhicule aérien sans pilote": "drone",    # formal phrase for UAV
    "aéronef sans pilote": "drone",            # "aéronefs sans pilote"
    "quadricoptère": "drone",                  # "quadricoptères" (small drones)
    # --- missiles: the kind of missile when the phrase says it, else "missile"
    "missile": "missile",                      # "un missile", "tirs de missiles"
    "missile balistique": "ballistic_missile",  # "missiles balistiques" (Iskander, Houthi MRBMs)
    "missile aérobalistique": "ballistic_missile",  # "missile aérobalistique" (Kinjal)
    "missile de croisière": "cruise_missile",  # "missiles de croisière" (Kh-101, Kalibr)
    "missile hypersonique": "missile",         # Kinjal/Zircon/Oreshnik: ballistic or cruise
    "missile antinavire": "missile",           # Houthi anti-ship missiles are ballistic or cruise
    "missile anti-navire": "missile",          # hyphenated spelling
    "missile antichar": "missile",             # "missiles antichars" (Kornet, Javelin)
    "missile guidé": "missile",                # "missiles guidés"
    "missile sol-air": "missile",              # "missiles sol-air" (S-300 fired at cities)
    "missile sol-sol": "missile",              # "missiles sol-sol"
    "missile air-sol": "missile",              # "missiles air-sol"
    "missile antiaérien": "missile",           # "missiles antiaériens"
    # --- rockets
    "roquette": "rocket",                      # "roquettes", "tirs de roquettes"
    "roquette guidée": "rocket",               # "roquettes guidées" (GMLRS)
    "lance-roquettes": "rocket",               # "lance-roquettes multiple" (Grad, HIMARS)
    "katioucha": "rocket",                     # "katiouchas" (lower-case generic usage)
    # --- artillery
    "obus": "artillery_shell",                 # "obus", "obus de 155 mm"
    "obus d'artillerie": "artillery_shell",    # "obus d'artillerie"
    "obus de mortier": "artillery_shell",      # "obus de mortier"
    "obus de char": "artillery_shell",         # "obus de char" (tank fire)
    "artillerie": "artillery_shell",           # "l'artillerie russe", "frappes d'artillerie"
    "tir d'artillerie": "artillery_shell",     # "tirs d'artillerie"
    "bombardement": "artillery_shell",         # "bombardements" (shelling of a town)
    "pilonnage": "artillery_shell",            # "pilonnages" (heavy shelling)
    "mortier": "artillery_shell",              # "tirs de mortier", "mortiers"
    "obusier": "artillery_shell",              # "obusiers"
    "canon": "artillery_shell",                # "tirs de canon"
    # --- bombs (air-dropped)
    "bombe": "bomb",                           # "bombes"
    "bombe planante": "bomb",                  # "bombes planantes" (FAB with UMPK kit)
    "bombe guidée": "bomb",                    # "bombes guidées" (KAB, JDAM)
    "bombe aérienne": "bomb",                  # "bombes aériennes"
    "bombe à sous-munitions": "bomb",          # "bombes à sous-munitions"
    "sous-munition": "bomb",                   # "sous-munitions"
    "bombe incendiaire": "bomb",               # "bombes incendiaires"
    "bombe au phosphore": "bomb",              # "bombes au phosphore"
    "baril d'explosifs": "bomb",               # "barils d'explosifs" (Syria barrel bombs)
    "bombe baril": "bomb",                     # "bombes barils"
    "bombardement aérien": "bomb",             # "bombardements aériens" (not shelling)
    # --- improvised explosives and other: "other", kept apart from aerial bombs
    "engin explosif": "other",                 # "engins explosifs"
    "engin explosif improvisé": "other",       # "engins explosifs improvisés" (Sahel)
    "eei": "other",                            # French acronym of the above
    "ied": "other",                            # English acronym quoted in French
    "mine": "other",                           # "mines", "mine antichar"
    "grenade": "other",                        # "grenades" (incl. dropped from drones)
    "voiture piégée": "other",                 # "voitures piégées"
    "véhicule piégé": "other",                 # "véhicules piégés" (Sahel attacks)
    "avion de combat": "other",                # "avions de combat" (strike by aircraft)
    "avion de chasse": "other",                # "avions de chasse"
    "hélicoptère de combat": "other",          # "hélicoptères de combat"
}

_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*'?")


def _singular(token: str) -> str:
    """Crude French singular, applied alike to lemmas and phrases: "missiles" -> "missile"."""
    if len(token) > 3 and token[-1] in "sx" and not token.endswith("'"):
        return token[:-1]
    return token


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_singular(token) for token in _TOKEN.findall(fold(phrase)))


# Lemma tokens -> kind, longest lemmas first so they are tried before their heads.
_NOUN_INDEX: tuple[tuple[tuple[str, ...], str], ...] = tuple(sorted(
    ((_tokens(lemma), kind) for lemma, kind in WEAPON_NOUNS.items()),
    key=lambda entry: -len(entry[0]),
))


def weapon_kind(phrase: str) -> str | None:
    """Kind of weapon a French noun phrase names ("missiles de croisière" -> "cruise_missile").

    The earliest weapon noun of the phrase decides (French puts the head first), and at that
    position the longest lemma wins: "missiles balistiques" before "missile".
    """
    tokens = _tokens(phrase)
    best: tuple[int, int, str] | None = None  # (position, -length, kind)
    for lemma, kind in _NOUN_INDEX:
        size = len(lemma)
        for position in range(len(tokens) - size + 1):
            if tokens[position:position + size] == lemma:
                candidate = (position, -size, kind)
                if best is None or candidate < best:
                    best = candidate
                break
    return best[2] if best else None
