"""Screenshots for the docs: the windows built offscreen on a demo store in a temporary folder.

Run: ``.venv/bin/python scripts/screenshots.py`` (writes docs/screenshots/*.png).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget  # noqa: E402

from coprod_desktop.services.data_folder import open_data_folder  # noqa: E402
from coprod_desktop.ui.app_services import AppServices  # noqa: E402
from coprod_desktop.ui.theme import apply_theme  # noqa: E402
from coprod_desktop.ui.workshop_list import WorkshopListWindow  # noqa: E402
from coprod_desktop.ui.workshop_overview import WorkshopOverviewWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)


def save(widget: QWidget, name: str) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT)}")


def main() -> None:
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = open_data_folder(Path(scratch) / "data")
        try:
            services = AppServices.for_folder(folder)
            window = WorkshopListWindow()
            window.resize(*SIZE)
            window.show()
            window.attach(services)
            save(window, "empty-state.png")

            services.add_demo()
            window.workshop_actions.demo.trigger()  # a second copy, then a follow-up of it
            window.workshop_actions.duplicate.trigger()
            assert window.controller is not None and window.page is not None
            window.controller.reload()
            demo = next(s for s in services.workshops.list() if s.ratings_recorded)
            window.page.select_workshop(demo.id)
            save(window, "workshop-list.png")

            overview = WorkshopOverviewWindow(services.workshops.get(demo.id))
            overview.resize(*SIZE)
            overview.show()
            save(overview, "workshop-overview.png")
            overview.close()

            dialog = window.controller.new_workshop()
            assert dialog is not None
            dialog.title_edit.setText("Tenancy support follow-up")
            dialog.organisation_edit.setText("Wenbury Borough Council")
            save(dialog, "new-workshop.png")
            dialog.reject()
            window.close()
            console_shots(services, demo.id)
            welsh_console_shot(services)
            framework_editor_shots(services)
            restore_dialog_shot(Path(scratch) / "damaged")
        finally:
            folder.close()


def console_shots(services: AppServices, workshop_id: int) -> None:
    """The live console on a 1366 × 768 laptop: group by group, then item by item."""
    from coprod_desktop.domain.audience import Slide
    from coprod_desktop.domain.session import RunningOrder
    from coprod_desktop.ui.session.launch import open_console

    console = open_console(services, workshop_id)
    controller = console.controller
    console.resize(1366, 768)
    console.show()
    controller.run(controller.live.jump, group_key="g1", item_code="S3")
    controller.run(controller.live.show_slide, Slide.ITEM)
    controller.run(controller.live.set_revealed, True)
    save(console, "console.png")
    controller.run(controller.live.set_running_order, RunningOrder.ITEM_BY_ITEM)
    controller.run(controller.live.jump, group_key="g3", item_code="H2")
    save(console, "console-item-by-item.png")
    controller.run(controller.live.set_running_order, RunningOrder.GROUP_BY_GROUP)
    console.show_results()
    results = console.results_window
    assert results is not None
    results.resize(1280, 800)
    results.select_group("g1")
    save(results, "results-console.png")
    console.show_plan()
    plan = console.plan_window
    assert plan is not None
    plan.resize(1024, 740)
    plan.table.selectRow(0)
    save(plan, "plan-window.png")
    console.show_barriers()
    barriers = console.barrier_window
    assert barriers is not None
    barriers.resize(1024, 740)
    save(barriers, "barrier-log.png")
    action_shots(console)
    console.close()


def action_shots(console: QWidget) -> None:
    """The console's actions on a 1024 × 768 laptop, and an action opened to change it."""
    from coprod_desktop.ui.console.action_dialog import ActionDialog
    from coprod_desktop.ui.console.window import ConsoleWindow

    assert isinstance(console, ConsoleWindow)
    console.resize(1024, 740)
    panel = console.actions_panel
    console.side_tabs.setCurrentWidget(panel)
    panel.list.setCurrentRow(0)
    save(console, "console-actions-1024x768.png")
    workshop = console.controller.workshop
    dialog = ActionDialog(workshop, workshop.actions[0], 1, console)
    dialog.show()
    save(dialog, "action-dialog.png")
    dialog.close()


def framework_editor_shots(services: AppServices) -> None:
    """Each page of the framework editor on a copy of the default, at 1024 × 768 less a task
    bar."""
    from coprod_desktop.domain.framework import Area
    from coprod_desktop.ui.framework_editor.window import FrameworkEditor

    editor = FrameworkEditor(services.frameworks, services.frameworks.duplicate_with_welsh(
        "readiness-default"))  # fmt: skip
    editor.resize(1000, 688)
    editor.show()
    codes = [i.code for i in editor.draft.items]
    editor.items.list.setCurrentRow(codes.index("K11"))  # an item with its source in the paper
    save(editor, "framework-editor.png")
    area = editor.tabs.currentWidget()
    assert isinstance(area, QScrollArea)
    area.ensureWidgetVisible(editor.item_page.source_quote)  # down to its source
    save(editor, "framework-editor-source.png")
    editor.items.list.setCurrentRow(codes.index("H1"))  # reading a budget: the roles differ
    editor.tabs.setCurrentIndex(1)
    save(editor, "framework-editor-levels.png")
    editor.tabs.setCurrentIndex(2)
    words = editor.words_page
    words.which.setCurrentIndex(words.which.findData(Area.ATTITUDE))
    save(editor, "framework-editor-words.png")
    editor.tabs.setCurrentIndex(3)
    texts = editor.texts_page
    texts.which.setCurrentIndex(texts.which.count() - 3)  # the stage Co-design
    save(editor, "framework-editor-texts.png")
    editor.tabs.setCurrentIndex(4)
    save(editor, "framework-editor-roles.png")
    editor.done(0)


def welsh_console_shot(services: AppServices) -> None:
    """The console in Welsh (the app's language switched, a workshop on the Welsh framework)."""
    from coprod_desktop.domain.audience import Slide
    from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft
    from coprod_desktop.ui.i18n import install_language
    from coprod_desktop.ui.session.launch import open_console

    install_language("cy")
    try:
        draft = WorkshopDraft(
            title="Cymorth tenantiaeth: parodrwydd i gyd-gynhyrchu",
            groups=[
                GroupDraft("Tenantiaid a gofalwyr", 8),
                GroupDraft("Staff rheng flaen", 6),
                GroupDraft("Rheolwyr a chomisiynwyr", 4),
            ],
            framework_key="readiness-default-cy",
            organisation="Cyngor Sir Gwenfro",
        )
        console = open_console(services, services.workshops.create(draft))
        console.resize(1366, 768)
        console.show()
        console.controller.run(console.controller.live.jump, group_key="g1", item_code="S3")
        console.controller.run(console.controller.live.set_current_level, 2)
        console.controller.run(console.controller.live.set_required_level, 4)
        console.controller.run(console.controller.live.show_slide, Slide.ITEM)
        save(console, "console-cy.png")
        console.close()
    finally:
        install_language("en")


def restore_dialog_shot(folder: Path) -> None:
    """The dialog shown when the store is damaged and a good backup is there."""
    from tests.ui.test_restore_dialog import damaged_store_dialog

    dialog = damaged_store_dialog(folder)
    dialog.show()
    save(dialog, "restore-dialog.png")
    dialog.close()


if __name__ == "__main__":
    main()
