"""Faults, end to end: the real `newsbot run` process against the fake Bot API server.

One bot process serves most scenarios (each uses its own readers); a second one starts with
its question log on a path nobody may write to, and then loses its knowledge directory. A few
unit tests pin the retry policy and the reading of malformed updates.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegram import Update
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.app import RETRY_ATTEMPTS, RetryingRequest, readable_updates
from bot.qlog import LOCKED_BACKOFF_S
from tests.botapi import FakeBotApi
from tests.botproc import (
    BOT,
    OPERATOR,
    ROOT,
    TOKEN,
    RunningBot,
    answer_to,
    replies_to,
    start_bot,
    wait_until_ready,
)

QUESTION = "Quanto vuole raccogliere OpenAI?"
FACT_ANSWER = "10 miliardi di dollari"
GROUP_ID = -1002000000001
JSON = dict[str, Any]

_user_ids = itertools.count(61_001)


def new_user(server: FakeBotApi) -> JSON:
    number = next(_user_ids)
    return server.user(number, f"Lettore{number}")


def ask(server: FakeBotApi, text: str = QUESTION) -> JSON:
    """A new reader asks `text` in private; the message."""
    user = new_user(server)
    return server.send_text(server.private_chat(user), user, text)


def statuses(server: FakeBotApi, chat_id: int) -> list[int | None]:
    """HTTP status of every sendMessage to `chat_id`, in order."""
    return [
        call.status
        for call in server.calls_to("sendMessage")
        if str(call.params.get("chat_id")) == str(chat_id)
    ]


def log_after(bot: RunningBot, mark: int) -> str:
    """What the bot printed after `mark` characters."""
    return bot.log()[mark:]


@pytest.fixture(scope="module")
def server() -> Iterator[FakeBotApi]:
    with FakeBotApi(token=TOKEN, bot_username=BOT) as api:
        yield api


@pytest.fixture(scope="module")
def bot(server: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBot]:
    """One bot process for the module's shared scenarios, logging at DEBUG."""
    running = start_bot(server, tmp_path_factory.mktemp("faults"))
    wait_until_ready(running)
    yield running
    running.stop()


# --- the Bot API server goes away ---------------------------------------------------------


def test_server_away_for_10_seconds(bot: RunningBot, server: FakeBotApi) -> None:
    """Telegram unreachable for 10 s: the bot keeps trying, then answers every question that
    arrived meanwhile exactly once, and the one answered before is not answered again."""
    before = ask(server)
    answer_to(server, before)
    server.go_down()
    try:
        time.sleep(2)
        group = server.group_chat(GROUP_ID, "Redazione", supergroup=True)
        waiting = [ask(server) for _ in range(4)]
        member = new_user(server)
        waiting.append(server.send_text(group, member, f"/chiedi@{BOT} {QUESTION}"))
        time.sleep(8)
    finally:
        server.come_back()
    for message in waiting:
        assert FACT_ANSWER in answer_to(server, message, timeout=30)["text"]
    time.sleep(1)
    assert [1, 1, 1, 1] == [len(server.sent_messages(m["chat"]["id"])) for m in waiting[:4]]
    assert 1 == len(replies_to(server, waiting[4]))
    assert 1 == len(server.sent_messages(before["chat"]["id"]))
    assert bot.alive()
    assert "Telegram unreachable while polling" in bot.log()  # it kept trying


# --- errors on sendMessage ----------------------------------------------------------------


def test_flood_limit_is_honoured(bot: RunningBot, server: FakeBotApi) -> None:
    """A 429 with retry_after=2: the bot waits at least 2 s, then the answer arrives, once."""
    server.fail_next("sendMessage", status=429, retry_after=2)
    message = ask(server)
    reply = answer_to(server, message, timeout=15)
    assert FACT_ANSWER in reply["text"]
    calls = [
        c
        for c in server.calls_to("sendMessage")
        if str(c.params.get("chat_id")) == str(message["chat"]["id"])
    ]
    assert [429, 200] == [c.status for c in calls]
    assert calls[1].time - calls[0].time >= 2.0
    assert 1 == len(server.sent_messages(message["chat"]["id"]))


