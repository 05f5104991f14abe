"""The real `newsbot run` as a subprocess against FakeBotApi: start it, wait, measure, stop.

Shared by the end-to-end fault, load and security tests and by `benchmarks/load.py`. Every
output file of a bot process that has stopped is listed in `FINISHED_LOGS`, so the security
tests can scan everything the load and fault runs printed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.botapi import FakeBotApi

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:TEST-token"
SECRET_HALF = TOKEN.partition(":")[2]
BOT = "newsbot_test_bot"
OPERATOR = 9001
START_TIMEOUT = 60.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
JSON = dict[str, Any]

# Output files of every bot process stopped in this test session (or benchmark run).
FINISHED_LOGS: list[Path] = []


@dataclass
class RunningBot:
    """A `newsbot run` process, where its output goes, and what it was given."""

    process: subprocess.Popen[bytes]
    output: Path
    knowledge: Path
    server: FakeBotApi
    db_path: Path | None
    env: dict[str, str] = field(default_factory=dict)

    @property
    def pid(self) -> int:
        return self.process.pid

    def log(self) -> str:
        """Everything the process printed so far (stdout and stderr)."""
        return self.output.read_text(encoding="utf-8", errors="replace")

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 15.0) -> int:
        """SIGTERM, wait, and remember the output for the security scan; the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(5)
        finally:
            if self.output not in FINISHED_LOGS:
                FINISHED_LOGS.append(self.output)

    def cpu_seconds(self) -> float:
        """User + system CPU time of the process so far (Linux /proc; 0.0 elsewhere)."""
        try:
            stat = Path(f"/proc/{self.pid}/stat").read_text()
        except OSError:
            return 0.0
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) "
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime

    def peak_rss_mb(self) -> float:
        """Peak resident set size (VmHWM) in MiB (Linux /proc; 0.0 elsewhere)."""
        try:
            for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0


def start_bot(
    server: FakeBotApi,
    workdir: Path,
    *,
    knowledge: Path | None = None,
    db_path: Path | None = None,
    log_level: str = "DEBUG",
    **env_extra: str,
) -> RunningBot:
    """Start `python -m bot run` polling `server`.

    Without `knowledge` it gets its own copy of the shipped knowledge (tests may break it);
    `db_path` defaults to a question log in `workdir`.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    if knowledge is None:
        knowledge = workdir / "knowledge"
        shutil.copytree(ROOT / "knowledge", knowledge)
    if db_path is None:
        db_path = workdir / "questions.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBOT_")}
    env.update(
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
        NEWSBOT_TOKEN=TOKEN,
        NEWSBOT_BASE_URL=server.base_url,
        NEWSBOT_KNOWLEDGE_DIR=str(knowledge),
        NEWSBOT_ADMIN_IDS=str(OPERATOR),
        NEWSBOT_DB_PATH=str(db_path),
        NEWSBOT_LOG_LEVEL=log_level,
        **env_extra,
    )
    output = workdir / f"bot-{len(list(workdir.glob('bot-*.log')))}.log"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=workdir,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    return RunningBot(process, output, knowledge, server, db_path, env)


def wait_until_ready(bot: RunningBot, timeout: float = START_TIMEOUT) -> None:
    """Wait for the bot's first long poll (`getUpdates` with a timeout); RuntimeError with its
    output if it died or took too long."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(call.params.get("timeout") for call in bot.server.calls_to("getUpdates")):
            return
        if not bot.alive():
            break
        time.sleep(0.05)
    bot.stop()
    raise RuntimeError(f"the bot did not start:\n{bot.log()[-3000:]}")


def replies_to(server: FakeBotApi, message: JSON) -> list[JSON]:
    """The bot's messages that quote `message` (as group answers do)."""
    chat_id = message["chat"]["id"]
    return [
        sent
        for sent in server.sent_messages(chat_id)
        if (sent.get("reply_to_message") or {}).get("message_id") == message["message_id"]
    ]


def answer_to(server: FakeBotApi, message: JSON, timeout: float = 10.0) -> JSON:
    """The bot's reply to `message`: a quote of it, or (in private) its next message."""
    chat_id = message["chat"]["id"]
    found: list[JSON] = []

    def replied(api: FakeBotApi) -> bool:
        for sent in api.sent_messages(chat_id):
            quoted = (sent.get("reply_to_message") or {}).get("message_id")
            if quoted == message["message_id"] or (
                quoted is None and sent["message_id"] > message["message_id"]
            ):
                found.append(sent)
                return True
        return False

    server.wait_for(replied, timeout)
    return found[0]
