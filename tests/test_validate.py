import copy
import hashlib
import json

import pytest
from click.testing import CliRunner
from records_builder import document, loc, per, qty, timex

from extract.alignment import Alignment, TextBuilder, span_fields
from extract.cli import main
from extract.provenance import STAGE_INPUTS, input_digest
from extract.records import document_to_dict
from extract.validate import (
    alignment_problems,
    guess_kind,
    mapping_problems,
    record_problems,
    span_problems,
    validate_file,
)

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


# --- Hand-built records for the checks beyond the schema -------------------------------------------

TEXT = "Selon Ivan Petrov, trois drones ont frappé Kiev mardi."


def _span(surface, text=TEXT):
    start = text.index(surface)
    return {"start": start, "end": start + len(surface), "raw_start": start, "raw_end": start + len(surface),
            "text": surface}


def _event():
    return {
        "id": "v1", "attack_type": "drone", "date": "2024-05-14", "date_span": _span("mardi"),
        "locations": [{"text": "Kiev", "canonical": "Kiev", "geonames_id": None, "country": "UA", "entity": "e2"}],
        "country": "UA", "attacker": None, "weapons": [{"kind": "drone", "model": None, "count": 3}],
        "launched": {"value": 3, "low": 3, "high": 3, "qualifier": "exact", "quantity": "q1"},
        "intercepted": None, "killed": None, "injured": None, "targets": [], "damage": [],
        "reported_by": [{"text": "Ivan Petrov", "canonical": "Ivan Petrov", "entity": "e1"}],
        "evidence": [_span(TEXT)],
    }


def with_digests(record):
    """Each stage's provenance carries the digest of the fields it read, as the record is now."""
    for stage, entry in record["provenance"].items():
        entry["input_sha256"] = input_digest(record, STAGE_INPUTS[stage])
    return record


def events_record(digests=True):
    """A sound events.jsonl record: e1 Ivan Petrov, e2 Kiev, q1 trois, t1 mardi, one event using them all."""
    doc = document(TEXT, entities=[per("Ivan Petrov"), loc("Kiev")], quantities=[qty("trois", 3, counted="drone")],
                   timexes=[timex("mardi", "DATE", "2024-05-14")])
    record = json.loads(json.dumps(document_to_dict(doc)))
    record["events"] = [_event()]
    record["provenance"] = {stage: {"package": "extract", "version": "0", "stage": f"{stage}.v1", "model": None,
                                    "model_version": None, "config_hash": "0" * 16} for stage in STAGE_INPUTS}
    return with_digests(record) if digests else record


def _with(problems, *fragments):
    return all(any(fragment in p for p in problems) for fragment in fragments)


def test_a_hand_built_events_record_is_sound():
    assert record_problems(events_record()) == []


# --- Finite numbers, and lines that are not records ------------------------------------------------

def test_non_finite_and_oversized_numbers_are_reported_with_their_path():
    record = events_record()
    record["quantities"][0]["value"] = float("inf")
    record["entities"][1]["geo"] = {"geonames_id": 703448, "name": "Kyiv", "country": "UA", "lat": float("nan"),
                                    "lon": 10 ** 400}
    problems = record_problems(record)
    assert _with(problems, "quantities/0/value: non-finite number Infinity", "entities/1/geo/lat: non-finite number NaN",
                 "entities/1/geo/lon: number too large")


def _bad_file(path, good_line):
    path.write_bytes(b'{"value": Infinity}\n' + b"[" * 100000 + b"\n" + b"\xff\xfe{}\n" + b"[1, 2]\n"
                     + good_line.encode("utf-8") + b"\n")


def test_every_bad_line_is_reported_and_the_other_files_are_still_checked(tmp_path):
    good_line = json.dumps(events_record(), ensure_ascii=False)
    bad, other = tmp_path / "bad.jsonl", tmp_path / "other.jsonl"
    _bad_file(bad, good_line)
    broken = events_record()
    broken["entities"][0]["start"] = 1
    other.write_text(good_line + "\n" + json.dumps(broken) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad), str(other)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    out = result.output
    assert f"{bad}:1: value: non-finite number Infinity" in out
    assert f"{bad}:2: not JSON that can be read: nested too deeply" in out
    assert f"{bad}:3: not UTF-8: byte 0xff" in out
    assert f"{bad}:4: not a JSON object (a JSON array)" in out
    assert f"{bad}:5:" not in out
    assert f"{other}: 2 records, 1 invalid" in out and f"{other}:2: entities/0 (e1): text[1:17]" in out
    assert "total: 2 files, 7 records, 5 invalid" in out


def test_validate_file_never_raises_on_an_unreadable_file(tmp_path):
    report = validate_file(tmp_path)  # a directory: cannot be read as a file
    assert report.records == 0 and report.problems and report.problems[0].line == 0


