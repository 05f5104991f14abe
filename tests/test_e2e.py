"""End to end: `newsbot run` as a subprocess, over real HTTP, against the fake Bot API server.

One bot process serves the whole module (the scenarios use separate users and chats); the
last test stops it with SIGTERM and reads everything it printed. A second, short-lived
process checks webhook mode.
"""

# SIM300 ("Yoda conditions") is off: house style puts the expected value first in asserts.

from __future__ import annotations

import itertools
import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import replies
from bot.knowledge import load_knowledge
from bot.matching import Matcher
from bot.models import Kind
from tests.botapi import FakeBotApi
from tests.botproc import (
    BOT,
    JSON,
    OPERATOR,
    SECRET_HALF,
    TOKEN,
    RunningBot,
    answer_to,
    start_bot,
)

QUESTION = "Quanto vuole raccogliere OpenAI?"
FACT_ANSWER = "10 miliardi di dollari"
UNKNOWN = "Chi ha vinto il campionato di curling in Islanda?"
GROUP_ID = -1001234567890
START_TIMEOUT = 30.0


def wait_until_ready(bot: RunningBot, method: str) -> None:
    """Wait for the bot's first `method` call; fail with its output if it died."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if bot.server.calls_to(method):
            return
        if not bot.alive():
            break
        time.sleep(0.05)
    bot.stop()
    pytest.fail(f"the bot did not start:\n{bot.log()[-3000:]}")


@pytest.fixture(scope="module")
def server() -> Iterator[FakeBotApi]:
    with FakeBotApi(token=TOKEN, bot_username=BOT) as api:
        yield api


@pytest.fixture(scope="module")
def bot(server: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBot]:
    """One bot process for the module, polling the fake server."""
    running = start_bot(server, tmp_path_factory.mktemp("e2e"))
    wait_until_ready(running, "getUpdates")
    yield running
    if running.process.poll() is None:
        running.stop()


_user_ids = itertools.count(5001)


def new_user(server: FakeBotApi, name: str = "Lettore") -> JSON:
    return server.user(next(_user_ids), name)


def assert_silent(server: FakeBotApi, messages: list[JSON], sentinel: JSON) -> None:
    """The bot answered `sentinel` (sent after `messages`) and none of `messages`."""
    answer_to(server, sentinel)
    time.sleep(0.3)
    chat_id = sentinel["chat"]["id"]
    ignored = {m["message_id"] for m in messages}
    quoted = [
        (s.get("reply_to_message") or {}).get("message_id") for s in server.sent_messages(chat_id)
    ]
    assert [] == [q for q in quoted if q in ignored]


def unsure_question(knowledge: Path) -> str:
    """A question the bot answers with suggestions, found with the bot's own matcher."""
    matcher = Matcher(load_knowledge([knowledge]))
    facts = matcher.knowledge.news_facts
    words = [k for f in facts for k in f.keywords[:3]]
    for candidate in [
        "10 miliardi Amazon",
        *(f"{a} {b}" for a, b in itertools.combinations(words, 2)),
    ]:
        answer = matcher.match(candidate)
        if answer.kind is Kind.NONE and answer.suggestions:
            return candidate
    pytest.fail("no question in the shipped knowledge makes the matcher unsure")


# --- scenarios ----------------------------------------------------------------------------


def test_private_question_gets_answer_with_source(bot: RunningBot, server: FakeBotApi) -> None:
    """A private question is answered with the fact, then "Fonte: <titolo>, <data>"."""
    user = new_user(server)
    message = server.send_text(server.private_chat(user), user, QUESTION)
    reply = answer_to(server, message)
    assert FACT_ANSWER in reply["text"]
    assert "Fonte: OpenAI in trattativa" in reply["text"]
    assert "17 dicembre 2025" in reply["text"]


def test_group_answers_only_what_is_addressed_to_it(bot: RunningBot, server: FakeBotApi) -> None:
    """In a group: /chiedi@thisbot is answered quoting the asker; /chiedi@altro_bot and plain
    chatter are ignored."""
    group = server.group_chat(GROUP_ID, "Redazione", supergroup=True)
    user = new_user(server, "Bruno")
    ignored = [
        server.send_text(group, user, f"/chiedi@altro_bot {QUESTION}"),
        server.send_text(group, user, "buongiorno a tutti, avete letto di OpenAI?"),
    ]
    asked = server.send_text(group, user, f"/chiedi@{BOT} {QUESTION}")
    reply = answer_to(server, asked)
    assert asked["message_id"] == reply["reply_to_message"]["message_id"]
    assert FACT_ANSWER in reply["text"]
    assert_silent(server, ignored, asked)


