"""The look of the app: bundled fonts, a light palette and the console stylesheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from coprod_desktop.resources import resource

APP_FONT_FAMILY = "DejaVu Sans"
APP_FONT_POINTS = 10.5
STYLESHEET = ("styles", "console.qss")
#: Written in the stylesheet where an icon's folder goes (Qt resolves url() from the cwd).
ICONS_PLACEHOLDER = "@icons"

#: Colours shared by the stylesheet and by widgets that paint themselves.
INK = "#0b0c0c"
MUTED_INK = "#484f53"
PAGE = "#f3f2f1"
SURFACE = "#ffffff"
LINE = "#b1b4b6"
ACCENT = "#1d70b8"
ACCENT_DARK = "#003078"
FOCUS = "#ffdd00"
GAP_SHADE = "#fdf0c9"
SECTION_SHADE = "#e4eef7"
TRACK = "#dee0e2"


def register_fonts() -> list[str]:
    """Make the bundled TTF fonts available to Qt; returns the families found."""
    families: list[str] = []
    for path in sorted(resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def light_palette() -> QPalette:
    """A light palette, so a dark desktop theme never leaves dark text on dark ground."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: PAGE,
        QPalette.ColorRole.WindowText: INK,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#f7f7f5",
        QPalette.ColorRole.Text: INK,
        QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: INK,
        QPalette.ColorRole.ToolTipBase: SURFACE,
        QPalette.ColorRole.ToolTipText: INK,
        QPalette.ColorRole.PlaceholderText: MUTED_INK,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: SURFACE,
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6f777b"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6f777b"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6f777b"))
    return palette


def icon(name: str) -> QIcon:
    """A bundled icon from resources/icons, e.g. ``icon("undo")``."""
    return QIcon(str(resource("icons", f"{name}.svg")))


def stylesheet() -> str:
    """The console stylesheet, with icon paths made absolute."""
    text = resource(*STYLESHEET).read_text(encoding="utf-8")
    return text.replace(ICONS_PLACEHOLDER, resource("icons").as_posix())


def app_font() -> QFont:
    font = QFont(APP_FONT_FAMILY)
    font.setPointSizeF(APP_FONT_POINTS)
    return font


def apply_theme(app: QApplication) -> None:
    """Fonts, Fusion style, light palette and the stylesheet, applied to the whole app."""
    register_fonts()
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    app.setFont(app_font())
    app.setStyleSheet(stylesheet())
