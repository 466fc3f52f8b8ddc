"""The PDF report, read back: everything the room said is there, exactly as typed; private
notes never are; fonts are embedded."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from coprod_desktop.domain.analysis import items_in_scope
from coprod_desktop.domain.framework import Framework, Stage
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.results import analyse
from coprod_desktop.domain.workshop import Action, Group, ParkingLotEntry, StagePlacement, Workshop
from coprod_desktop.report.blank_form import BlankFormRenderer
from coprod_desktop.report.options import Paper
from coprod_desktop.report.pdf import ReportRenderer
from coprod_desktop.report.sections.group import HOLDING_BACK, TOP_NEEDS
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.report.helpers import descriptor, flat, fonts, page_texts, pdf_text, reader

HOSTILE = '<b>R&D</b> <img src="x">'
SCRIPTS = "Tŷ Newydd ŵ ŷ · Łódź ł · Ωμέγα Ω · Жизнь Ж"


@pytest.fixture
def demo(store: Store, demo_id: int) -> Workshop:
    return WorkshopService(store).get(demo_id)


@pytest.fixture(scope="session")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The demo workshop's report, built once for the whole test session."""
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.demo import create_demo

    folder = open_data_folder(tmp_path_factory.mktemp("demo-report") / "data")
    try:
        return ExportService(folder.store).report_pdf(create_demo(folder.store))
    finally:
        folder.close()


def test_the_summary_says_all_groups_for_a_need_every_group_has(
    demo: Workshop, demo_pdf: bytes
) -> None:
    from coprod_desktop.domain.analysis import shared_needs
    from coprod_desktop.report.sections.summary import TOP_NEEDS as SUMMARY_NEEDS

    summary = flat(page_texts(demo_pdf)[0])
    ranked = shared_needs(analyse(demo).needs, demo, at_least=1)[:SUMMARY_NEEDS]
    everyone = [s for s in ranked if len(s.group_keys) == len(demo.groups)]
    assert everyone, "the demo has a need every group shares"
    for s in ranked:
        row = flat(demo.framework.item(s.item_code).text)
        if s in everyone:
            assert re.search(rf"{re.escape(row)} All 4 groups {s.largest_gap}\b", summary)
        else:
            names = ", ".join(demo.group(k).name for k in s.group_keys)
            assert names in summary and "All 4" not in names


def test_every_item_level_gap_note_action_and_heading_is_in_the_demo_report(
    demo: Workshop, demo_pdf: bytes
) -> None:
    text = pdf_text(demo_pdf)
    results = analyse(demo)
    for heading in (
        "Summary",
        "Where each group is",
        "Top training needs",
        "Strengths to share",
        "Across groups",
        "Actions and parking lot",
        "Actions",
        "Parking lot",
        "Appendix",
        "Ratings item by item",
        "Split views",
        "Notes for the room",
        "Rating scale",
        "Stages",
        "Principles",
        "Method note",
    ):
        assert heading in text, heading
    for r in results.groups:
        assert f"Group: {r.group.name}" in text
        assert flat(r.group.placement.note) in text
        page = text.split(f"Group: {r.group.name}", 1)[1].split("Group: ", 1)[0]
        for heading in ("Stage", "Profile", "Top training needs"):
            assert heading in page
        for n in r.needs[:TOP_NEEDS]:  # the top needs, with a suggested activity
            item = demo.framework.item(n.item_code)
            assert flat(item.text) in page
            assert flat(item.activities[0].text) in page
            needed = f"{n.required}{'†' if n.filled_in else ''}"
            row = f"{flat(item.activities[0].text)}"
            assert re.search(
                rf"{re.escape(row)}( Could learn from: [^0-9]+)? {n.current} {needed} {n.gap} "
                rf"{n.shared_by}",
                page,
            ), (r.group.name, n.item_code)
        for x in r.stage.holding_back[:HOLDING_BACK]:
            row = f"{flat(demo.framework.item(x.item_code).text)} {x.current} {x.required} {x.gap}"
            assert row in page
        for note in r.notes:
            assert flat(note.text) in text
    appendix = text.split("Ratings item by item", 1)[1]
    for item in items_in_scope(demo):  # every rating of every group, in the appendix
        cells = " ".join(rating_cell(g.ratings.get(item.code)) for g in demo.groups)
        assert f"{item.code} {flat(item.text)} {cells}" in appendix, item.code
    for action in demo.actions:
        assert flat(action.what) in text and flat(action.who) in text
    for entry in demo.parking_lot:
        assert flat(entry.text) in text
    for level in demo.framework.scale.levels:
        assert f"{level.level} {level.label}" in text


def rating_cell(rating: Rating | None) -> str:
    """A rating as the appendix prints it: now → needed, a star on a split view."""
    if rating is None:
        return "–"
    if rating.status is RatingStatus.SKIPPED or rating.current_level is None:
        return "skip"
    split = "*" if rating.status is RatingStatus.SPLIT else ""
    needed = rating.required_level if rating.required_level is not None else "–"
    return f"{rating.current_level}{split} → {needed}"


def test_private_notes_never_appear(demo: Workshop, demo_pdf: bytes) -> None:
    private = [r.private_note for g in demo.groups for r in g.ratings.values() if r.private_note]
    assert len(private) >= 2  # the demo has some: the test means something
    text = pdf_text(demo_pdf)
    for note in private:
        assert flat(note) not in text
        assert flat(note)[:30] not in text


