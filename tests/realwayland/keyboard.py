"""A keyboard plugged into a Wayland compositor, as the facilitator's hands: a client of the
virtual-keyboard protocol (``zwp_virtual_keyboard_v1``) that hands the compositor a real
layout's keymap (US, UK, French …, compiled by libxkbcommon from the system's XKB data) and
presses keys by their physical position (Linux evdev codes), Shift held as a real Shift is.

So the app reads what a real keyboard on that layout sends: Shift with the digit 4 key is "$"
on a US layout, Shift+3 is "£" on a UK one, the digit row types "& é \" ' (" on a French one,
each with the key's own code. (``wtype``, the usual tool, uploads a keymap of its own with one
symbol per key, in the order typed: Shift+4 arrives as "4" on key code 9, Escape's place on a
real keyboard, so it cannot show what a layout does.)

The Wayland wire protocol is small enough to speak directly over the compositor's socket:
each message is the object's id, its size and opcode, then 32-bit arguments (strings with their
length and padding); the keymap's file descriptor travels beside it (SCM_RIGHTS).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import socket
import struct
import time
from pathlib import Path

#: Linux input event codes (``linux/input-event-codes.h``) of the keys the tests press.
KEY_CODES: dict[str, int] = {
    "Escape": 1, **{str((n + 1) % 10): n + 2 for n in range(10)}, "Tab": 15, "Return": 28,
    "shift": 42, "alt": 56, "ctrl": 29, "space": 57, "BackSpace": 14,
    **{c: code + i for row, code in (("qwertyuiop", 16), ("asdfghjkl", 30), ("zxcvbnm", 44))
       for i, c in enumerate(row)},
}  # fmt: skip
#: The XKB real modifiers' masks (fixed by XKB: Shift is bit 0, Control bit 2, Mod1/Alt bit 3).
MODIFIER_MASKS = {"shift": 1 << 0, "ctrl": 1 << 2, "alt": 1 << 3}
WL_KEYBOARD_KEYMAP_FORMAT_XKB_V1 = 1


class _RuleNames(ctypes.Structure):
    _fields_ = [(name, ctypes.c_char_p) for name in ("rules", "model", "layout", "variant",
                                                     "options")]  # fmt: skip


def keymap_text(layout: str) -> str:
    """The XKB keymap of ``layout`` (``"gb"``, ``"us"``, ``"fr"``) on a 105-key PC keyboard,
    as text, compiled by libxkbcommon (the library every Wayland compositor uses)."""
    name = ctypes.util.find_library("xkbcommon")
    if name is None:
        raise RuntimeError("libxkbcommon is missing (Debian: libxkbcommon0)")
    xkb = ctypes.CDLL(name)
    xkb.xkb_context_new.restype = ctypes.c_void_p
    xkb.xkb_keymap_new_from_names.restype = ctypes.c_void_p
    xkb.xkb_keymap_new_from_names.argtypes = [
        ctypes.c_void_p, ctypes.POINTER(_RuleNames), ctypes.c_int
    ]  # fmt: skip
    xkb.xkb_keymap_get_as_string.restype = ctypes.c_void_p  # freed with free() below
    xkb.xkb_keymap_get_as_string.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xkb.xkb_keymap_unref.argtypes = [ctypes.c_void_p]
    xkb.xkb_context_unref.argtypes = [ctypes.c_void_p]
    context = xkb.xkb_context_new(0)
    names = _RuleNames(b"evdev", b"pc105", layout.encode(), b"", b"")
    keymap = xkb.xkb_keymap_new_from_names(context, ctypes.byref(names), 0)
    if not keymap:
        xkb.xkb_context_unref(context)
        raise RuntimeError(f"no XKB keymap for the layout {layout!r} (is xkb-data installed?)")
    pointer = xkb.xkb_keymap_get_as_string(keymap, 1)  # XKB_KEYMAP_FORMAT_TEXT_V1
    text = ctypes.string_at(pointer).decode()
    libc = ctypes.CDLL(None)
    libc.free.argtypes = [ctypes.c_void_p]
    libc.free(pointer)
    xkb.xkb_keymap_unref(keymap)
    xkb.xkb_context_unref(context)
    return text


def _string(text: str) -> bytes:
    data = text.encode() + b"\0"
    return struct.pack("<I", len(data)) + data + b"\0" * (-len(data) % 4)


class VirtualKeyboard:
    """One keyboard on the compositor at ``socket_path``, its layout ``layout``."""

    def __init__(self, socket_path: Path, layout: str) -> None:
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._socket.connect(str(socket_path))
        self._next_id = 2  # 1 is the display
        self._buffer = b""
        self._started = time.monotonic()
        registry = self._new_id()
        self._send(1, 1, struct.pack("<I", registry))  # wl_display.get_registry
        globals_ = self._globals(registry)
        seat = self._bind(registry, globals_, "wl_seat", 1)
        manager = self._bind(registry, globals_, "zwp_virtual_keyboard_manager_v1", 1)
        self._keyboard = self._new_id()
        self._send(manager, 0, struct.pack("<II", seat, self._keyboard))
        self.set_layout(layout)

    def set_layout(self, layout: str) -> None:
        """Hand the compositor ``layout``'s keymap (as plugging in another keyboard)."""
        data = keymap_text(layout).encode() + b"\0"
        fd = os.memfd_create("keymap")
        try:
            os.write(fd, data)
            self._send(
                self._keyboard, 0, struct.pack("<II", WL_KEYBOARD_KEYMAP_FORMAT_XKB_V1, len(data)),
                fds=[fd],
            )  # fmt: skip
            self._round_trip()
        finally:
            os.close(fd)

    def press(self, *chords: str, pause: float = 0.04) -> None:
        """Press each chord in turn, by the keys' places: ``"2"``, ``"shift+3"``, ``"alt+6"``,
        ``"Return"``, ``"s"`` (the key where a US keyboard has S, whatever this layout prints
        on it)."""
        for chord in chords:
            *held, key = chord.split("+")
            mask = 0
            for modifier in held:
                mask |= MODIFIER_MASKS[modifier]
                self._key(KEY_CODES[modifier], pressed=True)
                self._modifiers(mask)
            self._key(KEY_CODES[key], pressed=True)
            self._key(KEY_CODES[key], pressed=False)
            for modifier in reversed(held):
                mask &= ~MODIFIER_MASKS[modifier]
                self._key(KEY_CODES[modifier], pressed=False)
                self._modifiers(mask)
            self._round_trip()
            time.sleep(pause)

    def close(self) -> None:
        self._send(self._keyboard, 3, b"")  # zwp_virtual_keyboard_v1.destroy
        self._socket.close()

    # --- the wire ------------------------------------------------------------------------------
    def _key(self, code: int, *, pressed: bool) -> None:
        now = int((time.monotonic() - self._started) * 1000)
        self._send(self._keyboard, 1, struct.pack("<III", now, code, int(pressed)))

    def _modifiers(self, depressed: int) -> None:
        self._send(self._keyboard, 2, struct.pack("<IIII", depressed, 0, 0, 0))

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def _send(self, target: int, opcode: int, body: bytes, fds: list[int] | None = None) -> None:
        message = struct.pack("<II", target, (8 + len(body)) << 16 | opcode) + body
        fds = fds or []
        ancillary = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack(f"<{len(fds)}i", *fds))]
        self._socket.sendmsg([message], ancillary if fds else [])

    def _bind(self, registry: int, globals_: dict[str, tuple[int, int]], name: str,
              version: int) -> int:  # fmt: skip
        if name not in globals_:
            raise RuntimeError(f"the compositor does not offer {name}")
        new = self._new_id()
        number, offered = globals_[name]
        body = struct.pack("<I", number) + _string(name)
        self._send(registry, 0, body + struct.pack("<II", min(version, offered), new))
        return new

    def _globals(self, registry: int) -> dict[str, tuple[int, int]]:
        found: dict[str, tuple[int, int]] = {}
        for target, opcode, body in self._round_trip():
            if target == registry and opcode == 0:  # wl_registry.global(name, interface, version)
                (number, length) = struct.unpack_from("<II", body)
                interface = body[8 : 8 + length - 1].decode()
                (version,) = struct.unpack_from("<I", body, 8 + length + (-length % 4))
                found[interface] = (number, version)
        return found

    def _round_trip(self) -> list[tuple[int, int, bytes]]:
        """Send wl_display.sync and read every event until its callback is done: the
        compositor has handled everything sent before."""
        callback = self._new_id()
        self._send(1, 0, struct.pack("<I", callback))
        events: list[tuple[int, int, bytes]] = []
        while True:
            while len(self._buffer) < 8 or len(self._buffer) < self._size():
                chunk = self._socket.recv(65536)
                if not chunk:
                    raise RuntimeError("the compositor closed the connection")
                self._buffer += chunk
            size = self._size()
            target, header = struct.unpack_from("<II", self._buffer)
            body, self._buffer = self._buffer[8:size], self._buffer[size:]
            opcode = header & 0xFFFF
            if target == 1 and opcode == 0:  # wl_display.error
                raise RuntimeError(f"the compositor refused a request: {body[12:]!r}")
            if target == callback:
                return events
            events.append((target, opcode, body))

    def _size(self) -> int:
        return (
            int(struct.unpack_from("<I", self._buffer, 4)[0] >> 16) if len(self._buffer) >= 8 else 8
        )
