"""How fast N workers process a corpus once their models are loaded.

A whole run pays, in every worker and in parallel, a fixed cost (importing
spaCy, loading the model, the gazetteer and the lexicons: about 6 s here)
before the first document; on a few hundred articles that fixed cost is a
large share of the run and caps what workers can gain. :func:`steady_state`
measures the other part, what a corpus of 100,000 articles feels: N
processes (spawned as the runner spawns them) load everything and warm up,
wait at a barrier, then share the corpus's batches through a queue, each
running the runner's own :func:`~extract.runner.process_batch`; the clock
runs from the barrier to the last batch. Its results are compared across N
(the same bytes are required).

:func:`break_even` combines both figures: from the whole-run times and the
steady rates, the corpus size from which N workers are a given factor faster
than one, start-up included.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from extract.corpus import RawInput, iter_corpus
from extract.runner import BATCH_SIZE, DocResult, Limits, batched, process_batch
from extract.stages import STAGE_NAMES, PipelineConfig, get_stage

WARM_UP = "Le maire de Lyon, Grégory Doucet, a annoncé lundi que 3 drones ont survolé la ville.\n"

# Seconds a worker may take to load its models before the measure is abandoned.
LOAD_TIMEOUT = 300


@dataclass
class SteadyReport:
    workers: int
    documents: int
    seconds: float  # from the barrier to the last batch

    @property
    def rate(self) -> float:
        """Documents per second, models loaded."""
        return self.documents / self.seconds


def warm_up(config: PipelineConfig, stage_names: tuple[str, ...] = STAGE_NAMES) -> None:
    """Load what the stages use (model, gazetteer, lexicons) by running them on a text of their own."""
    doc: object = RawInput("warm-up", "warm-up.txt", WARM_UP.encode(), {"published": "2024-01-01"})
    for name in stage_names:
        doc = get_stage(name).run(doc, config)  # type: ignore[arg-type]


def _work(stage_names: tuple[str, ...], config: PipelineConfig, limits: Limits, barrier: Any, tasks: Any,
          results: Any) -> None:
    warm_up(config, stage_names)  # model, gazetteer, lexicons: loaded before the clock starts
    barrier.wait(LOAD_TIMEOUT)
    while (task := tasks.get()) is not None:
        index, batch = task
        results.put((index, process_batch(batch, stage_names, config, limits)))


def steady_state(corpus: list[Path], workers: int, stage_names: tuple[str, ...] = STAGE_NAMES,
                 config: PipelineConfig | None = None) -> tuple[SteadyReport, list[DocResult]]:
    """Seconds for ``workers`` warmed-up processes to run the stages over ``corpus``, and the results."""
    batches: list[list[RawInput | str]] = list(batched(iter_corpus(corpus), BATCH_SIZE))
    context = get_context("spawn")  # as the runner's workers
    barrier, tasks, results = context.Barrier(workers + 1), context.Queue(), context.Queue()
    for task in [*enumerate(batches), *[None] * workers]:
        tasks.put(task)
    arguments = (stage_names, config or PipelineConfig(), Limits(), barrier, tasks, results)
    processes = [context.Process(target=_work, args=arguments, daemon=True) for _ in range(workers)]
    for process in processes:
        process.start()
    try:
        barrier.wait(LOAD_TIMEOUT)
        start = time.perf_counter()
        done = dict(results.get() for _ in batches)
        seconds = time.perf_counter() - start
    finally:
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
    ordered = [result for index in range(len(batches)) for result in done[index]]
    return SteadyReport(workers, len(ordered), seconds), ordered


def measure(corpus: list[Path], workers: int, rounds: int = 1) -> tuple[list[SteadyReport], bool]:
    """:func:`steady_state` with 1 and ``workers`` workers, the best of ``rounds`` each (rounds
    alternate, so a busy moment of the machine hits both), and whether the results are the same."""
    counts = sorted({1, workers})
    best: dict[int, SteadyReport] = {}
    results: dict[int, list[DocResult]] = {}
    for _ in range(rounds):
        for count in counts:
            report, results[count] = steady_state(corpus, count)
            if count not in best or report.seconds < best[count].seconds:
                best[count] = report
    identical = all(same_results(results[counts[0]], results[count]) for count in counts[1:])
    return [best[count] for count in counts], identical


def same_results(first: list[DocResult], second: list[DocResult]) -> bool:
    """Whether two runs wrote the same lines and errors for the same documents."""
    return [(r.doc_id, r.lines, r.error) for r in first] == [(r.doc_id, r.lines, r.error) for r in second]


def break_even(whole: dict[int, float], steady: dict[int, float], documents: int, workers: int,
               factor: float) -> float | None:
    """Documents from which ``workers`` workers run ``factor`` times faster than one, start-up included.

    ``whole``: seconds of whole runs over ``documents`` by number of workers; ``steady``: documents
    per second once loaded. Each run is modelled as a fixed start-up plus documents / rate; None when
    the steady rates themselves differ by less than ``factor``.
    """
    startup = {n: whole[n] - documents / steady[n] for n in (1, workers)}
    margin = 1 / steady[1] - factor / steady[workers]
    if margin <= 0:
        return None
    return max(0.0, (factor * startup[workers] - startup[1]) / margin)
