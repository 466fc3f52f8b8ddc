"""The Easy Read pictures (resources/pictures/*.svg), drawn in the projector theme's colours.

The pictures are drawn for the project in two colours: ink (#111418) and accent (#0b3d7a),
the default theme's. Each theme swaps in its own text and accent colours before Qt renders the
picture, so it reads on a dark or high-contrast ground too.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtSvg import QSvgRenderer

from coprod_desktop.resources import resource
from coprod_desktop.ui.audience.canvas import Canvas

INK = "#111418"
ACCENT = "#0b3d7a"


@lru_cache(maxsize=64)
def _document(name: str) -> str | None:
    path = resource("pictures", f"{name}.svg")
    return path.read_text(encoding="utf-8") if path.is_file() else None


@lru_cache(maxsize=128)
def renderer(name: str, ink: str, accent: str) -> QSvgRenderer | None:
    """Qt's renderer for picture ``name`` in these colours; None if there is no such picture
    (a framework with more levels than the pictures drawn)."""
    document = _document(name)
    if document is None:
        return None
    coloured = document.replace(INK, ink).replace(ACCENT, accent)
    svg = QSvgRenderer(QByteArray(coloured.encode("utf-8")))
    return svg if svg.isValid() else None


def has_picture(name: str | None) -> bool:
    return name is not None and _document(name) is not None


def draw(c: Canvas, name: str, rect: QRectF) -> None:
    """Picture ``name`` in ``rect`` (kept square, centred), in the canvas theme's colours."""
    ink, accent = c.theme.colour("text"), c.theme.colour("accent")
    svg = renderer(name, ink, accent)
    if svg is None:
        return
    side = min(rect.width(), rect.height())
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    c.picture(("svg", name, ink, accent), box, lambda painter: svg.render(painter, box))
