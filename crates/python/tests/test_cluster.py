"""credence.cluster: story clusters over a batch, with records equal to the CLI's
`credence score --provenance --format jsonl` records for the same files."""

from __future__ import annotations

import pytest

import credence
from conftest import CRAWL_DATE, SAMPLES, cli_records, sample_files


def item(path) -> dict:
    kind = "html" if path.suffix == ".html" else "text"
    return {kind: path.read_bytes(), "id": path.name}


def by_id(records: list[dict]) -> dict[str, dict]:
    return {r["id"]: r for r in records}


def test_cluster_equals_cli_score_provenance(cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    files = [*sample_files(), empty]
    expected = cli_records(cli, "--provenance", *files)
    got = credence.cluster(
        [
            {("html" if p.suffix == ".html" else "text"): p.read_bytes(), "id": str(p)}
            for p in files
        ],
        crawl_date=CRAWL_DATE,
    )
    assert [r["id"] for r in got] == [r["id"] for r in expected]
    for g, e in zip(got, expected):
        assert g == e, g["id"]
    # The comparison covers real clusters, not only documents standing alone.
    relations = {r.get("relation") for r in got}
    assert {"origin", "copy", "wire_republication", "unique"} <= relations
    # A document that cannot be read has an error and no place in any cluster, as in the CLI.
    assert got[-1]["error"] and "cluster" not in got[-1]


def test_wire_story_and_its_republication_cluster_with_the_wire_as_origin():
    # The republication first: the origin is chosen on evidence, not on input order.
    names = ["b_republished.html", "n_opinion_column.html", "b_wire.txt"]
    records = by_id(credence.cluster([item(SAMPLES / n) for n in names], crawl_date=CRAWL_DATE))
    wire, copy, alone = records["b_wire.txt"], records["b_republished.html"], records["n_opinion_column.html"]
    assert wire["cluster"] == copy["cluster"]
    assert wire["cluster_size"] == copy["cluster_size"] == 2
    assert wire["origin_id"] == copy["origin_id"] == "b_wire.txt"
    assert (wire["relation"], copy["relation"]) == ("origin", "wire_republication")
    assert wire["similarity"] is None and copy["similarity"] >= 0.5
    # The unrelated story stays alone.
    assert alone["cluster"] != wire["cluster"]
    assert alone["cluster_size"] == 1
    assert (alone["origin_id"], alone["relation"], alone["similarity"]) == (
        "n_opinion_column.html",
        "unique",
        None,
    )


def test_placement_is_scored_again_as_the_cli_does():
    names = ["c_copy.txt", "c_local_original.html"]
    records = by_id(credence.cluster([item(SAMPLES / n) for n in names], crawl_date=CRAWL_DATE))
    copy = records["c_copy.txt"]
    assert (copy["relation"], copy["origin_id"], copy["verdict"]) == ("copy", "c_local_original.html", "copy")
    # apply_provenance adds batch_copy (P003) and the provenance evidence to `why`; scoring
    # the same document alone has neither.
    assert "P003" in [s["code"] for s in copy["signals"]]
    assert "provenance: copy of c_local_original.html: " in copy["why"]
    alone = credence.score(**item(SAMPLES / "c_copy.txt"), crawl_date=CRAWL_DATE)
    assert "P003" not in [s["code"] for s in alone["signals"]]
    assert "provenance" not in alone["why"] and "cluster" not in alone


def test_items_without_id_are_named_by_position_and_bad_items_raise():
    story = (SAMPLES / "b_wire.txt").read_text(encoding="utf-8")
    other = (SAMPLES / "n_opinion_column.html").read_bytes()
    records = credence.cluster([story, {"html": other}, {"text": story}], crawl_date=CRAWL_DATE)
    assert [r["id"] for r in records] == ["0", "1", "2"]
    assert records[0]["cluster"] == records[2]["cluster"] != records[1]["cluster"]
    assert records[2]["origin_id"] == "0" and records[1]["origin_id"] == "1"
    assert credence.cluster([]) == []
    with pytest.raises(ValueError, match="item 1 of cluster: unknown key 'bogus'"):
        credence.cluster([story, {"text": story, "bogus": 1}])
    with pytest.raises(TypeError, match="item 0 of cluster"):
        credence.cluster([42])
