"""Where document tasks run: in this process, in a local pool of worker processes, or on Dask."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from functools import partial
from multiprocessing import get_context
from pathlib import Path

from kg.corpus.document import DocumentResult, build_document
from kg.corpus.size import SizePolicy
from kg.errors import UsageError

Task = tuple[Path, Path]  # (input file, shard to write)


def default_jobs() -> int:
    """Worker processes by default: the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run_tasks(tasks: list[Task], *, validate: bool, jobs: int, executor: str | None = None,
              on_done: Callable[[DocumentResult], None] | None = None,
              size: SizePolicy = SizePolicy()) -> list[DocumentResult]:
    """Build every (file, shard) task; results in the order of ``tasks`` whatever order they finish in.

    ``executor`` is None (local: in-process for one job, else a process pool of ``jobs`` workers),
    ``dask`` (a local Dask cluster of ``jobs`` worker processes) or ``dask://HOST:PORT`` (a running
    Dask scheduler; its workers must see the input and output paths). ``size`` is the size limit and
    progress policy of every document."""
    task = partial(build_document, validate=validate, size=size)
    if executor is None or executor == "local":
        if jobs <= 1 or len(tasks) <= 1:
            results = []
            for path, shard in tasks:
                results.append(task(path, shard))
                if on_done:
                    on_done(results[-1])
            return results
        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=get_context("forkserver")) as pool:
            futures = {pool.submit(task, path, shard): index for index, (path, shard) in enumerate(tasks)}
            return _collect(futures, len(tasks), on_done)
    if executor == "dask" or executor.startswith("dask://") or executor.startswith("tcp://"):
        return _run_dask(tasks, task, jobs=jobs, address=executor.removeprefix("dask://") if executor != "dask" else None,
                         on_done=on_done)
    raise UsageError(f"unknown executor {executor!r}; use local, dask or dask://HOST:PORT")


def _collect(futures: dict, count: int, on_done) -> list[DocumentResult]:
    results: list[DocumentResult | None] = [None] * count
    for future in as_completed(futures):
        results[futures[future]] = future.result()
        if on_done:
            on_done(results[futures[future]])
    return results  # type: ignore[return-value]


def _run_dask(tasks: list[Task], task, *, jobs: int, address: str | None, on_done) -> list[DocumentResult]:
    try:
        from distributed import Client, LocalCluster, as_completed as dask_completed
    except ImportError:
        raise UsageError("the dask executor needs the 'cluster' extra: pip install 'policykg[cluster]'") from None
    cluster = None
    if address is None:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        with Client(cluster if cluster is not None else address) as client:
            futures = client.map(task, [str(p) for p, _ in tasks], [str(s) for _, s in tasks], pure=False)
            index = {future.key: i for i, future in enumerate(futures)}
            results: list[DocumentResult | None] = [None] * len(tasks)
            for future in dask_completed(futures):
                results[index[future.key]] = future.result()
                if on_done:
                    on_done(results[index[future.key]])
            return results  # type: ignore[return-value]
    finally:
        if cluster is not None:
            cluster.close()
