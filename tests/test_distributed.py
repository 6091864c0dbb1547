"""Extraction on a real local Dask cluster (two worker processes) gives the same graph as a local build."""
import shutil

import pytest
from rdflib.compare import isomorphic

from kg.pipeline import build
from kg.store import Store
from tests.seed_build import SEEDS

pytest.importorskip("dask.distributed")

SECOND = """Ministry denies port was closed

The transport ministry said on Tuesday that the port of Varna had not been closed.

Dock workers said the port was closed all week.
"""


def test_two_worker_cluster_matches_the_local_build(tmp_path):
    from kg.distributed import extract_to_shards, load_shards

    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    (src / "port.txt").write_text(SECOND, encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\x00\x00binary")
    totals = extract_to_shards([src], tmp_path / "shards", scheduler="local:2", batch_size=1)
    assert totals["articles"] == 2 and totals["shards"] == 2
    assert len(totals["problems"]) == 1 and "bad.txt" in totals["problems"][0]
    assert sorted(p.name for p in (tmp_path / "shards").glob("*.nq")) == ["shard-00000.nq", "shard-00001.nq"]

    (tmp_path / "d").mkdir()
    (tmp_path / "l").mkdir()
    with Store(tmp_path / "d" / "store") as dist:
        loaded = load_shards(dist, tmp_path / "shards")
        assert loaded["shards"] == 2
        g_dist = dist.union_graph()
    with Store(tmp_path / "l" / "store") as local:
        build([src], local)
        g_local = local.union_graph()
    assert len(g_dist) == len(g_local) > 300
    assert isomorphic(g_dist, g_local)