def test_pages_are_numbered_and_every_section_is_bookmarked(
    demo: Workshop, demo_pdf: bytes
) -> None:
    pages = page_texts(demo_pdf)
    total = len(pages)
    assert "Page 1 of" not in pages[0]  # the summary page carries no furniture
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page {number} of {total}" in page
    pdf = reader(demo_pdf)
    assert pdf.metadata is not None and str(pdf.metadata.title) == (
        f"{demo.title}: Co-production readiness report"
    )
    catalogue = pdf.root_object
    assert str(catalogue.get("/Lang")) == "en" and str(catalogue.get("/PageMode")) == "/UseOutlines"
    assert catalogue["/ViewerPreferences"]["/DisplayDocTitle"]  # type: ignore[index]
    titles = [o.title for o in pdf.outline if not isinstance(o, list)]
    for title in ("Summary", "Across groups", "Actions and parking lot", "Appendix"):
        assert title in titles
    for group in demo.groups:
        assert f"Group: {group.name}" in titles


def test_fonts_are_embedded_dejavu(demo_pdf: bytes) -> None:
    used = fonts(demo_pdf)
    assert any("DejaVuSans" in name for name in used)
    for name, font in used.items():
        assert "DejaVu" in name, f"unexpected font {name}"
        desc = descriptor(font)
        assert desc is not None and "/FontFile2" in desc, name


def test_a4_by_default_and_letter_on_request(demo: Workshop) -> None:
    a4 = reader(ReportRenderer().render(demo)).pages[0].mediabox
    letter = reader(ReportRenderer(Paper.LETTER).render(demo)).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def hostile_workshop(framework: Framework) -> Workshop:
    codes = ("K1", "K3", "H1")
    hostile_note = f"{HOSTILE} & {SCRIPTS}"
    g1 = Group(
        key="g1",
        name=f"Grŵp {HOSTILE}",
        participant_count=5,
        placement=StagePlacement(Stage.CO_DESIGN, Stage.CO_DELIVERY, note=f"Aim: {HOSTILE}"),
        ratings={
            "K1": Rating(
                item_code="K1",
                current_level=1,
                required_level=4,
                note=hostile_note,
                private_note=f"SECRET {HOSTILE}",
            ),
            "K3": Rating(
                item_code="K3",
                status=RatingStatus.SPLIT,
                current_level=2,
                required_level=3,
                tally=Tally({1: 2, 2: 2, 4: 1}),
                note="Łukasz & Ωmega <i>minority</i>",
            ),
        },
    )
    g2 = Group(key="g2", name="Жители", ratings={"K1": Rating(item_code="K1", current_level=4)})
    return Workshop(
        uid="w-hostile",
        title=f"Gweithdy {HOSTILE}",
        framework=framework,
        item_codes=codes,
        groups=(g1, g2),
        organisation="Cyngor Tŷ & <Co>",
        locality="Łódź",
        venue="Ωδείο",
        held_on=dt.date(2026, 3, 1),
        facilitator="Жанна",
        actions=(Action(what=f"Book room {HOSTILE}", who="Łucja", group_key="g1"),),
        parking_lot=(ParkingLotEntry(text=f"Ask about {SCRIPTS}"),),
    )


def test_hostile_markup_and_other_scripts_print_exactly_as_typed(
    default_framework: Framework,
) -> None:
    w = hostile_workshop(default_framework)
    text = pdf_text(ReportRenderer().render(w))
    for typed in (
        f"Gweithdy {HOSTILE}",
        f"Grŵp {HOSTILE}",
        f"Aim: {HOSTILE}",
        f"{HOSTILE} & {SCRIPTS}",
        "Łukasz & Ωmega <i>minority</i>",
        f"Book room {HOSTILE}",
        f"Ask about {SCRIPTS}",
        "Cyngor Tŷ & <Co>",
        "Жители",
        "Жанна",
    ):
        assert flat(typed) in text, typed
    assert "SECRET" not in text


def test_follow_up_report_shows_distance_travelled(
    store: Store, demo_id: int, demo: Workshop
) -> None:
    service = WorkshopService(store)
    g = demo.groups[0]
    better = {
        code: dataclasses.replace(r, current_level=min(5, r.current_level + 1))
        if r.current_level is not None and r.status is not RatingStatus.SKIPPED
        else r
        for code, r in g.ratings.items()
    }
    follow = dataclasses.replace(
        demo,
        uid="follow-up-1",
        title="Wenbury: six months on",
        groups=(dataclasses.replace(g, ratings=better), *demo.groups[1:]),
        baseline_uid=demo.uid,
    )
    follow_id = service.add(follow)
    text = pdf_text(ExportService(store).report_pdf(follow_id))
    assert "Follow-up: distance travelled" in text
    assert f"Compared with the baseline workshop “{demo.title}”" in text
    assert "Items that changed" in text
    assert "+1" in text


def test_progress_is_reported_up_to_done(demo: Workshop) -> None:
    seen: list[float] = []
    ReportRenderer().render(demo, progress=seen.append)
    assert seen and seen[-1] == 1.0
    assert seen == sorted(seen)


def test_blank_form_lists_every_item_scale_and_group(demo: Workshop) -> None:
    data = BlankFormRenderer().render(demo)
    text = pdf_text(data)
    for item in items_in_scope(demo):
        assert flat(item.text) in text
    for g in demo.groups:
        assert f"Assessment form: {g.name}" in text
    for level in demo.framework.scale.levels:
        assert f"{level.level} = {level.label}" in text
    assert "Stage placement" in text
    page = reader(data).pages[0].mediabox
    assert float(page.width) > float(page.height)  # landscape, room to write


def test_report_is_the_same_bytes_for_the_same_workshop(demo: Workshop) -> None:
    first = ReportRenderer().render(demo)
    assert first == ReportRenderer().render(demo)
    assert len(first) > 10_000
