"""Write tests/data/stores/schema-<head>.sqlite: a demo-filled store at the current schema.

Run once per released schema version (``python tests/data/stores/make_fixture.py``) and commit
the file, so every later migration is tested against real data of that version.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from coprod_desktop.domain.barrier import Barrier, BarrierTag
from coprod_desktop.domain.framework import Stage
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage import schema
from coprod_desktop.storage.database import STORE_NAME


def main() -> None:
    target = Path(__file__).with_name(f"schema-{schema.HEAD_REVISION}.sqlite")
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"  # exports may not go inside the data folder
        folder = open_data_folder(data)
        first = create_demo(folder.store)
        WorkshopService(folder.store).duplicate(first, as_follow_up=True)
        export = Path(scratch) / "demo.coprod"
        WorkshopExchange(folder.store).export_file(first, export)
        WorkshopExchange(folder.store).import_file(export)
        session = LiveSession(folder.store, first)
        session.jump("g1", "K1")  # views of other groups and of the partnership (from 0006)
        session.set_cross_rating("g2", 4)
        session.set_cross_rating(None, 3)
        session.add_barrier(  # the barrier log (from 0009)
            Barrier("No budget line for paying people", BarrierTag.RESOURCES,
                    stage=Stage.CO_DELIVERY, owner="Finance lead", group_key="g1")
        )  # fmt: skip
        session.add_barrier(Barrier("Risk rules", BarrierTag.POLICY, principle="P3"))
        session.next_item()  # a saved place in the session
        folder.close()
        shutil.copyfile(data / STORE_NAME, target)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
