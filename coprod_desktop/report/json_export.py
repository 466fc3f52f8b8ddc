"""The data export as plain JSON: workshop facts and the same tables as the CSV and XLSX."""

from __future__ import annotations

import json
from typing import Any

from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.data_rows import all_tables

FORMAT = "coprod-results"
FORMAT_VERSION = 1


def to_json(w: Workshop) -> bytes:
    """Facts about the workshop, then each table as a list of records (no private notes)."""
    document: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "workshop": {
            "uid": w.uid,
            "title": w.title,
            "organisation": w.organisation,
            "locality": w.locality,
            "venue": w.venue,
            "held_on": w.held_on.isoformat() if w.held_on else None,
            "facilitator": w.facilitator,
            "purpose": w.purpose.value,
            "framework": {
                "key": w.framework.key,
                "name": w.framework.name,
                "version": w.framework.version,
            },
            "baseline_uid": w.baseline_uid,
        },
    }
    for table in all_tables(w):
        document[table.name] = table.records()
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
