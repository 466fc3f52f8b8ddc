"""The Welsh words of the report's sections on strengths to share, distance travelled and how
others see a group (merged into ``report.words.CATALOGUES``)."""

from __future__ import annotations

RESULTS_CY: dict[str, str] = {
    # strengths to share
    "Strengths to share: who could help whom": "Cryfderau i'w rhannu: pwy allai helpu pwy",
    "Could help (level now)": "Gallai helpu (lefel nawr)",
    "Could learn (now → needed)": "Gallai ddysgu (nawr → angen)",
    "{0} ({1}, split)": "{0} ({1}, rhanedig)",
    "None yet: no group is at the top two levels on an item another group needs.": (
        "Dim eto: nid oes grŵp ar y ddwy lefel uchaf ar eitem y mae grŵp arall ei hangen."
    ),
}
