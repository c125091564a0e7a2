"""Worker processes: input order, a dying worker costs only its input, no worker outlives its parent."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from processes import HAS_PROC, alive, children

from extract.workers import ordered_map


def _double(x, factor):
    return x * factor


def _die_on_three(x):
    if x == 3:
        os._exit(9)  # what a segfault or the OOM killer does to a worker
    return x


def test_order_is_kept_with_workers():
    assert list(ordered_map(_double, range(20), (3,), workers=2)) == [x * 3 for x in range(20)]


def test_a_dying_worker_costs_only_the_input_that_kills_it():
    results = list(ordered_map(_die_on_three, range(8), (), workers=2, on_death=lambda x: f"died on {x}"))
    assert results == [0, 1, 2, "died on 3", 4, 5, 6, 7]


@pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")
def test_workers_exit_when_their_parent_is_killed_with_sigkill():
    script = ("import time\nfrom extract.workers import ordered_map\n"
              "print('ready', flush=True)\nlist(ordered_map(time.sleep, [30] * 4, (), workers=2))\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert parent.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 30
    workers = []
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
        workers = [pid for pid in children(parent.pid) if "spawn" in Path(f"/proc/{pid}/cmdline").read_text()]
    assert len(workers) == 2
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(pid) for pid in workers)


def test_a_signal_inside_the_executor_is_held_until_the_call_returns():
    # An interrupt raised while the executor holds one of its locks would leave the lock taken
    # and the interpreter hanging at exit: held off there, it is delivered right after.
    import os
    import signal

    from extract.workers import _Shield

    seen = []
    original = signal.signal(signal.SIGINT, lambda signum, frame: seen.append(signum))
    shield = _Shield()
    try:
        shield.install()
        with shield.holding_off():
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):  # the handler runs between bytecodes: give it many
                pass
            assert seen == []
        assert seen == [signal.SIGINT]
    finally:
        shield.uninstall()
        signal.signal(signal.SIGINT, original)
