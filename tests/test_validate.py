from extract.validate import guess_kind, record_problems, span_problems

CLEAN = {
    "schema_version": "1", "doc_id": "d", "dct": None, "dct_source": None, "provenance": {},
    "source": "d.txt", "raw_sha256": "a" * 64, "title": None, "text": "Kiev.", "blocks": [], "removed": [],
}


def test_a_minimal_clean_record_is_valid():
    assert record_problems(CLEAN, "clean") == []


def test_kind_is_guessed_from_the_layers():
    assert guess_kind(CLEAN) == "clean"
    assert guess_kind({**CLEAN, "entities": []}) == "ner"
    assert guess_kind({**CLEAN, "entities": [], "quantities": [], "timexes": [], "events": []}) == "events"


def test_wrong_label_is_a_schema_problem():
    entity = {"id": "e1", "label": "PERSON", "canonical": "Kiev", "start": 0, "end": 4,
              "raw_start": 0, "raw_end": 4, "text": "Kiev"}
    problems = record_problems({**CLEAN, "entities": [entity]}, "ner")
    assert any("PERSON" in p for p in problems)


def test_span_whose_offsets_miss_its_text_is_reported():
    entity = {"id": "e1", "label": "LOC", "canonical": "Kiev", "start": 1, "end": 5,
              "raw_start": 1, "raw_end": 5, "text": "Kiev"}
    assert span_problems({**CLEAN, "entities": [entity]})
