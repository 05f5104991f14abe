"""The question log: schema, privacy, feedback, retention, and never failing the bot."""

# SIM300 ("Yoda conditions") is off: house style puts the expected value first in asserts.

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from bot import qlog
from bot.models import Answer, Article, Fact, Kind
from bot.qlog import SCHEMA_VERSION, QuestionLog

ARTICLE = Article("prova-2026", "Un articolo di prova", "Redazione", dt.date(2026, 1, 5), "seeds/x")
FACT = Fact("fatto-uno", "Una risposta.", ("Una domanda?",), ("parola",), ARTICLE)
OTHER = Fact("fatto-due", "Un'altra risposta.", ("Altra domanda?",), (), ARTICLE)
T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)

# A reader as Telegram describes them: none of this but the id may ever reach the log.
USER_ID = 987654321012
USERNAME = "mario_rossi_77"
FIRST_NAME = "Marietto"
LAST_NAME = "Rossiniani"


class Clock:
    """A settable clock, so retention can be tested without waiting 90 days."""

    def __init__(self, now: dt.datetime = T0) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def fact_answer(confidence: float = 0.95, fact: Fact = FACT) -> Answer:
    return Answer("domanda", Kind.FACT, fact.answer, fact, confidence)


def none_answer(*suggestions: Fact) -> Answer:
    return Answer("domanda", Kind.NONE, "", None, 0.3, tuple(suggestions))