def test_server_errors_are_retried_and_the_answer_sent_once(
    bot: RunningBot, server: FakeBotApi
) -> None:
    """Two 500s and a proxy's 502 HTML page on sendMessage: retried with growing pauses, the
    answer is delivered exactly once."""
    mark = len(bot.log())
    server.fail_next("sendMessage", status=500, times=2)
    server.fail_next("sendMessage", status=502, body="<html><h1>502 Bad Gateway</h1></html>")
    message = ask(server)
    assert FACT_ANSWER in answer_to(server, message, timeout=15)["text"]
    assert [500, 500, 502, 200] == statuses(server, message["chat"]["id"])
    assert 1 == len(server.sent_messages(message["chat"]["id"]))
    assert 3 == len(re.findall(r"sendMessage failed \(HTTP 50[02]\)", log_after(bot, mark)))


def test_lasting_server_errors_are_given_up_logged_and_the_bot_goes_on(
    bot: RunningBot, server: FakeBotApi
) -> None:
    """sendMessage failing on every attempt: the bot gives up after RETRY_ATTEMPTS tries, logs
    it, sends no apology (Telegram is failing), and answers the next reader normally."""
    mark = len(bot.log())
    server.fail_next("sendMessage", status=500, times=RETRY_ATTEMPTS)
    lost = ask(server)
    server.wait_for(lambda api: RETRY_ATTEMPTS == len(statuses(api, lost["chat"]["id"])), 15)
    following = ask(server)
    assert FACT_ANSWER in answer_to(server, following, timeout=15)["text"]
    assert [500] * RETRY_ATTEMPTS == statuses(server, lost["chat"]["id"])
    assert [] == server.sent_messages(lost["chat"]["id"])
    printed = log_after(bot, mark)
    assert f"sendMessage failed {RETRY_ATTEMPTS} times (HTTP 500): giving up" in printed
    assert "error while handling an update" in printed


def test_timeout_after_delivery_is_not_repeated(bot: RunningBot, server: FakeBotApi) -> None:
    """Telegram delivers the answer but replies after the bot's 5 s read timeout: the bot does
    not send it again (the reader sees it once), logs why, and goes on answering."""
    mark = len(bot.log())
    server.delay_next("sendMessage", 6.5)
    slow = ask(server)
    answer_to(server, slow, timeout=5)  # delivered at once; only the HTTP reply is late
    following = ask(server)
    assert FACT_ANSWER in answer_to(server, following, timeout=10)["text"]
    server.wait_for(lambda _: "not repeated" in log_after(bot, mark), 10)
    time.sleep(1.0)
    assert 1 == len(statuses(server, slow["chat"]["id"]))  # one request, never a second
    assert 1 == len(server.sent_messages(slow["chat"]["id"]))
    assert "sendMessage may have reached Telegram (ReadTimeout)" in log_after(bot, mark)


# --- the question log ---------------------------------------------------------------------


def logged_questions(bot: RunningBot) -> int:
    assert bot.db_path is not None
    with sqlite3.connect(bot.db_path) as db:
        return int(db.execute("SELECT COUNT(*) FROM questions").fetchone()[0])


