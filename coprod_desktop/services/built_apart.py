"""Building an export's bytes in a child process, so the windows keep painting meanwhile.

A writer (reportlab above all) runs Python for seconds on end; in a thread of the app's own
process it holds the interpreter in turns with the windows, and the console stutters. Here
another interpreter (``spawn``, the same on Linux, Windows and macOS) gets the workshop, builds
the bytes and sends them back with its progress; the caller's thread only waits on a pipe.
That child is kept for the next export, warm. The
child never writes a file: the caller writes the bytes with every protection on the output
path (``services/files.write_atomic``), so a failure or a cancel leaves nothing behind.

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
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.report.formats import Export, Progress, Source, format_for

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

#: How often the waiting thread looks in while the child is quiet (and lets a cancel in).
LOOK_IN_SECONDS = 0.1
#: The smallest step of progress worth sending from the child.
PROGRESS_STEP = 0.01


def build_apart(
    export: Export, suffix: str, source: Source, progress: Progress | None = None
) -> bytes:
    """The bytes of ``export`` in the format ``suffix`` names, built in a child process.

    ``progress`` is called on the caller's thread with the child's progress (0.0–1.0), and
    also while the child is quiet, so an exception it raises (a cancel) ends the wait: the
    child is then stopped. A refusal the writer raises (``CoprodError``) is raised here with
    its code and values; a child that dies raises ``CoprodError("export.stopped")``.

    The child is kept for the next export (its imports and fonts loaded: a cold one takes
    about a second more); an export started while another builds gets a child of its own."""
    job = _dumps((export, suffix, replace(source, progress=None)))
    kept = _KEPT.acquire(blocking=False)
    try:
        builder = _kept_builder() if kept else _Builder()
        builder.jobs.send_bytes(job)
        try:
            return _receive(builder.answers, builder.process, progress or (lambda _f: None))
        except CoprodError as exc:
            if exc.code == "export.stopped":
                _discard(builder, kept)
            raise
        except BaseException:  # a cancel while it builds, or a failure on our side
            _discard(builder, kept)
            raise
        finally:
            if not kept:
                builder.stop()
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


def _receive(pipe: Connection, child: BaseProcess, progress: Progress) -> bytes:
    fraction = 0.0
    while True:
        if not pipe.poll(LOOK_IN_SECONDS):
            progress(fraction)  # nothing new; a cancel raises here
            continue
        try:
            kind, value = pickle.loads(pipe.recv_bytes())
        except EOFError:  # it ended without a word: killed, or out of memory
            child.join(5)
            raise CoprodError("export.stopped", exit_code=child.exitcode) from None
        if kind == "progress":
            fraction = value
            progress(fraction)
        elif kind == "done":
            data: bytes = value
            return data
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
    """In the child: build each export sent, until the job pipe closes."""
    while True:
        try:
            job = jobs.recv_bytes()
        except (EOFError, OSError):
            return
        _build(answers, job)


def _build(pipe: Connection, job: bytes) -> None:
    """In the child: build the bytes and send them, with progress; or say why not."""
    try:
        export, suffix, source = pickle.loads(job)
        data = format_for(export, suffix).write(replace(source, progress=_Reporter(pipe)))
        answer: tuple[str, object] = ("done", data)
    except CoprodError as exc:
        answer = ("refused", (exc.code, dict(exc.values)))
    except Exception:  # a bug: its traceback goes to the app's log
        answer = ("crashed", traceback.format_exc())
    try:
        pipe.send_bytes(_dumps(answer))
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
