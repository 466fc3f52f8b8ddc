"""How each result is worked out, in plain words: the one source text for the report's method
note, the results window's "How is this worked out?" panel, the projector and the guide.

Each rule has a one-line ``summary`` (the projector's words) and its ``paragraphs`` (the
panel, the method note and the guide), in English and Welsh. The numbers come from the
constants the domain works with, so the words cannot drift from the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from coprod_desktop.domain.analysis import DIFFERENCE_LEVELS, LARGEST_DIFFERENCES
from coprod_desktop.domain.cross_rating import PERCEPTION_LEVELS
from coprod_desktop.domain.indicative_stage import COVERAGE_SHARE, TOLERANCE_ONE_IN
from coprod_desktop.domain.strengths import STRONG_LEVELS

_TOP, _BOTTOM = COVERAGE_SHARE
_ONE_IN = TOLERANCE_ONE_IN
_APART, _SHOWN = DIFFERENCE_LEVELS, LARGEST_DIFFERENCES
_SEEN = f"{PERCEPTION_LEVELS:g}"
_STRONG_EN = {2: "two"}.get(STRONG_LEVELS, str(STRONG_LEVELS))
_STRONG_CY = {2: "dwy"}.get(STRONG_LEVELS, str(STRONG_LEVELS))


class Rule(StrEnum):
    """The results a reader may ask about."""

    NEEDED = "needed"
    STAGE = "stage"
    PRIORITY = "priority"
    DIFFERENCES = "differences"
    STRENGTHS = "strengths"
    PERCEPTION = "perception"


@dataclass(frozen=True, slots=True)
class Explanation:
    """A rule in one language: a title, one line for the projector, and paragraphs."""

    title: str
    summary: str
    paragraphs: tuple[str, ...]


_EN: dict[Rule, Explanation] = {
    Rule.NEEDED: Explanation(
        "Where the needed levels come from",
        "† marks a needed level filled in from the framework for the group's aim stage, not "
        "chosen by the group.",
        (
            "For each item a group says the level it is at now and the level it needs to be "
            "at. The group may choose the needed level itself. Where it does not, the needed "
            "level is filled in from the framework, which gives each item a level for each "
            "stage: the level for the stage the group aims at. The framework may give each "
            "group role its own levels (commissioners and service users do not need the same "
            "budget skills); a group with a role then gets its role's level.",
            "Each rating records which it was. A filled-in level is marked † in the results, "
            "on the projector and in the report, so that nobody reads it as the group's own "
            "choice; the method note counts both kinds. Changing a group's aim offers to fill "
            "in again only the levels that were filled in, never the group's own choices, as "
            "one step that Undo takes back.",
            "A group with no aim stage and no needed levels of its own has nothing to compare "
            "with, so its training needs cannot be worked out. The results and the report then "
            "say how many items this affects, instead of reporting no needs: set the group's "
            "aim stage, or choose the needed levels.",
        ),
    ),
    Rule.STAGE: Explanation(
        "The indicative stage",
        f"A stage is shown once {_TOP} in {_BOTTOM} items are assessed; one item in "
        f"{_ONE_IN} may fall short; Full Co-production needs every principle.",
        (
            "The indicative stage compares the group's ratings with the level the framework "
            "gives each item at each stage. An item counts when the group assessed it; "
            "skipped and unrated items do not.",
            f"No stage is shown until the group has assessed at least {_TOP} in every "
            f"{_BOTTOM} of the workshop's items: until then the results say \"not enough "
            'ratings yet".',
            "A group meets a stage when its items are at or above that stage's level, with "
            f"one allowance: one item in every {_ONE_IN} (rounded down) may fall short, by "
            "any amount, so a single low rating cannot sink a group. Those items are still "
            "listed. Full Co-production also needs each of the framework's principles to "
            'meet it on its own, as the paper asks ("most or all of the 4 principles of '
            'co-production are present").',
            "Going up from Active Involvement, the indicative stage is the last stage met "
            "before the first that is not. The results show how many of the next stage's "
            "items the group meets and which items hold it back. Raising a rating can never "
            "lower the stage. The stages are not a strict ladder: this is a prompt for "
            "discussion beside the stage the group placed itself at, not a verdict.",
        ),
    ),
    Rule.PRIORITY: Explanation(
        "The order of training needs",
        "Larger gap first, then needs more groups share; ties take turns across the areas.",
        (
            "A training need is an item where the level the group needs is above the level it "
            "is at now; the gap is the difference. Each group's needs are ranked in one list.",
            "Larger gaps come first, then needs that more groups share. On a five-point scale "
            "many needs tie: then the areas take turns, each giving its next need, so that no "
            "area crowds out the others. In each turn the area with the most to gain (the "
            "largest total gap for the group) goes first; within an area, the lower level now "
            "goes first.",
            "The order never depends on where an item sits in the framework. A need from a "
            "split view is marked as less certain: the group did not agree on it.",
        ),
    ),
    Rule.DIFFERENCES: Explanation(
        "Differences between groups",
        f"Items the groups rate {_APART} or more levels apart, the {_SHOWN} widest shown: "
        "a difference in what groups can do, not in how they see it.",
        (
            f"A difference between groups is an item whose ratings are {_APART} or more levels "
            'apart from one group to another. Each group rates itself ("We can read a '
            'budget"), so this shows a difference in capacity between groups, not a '
            "difference in how they see the same thing.",
            f"The results and the projector show the {_SHOWN} widest; the report marks them all "
            "on its heat maps under Across groups. The widest come first, then the "
            "areas take turns, as for training needs. Where one group is high and another low, "
            "the first may be able to help the second.",
        ),
    ),
    Rule.STRENGTHS: Explanation(
        "Strengths to share",
        f"A group at the top {_STRONG_EN} levels on an item could help a group that needs it "
        "and is below it.",
        (
            f"A group is strong on an item when it rates itself at one of the scale's top "
            f"{_STRONG_EN} levels (4 “Confident” or 5 “Could teach others” on "
            "the five-level scale). Where another group has a training need on that item and "
            "is at a lower level now, the strong group could help it: by peer learning, "
            "coaching or mentoring, as the paper's second principle says (“Everyone has "
            "skills to share”).",
            "A group at the same level as the group that needs the item is not listed as a "
            "helper for it. A strength from a split view is marked: the group did not agree on "
            "its level. The items where the most groups could learn come first, then those "
            "with the largest gap, then the areas take turns, as for training needs.",
        ),
    ),
    Rule.PERCEPTION: Explanation(
        "How others see a group",
        "Others' view minus the group's own level; a level or more either way is worth "
        "talking about.",
        (
            "Each group rates itself. A group may also say how ready it thinks another group, "
            "or the partnership as a whole, is on chosen items (V in the console). Set beside "
            "the group's own level, that is a real perception gap: the same thing seen from "
            "two sides. For the partnership, its own level is the mean of the groups' own.",
            "Others minus own is the mean of the other groups' views less the group's own "
            "level: above 0, others think the group readier than it thinks itself; below 0, "
            f"less ready. A difference of {_SEEN} level or more either way is marked as worth "
            "talking about. An item the group skipped has no own level to compare.",
        ),
    ),
}

_CY: dict[Rule, Explanation] = {
    Rule.NEEDED: Explanation(
        "O ble daw'r lefelau angenrheidiol",
        "Mae † yn nodi lefel angenrheidiol a lenwyd o'r fframwaith ar gyfer cam nod y grŵp, "
        "nid un a ddewiswyd gan y grŵp.",
        (
            "Ar gyfer pob eitem mae grŵp yn dweud ar ba lefel y mae nawr ac ar ba lefel y mae "
            "angen iddo fod. Gall y grŵp ddewis y lefel angenrheidiol ei hun. Lle nad yw'n "
            "gwneud hynny, caiff y lefel ei llenwi o'r fframwaith, sy'n rhoi lefel i bob eitem "
            "ar gyfer pob cam: y lefel ar gyfer y cam y mae'r grŵp yn anelu ato. Gall y "
            "fframwaith roi ei lefelau ei hun i bob rôl grŵp (nid oes angen yr un sgiliau "
            "cyllideb ar gomisiynwyr ac ar ddefnyddwyr gwasanaeth); mae grŵp sydd â rôl yn cael "
            "lefel ei rôl.",
            "Mae pob sgôr yn cofnodi pa un oedd hi. Caiff lefel a lenwyd ei nodi â † yn y "
            "canlyniadau, ar y taflunydd ac yn yr adroddiad, fel nad oes neb yn ei darllen fel "
            "dewis y grŵp ei hun; mae'r nodyn dull yn cyfrif y ddau fath. Mae newid nod grŵp yn "
            "cynnig llenwi eto dim ond y lefelau a lenwyd, byth dewisiadau'r grŵp ei hun, fel "
            "un cam y mae Dadwneud yn ei dynnu'n ôl.",
            "Nid oes gan grŵp heb gam nod a heb lefelau angenrheidiol ei hun ddim i'w cymharu, "
            "felly ni ellir cyfrif ei anghenion hyfforddi. Yna mae'r canlyniadau a'r adroddiad "
            "yn dweud faint o eitemau y mae hyn yn effeithio arnynt, yn lle adrodd nad oes "
            "anghenion: gosodwch gam nod y grŵp, neu dewiswch y lefelau angenrheidiol.",
        ),
    ),
    Rule.STAGE: Explanation(
        "Y cam dangosol",
        f"Dangosir cam pan fo {_TOP} o bob {_BOTTOM} eitem wedi'u hasesu; caiff un eitem "
        f"o bob {_ONE_IN} fod yn brin; mae Cyd-gynhyrchu Llawn angen pob egwyddor.",
        (
            "Mae'r cam dangosol yn cymharu sgorau'r grŵp â'r lefel y mae'r fframwaith yn ei "
            "rhoi i bob eitem ym mhob cam. Mae eitem yn cyfrif pan aseswyd hi gan y grŵp; nid "
            "yw eitemau a hepgorwyd neu heb eu sgorio yn cyfrif.",
            f"Ni ddangosir unrhyw gam nes bod y grŵp wedi asesu o leiaf {_TOP} o bob "
            f"{_BOTTOM} o eitemau'r gweithdy: tan hynny mae'r canlyniadau'n dweud \"dim digon "
            'o sgorau eto".',
            "Mae grŵp yn cyrraedd cam pan fo'i eitemau ar lefel y cam hwnnw neu'n uwch, gydag "
            f"un lwfans: caiff un eitem o bob {_ONE_IN} (wedi'i dalgrynnu i lawr) fod yn brin, "
            "o unrhyw faint, fel na all un sgôr isel suddo grŵp. Mae'r eitemau hynny'n dal i "
            "gael eu rhestru. Mae Cyd-gynhyrchu Llawn hefyd angen i bob un o egwyddorion y "
            "fframwaith ei gyrraedd ar ei phen ei hun, fel y mae'r papur yn ei ofyn (\"mae'r "
            'rhan fwyaf neu bob un o 4 egwyddor cyd-gynhyrchu yn bresennol").',
            "Gan fynd i fyny o Gyfranogiad Gweithredol, y cam dangosol yw'r cam olaf a "
            "gyrhaeddwyd cyn y cyntaf nas cyrhaeddwyd. Mae'r canlyniadau'n dangos faint o "
            "eitemau'r cam nesaf y mae'r grŵp yn eu cyrraedd a pha eitemau sy'n ei ddal yn ôl. "
            "Ni all codi sgôr fyth ostwng y cam. Nid ysgol gaeth yw'r camau: sbardun i drafod "
            "yw hwn ochr yn ochr â'r cam y gosododd y grŵp ei hun arno, nid dyfarniad.",
        ),
    ),
    Rule.PRIORITY: Explanation(
        "Trefn yr anghenion hyfforddi",
        "Y bwlch mwyaf yn gyntaf, yna anghenion a rennir gan fwy o grwpiau; mae'r meysydd yn "
        "cymryd eu tro pan fo'n gyfartal.",
        (
            "Angen hyfforddi yw eitem lle mae'r lefel sydd ei hangen ar y grŵp yn uwch na'r "
            "lefel y mae arni nawr; y bwlch yw'r gwahaniaeth. Caiff anghenion pob grŵp eu "
            "rhestru mewn un rhestr.",
            "Daw'r bylchau mwyaf yn gyntaf, yna anghenion a rennir gan fwy o grwpiau. Ar raddfa "
            "pum pwynt mae llawer o anghenion yn gyfartal: yna mae'r meysydd yn cymryd eu tro, "
            "pob un yn rhoi ei angen nesaf, fel nad oes un maes yn gwthio'r lleill allan. Ym "
            "mhob tro daw'r maes sydd â'r mwyaf i'w ennill (y bwlch mwyaf i gyd i'r grŵp) yn "
            "gyntaf; o fewn maes, daw'r lefel is nawr yn gyntaf.",
            "Nid yw'r drefn byth yn dibynnu ar ble mae eitem yn y fframwaith. Caiff angen o "
            "farn ranedig ei nodi'n llai sicr: nid oedd y grŵp yn cytuno arno.",
        ),
    ),
    Rule.DIFFERENCES: Explanation(
        "Gwahaniaethau rhwng grwpiau",
        f"Eitemau y mae'r grwpiau'n eu sgorio {_APART} lefel neu fwy ar wahân, y {_SHOWN} "
        "mwyaf i'w gweld: gwahaniaeth yn yr hyn y gall grwpiau ei wneud, nid yn y ffordd y "
        "maen nhw'n ei weld.",
        (
            f"Gwahaniaeth rhwng grwpiau yw eitem y mae ei sgorau {_APART} lefel neu fwy ar "
            "wahân o un grŵp i'r llall. Mae pob grŵp yn ei sgorio'i hun (\"Gallwn ddarllen "
            'cyllideb"), felly mae hyn yn dangos gwahaniaeth mewn gallu rhwng grwpiau, nid '
            "gwahaniaeth yn y ffordd y maen nhw'n gweld yr un peth.",
            f"Mae'r canlyniadau a'r taflunydd yn dangos y {_SHOWN} mwyaf; mae'r adroddiad yn eu "
            "nodi i gyd ar ei fapiau gwres o dan Ar draws grwpiau. Daw'r mwyaf yn "
            "gyntaf, yna mae'r meysydd yn cymryd eu tro, fel ar gyfer anghenion hyfforddi. Lle "
            "mae un grŵp yn uchel ac un arall yn isel, efallai y gall y cyntaf helpu'r ail.",
        ),
    ),
    Rule.STRENGTHS: Explanation(
        "Cryfderau i'w rhannu",
        f"Gallai grŵp ar y {_STRONG_CY} lefel uchaf ar eitem helpu grŵp sydd ei hangen ac "
        "sy'n is nag ef.",
        (
            f"Mae grŵp yn gryf ar eitem pan fo'n ei sgorio'i hun ar un o'r {_STRONG_CY} lefel "
            "uchaf ar y raddfa (4 “Hyderus” neu 5 “Gallen ni ddysgu eraill” ar y "
            "raddfa pum lefel). Lle mae gan grŵp arall angen hyfforddi ar yr eitem honno a'i "
            "fod ar lefel is nawr, gallai'r grŵp cryf ei helpu: drwy ddysgu gan gymheiriaid, "
            "hyfforddi neu fentora, fel y mae ail egwyddor y papur yn ei ddweud (“Mae gan "
            "bawb sgiliau i'w rhannu”).",
            "Ni restrir grŵp sydd ar yr un lefel â'r grŵp sydd angen yr eitem fel un a allai "
            "helpu gyda hi. Caiff cryfder o farn ranedig ei nodi: nid oedd y grŵp yn cytuno ar "
            "ei lefel. Daw'r eitemau lle gallai'r nifer fwyaf o grwpiau ddysgu yn gyntaf, yna'r "
            "rhai â'r bwlch mwyaf, yna mae'r meysydd yn cymryd eu tro, fel ar gyfer anghenion "
            "hyfforddi.",
        ),
    ),
    Rule.PERCEPTION: Explanation(
        "Sut mae eraill yn gweld grŵp",
        "Barn eraill llai lefel y grŵp ei hun; mae lefel neu fwy y naill ffordd neu'r llall "
        "yn werth ei drafod.",
        (
            "Mae pob grŵp yn ei sgorio'i hun. Gall grŵp hefyd ddweud pa mor barod y mae'n "
            "meddwl yw grŵp arall, neu'r bartneriaeth gyfan, ar eitemau dethol (V yn y consol). "
            "Ochr yn ochr â lefel y grŵp ei hun, dyna fwlch canfyddiad go iawn: yr un peth wedi'i "
            "weld o ddwy ochr. Ar gyfer y bartneriaeth, ei lefel ei hun yw cymedr lefelau'r "
            "grwpiau eu hunain.",
            "Eraill llai ei hun yw cymedr barn y grwpiau eraill llai lefel y grŵp ei hun: "
            "uwchlaw 0, mae eraill yn meddwl bod y grŵp yn fwy parod nag y mae'n ei feddwl ei "
            f"hun; islaw 0, yn llai parod. Caiff gwahaniaeth o {_SEEN} lefel neu fwy y naill "
            "ffordd neu'r llall ei nodi'n werth ei drafod. Nid oes gan eitem a hepgorwyd gan y "
            "grŵp lefel ei hun i'w chymharu.",
        ),
    ),
}

EXPLANATIONS: MappingProxyType[str, MappingProxyType[Rule, Explanation]] = MappingProxyType(
    {"en": MappingProxyType(_EN), "cy": MappingProxyType(_CY)}
)


def explain(rule: Rule, language: str) -> Explanation:
    """``rule`` in ``language`` (e.g. "cy", "cy_GB"); English when the language has none."""
    base = language.replace("-", "_").split("_", maxsplit=1)[0].lower()
    return EXPLANATIONS.get(base, EXPLANATIONS["en"])[rule]
