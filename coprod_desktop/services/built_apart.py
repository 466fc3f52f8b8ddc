"""Building an export's bytes in a child process, so the windows keep painting meanwhile.

A writer (reportlab above all) runs Python for seconds on end; in a thread of the app's own
process it holds the interpreter in turns with the windows, and the console stutters. Here
another interpreter (``spawn``, the same on Linux, Windows and macOS) gets the workshop, builds
the bytes and sends them back with its progress; the caller's thread only waits on a pipe.
That child is kept for the next export, warm. The
child never writes a file: the caller writes the bytes with every protection on the output
path (``services/files.write_atomic``), so a failure or a cancel leaves nothing behind.
Other long work runs there the same way (:func:`run_apart`): the organisation report, which
opens its own connection to the organisation store, and publishing every workshop, each in
its own transactions (a child stopped midway leaves the workshop it was publishing unpublished).

``multiprocessing`` is imported when an export starts, not on the way to the workshop list.
"""

from __future__ import annotations

import copyreg
import io
import pickle
import threading
import traceback
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.report.formats import Export, Progress, Source, format_for

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

#: How often the waiting thread looks in while the child is quiet (and lets a cancel in).
LOOK_IN_SECONDS = 0.1
#: The smallest step of progress worth sending from the child.
PROGRESS_STEP = 0.01

T = TypeVar("T")


def build_apart(
    export: Export, suffix: str, source: Source, progress: Progress | None = None
) -> bytes:
    """The bytes of ``export`` in the format ``suffix`` names, built in a child process
    (:func:`run_apart`)."""
    return run_apart(partial(_write, export, suffix, replace(source, progress=None)), progress)


def _write(export: Export, suffix: str, source: Source, progress: Progress) -> bytes:
    return format_for(export, suffix).write(replace(source, progress=progress))


def run_apart(
    work: Callable[[Progress], T],
    progress: Progress | None = None,
    *,
    stopped: str = "export.stopped",
) -> T:
    """What ``work`` returns, run in a child process with a progress callback of its own.

    ``work`` travels by pickle: a module-level function, or a ``partial`` of one over plain
    values (domain objects, paths, a store's URL: never a connection, never a password; a
    child that needs a store opens its own). ``progress`` is called on the caller's thread with
    the child's progress (0.0–1.0), and also while the child is quiet, so an exception it
    raises (a cancel) ends the wait: the child is then stopped. A refusal the work raises
    (``CoprodError``) is raised here with its code and values; a child that dies raises
    ``CoprodError(stopped, exit_code=…)``, whose sentence says what it was doing.

    The child is kept for the next job (its imports and fonts loaded: a cold one takes
    about a second more); a job started while another runs gets a child of its own."""
    job = _dumps(work)
    kept = _KEPT.acquire(blocking=False)
    try:
        builder = _kept_builder() if kept else _Builder()
        builder.jobs.send_bytes(job)
        try:
            found: T = _receive(
                builder.answers, builder.process, progress or (lambda _f: None), stopped
            )
        except CoprodError as exc:
            if exc.code == stopped:
                _discard(builder, kept)
            raise
        except BaseException:  # a cancel while it builds, or a failure on our side
            _discard(builder, kept)
            raise
        finally:
            if not kept:
                builder.stop()
        return found
    finally:
        if kept:
            _KEPT.release()


class _Builder:
    """A child process that builds the exports it is sent, one at a time, until its job
    pipe closes (the app ended, even killed: it then ends too)."""

    def __init__(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self.answers, answering = context.Pipe(duplex=False)
        asking, self.jobs = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_serve, args=(asking, answering), name="coprod-export", daemon=True
        )
        self.process.start()
        asking.close()  # the child holds the only ends it uses: each side sees the other end
        answering.close()

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self) -> None:
        """Close its job pipe (it ends), then make sure it has."""
        self.jobs.close()
        self.answers.close()
        _stop(self.process)


_KEPT = threading.Lock()  # the kept child serves one export at a time
_kept: list[_Builder] = []  # the child kept between exports (none until the first)


def _kept_builder() -> _Builder:
    if _kept and not _kept[0].alive():
        _kept.pop().stop()
    if not _kept:
        _kept.append(_Builder())
    return _kept[0]


def _discard(builder: _Builder, kept: bool) -> None:
    builder.stop()
    if kept and _kept and _kept[0] is builder:
        _kept.pop()


def stop_kept() -> None:
    """Stop the child kept between exports, if any (the app quitting; tests)."""
    with _KEPT:
        while _kept:
            _kept.pop().stop()


def _receive(pipe: Connection, child: BaseProcess, progress: Progress, stopped: str) -> Any:
    fraction = 0.0
    while True:
        if not pipe.poll(LOOK_IN_SECONDS):
            progress(fraction)  # nothing new; a cancel raises here
            continue
        try:
            kind, value = pickle.loads(pipe.recv_bytes())
        except EOFError:  # it ended without a word: killed, or out of memory
            child.join(5)
            raise CoprodError(stopped, exit_code=child.exitcode) from None
        if kind == "progress":
            fraction = value
            progress(fraction)
        elif kind == "done":
            return value
        elif kind == "refused":
            code, values = value
            raise CoprodError(code, **values)
        else:  # "crashed": a bug in a writer, with the child's traceback
            raise RuntimeError(f"the export's process failed:\n{value}")


def _stop(child: BaseProcess) -> None:
    """The child ended, or stopped now (a cancel, an error on our side)."""
    child.join(1)
    if child.is_alive():
        child.terminate()
        child.join(5)
    if child.is_alive():
        child.kill()
        child.join()
    child.close()


def _serve(jobs: Connection, answers: Connection) -> None:
    """In the child: run each job sent, until the job pipe closes."""
    while True:
        try:
            job = jobs.recv_bytes()
        except (EOFError, OSError):
            return
        _build(answers, job)


def _build(pipe: Connection, job: bytes) -> None:
    """In the child: run the job and send what it returns, with progress; or say why not."""
    try:
        work = pickle.loads(job)
        answer: tuple[str, object] = ("done", work(_Reporter(pipe)))
    except CoprodError as exc:
        answer = ("refused", (exc.code, dict(exc.values)))
    except Exception:  # a bug: its traceback goes to the app's log
        answer = ("crashed", traceback.format_exc())
    try:
        pipe.send_bytes(_dumps(answer))
    except OSError:  # the caller stopped waiting (a cancel): there is nobody to tell
        return
    except Exception:  # values that cannot travel: say so plainly
        pipe.send_bytes(_dumps(("crashed", traceback.format_exc())))


class _Reporter:
    """The writer's progress callback in the child: sends each step of at least 1 %."""

    def __init__(self, pipe: Connection) -> None:
        self._pipe = pipe
        self._sent = -1.0

    def __call__(self, fraction: float) -> None:
        if fraction - self._sent >= PROGRESS_STEP:
            self._sent = fraction
            self._pipe.send_bytes(pickle.dumps(("progress", fraction)))


def _frozen_mapping(values: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(values)


def _reduce_mapping(
    mapping: MappingProxyType[Any, Any],
) -> tuple[Callable[[dict[Any, Any]], MappingProxyType[Any, Any]], tuple[dict[Any, Any]]]:
    return _frozen_mapping, (dict(mapping),)


def _dumps(value: object) -> bytes:
    """Pickle ``value``, whose domain objects keep read-only mappings (which plain pickle
    refuses), without changing how anything else in the app pickles."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: _reduce_mapping}
    pickler.dump(value)
    return buffer.getvalue()