def test_group_mention_and_reply_to_bot_are_answered(bot: RunningBot, server: FakeBotApi) -> None:
    """A mention of the bot and a reply to one of its messages are both questions."""
    group = server.group_chat(GROUP_ID - 1, "Lettori", supergroup=True)
    user = new_user(server, "Carla")
    mention = server.send_text(group, user, f"@{BOT} {QUESTION}")
    first = answer_to(server, mention)
    assert FACT_ANSWER in first["text"]
    follow_up = server.send_text(group, user, "ciao", reply_to_message_id=first["message_id"])
    second = answer_to(server, follow_up)
    assert second["text"].startswith("Ciao!")


def test_forum_topic_reply_stays_in_topic(bot: RunningBot, server: FakeBotApi) -> None:
    """In a forum, the answer lands in the asker's topic."""
    forum = server.group_chat(GROUP_ID - 2, "Forum", forum=True)
    user = new_user(server)
    asked = server.send_text(forum, user, f"/chiedi {QUESTION}", message_thread_id=42)
    assert 42 == answer_to(server, asked).get("message_thread_id")


def test_suggestion_button_edits_the_answer(bot: RunningBot, server: FakeBotApi) -> None:
    """Pressing a suggestion edits the message into that fact and answers the callback."""
    user = new_user(server)
    chat = server.private_chat(user)
    message = server.send_text(chat, user, unsure_question(bot.knowledge))
    reply = answer_to(server, message)
    assert reply["text"].endswith(replies.MAYBE)
    rows = reply["reply_markup"]["inline_keyboard"]
    assert replies.NONE_OF_THESE == rows[-1][0]["text"]
    assert 2 <= len(rows) <= 4
    data = rows[0][0]["callback_data"]
    query_id = server.press_button(user, reply, data)
    server.wait_for_call("answerCallbackQuery", callback_query_id=query_id)
    server.wait_for_call("editMessageText", message_id=reply["message_id"], chat_id=chat["id"])
    edited = next(
        m for m in server.sent_messages(chat["id"]) if m["message_id"] == reply["message_id"]
    )
    assert "Fonte:" in edited["text"]
    assert "reply_markup" not in edited


def test_inline_query_returns_answer_cards(bot: RunningBot, server: FakeBotApi) -> None:
    """An inline query gets up to 5 answer cards with the answer and its source."""
    query_id = server.inline_query(new_user(server), "quanto vuole raccogliere openai")
    call = server.wait_for_call("answerInlineQuery", inline_query_id=query_id)[0]
    assert 200 == call.status
    results = call.params["results"]
    results = json.loads(results) if isinstance(results, str) else results
    assert 1 <= len(results) <= 5
    assert "Fonte:" in results[0]["input_message_content"]["message_text"]


def test_operator_commands_only_for_admin_ids(bot: RunningBot, server: FakeBotApi) -> None:
    """A group administrator not in NEWSBOT_ADMIN_IDS is refused; an operator id is served."""
    group = server.group_chat(GROUP_ID - 3, "Admins", supergroup=True)
    boss = new_user(server, "Capo")
    server.set_admin(group["id"], boss["id"])
    refused = answer_to(server, server.send_text(group, boss, f"/stato@{BOT}"))
    assert replies.ADMIN_ONLY == refused["text"]
    operator = server.user(OPERATOR, "Operatore")
    served = answer_to(server, server.send_text(group, operator, f"/stato@{BOT}"))
    assert "Stato del bot" in served["text"] and "Fatti:" in served["text"]


def test_reload_with_broken_file_keeps_answering(bot: RunningBot, server: FakeBotApi) -> None:
    """A broken knowledge file: operators are warned, /ricarica lists `path:line` problems,
    and the bot keeps answering from the old knowledge."""
    operator = server.user(OPERATOR, "Operatore")
    chat = server.private_chat(operator)
    broken = bot.knowledge / "rotto.toml"
    broken.write_text("[article]\nid = 'rotto'\ntitle =\n", encoding="utf-8")
    try:
        server.wait_for(
            lambda api: any("rotto.toml:3" in m["text"] for m in api.sent_messages(OPERATOR)), 10
        )
        reload_reply = answer_to(server, server.send_text(chat, operator, "/ricarica"))
        assert "Conoscenza non ricaricata" in reload_reply["text"]
        assert "rotto.toml:3" in reload_reply["text"]
        user = new_user(server)
        still = answer_to(server, server.send_text(server.private_chat(user), user, QUESTION))
        assert FACT_ANSWER in still["text"]
    finally:
        broken.unlink()
    fixed = answer_to(server, server.send_text(chat, operator, "/ricarica"))
    assert fixed["text"].startswith("Conoscenza ricaricata: 1 articolo")


