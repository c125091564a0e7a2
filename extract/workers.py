"""Worker processes that keep input order, bound memory and never outlive the run.

- :func:`ordered_map` yields ``func(item, *extra)`` in input order with at
  most ``workers * WINDOW_PER_WORKER`` items in flight.
- Workers ignore SIGINT (the parent decides what an interrupt means) and
  exit on their own within a second when the parent process is gone, even
  after ``kill -9`` of the parent, so no worker is left behind holding a
  model in memory.
- When the parent stops early (an interrupt, an exception), the workers are
  terminated, not waited for.
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
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
log = logging.getLogger(__name__)

# Items in flight per worker: enough to keep workers busy, small enough to bound memory.
WINDOW_PER_WORKER = 2
# How often a worker checks that its parent is still alive (seconds).
PARENT_CHECK_SECONDS = 0.5


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


def _retry_alone(func: Callable[..., R], item: T, extra: tuple[Any, ...], on_death: Callable[[T], R]) -> R:
    """``func(item)`` in a fresh one-worker pool; ``on_death(item)`` if that worker dies too."""
    pool = _new_pool(1)
    try:
        return pool.submit(func, item, *extra).result()
    except BrokenProcessPool:
        log.warning("a worker died twice on the same input; recording it as failed")
        return on_death(item)
    finally:
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
    try:
        while True:
            while len(pending) < workers * WINDOW_PER_WORKER and (item := next(iterator, _END)) is not _END:
                pending.append((item, pool.submit(func, item, *extra)))
            if not pending:
                return
            item, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                if on_death is None:
                    raise
                # Which input killed the worker is unknown: the oldest is retried alone, the others
                # go to a fresh pool; an input that kills its worker again is retried alone in turn.
                log.warning("a worker died; retrying the inputs it may have held")
                stop_pool(pool)
                result = _retry_alone(func, item, extra, on_death)
                pool = _new_pool(workers)
                pending = deque((it, f if f.done() and f.exception() is None else pool.submit(func, it, *extra))
                                for it, f in pending)
            yield result
    finally:
        stop_pool(pool)


_END: Any = object()
