from pathlib import Path

import pytest

from extract.bench.timebank import our_tagger, read_corpus, read_tml, render, run_bench

TIMEBANK = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "fr-timebank" / "dev"

TML = """<?xml version='1.0' encoding='UTF-8'?>
<TimeML><DOCID>d</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1999-05-17" functionInDocument="CREATION_TIME"/></DCT>
<TEXT>Le maire a <EVENT eid="e1">parlé</EVENT> <TIMEX3 tid="t1" type="DATE" value="1999-05-16">hier</TIMEX3> pendant <TIMEX3 tid="t2" type="DURATION" value="PT2H">deux heures</TIMEX3>.</TEXT></TimeML>"""


def test_a_tml_file_gives_plain_text_dct_and_gold_offsets(tmp_path):
    path = tmp_path / "d.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == "1999-05-17"
    assert doc.text == "Le maire a parlé hier pendant deux heures."
    assert [(doc.text[t["raw_start"]:t["raw_end"]], t["value"]) for t in doc.timexes] == [
        ("hier", "1999-05-16"), ("deux heures", "PT2H")]


def test_our_tagger_scores_the_toy_document(tmp_path):
    (tmp_path / "d.tml").write_text(TML, encoding="utf-8")
    result = run_bench("extract", read_corpus(tmp_path), our_tagger())
    assert result.scores["value"]["f1"] == 1.0
    assert "extract" in render([result])


@pytest.mark.bench
@pytest.mark.skipif(not TIMEBANK.is_dir(), reason="French TimeBank is not beside the repository")
def test_french_timebank_targets_hold():
    result = run_bench("extract", read_corpus(TIMEBANK), our_tagger())
    assert result.scores["relaxed"]["f1"] >= 0.92
    assert result.scores["value"]["f1"] >= 0.85