def all_cells(path: Path) -> list[str]:
    """Every value of every column of every table, as text."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [
            str(value)
            for table in tables
            for row in conn.execute(f'SELECT * FROM "{table}"')
            for value in row
        ]
    finally:
        conn.close()


def test_schema_created_in_wal_mode_with_user_version(tmp_path: Path) -> None:
    """A new database gets every table, WAL journaling and the current user_version."""
    path = tmp_path / "log.sqlite3"
    QuestionLog(path, salt="s").close()

    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meta", "questions", "feedback"} <= tables
    assert SCHEMA_VERSION == conn.execute("PRAGMA user_version").fetchone()[0]
    assert "wal" == conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()


def test_record_stores_answer_details(tmp_path: Path) -> None:
    """A record keeps time, chat type, question, kind, fact id, confidence and suggestions."""
    log = QuestionLog(tmp_path / "log.sqlite3", salt="s", clock=Clock())
    row_id = log.record(chat_type="private", user_id=1, question="Chi?", answer=fact_answer(0.5))
    none_id = log.record(
        chat_type="supergroup", user_id=2, question="Boh?", answer=none_answer(FACT, OTHER)
    )

    found = {q.id: q for q in log.unanswered(T0 - dt.timedelta(days=1))}
    log.close()

    assert row_id is not None and none_id is not None
    low = found[row_id]
    assert (T0, "private", "Chi?", Kind.FACT, "fatto-uno", 0.5) == (
        low.asked_at,
        low.chat_type,
        low.question,
        low.kind,
        low.fact_id,
        low.confidence,
    )
    assert ("fatto-uno", "fatto-due") == found[none_id].suggestions
    assert (Kind.NONE, None, "supergroup") == (
        found[none_id].kind,
        found[none_id].fact_id,
        found[none_id].chat_type,
    )


def test_no_raw_id_username_or_name_anywhere(tmp_path: Path) -> None:
    """No column of any table, nor the database files, holds the raw id, username or names."""
    path = tmp_path / "log.sqlite3"
    log = QuestionLog(path, salt=None)
    question_id = log.record(
        chat_type="group", user_id=USER_ID, question="Quanto costa?", answer=none_answer()
    )
    assert question_id is not None
    assert log.feedback(question_id=question_id, user_id=USER_ID, value=-1)
    cells = all_cells(path)
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    log.close()

    assert log.user_hash(USER_ID) in cells
    for secret in (str(USER_ID), USERNAME, FIRST_NAME, LAST_NAME):
        assert [] == [cell for cell in cells if secret.casefold() in cell.casefold()]
        assert secret.encode() not in raw


def test_generated_salt_is_kept_so_hashes_survive_restarts(tmp_path: Path) -> None:
    """Without a configured salt one is generated once and reused after a restart."""
    path = tmp_path / "log.sqlite3"
    first = QuestionLog(path, salt=None)
    before = first.user_hash(USER_ID)
    first.close()
    second = QuestionLog(path, salt=None)
    after = second.user_hash(USER_ID)
    second.close()

    assert before == after
    assert 64 == len(before)


def test_configured_salt_wins_and_is_not_stored(tmp_path: Path) -> None:
    """A salt from the settings changes the hash and never lands in the database."""
    path = tmp_path / "log.sqlite3"
    log = QuestionLog(path, salt="sale-segreto-123")
    log.record(chat_type="private", user_id=USER_ID, question="x", answer=none_answer())
    with_salt = log.user_hash(USER_ID)
    log.close()
    other = QuestionLog(tmp_path / "other.sqlite3", salt="altro-sale")
    other_hash = other.user_hash(USER_ID)
    other.close()

    assert with_salt != other_hash
    assert not any("sale-segreto-123" in cell for cell in all_cells(path))


def test_feedback_once_per_user_per_answer(tmp_path: Path) -> None:
    """The first 👍/👎 of a reader counts; a repeat, a bad id or a bad value does not."""
    log = QuestionLog(tmp_path / "log.sqlite3", salt="s")
    first = log.record(chat_type="private", user_id=1, question="a", answer=fact_answer())
    second = log.record(chat_type="private", user_id=1, question="b", answer=fact_answer())
    assert first is not None and second is not None

    results = [
        log.feedback(question_id=first, user_id=1, value=1),
        log.feedback(question_id=first, user_id=1, value=1),
        log.feedback(question_id=first, user_id=1, value=-1),
        log.feedback(question_id=first, user_id=2, value=-1),
        log.feedback(question_id=second, user_id=1, value=-1),
        log.feedback(question_id=9999, user_id=1, value=1),
        log.feedback(question_id=second, user_id=3, value=5),
    ]
    stats = log.stats()
    log.close()

    assert [True, False, False, True, True, False, False] == results
    assert (1, 2) == (stats["thumbs_up"], stats["thumbs_down"])


def test_purge_deletes_rows_older_than_retention(tmp_path: Path) -> None:
    """Questions older than retention_days go, with their feedback; recent ones stay."""
    start = T0 - dt.timedelta(days=40)
    clock = Clock(start)
    log = QuestionLog(tmp_path / "log.sqlite3", salt="s", retention_days=30, clock=clock)
    old = log.record(chat_type="private", user_id=1, question="vecchia", answer=none_answer())
    assert old is not None
    log.feedback(question_id=old, user_id=1, value=-1)
    clock.now = start + dt.timedelta(hours=20)
    log.record(chat_type="private", user_id=1, question="recente", answer=none_answer())

    deleted = log.purge(start + dt.timedelta(days=30, hours=10))
    left = [q.question for q in log.unanswered(T0 - dt.timedelta(days=365))]
    stats = log.stats()
    log.close()

    assert 1 == deleted
    assert ["recente"] == left
    assert (1, 0) == (stats["questions"], stats["thumbs_down"])


def test_recording_purges_once_a_day(tmp_path: Path) -> None:
    """A bot that runs for months still forgets: recording purges when a day has passed."""
    clock = Clock(T0)
    log = QuestionLog(tmp_path / "log.sqlite3", salt="s", retention_days=30, clock=clock)
    log.record(chat_type="private", user_id=1, question="vecchia", answer=none_answer())
    clock.now = T0 + dt.timedelta(days=31)
    log.record(chat_type="private", user_id=1, question="nuova", answer=none_answer())
    left = [q.question for q in log.unanswered(T0 - dt.timedelta(days=1))]
    log.close()

    assert ["nuova"] == left


def test_purge_runs_at_start_up(tmp_path: Path) -> None:
    """Opening the log deletes what expired while the bot was stopped."""
    path = tmp_path / "log.sqlite3"
    clock = Clock(T0 - dt.timedelta(days=100))
    log = QuestionLog(path, salt="s", retention_days=90, clock=clock)
    log.record(chat_type="private", user_id=1, question="vecchia", answer=none_answer())
    log.close()

    reopened = QuestionLog(path, salt="s", retention_days=90, clock=Clock(T0))
    stats = reopened.stats()
    reopened.close()

    assert 0 == stats["questions"]


def test_unanswered_selects_none_low_confidence_and_thumbs_down(tmp_path: Path) -> None:
    """The report sees `none`, answers under 0.8 and 👎; not sure ones, small talk, old rows."""
    clock = Clock(T0 - dt.timedelta(days=10))
    log = QuestionLog(tmp_path / "log.sqlite3", salt="s", clock=clock)
    log.record(chat_type="private", user_id=1, question="troppo vecchia", answer=none_answer())
    clock.now = T0
    log.record(chat_type="private", user_id=1, question="non so", answer=none_answer())
    log.record(chat_type="private", user_id=1, question="incerta", answer=fact_answer(0.75))
    sure = log.record(chat_type="private", user_id=1, question="sicura", answer=fact_answer(0.99))
    log.record(chat_type="private", user_id=1, question="bella", answer=fact_answer(0.99))
    talk = Fact("ciao", "Ciao!", ("ciao",))
    log.record(
        chat_type="private",
        user_id=1,
        question="ciao",
        answer=Answer("ciao", Kind.SMALLTALK, "Ciao!", talk, 1.0),
    )
    assert sure is not None
    log.feedback(question_id=sure, user_id=2, value=-1)

    found = log.unanswered(T0 - dt.timedelta(days=7))
    log.close()

    assert [("non so", "none"), ("incerta", "low"), ("sicura", "down")] == [
        (q.question, q.reason) for q in found
    ]


def test_stats_counts_questions_by_kind_and_readers(tmp_path: Path) -> None:
    """`stats` counts questions per kind, unsure answers and distinct readers."""
    log = QuestionLog(tmp_path / "log.sqlite3", salt="s")
    log.record(chat_type="private", user_id=1, question="a", answer=fact_answer(0.99))
    log.record(chat_type="private", user_id=1, question="b", answer=fact_answer(0.75))
    log.record(chat_type="group", user_id=2, question="c", answer=none_answer())
    stats = log.stats()
    log.close()

    assert {
        "questions": 3,
        "fact": 2,
        "smalltalk": 0,
        "none": 1,
        "low_confidence": 1,
        "users": 2,
        "thumbs_up": 0,
        "thumbs_down": 0,
    } == stats


def test_path_none_records_nothing(tmp_path: Path) -> None:
    """With no database configured the log is a quiet no-op."""
    log = QuestionLog(None, salt="s")

    assert None is log.record(chat_type="private", user_id=1, question="a", answer=none_answer())
    assert False is log.feedback(question_id=1, user_id=1, value=1)
    assert {} == log.stats()
    assert [] == log.unanswered(T0)
    assert 0 == log.purge()
    assert False is log.available
    log.close()


def test_missing_directory_does_not_raise(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A database path in a missing directory: nothing recorded, a warning, no exception."""
    path = tmp_path / "nope" / "log.sqlite3"
    with caplog.at_level(logging.WARNING, logger="bot.qlog"):
        log = QuestionLog(path, salt="s")
        result = log.record(chat_type="private", user_id=1, question="a", answer=none_answer())

    assert None is result
    assert False is log.feedback(question_id=1, user_id=1, value=1)
    assert {} == log.stats()
    assert not path.parent.exists()
    assert any("unavailable" in r.getMessage() for r in caplog.records)
    log.close()