def test_locked_question_log_does_not_stop_answers(bot: RunningBot, server: FakeBotApi) -> None:
    """While another process holds the question log's write lock, questions are still answered
    (not logged, one warning says why); once it is released, logging resumes."""
    answer_to(server, ask(server))
    before = logged_questions(bot)
    mark = len(bot.log())
    assert bot.db_path is not None
    locker = sqlite3.connect(bot.db_path, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        during = [ask(server) for _ in range(3)]
        for message in during:
            reply = answer_to(server, message, timeout=10)
            assert FACT_ANSWER in reply["text"]
            assert "reply_markup" not in reply  # no 👍/👎: the question has no log row
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    # The first locked write warns; the log then stands aside for a short back-off.
    assert 1 == log_after(bot, mark).count("could not record a question: database is locked")
    time.sleep(LOCKED_BACKOFF_S)
    answer_to(server, ask(server))
    server.wait_for(lambda _: logged_questions(bot) == before + 1, 5)


# --- malformed updates --------------------------------------------------------------------


def test_malformed_updates_are_skipped(bot: RunningBot, server: FakeBotApi) -> None:
    """Updates PTB cannot read (missing fields, wrong types) or does not know are skipped and
    confirmed, so they are not fetched forever; the question after them is answered once."""
    mark = len(bot.log())
    user = new_user(server)
    broken: list[JSON] = [
        {"message": {"message_id": 1, "chat": {"id": user["id"], "type": "private"}}},
        {"message": "not an object"},
        {"callback_query": {"id": "1", "data": "f:-"}},
        {"inline_query": {"id": "2", "from": {"id": "abc"}, "query": 5}},
        {"future_kind_of_update": {"unknown": True}},  # readable, but nothing handles it
    ]
    for update in broken:
        server.push_raw_update(update)
    message = server.send_text(server.private_chat(user), user, QUESTION)
    assert FACT_ANSWER in answer_to(server, message)["text"]
    time.sleep(0.5)
    assert message_update_id(server, message) <= server.updates_confirmed()
    assert [] == server.pending_updates()
    assert 1 == len(server.sent_messages(user["id"]))
    printed = log_after(bot, mark)
    assert 4 == len(re.findall(r"skipped update \d+: it could not be read", printed))
    polls = len(server.calls_to("getUpdates"))
    time.sleep(1.0)
    assert len(server.calls_to("getUpdates")) - polls <= 3  # long polling, not a busy loop
    assert bot.alive()


def message_update_id(server: FakeBotApi, message: JSON) -> int:
    """The update_id the server gave the update carrying `message`."""
    wanted = (message["chat"]["id"], message["message_id"])
    for call in server.calls_to("getUpdates"):
        for update in (call.response or {}).get("result") or []:
            found = update.get("message")
            if isinstance(found, dict) and wanted == (
                (found.get("chat") or {}).get("id"),
                found.get("message_id"),
            ):
                return int(update["update_id"])
    raise AssertionError("the bot never received the message")


# --- a bot on a read-only disk that loses its knowledge -----------------------------------


def unwritable_db_path(tmp: Path) -> Path:
    """A question-log path nobody may write to: a read-only directory, or (as root, whom
    permissions do not stop) a directory of the read-only /sys file system."""
    if os.geteuid() != 0:
        folder = tmp / "sola-lettura"
        folder.mkdir()
        folder.chmod(0o555)
        return folder / "questions.sqlite3"
    return Path("/sys/newsbot-questions.sqlite3")


@pytest.fixture(scope="module")
def fragile_bot(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[RunningBot, FakeBotApi]]:
    """A bot whose question log cannot be written and whose knowledge the tests take away."""
    tmp = tmp_path_factory.mktemp("fragile")
    with FakeBotApi(token=TOKEN, bot_username=BOT) as api:
        running = start_bot(api, tmp, db_path=unwritable_db_path(tmp))
        wait_until_ready(running)
        yield running, api
        running.stop()


def test_read_only_question_log_does_not_stop_answers(
    fragile_bot: tuple[RunningBot, FakeBotApi],
) -> None:
    """With the question log on a read-only path the bot starts, says so once, and answers
    (without 👍/👎 buttons, as there is nowhere to count them); /stato still works."""
    bot, server = fragile_bot
    reply = answer_to(server, ask(server))
    assert FACT_ANSWER in reply["text"]
    assert "reply_markup" not in reply
    assert "unavailable, questions are not logged" in bot.log()
    operator = server.user(OPERATOR, "Operatore")
    status = answer_to(server, server.send_text(server.private_chat(operator), operator, "/stato"))
    assert "Stato del bot" in status["text"]


def test_knowledge_emptied_then_deleted_keeps_serving(
    fragile_bot: tuple[RunningBot, FakeBotApi],
) -> None:
    """The knowledge directory emptied, then deleted: each time the operators are warned and
    the last good knowledge keeps answering; restored, it is loaded and watched again."""
    bot, server = fragile_bot
    knowledge = bot.knowledge

    def warned(words: str) -> None:
        server.wait_for(
            lambda api: any(words in m["text"] for m in api.sent_messages(OPERATOR)), 10
        )

    for file in knowledge.glob("*.toml"):
        file.unlink()
    warned("la cartella è vuota?")
    assert FACT_ANSWER in answer_to(server, ask(server))["text"]

    shutil.rmtree(knowledge)
    warned("non esiste più")
    assert FACT_ANSWER in answer_to(server, ask(server))["text"]

    mark = len(bot.log())
    shutil.copytree(ROOT / "knowledge", knowledge)
    server.wait_for(lambda _: "knowledge reloaded" in log_after(bot, mark), 10)
    (knowledge / "conversazione.toml").unlink()  # the watcher follows the new directory
    server.wait_for(lambda _: log_after(bot, mark).count("knowledge reloaded") == 2, 10)
    assert FACT_ANSWER in answer_to(server, ask(server))["text"]
    assert bot.alive()


# --- the retry policy, without a network ----------------------------------------------------


class Flaky(BaseRequest):
    """A transport that fails as told, then answers 200."""

    def __init__(self, *failures: BaseException | int) -> None:
        self.failures = list(failures)
        self.calls = 0

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        self.calls += 1
        if self.failures:
            failure = self.failures.pop(0)
            if isinstance(failure, int):
                return failure, b'{"ok": false, "error_code": 500, "description": "boom"}'
            raise failure
        return 200, b'{"ok": true, "result": true}'


def timed_out(cause: Exception) -> TimedOut:
    try:
        raise TimedOut from cause
    except TimedOut as error:
        return error


def network_error(cause: Exception) -> NetworkError:
    try:
        raise NetworkError(f"httpx.{type(cause).__name__}") from cause
    except NetworkError as error:
        return error


def send(inner: Flaky, method: str = "sendMessage", attempts: int = RETRY_ATTEMPTS) -> Any:
    request = RetryingRequest(inner, attempts=attempts, backoff=0.0)
    url = f"http://127.0.0.1:1/bot{TOKEN}/{method}"
    return asyncio.run(request.do_request(url, "POST", RequestData([])))


@pytest.mark.parametrize(
    "failure",
    [
        503,
        timed_out(httpx.ConnectTimeout("no route")),
        timed_out(httpx.PoolTimeout("pool full")),
        network_error(httpx.ConnectError("refused")),
    ],
    ids=["503", "connect-timeout", "pool-timeout", "connection-refused"],
)
def test_failures_before_delivery_are_retried(failure: BaseException | int) -> None:
    """A 5xx or a request that never left is tried again, and the retry's answer counts."""
    inner = Flaky(failure, failure)
    assert (200, b'{"ok": true, "result": true}') == send(inner)
    assert 3 == inner.calls


@pytest.mark.parametrize(
    "failure",
    [timed_out(httpx.ReadTimeout("slow")), network_error(httpx.RemoteProtocolError("cut"))],
    ids=["read-timeout", "connection-dropped"],
)
def test_maybe_delivered_answer_is_not_sent_again(failure: BaseException) -> None:
    """After a read timeout or a dropped connection a sendMessage may have been delivered:
    it is not repeated (the error goes up to be logged); an edit, harmless to repeat, is."""
    once = Flaky(failure)
    with pytest.raises(type(failure)):
        send(once, "sendMessage")
    assert 1 == once.calls
    again = Flaky(failure)
    assert 200 == send(again, "editMessageText")[0]
    assert 2 == again.calls


def test_retries_are_bounded() -> None:
    """After `attempts` tries the last answer (or error) is handed back as it is."""
    answers = Flaky(500, 500, 500, 500, 500)
    assert 500 == send(answers, attempts=3)[0]
    assert 3 == answers.calls
    refused = network_error(httpx.ConnectError("refused"))
    errors = Flaky(refused, refused, refused)
    with pytest.raises(NetworkError):
        send(errors, attempts=2)
    assert 2 == errors.calls


def test_client_errors_are_not_retried() -> None:
    """4xx answers (429 included: AIORateLimiter waits those out) are returned at once."""
    for status in (400, 403, 429):
        inner = Flaky(status)
        assert status == send(inner)[0]
        assert 1 == inner.calls


def test_unreadable_updates_become_empty_updates() -> None:
    """In a getUpdates batch, an update PTB cannot read becomes an empty Update with its id
    (so it is confirmed); one without a usable id is dropped; good ones are kept."""
    good = {
        "update_id": 3,
        "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}, "text": "x"},
    }
    raw = [{"update_id": 1, "message": {"foo": 1}}, {"message": "x"}, good, "junk"]
    found = readable_updates(raw, None)  # type: ignore[arg-type]
    assert [1, 3] == [update.update_id for update in found]
    assert Update(1) == found[0] and found[0].message is None
    assert "x" == found[1].message.text  # type: ignore[union-attr]