def test_every_problem_is_printed_up_to_max_problems_and_always_counted(tmp_path):
    path = tmp_path / "clean.jsonl"
    path.write_text("[]\n" * 60, encoding="utf-8")
    default = CliRunner().invoke(main, ["validate", str(path)])
    assert default.output.count("not a JSON object") == 50 and "10 more problems" in default.output
    assert "60 problems" in default.output
    everything = CliRunner().invoke(main, ["validate", str(path), "--max-problems", "100"])
    assert everything.output.count("not a JSON object") == 60 and "more problems" not in everything.output


def test_a_missing_file_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "nowhere.jsonl")])
    assert result.exit_code == 2


MALFORMED = [
    {"entities": "x"}, {"entities": [1, None]}, {"events": [{"locations": "x", "launched": 5}]},
    {"alignment": [[1, 2]]}, {"alignment": "x"}, {"provenance": {"ner": {"input_sha256": 5}}},
    {"provenance": {"later": {"input_sha256": "0"}}}, {"text": 5}, {"entities": [{"start": 1.0, "end": True}]},
    {"timexes": [{"id": ["t"], "anchor": ["x"]}]}, {"events": [{"reported_by": [{"entity": ["e1"]}]}]},
    {"doc_id": "\ud800", "text": "\ud800"}, {"removed": [{"raw_start": 5, "raw_end": 1}]},
]


@pytest.mark.parametrize("changes", MALFORMED)
def test_a_malformed_record_gives_problems_never_an_exception(changes, tmp_path):
    problems = record_problems({**events_record(), **changes}, raw_dir=tmp_path)
    assert problems and not any("could not check" in p for p in problems)


# --- Alignment and raw offsets ---------------------------------------------------------------------

@pytest.mark.parametrize("segments, expected", [
    ([[0, 10, 0, 10], [12, 54, 12, 54]], "leaves a gap"),
    ([[0, 10, 0, 10], [8, 54, 10, 56]], "overlaps the clean text"),
    ([[0, 60, 0, 60]], "ends past the clean text"),
    ([[0, 10, 5, 15], [10, 54, 0, 44]], "raw side goes back"),
    ([[0, 10, 0, 10]], "covers the clean text up to 10"),
    ([[0, 10, 10, 0], [10, 54, 10, 54]], "negative or reversed"),
])
def test_malformed_alignment_is_reported(segments, expected):
    assert len(TEXT) == 54
    problems = alignment_problems({**events_record(), "alignment": segments})
    assert _with(problems, expected), problems


def test_raw_offsets_must_be_where_the_alignment_maps_the_clean_ones():
    record = events_record()
    record["entities"][1]["raw_start"] += 1
    assert _with(mapping_problems(record), "entities/1 (e2): raw offsets [44:47] are not where the alignment maps")


def _repaired(raw):
    """Clean text with the no-break space repaired and the double space collapsed, and its alignment."""
    builder = TextBuilder(raw)
    builder.copy(0, raw.index("  "))
    builder.replace(raw.index("  "), raw.index("  ") + 2, " ")
    builder.copy(raw.index("  ") + 2, raw.index("\xa0"))
    builder.replace(raw.index("\xa0"), raw.index("\xa0") + 1, " ")
    builder.copy(raw.index("\xa0") + 1, len(raw))
    return builder.build()


def test_a_repaired_span_is_sound_when_its_raw_offsets_follow_the_alignment():
    raw = "Des drones  sur Odesa\xa0hier."
    text, segments = _repaired(raw)
    start = text.index("Odesa hier")
    span = span_fields(text, Alignment(segments), start, start + len("Odesa hier"))
    assert raw[span["raw_start"]:span["raw_end"]] == "Odesa\xa0hier" != span["text"]
    record = {"text": text, "alignment": [list(s) for s in segments], "timexes": [{"id": "t1", **span}]}
    assert alignment_problems(record) == [] and mapping_problems(record) == []
    record["timexes"][0]["raw_start"] -= 1
    assert mapping_problems(record)


def _raw_corpus(tmp_path, raw_text=TEXT, doc_id="t"):
    raw_dir = tmp_path / "raw"
    raw_dir.mkdir(parents=True, exist_ok=True)
    (raw_dir / f"{doc_id}.txt").write_text(raw_text, encoding="utf-8")
    return raw_dir


