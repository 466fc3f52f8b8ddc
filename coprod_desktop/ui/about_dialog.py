"""Help → About: the version, the licence, the third-party notices and where the data is."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop import APP_NAME, __version__
from coprod_desktop.resources import app_licence_text, resource
from coprod_desktop.ui.i18n import current_language, translate
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.wording.catalogue import SOURCE_LANGUAGE

# The app's licence, as an SPDX identifier (pyproject.toml's "license").
LICENCE = "MIT"


class AboutDialog(QDialog):
    """Who made what: the app's version and licence, the texts of every licence it ships under,
    and the data folder (shown, selectable, and opened in the file manager on request)."""

    def __init__(self, data_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About {app}").format(app=APP_NAME))
        heading = QLabel(APP_NAME)
        set_role(heading, "heading")
        version = QLabel(translate("About", "Version {version}").format(version=__version__))
        summary = QLabel(
            translate(
                "About",
                "Runs co-production readiness workshops on this computer, with no internet. "
                "Free software under the {licence} licence: you may use, copy, change and "
                "share it.",
            ).format(licence=LICENCE)
        )
        summary.setWordWrap(True)
        built = QLabel(
            translate("About", "Made with Qt {qt} and Python {python}.").format(
                qt=qVersion(), python=platform.python_version()
            )
        )
        set_role(built, "muted")

        self.data_folder = QLineEdit(str(data_path) if data_path else "")
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(translate("About", "Data folder"))
        folder_label = QLabel(translate("About", "&Data folder:"))
        folder_label.setBuddy(self.data_folder)
        self.open_folder = QPushButton(translate("About", "&Open data folder"))
        self.open_folder.setEnabled(data_path is not None)
        self.open_folder.setAutoDefault(False)  # Enter closes the dialog, never opens a window
        self.open_folder.clicked.connect(lambda: self._show_folder(data_path))
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_folder)

        self.texts = QTabWidget()
        self.texts.setAccessibleName(translate("About", "Licences"))
        for title, text in (
            (translate("About", "Licence"), app_licence_text()),
            (translate("About", "Third-party notices"), _shipped("THIRD-PARTY-NOTICES.txt")),
            (
                translate("About", "Qt and the LGPL"),
                _shipped("QT-LIBRARIES.txt") + "\n\n" + _shipped("LGPL-3.0.txt"),
            ),
        ):
            self.texts.addTab(_text_view(text, title), title)
        english = QLabel(translate("About", "The licence texts are in English, as written."))
        english.setWordWrap(True)
        set_role(english, "muted")
        english.setVisible(current_language() != SOURCE_LANGUAGE)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("About", "Close"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(version)
        layout.addWidget(summary)
        layout.addWidget(built)
        layout.addLayout(folder_row)
        layout.addWidget(self.texts, 1)
        layout.addWidget(english)
        layout.addWidget(buttons)
        self.setMinimumSize(720, 560)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, on=False)

    def _show_folder(self, data_path: Path | None) -> None:
        if data_path is not None:  # a local folder, opened by the desktop's file manager
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_path)))


def _shipped(name: str) -> str:
    """A licence text from ``resources/licences/``."""
    return resource("licences", name).read_text(encoding="utf-8")


def _text_view(text: str, name: str) -> QPlainTextEdit:
    view = QPlainTextEdit(text)
    view.setReadOnly(True)
    # Read-only text still takes the keyboard (arrows, Page Down) but gives Tab back.
    view.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    view.setTabChangesFocus(True)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setAccessibleName(name)
    return view
