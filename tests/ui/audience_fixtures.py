"""Fixtures for the audience view tests: the demo workshop live in a real controller, and
QSettings kept in a temporary folder (never the real home configuration).

Test modules import the fixtures they use from here by name.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import AudienceState, Slide
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.audience.render import Rendered, render
from coprod_desktop.ui.audience.themes import ProjectorTheme
from coprod_desktop.ui.session.controller import SessionController


@pytest.fixture
def audience_settings(tmp_path: Path) -> Iterator[QSettings]:
    """An INI file in ``tmp_path``; every default QSettings of the test also lands there."""
    folder = tmp_path / "settings"
    folder.mkdir()
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    settings = QSettings(str(folder / "audience.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()


@pytest.fixture
def demo_controller(store: Store, demo_id: int, qtbot: QtBot) -> Iterator[SessionController]:
    """The demo workshop in a live session, on the item slide."""
    controller = SessionController(LiveSession(store, demo_id))
    controller.run(controller.live.show_slide, Slide.ITEM)
    yield controller
    controller.deleteLater()


def private_notes(controller: SessionController) -> list[str]:
    """Every private note in the controller's workshop."""
    return [
        rating.private_note
        for group in controller.workshop.groups
        for rating in group.ratings.values()
        if rating.private_note
    ]


def drawn_on_every_page(state: AudienceState, theme: ProjectorTheme, size: QSize,
                        zoom: float = 1.0) -> list[Rendered]:  # fmt: skip
    """``state``'s slide laid out page by page, as the facilitator turns them."""
    at = (size.width(), size.height())
    first = render(None, state, theme=theme, zoom=zoom, size=at)
    return [first] + [
        render(None, state, theme=theme, zoom=zoom, size=at, page=page)
        for page in range(1, first.pages)
    ]
