"""One running app per data folder: a second launch hands its file over and quits.

The first app listens on a local socket (a Unix domain socket, or a named pipe on Windows;
never a network port) named after the user and the data folder; only the same user may
connect. A second launch on the same folder connects, sends one line of JSON
(``{"open": "/path/file.coprod"}`` or ``{"open": null}``), waits for ``ok`` and exits: the
running app comes to the front and previews the file.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 1000
REPLY_MS = 5000
MAX_MESSAGE = 64 * 1024
REPLY = b"ok\n"


def server_name(data_dir: Path) -> str:
    """The socket's name for this user and data folder (short: Unix socket paths are)."""
    who = f"{getpass.getuser()}\0{data_dir.resolve()}"
    return "coprod-desktop-" + hashlib.sha256(who.encode("utf-8")).hexdigest()[:24]


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
        if not self._server.listen(name):
            # A socket file left by an app that crashed: nobody answered on it (hand_over
            # failed), so it is stale. Remove it and listen again.
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
