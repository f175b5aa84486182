"""wirelint for Python: lint news-wire articles from a notebook, a pipeline, Dask or Spark.

    >>> import wirelint
    >>> [f["code"] for f in wirelint.lint("Talks were held on 31 April.")]
    ['D001']

Each finding is a dict with the fields of ``wirelint check --format json``: ``path``, ``code``,
``name``, ``severity``, ``message``, ``span`` (UTF-8 byte offsets), ``line``, ``column``,
``end_line``, ``end_column``, ``text``, ``label``, ``labels``, ``help``, ``fix``. Linting releases
the GIL, so threads lint in parallel.
"""

from __future__ import annotations

import json as _json
from typing import Iterable, Optional

from . import _wirelint

__all__ = ["lint", "lint_path", "rules", "__version__"]
__version__ = _wirelint.__version__


def _list(selectors: Optional[Iterable[str] | str]) -> Optional[list[str]]:
    if selectors is None:
        return None
    if isinstance(selectors, str):
        return [s.strip() for s in selectors.split(",") if s.strip()]
    return list(selectors)


def lint(
    text: str,
    path: Optional[str] = None,
    select: Optional[Iterable[str] | str] = None,
    ignore: Optional[Iterable[str] | str] = None,
    input_format: Optional[str] = None,
) -> list[dict]:
    """Lint one article's text. ``path`` names it in the findings and, by its extension, picks
    the reader (``.md``, ``.xml`` for NITF/NewsML-G2, ``.json`` for ninjs, ``.anpa``, ``.html``);
    ``input_format`` forces one. ``select``/``ignore`` take rule codes, names or family letters.
    A feed that does not parse raises ``ValueError`` naming the line and column."""
    return _json.loads(
        _wirelint.lint_json(text, path, _list(select), _list(ignore), input_format)
    )


def lint_path(
    path: str,
    select: Optional[Iterable[str] | str] = None,
    ignore: Optional[Iterable[str] | str] = None,
    input_format: Optional[str] = None,
) -> list[dict]:
    """Read and lint one file as the command line does. An unreadable file raises ``OSError``."""
    return _json.loads(
        _wirelint.lint_path_json(str(path), _list(select), _list(ignore), input_format)
    )


def rules() -> list[dict]:
    """Every rule: code, name, family, severity and summary."""
    return [
        dict(zip(("code", "name", "family", "severity", "summary"), r))
        for r in _wirelint.rules_list()
    ]
