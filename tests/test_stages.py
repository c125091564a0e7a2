from extract.stages import STAGE_NAMES, STAGES, PipelineConfig, get_stage


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


def test_run_many_falls_back_to_one_by_one_when_the_batch_fails():
    from extract.corpus import RawInput
    from extract.records import Document

    clean = get_stage("clean")
    docs = clean.run_many([RawInput("a", "a.txt", b"Un texte."), RawInput("b", "b.txt", b"")], PipelineConfig())
    assert isinstance(docs[0], Document) and isinstance(docs[1], Exception)
