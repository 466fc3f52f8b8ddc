"""Reading generated PDFs back: text as one whitespace-collapsed string, fonts, page sizes."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


def flat(text: str) -> str:
    """Whitespace collapsed, so text wrapped over lines or cells compares with the original."""
    return " ".join(text.split())


def pdf_text(data: bytes) -> str:
    return flat("\n".join(page.extract_text() or "" for page in reader(data).pages))


def page_texts(data: bytes) -> list[str]:
    return [flat(page.extract_text() or "") for page in reader(data).pages]


def fonts(data: bytes) -> dict[str, Any]:
    """Every font used on any page, by its /BaseFont name."""
    found: dict[str, Any] = {}
    for page in reader(data).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for ref in resources.get_object().get("/Font", {}).values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def descriptor(font: Any) -> Any:
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()
    descendants = font.get("/DescendantFonts")
    if descendants:
        return descendants.get_object()[0].get_object()["/FontDescriptor"].get_object()
    return None
