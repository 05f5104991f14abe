"""Tests of the fake Bot API server itself, driven by a real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import datetime as dtm
import html
import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    ReplyParameters,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import Application, CommandHandler, ContextTypes
from telegram.request import HTTPXRequest

from tests.botapi import FakeBotApi, HtmlError, parse_telegram_html, visible_length

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def server() -> Iterator[FakeBotApi]:
    """A running fake server, stopped after the test."""
    with FakeBotApi() as api:
        yield api
    assert not api.server_errors, api.server_errors[-1]


def make_bot(server: FakeBotApi, **request: Any) -> Bot:
    """A real PTB Bot pointed at the fake server."""
    if request:
        return Bot(server.token, base_url=server.base_url, request=HTTPXRequest(**request))
    return Bot(server.token, base_url=server.base_url)


def seconds(value: int | dtm.timedelta) -> float:
    """PTB 22 gives time periods as int or timedelta depending on settings."""
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


def post(
    server: FakeBotApi, method: str, body: bytes, content_type: str
) -> tuple[int, dict[str, Any]]:
    """POST a raw body to the server, returning (status, decoded JSON)."""
    request = urllib.request.Request(
        f"{server.base_url}{server.token}/{method}",
        data=body,
        headers={"Content-Type": content_type},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


# ---------------------------------------------------------------------- PTB against the server


@pytest.mark.asyncio
async def test_get_me_and_bot_username(server: FakeBotApi) -> None:
    """get_me returns the configured bot and Bot.username is filled in by initialize()."""
    async with make_bot(server) as bot:
        me = await bot.get_me()
        assert me.id == 123456 and me.is_bot and me.username == "newsbot_test_bot"
        assert me.supports_inline_queries and me.can_read_all_group_messages is False
        assert bot.username == "newsbot_test_bot"
    assert server.calls_to("getMe")[0].status == 200


@pytest.mark.asyncio
async def test_queued_message_delivered_once_then_forgotten(server: FakeBotApi) -> None:
    """A queued message comes back from get_updates, and never again once offset confirms it."""
    ann = server.user(42, "Ann", "ann")
    sent = server.send_text(server.private_chat(ann), ann, "/start now")
    async with make_bot(server) as bot:
        updates = await bot.get_updates()
        assert [u.message.text for u in updates if u.message] == ["/start now"]
        message = updates[0].message
        assert message is not None and message.message_id == sent["message_id"]
        assert message.entities[0].type == "bot_command" and message.entities[0].length == 6
        assert len(await bot.get_updates()) == 1  # not confirmed yet
        assert await bot.get_updates(offset=updates[-1].update_id + 1) == ()
        assert server.updates_confirmed() == updates[-1].update_id
        assert await bot.get_updates() == ()


@pytest.mark.asyncio
async def test_long_poll_returns_when_message_arrives(server: FakeBotApi) -> None:
    """A waiting long poll returns as soon as a message is queued, not at its timeout."""
    ann = server.user(42, "Ann")
    chat = server.private_chat(ann)
    async with make_bot(server) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=10))
        await asyncio.sleep(0.3)
        started = time.monotonic()
        server.send_text(chat, ann, "hello")
        updates = await asyncio.wait_for(poll, 5)
        assert time.monotonic() - started < 1.0
        assert updates[0].message is not None and updates[0].message.text == "hello"


@pytest.mark.asyncio
async def test_long_poll_times_out_empty(server: FakeBotApi) -> None:
    """With nothing queued a long poll waits for its timeout and returns no updates."""
    async with make_bot(server) as bot:
        started = time.monotonic()
        assert await bot.get_updates(timeout=1) == ()
        assert 0.9 <= time.monotonic() - started < 3


@pytest.mark.asyncio
async def test_newer_long_poll_ends_older_with_conflict(server: FakeBotApi) -> None:
    """Two bots polling at once: the older waiting poll gets 409 Conflict, as on Telegram."""
    async with make_bot(server) as first, make_bot(server) as second:
        older = asyncio.create_task(first.get_updates(timeout=5))
        await asyncio.sleep(0.3)
        newer = asyncio.create_task(second.get_updates(timeout=1))
        with pytest.raises(Conflict, match="terminated by other getUpdates"):
            await asyncio.wait_for(older, 5)
        assert await newer == ()


@pytest.mark.asyncio
async def test_allowed_updates_is_remembered_and_filters(server: FakeBotApi) -> None:
    """allowed_updates filters new updates and stays in force when later calls omit it."""
    ann = server.user(42, "Ann")
    chat = server.private_chat(ann)
    async with make_bot(server) as bot:
        await bot.get_updates(allowed_updates=["callback_query"])
        server.send_text(chat, ann, "dropped")
        await bot.get_updates()  # no allowed_updates: the setting is kept
        server.send_text(chat, ann, "dropped too")
        assert await bot.get_updates() == ()
        assert server.allowed_updates == ["callback_query"]
        await bot.get_updates(allowed_updates=[])  # empty list: Telegram's default set
        server.send_text(chat, ann, "kept")
        updates = await bot.get_updates()
        assert [u.message.text for u in updates if u.message] == ["kept"]
        assert [u["message"]["text"] for u in server.dropped_updates] == [
            "dropped",
            "dropped too",
        ]


@pytest.mark.asyncio
async def test_send_message_bad_html_raises(server: FakeBotApi) -> None:
    """Invalid HTML makes send_message raise BadRequest "can't parse entities" (nothing sent)."""
    async with make_bot(server) as bot:
        with pytest.raises(BadRequest, match=r"(?i)can't parse entities: unsupported start tag"):
            await bot.send_message(42, "x <script>alert(1)</script>", parse_mode="HTML")
        with pytest.raises(BadRequest, match=r"(?i)can't find end tag corresponding"):
            await bot.send_message(42, "<b>bold", parse_mode="HTML")
        with pytest.raises(BadRequest, match=r"(?i)unexpected end tag at byte offset 1"):
            await bot.send_message(42, "x</b>", parse_mode="HTML")
        with pytest.raises(BadRequest, match=r"(?i)unsupported start tag \"\" at byte offset 2"):
            await bot.send_message(42, "1 < 2", parse_mode="HTML")
        await bot.send_message(42, "1 < 2")  # without parse_mode "<" is just text
    descriptions = [(c.response or {}).get("description") for c in server.calls_to("sendMessage")]
    assert descriptions[:2] == [
        'Bad Request: can\'t parse entities: Unsupported start tag "script" at byte offset 2',
        "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"",
    ]
    assert [m["text"] for m in server.sent_messages()] == ["1 < 2"]


@pytest.mark.asyncio
async def test_message_length_limit(server: FakeBotApi) -> None:
    """4097 visible characters are "message is too long"; 4096 pass, tags not counted."""
    async with make_bot(server) as bot:
        with pytest.raises(BadRequest, match=r"(?i)message is too long"):
            await bot.send_message(42, "a" * 4097)
        with pytest.raises(BadRequest, match=r"(?i)message is too long"):
            await bot.send_message(42, "\N{GRINNING FACE}" * 2049)  # 4098 UTF-16 units
        assert (await bot.send_message(42, "a" * 4096)).text == "a" * 4096
        long_html = "<b>" + "a" * 4095 + "</b>&amp;"
        message = await bot.send_message(42, long_html, parse_mode="HTML")
        assert visible_length(message.text or "") == 4096 and message.entities[0].type == "bold"
        with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
            await bot.send_message(42, "<b> </b>", parse_mode="HTML")


@pytest.mark.asyncio
async def test_send_message_returns_telegram_message(server: FakeBotApi) -> None:
    """send_message returns text without tags, entities, keyboard, reply and increasing ids."""
    ann = server.user(42, "Ann")
    question = server.send_text(server.private_chat(ann), ann, "news?")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="more:1")]])
    async with make_bot(server) as bot:
        first = await bot.send_message(
            42,
            '<b>Top</b> story: <a href="https://example.com/a">read</a>',
            parse_mode="HTML",
            reply_markup=keyboard,
            reply_parameters=ReplyParameters(question["message_id"]),
        )
        second = await bot.send_message(
            42, "plain", reply_to_message_id=999, allow_sending_without_reply=True
        )
        with pytest.raises(BadRequest, match=r"(?i)message to be replied not found"):
            await bot.send_message(42, "x", reply_to_message_id=999)
    assert first.text == "Top story: read" and first.from_user and first.from_user.is_bot
    assert [(e.type, e.offset, e.length) for e in first.entities] == [
        ("bold", 0, 3),
        ("text_link", 11, 4),
    ]
    assert first.entities[1].url == "https://example.com/a"
    assert first.reply_to_message and first.reply_to_message.text == "news?"
    assert first.reply_markup == keyboard
    assert first.message_id == question["message_id"] + 1 == second.message_id - 1
    assert abs(first.date.timestamp() - time.time()) < 5
    stored = server.sent_messages(42)
    assert [m["text"] for m in stored] == ["Top story: read", "plain"]
    assert stored[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "more:1"
    call = server.calls_to("sendMessage")[0]
    assert call.params["chat_id"] == 42 and call.params["parse_mode"] == "HTML"
    assert call.params["reply_parameters"] == {"message_id": question["message_id"]}


@pytest.mark.asyncio
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBUserWarning")
async def test_inline_keyboard_validation(server: FakeBotApi) -> None:
    """callback_data over 64 bytes and buttons without an action are refused."""
    async with make_bot(server) as bot:
        too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
        with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
            await bot.send_message(42, "x", reply_markup=too_long)
        with pytest.raises(BadRequest, match=r"(?i)text buttons are unallowed"):
            await bot.do_api_request(
                "send_message",
                api_kwargs={
                    "chat_id": 42,
                    "text": "x",
                    "reply_markup": {"inline_keyboard": [[{"text": "bare"}]]},
                },
            )


@pytest.mark.asyncio
async def test_edit_message_text_rules(server: FakeBotApi) -> None:
    """Edits: unknown ids are "not found", identical content is "not modified", edits apply."""
    async with make_bot(server) as bot:
        sent = await bot.send_message(42, "<i>v1</i>", parse_mode="HTML")
        with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
            await bot.edit_message_text("v2", chat_id=42, message_id=sent.message_id + 5)
        with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
            await bot.edit_message_text(
                "<i>v1</i>", chat_id=42, message_id=sent.message_id, parse_mode="HTML"
            )
        edited = await bot.edit_message_text("v2", chat_id=42, message_id=sent.message_id)
        assert isinstance(edited, object) and getattr(edited, "text", None) == "v2"
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data="ok")]])
        await bot.edit_message_reply_markup(42, sent.message_id, reply_markup=keyboard)
        with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
            await bot.edit_message_reply_markup(42, sent.message_id, reply_markup=keyboard)
    [current] = server.sent_messages(42)
    assert current["text"] == "v2" and "entities" not in current and "edit_date" in current
    assert current["reply_markup"]["inline_keyboard"][0][0]["text"] == "ok"


@pytest.mark.asyncio
async def test_fail_next_429_makes_ptb_raise_retry_after(server: FakeBotApi) -> None:
    """fail_next(status=429, retry_after=7) makes PTB raise RetryAfter(7), then works again."""
    server.fail_next("sendMessage", status=429, retry_after=7)
    async with make_bot(server) as bot:
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(42, "hi")
        assert seconds(caught.value.retry_after) == 7
        await bot.send_message(42, "hi")
    statuses = [c.status for c in server.calls_to("sendMessage")]
    assert statuses == [429, 200] and len(server.sent_messages()) == 1
    assert server.calls_to("sendMessage")[0].response == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 7",
        "parameters": {"retry_after": 7},
    }


@pytest.mark.asyncio
async def test_fail_next_server_error_and_times(server: FakeBotApi) -> None:
    """fail_next with times=2 fails exactly two calls; 5xx become PTB NetworkError."""
    server.fail_next("getMe", status=502, times=2)
    bot = make_bot(server)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.get_me()
    assert (await bot.get_me()).username == "newsbot_test_bot"


@pytest.mark.asyncio
async def test_delay_next_provokes_client_timeout(server: FakeBotApi) -> None:
    """delay_next holds the reply past PTB's read timeout, so PTB raises TimedOut."""
    server.delay_next("sendMessage", 1.5)
    async with make_bot(server, read_timeout=0.5) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(42, "slow")
        # Telegram did the work although the reply never arrived in time:
        assert [m["text"] for m in server.sent_messages()] == ["slow"]
        await bot.send_message(42, "fast")


