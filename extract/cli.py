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
from extract.corpus import DOCUMENT_SUFFIXES, STDIN, RawInput, count_corpus, iter_corpus
from extract.evaluate.sets import SPLITS
from extract.jsonl import BadLine, count_lines, decoded_lines
from extract.ner.backends import BACKENDS, DEFAULT_BACKEND, check_backend
from extract.nlp import DEFAULT_MODEL
from extract.runner import WARNINGS, DocResult, Limits, RunSummary, run
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

    def tick(result: DocResult | None) -> None:
        bar.update(1)

    return bar, tick


# Exit codes: 0 every document went through; 1 some documents failed (see the errors file);
# 2 a usage error or no documents at all; 128 + signal number when interrupted (130 SIGINT, 143 SIGTERM).
EXIT_FAILED, EXIT_USAGE = 1, 2
SIGNAL_EXIT = {"SIGINT": 130, "SIGTERM": 143}


def _report(summary: RunSummary, quiet: bool, errors_path: Path) -> None:
    if summary.interrupted:
        click.echo(f"interrupted by {summary.interrupted} after {summary.documents} documents "
                   f"({summary.failed} failed); the finished ones are kept: run the same command "
                   "again to resume", err=True)
        sys.exit(SIGNAL_EXIT.get(summary.interrupted, 130))
    if summary.documents == 0:
        click.echo("no documents in the input: nothing was written", err=True)
        sys.exit(EXIT_USAGE)
    if not quiet:
        resumed = f" ({summary.resumed} done by an earlier run, not redone)" if summary.resumed else ""
        click.echo(f"{summary.documents} documents{resumed}, {summary.failed} failed", err=True)
        for code, count in sorted(summary.errors_by_code.items()):
            click.echo(f"  {code}: {count} (see {errors_path})", err=True)
        _warn(summary)
    if summary.failed:
        sys.exit(EXIT_FAILED)


# Documents named per warning in the summary (the count is always complete).
WARNING_EXAMPLES = 5


def _warn(summary: RunSummary) -> None:
    for name, doc_ids in sorted(summary.warned.items()):
        shown = ", ".join(doc_ids[:WARNING_EXAMPLES]) + (", ..." if len(doc_ids) > WARNING_EXAMPLES else "")
        click.echo(f"warning: {len(doc_ids)} {name} ({WARNINGS[name]}): {shown}", err=True)


def _execute(records: Iterable, total: int | None, stage_names: tuple[str, ...], outputs: dict[str, Path],
             errors_path: Path, config: PipelineConfig, run_options: dict[str, Any]) -> None:
    _distinct_outputs({**outputs, "errors": errors_path})
    quiet = run_options["quiet"]
    bar, tick = _progress(total, quiet)
    limits = Limits(max_chars=run_options["max_chars"], timeout=run_options["timeout"] or None)
    try:
        summary = run(records, stage_names, outputs, errors_path, config, run_options["workers"], tick,
                      limits, resume=not run_options["no_resume"])
    finally:
        if bar is not None:
            bar.close()
    _report(summary, quiet, errors_path)


def _distinct_outputs(paths: dict[str, Path]) -> None:
    """Two outputs on one file would overwrite each other: refused before anything runs."""
    seen: dict[Path, str] = {}
    for key, path in paths.items():
        if path.is_dir():
            raise click.UsageError(f"{path} is a directory; the {key} output must be a file")
        resolved = path.resolve()
        if resolved in seen:
            raise click.UsageError(f"the {seen[resolved]} and {key} outputs are the same file: {path}")
        seen[resolved] = key


def _stage_lines(path: Path) -> Iterator[str | RawInput]:
    """A stage file's lines; a line that is not UTF-8 becomes an input that fails alone."""
    source = sys.stdin.buffer if str(path) == STDIN else path
    for number, line in decoded_lines(source):
        yield RawInput(f"{path.name}:{number}", f"{path}:{number}", "", problem=str(line)) \
            if isinstance(line, BadLine) else line


def _count_lines(path: Path) -> int | None:
    """Lines of a regular file, for the progress bar; None for a stream (/dev/stdin), read once."""
    return count_lines(path) if path.is_file() else None


