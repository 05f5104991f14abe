"""Security: no token in any log line, operator commands only for NEWSBOT_ADMIN_IDS, webhook
secret enforced, a question log without identities, secrets kept out of git and the image,
and a container that does not run as root.

The token check reads everything every bot process printed at DEBUG in this session: the
load run (tests/test_load.py), the fault runs (tests/test_faults.py) and this file's own run,
which also makes it meaningful when this file runs alone. The webhook with a configured
secret is tested end to end in tests/test_e2e.py; here the derived secret is.
"""

from __future__ import annotations

import fnmatch
import hashlib
import shlex
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot import replies
from bot.app import webhook_secret
from bot.config import Settings
from bot.models import Answer, Fact, Kind
from bot.qlog import QuestionLog
from bot.reload import KnowledgeHolder
from tests.botapi import FakeBotApi
from tests.botproc import (
    BOT,
    FINISHED_LOGS,
    OPERATOR,
    ROOT,
    SECRET_HALF,
    TOKEN,
    answer_to,
    start_bot,
    wait_until_ready,
)
from tests.conftest import OPERATOR_ID, BotHarness
from tests.fakes import BOT_USERNAME
from tests.test_e2e import free_port, post_update

QUESTION = "Quanto vuole raccogliere OpenAI?"
JSON = dict[str, Any]

# Readers with names, usernames and ids that must never reach the question log.
READERS = [
    (918_273_645, "Zebulone", "Quattrocchi", "zebulone_q"),
    (827_364_519, "Ildegarda", "Pappalardo", "ilde_papp"),
    (736_451_928, "Ermenegildo", "Sbrodolini", "ermes_sb"),
]
GROUP_ID = -1003141592653


@dataclass
class SecureRun:
    """What this file's own bot run left behind."""

    log: Path
    db_path: Path
    readers: list[JSON]


@pytest.fixture(scope="module")
def secure_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureRun]:
    """A bot at DEBUG: private and group questions from named readers, a 👍, a 429 and a 500
    on sendMessage, operator commands; then stopped (its log joins FINISHED_LOGS)."""
    tmp = tmp_path_factory.mktemp("security")
    with FakeBotApi(token=TOKEN, bot_username=BOT) as server:
        bot = start_bot(server, tmp)
        try:
            wait_until_ready(bot)
            group = server.group_chat(GROUP_ID, "Redazione segreta", supergroup=True)
            people = []
            for user_id, first, last, username in READERS:
                person = server.user(user_id, first, username)
                person["last_name"] = last
                people.append(person)
            first_reply = answer_to(
                server, server.send_text(server.private_chat(people[0]), people[0], QUESTION)
            )
            server.press_button(people[0], first_reply, "fb:1:+")
            server.fail_next("sendMessage", status=429, retry_after=1)
            answer_to(server, server.send_text(group, people[1], f"/chiedi@{BOT} {QUESTION}"))
            server.fail_next("sendMessage", status=500)
            answer_to(
                server,
                server.send_text(server.private_chat(people[2]), people[2], "chi sei?"),
            )
            operator = server.user(OPERATOR, "Operatore")
            chat = server.private_chat(operator)
            answer_to(server, server.send_text(chat, operator, "/stato"))
            server.wait_for_call("answerCallbackQuery")
        finally:
            bot.stop()
    assert bot.db_path is not None
    yield SecureRun(bot.output, bot.db_path, people)


# --- the token ----------------------------------------------------------------------------


def test_token_is_in_no_log_line(secure_run: SecureRun) -> None:
    """Every line every bot process printed at DEBUG (load, faults, this run) is free of the
    token, its secret half and its URL-encoded form."""
    logs = list(dict.fromkeys([*FINISHED_LOGS, secure_run.log]))
    forms = [TOKEN, SECRET_HALF, TOKEN.replace(":", "%3A")]
    found = []
    debug_lines = 0
    for path in logs:
        for number, line in enumerate(path.read_text("utf-8", "replace").splitlines(), 1):
            debug_lines += " DEBUG " in line
            found += [f"{path}:{number}" for form in forms if form in line]
    assert [] == found
    assert debug_lines > 20, f"too little DEBUG output to be sure ({len(logs)} logs)"


# --- operators ----------------------------------------------------------------------------

ANONYMOUS_ADMIN: JSON = {
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}


def command_cases() -> list[tuple[str, str, str, bool]]:
    """(command, where, who, served): operators anywhere; nobody else, admins included."""
    cases = []
    for command in ("/stato", "/ricarica", f"/stato@{BOT_USERNAME}", f"/ricarica@{BOT_USERNAME}"):
        for where in ("private", "group"):
            cases.append((command, where, "operator", True))
            cases.append((command, where, "reader", False))
        cases.append((command, "group", "group administrator", False))
        cases.append((command, "group", "anonymous administrator", False))
        cases.append((command, "group", "reader forwarding an operator's command", False))
    return cases