@pytest.mark.asyncio
async def test_callback_query_answers(server: FakeBotApi) -> None:
    """answer_callback_query accepts an issued id once; unknown or reused ids fail."""
    ann = server.user(42, "Ann")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Next", callback_data="page:2")]])
    async with make_bot(server) as bot:
        with pytest.raises(BadRequest, match=r"(?i)query is too old"):
            await bot.answer_callback_query("123456789")
        sent = await bot.send_message(42, "page 1", reply_markup=keyboard)
        [stored] = server.sent_messages(42)
        query_id = server.press_button(ann, stored, "page:2")
        [update] = await bot.get_updates()
        query = update.callback_query
        assert query is not None and query.id == query_id and query.data == "page:2"
        assert query.message is not None and query.message.message_id == sent.message_id
        with pytest.raises(BadRequest, match=r"(?i)MESSAGE_TOO_LONG"):
            await bot.answer_callback_query(query_id, text="x" * 201)
        assert await bot.answer_callback_query(query_id, text="Loading")
        with pytest.raises(BadRequest, match=r"(?i)query is too old"):
            await bot.answer_callback_query(query_id)
    with pytest.raises(ValueError, match="no button"):
        server.press_button(ann, stored, "page:3")


@pytest.mark.asyncio
async def test_inline_query_answers(server: FakeBotApi) -> None:
    """answer_inline_query checks the id, the result count, unique ids and article HTML."""
    ann = server.user(42, "Ann")
    query_id = server.inline_query(ann, "python")

    def article(result_id: str, text: str) -> InlineQueryResultArticle:
        return InlineQueryResultArticle(
            result_id, "Title", InputTextMessageContent(text, parse_mode="HTML")
        )

    async with make_bot(server) as bot:
        [update] = await bot.get_updates()
        assert update.inline_query is not None and update.inline_query.query == "python"
        with pytest.raises(BadRequest, match=r"(?i)query is too old"):
            await bot.answer_inline_query("999", [article("1", "x")])
        with pytest.raises(BadRequest, match=r"(?i)RESULT_ID_DUPLICATE"):
            await bot.answer_inline_query(query_id, [article("1", "a"), article("1", "b")])
        with pytest.raises(BadRequest, match=r"(?i)RESULTS_TOO_MUCH"):
            await bot.answer_inline_query(query_id, [article(str(i), "a") for i in range(51)])
        with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
            await bot.answer_inline_query(query_id, [article("1", "<b>open")])
        assert await bot.answer_inline_query(query_id, [article("1", "<b>ok</b>")])


