"""The question log: what readers asked, what the bot answered, and their 👍/👎.

Operators read it (`newsbot unanswered`) to learn which questions the knowledge misses.
It stores no names, usernames or raw user ids: only an HMAC of the user id, so the same
reader's questions can be counted once without knowing who they are.

The log must never stop the bot: every database problem (locked, read-only disk,
missing directory, corrupt file) is logged as a warning and the call returns None,
False or an empty result. One connection, guarded by a lock, with a short busy timeout
so a locked database cannot stall the asyncio handlers for long.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.models import Answer, Kind

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 2
LOW_CONFIDENCE = 0.8
BUSY_TIMEOUT_MS = 200
# After a "database is locked", questions go unlogged for this long instead of each one
# waiting BUSY_TIMEOUT_MS in turn (which would slow every answer while the lock lasts).
LOCKED_BACKOFF_S = 1.0
RECONNECT_SECONDS = 60.0
PURGE_EVERY = dt.timedelta(hours=24)
MAX_QUESTION = 4096
MAX_CHAT_TYPE = 20

# One step per schema version: step N (1-based) turns a version N-1 database into version N.
# Add columns with new steps at the end; never edit a step that has shipped.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE IF NOT EXISTS questions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            asked_at TEXT NOT NULL,
            chat_type TEXT NOT NULL,
            user_hash TEXT NOT NULL,
            question TEXT NOT NULL,
            kind TEXT NOT NULL,
            fact_id TEXT,
            confidence REAL NOT NULL
        )""",
        """CREATE TABLE IF NOT EXISTS feedback (
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            user_hash TEXT NOT NULL,
            value INTEGER NOT NULL CHECK (value IN (-1, 1)),
            given_at TEXT NOT NULL,
            PRIMARY KEY (question_id, user_hash)
        )""",
    ),
    (
        "ALTER TABLE questions ADD COLUMN suggestions TEXT NOT NULL DEFAULT '[]'",
        "CREATE INDEX IF NOT EXISTS questions_asked_at ON questions (asked_at)",
    ),
)
assert len(MIGRATIONS) == SCHEMA_VERSION


def utcnow() -> dt.datetime:
    """The current time, aware, in UTC: the only clock the log uses."""
    return dt.datetime.now(dt.UTC)


