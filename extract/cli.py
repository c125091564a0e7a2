"""Command line: thin click commands over the plain functions of the package."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from extract import __version__
from extract.corpus import check_inputs, count_corpus, iter_corpus
from extract.evaluate.sets import SPLITS
from extract.jsonl import count_lines, numbered_lines
from extract.ner.backends import BACKENDS, DEFAULT_BACKEND, check_backend
from extract.nlp import DEFAULT_MODEL
from extract.runner import DocResult, RunSummary, run
from extract.stages import ERRORS_FILE, STAGE_NAMES, STAGES, PipelineConfig, get_stage

# Runs of more documents than this get a progress bar (on stderr).
PROGRESS_MIN_DOCS = 3


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from extract.clean.stage import parse_date

    if value is not None and (parse_date(value) != value):
        raise click.BadParameter("expected YYYY-MM-DD")
    return value


def _progress(total: int | None, quiet: bool):
    if quiet or (total is not None and total <= PROGRESS_MIN_DOCS):
        return None, None
    bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def tick(result: DocResult) -> None:
        bar.update(1)

    return bar, tick


def _report(summary: RunSummary, quiet: bool, errors_path: Path) -> None:
    if not quiet:
        click.echo(f"{summary.documents} documents, {summary.failed} failed", err=True)
        for code, count in sorted(summary.errors_by_code.items()):
            click.echo(f"  {code}: {count} (see {errors_path})", err=True)
    if summary.failed:
        sys.exit(1)


def _execute(records: Iterable, total: int | None, stage_names: tuple[str, ...], outputs: dict[str, Path],
             errors_path: Path, config: PipelineConfig, workers: int, quiet: bool) -> None:
    bar, tick = _progress(total, quiet)
    try:
        summary = run(records, stage_names, outputs, errors_path, config, workers, tick)
    finally:
        if bar is not None:
            bar.close()
    _report(summary, quiet, errors_path)


def _jsonl_lines(path: Path) -> Iterator[str]:
    return (line for _, line in numbered_lines(path))


def _count_lines(path: Path) -> int | None:
    """Lines of a regular file, for the progress bar; None for a stream (/dev/stdin), read once."""
    return count_lines(path) if path.is_file() else None


def _corpus(inputs: tuple[Path, ...]) -> tuple[Iterator, int | None]:
    """The documents of INPUTS and their number, with unusable metadata reported before any work."""
    try:
        check_inputs(inputs)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    return iter_corpus(inputs), count_corpus(inputs)


def _config(options: dict[str, Any]) -> PipelineConfig:
    """The run's settings, checked together before anything loads."""
    config = PipelineConfig(**{name: options[name] for name in CONFIG_OPTIONS if name in options})
    try:
        check_backend(config.ner_backend, config.ner_model)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    return config


workers_option = click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                              help="Worker processes (output is identical for any number).")
quiet_option = click.option("--quiet", is_flag=True, help="No progress bar or summary on stderr.")
json_option = click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path),
                           help="Write every number here.")
# The options that change what a stage writes, by PipelineConfig field (Stage.options names them).
CONFIG_OPTIONS = {
    "dct": click.option("--dct", callback=_iso_date, metavar="YYYY-MM-DD",
                        help="Document date for documents whose metadata and header give none."),
    "spacy_model": click.option("--spacy-model", default=DEFAULT_MODEL, show_default=True,
                                help="Installed spaCy pipeline used for parsing and NER."),
    "ner_backend": click.option("--ner-backend", type=click.Choice(list(BACKENDS)), default=DEFAULT_BACKEND,
                                show_default=True,
                                help="; ".join(f"{b.name}: {b.description}" for b in BACKENDS.values()) + "."),
    "ner_model": click.option("--ner-model", type=click.Path(exists=True, file_okay=False),
                              help="Directory of a local Hugging Face model (with --ner-backend transformers)."),
    "explain": click.option("--explain", is_flag=True,
                            help="Events carry an 'explain' field: for each slot, the rule and the text it came from."),
}


def config_options(names: Iterable[str]):
    """The options of the given PipelineConfig fields, plus --workers and --quiet."""
    def decorate(func):
        for name in reversed([n for n in CONFIG_OPTIONS if n in set(names)]):
            func = CONFIG_OPTIONS[name](func)
        return quiet_option(workers_option(func))
    return decorate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="extract")
