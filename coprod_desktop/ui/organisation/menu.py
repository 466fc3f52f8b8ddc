"""The Organisation menu: the organisation view, publishing every workshop (with a progress bar),
merging a workshop file, and where the organisation store is (Settings)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu, QMessageBox

from coprod_desktop.domain.copies import Side
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.ui.i18n import app_settings, on_language_change, translate
from coprod_desktop.ui.messages import error_text, tell
from coprod_desktop.ui.organisation.store_settings import allows_plaintext, checked_url, saved_url

if TYPE_CHECKING:
    from coprod_desktop.domain.workshop import Workshop
    from coprod_desktop.services.merge import MergeService
    from coprod_desktop.storage.database import Store
    from coprod_desktop.storage.organisation_store import OrganisationStore
    from coprod_desktop.ui.organisation.publishing import PublishAll


class OrganisationMenu:
    """Adds the Organisation menu to the workshop list's window, over the laptop's store."""

    def __init__(
        self, window: QMainWindow, store: Store | None = None, settings: QSettings | None = None
    ) -> None:
        self.window = window
        #: The laptop's store; None while the data folder is still opening (nothing to do yet).
        self.store = store
        #: The workshop chosen in the list, and what to tell the list after a merge (set with
        #: the store, by the window).
        self.selected: Callable[[], int | None] = lambda: None
        self.changed: Callable[[int], None] = lambda _id: None
        self.settings = settings or app_settings()
        menu: QMenu = window.menuBar().addMenu("")
        self.view_action = menu.addAction("")
        self.view_action.triggered.connect(self.open_view)
        self.publish_action = menu.addAction("")
        self.publish_action.triggered.connect(self.publish_all)
        self.merge_action = menu.addAction("")
        self.merge_action.triggered.connect(self.merge_file)
        self.merge_published_action = menu.addAction("")
        self.merge_published_action.triggered.connect(self.merge_published)
        menu.addSeparator()
        self.where_action = menu.addAction("")
        self.where_action.triggered.connect(self.choose_store)

        def words() -> None:
            menu.setTitle(translate("Organisation", "&Organisation"))
            self.view_action.setText(translate("Organisation", "Organisation &view…"))
            self.publish_action.setText(translate("Organisation", "&Publish all…"))
            self.merge_action.setText(translate("Organisation", "&Merge a workshop file…"))
            self.merge_published_action.setText(
                translate("Organisation", "Merge the &newest published copy…")
            )
            self.where_action.setText(translate("Organisation", "Organisation &store…"))

        on_language_change(menu, words)
        self.windows: list[object] = []
        # "Publish all" under way, if it is.
        self.publishing: PublishAll | None = None

    def url(self) -> str:
        """The organisation store's URL: the setting, else the environment, else none."""
        return saved_url(self.settings)

    def choose_store(self) -> None:
        """Settings, with the cursor in the organisation store's address."""
        from coprod_desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.window, settings=self.settings, organisation_first=True).exec()

    def merge_file(self) -> None:
        """Merge another laptop's copy (a workshop file) into the workshop chosen in the list;
        where the two differ, the facilitator chooses in the merge dialog."""
        from coprod_desktop.services.merge import read_copy

        title = translate("Organisation", "Merge a workshop file")
        workshop_id = self._chosen_workshop(title)
        if workshop_id is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, title, "", translate("Organisation", "Workshop files (*.coprod)")
        )
        if chosen:
            self._merge(title, workshop_id, lambda _service: (read_copy(Path(chosen)), None, None))

    def merge_published(self) -> None:
        """Merge the organisation store's newest revision of the workshop chosen in the list
        (someone published an edit of it since): differences are shown for a choice, and the
        next publish names that revision as its parent."""
        title = translate("Organisation", "Merge the newest published copy")
        workshop_id = self._chosen_workshop(title)
        if workshop_id is None:
            return
        if not self.url():
            tell(self.window, QMessageBox.Icon.Information, title, translate(
                "Organisation",
                "Choose the organisation store first (Organisation → Organisation store…).",
            ))  # fmt: skip
            return

        def fetch(service: MergeService) -> tuple[Workshop, Workshop | None, int | None]:
            organisation = self._organisation()
            try:
                copy = service.published_copy(workshop_id, organisation)
            finally:
                organisation.close()
            return copy.theirs, copy.base, copy.revision

        if self._merge(title, workshop_id, fetch):
            tell(self.window, QMessageBox.Icon.Information, title, translate(
                "Organisation", "Publish it again to share the merged workshop."
            ))  # fmt: skip

    def _chosen_workshop(self, title: str) -> int | None:
        workshop_id = self.selected()
        if self.store is None or workshop_id is None:
            tell(self.window, QMessageBox.Icon.Information, title, translate(
                "Organisation", "Choose the workshop to merge into in the list first."
            ))  # fmt: skip
            return None
        return workshop_id

    def _merge(
        self,
        title: str,
        workshop_id: int,
        fetch: Callable[[MergeService], tuple[Workshop, Workshop | None, int | None]],
    ) -> bool:
        """Fetch the other copy, show the differences for a choice, merge; True when merged."""
        from coprod_desktop.services.merge import MergeService
        from coprod_desktop.ui.organisation.merge_dialog import MergeDialog

        assert self.store is not None
        service = MergeService(self.store)
        try:
            theirs, base, revision = fetch(service)
            preview = service.preview(workshop_id, theirs, base)
            choices: dict[str, Side] = {}
            if preview.differences:
                dialog = MergeDialog(preview, self.window)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return False
                choices = dialog.choices()
            merged = service.apply(
                workshop_id, theirs, choices, base=base, published_revision=revision
            )
        except CoprodError as exc:
            tell(self.window, QMessageBox.Icon.Warning, title, error_text(exc))
            return False
        self.changed(workshop_id)
        tell(self.window, QMessageBox.Icon.Information, title, translate(
            "Organisation", "Merged into “{title}”: {count} ratings."
        ).format(title=merged.title, count=merged.ratings_recorded))  # fmt: skip
        return True

    def _organisation(self) -> OrganisationStore:
        from coprod_desktop.storage.organisation_store import open_organisation_store

        return open_organisation_store(checked_url(self.url(), allows_plaintext(self.settings)))

    def open_view(self) -> None:
        """The organisation view over the organisation store, or this laptop's workshops."""
        from coprod_desktop.services.exports import ExportService
        from coprod_desktop.services.organisation_view import OrganisationView
        from coprod_desktop.ui.organisation.window import OrganisationWindow

        if self.store is None:
            return
        organisation = None
        try:
            if self.url():
                organisation = self._organisation()
                view = OrganisationView.of_organisation(organisation)
            else:
                view = OrganisationView.of_laptop(self.store)
            shown = OrganisationWindow(view, ExportService(self.store), self.window)
        except CoprodError as exc:
            if organisation is not None:
                organisation.close()
            tell(self.window, QMessageBox.Icon.Warning,
                 translate("Organisation", "Organisation view"), error_text(exc))  # fmt: skip
            return
        shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if organisation is not None:  # its connections end with the window
            shown.destroyed.connect(organisation.close)
        shown.show()

    def publish_all(self) -> None:
        """Publish every workshop on this laptop, off the UI thread, with a progress bar and
        Cancel (``ui/organisation/publishing.py``)."""
        from coprod_desktop.ui.organisation.publishing import PublishAll

        title = translate("Organisation", "Publish all")
        if self.store is None:
            return
        if self.publishing is not None:  # one at a time: show the one under way
            self.publishing.progress.show()
            return
        if not self.url():
            tell(self.window, QMessageBox.Icon.Information, title, translate(
                "Organisation",
                "Choose the organisation store first (Organisation → Organisation store…).",
            ))  # fmt: skip
            return
        try:
            where = checked_url(self.url(), allows_plaintext(self.settings))
        except CoprodError as exc:
            tell(self.window, QMessageBox.Icon.Warning, title, error_text(exc))
            return
        self.publishing = PublishAll(self.window, self.store.path, where)
        for ended in (self.publishing.finished, self.publishing.failed, self.publishing.cancelled):
            ended.connect(self._published)
        self.publishing.start()

    def _published(self, *_outcome: object) -> None:
        if self.publishing is not None:
            self.publishing.deleteLater()
            self.publishing = None
