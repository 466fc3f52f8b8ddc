"""The app icon: every size shipped, and the Windows/macOS containers the bundles use."""

from __future__ import annotations

import struct

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from coprod_desktop.resources import resource
from coprod_desktop.ui.application import APP_ICON_SIZES, app_icon


def test_the_window_icon_has_every_size(qtbot: QtBot) -> None:
    sizes = app_icon().availableSizes()
    assert sorted(s.width() for s in sizes) == list(APP_ICON_SIZES)
    assert all(s.width() == s.height() for s in sizes)
    assert not app_icon().pixmap(QSize(32, 32)).isNull()


def test_the_ico_holds_the_pngs_up_to_256() -> None:
    data = resource("icons", "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    found = {}
    for index in range(count):
        width, height, _c, _r, _p, bits, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == height and bits == 32
        side = width or 256
        found[side] = data[offset : offset + size]
    assert sorted(found) == [s for s in APP_ICON_SIZES if s <= 256]
    for side, png in found.items():
        assert png == resource("icons", f"app-{side}.png").read_bytes()


def test_the_icns_is_well_formed() -> None:
    data = resource("icons", "app.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, at = [], 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        assert data[at + 8 : at + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        at += length
    assert at == len(data)
    assert {b"icp4", b"ic07", b"ic09", b"ic10"} <= set(kinds)