@click.option("-v", "--verbose", count=True, help="Log decisions on stderr (-v: info, -vv: debug).")
def main(verbose: int) -> None:
    """French news articles to structured, checkable facts.

    Stages, in order: clean -> ner -> normalize -> events. Each writes JSONL
    that the next one reads, so any stage can be rerun from the file before it.
    """
    level = logging.WARNING if not verbose else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr, force=True)


@main.command("run")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output directory (clean/entities/normalized/events/errors .jsonl).")
@config_options(CONFIG_OPTIONS)
def run_command(inputs: tuple[Path, ...], out_dir: Path, workers: int, quiet: bool, **options: Any) -> None:
    """Run every stage on INPUTS (directories, .txt or .html files, .jsonl corpora)."""
    config = _config(options)
    records, total = _corpus(inputs)
    outputs = {stage.name: out_dir / stage.output for stage in STAGES}
    _execute(records, total, STAGE_NAMES, outputs, out_dir / ERRORS_FILE, config, workers, quiet)


def _stage_command(name: str) -> click.Command:
    stage = get_stage(name)
    is_first = name == STAGE_NAMES[0]
    source = "a corpus (directory, .txt or .jsonl of {doc_id, text})" if is_first else \
        f"the {STAGE_NAMES[STAGE_NAMES.index(name) - 1]} stage's JSONL (a file, or /dev/stdin)"

    @click.command(name, help=f"Run the {name} stage alone on IN, {source}; writes {stage.output}-style JSONL.")
    @click.argument("source_path", metavar="IN", type=click.Path(exists=True, dir_okay=is_first, path_type=Path))
    @click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
                  help="Errors file [default: OUT with .errors.jsonl].")
    @config_options(stage.options)
    def command(source_path: Path, out_path: Path, errors_path: Path | None, workers: int, quiet: bool,
                **options: Any) -> None:
        config = _config(options)
        errors_path = errors_path or out_path.with_name(out_path.stem + ".errors.jsonl")
        if is_first:
            records, total = _corpus((source_path,))
        else:
            records, total = _jsonl_lines(source_path), _count_lines(source_path)
        _execute(records, total, (name,), {name: out_path}, errors_path, config, workers, quiet)

    return command


for _name in STAGE_NAMES:
    main.add_command(_stage_command(_name))


@main.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice([*STAGE_NAMES, "errors"]),
              help="Which record shape to check [default: guessed from each record's layers].")
def validate_command(files: tuple[Path, ...], kind: str | None) -> None:
    """Check stage files against the contract's JSON Schemas."""
    from extract.validate import validate_file

    failed = False
    for path in files:
        report = validate_file(path, kind)
        click.echo(f"{path}: {report.records} records, {report.invalid} invalid")
        for problem in report.problems[:20]:
            click.echo(f"  line {problem.line}: {problem.message}")
        failed = failed or bool(report.problems)
    sys.exit(1 if failed else 0)


