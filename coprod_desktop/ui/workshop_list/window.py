"""The facilitator's first window. It paints at once: with the list read at a glance
(``show_glance``), else saying "Opening your workshops…" (``show_opening``); it starts working
once the data folder is open (see ``attach``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget

from coprod_desktop import APP_NAME
from coprod_desktop.ui.i18n import on_language_change, translate
from coprod_desktop.ui.messages import plain_tooltip
from coprod_desktop.ui.screen_fit import fit_to_screen
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.ui.workshop_list.actions import WorkshopListActions, build_actions
from coprod_desktop.ui.workshop_list.states import OpeningPage

if TYPE_CHECKING:  # imported in attach(): the list is not needed for the first paint
    from coprod_desktop.domain.summary import WorkshopSummary
    from coprod_desktop.ui.app_services import AppServices
    from coprod_desktop.ui.framework_editor.library import FrameworkLibrary
    from coprod_desktop.ui.workshop_list.controller import WorkshopListController
    from coprod_desktop.ui.workshop_list.page import WorkshopListPage

DEFAULT_SIZE = (1280, 800)


class WorkshopListWindow(QMainWindow):
    """The main window: actions, tool bar, menus and status bar around the workshop list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        fit_to_screen(self, *DEFAULT_SIZE)
        self.setMinimumSize(800, 520)
        self.workshop_actions: WorkshopListActions = build_actions(self)
        self.workshop_actions.quit.triggered.connect(self.close)
        self.addAction(self.workshop_actions.quit)  # Ctrl+Q works even while opening
        self.page: WorkshopListPage | None = None
        self.data_path: Path | None = None
        self._files_to_open: list[Path] = []  # handed over before the list was ready
        self.toolbar: QToolBar | None = None
        self.controller: WorkshopListController | None = None
        self.framework_library: FrameworkLibrary | None = None  # open from Frameworks…

        self._pages = QStackedWidget()  # "Opening your workshops…" (show_opening), then the list
        self.setCentralWidget(self._pages)
        self._folder_label = QLabel("")
        self._saved_label = QLabel("")
        set_role(self._folder_label, "muted")
        set_role(self._saved_label, "saved")
        self.statusBar().addWidget(self._folder_label, 1)
        self.statusBar().addPermanentWidget(self._saved_label)

    def show_opening(self) -> None:
        """Say "Opening your workshops…" until the data folder is open: there is no list to
        glance at (a first launch, an unreadable store)."""
        if self.page is None:
            self._pages.addWidget(OpeningPage(self._pages))

    def show_glance(self, workshops: list[WorkshopSummary]) -> None:
        """Show the list read at a glance, before the data folder is open: the rows can be
        read and walked; everything else starts working once ``attach`` runs."""
        if self.page is None:
            self._build_list().show_workshops(workshops, None)
            self._folder_label.setText(translate("WorkshopList", "Opening your workshops…"))

    def attach(self, services: AppServices) -> None:
        """Build the list and start working on an open data folder's services."""
        from coprod_desktop.ui.workshop_list.controller import WorkshopListController

        page = self.page or self._build_list()
        self.organisation_menu.store = services.workshops.store
        self.organisation_menu.selected = lambda: getattr(page.selected_workshop(), "id", None)
        on_language_change(
            self._folder_label,
            lambda: self._folder_label.setText(
                translate("WorkshopList", "Data folder: {path}").format(path=services.data_path)
            ),
        )
        self._folder_label.setToolTip(plain_tooltip(str(services.data_path)))
        self.data_path = services.data_path
        self.controller = WorkshopListController(self, page, services)
        self.organisation_menu.changed = self.controller.reload
        waiting, self._files_to_open = self._files_to_open, []
        for path in waiting:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """A workshop file opened from the desktop: preview it, then import it if asked."""
        if self.controller is None:  # still opening the data folder: preview once it is open
            self._files_to_open.append(path)
            return
        self.controller.imports.offer(path)

    def bring_forward(self) -> None:
        """Show this window in front (a second launch asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _build_list(self) -> WorkshopListPage:
        from coprod_desktop.ui.workshop_list.page import WorkshopListPage

        self._build_toolbar()
        self._build_menus()
        self.page = WorkshopListPage(self.workshop_actions, self._pages)
        self._pages.addWidget(self.page)
        self._pages.setCurrentWidget(self.page)
        return self.page

    def show_saved(self, when: dt.datetime) -> None:
        self._saved_label.setText(
            translate("WorkshopList", "✓ Saved at {time}").format(time=f"{when:%H:%M}")
        )
        self._saved_label.setToolTip(
            translate("WorkshopList", "Every change is saved as soon as you make it.")
        )

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        on_language_change(
            bar, lambda: bar.setWindowTitle(translate("WorkshopList", "Workshop tools"))
        )
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(20, 20))
        a = self.workshop_actions
        for act in (a.new, a.open, a.duplicate, a.delete):
            bar.addAction(act)
        bar.addSeparator()
        bar.addAction(a.import_file)
        bar.addAction(a.export_file)
        bar.addAction(a.export_report)
        bar.addSeparator()
        bar.addAction(a.undo)
        bar.addAction(a.redo)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        on_language_change(bar, self._fit_toolbar)  # Welsh words are longer

    def _fit_toolbar(self) -> None:
        """Words beside the icons when every button fits across the window, else icons alone
        (each keeps its name as a tooltip): no button is ever pushed out of sight."""
        bar = self.toolbar
        if bar is None:
            return
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if bar.sizeHint().width() > self.width():
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_toolbar()

    def _build_menus(self) -> None:
        from coprod_desktop.ui.organisation.menu import OrganisationMenu

        a = self.workshop_actions
        workshop = self.menuBar().addMenu("")
        on_language_change(
            workshop, lambda: workshop.setTitle(translate("WorkshopList", "&Workshop"))
        )
        for act in (a.new, a.open, a.ratings, a.results, a.plan, a.barriers, a.duplicate,
                    a.delete):  # fmt: skip
            workshop.addAction(act)  # (All ratings, results: here, so the keyboard reaches them)
        workshop.addSeparator()
        workshop.addAction(a.import_file)
        workshop.addAction(a.export_file)
        workshop.addSeparator()
        for act in a.exports:
            workshop.addAction(act)
        workshop.addAction(a.paper_entry)
        workshop.addSeparator()
        workshop.addAction(a.demo)
        workshop.addAction(a.frameworks)
        a.frameworks.triggered.connect(self.show_frameworks)
        workshop.addSeparator()
        settings = workshop.addAction("")
        on_language_change(
            settings, lambda: settings.setText(translate("WorkshopList", "&Settings…"))
        )
        settings.triggered.connect(self.show_settings)
        workshop.addSeparator()
        workshop.addAction(a.quit)
        edit = self.menuBar().addMenu("")
        on_language_change(edit, lambda: edit.setTitle(translate("WorkshopList", "&Edit")))
        edit.addAction(a.undo)
        edit.addAction(a.redo)
        self.organisation_menu = OrganisationMenu(self)  # given the store by attach()
        help_menu = self.menuBar().addMenu("")
        on_language_change(
            help_menu, lambda: help_menu.setTitle(translate("WorkshopList", "&Help"))
        )
        about = help_menu.addAction("")
        on_language_change(
            about,
            lambda: about.setText(translate("WorkshopList", "&About {app}…").format(app=APP_NAME)),
        )
        about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: in the application menu
        about.triggered.connect(self.show_about)

    def show_frameworks(self) -> None:
        """Workshop → Frameworks…: the library, to duplicate and tailor a framework."""
        from coprod_desktop.ui.framework_editor.library import FrameworkLibrary

        if self.controller is not None:
            self.framework_library = FrameworkLibrary(self.controller.frameworks, self)
            self.framework_library.open()

    def show_settings(self) -> None:
        """The Settings dialog; a new language shows here at once."""
        from coprod_desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(self).exec()

    def show_about(self) -> None:
        """Help → About: version, licence, notices and the data folder."""
        from coprod_desktop.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.data_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for child in self.findChildren(QWidget):
            if child.isWindow() and child.isVisible():
                child.close()
        super().closeEvent(event)
