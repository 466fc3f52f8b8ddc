"""What the windows may ask of the app: the services over one open data folder."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the services import SQLModel, which must not delay the first paint
    from coprod_desktop.services.data_folder import DataFolder
    from coprod_desktop.services.exchange import WorkshopExchange
    from coprod_desktop.services.exports import ExportService
    from coprod_desktop.services.frameworks import FrameworkService
    from coprod_desktop.services.session import LiveSession
    from coprod_desktop.services.workshops import WorkshopService


@dataclass(frozen=True, slots=True)
class AppServices:
    """Handed to the workshop list once the data folder is open."""

    data_path: Path
    workshops: WorkshopService
    frameworks: FrameworkService
    exchange: WorkshopExchange
    exports: ExportService
    add_demo: Callable[[], int]
    open_session: Callable[[int], LiveSession]
    session_to_resume: Callable[[], int | None]

    @classmethod
    def for_folder(cls, folder: DataFolder) -> AppServices:
        """The services over an open data folder's store."""
        from coprod_desktop.services.demo import create_demo
        from coprod_desktop.services.exchange import WorkshopExchange
        from coprod_desktop.services.exports import ExportService
        from coprod_desktop.services.frameworks import FrameworkService
        from coprod_desktop.services.session import LiveSession, session_to_resume
        from coprod_desktop.services.workshops import WorkshopService

        return cls(
            data_path=folder.path,
            workshops=WorkshopService(folder.store),
            frameworks=FrameworkService(folder.store),
            exchange=WorkshopExchange(folder.store),
            exports=ExportService(folder.store),
            add_demo=functools.partial(create_demo, folder.store),
            open_session=functools.partial(LiveSession, folder.store),
            session_to_resume=functools.partial(session_to_resume, folder.store),
        )
