"""The console's controls for the projector view: which screen, swap, theme and zoom."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QMenu, QPushButton, QSizePolicy, QSpinBox

from coprod_desktop.ui.audience.themes import THEMES
from coprod_desktop.ui.audience.window import AudienceWindow


def room_controls(room: AudienceWindow) -> QGridLayout:
    """Choose the projector's screen, swap screens, pick a theme and a zoom."""
    grid = QGridLayout()
    present = QPushButton("Present on…")
    present.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    present.setAccessibleName("Choose the projector screen")
    menu = QMenu(present)
    menu.aboutToShow.connect(lambda: _fill_present_menu(menu, room))
    present.setMenu(menu)
    swap = QPushButton("Swap screens")
    swap.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    swap.clicked.connect(lambda _checked=False: room.swap_screens())
    theme = QComboBox()
    theme.setAccessibleName("Projector theme")
    for name, projector_theme in THEMES.items():
        theme.addItem(projector_theme.label, name)
    theme.setCurrentIndex(max(0, theme.findData(room.view.theme().name)))
    theme.activated.connect(lambda _i: room.set_theme(str(theme.currentData())))
    zoom = QSpinBox()
    zoom.setRange(60, 200)
    zoom.setSingleStep(10)
    zoom.setSuffix(" %")
    zoom.setAccessibleName("Projector zoom")
    zoom.setValue(round(room.view.zoom() * 100))
    zoom.valueChanged.connect(lambda v: room.set_zoom(v / 100))
    for index, widget in enumerate((present, swap, theme, zoom)):
        widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        grid.addWidget(widget, index // 2, index % 2)
    return grid


def _fill_present_menu(menu: QMenu, room: AudienceWindow) -> None:
    menu.clear()
    current = room.current_screen_name()
    for name in room.available_screens():
        action = menu.addAction(f"{'● ' if name == current else ''}Screen {name}")
        action.triggered.connect(lambda _=False, n=name: room.present_on(n))
    menu.addSeparator()
    menu.addAction("In a window").triggered.connect(lambda: room.present_on(None))