@pytest.mark.asyncio
async def test_set_my_commands_validation(server: FakeBotApi) -> None:
    """set_my_commands refuses bad names, empty or long descriptions and over 100 commands."""
    async with make_bot(server) as bot:
        with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
            await bot.set_my_commands([BotCommand("Start", "Begin")])
        with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
            await bot.set_my_commands([BotCommand("/start", "Begin")])
        with pytest.raises(BadRequest, match=r"(?i)description must be non-empty"):
            await bot.set_my_commands([BotCommand("start", "")])
        with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_DESCRIPTION_INVALID"):
            await bot.set_my_commands([BotCommand("start", "d" * 257)])
        with pytest.raises(BadRequest, match=r"(?i)BOT_COMMANDS_TOO_MUCH"):
            await bot.set_my_commands([BotCommand(f"c{i}", "d") for i in range(101)])
        commands = [BotCommand("start", "Begin"), BotCommand("news_today", "Today's news")]
        assert await bot.set_my_commands(commands)
        assert await bot.set_my_commands(
            [BotCommand("admin", "Admin")], scope=BotCommandScopeChat(42), language_code="de"
        )
        assert await bot.get_my_commands() == tuple(commands)
        assert server.my_commands({"type": "chat", "chat_id": 42}, "de") == [
            {"command": "admin", "description": "Admin"},
        ]
        assert [
            c.command
            for c in await bot.get_my_commands(scope=BotCommandScopeChat(42), language_code="de")
        ] == ["admin"]
        assert await bot.delete_my_commands()
        assert await bot.get_my_commands() == ()


