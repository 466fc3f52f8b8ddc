"""The organisation view: figures across workshops, from the organisation store or the laptop."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from sqlmodel import Session

from coprod_desktop.domain.organisation import (
    CommonNeed,
    OrganisationFigures,
    OrganisationFilter,
    Strength,
    TrendPoint,
)
from coprod_desktop.report.formats import Progress
from coprod_desktop.services.files import write_atomic
from coprod_desktop.storage import organisation_queries as queries
from coprod_desktop.storage.connection_url import OrganisationUrl
from coprod_desktop.storage.database import Store, attach_store
from coprod_desktop.storage.organisation_store import OrganisationStore, open_organisation_store


class OrganisationView:
    """Every figure for a filter, each computed by the database in one query."""

    def __init__(
        self,
        reading: Callable[[], AbstractContextManager[Session]],
        *,
        published: bool,
        name: str,
        where: OrganisationUrl | Path,
    ) -> None:
        self._reading = reading
        self.published = published
        #: What the figures cover, for titles: the store's URL, or "this laptop".
        self.name = name
        #: The store the figures come from, as another process opens it again.
        self.where = where

    @classmethod
    def of_organisation(cls, organisation: OrganisationStore) -> OrganisationView:
        """Each workshop's newest published revision, withdrawn ones left out."""
        return cls(
            organisation.reading, published=True, name=organisation.name, where=organisation.where
        )

    @classmethod
    def of_laptop(cls, store: Store) -> OrganisationView:
        """The workshops on this laptop."""
        return cls(store.reading, published=False, name=str(store.path), where=store.path)

    def figures(
        self,
        flt: OrganisationFilter | None = None,
        *,
        with_trend: bool = False,
        with_items: bool = True,
    ) -> OrganisationFigures:
        """The figures for ``flt``; the trend (its own query, on its own tab) only when asked;
        the common needs and strengths (:meth:`items`) unless ``with_items`` is false."""
        sources = self._sources(flt)
        with self._reading() as session:
            found = queries.figures(session, sources, with_items=with_items)
            if with_trend:
                found = dataclasses.replace(found, trend=queries.trend(session, sources))
        return found

    def items(
        self, flt: OrganisationFilter | None = None
    ) -> tuple[tuple[CommonNeed, ...], tuple[Strength, ...]]:
        """The needs most common across the organisation and the strengths to share, for
        ``flt`` (their own query, for their tabs)."""
        sources = self._sources(flt)
        with self._reading() as session:
            return queries.items(session, sources)

    def trend(self, flt: OrganisationFilter | None = None) -> tuple[TrendPoint, ...]:
        """The trend per locality, baseline → follow-ups."""
        sources = self._sources(flt)
        with self._reading() as session:
            return queries.trend(session, sources)

    def _sources(self, flt: OrganisationFilter | None) -> queries.Sources:
        flt = flt or OrganisationFilter()
        return queries.published_sources(flt) if self.published else queries.laptop_sources(flt)

    def choices(self) -> tuple[list[str], list[str]]:
        """The localities and the services present, for the filters."""
        with self._reading() as session:
            return queries.choices(session, self.published)

    def write_report(
        self, flt: OrganisationFilter, path: Path, *, language: str = "en"
    ) -> OrganisationFigures:
        """Write the organisation report for ``flt`` to ``path`` (whole or not at all)."""
        figures = self.figures(flt, with_trend=True)
        write_atomic(path, self._pdf(figures, flt, language))
        return figures

    def report(
        self, flt: OrganisationFilter, *, language: str = "en", progress: Progress | None = None
    ) -> bytes:
        """The organisation report for ``flt``, as a PDF's bytes; ``progress`` hears when the
        figures are in (half the work) and the PDF's turn begins."""
        figures = self.figures(flt, with_trend=True)
        if progress is not None:
            progress(0.5)
        return self._pdf(figures, flt, language)

    def _pdf(self, figures: OrganisationFigures, flt: OrganisationFilter, language: str) -> bytes:
        from coprod_desktop.report.organisation_pdf import organisation_pdf

        return organisation_pdf(figures, flt, source=self.name, language=language)


def organisation_report(
    where: OrganisationUrl | Path, flt: OrganisationFilter, language: str, progress: Progress
) -> bytes:
    """The organisation report of the store at ``where``, in a process of its own (the
    organisation window's "Save as PDF…", built apart): its own connection, the password
    from the environment or the system keyring as the app's own (never handed over)."""
    if isinstance(where, Path):
        store = attach_store(where)
        view, close = OrganisationView.of_laptop(store), store.close
    else:
        organisation = open_organisation_store(where)
        view, close = OrganisationView.of_organisation(organisation), organisation.close
    try:
        return view.report(flt, language=language, progress=progress)
    finally:
        close()