def test_edited_question_edits_the_answer(bot: RunningBot, server: FakeBotApi) -> None:
    """Editing a question edits the bot's earlier answer instead of sending a new one."""
    user = new_user(server)
    chat = server.private_chat(user)
    message = server.send_text(chat, user, UNKNOWN)
    reply = answer_to(server, message)
    assert replies.NOT_KNOWN == reply["text"]
    server.edit_text(chat, message["message_id"], user, QUESTION)
    server.wait_for_call("editMessageText", message_id=reply["message_id"], chat_id=chat["id"])
    messages = server.sent_messages(chat["id"])
    assert 1 == len(messages)
    assert FACT_ANSWER in messages[0]["text"]


def test_sticker_in_private_gets_text_only_hint(bot: RunningBot, server: FakeBotApi) -> None:
    """A sticker in private gets "rispondo solo a domande scritte"."""
    user = new_user(server)
    sticker = server.send_sticker(server.private_chat(user), user)
    assert replies.ONLY_TEXT == answer_to(server, sticker)["text"]


def test_flood_limit_is_waited_out(bot: RunningBot, server: FakeBotApi) -> None:
    """A 429 with retry_after from Telegram is honoured and the answer still arrives."""
    user = new_user(server)
    server.fail_next("sendMessage", status=429, retry_after=1)
    started = time.monotonic()
    reply = answer_to(server, server.send_text(server.private_chat(user), user, QUESTION))
    assert FACT_ANSWER in reply["text"]
    assert time.monotonic() - started >= 1
    assert [429, 200] == [c.status for c in server.calls_to("sendMessage")[-2:]]


def test_polling_asks_only_for_handled_updates(bot: RunningBot, server: FakeBotApi) -> None:
    """getUpdates subscribes to the four handled kinds and never drops pending updates."""
    assert ["callback_query", "edited_message", "inline_query", "message"] == server.allowed_updates
    for call in server.calls_to("deleteWebhook"):
        assert not call.params.get("drop_pending_updates")
    languages = {language for (_scope, language) in server.commands}
    assert {"it", ""} <= languages


def test_stops_cleanly_and_never_logs_the_token(bot: RunningBot, server: FakeBotApi) -> None:
    """SIGTERM stops the bot with exit code 0 within a few seconds; nothing it printed during
    the whole run contains the token."""
    started = time.monotonic()
    assert 0 == bot.stop(timeout=10)
    assert time.monotonic() - started < 8
    log = bot.log()
    assert "getUpdates" in log  # DEBUG logging was on: the check below had something to read
    assert TOKEN not in log
    assert SECRET_HALF not in log
    assert "newsbot stopped" in log


# --- webhook mode -------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def post_update(url: str, update: JSON, secret: str | None) -> int:
    request = urllib.request.Request(
        url,
        data=json.dumps(update).encode(),
        headers={"Content-Type": "application/json"}
        | ({"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}),
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_webhook_mode_checks_the_secret(tmp_path: Path) -> None:
    """With NEWSBOT_WEBHOOK_URL the bot registers the webhook with a secret token, answers
    updates that carry it, rejects those that do not, and stops cleanly."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    secret = "e2e-webhook-secret"
    with FakeBotApi(token=TOKEN, bot_username=BOT) as api:
        running = start_bot(
            api,
            tmp_path,
            NEWSBOT_WEBHOOK_URL=url,
            NEWSBOT_WEBHOOK_SECRET=secret,
            NEWSBOT_LISTEN="127.0.0.1",
            NEWSBOT_PORT=str(port),
        )
        try:
            wait_until_ready(running, "setWebhook")
            call = api.wait_for_call("setWebhook")[0]
            assert url == call.params["url"]
            assert secret == call.params["secret_token"]
            user = api.user(7007, "Web")
            update = {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": int(time.time()),
                    "chat": {"id": 7007, "type": "private", "first_name": "Web"},
                    "from": user,
                    "text": QUESTION,
                },
            }
            status = 0
            for _ in range(100):  # the webhook server starts right after setWebhook
                try:
                    status = post_update(url, {**update, "update_id": 0}, "wrong")
                    break
                except OSError:
                    time.sleep(0.05)
            assert 403 == status
            assert 403 == post_update(url, update, None)
            assert 200 == post_update(url, update, secret)
            api.wait_for(lambda a: len(a.sent_messages(7007)) == 1, 10)
            assert FACT_ANSWER in api.sent_messages(7007)[0]["text"]
        finally:
            code = running.stop(timeout=10)
        assert 0 == code
        log = running.log()
        assert TOKEN not in log and SECRET_HALF not in log and secret not in log
