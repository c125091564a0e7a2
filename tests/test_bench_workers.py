"""What workers gain once loaded, and from which corpus size (extract.bench.workers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.bench.workers import break_even, same_results, steady_state
from extract.runner import DocResult


def test_break_even_is_where_the_fixed_start_up_is_paid_back() -> None:
    # 1 worker: 6 s start-up + 100 docs at 20 docs/s = 11 s; 2 workers: 7 s + 100 at 40/s = 9.5 s.
    size = break_even({1: 11.0, 2: 9.5}, {1: 20.0, 2: 40.0}, 100, 2, 1.5)
    assert size is not None
    assert 6 + size / 20 == pytest.approx(1.5 * (7 + size / 40))


def test_no_break_even_when_loaded_workers_gain_less_than_asked() -> None:
    assert break_even({1: 11.0, 2: 9.5}, {1: 20.0, 2: 30.0}, 100, 2, 1.7) is None


def test_a_corpus_already_large_enough_needs_no_more_documents() -> None:
    assert break_even({1: 10.0, 2: 5.0}, {1: 10.0, 2: 20.0}, 100, 2, 1.5) == 0.0


def test_results_differing_in_one_line_are_not_the_same() -> None:
    first = [DocResult("a", {"clean": "{}"})]
    assert same_results(first, [DocResult("a", {"clean": "{}"})])
    assert not same_results(first, [DocResult("a", {"clean": "{ }"})])


def test_two_loaded_workers_give_the_records_of_one(tmp_path: Path) -> None:
    for name, text in {"a.txt": "Lundi, trois drones ont frappé Kharkiv, selon le maire.\n",
                       "b.txt": "Une frappe a tué deux civils à Gaza mardi, selon la défense civile.\n"}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    # The clean stage alone: the workers spawn without loading spaCy.
    one, first = steady_state([tmp_path], 1, ("clean",))
    two, second = steady_state([tmp_path], 2, ("clean",))
    assert one.documents == two.documents == 2
    assert same_results(first, second)
    assert two.seconds > 0 and one.rate > 0
