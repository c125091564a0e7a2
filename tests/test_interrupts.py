"""Interrupts lose nothing: SIGINT, SIGTERM or kill -9 in the middle of a run with two workers
keeps what was finished, leaves no worker behind, and the same command resumes the run to the
same bytes as a run never interrupted.

The runs read a JSONL corpus on standard input, so the test decides how far a run can get
before the signal: it feeds a first part of the corpus, waits until the journal shows
documents written, and signals the run while it waits for more input.
"""

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from processes import HAS_PROC, alive, children

from extract.journal import journal_path

ARTICLES = 300
FIRST_PART = 120
TOWNS = ("Kharkiv", "Odessa", "Lviv", "Dnipro", "Zaporijia", "Soumy", "Kherson", "Mykolaïv")
pytestmark = pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")


def _corpus() -> list[str]:
    return [json.dumps({"doc_id": f"a{i:03d}", "published": f"2024-0{i % 9 + 1}-1{i % 10}",
                        "text": f"Frappe sur {TOWNS[i % len(TOWNS)]}\n\n{i % 7 + 2} drones ont été abattus "
                                f"dans la nuit au-dessus de {TOWNS[(i + 3) % len(TOWNS)]}, selon l'armée de "
                                f"l'air. Un bâtiment a été endommagé.\n" + ("" if i % 50 else "\x00" * 90)},
                       ensure_ascii=False) + "\n" for i in range(ARTICLES)]


def _command(out: Path) -> list[str]:
    return [sys.executable, "-m", "extract", "clean", "-", "--out", str(out / "clean.jsonl"), "--workers", "2"]


def _run_whole(out: Path, lines: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(_command(out), input="".join(lines), capture_output=True, text=True, timeout=120)


def _journal_entries(out: Path) -> int:
    path = journal_path({"clean": out / "clean.jsonl"})
    return max(len(path.read_text().splitlines()) - 1, 0) if path.exists() else 0


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    out = tmp_path_factory.mktemp("whole")
    lines = _corpus()
    assert _run_whole(out, lines).returncode == 1  # the NUL-filled articles fail, as they should
    return lines, {p.name: p.read_bytes() for p in out.iterdir()}


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_an_interrupted_run_resumes_to_the_same_bytes(tmp_path, reference, signum):
    lines, expected = reference
    run = subprocess.Popen(_command(tmp_path), stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    run.stdin.write("".join(lines[:FIRST_PART]))
    run.stdin.flush()
    deadline = time.monotonic() + 90
    while _journal_entries(tmp_path) < 32 and time.monotonic() < deadline:
        time.sleep(0.2)
    workers = children(run.pid)
    assert _journal_entries(tmp_path) >= 32 and workers
    run.send_signal(signum)
    run.wait(timeout=30)
    assert run.returncode == (-signal.SIGKILL if signum == signal.SIGKILL else 128 + signum)
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(pid) for pid in workers), "a worker outlived the run"
    done = _journal_entries(tmp_path)

    resumed = _run_whole(tmp_path, lines)
    assert f"({done} done by an earlier run, not redone)" in resumed.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == expected
