"""One running app per data folder: a second launch hands its file over and quits.

The first app listens on a local socket (a Unix domain socket, or a named pipe on Windows;
never a network port) named after the user and the data folder; only the same user may
connect. A second launch on the same folder connects, sends one line of JSON
(``{"open": "/path/file.coprod"}`` or ``{"open": null}``), waits for ``ok`` and exits: the
running app comes to the front and previews the file.

The Unix socket lives in the user's private runtime folder (``$XDG_RUNTIME_DIR``, emptied at
log-out) when the system gives one, as other desktop apps' do, else in the temporary folder.
A killed app leaves its socket file behind; the next app on the folder removes it, but only
once nobody answers on it: a running app that is too busy to take a hand-over keeps its own.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import stat
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 1000
REPLY_MS = 5000
MAX_MESSAGE = 64 * 1024
REPLY = b"ok\n"
# A Unix socket's path must fit in sun_path: 108 bytes on Linux, 104 on macOS and the BSDs.
SOCKET_PATH_MAX = 103


def server_name(data_dir: Path) -> str:
    """The socket's name for this user and data folder: a path in the private runtime folder
    when there is one, else a bare name Qt places in the temporary folder (or a pipe's)."""
    who = f"{getpass.getuser()}\0{data_dir.resolve()}"
    name = "coprod-desktop-" + hashlib.sha256(who.encode("utf-8")).hexdigest()[:24]
    runtime = private_runtime_folder()
    if runtime is None or len(os.fsencode(runtime / name)) > SOCKET_PATH_MAX:
        return name
    return str(runtime / name)


def private_runtime_folder() -> Path | None:
    """``$XDG_RUNTIME_DIR`` if it is what the XDG spec promises (an absolute folder owned by
    this user that no one else may enter); None on Windows or when it is not."""
    value = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.name == "nt" or not value or not os.path.isabs(value):
        return None
    try:
        found = os.stat(value)
    except OSError:
        return None
    private = found.st_uid == os.getuid() and not found.st_mode & 0o077
    return Path(value) if stat.S_ISDIR(found.st_mode) and private else None


def answers(name: str) -> bool:
    """Whether an app listens on ``name`` (busy or not: the system takes the connection)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    connected = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return connected


def hand_over(data_dir: Path, file: Path | None) -> bool:
    """Give ``file`` (or just "come forward") to the app already running on ``data_dir``;
    False when none answers, and this launch should start the app itself."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    import json  # here, not at the top: only when an app answers (not on a normal start)

    message = json.dumps({"open": str(file) if file is not None else None}) + "\n"
    socket.write(message.encode("utf-8"))
    socket.waitForBytesWritten(REPLY_MS)
    answered = b""
    while REPLY not in answered and socket.waitForReadyRead(REPLY_MS):
        answered += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return REPLY in answered


class InstanceServer(QObject):
    """Listens for later launches on the same data folder; ``asked`` carries each one's file
    (None: come forward only)."""

    asked = Signal(object)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        name = server_name(data_dir)
        if answers(name):
            # An app runs on this folder but did not take the hand-over (too busy): keep its
            # socket (Qt's listen would replace it); the data folder's lock refuses this launch.
            return
        # A socket file nobody answers on is one a killed app left: remove it, then listen.
        QLocalServer.removeServer(name)
        self._server.listen(name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE:
                socket.abort()
            return
        line = bytes(socket.readLine(MAX_MESSAGE).data())
        import json  # see hand_over

        try:
            wanted = json.loads(line)["open"]
        except (ValueError, KeyError, TypeError):
            socket.abort()  # not one of ours: ignore it
            return
        socket.write(REPLY)
        socket.flush()
        socket.disconnectFromServer()
        self.asked.emit(Path(wanted) if isinstance(wanted, str) and wanted else None)
