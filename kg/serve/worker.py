"""Queries run in worker processes that can be killed, because a running pyoxigraph query cannot be interrupted.

Each worker loads the graph once (a file into memory, or an on-disk store opened read-only) and then
answers requests over a pipe. A request that outlives the time limit gets its worker killed; a fresh
worker is started in the background and joins the pool when its graph is loaded.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from pyoxigraph import NamedNode, RdfFormat

from kg.errors import InputError, PolicyKGError
from kg.serve.execute import QueryRequest, execute
from kg.store import open_source, select_terms

_CONTEXT = multiprocessing.get_context("spawn")


class QueryTimeout(Exception):
    """The query ran past the time limit and its worker was killed."""


class ServerBusy(Exception):
    """No worker became free in time."""


class WorkerFailed(Exception):
    """The worker reported an error or died."""


def _dump(store: Any, _payload: None) -> bytes:
    return store.dump(format=RdfFormat.N_QUADS)


def _select(store: Any, payload: tuple[str, dict[str, str]]) -> object:
    sparql, iris = payload
    return select_terms(store, sparql, bindings={name: NamedNode(iri) for name, iri in iris.items()})


def _worker_main(conn: Connection, spec: str, max_rows: int) -> None:
    """Process body: load the graph, say ready, then answer requests until the pipe closes."""
    try:
        store = open_source(spec)
    except PolicyKGError as exc:
        conn.send(("failed", str(exc)))
        return
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
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_worker_main, args=(child, spec, max_rows), daemon=True)
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

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class WorkerPool:
    """A few worker processes holding the graph; :meth:`call` runs one operation with a time limit."""

    def __init__(self, spec: str, *, workers: int = 2, timeout: float = 10.0, max_rows: int = 10_000,
                 acquire_timeout: float = 30.0) -> None:
        self.spec, self.timeout, self.max_rows = spec, timeout, max_rows
        self.acquire_timeout = acquire_timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        first = _Worker(spec, max_rows)
        self.size = first.size
        self._idle.put(first)
        for _ in range(workers - 1):
            self._idle.put(_Worker(spec, max_rows))

    def _replace(self) -> None:
        if not self._closed:
            self._idle.put(_Worker(self.spec, self.max_rows))

    def call(self, operation: str, payload: object) -> object:
        """Run ``operation`` in a free worker; raises QueryTimeout, ServerBusy or WorkerFailed."""
        try:
            worker = self._idle.get(timeout=self.acquire_timeout)
        except queue.Empty as exc:
            raise ServerBusy("all query workers are busy; try again later") from exc
        try:
            worker.conn.send((operation, payload))
            if not worker.conn.poll(self.timeout):
                raise QueryTimeout(f"query exceeded the {self.timeout:g} s time limit and was stopped")
            status, value = worker.conn.recv()
        except (QueryTimeout, EOFError, OSError) as exc:
            worker.stop()
            threading.Thread(target=self._replace, daemon=True).start()
            if isinstance(exc, QueryTimeout):
                raise
            raise WorkerFailed(f"query worker died: {exc}") from exc
        self._idle.put(worker)
        if status != "ok":
            raise WorkerFailed(str(value))
        return value

    def query(self, request: QueryRequest) -> Any:
        """Run a SPARQL protocol request; returns an :class:`~kg.serve.execute.Answer`."""
        return self.call("query", request)

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
