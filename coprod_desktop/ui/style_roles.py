"""Names the stylesheet knows widgets by: a ``role`` property per kind of text or frame."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

#: Roles styled in resources/styles/console.qss.
ROLES = frozenset({"heading", "subheading", "muted", "card", "primary", "error", "saved"})


def set_role(widget: QWidget, role: str) -> None:
    """Tag ``widget`` for the stylesheet, e.g. ``set_role(label, "heading")``."""
    if role not in ROLES:
        raise ValueError(f"unknown style role {role!r}")
    widget.setProperty("role", role)
