"""What the whole pipeline costs, stage by stage, against bare spaCy on the same texts.

:func:`measure_stages` runs, in this process, the clean stage over a corpus and
then the model stages batch by batch exactly as the runner does (NER,
normalize, events on each batch of ``BATCH_SIZE``), timing each stage; the
reference is bare ``nlp.pipe`` over the same cleaned texts, measured in the
same run. Models and the gazetteer are loaded (and warmed up on another
text) before timing. Each text is used once: a repeated text would be served
by the parse cache and flatter the figure.

:func:`measure_runs` times whole runs (``extract run`` in a fresh process,
imports and model loading included) with one worker and with N, and checks
that they write the same bytes; :mod:`extract.bench.workers` times the same
work once the workers' models are loaded, and :func:`render_runs` shows both.
"""

from __future__ import annotations

import filecmp
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extract.bench.workers import SteadyReport, break_even, warm_up
from extract.corpus import iter_corpus
from extract.records import Document
from extract.runner import BATCH_SIZE, batched
from extract.stages import STAGE_NAMES, STAGES, PipelineConfig, get_stage


@dataclass
class StageReport:
    documents: int = 0
    tokens: int = 0
    characters: int = 0
    bare_seconds: float = 0.0
    seconds: dict[str, float] = field(default_factory=dict)  # stage -> seconds
    peak_rss_mb: float = 0.0

    @property
    def model_seconds(self) -> float:
        """The stages that parse (everything but clean), to compare with bare nlp.pipe."""
        return sum(seconds for name, seconds in self.seconds.items() if name != "clean")

    @property
    def ratio(self) -> float:
        return self.model_seconds / self.bare_seconds if self.bare_seconds else float("nan")


@dataclass
class RunReport:
    workers: int
    seconds: float


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _clean(corpus: list[Path], config: PipelineConfig) -> tuple[list[Document], float]:
    clean = get_stage("clean")
    start = time.perf_counter()
    docs = [doc for doc in clean.run_many(list(iter_corpus(corpus)), config) if isinstance(doc, Document)]
    return docs, time.perf_counter() - start


def measure_stages(corpus: list[Path], config: PipelineConfig | None = None) -> StageReport:
    """Seconds per stage over ``corpus`` in this process, and bare nlp.pipe on the same texts."""
    from extract.nlp import load_pipeline

    config = config or PipelineConfig()
    warm_up(config)
    docs, clean_seconds = _clean(corpus, config)
    report = StageReport(documents=len(docs), characters=sum(len(d.text) for d in docs),
                         seconds={"clean": clean_seconds})
    nlp = load_pipeline(config.spacy_model)
    start = time.perf_counter()  # the same batches as the stages get (nlp.pipe pads a batch to its longest text)
    batches = batched(docs, BATCH_SIZE)
    report.tokens = sum(len(parsed) for batch in batches for parsed in nlp.pipe(d.text for d in batch))
    report.bare_seconds = time.perf_counter() - start
    for batch in batched(docs, BATCH_SIZE):
        current: Iterable[object] = batch
        for name in STAGE_NAMES[1:]:
            start = time.perf_counter()
            outputs = get_stage(name).run_many(list(current), config)  # type: ignore[arg-type]
            report.seconds[name] = report.seconds.get(name, 0.0) + time.perf_counter() - start
            current = [doc for doc in outputs if isinstance(doc, Document)]
    report.peak_rss_mb = _peak_rss_mb()
    return report


def measure_runs(corpus: list[Path], workers: int, rounds: int = 1) -> tuple[list[RunReport], bool]:
    """Wall time of whole runs (``extract run`` in a fresh process: imports and model loading
    included, as a user sees it) with 1 and ``workers`` workers, the best of ``rounds`` each
    (rounds alternate, so a busy moment of the machine hits both), and whether they wrote the
    same bytes."""
    counts = sorted({1, workers})
    best = {count: float("inf") for count in counts}
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(rounds):
            for count in counts:
                best[count] = min(best[count], _time_run(corpus, count, Path(scratch) / f"w{count}"))
        names = [stage.output for stage in STAGES] + ["errors.jsonl"]
        outs = [Path(scratch) / f"w{count}" for count in counts]
        identical = all(filecmp.cmp(outs[0] / name, out / name, shallow=False) for out in outs[1:] for name in names)
    return [RunReport(count, best[count]) for count in counts], identical


def _time_run(corpus: list[Path], workers: int, out: Path) -> float:
    command = [sys.executable, "-m", "extract", "run", *map(str, corpus), "--out", str(out),
               "--workers", str(workers), "--quiet", "--no-resume"]
    start = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def render(report: StageReport) -> str:
    lines = [f"{report.documents} documents, {report.tokens:,} tokens, {report.characters:,} characters",
             f"{'stage':<12}{'seconds':>9}{'tokens/s':>11}{'docs/s':>9}"]
    for name, seconds in report.seconds.items():
        lines.append(f"{name:<12}{seconds:9.2f}{report.tokens / seconds:11,.0f}{report.documents / seconds:9.1f}")
    total = sum(report.seconds.values())
    lines.append(f"{'pipeline':<12}{total:9.2f}{report.tokens / total:11,.0f}{report.documents / total:9.1f}")
    lines.append(f"{'nlp.pipe':<12}{report.bare_seconds:9.2f}{report.tokens / report.bare_seconds:11,.0f}"
                 f"{report.documents / report.bare_seconds:9.1f}")
    lines.append(f"ratio (ner+normalize+events) / bare nlp.pipe: {report.ratio:.2f}x")
    lines.append(f"peak memory: {report.peak_rss_mb:,.0f} MB")
    return "\n".join(lines) + "\n"


def render_runs(whole: list[RunReport], loaded: list[SteadyReport], identical: bool, documents: int,
                factor: float) -> str:
    """Whole runs (start-up included) beside the same work once models are loaded, and the
    corpus size from which the most workers are ``factor`` times faster than one."""
    lines = [f"{'workers':<9}{'whole run s':>12}{'docs/s':>8}{'speed-up':>10}   "
             f"{'loaded s':>9}{'docs/s':>8}{'speed-up':>10}"]
    for run, steady in zip(whole, loaded):
        lines.append(f"{run.workers:<9}{run.seconds:12.1f}{documents / run.seconds:8.1f}"
                     f"{whole[0].seconds / run.seconds:9.2f}x   {steady.seconds:9.1f}{steady.rate:8.1f}"
                     f"{loaded[0].seconds / steady.seconds:9.2f}x")
    startup = ", ".join(f"{run.workers} worker(s) {run.seconds - documents / steady.rate:.1f} s"
                        for run, steady in zip(whole, loaded))
    lines.append(f"start-up (imports, model, gazetteer, before the first document): {startup}")
    workers = whole[-1].workers
    size = break_even({r.workers: r.seconds for r in whole}, {s.workers: s.rate for s in loaded},
                      documents, workers, factor)
    lines.append(f"{workers} workers are {factor:g}x faster than one, start-up included, "
                 + (f"from about {size:,.0f} documents" if size is not None else "on no corpus size (the loaded "
                    "speed-up is below that)"))
    lines.append("outputs byte-identical: " + ("yes" if identical else "NO"))
    return "\n".join(lines) + "\n"