def _as_utc(moment: dt.datetime) -> dt.datetime:
    """Naive datetimes are taken to be UTC, so callers cannot shift the window by accident."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _stamp(moment: dt.datetime) -> str:
    """One fixed ISO format, so timestamps compare correctly as text in SQL."""
    return _as_utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse_stamp(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


def _connect(path: Path) -> sqlite3.Connection:
    """Open the database file; a seam the tests replace to simulate a read-only disk."""
    return sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None
    )


@dataclass(frozen=True, slots=True)
class LoggedQuestion:
    """One logged question with its answer and the feedback it received."""

    id: int
    asked_at: dt.datetime
    chat_type: str
    user_hash: str
    question: str
    kind: Kind
    fact_id: str | None
    confidence: float
    suggestions: tuple[str, ...]
    thumbs_up: int = 0
    thumbs_down: int = 0

    @property
    def reason(self) -> str:
        """Why the report shows it: "none", "down" (a reader said 👎) or "low" (unsure answer)."""
        if self.kind is Kind.NONE:
            return "none"
        if self.thumbs_down:
            return "down"
        return "low"


class QuestionLog:
    """SQLite log of questions and feedback; `path=None` gives a log that records nothing."""

    def __init__(
        self,
        path: Path | None,
        *,
        salt: str | None = None,
        retention_days: int = 90,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.path = path
        self.retention_days = retention_days
        self._given_salt = salt or None
        self._key = b""
        self._clock = clock
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._closed = path is None
        self._next_attempt = 0.0
        self._busy_until = 0.0
        self._last_purge: dt.datetime | None = None
        with self._lock:
            self._open()
        self.purge()

    # -- connection --------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """True when the database is open and its schema is ready."""
        return self._conn is not None

    def _open(self) -> None:
        """Connect, set WAL, migrate and load the salt; on failure stay disconnected."""
        if self._closed or self.path is None:
            return
        self._next_attempt = time.monotonic() + RECONNECT_SECONDS
        conn: sqlite3.Connection | None = None
        try:
            if not self.path.parent.is_dir():
                raise sqlite3.OperationalError(f"directory {self.path.parent} does not exist")
            conn = _connect(self.path)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode is None or str(mode[0]).lower() != "wal":
                logger.warning("question log %s: WAL mode not available (%s)", self.path, mode)
            self._migrate(conn)
            self._key = self._load_salt(conn).encode("utf-8")
        except (sqlite3.Error, OSError) as exc:
            logger.warning(
                "question log %s unavailable, questions are not logged: %s", self.path, exc
            )
            if conn is not None:
                conn.close()
            return
        self._conn = conn

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        """Bring the schema to SCHEMA_VERSION, one version per transaction."""
        row = conn.execute("PRAGMA user_version").fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            logger.warning(
                "question log schema version %d is newer than this bot's %d; using it as is",
                version,
                SCHEMA_VERSION,
            )
            return
        for number in range(version + 1, SCHEMA_VERSION + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[number - 1]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            if version:
                logger.info("question log migrated to schema version %d", number)

    def _load_salt(self, conn: sqlite3.Connection) -> str:
        """The configured salt, or one generated at first start and kept in `meta`."""
        if self._given_salt:
            return self._given_salt
        row = conn.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        if row:
            return str(row[0])
        conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('salt', ?)", (secrets.token_hex(32),)
        )
        row = conn.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
        return str(row[0])

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection | None]:
        """The open connection under the lock, reconnecting at most once a minute."""
        with self._lock:
            if self._conn is None and not self._closed and time.monotonic() >= self._next_attempt:
                self._open()
            yield self._conn

    def _failed(self, action: str, exc: Exception) -> None:
        logger.warning("question log %s: could not %s: %s", self.path, action, exc)

    def close(self) -> None:
        """Close the database; later calls record nothing."""
        with self._lock:
            self._closed = True
            if self._conn is not None:
                try:
                    self._conn.close()
                except sqlite3.Error as exc:
                    self._failed("close", exc)
                self._conn = None

    # -- writing -----------------------------------------------------------------------

    def user_hash(self, user_id: int) -> str:
        """HMAC-SHA256 of the user id with the salt: stable per reader, no raw id stored."""
        return hmac.new(self._key, str(user_id).encode("ascii"), hashlib.sha256).hexdigest()

    def record(self, *, chat_type: str, user_id: int, question: str, answer: Answer) -> int | None:
        """Log one question and its answer; the row id, or None when nothing was written."""
        now = self._clock()
        if self._last_purge is not None and now - self._last_purge >= PURGE_EVERY:
            self.purge(now)
        with self._connection() as conn:
            if conn is None:
                return None
            row = (
                _stamp(now),
                chat_type[:MAX_CHAT_TYPE],
                self.user_hash(user_id),
                question[:MAX_QUESTION],
                str(answer.kind),
                answer.fact.id if answer.fact is not None else None,
                float(answer.confidence),
                json.dumps([s.id for s in answer.suggestions]),
            )
            if time.monotonic() < self._busy_until:
                return None  # locked a moment ago: do not make every reader wait for it
            try:
                cursor = conn.execute(
                    "INSERT INTO questions (asked_at, chat_type, user_hash, question, kind,"
                    " fact_id, confidence, suggestions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
            except sqlite3.Error as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    self._busy_until = time.monotonic() + LOCKED_BACKOFF_S
                self._failed("record a question", exc)
                return None
            return cursor.lastrowid

    def feedback(self, *, question_id: int, user_id: int, value: int) -> bool:
        """Record 👍 (+1) or 👎 (-1) once per reader per answer; False for a repeat or bad id."""
        if value not in (1, -1):
            return False
        with self._connection() as conn:
            if conn is None:
                return False
            try:
                cursor = conn.execute(
                    "INSERT OR IGNORE INTO feedback (question_id, user_hash, value, given_at)"
                    " SELECT id, ?, ?, ? FROM questions WHERE id = ?",
                    (self.user_hash(user_id), value, _stamp(self._clock()), question_id),
                )
            except sqlite3.Error as exc:
                self._failed("record feedback", exc)
                return False
            return cursor.rowcount == 1

    def purge(self, now: dt.datetime | None = None) -> int:
        """Delete questions (and their feedback) older than the retention; how many went."""
        now = _as_utc(now or self._clock())
        cutoff = _stamp(now - dt.timedelta(days=self.retention_days))
        with self._connection() as conn:
            if conn is None:
                return 0
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    conn.execute(
                        "DELETE FROM feedback WHERE question_id IN"
                        " (SELECT id FROM questions WHERE asked_at < ?)",
                        (cutoff,),
                    )
                    deleted = conn.execute(
                        "DELETE FROM questions WHERE asked_at < ?", (cutoff,)
                    ).rowcount
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                self._failed("delete old questions", exc)
                return 0
            self._last_purge = now
            if deleted:
                logger.info(
                    "question log: deleted %d questions older than %d days",
                    deleted,
                    self.retention_days,
                )
            return max(0, deleted)

    # -- reading -----------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        """Counts for `/stato`: questions by kind, low-confidence answers, feedback, readers."""
        with self._connection() as conn:
            if conn is None:
                return {}
            try:
                row = conn.execute(
                    "SELECT COUNT(*), COALESCE(SUM(kind = 'fact'), 0),"
                    " COALESCE(SUM(kind = 'smalltalk'), 0), COALESCE(SUM(kind = 'none'), 0),"
                    " COALESCE(SUM(kind = 'fact' AND confidence < ?), 0),"
                    " COUNT(DISTINCT user_hash) FROM questions",
                    (LOW_CONFIDENCE,),
                ).fetchone()
                votes = conn.execute(
                    "SELECT COALESCE(SUM(value = 1), 0), COALESCE(SUM(value = -1), 0) FROM feedback"
                ).fetchone()
            except sqlite3.Error as exc:
                self._failed("count questions", exc)
                return {}
        keys = ("questions", "fact", "smalltalk", "none", "low_confidence", "users")
        result = {key: int(value) for key, value in zip(keys, row, strict=True)}
        result["thumbs_up"], result["thumbs_down"] = int(votes[0]), int(votes[1])
        return result

    def unanswered(
        self, since: dt.datetime, *, threshold: float = LOW_CONFIDENCE
    ) -> list[LoggedQuestion]:
        """Questions since `since` answered `none`, with confidence below `threshold`, or 👎.

        Small talk is never unsure, so only news answers count as low confidence.
        """
        with self._connection() as conn:
            if conn is None:
                return []
            try:
                rows = conn.execute(
                    "SELECT q.id, q.asked_at, q.chat_type, q.user_hash, q.question, q.kind,"
                    " q.fact_id, q.confidence, q.suggestions,"
                    " COALESCE(SUM(f.value = 1), 0), COALESCE(SUM(f.value = -1), 0)"
                    " FROM questions q LEFT JOIN feedback f ON f.question_id = q.id"
                    " WHERE q.asked_at >= ? GROUP BY q.id"
                    " HAVING q.kind = 'none' OR (q.kind = 'fact' AND q.confidence < ?)"
                    " OR SUM(f.value = -1) > 0"
                    " ORDER BY q.asked_at, q.id",
                    (_stamp(since), threshold),
                ).fetchall()
            except sqlite3.Error as exc:
                self._failed("read questions", exc)
                return []
        found = []
        for row in rows:
            try:
                found.append(_row_to_question(row))
            except (ValueError, TypeError) as exc:
                logger.warning("question log: skipping unreadable row %s: %s", row[0], exc)
        return found


def _row_to_question(row: tuple[object, ...]) -> LoggedQuestion:
    """A database row as a `LoggedQuestion`; raises ValueError on a damaged row."""
    ids = json.loads(str(row[8] or "[]"))
    return LoggedQuestion(
        id=int(str(row[0])),
        asked_at=_parse_stamp(str(row[1])),
        chat_type=str(row[2]),
        user_hash=str(row[3]),
        question=str(row[4]),
        kind=Kind(str(row[5])),
        fact_id=None if row[6] is None else str(row[6]),
        confidence=float(str(row[7])),
        suggestions=tuple(str(i) for i in ids) if isinstance(ids, list) else (),
        thumbs_up=int(str(row[9])),
        thumbs_down=int(str(row[10])),
    )