def test_corrupt_file_does_not_raise(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A file that is not a database: record returns None and a warning is logged."""
    path = tmp_path / "log.sqlite3"
    path.write_bytes(b"questo non e un database SQLite " * 200)
    with caplog.at_level(logging.WARNING, logger="bot.qlog"):
        log = QuestionLog(path, salt="s")
        result = log.record(chat_type="private", user_id=1, question="a", answer=none_answer())
    log.close()

    assert None is result
    assert caplog.records


def test_read_only_database_does_not_raise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """On a read-only disk record returns None, feedback False, and the bot goes on."""
    path = tmp_path / "log.sqlite3"
    log = QuestionLog(path, salt="s")
    question_id = log.record(chat_type="private", user_id=1, question="a", answer=none_answer())
    log.close()
    assert question_id is not None

    def read_only(p: Path) -> sqlite3.Connection:
        return sqlite3.connect(
            f"file:{p}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
        )

    monkeypatch.setattr(qlog, "_connect", read_only)
    with caplog.at_level(logging.WARNING, logger="bot.qlog"):
        log = QuestionLog(path, salt="s", clock=Clock(T0 + dt.timedelta(days=3650)))
        result = log.record(chat_type="private", user_id=1, question="b", answer=none_answer())
        voted = log.feedback(question_id=question_id, user_id=1, value=1)
    log.close()

    assert None is result
    assert False is voted
    assert any("readonly" in r.getMessage() for r in caplog.records)


def test_locked_database_returns_quickly(tmp_path: Path) -> None:
    """While another process holds the write lock, record gives up in well under a second;
    right after, it skips the log for a short back-off, then writes again."""
    path = tmp_path / "log.sqlite3"
    log = QuestionLog(path, salt="s")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        result = log.record(chat_type="private", user_id=1, question="a", answer=none_answer())
        elapsed = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    started = time.monotonic()
    during = log.record(chat_type="private", user_id=1, question="b", answer=none_answer())
    skipped = time.monotonic() - started
    time.sleep(qlog.LOCKED_BACKOFF_S)
    after = log.record(chat_type="private", user_id=1, question="c", answer=none_answer())
    log.close()

    assert None is result
    assert elapsed < 1.0
    assert (None, True) == (during, skipped < 0.05)
    assert after is not None


def test_migrates_a_version_1_database(tmp_path: Path) -> None:
    """A database from schema version 1 is upgraded in place and keeps its rows."""
    path = tmp_path / "log.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in qlog.MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO questions (asked_at, chat_type, user_hash, question, kind, fact_id,"
        " confidence) VALUES (?, 'private', 'abc', 'domanda antica', 'none', NULL, 0.1)",
        (T0.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),),
    )
    conn.close()

    log = QuestionLog(path, salt="s", clock=Clock(T0))
    found = log.unanswered(T0 - dt.timedelta(days=1))
    new_id = log.record(chat_type="private", user_id=1, question="nuova", answer=none_answer(FACT))
    log.close()
    conn = sqlite3.connect(path)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    columns = [r[1] for r in conn.execute("PRAGMA table_info(questions)")]
    conn.close()

    assert SCHEMA_VERSION == version
    assert "suggestions" in columns
    assert [("domanda antica", ())] == [(q.question, q.suggestions) for q in found]
    assert new_id is not None


def test_newer_schema_is_used_as_is(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A database from a newer bot (more columns, higher version) still takes records."""
    path = tmp_path / "log.sqlite3"
    QuestionLog(path, salt="s").close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("ALTER TABLE questions ADD COLUMN language TEXT")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()

    with caplog.at_level(logging.WARNING, logger="bot.qlog"):
        log = QuestionLog(path, salt="s")
        result = log.record(chat_type="private", user_id=1, question="a", answer=none_answer())
    log.close()

    assert result is not None
    assert any("newer" in r.getMessage() for r in caplog.records)


def test_concurrent_records_from_threads(tmp_path: Path) -> None:
    """Records from many threads at once all land, each with its own id."""
    log = QuestionLog(tmp_path / "log.sqlite3", salt="s")
    ids: list[int | None] = []

    def worker(user: int) -> None:
        for n in range(25):
            ids.append(
                log.record(chat_type="group", user_id=user, question=f"q{n}", answer=none_answer())
            )

    threads = [threading.Thread(target=worker, args=(u,)) for u in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stats = log.stats()
    log.close()

    assert 200 == len({i for i in ids if i is not None})
    assert (200, 8) == (stats["questions"], stats["users"])


def test_closed_log_records_nothing(tmp_path: Path) -> None:
    """After close, calls are harmless no-ops."""
    log = QuestionLog(tmp_path / "log.sqlite3", salt="s")
    log.close()

    assert None is log.record(chat_type="private", user_id=1, question="a", answer=none_answer())
    log.close()
