"""The report's own words in each language it speaks: English (the source) and Welsh.

A report is in its workshop's language, which is its framework's (``Framework.language``), so a
Welsh workshop prints Welsh headings around its Welsh statements. The report cannot use Qt's
translators (it never imports Qt), so this is a plain catalogue: the English text is the key,
``{0}``, ``{1}`` … are filled in afterwards with ``str.format``. Sections call ``kit.say(text)``.
A text missing from a language prints in English (a test keeps the Welsh catalogue complete).
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from coprod_desktop.report.organisation_words import ORGANISATION_CY
from coprod_desktop.report.results_words import RESULTS_CY
from coprod_desktop.wording.dates import long_date

_CY: dict[str, str] = {
    # page furniture, cover
    "Page {0} of {1}": "Tudalen {0} o {1}",
    "Co-production readiness report": "Adroddiad parodrwydd cyd-gynhyrchu",
    "Co-production readiness: results and training needs": (
        "Parodrwydd i gyd-gynhyrchu: canlyniadau ac anghenion hyfforddi"
    ),
    "Assessment form": "Ffurflen asesu",
    "Organisation": "Sefydliad",
    "Locality": "Ardal",
    "Venue": "Lleoliad",
    "Date": "Dyddiad",
    "Facilitator": "Hwylusydd",
    "Purpose": "Diben",
    "Framework": "Fframwaith",
    "Participants": "Cyfranogwyr",
    "Groups": "Grwpiau",
    "Follow-up to": "Gweithdy dilynol i",
    "not recorded": "heb ei gofnodi",
    "no date set": "dim dyddiad wedi'i osod",
    "Made with CoProd Desktop {0}.": "Wedi'i wneud gyda CoProd Desktop {0}.",
    "{0} (version {1})": "{0} (fersiwn {1})",
    " — {0} participants": " — {0} o gyfranogwyr",
    " ({0} participants)": " ({0} o gyfranogwyr)",
    "{0} participants": "{0} o gyfranogwyr",
    "{0} in total": "{0} i gyd",
    "This report shows what each group said about where it is now and where it needs to be, "
    "the training needs that follow, and where groups differ most. The "
    "facilitator's private notes are never included.": (
        "Mae'r adroddiad hwn yn dangos beth ddywedodd pob grŵp am ble mae nawr a ble mae angen "
        "iddo fod, yr anghenion hyfforddi sy'n dilyn, a ble mae'r grwpiau'n gwahaniaethu fwyaf. "
        "Nid yw nodiadau preifat yr hwylusydd byth yn cael eu cynnwys."
    ),
    "Contents": "Cynnwys",
    "Planning: find barriers": "Cynllunio: canfod rhwystrau",
    "Live self-assessment": "Hunanasesiad byw",
    "Training-needs review": "Adolygiad anghenion hyfforddi",
    # summary
    "Summary": "Crynodeb",
    "{0} groups": "{0} grŵp",
    " ({0} people)": " ({0} o bobl)",
    " rated {0} items on a scale from {1} ({2}) to {3} ({4}). {5} of {6} ratings are recorded "
    "({7:.0%}); {8} training needs were found.": (
        " wedi sgorio {0} eitem ar raddfa o {1} ({2}) i {3} ({4}). Mae {5} o {6} sgôr wedi'u "
        "cofnodi ({7:.0%}); cafwyd {8} angen hyfforddi."
    ),
    "Stages": "Camau",
    "Stage": "Cam",
    "Group": "Grŵp",
    "Placed itself at": "Wedi'i osod ei hun ar",
    "Aims for": "Yn anelu at",
    "Indicative stage": "Cam dangosol",
    "Needs": "Angen",  # a narrow number column
    "not set": "heb ei osod",
    "not yet": "ddim eto",
    "not placed": "heb ei osod",
    " ({0} of {1} items)": " ({0} o {1} eitem)",
    "The indicative stage is the highest stage whose required levels the group's ratings "
    "already meet; it is a prompt for discussion beside the stage the group chose, not a "
    "verdict (see the method note).": (
        "Y cam dangosol yw'r cam uchaf y mae sgorau'r grŵp eisoes yn cyrraedd ei lefelau "
        "gofynnol; mae'n sbardun i drafod ochr yn ochr â'r cam a ddewisodd y grŵp, nid dyfarniad "
        "(gweler y nodyn ar y dull)."
    ),
    "Top training needs across groups": "Prif anghenion hyfforddi ar draws grwpiau",
    "Item": "Eitem",
    "Groups with the need": "Grwpiau sydd â'r angen",
    "Largest gap": "Bwlch mwyaf",
    "Split": "Hollt",  # a narrow number column
    "No training needs: every rating is at or above the level needed.": (
        "Dim anghenion hyfforddi: mae pob sgôr ar y lefel sydd ei hangen neu'n uwch."
    ),
    "Differences between groups": "Gwahaniaethau rhwng grwpiau",
    "All differences between groups": "Pob gwahaniaeth rhwng grwpiau",
    "Lowest": "Isaf",
    "Highest": "Uchaf",
    "Apart": "Rhyngddynt",
    "… and {0} more: see Across groups.": "… a {0} arall: gweler Ar draws grwpiau.",
    "No item's ratings are two or more levels apart between groups.": (
        "Nid oes sgorau unrhyw eitem ddwy lefel neu fwy ar wahân rhwng grwpiau."
    ),
    # group
    "Group: {0}": "Grŵp: {0}",
    "{0} of {1} items assessed": "{0} o {1} eitem wedi'u hasesu",
    "{0} training needs": "{0} angen hyfforddi",
    "{0} without a needed level": "{0} heb lefel angenrheidiol",
    "{0} assessed items have no needed level, so their training needs cannot be worked out. "
    "Set the group's aim stage, or choose the needed levels.": (
        "Nid oes lefel angenrheidiol gan {0} eitem a aseswyd, felly ni ellir cyfrifo eu "
        "hanghenion hyfforddi. Gosodwch gam nod y grŵp, neu dewiswch y lefelau angenrheidiol."
    ),
    "needed level filled in from the framework for the group's aim stage, not chosen by the "
    "group": (
        "lefel angenrheidiol wedi'i llenwi o'r fframwaith ar gyfer cam nod y grŵp, nid wedi'i "
        "dewis gan y grŵp"
    ),
    "{0} assessed ratings have no needed level, so their training needs are not counted: set "
    "each group's aim stage, or choose the needed levels.": (
        "Nid oes lefel angenrheidiol gan {0} sgôr a aseswyd, felly nid yw eu hanghenion "
        "hyfforddi wedi'u cyfrif: gosodwch gam nod pob grŵp, neu dewiswch y lefelau "
        "angenrheidiol."
    ),
    "In this workshop {0} needed levels were chosen by the groups and {1} were filled in from "
    "the framework for the group's aim stage (marked †); for {2} this was not recorded.": (
        "Yn y gweithdy hwn dewiswyd {0} lefel angenrheidiol gan y grwpiau a llenwyd {1} o'r "
        "fframwaith ar gyfer cam nod y grŵp (wedi'u nodi †); ar gyfer {2} ni chofnodwyd hyn."
    ),
    "{0} split": "{0} rhanedig",
    "{0} skipped": "{0} wedi'u hepgor",
    "Indicative stage from the ratings": "Cam dangosol o'r sgorau",
    "No item is assessed yet, so there is no indicative stage.": (
        "Nid oes unrhyw eitem wedi'i hasesu eto, felly nid oes cam dangosol."
    ),
    "The ratings meet the required levels of every stage.": (
        "Mae'r sgorau'n cyrraedd lefelau gofynnol pob cam."
    ),
    "Now": "Nawr",
    "Needed for {0}": "Angen ar gyfer {0}",
    "Gap": "Bwlch",
    "By area": "Fesul maes",
    # inside the charts (charts/words.py)
    "now {value}": "nawr {value}",
    "needed {value}": "angen {value}",
    "{title}: now {now}, needed {needed}": "{title}: nawr {now}, angen {needed}",
    "Level now:": "Lefel nawr:",
    "split view": "barn ranedig",
    "skipped": "hepgorwyd",
    "not rated": "heb ei sgorio",
    "n  difference between groups: their own ratings are n levels apart; "
    "the lowest and highest cells are outlined": (
        "n  gwahaniaeth rhwng grwpiau: mae eu sgorau eu hunain n lefel ar wahân; "
        "amlinellir y celloedd isaf ac uchaf"
    ),
    "{title}: current level of {groups} groups on {items} items": (
        "{title}: lefel bresennol {groups} grŵp ar {items} eitem"
    ),
    "differences between groups on {codes}": "gwahaniaethau rhwng grwpiau ar {codes}",
    "By principle": "Fesul egwyddor",
    "Profile": "Proffil",
    "Area": "Maes",
    "Principle": "Egwyddor",
    "Items": "Eitemau",
    "Assessed": "Wedi'u hasesu",
    "Mean now": "Cymedr nawr",
    "Mean needed": "Cymedr angenrheidiol",
    "Mean gap": "Cymedr y bwlch",
    "Training needs by priority": "Anghenion hyfforddi yn ôl blaenoriaeth",
    "A need from a split view is less certain: the group did not agree on it.": (
        "Mae angen o farn ranedig yn llai sicr: nid oedd y grŵp yn cytuno arno."
    ),
    "<i>Split view: less certain</i>": "<i>Barn ranedig: llai sicr</i>",
    "Needed": "Angen",
    "Suggested development activities": "Gweithgareddau datblygu a awgrymir",
    "Training": "Hyfforddiant",
    "Reading": "Darllen",
    "Practice": "Ymarfer",
    "Shadowing": "Cysgodi",
    "Asset mapping": "Mapio asedau",
    "Peer support": "Cymorth gan gymheiriaid",
    "Coaching": "Hyfforddi unigol",
    "Mentoring": "Mentora",
    "Notes for the room": "Nodiadau i'r ystafell",
    "Note": "Nodyn",
    "Split views": "Barnau rhanedig",
    "Items the group could not agree on. Votes are dots per level. Now is the median of the "
    "dots: the middle dot when all are lined up from the lowest level to the highest (half-way "
    "between two levels counts as the higher). Dots on Now agree with it; dots elsewhere are on "
    "other levels: the minority, whose view the note keeps. With no dots, Now is the group's "
    "working view.": (
        "Eitemau na allai'r grŵp gytuno arnynt. Dotiau fesul lefel yw'r pleidleisiau. Nawr yw "
        "canolrif y dotiau: y dot canol pan fydd pob un wedi'i osod o'r lefel isaf i'r uchaf "
        "(mae hanner ffordd rhwng dwy lefel yn cyfrif fel yr uchaf). Mae dotiau ar Nawr yn "
        "cytuno ag ef; mae dotiau mewn man arall ar lefelau eraill: y lleiafrif, y mae'r nodyn "
        "yn cadw ei farn. Heb ddotiau, Nawr yw barn weithredol y grŵp."
    ),
    "Votes (level: dots)": "Pleidleisiau (lefel: dotiau)",
    "Median": "Canolrif",
    "Range": "Amrediad",
    "Dots on Now": "Dotiau ar Nawr",
    "Dots elsewhere": "Dotiau mewn man arall",
    "{0} (so {1})": "{0} (felly {1})",
    "Minority view": "Barn y lleiafrif",
    "{0} dots": "{0} dot",
    "not yet at the first stage": "ddim eto ar y cam cyntaf",
    " (from {0} of {1} items)": " (o {0} o {1} eitem)",
    "no items assessed yet": "dim eitemau wedi'u hasesu eto",
    "not enough ratings yet": "dim digon o sgorau eto",
    "A stage is shown once {0} of the {1} items are assessed; {2} are so far.": (
        "Dangosir cam pan fo {0} o'r {1} eitem wedi'u hasesu; mae {2} hyd yn hyn."
    ),
    "Below the level for {0} but within the tolerance: {1}.": (
        "Islaw'r lefel ar gyfer {0} ond o fewn y goddefiant: {1}."
    ),
    "Meets {0} of the {1} items needed for {2}.": (
        "Yn cyrraedd {0} o'r {1} eitem sydd eu hangen ar gyfer {2}."
    ),
    "{0} needs every principle to meet it; not yet: {1}.": (
        "Mae {0} angen i bob egwyddor ei gyrraedd; ddim eto: {1}."
    ),
    "Holding the group back from {0}, these {1} items need to rise:": (
        "Yn dal y grŵp yn ôl rhag {0}, mae angen i'r {1} eitem hyn godi:"
    ),
    # across groups
    "Across groups": "Ar draws grwpiau",
    "Each cell is the level a group said it is at now. A star and hatching mark a split view; "
    "a diamond marks one of the largest differences between groups, where their own ratings "
    "of an item are two or more levels apart, and outlines its lowest and highest cells.": (
        "Pob cell yw'r lefel y dywedodd grŵp ei fod arni nawr. Mae seren a llinellau croes yn "
        "dangos barn ranedig; mae diemwnt yn dangos un o'r gwahaniaethau mwyaf rhwng grwpiau, "
        "lle mae eu sgorau eu hunain am eitem ddwy lefel neu fwy ar wahân, ac yn amlinellu ei "
        "chelloedd isaf ac uchaf."
    ),
    "Needs shared by several groups": "Anghenion a rennir gan sawl grŵp",
    "No training need is shared by two or more groups.": (
        "Nid oes angen hyfforddi a rennir gan ddau grŵp neu fwy."
    ),
    "Level now, by group": "Lefel nawr, fesul grŵp",
    "Whole workshop": "Y gweithdy cyfan",
    # actions
    "Actions and parking lot": "Camau gweithredu a maes parcio",
    "Actions": "Camau gweithredu",
    "Parking lot": "Maes parcio",
    "No actions were recorded.": "Ni chofnodwyd unrhyw gamau gweithredu.",
    "The parking lot is empty.": "Mae'r maes parcio'n wag.",
    "What": "Beth",
    "Who": "Pwy",
    "By": "Erbyn",
    "Status": "Statws",
    "Question or topic to come back to": "Cwestiwn neu bwnc i ddod yn ôl ato",
    "Done": "Wedi'i wneud",
    "Open": "Ar agor",
    # follow-up
    "Follow-up: distance travelled": "Gwaith dilynol: y pellter a deithiwyd",
    "Compared with the baseline workshop “{0}”. Change is the level now minus the level at the "
    "baseline, over the items both workshops assessed: a plus sign is progress.": (
        "O'i gymharu â'r gweithdy sylfaen “{0}”. Newid yw'r lefel nawr llai'r lefel yn y "
        "sylfaen, dros yr eitemau a aseswyd gan y ddau weithdy: mae arwydd plws yn golygu cynnydd."
    ),
    "By group": "Fesul grŵp",
    "Baseline group": "Grŵp sylfaen",
    "Then": "Bryd hynny",
    "Change": "Newid",
    "Up · same · down": "I fyny · yr un fath · i lawr",
    "Indicative stage then → now": "Cam dangosol bryd hynny → nawr",
    "No group could be matched with a group of the baseline.": (
        "Nid oedd modd paru unrhyw grŵp â grŵp o'r sylfaen."
    ),
    "New since the baseline, so not compared: {0}.": (
        "Newydd ers y sylfaen, felly heb eu cymharu: {0}."
    ),
    "In the baseline but not here: {0}.": "Yn y sylfaen ond nid yma: {0}.",
    " (by name)": " (yn ôl enw)",
    "By area, all groups": "Fesul maes, pob grŵp",
    "Items compared": "Eitemau a gymharwyd",
    "Mean then": "Cymedr bryd hynny",
    "Items that changed": "Eitemau a newidiodd",
    "Gap then": "Bwlch bryd hynny",
    "Gap now": "Bwlch nawr",
    "{0} other items compared did not change.": "Ni newidiodd {0} eitem arall a gymharwyd.",
    # appendix
    "Appendix": "Atodiad",
    "Required level by stage in the framework: {0}.": (
        "Lefel ofynnol fesul cam yn y fframwaith: {0}."
    ),
    "Code": "Cod",
    "Statement": "Datganiad",
    "Rating scale": "Graddfa sgorio",
    "Level": "Lefel",
    "Label": "Label",
    "What it means": "Beth mae'n ei olygu",
    "Principles": "Egwyddorion",
    "Method note": "Nodyn ar y dull",
    "Each group agreed, for each item, the level it is at now. The level it needs to be at was "
    "either chosen by the group or filled in from the framework for the stage the group aims "
    "at. The gap is the level needed minus the level now; a gap of 1 or more is a training need. "
    "Where a group could not agree, its view is recorded as split, with the dot vote behind "
    "it, and needs from split views are marked as less certain: dissent is information, not "
    "noise.": (
        "Cytunodd pob grŵp, ar gyfer pob eitem, y lefel y mae arni nawr. Cafodd y lefel y mae "
        "angen iddo fod arni naill ai ei dewis gan y grŵp neu ei llenwi o'r fframwaith ar gyfer "
        "y cam y mae'r grŵp yn anelu ato. Y bwlch yw'r lefel sydd ei hangen llai'r lefel nawr; "
        "mae bwlch o 1 neu fwy yn angen hyfforddi. Lle nad oedd grŵp yn gallu cytuno, cofnodir "
        "ei farn fel un ranedig, gyda'r bleidlais ddotiau y tu ôl iddi, ac mae anghenion o "
        "farnau rhanedig wedi'u nodi'n llai sicr: gwybodaeth yw anghytuno, nid sŵn."
    ),
    "Means in profiles are over the items that have the value. In a follow-up, groups are "
    "matched with the baseline by their key, then by name, and change is compared over the "
    "items both workshops assessed.": (
        "Mae cymedrau mewn proffiliau dros yr eitemau sydd â'r gwerth. Mewn gweithdy dilynol, "
        "caiff grwpiau eu paru â'r sylfaen yn ôl eu hallwedd, yna yn ôl enw, a chymharir newid "
        "dros yr eitemau a aseswyd gan y ddau weithdy."
    ),
    "Notes the room asked to keep are printed with the ratings. The facilitator's private "
    "notes are never printed in this report or included in the data exports.": (
        "Mae nodiadau y gofynnodd yr ystafell i'w cadw wedi'u hargraffu gyda'r sgorau. Nid yw "
        "nodiadau preifat yr hwylusydd byth yn cael eu hargraffu yn yr adroddiad hwn na'u "
        "cynnwys yn yr allforion data."
    ),
    # blank form
    "For each item, tick the level the group is at now and the level it needs to be at, and "
    "whether the group agreed, stayed split or skipped it. For a split view, write the dots per "
    "level (for example 1:2 2:4 3:3).": (
        "Ar gyfer pob eitem, ticiwch y lefel y mae'r grŵp arni nawr a'r lefel y mae angen iddo "
        "fod arni, ac a oedd y grŵp yn cytuno, yn parhau'n rhanedig neu wedi'i hepgor. Ar gyfer "
        "barn ranedig, ysgrifennwch y dotiau fesul lefel (er enghraifft 1:2 2:4 3:3)."
    ),
    "Scale: {0}": "Graddfa: {0}",
    "agreed": "cytuno",
    "split": "rhanedig",
    "skip": "hepgor",
    "Dots (split)": "Dotiau (rhanedig)",
    "Stage placement": "Lleoliad cam",
    "Stages: {0}": "Camau: {0}",
    "Why (in the group's words)": "Pam (yng ngeiriau'r grŵp)",
    "Where we are now": "Ble rydym ni nawr",
    "Where we aim to be": "Ble rydym yn anelu i fod",
}

#: Each language's words, by their English text (English needs none: it is the source).
CATALOGUES: MappingProxyType[str, MappingProxyType[str, str]] = MappingProxyType(
    {"cy": MappingProxyType({**_CY, **ORGANISATION_CY, **RESULTS_CY})}
)


def say(english: str, language: str) -> str:
    """``english`` in ``language`` (a framework's language code, e.g. "cy"); English if the
    language or the text has no entry."""
    catalogue = CATALOGUES.get(_base(language))
    return catalogue.get(english, english) if catalogue is not None else english


def _base(language: str) -> str:
    """The language without its region: "cy_GB" and "cy-GB" are "cy"."""
    return language.replace("-", "_").split("_", maxsplit=1)[0].lower()


def long_date_in(day: dt.date | None, language: str) -> str:
    """``day`` written out, e.g. "12 November 2026" or "12 Tachwedd 2026" (the month names are
    in the one catalogue per language: ``wording/dates.py``)."""
    if day is None:
        return say("no date set", language)
    return long_date(day, _base(language))
