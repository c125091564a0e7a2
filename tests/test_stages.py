import dataclasses

import pytest

from extract.corpus import RawInput
from extract.records import Document, dump_document
from extract.stages import STAGE_NAMES, STAGES, PipelineConfig, Stage, get_stage

CONFIG = PipelineConfig()


def test_stages_run_in_the_documented_order():
    assert STAGE_NAMES == ("clean", "ner", "normalize", "events")


def test_each_stage_requires_only_what_earlier_stages_assign():
    assigned = set()
    for stage in STAGES:
        assert set(stage.requires) <= assigned | {"text", "alignment"} or stage.name == "clean"
        assigned |= set(stage.assigns) | {"text", "alignment"}


def test_config_hash_changes_only_with_the_stage_options():
    clean = get_stage("clean")
    assert clean.provenance(PipelineConfig(dct="2024-01-01")).config_hash != \
        clean.provenance(PipelineConfig()).config_hash
    normalize = get_stage("normalize")
    assert normalize.provenance(PipelineConfig(dct="2024-01-01")) == normalize.provenance(PipelineConfig())


def _flaky_clean(calls: dict[str, list[str]]) -> Stage:
    """The clean stage with a batch form that always raises and an ``apply`` that raises on doc "bad"."""
    clean = get_stage("clean")

    def apply(record, config):
        calls["apply"].append(record.doc_id)
        if record.doc_id == "bad":
            raise ValueError("this record is bad")
        return clean.apply(record, config)

    def apply_many(records, config):
        calls["apply_many"].append([record.doc_id for record in records])
        raise RuntimeError("the batch failed")

    return dataclasses.replace(clean, apply=apply, apply_many=apply_many)


BATCH = [RawInput("a", "a.txt", b"Un premier texte correct."),
         RawInput("bad", "bad.txt", b"Un texte que apply refuse."),
         RawInput("c", "c.txt", "Un troisième texte correct.".encode())]


def test_run_many_falls_back_to_one_by_one_when_the_batch_fails():
    calls = {"apply": [], "apply_many": []}
    outputs = _flaky_clean(calls).run_many(BATCH, CONFIG)
    assert calls["apply_many"] == [["a", "bad", "c"]]  # the batch form was tried, and failed
    clean = get_stage("clean")
    for index in (0, 2):  # each good record: exactly what the real stage gives it, provenance stamped
        assert isinstance(outputs[index], Document)
        assert dump_document(outputs[index]) == dump_document(clean.run(BATCH[index], CONFIG))
    assert isinstance(outputs[1], ValueError) and str(outputs[1]) == "this record is bad"
    assert len(outputs) == 3


def test_failed_batch_is_retried_once_per_record():
    calls = {"apply": [], "apply_many": []}
    _flaky_clean(calls).run_many(BATCH, CONFIG)
    assert len(calls["apply_many"]) == 1
    assert calls["apply"] == ["a", "bad", "c"]


def test_working_batch_form_is_used_instead_of_apply():
    calls = {"apply": [], "apply_many": []}
    clean = get_stage("clean")
    stage = dataclasses.replace(_flaky_clean(calls), apply_many=lambda records, config: (
        calls["apply_many"].append([r.doc_id for r in records]) or [clean.apply(r, config) for r in records]))
    outputs = stage.run_many([BATCH[0], BATCH[2]], CONFIG)
    assert calls == {"apply": [], "apply_many": [["a", "c"]]}
    expected = clean.provenance(CONFIG).model_dump(exclude={"input_sha256"})
    assert [doc.provenance["clean"].model_dump(exclude={"input_sha256"}) for doc in outputs] == [expected] * 2


def test_each_stage_digests_at_least_the_fields_it_requires():
    from extract.provenance import STAGE_INPUTS
    from extract.stages import STAGES

    for stage in STAGES:
        assert set(stage.requires) <= set(STAGE_INPUTS[stage.name]), stage.name


@pytest.mark.slow
def test_provenance_digests_make_a_layer_whose_inputs_changed_stale():
    import json

    from extract.corpus import RawInput
    from extract.runner import process
    from extract.validate import record_problems

    raw = RawInput("d", "d.txt", "Deux drones ont frappé Odessa lundi, selon le maire.".encode(), {"published": "2024-05-06"})
    record = json.loads(process(raw, ("clean", "ner", "normalize", "events"), PipelineConfig()).lines["events"])
    assert record_problems(record) == []
    record["entities"][0]["canonical"] = "Ailleurs"
    problems = " ".join(record_problems(record))
    assert "stale normalize layer" in problems and "stale events layer" in problems


@pytest.mark.slow
def test_the_spacy_stages_never_import_torch():
    import subprocess
    import sys

    script = ("import sys\nfrom extract.corpus import RawInput\nfrom extract.runner import process\n"
              "from extract.stages import STAGE_NAMES, PipelineConfig\n"
              "raw = RawInput('d', 'd.txt', 'Deux drones ont frappé Odessa lundi.'.encode(), {'published': '2024-05-06'})\n"
              "result = process(raw, STAGE_NAMES, PipelineConfig())\n"
              "assert result.error is None, result.error\n"
              "print(sys.modules.get('torch') is None)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "True", done.stderr