def _corpus(inputs: tuple[Path, ...]) -> tuple[Iterator, int | None]:
    """The documents of INPUTS and their number; no document at all is a usage error."""
    total = count_corpus(inputs)
    if total == 0:
        raise click.UsageError(f"no documents in {', '.join(map(str, inputs))} "
                               f"(documents are {', '.join(DOCUMENT_SUFFIXES)} files or .jsonl lines)")
    return iter_corpus(inputs), total


def _config(options: dict[str, Any]) -> PipelineConfig:
    """The run's settings, checked together before anything loads."""
    config = PipelineConfig(**{name: options[name] for name in CONFIG_OPTIONS if name in options})
    try:
        check_backend(config.ner_backend, config.ner_model)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    return config


workers_option = click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                              help="Worker processes (output is identical for any number). Each first loads "
                                   "the model (about 6 s): 2 workers gain nothing on a few documents, about "
                                   "1.3x on 250 and up to 1.8x on thousands (`extract bench pipeline`).")
quiet_option = click.option("--quiet", is_flag=True, help="No progress bar or summary on stderr.")
# How a run goes, not what it writes for a document that goes through (so not in provenance).
RUN_OPTIONS = (
    workers_option,
    quiet_option,
    click.option("--max-chars", type=click.IntRange(min=1), default=Limits.max_chars, show_default=True,
                 help="Largest document, in characters of clean text; a larger one fails with 'too_large'."),
    click.option("--timeout", type=click.FloatRange(min=0), default=Limits.timeout, show_default=True,
                 help="Seconds a document may spend in one stage before it fails with 'timeout' (0: no limit)."),
    click.option("--no-resume", is_flag=True,
                 help="Start afresh even if an interrupted run of the same command left partial files."),
)
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
    """The options of the given PipelineConfig fields, plus the run options."""
    def decorate(func):
        for name in reversed([n for n in CONFIG_OPTIONS if n in set(names)]):
            func = CONFIG_OPTIONS[name](func)
        for option in reversed(RUN_OPTIONS):
            func = option(func)
        return func
    return decorate


def _split_options(options: dict[str, Any]) -> tuple[PipelineConfig, dict[str, Any]]:
    run_options = {name: options.pop(name) for name in ("workers", "quiet", "max_chars", "timeout", "no_resume")}
    return _config(options), run_options


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
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output directory (clean/entities/normalized/events/errors .jsonl).")
@config_options(CONFIG_OPTIONS)
def run_command(inputs: tuple[Path, ...], out_dir: Path, **options: Any) -> None:
    """Run every stage on INPUTS (directories, .txt or .html files, .jsonl corpora, - for a JSONL
    corpus on standard input).

    An interrupted run (Ctrl-C, SIGTERM, a crash) keeps the documents it finished; the same
    command run again resumes it and ends with the same files as a run never interrupted.
    """
    config, run_options = _split_options(options)
    records, total = _corpus(inputs)
    outputs = {stage.name: out_dir / stage.output for stage in STAGES}
    _execute(records, total, STAGE_NAMES, outputs, out_dir / ERRORS_FILE, config, run_options)


def _stage_command(name: str) -> click.Command:
    stage = get_stage(name)
    is_first = name == STAGE_NAMES[0]
    source = "a corpus (directory, .txt or .jsonl of {doc_id, text}, - for stdin)" if is_first else \
        f"the {STAGE_NAMES[STAGE_NAMES.index(name) - 1]} stage's JSONL (a file, or - for stdin)"

    @click.command(name, help=f"Run the {name} stage alone on IN, {source}; writes {stage.output}-style JSONL.")
    @click.argument("source_path", metavar="IN",
                    type=click.Path(exists=True, dir_okay=is_first, allow_dash=True, path_type=Path))
    @click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
                  help="Errors file [default: OUT with .errors.jsonl].")
    @config_options(stage.options)
    def command(source_path: Path, out_path: Path, errors_path: Path | None, **options: Any) -> None:
        config, run_options = _split_options(options)
        errors_path = errors_path or out_path.with_name(out_path.stem + ".errors.jsonl")
        if is_first:
            records, total = _corpus((source_path,))
        else:
            records, total = _stage_lines(source_path), _count_lines(source_path)
        _execute(records, total, (name,), {name: out_path}, errors_path, config, run_options)

    return command


