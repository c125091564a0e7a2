from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.events.index import doc_text, first_at, in_range, indices_in, keys_in, tokens_in


@dataclass
class Item:
    start: int
    name: str = ""


def test_in_range_slices_a_sorted_layer_and_scans_an_unsorted_one():
    items = [Item(0, "a"), Item(5, "b"), Item(5, "c"), Item(9, "d")]
    assert [i.name for i in in_range(items, 5, 9)] == ["b", "c"]
    assert list(indices_in(items, 1, 100)) == [1, 2, 3]
    unsorted = [Item(9, "d"), Item(0, "a"), Item(5, "b")]
    assert [i.name for i in in_range(unsorted, 0, 6)] == ["a", "b"]
    assert first_at(items, 5).name == "b" and first_at(items, 4) is None


def test_keys_in_keeps_the_mapping_order():
    assert keys_in({3: "x", 7: "y", 12: "z"}, 4, 13) == [7, 12]
    assert keys_in({12: "z", 3: "x"}, 0, 13) == [12, 3]


def test_tokens_in_a_span_and_the_text_built_once():
    words = ["Douze", "drones", "ont", "été", "abattus", ".", "Trois", "autres", "ont", "frappé", "Kiev", "."]
    doc = Doc(Vocab(), words=words, spaces=[True, True, True, True, False, True, True, True, True, True, False, False])
    sentence = doc[0:6]
    assert [t.text for t in tokens_in(sentence, 6, 20)] == ["drones", "ont", "été"]
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)


def test_many_clauses_of_a_long_layer_are_found_by_bisection():
    items = [Item(i) for i in range(0, 2_000_000, 10)]
    assert sum(len(in_range(items, s, s + 100)) for s in range(0, 2_000_000, 100)) == 200_000
