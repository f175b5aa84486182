"""Lint a large archive on a Dask cluster through the wirelint Python package.

    python python/examples/dask_archive.py ARCHIVE_DIR findings.jsonl [--workers N]

Files are listed once, spread over the workers in partitions, linted in each worker's threads
(wirelint releases the GIL) and written as JSON lines, one finding a line, with files that could
not be read recorded as {"path", "error"} lines instead of stopping the job.

The same `lint_partition` runs on Spark:

    rdd = spark.sparkContext.parallelize(paths, numSlices=256)
    rdd.mapPartitions(lint_partition).map(json.dumps).saveAsTextFile("findings")

(or `spark.createDataFrame(rdd.mapPartitions(lint_partition))` to write Parquet).
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Iterable, Iterator

import wirelint

ARTICLE_EXTENSIONS = (
    ".txt", ".text", ".md", ".markdown", ".xml", ".nitf", ".newsml", ".json", ".anpa", ".ipt",
    ".html", ".htm", ".xhtml",
)


def article_paths(root: str) -> list[str]:
    """Every article under `root`, in a stable order."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.lower().endswith(ARTICLE_EXTENSIONS):
                out.append(os.path.join(dirpath, name))
    return out


def lint_partition(paths: Iterable[str], select=None, ignore=None) -> Iterator[dict]:
    """Findings of every file in a partition; an unreadable file is one error record."""
    for path in paths:
        try:
            yield from wirelint.lint_path(path, select=select, ignore=ignore)
        except (OSError, ValueError) as e:
            yield {"path": path, "error": str(e)}


def lint_archive(root: str, out: str, client=None, partitions: int = 64) -> int:
    """Lints `root` with Dask (on `client`'s cluster, or threads) and writes JSON lines to
    `out`. Returns the number of records written."""
    import dask.bag as db

    paths = article_paths(root)
    if not paths:
        open(out, "w").close()
        return 0
    bag = db.from_sequence(paths, npartitions=min(partitions, len(paths)))
    records = bag.map_partitions(lambda part: list(lint_partition(part)))
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        # Partitions arrive in order; each is written as it comes, not all held at once.
        for part in records.to_delayed():
            for r in part.compute():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root")
    ap.add_argument("out")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=args.workers, threads_per_worker=2) as cluster, Client(cluster) as client:
        n = lint_archive(args.root, args.out, client)
    print(f"{n} records written to {args.out}")


if __name__ == "__main__":
    main()
