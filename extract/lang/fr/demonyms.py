"""Countries as French news points at them: nationality words, country names, capitals.

* :data:`DEMONYMS` -- every inflection of a nationality adjective or noun, lower case
  ("ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes") -> ISO 3166-1 alpha-2 code.
* :data:`CAPITAL_METONYMS` -- capitals and seats of power that stand for a government
  ("Moscou a démenti", "selon Washington", "le Kremlin") -> code.
* :data:`COUNTRY_NAMES_FR` -- country names as French writes them ("États-Unis", "Biélorussie").
* :data:`TERRITORIES_FR` -- territories that are not countries but belong to one in the
  ISO/UN view ("bande de Gaza" PS, "Crimée" UA); kept apart so that gazetteers built from
  COUNTRY_NAMES_FR do not turn them into countries.

Lookups (:func:`country_of_adjective`, :func:`country_of_name`) ignore case and accents.
Not countries, so left out: "houthi", "kurde", "tchétchène", "sahraoui", "européen", "arabe".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lang.fr.text import fold


def _inflections(masculine: str, feminine: str | None = None) -> tuple[str, ...]:
    """The four forms of a French nationality adjective: masc/fem, singular/plural.

    Regular feminines: "russe" stays, "-ien"/"-éen"/"-on" double the n ("ukrainienne",
    "nord-coréenne", "lettonne"), anything else takes -e ("polonaise", "allemande").
    """
    if feminine is None:
        if masculine.endswith("e"):
            feminine = masculine
        elif masculine.endswith(("ien", "éen", "on")):
            feminine = masculine + "ne"
        else:
            feminine = masculine + "e"
    masculine_plural = masculine if masculine.endswith(("s", "x")) else masculine + "s"
    return masculine, feminine, masculine_plural, feminine + "s"


# (masculine singular, ISO code, irregular feminine or None), grouped by region.
_ADJECTIVES: tuple[tuple[str, str, str | None], ...] = (
    # --- the Russia-Ukraine war and its neighbours
    ("russe", "RU", None),            # "les forces russes", "un Russe"
    ("ukrainien", "UA", None),        # "l'armée ukrainienne", "des Ukrainiens"
    ("biélorusse", "BY", None),       # "le dirigeant biélorusse"
    ("bélarusse", "BY", None),        # spelling favoured by some outlets ("Bélarus")
    ("bélarussien", "BY", None),      # rarer spelling
    ("moldave", "MD", None),          # "les autorités moldaves"
    ("géorgien", "GE", None),         # "le gouvernement géorgien"
    ("arménien", "AM", None),
    ("azerbaïdjanais", "AZ", None),
    ("azéri", "AZ", "azérie"),        # "les forces azéries"
    ("kazakh", "KZ", None),           # "kazakhe", "kazakhs"
    ("ouzbek", "UZ", "ouzbèke"),
    ("tadjik", "TJ", None),
    ("kirghiz", "KG", None),
    ("turkmène", "TM", None),
    ("polonais", "PL", None),         # "polonaise", "les Polonais"
    ("roumain", "RO", None),
    ("hongrois", "HU", None),
    ("slovaque", "SK", None),
    ("tchèque", "CZ", None),
    ("lituanien", "LT", None),
    ("letton", "LV", None),           # "lettonne"
    ("estonien", "EE", None),
    ("finlandais", "FI", None),
    ("suédois", "SE", None),
    ("norvégien", "NO", None),
    ("danois", "DK", None),
    ("islandais", "IS", None),
    # --- Western Europe and NATO allies
    ("français", "FR", None),         # "française", "les Français"
    ("allemand", "DE", None),
    ("britannique", "GB", None),
    ("anglais", "GB", None),          # loosely used for British ("les Anglais")
    ("irlandais", "IE", None),
    ("italien", "IT", None),
    ("espagnol", "ES", None),
    ("portugais", "PT", None),
    ("belge", "BE", None),
    ("néerlandais", "NL", None),
    ("hollandais", "NL", None),       # colloquial for Dutch
    ("luxembourgeois", "LU", None),
    ("suisse", "CH", None),           # "suisse", the rare feminine "suissesse" below
    ("autrichien", "AT", None),
    ("grec", "GR", "grecque"),
    ("chypriote", "CY", None),
    ("maltais", "MT", None),
    ("bulgare", "BG", None),
    ("serbe", "RS", None),
    ("croate", "HR", None),
    ("slovène", "SI", None),
    ("bosnien", "BA", None),
    ("monténégrin", "ME", None),
    ("albanais", "AL", None),
    ("macédonien", "MK", None),       # North Macedonia in current usage
    ("turc", "TR", "turque"),         # "turque", "les Turcs"
    # --- the Americas and Oceania
    ("américain", "US", None),        # in news, "américain" means the United States
    ("états-unien", "US", None),      # "états-unienne"
    ("étatsunien", "US", None),
    ("canadien", "CA", None),
    ("mexicain", "MX", None),
    ("cubain", "CU", None),
    ("vénézuélien", "VE", None),
    ("colombien", "CO", None),
    ("brésilien", "BR", None),
    ("argentin", "AR", None),
    ("chilien", "CL", None),
    ("australien", "AU", None),
    ("néo-zélandais", "NZ", None),
    # --- Middle East
    ("israélien", "IL", None),        # "l'armée israélienne"
    ("palestinien", "PS", None),      # "les Palestiniens", "l'Autorité palestinienne"
    ("iranien", "IR", None),
    ("syrien", "SY", None),
    ("libanais", "LB", None),
    ("jordanien", "JO", None),
    ("irakien", "IQ", None),
    ("saoudien", "SA", None),         # "l'Arabie saoudite", "les Saoudiens"
    ("yéménite", "YE", None),         # Houthis are "rebelles houthis", not a nationality
    ("émirati", "AE", "émiratie"),    # "les Émiratis"
    ("émirien", "AE", None),          # older form ("émirienne")
    ("qatari", "QA", "qatarie"),      # "qatarie", "les Qataris"
    ("qatarien", "QA", None),         # alternative form ("qatarienne")
    ("koweïtien", "KW", None),
    ("bahreïni", "BH", "bahreïnie"),
    ("bahreïnien", "BH", None),
    ("omanais", "OM", None),
    ("égyptien", "EG", None),
    # --- North Africa, the Sahel, the Horn and the rest of Africa
    ("libyen", "LY", None),
    ("tunisien", "TN", None),
    ("algérien", "DZ", None),
    ("marocain", "MA", None),
    ("mauritanien", "MR", None),
    ("malien", "ML", None),           # "l'armée malienne", "les FAMa"
    ("nigérien", "NE", None),         # Niger; not "nigérian" (Nigeria)
    ("nigérian", "NG", None),         # Nigeria ("nigériane")
    ("tchadien", "TD", None),
    ("soudanais", "SD", None),
    ("sud-soudanais", "SS", None),
    ("sénégalais", "SN", None),
    ("ivoirien", "CI", None),
    ("guinéen", "GN", None),          # Guinea (Conakry), the usual referent
    ("béninois", "BJ", None),
    ("togolais", "TG", None),
    ("ghanéen", "GH", None),
    ("camerounais", "CM", None),
    ("centrafricain", "CF", None),
    ("rwandais", "RW", None),
    ("ougandais", "UG", None),
    ("kényan", "KE", None),           # "kényane"
    ("kenyan", "KE", None),
    ("éthiopien", "ET", None),
    ("érythréen", "ER", None),
    ("somalien", "SO", None),
    ("djiboutien", "DJ", None),
    ("mozambicain", "MZ", None),
    ("sud-africain", "ZA", None),
    # --- Asia
    ("afghan", "AF", None),           # "afghane", "les Afghans"
    ("pakistanais", "PK", None),
    ("indien", "IN", None),
    ("bangladais", "BD", None),
    ("sri-lankais", "LK", None),
    ("népalais", "NP", None),
    ("chinois", "CN", None),
    ("taïwanais", "TW", None),
    ("japonais", "JP", None),
    ("nord-coréen", "KP", None),      # "nord-coréenne"; bare "coréen" is ambiguous, left out
    ("sud-coréen", "KR", None),
    ("mongol", "MN", None),
    ("vietnamien", "VN", None),
    ("thaïlandais", "TH", None),
    ("birman", "MM", None),
    ("philippin", "PH", None),
    ("indonésien", "ID", None),
    ("malaisien", "MY", None),
)

# Forms outside the four regular inflections.
_EXTRA_FORMS: dict[str, str] = {
    # "burkinabè" is officially invariable; the press also writes "burkinabé(e)s".
    "burkinabè": "BF", "burkinabé": "BF", "burkinabée": "BF", "burkinabés": "BF",
    "burkinabées": "BF", "burkinabès": "BF",
    "suissesse": "CH", "suissesses": "CH",          # feminine noun "une Suissesse"
    "lettone": "LV", "lettones": "LV",              # single-n feminine also in use
}

DEMONYMS: dict[str, str] = {
    **{form: code for masculine, code, feminine in _ADJECTIVES
       for form in _inflections(masculine, feminine)},
    **_EXTRA_FORMS,
}

# Capitals and seats of power standing for a government ("Moscou affirme", "selon Kiev").
CAPITAL_METONYMS: dict[str, str] = {
    # --- Russia-Ukraine
    "Moscou": "RU", "Kremlin": "RU",            # "le Kremlin a réagi"
    "Kiev": "UA", "Kyiv": "UA", "Kyïv": "UA",   # French spelling and the Ukrainian one
    "Bankova": "UA",                            # Ukrainian presidential office
    "Minsk": "BY", "Chisinau": "MD", "Kichinev": "MD", "Tbilissi": "GE", "Bakou": "AZ",
    "Erevan": "AM", "Astana": "KZ",
    # --- United States and allies
    "Washington": "US", "Maison Blanche": "US", "Maison-Blanche": "US", "Pentagone": "US",
    "Paris": "FR", "Élysée": "FR", "Elysée": "FR", "Quai d'Orsay": "FR", "Matignon": "FR",
    "Londres": "GB", "Downing Street": "GB", "Berlin": "DE", "Rome": "IT", "Madrid": "ES",
    "Lisbonne": "PT", "Varsovie": "PL", "Bucarest": "RO", "Budapest": "HU", "Prague": "CZ",
    "Bratislava": "SK", "Vilnius": "LT", "Riga": "LV", "Tallinn": "EE", "Helsinki": "FI",
    "Stockholm": "SE", "Oslo": "NO", "Copenhague": "DK", "Dublin": "IE", "Athènes": "GR",
    "Sofia": "BG", "Belgrade": "RS", "Berne": "CH", "Amsterdam": "NL", "Ottawa": "CA",
    "Canberra": "AU", "Ankara": "TR",
    # Left out: "Bruxelles" (usually the EU), "La Haye" (the ICC/ICJ), "Vienne" (a French
    # town and department, the IAEA, and a verb form).
    # --- Middle East
    # "Jérusalem" and "Tel-Aviv" both stand for the Israeli government in French news
    # (most outlets write "Israël" or "Tel-Aviv" for the government, some "Jérusalem"); they are
    # mapped to IL as metonyms only. East Jerusalem as a territory is in TERRITORIES_FR (PS).
    "Jérusalem": "IL", "Tel-Aviv": "IL", "Tel Aviv": "IL",
    "Ramallah": "PS",                           # seat of the Palestinian Authority
    "Téhéran": "IR", "Damas": "SY", "Beyrouth": "LB", "Bagdad": "IQ", "Amman": "JO",
    "Riyad": "SA", "Ryad": "SA", "Abou Dhabi": "AE", "Abu Dhabi": "AE", "Doha": "QA",
    "Mascate": "OM", "Manama": "BH", "Le Caire": "EG",
    # "Sanaa" is held by the Houthis; French news uses it for them, mapped to Yemen.
    "Sanaa": "YE", "Aden": "YE",                # Aden: seat of the recognised government
    # --- Africa
    # "Tripoli" is also a Lebanese city; the government sense is Libya's.
    "Tripoli": "LY", "Tunis": "TN", "Alger": "DZ", "Rabat": "MA", "Nouakchott": "MR",
    "Bamako": "ML", "Ouagadougou": "BF", "Niamey": "NE", "N'Djamena": "TD", "Ndjamena": "TD",
    "Khartoum": "SD", "Port-Soudan": "SD",      # seat of the army-backed government since 2023
    "Juba": "SS", "Abuja": "NG", "Dakar": "SN", "Abidjan": "CI", "Yamoussoukro": "CI",
    "Conakry": "GN", "Kinshasa": "CD", "Kigali": "RW", "Kampala": "UG", "Nairobi": "KE",
    "Addis-Abeba": "ET", "Asmara": "ER", "Mogadiscio": "SO", "Bangui": "CF", "Yaoundé": "CM",
    "Pretoria": "ZA",
    # --- Asia
    "Pékin": "CN", "Beijing": "CN", "Taipei": "TW", "Tokyo": "JP", "Séoul": "KR",
    "Pyongyang": "KP", "Kaboul": "AF", "Islamabad": "PK", "New Delhi": "IN", "Hanoï": "VN",
    "Manille": "PH", "Jakarta": "ID", "Oulan-Bator": "MN",
}

# Country names as French writes them (capitalised; accented and unaccented variants the
# press actually uses). Acronyms that are French words ("EAU") are left out.
COUNTRY_NAMES_FR: dict[str, str] = {
    # --- Russia-Ukraine and neighbours
    "Russie": "RU", "Fédération de Russie": "RU", "Ukraine": "UA",
    "Biélorussie": "BY", "Bélarus": "BY", "Belarus": "BY",
    "Moldavie": "MD", "Moldova": "MD", "République de Moldavie": "MD",
    "Géorgie": "GE", "Arménie": "AM", "Azerbaïdjan": "AZ", "Kazakhstan": "KZ",
    "Ouzbékistan": "UZ", "Tadjikistan": "TJ", "Kirghizstan": "KG", "Turkménistan": "TM",
    "Pologne": "PL", "Roumanie": "RO", "Hongrie": "HU", "Slovaquie": "SK",
    "République tchèque": "CZ", "Tchéquie": "CZ", "Lituanie": "LT", "Lettonie": "LV",
    "Estonie": "EE", "Finlande": "FI", "Suède": "SE", "Norvège": "NO", "Danemark": "DK",
    "Islande": "IS",
    # --- United States, Western Europe, allies
    "États-Unis": "US", "Etats-Unis": "US", "États-Unis d'Amérique": "US", "USA": "US",
    "France": "FR", "Allemagne": "DE", "Royaume-Uni": "GB", "Grande-Bretagne": "GB",
    "Angleterre": "GB",                 # loosely used for the UK
    "Irlande": "IE", "Italie": "IT", "Espagne": "ES", "Portugal": "PT", "Belgique": "BE",
    "Pays-Bas": "NL",                   # not "Hollande": also François Hollande
    "Luxembourg": "LU", "Suisse": "CH", "Autriche": "AT", "Grèce": "GR", "Chypre": "CY",
    "Malte": "MT", "Bulgarie": "BG", "Serbie": "RS", "Croatie": "HR", "Slovénie": "SI",
    "Bosnie-Herzégovine": "BA", "Monténégro": "ME", "Albanie": "AL",
    "Macédoine du Nord": "MK", "Turquie": "TR", "Türkiye": "TR",
    "Canada": "CA", "Mexique": "MX", "Cuba": "CU", "Venezuela": "VE", "Colombie": "CO",
    "Brésil": "BR", "Argentine": "AR", "Chili": "CL", "Australie": "AU",
    "Nouvelle-Zélande": "NZ",
    # --- Middle East
    "Israël": "IL", "Israel": "IL",
    "Palestine": "PS", "État de Palestine": "PS", "Territoires palestiniens": "PS",
    "Iran": "IR", "République islamique d'Iran": "IR", "Syrie": "SY", "Liban": "LB",
    "Jordanie": "JO", "Irak": "IQ", "Iraq": "IQ", "Arabie saoudite": "SA",
    "Yémen": "YE", "Émirats arabes unis": "AE", "Emirats arabes unis": "AE", "Qatar": "QA",
    "Koweït": "KW", "Bahreïn": "BH", "Oman": "OM", "Égypte": "EG",
    # --- Africa
    "Libye": "LY", "Tunisie": "TN", "Algérie": "DZ", "Maroc": "MA", "Mauritanie": "MR",
    "Mali": "ML", "Burkina Faso": "BF", "Burkina": "BF", "Niger": "NE",
    "Nigeria": "NG", "Nigéria": "NG", "Tchad": "TD", "Soudan": "SD", "Soudan du Sud": "SS",
    "Sénégal": "SN", "Côte d'Ivoire": "CI", "Guinée": "GN", "Bénin": "BJ", "Togo": "TG",
    "Ghana": "GH", "Cameroun": "CM", "Centrafrique": "CF", "République centrafricaine": "CF",
    "République démocratique du Congo": "CD", "RDC": "CD", "RD Congo": "CD",
    "Rwanda": "RW", "Ouganda": "UG", "Kenya": "KE", "Éthiopie": "ET", "Érythrée": "ER",
    "Somalie": "SO", "Djibouti": "DJ", "Mozambique": "MZ", "Afrique du Sud": "ZA",
    # --- Asia
    "Afghanistan": "AF", "Pakistan": "PK", "Inde": "IN", "Bangladesh": "BD",
    "Sri Lanka": "LK", "Népal": "NP", "Chine": "CN", "Taïwan": "TW", "Japon": "JP",
    "Corée du Nord": "KP", "Corée du Sud": "KR", "Mongolie": "MN", "Vietnam": "VN",
    "Viêt Nam": "VN", "Thaïlande": "TH", "Birmanie": "MM", "Myanmar": "MM",
    "Philippines": "PH", "Indonésie": "ID", "Malaisie": "MY",
}

# Territories that are not countries, mapped to the country ISO 3166 places them in.
TERRITORIES_FR: dict[str, str] = {
    "Bande de Gaza": "PS", "Gaza": "PS",        # also Gaza City, in the same territory
    "Cisjordanie": "PS", "Jérusalem-Est": "PS",
    "Crimée": "UA", "Donbass": "UA",            # internationally recognised borders
    "Transnistrie": "MD",
}

# A leading article before a name: "la Russie", "les États-Unis", "l'Ukraine".
_ARTICLE = re.compile(r"^(?:(?:les|le|la)\s+|l')")


def _name_key(name: str) -> str:
    """Folded name with hyphens and runs of spaces as one space: "Tel-Aviv" == "Tel Aviv"."""
    return re.sub(r"[-\s]+", " ", fold(name)).strip()


def _index(entries: dict[str, str], key: Callable[[str], str]) -> dict[str, str]:
    """Folded form -> code; two forms folding together must name the same country."""
    index: dict[str, str] = {}
    for form, code in entries.items():
        if index.setdefault(key(form), code) != code:
            raise ValueError(f"{form!r} folds onto a form of {index[key(form)]}, not {code}")
    return index


_ADJECTIVE_INDEX = _index(DEMONYMS, fold)
_NAME_INDEX = _index({**TERRITORIES_FR, **CAPITAL_METONYMS, **COUNTRY_NAMES_FR}, _name_key)


def country_of_adjective(word: str) -> str | None:
    """ISO code of a nationality word, any inflection, case and accents ignored."""
    return _ADJECTIVE_INDEX.get(fold(word))


def country_of_name(name: str) -> str | None:
    """ISO code of a country name, capital metonym or territory ("la Russie", "Moscou")."""
    key = _name_key(name)
    if key in _NAME_INDEX:
        return _NAME_INDEX[key]
    return _NAME_INDEX.get(_ARTICLE.sub("", key))
