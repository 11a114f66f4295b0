"""Queries run in worker processes that can be killed, because a running pyoxigraph query cannot be interrupted.

Each worker loads the graph once (a file into memory, or an on-disk store opened read-only) and then
answers requests over a pipe. A request that outlives the time limit, or whose worker grows past the
memory ceiling, gets its worker killed; a fresh worker is started in the background and joins the
pool when its graph is loaded. Admission is bounded: each client may have a few requests in flight
and only so many may wait for a worker, so heavy queries cannot starve everyone else.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from multiprocessing.connection import Connection
from typing import Any

import psutil
from pyoxigraph import NamedNode, RdfFormat

from kg.corpus.versions import reading
from kg.errors import InputError, PolicyKGError
from kg.serve.execute import QueryRequest, execute
from kg.store import STORE_SCHEME, open_source, select_terms

_CONTEXT = multiprocessing.get_context("spawn")


class QueryTimeout(Exception):
    """The query ran past the time limit and its worker was killed."""


class ServerBusy(Exception):
    """No worker became free in time, or too many requests are waiting; ``retry_after`` in seconds."""

    retry_after = 5


class ClientBusy(ServerBusy):
    """This client already has as many requests in flight as it may (HTTP 429)."""

    retry_after = 2


class QueryTooLarge(Exception):
    """The query's worker grew past the memory ceiling and was killed."""


class WorkerFailed(Exception):
    """The worker reported an error or died."""


def _dump(store: Any, _payload: None) -> bytes:
    return store.dump(format=RdfFormat.N_QUADS)


def _select(store: Any, payload: tuple[str, dict[str, str]]) -> object:
    sparql, iris = payload
    return select_terms(store, sparql, bindings={name: NamedNode(iri) for name, iri in iris.items()})


def pinned(spec: str) -> tuple[str, Path | None]:
    """The spec a worker opens and the store version it holds: a versioned store (``oxigraph:DIR``
    where DIR is the link a build switches) is opened at the version DIR points at now, so that one
    worker answers from one consistent version; any other spec as it is, with no version."""
    if spec.startswith(STORE_SCHEME) and Path(spec[len(STORE_SCHEME):]).is_symlink():
        version = Path(spec[len(STORE_SCHEME):]).resolve()
        return STORE_SCHEME + str(version), version
    return spec, None


def _worker_main(conn: Connection, opened: str, version: Path | None, max_rows: int) -> None:
    """Process body: load the graph (``opened``, see :func:`pinned`), say ready, then answer requests
    until the pipe closes.

    A worker on a store version holds a reader lock on it for its whole life, so that a build never
    deletes the version under it."""
    with ExitStack() as held:
        if version is not None:
            held.enter_context(reading(version))
        try:
            store = open_source(opened)
        except PolicyKGError as exc:
            conn.send(("failed", str(exc)))
            return
        _serve_requests(conn, store, max_rows)