@pytest.mark.parametrize(("command", "where", "who", "served"), command_cases())
async def test_operator_commands_only_for_admin_ids(
    harness: BotHarness,
    shipped_holder: KnowledgeHolder,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    where: str,
    who: str,
    served: bool,
) -> None:
    """/stato and /ricarica work only for ids in NEWSBOT_ADMIN_IDS, in private and in groups;
    a group administrator (named or anonymous) or a reader forwarding an operator's command is
    refused, and a refused command does nothing (no reload, no figures shown)."""
    reloads: list[bool] = []
    monkeypatch.setattr(shipped_holder, "reload", lambda: reloads.append(True) or _ok())
    tg = harness.tg
    operator = tg.user(OPERATOR_ID, "Ope")
    reader = tg.user(5005, "Capo")
    group = tg.group()
    extra: JSON = {}
    sender = operator if who == "operator" else reader
    if who == "anonymous administrator":
        sender, extra = ANONYMOUS_ADMIN, {"sender_chat": group}
    if who.startswith("reader forwarding"):
        extra = {"forward_origin": {"type": "user", "date": 0, "sender_user": operator}}
    chat = tg.private(sender) if where == "private" else group
    await harness.send(tg.message(chat, sender, command, **extra))

    text = harness.request.last_sent()["text"]
    if served and "stato" in command:
        assert "Stato del bot" in text
    elif served:
        assert [True] == reloads
        assert text.startswith("Conoscenza ricaricata")
    else:
        assert replies.ADMIN_ONLY == text
        assert [] == reloads
    assert [] == harness.request.calls_to("getChatMember")  # admin status is never asked


def _ok() -> Any:
    from bot.reload import ReloadResult

    return ReloadResult(True, 1, 1, 0.01)


async def test_edit_into_an_operator_command_does_nothing(
    harness: BotHarness, shipped_holder: KnowledgeHolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader who edits a message into /ricarica gets no reload (commands act on new
    messages only)."""
    reloads: list[bool] = []
    monkeypatch.setattr(shipped_holder, "reload", lambda: reloads.append(True) or _ok())
    reader = harness.tg.user(5006, "Furbo")
    update = harness.tg.message(harness.tg.private(reader), reader, "ciao")
    await harness.send(update)
    await harness.send(harness.tg.edit(update, "/ricarica"))
    assert [] == reloads


# --- the webhook --------------------------------------------------------------------------


def test_webhook_with_derived_secret_rejects_other_requests(tmp_path: Path) -> None:
    """Without NEWSBOT_WEBHOOK_SECRET the webhook still requires a secret (derived from the
    token, not the token): no header, a wrong one or the token itself gets 403."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    with FakeBotApi(token=TOKEN, bot_username=BOT) as api:
        running = start_bot(
            api,
            tmp_path,
            NEWSBOT_WEBHOOK_URL=url,
            NEWSBOT_LISTEN="127.0.0.1",
            NEWSBOT_PORT=str(port),
        )
        try:
            api.wait_for_call("setWebhook", timeout=30)
            secret = api.calls_to("setWebhook")[0].params["secret_token"]
            settings = Settings(_env_file=None, token=TOKEN)  # type: ignore[call-arg]
            assert webhook_secret(settings) == secret
            assert SECRET_HALF not in secret
            user = api.user(7008, "Web")
            update = {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": int(time.time()),
                    "chat": {"id": 7008, "type": "private", "first_name": "Web"},
                    "from": user,
                    "text": QUESTION,
                },
            }
            for _ in range(100):  # the webhook server starts right after setWebhook
                try:
                    post_update(url, {**update, "update_id": 0}, "wrong")
                    break
                except OSError:
                    time.sleep(0.05)
            statuses = [
                post_update(url, update, None),
                post_update(url, update, "wrong"),
                post_update(url, update, TOKEN.replace(":", "_")),
                post_update(url, update, SECRET_HALF),
            ]
            assert [403, 403, 403, 403] == statuses
            assert 200 == post_update(url, update, secret)
            api.wait_for(lambda a: len(a.sent_messages(7008)) == 1, 10)
        finally:
            assert 0 == running.stop(timeout=10)


# --- the question log ---------------------------------------------------------------------


def database_bytes(db_path: Path) -> bytes:
    """The database file and its WAL and shared-memory files, as stored on disk."""
    found = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = Path(str(db_path) + suffix)
        if path.exists():
            found += path.read_bytes()
    return found


