"""The load benchmark's exactly-once check, small enough for CI (benchmarks/load.py at 200).

Nothing here depends on timing: the figures of the full run are measured by the benchmark.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from benchmarks.load import burst_run, question_texts
from tests.botproc import ROOT

QUESTIONS = 200


def test_200_questions_are_each_answered_exactly_once(tmp_path: Path) -> None:
    """200 questions from 50 readers, queued at once (most in private chats, a tenth through
    /chiedi in two groups, where Telegram allows 20 messages a minute): every question gets
    exactly one reply, no reply is left over, nothing is logged as an error, and the bot logs
    its handler-time summary when it stops."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    texts = question_texts(knowledge, 300, seed=1)

    result = burst_run(
        knowledge,
        0,
        texts,
        tmp_path / "run",
        questions=QUESTIONS,
        users=50,
        groups=2,
        group_share=0.1,
        log_level="DEBUG",
        timeout=90,
    )

    counted = result.tally
    assert (QUESTIONS, 0, 0) == (counted.once, counted.missing, counted.extra)
    assert 0 == result.errors_logged
    assert QUESTIONS == result.handler_ms.get("count")


def test_timing_summary_reports_nearest_rank_percentiles() -> None:
    """The line the bot logs at shutdown (and the benchmark parses): nearest-rank p50, p95,
    p99 and the maximum of the handler times, in milliseconds; nothing when nothing ran."""
    from benchmarks.load import handler_summary
    from bot.handlers import timing_summary

    line = timing_summary([n / 1000 for n in range(1, 101)])
    assert (
        "handler time over 100 replies: p50 50.0 ms, p95 95.0 ms, p99 99.0 ms, max 100.0 ms" == line
    )
    assert {"count": 100, "p50": 50, "p95": 95, "p99": 99, "max": 100} == handler_summary(
        line or ""
    )
    assert None is timing_summary([])
