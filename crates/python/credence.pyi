"""Score the credibility and provenance of news documents.

Every function returns records equal to the lines ``credence score --format jsonl`` writes for
the same inputs (``cluster``: ``credence score --provenance --format jsonl``): the CSV's columns (``id``, ``verdict``, ``credibility``, ``aggregator_risk``,
``ai_risk``, ``why``, ``title``, ``bylines``, ``published``, ...; risks as numbers or ``None``)
plus ``signals`` with their evidence, ``updated``, ``published_confidence``, ``policy_version``
and ``diagnostics``. A document that cannot be read or scored is a record whose ``error`` says
why, never an exception.
"""

import datetime
import os
from typing import Any, Iterable, Iterator, Mapping, Union

__version__: str

Record = dict[str, Any]
"""One document's record: the CLI's JSON Lines fields."""

Body = Union[str, bytes]
"""A document: ``str``, or ``bytes`` decoded as the CLI decodes a file (BOM, ``<meta charset>``,
else UTF-8)."""

CrawlDate = Union[str, datetime.date]
"""``YYYY-MM-DD``, a ``datetime.date`` or a ``datetime.datetime`` (its day). Dates after it are
implausible; without one, today."""

PolicyPath = Union[str, os.PathLike[str]]
"""A partial TOML policy file laid over the defaults, as the CLI's ``--policy FILE``."""

def score(
    text: Body | None = None,
    html: Body | None = None,
    url: str | None = None,
    crawl_date: CrawlDate | None = None,
    policy: PolicyPath | None = None,
    id: str | None = None,
) -> Record:
    """Scores one document, given as exactly one of ``text`` (plain text) or ``html``.

    ``id`` is the record's id, by default ``url``, else empty. Raises ``ValueError`` for neither
    or both of ``text`` and ``html`` or a malformed ``crawl_date``, ``OSError`` for an unreadable
    policy file and ``ValueError`` for an invalid one.
    """

def score_many(
    items: Iterable[Union[str, Mapping[str, Any]]],
    policy: PolicyPath | None = None,
    crawl_date: CrawlDate | None = None,
) -> list[Record]:
    """Scores many documents in parallel, with the GIL released; records in input order.

    An item is plain text, or a dict with ``score``'s document keys: ``text`` or ``html``, and
    optionally ``url``, ``crawl_date`` and ``id`` (other keys raise ``ValueError``).
    ``crawl_date`` applies to items without their own. Threads: rayon's pool
    (``RAYON_NUM_THREADS``, default all cores). All items are held in memory: pass chunks of a
    long stream.
    """

def score_warc(
    path: str | os.PathLike[str],
    policy: PolicyPath | None = None,
    crawl_date: CrawlDate | None = None,
    name: str | None = None,
) -> WarcScores:
    """Scores every document of a WARC file (plain or gzip), reading, parsing and scoring in Rust
    with the GIL released.

    Yields what ``credence score PATH --format jsonl`` writes: one record per HTML status-200
    response (id = ``WARC-Record-ID``), an error record for a record that cannot be read, and
    an error record saying where when the file is truncated or corrupt (after the records
    before it). A file that cannot be opened yields one error record with id ``name`` (default:
    ``path``). ``crawl_date`` applies to records without a ``WARC-Date``.
    """

def cluster(
    items: Iterable[Union[str, Mapping[str, Any]]],
    policy: PolicyPath | None = None,
    crawl_date: CrawlDate | None = None,
) -> list[Record]:
    """Scores a batch of documents and places each in the batch's story clusters: the records
    ``credence score --provenance --format jsonl`` writes, in input order.

    Items are ``score_many``'s. An item with neither ``id`` nor ``url`` gets its position in
    the list (``"0"``, ``"1"``, ...) as its id. Each record adds ``cluster`` (1-based, in order of
    each cluster's first document), ``cluster_size``, ``origin_id``, ``relation`` (``origin``,
    ``copy``, ``wire_republication``, ``paraphrase``, ``same_event``, ``related`` or
    ``unique``) and ``similarity`` (a number, or ``None`` for origins and unique documents), and
    is scored again with its placement: a copy dated long after its origin gets
    ``copy_date_lag`` (A009), a near-verbatim copy ``batch_copy`` (P003) and the ``copy``
    verdict, and ``why`` ends with the provenance evidence. A document that cannot be read has
    an ``error`` and none of these keys. Scoring, sketching and clustering run in parallel with
    the GIL released; the whole batch is held in memory (about 1 KB of sketch per document plus
    its record).
    """

class WarcScores(Iterator[Record]):
    """The records of one WARC file, read lazily in file order."""

    def __iter__(self) -> WarcScores: ...
    def __next__(self) -> Record: ...
    @property
    def skipped(self) -> dict[str, int]:
        """Records read but not scored so far: ``not_html``, ``not_ok`` (status not 200) and
        ``not_response`` (warcinfo, request, metadata...)."""
