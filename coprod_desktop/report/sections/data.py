"""What every section of the report is given: the workshop's results and, for a follow-up, its
baseline."""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.results import WorkshopResults
from coprod_desktop.domain.workshop import Workshop


@dataclass(frozen=True, slots=True)
class ReportData:
    """The results (which hold the workshop) and the baseline workshop of a follow-up."""

    results: WorkshopResults
    baseline: Workshop | None = None

    @property
    def workshop(self) -> Workshop:
        return self.results.workshop
