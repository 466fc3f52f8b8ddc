"""The console's controls for the projector view: which screen, swap, theme, spacing and
zoom."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
)

from coprod_desktop.ui.audience.themes import THEMES
from coprod_desktop.ui.audience.window import AudienceWindow
from coprod_desktop.ui.i18n import translate


def room_controls(room: AudienceWindow) -> QGridLayout:
    """Choose the projector's screen, swap screens, pick a theme, the spacing and a zoom.

    Buttons take the focus from Tab but not from a click, so clicking leaves the capture keys
    where they were."""
    grid = QGridLayout()
    present = QPushButton(translate("RoomControls", "Present on…"))
    present.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    present.setAccessibleName(translate("RoomControls", "Choose the projector screen"))
    menu = QMenu(present)
    menu.aboutToShow.connect(lambda: _fill_present_menu(menu, room))
    present.setMenu(menu)
    swap = QPushButton(translate("RoomControls", "Swap screens"))
    swap.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    swap.clicked.connect(lambda _checked=False: room.swap_screens())
    theme = QComboBox()
    theme.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    theme.setAccessibleName(translate("RoomControls", "Projector theme"))
    for name, projector_theme in THEMES.items():
        theme.addItem(translate("Themes", projector_theme.label), name)
    theme.setCurrentIndex(max(0, theme.findData(room.view.theme().name)))
    theme.activated.connect(lambda _i: room.set_theme(str(theme.currentData())))
    zoom = QSpinBox()
    zoom.setRange(60, 200)
    zoom.setSingleStep(10)
    zoom.setSuffix(" %")
    zoom.setAccessibleName(translate("RoomControls", "Projector zoom"))
    zoom.setValue(round(room.view.zoom() * 100))
    zoom.valueChanged.connect(lambda v: room.set_zoom(v / 100))
    spacing = QCheckBox(translate("RoomControls", "Dyslexia-friendly spacing"))
    spacing.setObjectName("dyslexiaSpacing")
    spacing.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    spacing.setToolTip(
        translate(
            "RoomControls",
            "Wider gaps between letters, words and lines; no italics; text left-aligned. "
            "Works with every theme.",
        )
    )
    spacing.setChecked(room.dyslexia_spacing())
    spacing.toggled.connect(room.set_dyslexia_spacing)
    for button in (present, swap):  # slim, so both read whole in a 1024-pixel laptop's column
        button.setStyleSheet("QPushButton { padding: 4px 4px; }")
    for index, widget in enumerate((present, swap, theme, zoom)):
        widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        grid.addWidget(widget, index // 2, index % 2)
    grid.addWidget(spacing, 2, 0, 1, 2)
    return grid


def _fill_present_menu(menu: QMenu, room: AudienceWindow) -> None:
    menu.clear()
    current = room.current_screen_name()
    for name in room.available_screens():
        mark = "● " if name == current else ""
        action = menu.addAction(mark + translate("RoomControls", "Screen {name}").format(name=name))
        action.triggered.connect(lambda _=False, n=name: room.present_on(n))
    menu.addSeparator()
    menu.addAction(translate("RoomControls", "&In a window")).triggered.connect(
        lambda: room.present_on(None)
    )
