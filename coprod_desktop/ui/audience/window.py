"""AudienceWindow: the projector's top-level window. It shows the controller's snapshot, fills
the projector screen when there is one (a window when there is not), and follows screens being
plugged in and out without losing anything: the state lives in the controller, not here."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.audience.preview import AudiencePreview
from coprod_desktop.ui.audience.screens import ScreenMemory, choose_screen, other_screen
from coprod_desktop.ui.audience.themes import DEFAULT_THEME, DYSLEXIA_SPACING, THEMES, readable
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, on_language_change, translate
from coprod_desktop.ui.session.controller import SessionController

TITLE = QT_TRANSLATE_NOOP("Audience", "CoProd Desktop — audience view")
#: The windowed preview when there is only one screen.
WINDOW_SIZE = QSize(960, 540)


class AudienceWindow(QWidget):
    """The audience view in its own window, placed on the projector by screen name.

    ``console`` is the facilitator's window (the audience view avoids its screen);
    ``settings`` is where the chosen screen, theme and zoom are remembered.
    """

    def __init__(self, controller: SessionController, console: QWidget | None = None,
                 settings: QSettings | None = None) -> None:  # fmt: skip
        super().__init__(None)
        self.controller = controller
        self.console = console
        self.memory = ScreenMemory(settings)
        remembered = self.memory.theme or ""
        name = remembered if remembered in THEMES else DEFAULT_THEME
        self.view = AudienceView(readable(name, dyslexia_spacing=self.memory.dyslexia_spacing))
        self.view.set_zoom(self.memory.zoom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        on_language_change(self, lambda: self.setWindowTitle(translate("Audience", TITLE)))
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._wanted = False  # the facilitator wants it shown (else closed/hidden)
        self._windowed_by_choice = False
        self._gone: set[str] = set()  # screens reported removed and not added back since
        controller.changed.connect(self._on_changed)
        self.view.show_state(controller.audience)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self.on_screen_added)
        app.screenRemoved.connect(self.on_screen_removed)

    # --- the console's API ---------------------------------------------------------------
    def available_screens(self) -> list[str]:
        """The names of the connected screens, for a "Present on…" menu."""
        return [s.name() for s in self._screens()]

    def current_screen_name(self) -> str | None:
        """The screen the view is on now, or None when it is not shown."""
        if not self.isVisible():
            return None
        screen = _screen_of(self)
        return screen.name() if screen is not None else None

    def is_presenting(self) -> bool:
        """Whether the view fills a screen (rather than being a window or hidden)."""
        return self.isVisible() and self.isFullScreen()

    def place(self) -> None:
        """Show the view where it belongs now: the remembered or projector screen, full
        screen; a window when there is only one screen or a window was chosen."""
        self._wanted = True
        names = self.available_screens()
        target = None
        if not self._windowed_by_choice:
            target = choose_screen(
                names,
                console=self._console_screen(),
                primary=self._primary(),
                remembered=self.memory.screen,
            )
        screen = self._screen_named(target)
        if screen is not None:
            self._fill(screen)
        else:
            self._windowed()

    def present_on(self, screen_name: str | None) -> bool:
        """Fill the screen called ``screen_name`` and remember it; None shows a window.

        Returns False (and changes nothing) when no such screen is connected.
        """
        if screen_name is None:
            self._windowed_by_choice = True
            self.place()
            return True
        if self._screen_named(screen_name) is None:
            return False
        self._windowed_by_choice = False
        self.memory.screen = screen_name
        self.place()
        return True

    def swap_screens(self) -> bool:
        """Move the view to the next screen (with two: the other one). False with one screen."""
        target = other_screen(self.available_screens(), self.current_screen_name())
        return target is not None and self.present_on(target)

    def set_theme(self, name: str) -> None:
        """Use the projector theme ``name`` ("default", "high_contrast", "dark", …)."""
        self.view.set_theme(readable(name, dyslexia_spacing=self.dyslexia_spacing()))
        self.memory.theme = name

    def set_dyslexia_spacing(self, on: bool) -> None:
        """Space the projected text for dyslexic readers (any theme), or set it as designed."""
        self.view.set_theme(readable(self.view.theme().name, dyslexia_spacing=on))
        self.memory.dyslexia_spacing = on

    def dyslexia_spacing(self) -> bool:
        return self.view.theme().spacing == DYSLEXIA_SPACING

    def set_zoom(self, factor: float) -> None:
        self.view.set_zoom(factor)
        self.memory.zoom = self.view.zoom()

    def shut(self) -> None:
        """Close for good (the session is over): unlike a close request, this is final."""
        self._wanted = False
        self.hide()
        self.deleteLater()

    def preview(self, parent: QWidget | None = None) -> AudiencePreview:
        """A small live copy of this view for the console (same theme, zoom and page)."""
        return AudiencePreview(self.controller, self.view, parent=parent)

    # --- following the screens -----------------------------------------------------------
    def on_screen_added(self, screen: QScreen) -> None:
        """A screen was plugged in: present on it (or the remembered one) if we were only a
        window for want of a second screen."""
        self._gone.discard(screen.name())
        if self._wanted and not self._windowed_by_choice:
            self.place()

    def on_screen_removed(self, screen: QScreen) -> None:
        """A screen was unplugged: if the view was on it, come back as a window (or onto
        another spare screen). The session is untouched: the state is the controller's."""
        self._gone.add(screen.name())
        if self._wanted:
            self.place()
            QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        """After Qt has finished moving windows off a removed screen, check the placement."""
        if self._wanted and self.isVisible():
            self.place()

    # --- Qt events -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Escape does nothing here: the facilitator controls this window from the console."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing only hides the view; the console can bring it back with :meth:`place`."""
        self._wanted = False
        event.ignore()
        self.hide()

    # --- internals -------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.audience:
            self.view.show_state(self.controller.audience)

    def _screens(self) -> list[QScreen]:
        return [s for s in QGuiApplication.screens() if s.name() not in self._gone]

    def _screen_named(self, name: str | None) -> QScreen | None:
        return next((s for s in self._screens() if s.name() == name), None)

    def _primary(self) -> str | None:
        primary = QGuiApplication.primaryScreen()
        if primary is not None and primary.name() not in self._gone:
            return primary.name()
        screens = self._screens()
        return screens[0].name() if screens else None

    def _console_screen(self) -> str | None:
        if self.console is not None and self.console.isVisible():
            screen = _screen_of(self.console)
            if screen is not None and screen.name() not in self._gone:
                return screen.name()
        return self._primary()

    def _fill(self, screen: QScreen) -> None:
        if self.isVisible() and self.isFullScreen() and _screen_of(self) == screen:
            return
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.view.setCursor(Qt.CursorShape.BlankCursor)  # no stray pointer on the wall
        self.showFullScreen()

    def _windowed(self) -> None:
        screen = self._screen_named(self._console_screen())
        if screen is None:
            return  # no screen at all: nothing to show on until one is added
        if self.isFullScreen():
            self.showNormal()
        self.view.unsetCursor()
        area = screen.availableGeometry()
        size = WINDOW_SIZE.boundedTo(QSize(area.width() * 9 // 10, area.height() * 9 // 10))
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(area.center())
        if self.isVisible() and _screen_of(self) == screen and area.contains(self.geometry()):
            return  # already a window on this screen: leave it where the facilitator put it
        self.setScreen(screen)
        self.setGeometry(rect)
        self.show()


def _screen_of(widget: QWidget) -> QScreen | None:
    """The screen under the middle of a top-level ``widget``.

    Not ``widget.screen()``: PySide6 makes the QScreen it returns a child of the widget, so
    deleting the widget would invalidate every Python reference to that screen.
    """
    frame = widget.geometry()
    at = QGuiApplication.screenAt(frame.center())
    if at is not None:
        return at

    def overlap(screen: QScreen) -> int:
        part = screen.geometry().intersected(frame)
        return part.width() * part.height() if part.isValid() else 0

    best = max(QGuiApplication.screens(), key=overlap, default=None)
    return best if best is not None and overlap(best) > 0 else None