def test_raw_checks_find_the_raw_file_by_doc_id_and_never_open_the_source(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT-42", encoding="utf-8")
    raw_dir = _raw_corpus(tmp_path)
    record = {**events_record(), "source": str(secret)}
    assert record_problems(record, raw_dir=raw_dir) == []
    elsewhere = {**record, "doc_id": "other"}
    problems = record_problems(elsewhere, raw_dir=raw_dir)
    assert _with(problems, "no raw file other")
    assert not any("SECRET" in p for p in problems)


def test_raw_digest_and_raw_offsets_past_the_raw_text_are_reported(tmp_path):
    raw_dir = _raw_corpus(tmp_path, TEXT[:40])
    problems = record_problems(events_record(), raw_dir=raw_dir)
    assert _with(problems, "raw_sha256 is not the sha256 of t.txt", "entities/1 (e2): raw_end 47 is past the raw text",
                 "alignment/0 [0, 54, 0, 54]: raw end is past the raw text")


def test_the_raw_digest_may_be_of_the_bytes_or_of_the_decoded_text(tmp_path):
    raw_dir = tmp_path / "raw"
    raw_dir.mkdir()
    (raw_dir / "t.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))  # a BOM: bytes and text differ
    of_bytes = {**events_record(), "raw_sha256": hashlib.sha256((raw_dir / "t.txt").read_bytes()).hexdigest()}
    assert record_problems(of_bytes, raw_dir=raw_dir) == []
    assert record_problems(events_record(), raw_dir=raw_dir) == []  # sha256 of the decoded text


@pytest.mark.parametrize("doc_id", ["../t", "a/t", "a\\t", ".t", "t\x00", "..", "", "/t"])
def test_a_doc_id_that_is_not_a_plain_file_name_is_never_looked_up(tmp_path, doc_id):
    raw_dir = _raw_corpus(tmp_path)
    (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")  # what raw/../t.txt would reach
    (raw_dir / "a").mkdir()
    (raw_dir / "a" / "t.txt").write_text(TEXT, encoding="utf-8")
    (raw_dir / ".t.txt").write_text(TEXT, encoding="utf-8")
    problems = record_problems({**events_record(), "doc_id": doc_id}, raw_dir=raw_dir)
    assert _with(problems, "is not a plain file name")


def test_validate_command_takes_the_raw_directory(tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_text(json.dumps(events_record()) + "\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["validate", str(path), "--raw", str(_raw_corpus(tmp_path))]).exit_code == 0
    short = _raw_corpus(tmp_path / "short", TEXT[:10])
    result = CliRunner().invoke(main, ["validate", str(path), "--raw", str(short)])
    assert result.exit_code == 1 and "raw_sha256" in result.output


# --- References between layers ---------------------------------------------------------------------

def test_duplicate_ids_are_reported():
    record = events_record()
    record["entities"][1]["id"] = "e1"
    record["timexes"].append(copy.deepcopy(record["timexes"][0]))
    record["events"].append(copy.deepcopy(record["events"][0]))
    assert _with(record_problems(record), "entities: id 'e1' is used 2 times", "timexes: id 't1' is used 2 times",
                 "events: id 'v1' is used 2 times")


def test_references_to_missing_ids_are_reported():
    record = events_record()
    event = record["events"][0]
    event["locations"][0]["entity"] = "e9"
    event["reported_by"][0]["entity"] = "e7"
    event["launched"]["quantity"] = "q5"
    record["timexes"][0]["anchor"] = "t9"
    assert _with(record_problems(record), "locations/0: entity 'e9' is not an entity id",
                 "reported_by/0: entity 'e7' is not an entity id", "launched: quantity 'q5' is not a quantity id",
                 "timexes/0 (t1): anchor 't9' is not a timex id")


def test_a_reference_to_the_wrong_entity_or_quantity_is_reported():
    record = events_record(digests=False)
    event = record["events"][0]
    event["locations"][0]["entity"] = "e1"  # Ivan Petrov, not Kiev
    event["launched"]["value"] = 5
    assert _with(record_problems(record), "locations/0: entity 'e1' is 'Ivan Petrov', which shares no word with 'Kiev'",
                 "launched: value 5 is not the value 3 of quantity 'q1'")


def test_references_without_the_layer_they_name_are_reported():
    record = events_record()
    del record["entities"]
    assert _with(record_problems(record, "events"), "names entity 'e2' but the record has no entities layer")


# --- Stale layers ----------------------------------------------------------------------------------

def test_a_layer_whose_inputs_changed_after_it_ran_is_stale():
    record = events_record()  # digests computed: the events layer was made from these entities
    record["entities"][1]["canonical"] = "Kyiv"  # then NER was rerun and renamed the place
    problems = record_problems(record)
    assert _with(problems, "stale events layer: the fields it read (text, entities, quantities, timexes) changed",
                 "stale normalize layer")
    assert not any("stale ner" in p for p in problems)


def test_a_rerun_that_renumbers_entities_leaves_the_events_layer_stale():
    record = events_record()
    first, second = record["entities"]
    first["id"], second["id"] = "e2", "e1"  # the same entities, numbered the other way
    record["entities"] = [second, first]
    assert _with(record_problems(record), "stale events layer")


def test_provenance_without_a_digest_is_not_a_problem():
    record = events_record(digests=False)
    record["entities"][1]["canonical"] = "Kyiv"
    assert record_problems(record) == []


def test_a_later_layer_without_its_provenance_entry_is_reported():
    record = events_record()
    del record["provenance"]["events"]
    assert _with(record_problems(record), "events: layer present but provenance has no 'events' entry")