@pytest.mark.asyncio
async def test_chat_member_chat_and_chat_action(server: FakeBotApi) -> None:
    """get_chat_member is "member" unless set_admin; get_chat and send_chat_action work."""
    server.group_chat(-1001234567890, "Newsroom", supergroup=True)
    server.set_admin(-1001234567890, 7)
    async with make_bot(server) as bot:
        assert (await bot.get_chat_member(-1001234567890, 8)).status == "member"
        admin = await bot.get_chat_member(-1001234567890, 7)
        assert admin.status == "administrator"
        chat = await bot.get_chat(-1001234567890)
        assert chat.title == "Newsroom" and chat.type == "supergroup"
        assert await bot.send_chat_action(-1001234567890, "typing")
        with pytest.raises(BadRequest, match=r"(?i)wrong parameter action"):
            await bot.send_chat_action(-1001234567890, "dancing")


@pytest.mark.asyncio
async def test_wrong_token_and_unknown_method(server: FakeBotApi) -> None:
    """A wrong token is 401 (PTB InvalidToken); an unknown method is 404 Not Found."""
    async with make_bot(server) as bot:
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("send_hologram", api_kwargs={"chat_id": 1})
    with pytest.raises(InvalidToken, match="Unauthorized"):
        await Bot("999:wrong", base_url=server.base_url).get_me()
    assert [c.status for c in server.calls[-2:]] == [404, 401]