def test_question_log_holds_no_identities(secure_run: SecureRun) -> None:
    """After a real run, the question log (every byte of it, WAL included) contains no
    reader's first or last name, username or id, in text or as a stored integer; readers
    appear only as salted hashes, and no column is meant for an identity."""
    raw = database_bytes(secure_run.db_path)
    assert raw
    leaks = []
    for reader in secure_run.readers:
        for value in (reader["first_name"], reader["last_name"], reader["username"]):
            if value.encode() in raw or value.lower().encode() in raw:
                leaks.append(value)
        user_id = reader["id"]
        for form in (str(user_id).encode(), user_id.to_bytes(4, "big"), user_id.to_bytes(8, "big")):
            if form in raw:
                leaks.append(f"{user_id} as {form!r}")
    for secret in ("Redazione segreta", str(GROUP_ID)):
        if secret.encode() in raw:
            leaks.append(secret)
    assert [] == leaks
    with sqlite3.connect(secure_run.db_path) as db:
        columns = {
            column[1]
            for (table,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            for column in db.execute(f"PRAGMA table_info({table})")
        }
        hashes = {row[0] for row in db.execute("SELECT user_hash FROM questions")}
        hashes |= {row[0] for row in db.execute("SELECT user_hash FROM feedback")}
    assert not {"user_id", "username", "first_name", "last_name", "name", "chat_id"} & columns
    unsalted = {hashlib.sha256(str(r["id"]).encode()).hexdigest() for r in secure_run.readers}
    assert hashes and not hashes & unsalted
    assert all(64 == len(h) and int(h, 16) >= 0 for h in hashes)


def test_configured_salt_is_not_stored(tmp_path: Path) -> None:
    """With NEWSBOT_HASH_SALT set, the salt lives only in the environment: not in the log."""
    path = tmp_path / "q.sqlite3"
    log = QuestionLog(path, salt="sale-segreto-xyz")
    answer = Answer("q", Kind.FACT, "a", Fact("f", "a", ("q",)), 1.0)
    log.record(chat_type="private", user_id=918_273_645, question="q", answer=answer)
    log.close()
    raw = database_bytes(path)
    assert b"sale-segreto-xyz" not in raw
    assert b"918273645" not in raw


# --- files --------------------------------------------------------------------------------


def ignore_patterns(path: Path) -> list[str]:
    lines = path.read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("name", [".gitignore", ".dockerignore"])
def test_env_file_is_ignored(name: str) -> None:
    """`.env` (where NEWSBOT_TOKEN may live) is kept out of git and out of the image."""
    patterns = ignore_patterns(ROOT / name)
    assert any(fnmatch.fnmatch(".env", p.lstrip("/")) for p in patterns), patterns


def test_git_ignores_env_file() -> None:
    """git itself agrees that `.env` is ignored."""
    result = subprocess.run(
        ["git", "check-ignore", "-q", ".env"], cwd=ROOT, capture_output=True, check=False
    )
    if result.returncode == 128:
        pytest.skip("not a git checkout")
    assert 0 == result.returncode


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of a Dockerfile, continuation lines joined, comments dropped."""
    joined = []
    current = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            current += stripped[:-1] + " "
            continue
        joined.append(current + stripped)
        current = ""
    steps = []
    for line in joined:
        name, _, arguments = line.partition(" ")
        steps.append((name.upper(), arguments.strip()))
    return steps


def is_root(user: str) -> bool:
    name = shlex.split(user)[0].split(":")[0]
    return name in ("root", "0")


def test_dockerfile_runs_as_non_root() -> None:
    """The image switches to a user that is not root and never back; the command runs after."""
    steps = dockerfile_instructions((ROOT / "Dockerfile").read_text("utf-8"))
    users = [(index, args) for index, (name, args) in enumerate(steps) if name == "USER"]
    assert users, "no USER line"
    first_safe = next((i for i, args in users if not is_root(args)), None)
    assert first_safe is not None
    assert [] == [args for i, args in users if i > first_safe and is_root(args)]
    assert not is_root(users[-1][1])
    commands = [i for i, (name, _) in enumerate(steps) if name in ("CMD", "ENTRYPOINT")]
    assert commands and min(commands) > first_safe


def test_dockerfile_bakes_in_no_token() -> None:
    """The token comes from the environment at run time: no ENV or ARG sets it in the image."""
    steps = dockerfile_instructions((ROOT / "Dockerfile").read_text("utf-8"))
    assert [] == [args for name, args in steps if name in ("ENV", "ARG") and "TOKEN" in args]
