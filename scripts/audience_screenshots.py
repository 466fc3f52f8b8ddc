"""Screenshots of the projector view: the demo workshop, rendered offscreen at projector sizes.

Run: ``.venv/bin/python scripts/audience_screenshots.py`` (writes docs/screenshots/audience-*.png,
and ``-cy`` shots with the app in Welsh).
Every shot is also checked: the script fails if any slide had to overflow its page.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from coprod_desktop.domain.audience import Slide  # noqa: E402
from coprod_desktop.domain.session import RunningOrder  # noqa: E402
from coprod_desktop.resources import resource  # noqa: E402
from coprod_desktop.services.data_folder import open_data_folder  # noqa: E402
from coprod_desktop.services.demo import DEMO_FILE, build_demo, create_demo  # noqa: E402
from coprod_desktop.services.session import LiveSession  # noqa: E402
from coprod_desktop.storage.database import Store  # noqa: E402
from coprod_desktop.storage.repositories import FrameworkRepository, WorkshopRepository  # noqa: E402
from coprod_desktop.ui.audience.themes import readable  # noqa: E402
from coprod_desktop.ui.audience.view import AudienceView  # noqa: E402
from coprod_desktop.ui.i18n import install_language  # noqa: E402
from coprod_desktop.ui.session.controller import SessionController  # noqa: E402
from coprod_desktop.ui.theme import register_fonts  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SMALL = (1024, 768)
LARGE = (1920, 1080)

Setup = Callable[[SessionController], None]


def split_item(c: SessionController) -> None:
    """Service users and carers, item S3: a split view with a tally and a minority note."""
    c.run(c.live.set_running_order, RunningOrder.GROUP_BY_GROUP)
    c.run(c.live.show_slide, Slide.ITEM)
    c.run(c.live.jump, group_key="g1", item_code="S3")
    c.run(c.live.set_easy_read, True)
    c.run(c.live.set_revealed, True)


def item_question(c: SessionController) -> None:
    c.run(c.live.set_running_order, RunningOrder.GROUP_BY_GROUP)
    c.run(c.live.show_slide, Slide.ITEM)
    c.run(c.live.jump, group_key="g1", item_code="K1")
    c.run(c.live.set_easy_read, True)
    c.run(c.live.set_revealed, False)


def all_groups(c: SessionController) -> None:
    """Item by item: every group's result for S4, two of them split."""
    c.run(c.live.set_running_order, RunningOrder.ITEM_BY_ITEM)
    c.run(c.live.show_slide, Slide.ITEM)
    c.run(c.live.jump, group_key="g1", item_code="S4")
    c.run(c.live.set_easy_read, False)
    c.run(c.live.set_revealed, True)


def stages(c: SessionController) -> None:
    c.run(c.live.set_running_order, RunningOrder.GROUP_BY_GROUP)
    c.run(c.live.show_slide, Slide.STAGES)


def summary(c: SessionController) -> None:
    c.run(c.live.set_running_order, RunningOrder.GROUP_BY_GROUP)
    c.run(c.live.jump, group_key="g1", item_code="K1")
    c.run(c.live.show_slide, Slide.GROUP_SUMMARY)


def results(c: SessionController) -> None:
    """Service users and carers: profile, stage placement and top training needs."""
    c.run(c.live.set_running_order, RunningOrder.GROUP_BY_GROUP)
    c.run(c.live.jump, group_key="g1", item_code="K1")
    c.run(c.live.show_slide, Slide.RESULTS)


def strengths(c: SessionController) -> None:
    """Who could help whom, across the demo's four groups."""
    c.run(c.live.show_slide, Slide.STRENGTHS)


def plan(c: SessionController) -> None:
    """The training plan by date, for the close of the day."""
    c.run(c.live.show_slide, Slide.PLAN)


def barriers(c: SessionController) -> None:
    """The barriers still open, for the close of a planning day."""
    c.run(c.live.show_slide, Slide.BARRIERS)


def title(c: SessionController) -> None:
    c.run(c.live.show_slide, Slide.TITLE)


def closing(c: SessionController) -> None:
    c.run(c.live.show_slide, Slide.CLOSING)


