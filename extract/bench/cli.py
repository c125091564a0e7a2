"""`extract bench`: speed and accuracy figures measured on real data (thin click commands)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from extract.runner import Limits


@click.group("bench")
def bench() -> None:
    """Benchmarks: speed and accuracy figures measured on real data."""


@bench.command("ner-speed")
@click.argument("corpus", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--rounds", type=click.IntRange(min=1), default=5, show_default=True)
@click.option("--max-ratio", type=float, default=1.3, show_default=True,
              help="Exit 1 if the stage costs more than this times bare nlp.pipe.")
def bench_ner_speed(corpus: tuple[Path, ...], rounds: int, max_ratio: float) -> None:
    """NER stage time against bare spaCy nlp.pipe on the same cleaned texts (default: corpus/raw)."""
    from extract.bench.ner_speed import measure

    report = measure(list(corpus) or [Path("corpus/raw")], rounds)
    click.echo(f"{report.documents} documents, {report.characters} characters, best of {rounds} rounds")
    click.echo(f"bare nlp.pipe : {report.bare_seconds:.3f} s")
    click.echo(f"NER stage     : {report.stage_seconds:.3f} s")
    click.echo(f"ratio         : {report.ratio:.2f}x (limit {max_ratio}x)")
    sys.exit(0 if report.ratio <= max_ratio else 1)


@bench.command("pipeline")
@click.argument("corpus", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Also time 1 and N workers: whole runs (start-up included) and the same work "
                   "once models are loaded.")
@click.option("--rounds", type=click.IntRange(min=1), default=3, show_default=True,
              help="With --workers: the best of this many alternating rounds (this machine is noisy).")
@click.option("--max-ratio", type=float, default=1.4, show_default=True,
              help="Exit 1 if the model stages cost more than this times bare nlp.pipe.")
@click.option("--min-speedup", type=float, default=1.7, show_default=True,
              help="With --workers N > 1: exit 1 if N loaded workers are not this much faster than one.")
def bench_pipeline(corpus: tuple[Path, ...], workers: int, rounds: int, max_ratio: float,
                   min_speedup: float) -> None:
    """Seconds per stage, throughput, the ratio to bare nlp.pipe on the same texts and peak memory,
    over CORPUS (default: every article of the dev corpus, each text once); with --workers N,
    what N workers gain over one, with and without their start-up."""
    from extract.bench import pipeline
    from extract.bench import workers as parallel

    inputs = list(corpus) or [Path("corpus/dev/raw")]
    report = pipeline.measure_stages(inputs)
    click.echo(pipeline.render(report), nl=False)
    failed = report.ratio > max_ratio
    if workers > 1:
        whole, same_bytes = pipeline.measure_runs(inputs, workers, rounds)
        loaded, same_records = parallel.measure(inputs, workers, rounds)
        identical = same_bytes and same_records
        click.echo(pipeline.render_runs(whole, loaded, identical, report.documents, min_speedup), nl=False)
        failed = failed or not identical or loaded[0].seconds / loaded[-1].seconds < min_speedup
    sys.exit(1 if failed else 0)


@bench.command("adversarial")
@click.option("--scale", type=click.FloatRange(min=0.01), default=1.0, show_default=True,
              help="Size factor of the generated texts (1.0: the sizes of the bug report).")
@click.option("--case", "cases", multiple=True, help="Only this case (repeatable).")
@click.option("--timeout", type=click.FloatRange(min=0), default=10.0, show_default=True,
              help="Per-document, per-stage time limit, as `extract run --timeout` (0: none).")
@click.option("--max-chars", type=click.IntRange(min=1), default=Limits.max_chars, show_default=True,
              help="Size limit, as `extract run --max-chars`.")
def bench_adversarial(scale: float, cases: tuple[str, ...], timeout: float, max_chars: int) -> None:
    """Per-document time of every stage on generated adversarial texts (long runs of spaces,
    repeated brackets, thousands of number words, a 950 KB article...), under the run's limits.

    Exit 1 if a document took longer than the time limit without ending in a `timeout` record.
    """
    from extract.bench import adversarial

    rows = adversarial.measure(scale, list(cases) or None, Limits(max_chars=max_chars, timeout=timeout or None))
    click.echo(adversarial.render(rows))
    overrun = [name for name, _, seconds, _, outcome in rows if timeout and seconds > timeout and outcome != "timeout"]
    click.echo(f"limits: {max_chars:,} characters, {timeout:g} s per stage; "
               + (f"over the limit without a timeout record: {', '.join(overrun)}" if overrun else "every document "
                  "finished under the limit or ended in its timeout or too_large record"))
    sys.exit(1 if overrun else 0)


DEFAULT_TIMEBANK = Path("../shared/benchmarks/fr-timebank/dev")


@bench.command("timex")
@click.option("--timebank", "timebank_dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_TIMEBANK, show_default=True, help="Directory of French TimeBank .tml files.")
@click.option("--baseline", type=click.Choice(["heideltime"]), help="Also run this tagger, side by side.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write our false positives, false negatives and wrong values here (JSONL).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write every number here.")
def bench_timex(timebank_dir: Path, baseline: str | None, errors_path: Path | None, json_path: Path | None) -> None:
    """Timex extraction and normalisation on French TimeBank, with each document's own dct."""
    from extract.bench import timebank

    if not timebank_dir.is_dir():
        raise click.UsageError(f"no TimeBank directory at {timebank_dir}")
    docs = timebank.read_corpus(timebank_dir)
    results = [timebank.run_bench("extract", docs, timebank.our_tagger())]
    if baseline == "heideltime":
        from extract.bench import heideltime

        reason = heideltime.available()
        if reason:
            raise click.UsageError(f"HeidelTime cannot run here: {reason}")
        results.append(timebank.run_bench("HeidelTime", docs, timebank.heideltime_tagger()))
    click.echo(timebank.render(results), nl=False)
    if errors_path:
        with errors_path.open("w", encoding="utf-8") as handle:
            for error in results[0].scores["errors"]:
                handle.write(json.dumps(error, ensure_ascii=False) + "\n")
    if json_path:
        summary = {r.name: {**{k: v for k, v in r.scores.items() if k != "errors"},
                            "seconds": r.seconds, "documents": r.documents} for r in results}
        json_path.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