def _serve_requests(conn: Connection, store: Any, max_rows: int) -> None:
    operations: dict[str, Callable[[Any, Any], object]] = {
        "query": lambda s, request: execute(s, request, max_rows),
        "select": _select,
        "dump": _dump,
    }
    conn.send(("ready", len(store)))
    while True:
        try:
            operation, payload = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", operations[operation](store, payload)))
        except Exception as exc:  # noqa: BLE001 - report every failure to the parent rather than dying
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class _Worker:
    def __init__(self, spec: str, max_rows: int) -> None:
        opened, self.version = pinned(spec)  # resolved once: the child opens what the parent records
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_worker_main, args=(child, opened, self.version, max_rows),
                                        daemon=True)
        self.process.start()
        child.close()
        try:
            status, value = self.conn.recv()
        except EOFError:
            status, value = "failed", "worker process exited while loading the graph"
        if status != "ready":
            self.stop()
            raise InputError(str(value))
        self.size = int(value)
        self.baseline = psutil.Process(self.process.pid).memory_info().rss

    def resident(self) -> int:
        """Resident memory of the worker process in bytes (0 once it has gone)."""
        try:
            return psutil.Process(self.process.pid).memory_info().rss
        except psutil.Error:
            return 0

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class WorkerPool:
    """Worker processes holding the graph; :meth:`call` runs one operation within the time and memory limits.

    ``memory_limit`` bounds how far (in bytes) a worker may grow above its size once loaded;
    ``per_client`` bounds the requests one client may have in flight; ``max_waiting`` the requests
    waiting for a worker, each for at most ``acquire_timeout`` seconds.
    """

    POLL_SECONDS = 0.05

    def __init__(self, spec: str, *, workers: int = 4, timeout: float = 10.0, max_rows: int = 10_000,
                 memory_limit: int = 1 << 30, per_client: int = 2, max_waiting: int = 16,
                 acquire_timeout: float = 5.0) -> None:
        self.spec, self.timeout, self.max_rows = spec, timeout, max_rows
        self.memory_limit, self.per_client, self.max_waiting = memory_limit, per_client, max_waiting
        self.acquire_timeout = acquire_timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._admission = threading.Lock()
        self._in_flight: Counter[str] = Counter()
        self._waiting = 0
        first = _Worker(spec, max_rows)
        self.size = first.size
        self._idle.put(first)
        for _ in range(workers - 1):
            self._idle.put(_Worker(spec, max_rows))

    def _replace(self) -> None:
        if not self._closed:
            self._idle.put(_Worker(self.spec, self.max_rows))

    def _admit(self, client: str) -> None:
        with self._admission:
            if self._in_flight[client] >= self.per_client:
                raise ClientBusy(f"this client already has {self.per_client} queries running; wait for them")
            if self._waiting >= self.max_waiting:
                raise ServerBusy("too many queries are waiting for a worker; try again later")
            self._in_flight[client] += 1
            self._waiting += 1

    def _release(self, client: str) -> None:
        with self._admission:
            self._in_flight[client] -= 1
            if not self._in_flight[client]:
                del self._in_flight[client]

    def _await_answer(self, worker: _Worker) -> tuple[str, object]:
        """The worker's reply, polling its memory; raises QueryTimeout or QueryTooLarge."""
        deadline = time.monotonic() + self.timeout
        ceiling = worker.baseline + self.memory_limit
        while not worker.conn.poll(self.POLL_SECONDS):
            if worker.resident() > ceiling:
                raise QueryTooLarge(f"query needed more than {self.memory_limit >> 20} MB of memory and was "
                                    "stopped; narrow it or add LIMIT")
            if time.monotonic() > deadline:
                raise QueryTimeout(f"query exceeded the {self.timeout:g} s time limit and was stopped")
        return worker.conn.recv()

    def call(self, operation: str, payload: object, client: str = "") -> object:
        """Run ``operation`` in a free worker for ``client``.

        Raises ClientBusy, ServerBusy, QueryTimeout, QueryTooLarge or WorkerFailed.
        """
        self._admit(client)
        try:
            try:
                worker = self._idle.get(timeout=self.acquire_timeout)
            except queue.Empty as exc:
                raise ServerBusy("all query workers are busy; try again later") from exc
            finally:
                with self._admission:
                    self._waiting -= 1
            if worker.version != pinned(self.spec)[1]:  # a build switched the store: move to the new version
                worker.stop()
                worker = _Worker(self.spec, self.max_rows)
            try:
                worker.conn.send((operation, payload))
                status, value = self._await_answer(worker)
            except (QueryTimeout, QueryTooLarge, EOFError, OSError) as exc:
                worker.stop()
                threading.Thread(target=self._replace, daemon=True).start()
                if isinstance(exc, (QueryTimeout, QueryTooLarge)):
                    raise
                raise WorkerFailed(f"query worker died: {exc}") from exc
            self._idle.put(worker)
        finally:
            self._release(client)
        if status != "ok":
            raise WorkerFailed(str(value))
        return value

    def query(self, request: QueryRequest, client: str = "") -> Any:
        """Run a SPARQL protocol request; returns an :class:`~kg.serve.execute.Answer`."""
        return self.call("query", request, client)

    def select(self, sparql: str, **iris: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run a SELECT with variables pre-bound to IRIs; rows hold pyoxigraph terms."""
        return self.call("select", (sparql, iris))  # type: ignore[return-value]

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                return
