"""The canvas draws cached glyph runs: they must paint exactly what the text layout would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.audience.themes import DEFAULT_THEME, THEMES
from coprod_desktop.ui.audience.type_layout import layout as laid_out

CASES = [
    (Style(6.6, bold=True, head=True), "We know what co-production means.", Qt.AlignmentFlag.AlignLeft),
    (Style(3.0, "accent", bold=True, small_caps=True), "Knowledge  ·  People", Qt.AlignmentFlag.AlignLeft),
    (Style(2.8, "muted", italic=True), "A long line that wraps\nand a second paragraph", Qt.AlignmentFlag.AlignHCenter),
    (Style(2.4, "muted"), "Page 2 of 3", Qt.AlignmentFlag.AlignRight),
]  # fmt: skip


def _image() -> QImage:
    image = QImage(640, 480, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    return image


@pytest.mark.parametrize(("style", "text", "align"), CASES)
def test_glyph_runs_paint_what_the_layout_paints(
    qtbot: QtBot, style: Style, text: str, align: Qt.AlignmentFlag
) -> None:
    theme = THEMES[DEFAULT_THEME]
    by_canvas, by_layout = _image(), _image()
    painter = QPainter(by_canvas)
    canvas = Canvas(painter, theme, 640, 480)
    canvas.text(text, style, 20.3, 40.6, 300.0, align=align)
    painter.end()
    painter = QPainter(by_layout)
    spec = canvas._spec(style)
    layout = laid_out(text, spec, 300.0, theme.line_spacing, align)[0]
    painter.setPen(QColor(theme.colour(style.role)))
    layout.draw(painter, QPointF(20.3, 40.6))
    painter.end()
    assert by_canvas == by_layout
