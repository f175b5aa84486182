"""The Python package: the API, and an archive linted on a Dask LocalCluster."""

import json
import os
import sys
import threading

import pytest

import wirelint

HERE = os.path.dirname(__file__)
sys.path.insert(0, os.path.join(HERE, "..", "examples"))


def test_lint_returns_the_json_schema():
    found = wirelint.lint("Talks were held on 31 April.")
    assert [f["code"] for f in found] == ["D001"]
    f = found[0]
    assert f["text"] == "31 April"
    assert (f["line"], f["column"]) == (1, 20)
    assert f["span"] == {"start": 19, "end": 27}
    assert f["severity"] == "error"


def test_select_ignore_and_formats():
    text = "The the vote was held on 31 April."
    assert [f["code"] for f in wirelint.lint(text, select="T")] == ["T004"]
    assert [f["code"] for f in wirelint.lint(text, ignore=["D"])] == ["T004"]
    nitf = "<nitf><body><body.content><p>Held on 31 April.</p></body.content></body></nitf>"
    found = wirelint.lint(nitf, path="story.xml")
    assert found[0]["code"] == "D001" and found[0]["column"] == 38
    with pytest.raises(ValueError, match="broken XML"):
        wirelint.lint("<nitf><p>x</nitf>", input_format="nitf")
    with pytest.raises(ValueError, match="no rule matches"):
        wirelint.lint("x", select=["Z999"])


def test_rules_and_files(tmp_path):
    codes = {r["code"] for r in wirelint.rules()}
    assert {"D001", "E001", "P001", "T004"} <= codes
    story = tmp_path / "story.txt"
    story.write_text("Held on 80 December.\n", encoding="utf-8")
    assert wirelint.lint_path(str(story))[0]["path"] == str(story)
    with pytest.raises(OSError):
        wirelint.lint_path(str(tmp_path / "missing.txt"))


def test_threads_lint_in_parallel():
    results = []

    def work():
        results.append(len(wirelint.lint("Held on 80 December. " * 2000)))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and len(set(results)) == 1


def test_an_archive_on_a_dask_local_cluster(tmp_path):
    distributed = pytest.importorskip("distributed")
    from dask_archive import lint_archive

    root = tmp_path / "archive"
    for year in ("1987", "1988"):
        d = root / year
        d.mkdir(parents=True)
        for i in range(12):
            (d / f"story-{i:02}.txt").write_text(
                f"LONDON, March {i + 1} - Talks were held on 31 April, the 16 th round.\n",
                encoding="utf-8",
            )
    (root / "1988" / "broken.xml").write_text("<nitf><p>x</nitf>", encoding="utf-8")
    (root / "1988" / "photo.jpg").write_bytes(b"\xff\xd8")
    out = tmp_path / "findings.jsonl"
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        n = lint_archive(str(root), str(out), client, partitions=5)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(records)
    codes = [r.get("code") for r in records]
    assert codes.count("D001") == 24 and codes.count("N001") == 24
    errors = [r for r in records if "error" in r]
    assert len(errors) == 1 and "broken XML" in errors[0]["error"]
