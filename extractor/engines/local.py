"""``--workers N``: our own pool of worker processes, one model each.

Why not ``multiprocessing.Pool``: when a worker dies (killed, out of memory, a crash in
a C extension) ``Pool.imap`` waits forever for its result. Here the parent watches every
worker's pipe and process sentinel: a worker that dies, or does not answer within the hard
deadline, is killed and replaced; its batch is retried one document at a time, and the
document it dies on (or hangs on) becomes an error record (``worker_died`` / ``timeout``).
Results are put back in input order, with a bounded number of inputs in flight.

Where the platform can fork (Linux), the parent loads the model once and forks its workers
from it: a worker starts in milliseconds instead of loading the model again (seconds each,
paid by every replacement too), and the model's memory pages stay shared until written.
Elsewhere, or when asked (``start_method="spawn"``), each worker loads its own.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from extractor.inputs import Input, Options
from extractor.pipeline import Extractor
from extractor.runner import Config, EngineError, Result, failed, process

GRACE = 30.0  # seconds past the worker's own timeouts before the parent kills it
MAX_START_FAILURES = 3

Task = list[tuple[int, Input]]


def _worker_main(conn: Connection, config: Config, opts: Options,
                 factory: Callable[[], Extractor] | None) -> None:
    """A worker: load the model once, then answer batches until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides how to stop on Ctrl-C
    try:
        extractor = factory() if factory is not None else config.extractor()
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops the run
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if message is None:
            return
        task_id, inputs = message
        try:
            results = list(process(extractor, inputs, opts, config.doc_timeout))
        except Exception as exc:  # noqa: BLE001 - process() catches per document; belt and braces
            results = [(failed(i, "pipeline_error", f"pipeline failed: {exc}"), []) for i in inputs]
        conn.send(("done", (task_id, results)))


class _Worker:
    def __init__(self, ctx: Any, config: Config, opts: Options, factory: Callable[[], Extractor] | None) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, config, opts, factory), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.task: Task | None = None
        self.deadline: float | None = None

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


def default_start_method() -> str:
    """``fork`` from a warmed parent on Linux; ``spawn`` elsewhere (macOS forks unsafely, Windows cannot)."""
    return "fork" if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods() else "spawn"


class WorkerStartError(EngineError):
    """Worker processes cannot load the model: the run cannot go on."""


class ProcessEngine:
    """A pool of ``workers`` processes; ``run`` yields results in input order."""

    def __init__(self, config: Config, opts: Options, workers: int,
                 factory: Callable[[], Extractor] | None = None, context: Any = None,
                 start_method: str | None = None) -> None:
        self.config, self.opts, self.n = config, opts, workers
        self.factory = factory
        method = start_method or default_start_method()
        self.ctx = context or mp.get_context(method)
        self.warm = self.ctx.get_start_method() == "fork" and factory is None
        self.workers: list[_Worker] = []
        self.start_failures = 0

    def __enter__(self) -> ProcessEngine:
        if self.warm:
            try:
                loaded = self.config.extractor()
                loaded.warm_up()
            except Exception as exc:  # noqa: BLE001 - the same report as a worker that cannot start
                raise WorkerStartError(f"cannot load the model: {type(exc).__name__}: {exc}") from exc
            self.factory = lambda: loaded  # inherited by fork, never pickled
        self.workers = [self._spawn() for _ in range(self.n)]
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        for w in self.workers:
            if exc_type is None and w.proc.is_alive():
                try:
                    w.conn.send(None)
                except OSError:
                    pass
                w.proc.join(10)
            w.kill()
        self.workers = []

    def pids(self) -> list[int | None]:
        """The worker process ids (tests kill one to check that nothing is lost)."""
        return [w.proc.pid for w in self.workers]

    def _spawn(self) -> _Worker:
        return _Worker(self.ctx, self.config, self.opts, self.factory)

    def _hard_deadline(self, task: Task) -> float | None:
        if not self.config.doc_timeout:
            return None
        # the worker's own alarm allows one try of the batch, then one per document
        return time.monotonic() + self.config.doc_timeout * (len(task) + 1) + GRACE

    def run(self, inputs: Iterable[Input]) -> Iterator[Result]:
        source = enumerate(inputs)
        size = self.config.batch_size
        pending: deque[Task] = deque()
        results: dict[int, Result] = {}
        taken = next_out = 0
        exhausted = False
        limit = self.n * size * 3
        while True:
            while not exhausted and len(pending) < self.n and taken - next_out < limit:
                task = [pair for _, pair in zip(range(size), source, strict=False)]
                if not task:
                    exhausted = True
                    break
                pending.append(task)
                taken += len(task)
            for i, w in enumerate(list(self.workers)):
                if w.ready and w.task is None and pending:
                    task = pending.popleft()
                    try:
                        w.conn.send((task[0][0], [inp for _, inp in task]))
                    except OSError:  # it died while idle: not the task's fault
                        pending.appendleft(task)
                        self._lost(i, w, "worker_died", self._death(w), results, pending)
                        continue
                    w.task, w.deadline = task, self._hard_deadline(task)
            while next_out in results:
                yield results.pop(next_out)
                next_out += 1
            if exhausted and not pending and next_out == taken:
                return
            self._wait(results, pending)

    def _wait(self, results: dict[int, Result], pending: deque[Task]) -> None:
        deadlines = [w.deadline for w in self.workers if w.task is not None and w.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        ready = set(wait([w.conn for w in self.workers] + [w.proc.sentinel for w in self.workers], timeout))
        for i, w in enumerate(list(self.workers)):
            dead = False
            try:
                while w.conn in ready and w.conn.poll():
                    self._message(w, w.conn.recv(), results)
            except (EOFError, OSError):
                dead = True
            if dead or w.proc.sentinel in ready and not w.proc.is_alive():
                self._lost(i, w, "worker_died", self._death(w), results, pending)
            elif w.task is not None and w.deadline is not None and time.monotonic() > w.deadline:
                self._lost(i, w, "timeout", f"no answer within {self.config.doc_timeout:g} s per document "
                           "(--doc-timeout); worker process killed", results, pending)

    def _message(self, w: _Worker, message: tuple[str, Any], results: dict[int, Result]) -> None:
        kind, payload = message
        if kind == "ready":
            w.ready = True
            self.start_failures = 0
        elif kind == "failed":
            raise WorkerStartError(f"a worker process cannot load the model: {payload}")
        elif kind == "done" and w.task is not None:
            _task_id, answers = payload
            for (index, _), result in zip(w.task, answers, strict=True):
                results[index] = result
            w.task, w.deadline = None, None

    def _death(self, w: _Worker) -> str:
        w.proc.join(1)
        code = w.proc.exitcode
        if code is not None and code < 0:
            try:
                return f"worker process killed by {signal.Signals(-code).name} while processing it"
            except ValueError:
                pass
        return f"worker process exited (code {code}) while processing it"

    def _lost(self, i: int, w: _Worker, kind: str, message: str, results: dict[int, Result],
              pending: deque[Task]) -> None:
        """Replace a dead or hung worker; retry its batch one by one, or fail its one input."""
        w.kill()
        if not w.ready:
            self.start_failures += 1
            if self.start_failures >= MAX_START_FAILURES:
                raise WorkerStartError(f"worker processes die while loading the model ({message})")
        task = w.task
        if task is not None:
            if len(task) > 1:
                pending.extendleft([pair] for pair in reversed(task))
            else:
                index, inp = task[0]
                results[index] = (failed(inp, kind, message), [])
        self.workers[i] = self._spawn()