for _name in STAGE_NAMES:
    main.add_command(_stage_command(_name))


@main.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice([*STAGE_NAMES, "errors"]),
              help="Which record shape to check [default: guessed from each record's layers].")
@click.option("--raw", "raw_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Corpus directory of <doc_id>.txt/.html: also check raw_sha256 and raw offsets against it.")
@click.option("--max-problems", type=click.IntRange(min=0), default=50, show_default=True,
              help="Problems printed per file (their count is always printed).")
def validate_command(files: tuple[Path, ...], kind: str | None, raw_dir: Path | None, max_problems: int) -> None:
    """Check stage files against the contract: schema, spans, alignment, references, stale layers.

    Every problem is reported as FILE:LINE: message; exit 1 if there is any.
    """
    from extract.validate import validate_file

    records = invalid = problems = 0
    for path in files:
        name = click.format_filename(path)
        report = validate_file(path, kind, raw_dir)
        click.echo(f"{name}: {report.records} records, {report.invalid} invalid, {len(report.problems)} problems")
        for problem in report.problems[:max_problems]:
            at = f"{name}:{problem.line}" if problem.line else name
            click.echo(f"  {at}: {problem.message}")
        if len(report.problems) > max_problems:
            click.echo(f"  ... {len(report.problems) - max_problems} more problems in {name} (--max-problems)")
        records, invalid, problems = records + report.records, invalid + report.invalid, problems + len(report.problems)
    click.echo(f"total: {len(files)} files, {records} records, {invalid} invalid, {problems} problems")
    sys.exit(1 if problems else 0)


def _write_results(result: Any, json_path: Path | None, errors_path: Path | None) -> None:
    """An evaluation's scores (JSON) and its errors (JSONL), where asked."""
    if json_path:
        json_path.write_text(json.dumps(result.scores, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if errors_path:
        with errors_path.open("w", encoding="utf-8") as handle:
            for error in result.errors:
                handle.write(json.dumps(error, ensure_ascii=False) + "\n")


def _echo_skipped(skipped: list[Any]) -> None:
    """Bad gold files and prediction lines: left out of the scores and named, never fatal."""
    for item in skipped:
        click.echo(f"skipped {item}", err=True)


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
    """Score predictions against gold (the contract's Evaluation section).

    Gold files and prediction lines that cannot be scored are named on stderr and left out; the exit
    code is then 1. Raw texts are read from --raw alone, by doc_id.
    """
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
    base = evaluate(gold_dir, baseline_path, None, doc_ids) if baseline_path else None
    skipped = result.skipped + (base.skipped if base else [])
    _echo_skipped(skipped)
    click.echo(f"== {chosen.name}")
    click.echo(render(result.scores, base.scores if base else None), nl=False)
    _write_results(result, json_path, errors_path)
    digest = gold_hash(gold_dir, doc_ids)
    if write_floors_path:
        gate.write_set(write_floors_path, chosen.name, gate.make_floors(result.scores, digest))
        click.echo(f"floors of {chosen.name} written to {write_floors_path}")
    if skipped:
        click.echo(f"{len(skipped)} inputs skipped (see above): exit 1", err=True)
    if floors_path:
        failures = gate.check_set(result.scores, floors_path, chosen.name, digest)
        for failure in failures:
            click.echo(f"GATE {chosen.name}: {failure}", err=True)
        click.echo(f"gate {chosen.name}: " + ("FAILED" if failures else "passed"), err=True)
        sys.exit(1 if failures or skipped else 0)
    sys.exit(1 if skipped else 0)


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
    _echo_skipped(result.skipped)
    sys.exit(1 if result.skipped else 0)


# The bench commands live in extract/bench/cli.py (registered here, after `main` exists).
from extract.bench.cli import bench  # noqa: E402

main.add_command(bench)