@pytest.mark.asyncio
async def test_webhook_methods(server: FakeBotApi) -> None:
    """set_webhook blocks get_updates with 409 until delete_webhook, which can drop updates."""
    ann = server.user(42, "Ann")
    server.send_text(server.private_chat(ann), ann, "old")
    async with make_bot(server) as bot:
        assert await bot.set_webhook("https://example.com/hook")
        assert (await bot.get_webhook_info()).url == "https://example.com/hook"
        with pytest.raises(Conflict, match="webhook is active"):
            await bot.get_updates()
        assert await bot.delete_webhook(drop_pending_updates=True)
        assert await bot.get_updates() == ()
        assert (await bot.get_webhook_info()).url == ""
        assert await bot.log_out() and await bot.close()


@pytest.mark.asyncio
async def test_go_down_and_come_back(server: FakeBotApi) -> None:
    """go_down refuses connections (PTB NetworkError); come_back listens on the same port."""
    port = server.port
    async with make_bot(server) as bot:
        await bot.get_me()
        server.go_down()
        with pytest.raises(NetworkError):
            await bot.get_me()
        server.come_back()
        assert server.port == port
        assert (await bot.get_me()).username == "newsbot_test_bot"


def test_request_bodies_are_decoded() -> None:
    """Form, JSON and multipart bodies and the query string all reach the method."""
    with FakeBotApi() as server:
        status, body = post(
            server, "sendMessage", b'{"chat_id": 5, "text": "json"}', "application/json"
        )
        assert status == 200 and body["result"]["text"] == "json"
        status, body = post(
            server, "sendMessage", b"chat_id=5&text=123", "application/x-www-form-urlencoded"
        )
        assert status == 200 and body["result"]["text"] == "123"
        multipart = (
            b'--XyZ\r\nContent-Disposition: form-data; name="chat_id"\r\n\r\n5\r\n'
            b'--XyZ\r\nContent-Disposition: form-data; name="text"\r\n\r\nmulti\r\n--XyZ--\r\n'
        )
        status, body = post(server, "sendMessage", multipart, "multipart/form-data; boundary=XyZ")
        assert status == 200 and body["result"]["text"] == "multi"
        with urllib.request.urlopen(f"{server.base_url}{server.token}/getMe", timeout=5) as rsp:
            assert json.loads(rsp.read())["result"]["username"] == "newsbot_test_bot"
        status, body = post(server, "sendMessage", b"chat_id=5", FORM)
        assert status == 400
        assert body == {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: message text is empty",
        }
        assert [c.params["text"] for c in server.calls_to("sendMessage")[:3]] == [
            "json",
            "123",
            "multi",
        ]


def test_wait_for_call_reports_recent_calls_on_timeout() -> None:
    """wait_for_call returns matching calls, and times out with a summary of recent calls."""
    with FakeBotApi() as server:
        post(server, "sendMessage", b"chat_id=5&text=hello", "application/x-www-form-urlencoded")
        [call] = server.wait_for_call("sendMessage", chat_id=5, text=lambda t: "ell" in t)
        assert call.status == 200
        with pytest.raises(AssertionError, match=r"sendMessage -> 200"):
            server.wait_for_call("sendMessage", chat_id=6, timeout=0.2)


@pytest.mark.asyncio
async def test_real_application_polls_and_replies(server: FakeBotApi) -> None:
    """A PTB Application polling the server answers /start and confirms the update."""

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_html("<b>Welcome</b>, &lt;reader&gt;!")

    app = Application.builder().token(server.token).base_url(server.base_url).build()
    app.add_handler(CommandHandler("start", start))
    ann = server.user(42, "Ann", "ann")
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        sent = server.send_text(server.private_chat(ann), ann, "/start")
        await asyncio.to_thread(server.wait_for, lambda s: bool(s.sent_messages(42)))
        await app.updater.stop()
        await app.stop()
    [reply] = server.sent_messages(42)
    assert reply["text"] == "Welcome, <reader>!"
    assert reply["entities"] == [{"type": "bold", "offset": 0, "length": 7}]
    assert "reply_to_message" not in reply  # PTB 22 quotes only in groups by default
    assert server.calls_to("sendMessage")[0].params["chat_id"] == sent["chat"]["id"]
    assert server.updates_confirmed() >= 1


