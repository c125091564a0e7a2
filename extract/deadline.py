"""A time limit on a block of code, for one document's work.

:func:`deadline` arms a real-time timer (``SIGALRM``) that raises
:class:`Timeout` in the running code when the limit passes. It works in the
main thread of a process, which is where the runner and its workers run the
stages; elsewhere (another thread, a platform without ``SIGALRM``) the limit
is not enforced and the block runs to its end.

:class:`Timeout` derives from ``BaseException`` so that no ``except
Exception`` inside a stage or a library can swallow it: it reaches the
runner, which turns it into the document's ``timeout`` error record.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Timeout(BaseException):
    """The time limit of a block passed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"no result after {seconds:g} s")


def enforceable() -> bool:
    """Whether :func:`deadline` can interrupt code here."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise :class:`Timeout` inside the block if it runs longer than ``seconds`` (None: no limit)."""
    if not seconds or not enforceable():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise Timeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
