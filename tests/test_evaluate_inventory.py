import json

from extract.evaluate.inventory import document_year, inventory, render


def _write_corpus(root, docs):
    (root / "raw").mkdir()
    (root / "gold").mkdir()
    with (root / "raw" / "meta.jsonl").open("w", encoding="utf-8") as meta, \
            (root / "index.jsonl").open("w", encoding="utf-8") as index:
        for doc_id, outlet, war, events, text in docs:
            (root / "raw" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            gold = {"doc_id": doc_id, "entities": [], "quantities": [], "timexes": [], "events": events}
            (root / "gold" / f"{doc_id}.json").write_text(json.dumps(gold), encoding="utf-8")
            meta.write(json.dumps({"doc_id": doc_id, "published": None, "url": "https://x.fr/a", "outlet": outlet}) + "\n")
            index.write(json.dumps({"doc_id": doc_id, "topic": "t", "war": war}) + "\n")


def test_counts_articles_events_outlets_and_conflicts(tmp_path):
    _write_corpus(tmp_path, [("a", "Le Monde", "other", [{}, {}], " date 2023-05 Texte."),
                             ("b", "RFI", "russia-ukraine", [], "Texte."),
                             ("c", "RFI", "other", [{}], "Texte.")])
    inv = inventory(tmp_path)
    assert (inv.documents, inv.events, inv.without_event, inv.outside_russia_ukraine) == (3, 3, 1, 2)
    assert inv.outlets == {"RFI": 2, "Le Monde": 1}
    assert inv.years == {"2023": 1, "unknown": 2}
    assert "| articles outside the Russia-Ukraine war | 2 | 67% |" in render(inv)


def test_the_year_comes_from_the_date_then_the_index_then_a_header_then_the_address():
    assert document_year({"published": "2024-03-21"}, {"year": 2020}) == "2024"
    assert document_year({}, {"year": 2022}, " date 2023-01") == "2022"
    assert document_year({"url": "https://x.fr/2021/a"}, {}, " date 2023-01") == "2023"
    assert document_year({"url": "https://x.fr/2021/05/a"}, {}) == "2021"
    assert document_year({"url": "https://x.fr/a-12345"}, {}) is None


def test_the_dev_corpus_meets_its_quotas():
    """200+ articles, 40%+ outside the Russia-Ukraine war, 20%+ with no attack, 12+ outlets, 2022-2025."""
    from conftest import DEV_GOLD

    inv = inventory(DEV_GOLD.parent)
    assert inv.documents >= 200
    assert inv.share(inv.outside_russia_ukraine) >= 0.40
    assert inv.share(inv.without_event) >= 0.20
    assert len(inv.outlets) >= 12
    assert all(inv.years[year] >= 20 for year in ("2022", "2023", "2024", "2025"))
    assert all(inv.splits[split] for split in ("train", "dev", "test"))


def test_double_annotations_cover_a_tenth_of_the_dev_corpus():
    from conftest import DEV_GOLD

    double = DEV_GOLD.parent / "double"
    first = {p.stem for p in (double / "first").glob("*.json")}
    second = {p.stem for p in (double / "second").glob("*.json")}
    assert first == second and first <= {p.stem for p in DEV_GOLD.glob("*.json")}
    assert len(first) >= 0.10 * inventory(DEV_GOLD.parent).documents