def _write_results(result: Any, json_path: Path | None, errors_path: Path | None) -> None:
    """An evaluation's scores (JSON) and its errors (JSONL), where asked."""
    if json_path:
        json_path.write_text(json.dumps(result.scores, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if errors_path:
        with errors_path.open("w", encoding="utf-8") as handle:
            for error in result.errors:
                handle.write(json.dumps(error, ensure_ascii=False) + "\n")


@main.command("check-gold")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--raw", "raw_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Raw texts the gold's offsets index [default: GOLD/../raw].")
def check_gold_command(gold_dir: Path, raw_dir: Path | None) -> None:
    """Check gold files: the gold schema, spans that give back their text, no overlaps, nothing in boilerplate."""
    from extract.evaluate.gold import check_gold

    report = check_gold(gold_dir, raw_dir or gold_dir.parent / "raw")
    for doc_id, problems in report.items():
        for problem in problems:
            click.echo(f"{doc_id}: {problem}")
    bad = sum(1 for problems in report.values() if problems)
    click.echo(f"{len(report)} gold files checked, {bad} with problems", err=True)
    sys.exit(1 if bad else 0)


@main.command("corpus-stats")
@click.argument("corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
def corpus_stats_command(corpus_dir: Path) -> None:
    """What a gold corpus (raw/, gold/, index.jsonl) holds: articles, events, outlets, years, topics."""
    from extract.evaluate.inventory import inventory, render

    click.echo(render(inventory(corpus_dir)), nl=False)


@main.command("evaluate")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Directory of gold <doc_id>.json files.")
@click.option("--pred", "pred_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Predictions: a stage JSONL (events.jsonl carries every layer).")
@click.option("--raw", "raw_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Raw corpus directory, for boilerplate scoring [default: GOLD/../raw].")
@click.option("--split", type=click.Choice(SPLITS),
              help="Score only the gold documents of this split (fixed by a hash of the doc id).")
@click.option("--set", "set_name", help="Name of the set in the floors file [default: GOLD's folder, -SPLIT].")
@click.option("--baseline", "baseline_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A baseline's predictions: its entity scores are printed beside ours.")
@json_option
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write each false positive and false negative here (JSONL).")
@click.option("--floors", "floors_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Fail (exit 1) if a gated score of this set falls below its floors in this file.")
@click.option("--write-floors", "write_floors_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Pin this set's current scores as its floors in this file (other sets kept).")
def evaluate_command(gold_dir: Path, pred_path: Path, raw_dir: Path | None, split: str | None,
                     set_name: str | None, baseline_path: Path | None, json_path: Path | None,
                     errors_path: Path | None, floors_path: Path | None, write_floors_path: Path | None) -> None:
    """Score predictions against gold (the contract's Evaluation section)."""
    from extract.evaluate import gate
    from extract.evaluate.gold import gold_hash
    from extract.evaluate.report import render
    from extract.evaluate.scorer import evaluate
    from extract.evaluate.sets import EvalSet

    raw_dir = raw_dir or (gold_dir.parent / "raw")
    chosen = EvalSet(set_name or gold_dir.resolve().parent.name + (f"-{split}" if split else ""),
                     gold_dir, raw_dir, split)
    doc_ids = chosen.doc_ids()
    result = evaluate(gold_dir, pred_path, raw_dir if raw_dir.is_dir() else None, doc_ids)
    baseline = evaluate(gold_dir, baseline_path, None, doc_ids).scores if baseline_path else None
    click.echo(f"== {chosen.name}")
    click.echo(render(result.scores, baseline), nl=False)
    _write_results(result, json_path, errors_path)
    digest = gold_hash(gold_dir, doc_ids)
    if write_floors_path:
        gate.write_set(write_floors_path, chosen.name, gate.make_floors(result.scores, digest))
        click.echo(f"floors of {chosen.name} written to {write_floors_path}")
    if floors_path:
        failures = gate.check_set(result.scores, floors_path, chosen.name, digest)
        for failure in failures:
            click.echo(f"GATE {chosen.name}: {failure}", err=True)
        click.echo(f"gate {chosen.name}: " + ("FAILED" if failures else "passed"), err=True)
        sys.exit(1 if failures else 0)


@main.command("agreement")
@click.option("--first", "first_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The first annotator's gold files (read as gold).")
@click.option("--second", "second_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The second annotator's gold files for some of the same documents (read as predictions).")
@click.option("--raw", "raw_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Raw texts, for boilerplate agreement [default: FIRST/../raw].")
@json_option
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write each disagreement here (JSONL; 'fp': only the second has it, 'fn': only the first).")
def agreement_command(first_dir: Path, second_dir: Path, raw_dir: Path | None, json_path: Path | None,
                      errors_path: Path | None) -> None:
    """Inter-annotator agreement on the documents both annotated, scored by the contract's rules."""
    from extract.evaluate.agreement import agreement
    from extract.evaluate.report import render

    raw_dir = raw_dir or first_dir.parent / "raw"
    result = agreement(first_dir, second_dir, raw_dir if raw_dir.is_dir() else None)
    click.echo(render(result.scores), nl=False)
    _write_results(result, json_path, errors_path)


@main.group("bench")
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


DEFAULT_TIMEBANK = Path("../shared/benchmarks/fr-timebank/dev")


@bench.command("timex")
@click.option("--timebank", "timebank_dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_TIMEBANK, show_default=True, help="Directory of French TimeBank .tml files.")
@click.option("--baseline", type=click.Choice(["heideltime"]), help="Also run this tagger, side by side.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write our false positives, false negatives and wrong values here (JSONL).")
@json_option
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