# ---------------------------------------------------------------------- parse_telegram_html


def test_html_valid_nesting_gives_entities() -> None:
    """Properly nested tags give visible text and UTF-16 entities sorted by offset."""
    text, entities = parse_telegram_html(
        '<b>bold <i>both</i></b> <tg-spoiler>s</tg-spoiler> <span class="tg-spoiler">t</span>'
        ' <pre><code class="language-python">x = 1</code></pre> <code>c</code>'
        ' <blockquote expandable>q</blockquote> <a href="tg://user?id=7">u</a>'
        ' <tg-emoji emoji-id="5368324170671202286">\N{THUMBS UP SIGN}</tg-emoji>'
    )
    assert text == "bold both s t x = 1 c q u \N{THUMBS UP SIGN}"
    assert [(e["type"], e["offset"], e["length"]) for e in entities] == [
        ("bold", 0, 9),
        ("italic", 5, 4),
        ("spoiler", 10, 1),
        ("spoiler", 12, 1),
        ("pre", 14, 5),
        ("code", 20, 1),
        ("expandable_blockquote", 22, 1),
        ("text_mention", 24, 1),
        ("custom_emoji", 26, 2),
    ]
    assert entities[4]["language"] == "python" and "language" not in entities[5]
    assert entities[7]["user"]["id"] == 7
    assert entities[8]["custom_emoji_id"] == "5368324170671202286"


def test_html_improper_nesting_is_refused() -> None:
    """Crossed tags are an "Unmatched end tag" error, like Telegram's."""
    with pytest.raises(HtmlError) as caught:
        parse_telegram_html("<b><i>x</b></i>")
    assert caught.value.reason == (
        'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'
    )


def test_html_unescaped_less_than_is_refused() -> None:
    """A bare "<" always starts a tag, so it is an error wherever it is."""
    with pytest.raises(HtmlError, match='Unsupported start tag "" at byte offset 2'):
        parse_telegram_html("a < b")
    with pytest.raises(HtmlError, match='Unsupported start tag "3" at byte offset 1'):
        parse_telegram_html("I<3 you")
    with pytest.raises(HtmlError, match="Unclosed start tag at byte offset 3"):
        parse_telegram_html("1 2<")


def test_html_unknown_tag_is_refused() -> None:
    """Tags outside Telegram's list are refused, with byte offsets counted in UTF-8."""
    with pytest.raises(HtmlError) as caught:
        parse_telegram_html("\u00e9t\u00e9 <br/>")
    assert caught.value.reason == 'Unsupported start tag "br/" at byte offset 6'
    with pytest.raises(HtmlError, match='Tag "span" must have class "tg-spoiler"'):
        parse_telegram_html("<span>x</span>")
    with pytest.raises(HtmlError, match="Invalid custom emoji identifier"):
        parse_telegram_html('<tg-emoji emoji-id="abc">x</tg-emoji>')


def test_html_entities_count_as_one_character() -> None:
    """&amp; and friends are one visible character; an unknown "&" stays literal."""
    text, entities = parse_telegram_html("<b>&amp;</b>&lt;&gt;&quot;&#65;&#x42; & &nbsp; &amp")
    assert text == '&<>"AB & &nbsp; &'
    assert entities == [{"type": "bold", "offset": 0, "length": 1}]
    assert visible_length(text) == 17


def test_emoji_counts_as_two_utf16_units() -> None:
    """Characters outside the BMP count 2 UTF-16 units in lengths and offsets."""
    assert visible_length("\N{GRINNING FACE}") == 2
    assert visible_length("\u00e9") == 1
    text, entities = parse_telegram_html("\N{GRINNING FACE}<b>x</b>")
    assert text == "\N{GRINNING FACE}x"
    assert entities == [{"type": "bold", "offset": 2, "length": 1}]


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"])))
def test_escaped_text_round_trips(text: str) -> None:
    """Any text escaped with html.escape parses back to itself with no entities."""
    assert parse_telegram_html(html.escape(text)) == (text, [])
