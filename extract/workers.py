"""Worker processes that keep input order, bound memory and never outlive the run.

- :func:`ordered_map` yields ``func(item, *extra)`` in input order with at
  most ``workers * WINDOW_PER_WORKER`` items in flight.
- Workers ignore SIGINT (the parent decides what an interrupt means) and
  exit on their own within a second when the parent process is gone, even
  after ``kill -9`` of the parent, so no worker is left behind holding a
  model in memory.
- When the parent stops early (an interrupt, an exception), the workers are
  terminated, not waited for. SIGINT and SIGTERM are held off while the
  parent is inside the executor (see :class:`_Shield`) and honoured as soon
  as it is out, within :data:`WAIT_SLICE` seconds while it waits for a result.
- A worker that dies (killed, out of memory, a crash in native code) costs
  only the items it held: they are retried alone in a fresh pool, and an item
  that kills its worker again yields ``on_death(item)`` instead of a result.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from multiprocessing import get_context
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
log = logging.getLogger(__name__)

# Items in flight per worker: enough to keep workers busy, small enough to bound memory.
WINDOW_PER_WORKER = 2
# How often a worker checks that its parent is still alive (seconds).
PARENT_CHECK_SECONDS = 0.5
# Longest wait for a result between two looks for an interrupt (seconds).
WAIT_SLICE = 0.1


class _Shield:
    """Holds SIGINT and SIGTERM off while the main thread is inside the executor.

    The executor's locks are taken in ``with`` blocks over ``threading.Condition``, whose
    ``__enter__`` is Python code: a signal handler that raises right after the lock is taken
    raises before the block is entered, so the lock is never released (bpo-29988). The
    executor's manager thread then blocks on that lock for good, and the interpreter, which
    joins that thread at exit, never exits. Held off, a signal calls its handler (which raises
    KeyboardInterrupt or the runner's Interrupted) as soon as the executor call returns.
    """

    def __init__(self) -> None:
        self.handlers: dict[int, Callable[[int, Any], Any]] = {}
        self.holding = False
        self.pending: list[int] = []

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # signals reach only the main thread
        for signum in (signal.SIGINT, signal.SIGTERM):
            handler = signal.getsignal(signum)
            if callable(handler):
                self.handlers[signum] = handler
                signal.signal(signum, self._handle)

    def uninstall(self) -> None:
        for signum, handler in self.handlers.items():
            if signal.getsignal(signum) == self._handle:  # not replaced since
                signal.signal(signum, handler)
        self.handlers.clear()

    def _handle(self, signum: int, frame: Any) -> None:
        if self.holding:
            self.pending.append(signum)
        else:
            self.handlers[signum](signum, frame)

    @contextmanager
    def holding_off(self) -> Iterator[None]:
        self.holding = True
        try:
            yield
        finally:
            self.holding = False
            while self.pending:
                signum = self.pending.pop(0)
                self.handlers[signum](signum, None)


def _submit(pool: ProcessPoolExecutor, func: Callable[..., R], item: T, extra: tuple[Any, ...]) -> Future[R]:
    """``pool.submit``; a pool a worker broke since the last look gives a failed future, which
    the caller's recovery (a fresh pool, the inputs retried) handles like any other."""
    try:
        return pool.submit(func, item, *extra)
    except BrokenProcessPool as exc:
        failed: Future[R] = Future()
        failed.set_exception(exc)
        return failed


def _result(future: Future[R], shield: _Shield) -> R:
    """``future.result()``, interruptible between slices of waiting."""
    while True:
        with shield.holding_off():
            try:
                return future.result(timeout=WAIT_SLICE)
            except TimeoutError:
                pass


def _watch_parent(parent_pid: int) -> None:
    while True:
        if os.getppid() != parent_pid:
            os._exit(1)  # the parent is gone: nothing will read our results
        time.sleep(PARENT_CHECK_SECONDS)


def _init_worker(parent_pid: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True, name="parent-watch").start()


def _new_pool(workers: int) -> ProcessPoolExecutor:
    context = get_context("spawn")  # a clean interpreter per worker: no forked model or thread state
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                               initargs=(os.getpid(),))


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Terminate the workers now (an interrupted run does not wait for the items in flight)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public API before 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()


def _retry_alone(func: Callable[..., R], item: T, extra: tuple[Any, ...], on_death: Callable[[T], R],
                 shield: _Shield) -> R:
    """``func(item)`` in a fresh one-worker pool; ``on_death(item)`` if that worker dies too."""
    pool = _new_pool(1)
    try:
        with shield.holding_off():
            future = pool.submit(func, item, *extra)
        return _result(future, shield)
    except BrokenProcessPool:
        log.warning("a worker died twice on the same input; recording it as failed")
        return on_death(item)
    finally:
        with shield.holding_off():
            stop_pool(pool)


def ordered_map(func: Callable[..., R], items: Iterable[T], extra: tuple[Any, ...], workers: int,
                on_death: Callable[[T], R] | None = None) -> Generator[R, None, None]:
    """``func(item, *extra)`` for each item, in order, over ``workers`` processes, bounded in memory."""
    if workers <= 1:
        for item in items:
            yield func(item, *extra)
        return
    pool = _new_pool(workers)
    pending: deque[tuple[T, Future[R]]] = deque()
    iterator = iter(items)
    shield = _Shield()
    try:
        shield.install()
        while True:
            while len(pending) < workers * WINDOW_PER_WORKER and (item := next(iterator, _END)) is not _END:
                with shield.holding_off():
                    pending.append((item, _submit(pool, func, item, extra)))
            if not pending:
                return
            item, future = pending.popleft()
            try:
                result = _result(future, shield)
            except BrokenProcessPool:
                if on_death is None:
                    raise
                # Which input killed the worker is unknown: the oldest is retried alone, the others
                # go to a fresh pool; an input that kills its worker again is retried alone in turn.
                log.warning("a worker died; retrying the inputs it may have held")
                with shield.holding_off():
                    stop_pool(pool)
                result = _retry_alone(func, item, extra, on_death, shield)
                with shield.holding_off():
                    pool = _new_pool(workers)
                    pending = deque((it, f if f.done() and f.exception() is None else _submit(pool, func, it, extra))
                                    for it, f in pending)
            yield result
    finally:
        try:
            with shield.holding_off():
                stop_pool(pool)
        finally:
            shield.uninstall()


_END: Any = object()
