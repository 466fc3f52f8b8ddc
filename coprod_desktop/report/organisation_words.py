"""The organisation report's words in Welsh (merged into ``report.words.CATALOGUES``)."""

from __future__ import annotations

ORGANISATION_CY: dict[str, str] = {
    "Co-production readiness across the organisation": (
        "Parodrwydd i gyd-gynhyrchu ar draws y sefydliad"
    ),
    "Source: {0}": "Ffynhonnell: {0}",
    "Made on {0} with CoProd Desktop {1}.": "Wedi'i wneud ar {0} gyda CoProd Desktop {1}.",
    "Workshops: {0} · groups: {1}": "Gweithdai: {0} · grwpiau: {1}",
    "Filter: {0}": "Hidlydd: {0}",
    "all workshops": "pob gweithdy",
    "localities {0}": "ardaloedd {0}",
    "services {0}": "gwasanaethau {0}",
    "purposes {0}": "dibenion {0}",
    "from {0}": "o {0}",
    "to {0}": "hyd at {0}",
    "Readiness by locality and group role": "Parodrwydd fesul ardal a rôl grŵp",
    "Each cell: the share of assessed ratings at or above the level needed, and how many "
    "ratings it covers. Darker means readier.": (
        "Pob cell: cyfran y graddfeydd a aseswyd sydd ar y lefel sydd ei hangen neu uwch, a "
        "faint o raddfeydd y mae'n eu cynnwys. Tywyllach yw mwy parod."
    ),
    "Locality": "Ardal",
    "Spread of stages": "Lledaeniad y camau",
    "Where groups placed themselves.": "Ble gosododd y grwpiau eu hunain.",
    "Stage": "Cam",
    "Groups": "Grwpiau",
    "Not placed": "Heb ei osod",
    "Most common needs": "Anghenion mwyaf cyffredin",
    "Items where most groups are below the level needed.": (
        "Eitemau lle mae'r rhan fwyaf o grwpiau islaw'r lefel sydd ei hangen."
    ),
    "Item": "Eitem",
    "Groups with the need": "Grwpiau â'r angen",
    "Mean gap": "Bwlch cymedrig",
    "Strengths to share": "Cryfderau i'w rhannu",
    "Items one locality meets widely (75% or more) where another rarely does (50% or less).": (
        "Eitemau y mae un ardal yn eu cyrraedd yn eang (75% neu fwy) lle mae ardal arall yn "
        "anaml yn gwneud hynny (50% neu lai)."
    ),
    "Strong locality": "Ardal gryf",
    "Could share with": "Gallai rannu â",
    "Trend by locality": "Tuedd fesul ardal",
    "Readiness per year: the share of assessed ratings at or above the level needed "
    "(workshops that year in brackets).": (
        "Parodrwydd fesul blwyddyn: cyfran y graddfeydd a aseswyd ar y lefel sydd ei hangen neu "
        "uwch (gweithdai'r flwyddyn honno mewn cromfachau)."
    ),
    "Nothing to show for this filter.": "Dim i'w ddangos ar gyfer yr hidlydd hwn.",
    "Service users and carers": "Defnyddwyr gwasanaeth a gofalwyr",
    "Community groups": "Grwpiau cymunedol",
    "Front-line staff": "Staff rheng flaen",
    "Managers": "Rheolwyr",
    "Commissioners": "Comisiynwyr",
    "Role not set": "Rôl heb ei gosod",
    "Active Involvement": "Cyfranogiad Gweithredol",
    "Co-design": "Cyd-ddylunio",
    "Co-delivery": "Cyd-gyflawni",
    "Full Co-production": "Cyd-gynhyrchu Llawn",
}