SHOTS: list[tuple[str, Setup, tuple[int, int], str]] = [
    ("item-split", split_item, SMALL, "default"),
    ("item-split-page-2", split_item, SMALL, "default"),
    ("results-page-2", results, SMALL, "default"),
    ("results-page-4", results, SMALL, "default"),
    ("item-split", split_item, LARGE, "default"),
    ("item-split", split_item, SMALL, "high_contrast"),
    ("item-split", split_item, LARGE, "high_contrast"),
    ("item-split", split_item, SMALL, "dark"),
    ("item-split", split_item, SMALL, "large_print"),
    # "+dyslexia": the same theme with dyslexia-friendly spacing
    ("item-split", split_item, SMALL, "default+dyslexia"),
    ("item-split", split_item, SMALL, "high_contrast+dyslexia"),
    ("group-summary", summary, SMALL, "default+dyslexia"),
    ("stages", stages, SMALL, "large_print+dyslexia"),
    ("item-question", item_question, SMALL, "default"),
    ("item-all-groups", all_groups, SMALL, "default"),
    ("stages", stages, SMALL, "default"),
    ("stages", stages, LARGE, "default"),
    ("group-summary", summary, SMALL, "default"),
    ("group-summary", summary, LARGE, "default"),
    ("results", results, SMALL, "default"),
    ("results", results, SMALL, "high_contrast"),
    ("results", results, LARGE, "default"),
    ("strengths", strengths, SMALL, "default"),
    ("strengths", strengths, LARGE, "default"),
    ("title", title, SMALL, "default"),
    ("closing", closing, SMALL, "default"),
    ("plan", plan, SMALL, "default"),
    ("plan", plan, LARGE, "default"),
    ("barriers", barriers, SMALL, "default"),
    ("barriers", barriers, LARGE, "default"),
]


#: Shots with the app in Welsh ("-cy"), of the demo on the Welsh framework.
WELSH_SHOTS: list[tuple[str, Setup, tuple[int, int], str]] = [
    ("item-split", split_item, SMALL, "default"),
    ("item-split-page-2", split_item, SMALL, "default"),
    ("stages", stages, SMALL, "default"),
    ("results", results, SMALL, "default"),
    ("strengths", strengths, SMALL, "default"),
    ("plan", plan, SMALL, "default"),
    ("barriers", barriers, SMALL, "default"),
]


def show(view: AudienceView, controller: SessionController, name: str) -> None:
    """Show the controller's slide; a name ending "-page-N" turns to its page N, as the
    facilitator does with Ctrl+Page Down."""
    view.show_state(controller.audience)
    view.grab()
    _, _, page = name.rpartition("-page-")
    for _ in range(int(page) - 1 if page.isdigit() else 0):
        view.next_page()
        view.grab()


def welsh_shots(store: Store, view: AudienceView) -> list[str]:
    """Write the Welsh shots; the names of any that overflowed."""
    spec = json.loads(resource(*DEMO_FILE).read_text(encoding="utf-8"))
    with store.unit_of_work() as session:
        framework = FrameworkRepository(session).get("readiness-default-cy")
        workshop = build_demo(framework, spec, dt.date.fromisoformat(spec["held_on"]))
        workshop_id = WorkshopRepository(session).add(workshop)
    install_language("cy")
    controller = SessionController(LiveSession(store, workshop_id))
    problems = []
    for name, setup, (width, height), theme in WELSH_SHOTS:
        setup(controller)
        view.set_theme(readable(theme, dyslexia_spacing=False))
        view.resize(width, height)
        show(view, controller, name)
        path = OUT / f"audience-{name}-{width}x{height}-{theme}-cy.png"
        if not view.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        fit = "OVERFLOW" if view.overflowed() else "fits"
        print(f"wrote {path.relative_to(ROOT)}  ({fit}, pages {view.page_count()})")
        if view.overflowed():
            problems.append(path.name)
    controller.deleteLater()
    install_language("en")
    return problems


def main() -> None:
    app = QApplication(sys.argv[:1])
    register_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = open_data_folder(Path(scratch) / "data")
        try:
            controller = SessionController(LiveSession(folder.store, create_demo(folder.store)))
            view = AudienceView()
            for name, setup, (width, height), theme in SHOTS:
                setup(controller)
                theme_name, _, spacing = theme.partition("+")
                view.set_theme(readable(theme_name, dyslexia_spacing=spacing == "dyslexia"))
                view.resize(width, height)
                show(view, controller, name)
                image = view.grab()
                shown = theme.replace("_", "-").replace("+", "-")
                path = OUT / f"audience-{name}-{width}x{height}-{shown}.png"
                if not image.save(str(path)):
                    raise SystemExit(f"could not write {path}")
                fit = "OVERFLOW" if view.overflowed() else "fits"
                print(f"wrote {path.relative_to(ROOT)}  ({fit}, pages {view.page_count()})")
                if view.overflowed():
                    problems.append(path.name)
            controller.deleteLater()
            problems += welsh_shots(folder.store, view)
            app.processEvents()
        finally:
            folder.close()
    if problems:
        raise SystemExit(f"overflowing slides: {', '.join(problems)}")


if __name__ == "__main__":
    main()
