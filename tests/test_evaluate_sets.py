from collections import Counter

from conftest import DEV_GOLD, ROOT

from extract.evaluate.sets import SPLITS, EvalSet, split_of, standard_sets


def test_a_documents_split_depends_on_its_id_alone():
    assert split_of("d017") == split_of("d017")
    assert {split_of(f"doc{i}") for i in range(50)} == set(SPLITS)


def test_splits_are_about_sixty_twenty_twenty():
    counts = Counter(split_of(f"article-{i}") for i in range(10_000))
    assert 0.57 < counts["train"] / 10_000 < 0.63
    assert 0.17 < counts["dev"] / 10_000 < 0.23
    assert 0.17 < counts["test"] / 10_000 < 0.23


def test_the_dev_splits_partition_the_dev_gold():
    sets = {s.name: s for s in standard_sets(ROOT / "corpus")}
    assert list(sets) == ["seeds", "dev-train", "dev-dev", "dev-test"]
    parts = [sets[f"dev-{split}"].doc_ids() for split in SPLITS]
    every = EvalSet("dev", DEV_GOLD, DEV_GOLD.parent / "raw").doc_ids()
    assert sorted(d for part in parts for d in part) == every
    assert all(parts)
