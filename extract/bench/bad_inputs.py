"""A corpus of deliberately bad inputs, generated (never stored), with what each must give.

:func:`write_corpus` writes a directory of files, a ``meta.jsonl`` with
unusable lines, and a JSONL corpus with unusable lines, beside a few good
articles. Each document maps to the error code it must get, or None when it
must go through. The tests run the pipeline on it and check that every bad
document gets its error record and that every good document comes out
exactly as in a run without the bad ones.
"""

from __future__ import annotations

import json
from pathlib import Path

# Good articles (hand-written for this corpus), which must come out unchanged.
GOOD = {
    "bon_1": "Frappes de drones sur Odessa\n\nDans la nuit de lundi à mardi, douze drones ont visé la "
             "région d'Odessa, a indiqué l'armée de l'air ukrainienne. Neuf ont été abattus. Un entrepôt a "
             "pris feu, sans faire de victime, selon le gouverneur Oleh Kiper.\n",
    "bon_2": "Explosion dans un dépôt de munitions\n\nUne explosion a détruit mercredi un dépôt de munitions "
             "près de Belgorod, en Russie. Deux personnes ont été blessées, a annoncé le gouverneur "
             "régional, qui accuse l'Ukraine.\n",
    "bon_3": "Le conseil municipal de Rennes a voté jeudi un budget de 2,5 millions d'euros pour les "
             "écoles de la ville.\n",
}
FRENCH = "Trois drones ont été abattus au-dessus de Kharkiv dans la nuit, selon le maire Igor Terekhov.\n"


def _files() -> dict[str, tuple[bytes, str | None]]:
    """file name -> (bytes, expected error code or None)."""
    return {
        "vide.txt": (b"", "empty"),  # an empty file
        "blanc.txt": (b"  \n\t\n \xc2\xa0\n", "empty"),  # only white space (a no-break space too)
        "binaire.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        "nuls.txt": (b"\x00" * 400 + FRENCH.encode(), "binary"),  # mostly NUL bytes
        "quelques_nuls.txt": (FRENCH.replace("drones", "dro\x00nes").encode(), None),  # a stray NUL
        "cp1252.txt": (("Déjà vu à Kherson : " + FRENCH).encode("cp1252"), None),  # Windows-1252
        "mojibake.txt": (FRENCH.encode("utf-8").decode("latin-1").encode("utf-8"), None),  # UTF-8 read twice
        "utf16.txt": (FRENCH.encode("utf-16"), None),  # UTF-16 with its byte-order mark
        "emoji_rtl.txt": (("🚀🔥 " + FRENCH + "\u200fمدينة خاركيف\u200e 🇺🇦\n").encode(), None),
        "nombre_enorme.txt": (("Au moins " + "1" * 5000 + " drones ont été lancés.\n").encode(), None),
        "nombre_infini.txt": (("1" * 400 + ",5 drones ont été lancés.\n").encode(), None),
        "anglais.txt": (b"Three drones were shot down over Kharkiv overnight, the mayor said. The strike damaged "
                        b"a school in the city.\n", None),  # not French: a warning, not an error
        "imbrique.html": (("<html><body>" + "<div>" * 20000 + "<p>" + FRENCH + "</p>" + "</div>" * 20000
                           + "</body></html>").encode(), None),  # deeply nested HTML
        "trop_long.txt": ((FRENCH * 400).encode(), "too_large"),  # over the --max-chars the tests set
        **{f"{doc_id}.txt": (text.encode(), None) for doc_id, text in GOOD.items()},
    }


# meta.jsonl: unusable lines are warnings (the documents they meant run without metadata).
META_LINES = [
    '{"doc_id": "bon_1", "published": "2024-03-12"}',
    '{"doc_id": "bon_2", "published": "2023-08-09"',  # torn JSON
    '["bon_3"]',  # not an object
    '{"doc_id": "cp1252", "published": "il y a 3 jours, 2023"}',  # relative: no dct
    "[" * 50000,  # nested too deeply for a JSON parser
]


def _jsonl_lines() -> list[tuple[bytes, str, str | None]]:
    """(line, doc_id it reports under, expected error code or None) of the JSONL corpus."""
    return [
        (json.dumps({"doc_id": "jsonl_bon", "text": FRENCH}).encode(), "jsonl_bon", None),
        (b"[" * 100000, "corpus:2", "bad_input"),  # nested too deeply
        (b'{"doc_id": "latin1", "text": "caf\xe9 br\xfbl\xe9"}', "corpus:3", "bad_input"),  # not UTF-8
        (b'["une", "liste"]', "corpus:4", "bad_input"),  # not an object
        (b'{"doc_id": "sans_texte", "text": 42}', "corpus:5", "bad_input"),  # text not a string
        (b'{"doc_id": "tronque", "text": "Deux dr', "corpus:6", "bad_input"),  # torn line
    ]


def write_corpus(directory: Path) -> dict[str, str | None]:
    """Write the corpus under ``directory`` (``files/`` and ``corpus.jsonl``); doc_id -> expected
    error code (None: the document must go through)."""
    files = directory / "files"
    files.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str | None] = {}
    for name, (data, code) in _files().items():
        (files / name).write_bytes(data)
        expected[Path(name).stem] = code
    (files / "meta.jsonl").write_text("\n".join(META_LINES) + "\n", encoding="utf-8")
    lines = _jsonl_lines()
    (directory / "corpus.jsonl").write_bytes(b"\n".join(line for line, _, _ in lines) + b"\n")
    expected.update({doc_id: code for _, doc_id, code in lines})
    return expected


def good_files(directory: Path) -> list[Path]:
    """The files of the documents that must go through, as :func:`write_corpus` wrote them."""
    return [directory / "files" / f"{doc_id}.txt" for doc_id in GOOD]
