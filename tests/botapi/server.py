"""A fake Telegram Bot API server on 127.0.0.1, for end-to-end tests of the real bot process.

Written from the Bot API documentation (https://core.telegram.org/bots/api) and the behaviour
of Telegram's own server (tdlib/telegram-bot-api, TDLib's HTML parser). Requests go to
``{base_url}{token}/{method}`` as Telegram's do; parameters are read from the query string and
from form-urlencoded, multipart or JSON bodies. python-telegram-bot 22 sends every parameter as a
form field whose value is either the plain string or ``json.dumps`` of the value (numbers,
booleans and objects alike), and switches to multipart only when it uploads files.

The test side (``send_text``, ``press_button``, ``fail_next``, ...) is plain synchronous code;
the aiohttp application runs on an event loop in a daemon thread, and all state is guarded by
one lock.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import json
import re
import socket
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .html_check import (
    HtmlError,
    detect_entities,
    parse_telegram_html,
    trim_formatted,
    visible_length,
)

__all__ = ["UPDATE_TYPES", "ApiError", "Call", "FakeBotApi"]

JSON = dict[str, Any]

MAX_TEXT_LENGTH = 4096
MAX_CALLBACK_ANSWER = 200
MAX_LONG_POLL = 50
UPDATE_TYPES = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "message_reaction",
    "message_reaction_count",
    "inline_query",
    "chosen_inline_result",
    "callback_query",
    "shipping_query",
    "pre_checkout_query",
    "purchased_paid_media",
    "poll",
    "poll_answer",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
    "chat_boost",
    "removed_chat_boost",
)
# What a bot receives when it never asked for anything else (Bot API: getUpdates).
DEFAULT_EXCLUDED = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
# Parameters that are strings even when they look like JSON ("123", "true").
STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "query",
        "callback_query_id",
        "inline_query_id",
        "inline_message_id",
        "url",
        "description",
        "short_description",
        "name",
        "title",
        "language_code",
        "message_text",
        "data",
        "callback_data",
        "next_offset",
        "action",
        "emoji",
        "secret_token",
        "ip_address",
        "business_connection_id",
        "message_effect_id",
        "custom_title",
        "switch_pm_text",
        "switch_pm_parameter",
        "cache_key",
    }
)
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot "
    "instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
TOKEN_SHAPE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
COMMAND_SHAPE = re.compile(r"^[a-z0-9_]{1,32}$")


class ApiError(Exception):
    """An error reply: ``{"ok": false, "error_code": status, "description": ...}``."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def body(self) -> JSON:
        """The JSON body Telegram sends for this error."""
        body: JSON = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(reason: str) -> ApiError:
    """A 400 with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {reason}")


@dataclass
class Call:
    """One request the bot made; ``status`` is None while it is being handled, 0 if the
    connection was gone when the reply was ready."""

    method: str
    params: dict[str, Any]
    time: float
    status: int | None = None
    response: JSON | None = None
    http_method: str = "POST"
    content_type: str = ""
    files: dict[str, JSON] = field(default_factory=dict)

    def short(self) -> str:
        """One line for failure messages."""
        params = json.dumps(self.params, ensure_ascii=False, default=str)
        if len(params) > 160:
            params = params[:157] + "..."
        return f"{self.method} -> {self.status} {params}"


@dataclass
class _Fault:
    status: int
    description: str
    retry_after: int | None
    body: str | None
    times: int


@dataclass
class _Delay:
    seconds: float
    before_handling: bool
    times: int


@dataclass
class _Poll:
    """A waiting getUpdates; ``conflict`` is set when something newer ends it."""

    wake: asyncio.Event
    conflict: str | None = None


def _decode_value(name: str, value: Any) -> Any:
    """A form field's value: JSON-looking strings are parsed unless the field is a string."""
    if not isinstance(value, str) or name in STRING_PARAMS:
        return value
    stripped = value.strip()
    if not stripped:
        return value
    if (
        stripped[0] in '[{"'
        or stripped in ("true", "false", "null")
        or re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", stripped)
    ):
        try:
            return json.loads(stripped)
        except ValueError:
            return value
    return value


def _as_bool(value: Any) -> bool:
    """Telegram's to_bool: true, 1 and yes (any case) are true."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    return isinstance(value, str) and value.strip().lower() in ("true", "1", "yes")


def _as_int(params: JSON, name: str, *, required: bool = False) -> int | None:
    """An integer parameter, accepting numeric strings like Telegram."""
    value = params.get(name)
    if value is None or value == "":
        if required:
            raise bad_request(f"{name} is empty")
        return None
    if isinstance(value, bool):
        raise bad_request(f"invalid {name} specified")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    raise bad_request(f"invalid {name} specified")


def _lenient_int(value: Any, default: int) -> int:
    """Telegram's get_integer_arg: anything unreadable means the default."""
    if isinstance(value, bool) or value is None:
        return default
    if isinstance(value, int | float):
        return int(value)
    try:
        return int(float(str(value).strip()))
    except ValueError:
        return default


def _as_json(params: JSON, name: str) -> Any:
    """A JSON-serialized parameter (already decoded, or still a string)."""
    value = params.get(name)
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError as exc:
            raise bad_request(f"can't parse {name} JSON object") from exc
    return value


class FakeBotApi:
    """A Bot API server on 127.0.0.1 for tests; runs its aiohttp app on a background thread.

    ``wait_for``/``wait_for_call`` block the calling thread: from a test whose event loop also
    runs the bot, call them through ``asyncio.to_thread``.
    """

    def __init__(
        self,
        token: str = "123456:TEST-token",
        bot_username: str = "newsbot_test_bot",
        bot_id: int = 123456,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.bot_id = bot_id
        self.bot_user: JSON = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "Newsbot Test",
            "username": bot_username,
        }
        self._lock = threading.RLock()
        self._calls: list[Call] = []
        self.server_errors: list[str] = []  # tracebacks of handler crashes (answered with 500)
        # updates
        self._updates: list[JSON] = []
        self._update_ids = itertools.count(1)
        self._confirmed = 0
        self._allowed: list[str] | None = None  # None: Telegram's default set
        self.dropped_updates: list[JSON] = []  # refused by the bot's allowed_updates
        self._polls: list[_Poll] = []
        self._wake: asyncio.Event | None = None
        self._webhook: JSON | None = None
        # chats, users, messages
        self._chats: dict[int, JSON] = {}
        self._users: dict[int, JSON] = {bot_id: self.bot_user}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._next_message_id: dict[int, int] = {}
        self._sent: list[tuple[int, int]] = []
        self._member_status: dict[tuple[int, int], str] = {}
        self._callback_ids: dict[str, bool] = {}  # id -> answered
        self._inline_ids: dict[str, bool] = {}
        self._query_ids = itertools.count(1)
        self.commands: dict[tuple[str, str], list[JSON]] = {}  # (scope JSON, language) -> list
        # faults
        self._faults: dict[str, list[_Fault]] = {}
        self._delays: dict[str, list[_Delay]] = {}
        # server machinery
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._site: web.SockSite | None = None
        self.port = 0
        self._handlers: dict[str, Callable[[JSON], Any]] = {
            "getme": self._get_me,
            "logout": self._ok_true,
            "close": self._ok_true,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "answercallbackquery": self._answer_callback_query,
            "answerinlinequery": self._answer_inline_query,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "sendchataction": self._send_chat_action,
            "getchatmember": self._get_chat_member,
            "getchat": self._get_chat,
        }

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        """The URL to pass as PTB's ``base_url``: requests go to ``{base_url}{token}/{method}``."""
        return f"http://127.0.0.1:{self.port}/bot"

    def start(self) -> None:
        """Bind 127.0.0.1 on a free port and return once it is listening."""
        if self._thread is not None:
            raise RuntimeError("already started")
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._setup())
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-bot-api", daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            self._thread = None
            raise RuntimeError("fake Bot API failed to start") from failure[0]

    def stop(self) -> None:
        """Stop the server and its thread; waiting long polls are answered first."""
        if self._thread is None or self._loop is None:
            return
        future = asyncio.run_coroutine_threadsafe(self._teardown(), self._loop)
        try:
            future.result(10)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._thread = None
            self._loop = None

    def __enter__(self) -> FakeBotApi:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def go_down(self) -> None:
        """Close the listening socket and drop every open connection (as if Telegram vanished)."""
        self._run(self._go_down())

    def come_back(self) -> None:
        """Listen again on the same port."""
        self._run(self._listen())

    def _run(self, coro: Any) -> Any:
        if self._loop is None:
            coro.close()
            raise RuntimeError("server not started")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    async def _setup(self) -> None:
        self._wake = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(
            app, handle_signals=False, access_log=None, shutdown_timeout=1.0
        )
        await self._runner.setup()
        await self._listen()

    async def _listen(self) -> None:
        if self._site is not None:
            return
        assert self._runner is not None
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(128)
        sock.setblocking(False)
        self.port = sock.getsockname()[1]
        self._site = web.SockSite(self._runner, sock)
        await self._site.start()

    async def _go_down(self) -> None:
        if self._site is not None:
            await self._site.stop()
            self._site = None
        assert self._runner is not None and self._runner.server is not None
        for connection in list(self._runner.server.connections):
            connection.force_close()
        self._end_polls("server went down")

    async def _teardown(self) -> None:
        self._end_polls("server stopped")
        if self._runner is not None:
            await self._runner.cleanup()
        self._site = None

    # ------------------------------------------------------------------ users' side

    def user(
        self, user_id: int, first_name: str, username: str | None = None, is_bot: bool = False
    ) -> JSON:
        """A User object (remembered, so getChatMember can describe it)."""
        user: JSON = {"id": user_id, "is_bot": is_bot, "first_name": first_name}
        if username:
            user["username"] = username
        if not is_bot:
            user["language_code"] = "en"
        with self._lock:
            self._users[user_id] = user
        return copy.deepcopy(user)

    def private_chat(self, user: JSON) -> JSON:
        """The private Chat between ``user`` and the bot."""
        chat: JSON = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        if user.get("username"):
            chat["username"] = user["username"]
        with self._lock:
            self._chats[chat["id"]] = chat
            self._users.setdefault(user["id"], user)
        return copy.deepcopy(chat)

    def group_chat(
        self, chat_id: int, title: str, supergroup: bool = False, forum: bool = False
    ) -> JSON:
        """A group Chat (a supergroup when ``supergroup`` or ``forum``)."""
        chat: JSON = {
            "id": chat_id,
            "type": "supergroup" if supergroup or forum else "group",
            "title": title,
        }
        if forum:
            chat["is_forum"] = True
        with self._lock:
            self._chats[chat_id] = chat
        return copy.deepcopy(chat)

    def set_admin(self, chat_id: int, user_id: int) -> None:
        """Make getChatMember report ``user_id`` as an administrator of ``chat_id``."""
        self.set_member_status(chat_id, user_id, "administrator")

    def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        """getChatMember's status for a user: member, administrator, creator, left or kicked."""
        if status not in ("member", "administrator", "creator", "left", "kicked"):
            raise ValueError(f"unsupported status {status!r}")
        with self._lock:
            self._member_status[(chat_id, user_id)] = status

    def send_text(
        self,
        chat: JSON,
        user: JSON,
        text: str,
        *,
        reply_to_message_id: int | None = None,
        message_thread_id: int | None = None,
        entities: list[JSON] | None = None,
    ) -> JSON:
        """Queue a "message" update from ``user`` and return its Message.

        Unless ``entities`` is given, bot_command and mention entities are found the way
        Telegram finds them (a leading "/cmd" or "/cmd@bot", "@username").
        """
        with self._lock:
            message = self._new_message(chat, user)
            message["text"] = text
            found = detect_entities(text) if entities is None else entities
            if found:
                message["entities"] = copy.deepcopy(found)
            if message_thread_id is not None:
                message["message_thread_id"] = message_thread_id
                if chat.get("is_forum"):
                    message["is_topic_message"] = True
            if reply_to_message_id is not None:
                message["reply_to_message"] = self._reply_snapshot(
                    chat["id"], reply_to_message_id, chat
                )
            self._store_message(message)
            self._enqueue({"message": copy.deepcopy(message)})
            return copy.deepcopy(message)

    def edit_text(self, chat: JSON, message_id: int, user: JSON, new_text: str) -> JSON:
        """Queue an "edited_message" update for a message ``user`` sent earlier."""
        with self._lock:
            stored = self._messages.get((chat["id"], message_id))
            if stored is None:
                raise KeyError(f"no message {message_id} in chat {chat['id']}")
            if stored.get("from", {}).get("id") != user["id"]:
                raise ValueError("users can only edit their own messages")
            stored["text"] = new_text
            stored["edit_date"] = int(time.time())
            found = detect_entities(new_text)
            if found:
                stored["entities"] = found
            else:
                stored.pop("entities", None)
            self._enqueue({"edited_message": copy.deepcopy(stored)})
            return copy.deepcopy(stored)

    def send_sticker(self, chat: JSON, user: JSON) -> JSON:
        """Queue a "message" update carrying a sticker and return its Message."""
        with self._lock:
            message = self._new_message(chat, user)
            message["sticker"] = {
                "file_id": "CAACAgIAAxkBAAEBsticker",
                "file_unique_id": "AgADsticker",
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "emoji": "\N{THUMBS UP SIGN}",
            }
            self._store_message(message)
            self._enqueue({"message": copy.deepcopy(message)})
            return copy.deepcopy(message)

    def press_button(self, user: JSON, message: JSON, data: str) -> str:
        """Queue a "callback_query" for an inline button of a bot message; return the query id.

        The button must exist on the message as it is now (Telegram's clients can only press
        buttons they show); use ``push_raw_update`` to forge anything else.
        """
        with self._lock:
            key = (message["chat"]["id"], message["message_id"])
            current = self._messages.get(key, message)
            rows = (current.get("reply_markup") or {}).get("inline_keyboard") or []
            if not any(button.get("callback_data") == data for row in rows for button in row):
                raise ValueError(f"message {key} has no button with callback_data {data!r}")
            query_id = f"{next(self._query_ids)}{self.bot_id % 100000:05d}"
            self._callback_ids[query_id] = False
            self._users.setdefault(user["id"], user)
            self._enqueue(
                {
                    "callback_query": {
                        "id": query_id,
                        "from": copy.deepcopy(user),
                        "message": copy.deepcopy(current),
                        "chat_instance": str(abs(current["chat"]["id"]) * 7 + 1000003),
                        "data": data,
                    }
                }
            )
            return query_id

    def inline_query(self, user: JSON, query: str) -> str:
        """Queue an "inline_query" from ``user``; return its id."""
        with self._lock:
            query_id = f"{next(self._query_ids)}{self.bot_id % 100000:05d}"
            self._inline_ids[query_id] = False
            self._users.setdefault(user["id"], user)
            self._enqueue(
                {
                    "inline_query": {
                        "id": query_id,
                        "from": copy.deepcopy(user),
                        "query": query,
                        "offset": "",
                        "chat_type": "sender",
                    }
                }
            )
            return query_id

    def push_raw_update(self, update: dict[str, Any]) -> None:
        """Queue any dict as an update; ``update_id`` is assigned when missing.

        Messages in it with a chat id and message_id are remembered (so replies and edits can
        refer to them).
        """
        with self._lock:
            update = copy.deepcopy(update)
            for kind in ("message", "edited_message", "channel_post", "edited_channel_post"):
                message = update.get(kind)
                if isinstance(message, dict):
                    self._remember(message)
            self._enqueue(update)

    # ------------------------------------------------------------------ what the bot did

    @property
    def calls(self) -> list[Call]:
        """Every request received so far, oldest first (a copy of the list)."""
        with self._lock:
            return list(self._calls)

    def calls_to(self, method: str) -> list[Call]:
        """The calls of one method (case-insensitive)."""
        wanted = method.lower()
        return [call for call in self.calls if call.method.lower() == wanted]

    def sent_messages(self, chat_id: int | None = None) -> list[JSON]:
        """Messages the bot created with sendMessage, as they are now (after any edits)."""
        with self._lock:
            return [
                copy.deepcopy(self._messages[key])
                for key in self._sent
                if chat_id is None or key[0] == chat_id
            ]

    def updates_confirmed(self) -> int:
        """The highest update_id the bot confirmed through getUpdates' offset (0: none)."""
        with self._lock:
            return self._confirmed

    def pending_updates(self) -> list[JSON]:
        """Updates queued and not yet confirmed."""
        with self._lock:
            return copy.deepcopy(self._updates)

    def my_commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """The commands set for a scope (default scope) and language, as getMyCommands gives."""
        key = json.dumps(scope or {"type": "default"}, sort_keys=True), language_code
        with self._lock:
            return copy.deepcopy(self.commands.get(key, []))

    @property
    def allowed_updates(self) -> list[str] | None:
        """The bot's current subscription (None: Telegram's default set)."""
        with self._lock:
            return None if self._allowed is None else list(self._allowed)

    def wait_for(self, predicate: Callable[[FakeBotApi], bool], timeout: float = 10.0) -> None:
        """Poll ``predicate(self)`` until true; AssertionError with recent calls on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            if predicate(self):
                return
            if time.monotonic() >= deadline:
                raise AssertionError(f"condition not met within {timeout}s\n{self.summary()}")
            time.sleep(0.02)

    def wait_for_call(
        self, method: str, count: int = 1, timeout: float = 10.0, **match: Any
    ) -> list[Call]:
        """Wait until ``count`` finished calls of ``method`` match ``match``; return them all.

        Each ``match`` value is compared with the decoded parameter, or called with it when it
        is callable.
        """
        found: list[Call] = []

        def ready(_: FakeBotApi) -> bool:
            nonlocal found
            found = [
                call
                for call in self.calls_to(method)
                if call.status is not None and _matches(call.params, match)
            ]
            return len(found) >= count

        try:
            self.wait_for(ready, timeout)
        except AssertionError as exc:
            raise AssertionError(
                f"expected {count} {method} call(s) matching {match}, got {len(found)}\n"
                f"{self.summary()}"
            ) from exc
        return found

    def summary(self, last: int = 20) -> str:
        """Recent calls and pending updates, for failure messages."""
        calls = self.calls[-last:]
        lines = [f"last {len(calls)} of {len(self.calls)} calls:"]
        lines += [f"  {call.short()}" for call in calls]
        with self._lock:
            lines.append(
                f"pending updates: {len(self._updates)}, confirmed up to {self._confirmed}"
            )
            if self.server_errors:
                lines.append(f"server errors: {self.server_errors[-1]}")
        return "\n".join(lines)

    # ------------------------------------------------------------------ faults

    def fail_next(
        self,
        method: str,
        *,
        status: int = 500,
        description: str = "Internal Server Error",
        retry_after: int | None = None,
        times: int = 1,
        body: str | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` ("*": any method) with an error.

        The call is not carried out. With the default description, a status other than 500
        gets Telegram's usual text ("Too Many Requests: retry after N" for 429). ``body``
        sends that raw text instead of JSON (as a proxy's error page would).
        """
        if description == "Internal Server Error" and status != 500:
            if status == 429:
                description = f"Too Many Requests: retry after {retry_after or 1}"
            else:
                description = DEFAULT_DESCRIPTIONS.get(status, f"Error {status}")
        with self._lock:
            self._faults.setdefault(method.lower(), []).append(
                _Fault(status, description, retry_after, body, times)
            )

    def delay_next(
        self, method: str, seconds: float, times: int = 1, *, before_handling: bool = False
    ) -> None:
        """Hold the reply to the next ``times`` calls of ``method`` ("*": any) for ``seconds``.

        By default the call is carried out at once and only its reply is late (the bot may
        time out although Telegram did the work); ``before_handling`` delays the work too.
        """
        with self._lock:
            self._delays.setdefault(method.lower(), []).append(
                _Delay(seconds, before_handling, times)
            )

    def _take(self, table: dict[str, list[Any]], method: str) -> Any:
        with self._lock:
            for key in (method.lower(), "*"):
                queue = table.get(key)
                if queue:
                    item = queue[0]
                    item.times -= 1
                    if item.times <= 0:
                        queue.pop(0)
                    return item
        return None

    # ------------------------------------------------------------------ HTTP

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        match = re.fullmatch(r"/bot([^/]*)/([^/]+)/?", request.path)
        if match is None:
            return _json_response(ApiError(404, "Not Found").body(), 404)
        token, method = match.groups()
        try:
            params, files = await self._read_params(request)
        except Exception:
            params, files = {}, {}
        call = Call(
            method,
            params,
            time.time(),
            http_method=request.method,
            content_type=request.content_type,
            files=files,
        )
        with self._lock:
            self._calls.append(call)
        delay = self._take(self._delays, method)
        if delay is not None and delay.before_handling:
            await asyncio.sleep(delay.seconds)
        body, status = await self._dispatch(token, method, params)
        if delay is not None and not delay.before_handling:
            await asyncio.sleep(delay.seconds)
        call.response = body if isinstance(body, dict) else {"raw": body}
        call.status = status if request.transport is not None else 0
        if isinstance(body, str):
            return web.Response(text=body, status=status, content_type="text/html")
        return _json_response(body, status)

    async def _read_params(self, request: web.Request) -> tuple[JSON, dict[str, JSON]]:
        params: JSON = {}
        files: dict[str, JSON] = {}
        for name, value in request.query.items():
            params[name] = _decode_value(name, value)
        if request.content_type == "application/json":
            try:
                payload = await request.json()
            except ValueError:
                payload = None
            if isinstance(payload, dict):
                for name, value in payload.items():
                    params[name] = _decode_value(name, value)
        elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            for name, item in form.items():
                if isinstance(item, web.FileField):
                    content = item.file.read()
                    files[name] = {
                        "filename": item.filename,
                        "content_type": item.content_type,
                        "size": len(content),
                    }
                    params[name] = f"<file {item.filename}>"
                else:
                    text = item.decode() if isinstance(item, bytes | bytearray) else item
                    params[name] = _decode_value(name, text)
        return params, files

    async def _dispatch(self, token: str, method: str, params: JSON) -> tuple[JSON | str, int]:
        if token != self.token:
            if TOKEN_SHAPE.match(token):
                return ApiError(401, "Unauthorized").body(), 401
            return ApiError(404, "Not Found").body(), 404
        fault = self._take(self._faults, method)
        if fault is not None:
            if fault.body is not None:
                return fault.body, fault.status
            error = ApiError(fault.status, fault.description, fault.retry_after)
            return error.body(), fault.status
        name = method.lower()
        try:
            if name == "getupdates":
                result = await self._get_updates(params)
            else:
                handler = self._handlers.get(name)
                if handler is None:
                    raise ApiError(404, "Not Found")
                with self._lock:
                    result = handler(params)
        except ApiError as error:
            return error.body(), error.status
        except Exception:
            with self._lock:
                self.server_errors.append(traceback.format_exc())
            return ApiError(500, "Internal Server Error").body(), 500
        if isinstance(result, tuple):  # (result, description)
            return {"ok": True, "result": result[0], "description": result[1]}, 200
        return {"ok": True, "result": result}, 200

    # ------------------------------------------------------------------ updates

    def _enqueue(self, update: JSON) -> None:
        """Queue an update unless the bot's subscription excludes its type (lock held)."""
        kind = next((key for key in update if key in UPDATE_TYPES), None)
        if kind is not None and not self._subscribed(kind):
            self.dropped_updates.append(update)
            return
        if not isinstance(update.get("update_id"), int):
            update["update_id"] = next(self._update_ids)
        else:
            self._update_ids = itertools.count(max(update["update_id"] + 1, next(self._update_ids)))
        self._updates.append(update)
        self._updates.sort(key=lambda item: item["update_id"])
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._notify)

    def _subscribed(self, kind: str) -> bool:
        if self._allowed is None:
            return kind not in DEFAULT_EXCLUDED
        return kind in self._allowed

    def _notify(self) -> None:
        """Wake every waiting getUpdates (runs on the loop)."""
        assert self._wake is not None
        wake, self._wake = self._wake, asyncio.Event()
        wake.set()

    def _end_polls(self, reason: str) -> None:
        for poll in self._polls:
            poll.conflict = poll.conflict or reason
            poll.wake.set()

    async def _get_updates(self, params: JSON) -> list[JSON]:
        with self._lock:
            if self._webhook is not None:
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; use "
                    "deleteWebhook to delete the webhook first",
                )
            self._set_allowed(params)
            offset = _lenient_int(params.get("offset"), 0)
            limit = min(max(_lenient_int(params.get("limit"), 100), 1), 100)
            timeout = min(max(_lenient_int(params.get("timeout"), 0), 0), MAX_LONG_POLL)
            self._apply_offset(offset)
            ready = self._updates[:limit]
        if ready or timeout == 0:
            return copy.deepcopy(ready)
        assert self._wake is not None
        poll = _Poll(asyncio.Event())
        for older in self._polls:  # Telegram keeps one waiting poll per bot
            older.conflict = DEFAULT_DESCRIPTIONS[409]
            older.wake.set()
        self._polls.append(poll)
        deadline = time.monotonic() + timeout
        try:
            while True:
                wake = self._wake
                waiters = (
                    asyncio.ensure_future(wake.wait()),
                    asyncio.ensure_future(poll.wake.wait()),
                )
                remaining = deadline - time.monotonic()
                if remaining > 0:
                    await asyncio.wait(
                        waiters, timeout=remaining, return_when=asyncio.FIRST_COMPLETED
                    )
                for waiter in waiters:
                    waiter.cancel()
                if poll.conflict is not None:
                    raise ApiError(409, poll.conflict)
                with self._lock:
                    self._apply_offset(offset)
                    ready = self._updates[:limit]
                if ready or time.monotonic() >= deadline:
                    return copy.deepcopy(ready)
        finally:
            self._polls.remove(poll)

    def _apply_offset(self, offset: int) -> None:
        """Forget confirmed updates (lock held): all below a positive offset, or all but the
        last -offset for a negative one."""
        if offset > 0:
            self._confirmed = max(self._confirmed, offset - 1)
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0 and self._updates:
            kept = self._updates[offset:]
            forgotten = self._updates[: len(self._updates) - len(kept)]
            if forgotten:
                self._confirmed = max(self._confirmed, forgotten[-1]["update_id"])
            self._updates = kept

    def _set_allowed(self, params: JSON) -> None:
        """Apply allowed_updates like Telegram: absent keeps the setting, names are matched
        without case, unknown names are ignored, and no known name means the default set."""
        if "allowed_updates" not in params:
            return
        value = _as_json(params, "allowed_updates")
        if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
            return
        names = [name.lower() for name in value if name.lower() in UPDATE_TYPES]
        self._allowed = sorted(set(names)) or None

    # ------------------------------------------------------------------ chats and messages

    def _chat(self, params: JSON) -> JSON:
        """The chat named by chat_id (lock held); unknown ids get a plausible chat."""
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise bad_request("chat_id is empty")
        if isinstance(raw, str) and raw.startswith("@"):
            for candidate in self._chats.values():
                if candidate.get("username", "").lower() == raw[1:].lower():
                    return candidate
            raise bad_request("chat not found")
        chat_id = _as_int(params, "chat_id", required=True)
        assert chat_id is not None
        if chat_id == 0:
            raise bad_request("chat not found")
        known = self._chats.get(chat_id)
        if known is not None:
            return known
        chat: JSON
        if chat_id > 0:
            user = self._users.get(chat_id, {"first_name": f"User{chat_id}"})
            chat = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
        elif re.fullmatch(r"-100\d{10,}", str(chat_id)):
            chat = {"id": chat_id, "type": "supergroup", "title": f"Chat {chat_id}"}
        else:
            chat = {"id": chat_id, "type": "group", "title": f"Chat {chat_id}"}
        self._chats[chat_id] = chat
        return chat

    def _new_message(self, chat: JSON, sender: JSON) -> JSON:
        """A Message shell with the chat's next message_id (lock held)."""
        chat_id = chat["id"]
        if chat_id not in self._chats:
            self._chats[chat_id] = copy.deepcopy(chat)
        if not sender.get("is_bot") or sender["id"] != self.bot_id:
            self._users.setdefault(sender["id"], copy.deepcopy(sender))
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        return {
            "message_id": message_id,
            "from": copy.deepcopy(sender),
            "chat": copy.deepcopy(self._chats[chat_id]),
            "date": int(time.time()),
        }

    def _store_message(self, message: JSON) -> None:
        self._messages[(message["chat"]["id"], message["message_id"])] = copy.deepcopy(message)

    def _remember(self, message: JSON) -> None:
        chat = message.get("chat")
        message_id = message.get("message_id")
        if not isinstance(chat, dict) or not isinstance(chat.get("id"), int):
            return
        if not isinstance(message_id, int):
            return
        self._chats.setdefault(chat["id"], copy.deepcopy(chat))
        self._next_message_id[chat["id"]] = max(
            self._next_message_id.get(chat["id"], 1), message_id + 1
        )
        self._store_message(message)

    def _reply_snapshot(self, chat_id: int, message_id: int, chat: JSON) -> JSON:
        stored = self._messages.get((chat_id, message_id))
        if stored is None:
            return {"message_id": message_id, "chat": copy.deepcopy(chat), "date": 0}
        snapshot = copy.deepcopy(stored)
        snapshot.pop("reply_to_message", None)  # Telegram does not nest replies further
        return snapshot

    def _formatted_text(self, params: JSON, text_key: str = "text") -> tuple[str, list[JSON]]:
        """Visible text and entities of a text + parse_mode/entities pair, validated."""
        raw = params.get(text_key)
        if raw is None:
            raw = ""
        if not isinstance(raw, str):
            raw = json.dumps(raw) if not isinstance(raw, int | float) else str(raw)
        parse_mode = str(params.get("parse_mode") or "").strip().lower()
        if parse_mode == "html":
            try:
                text, entities = parse_telegram_html(raw)
            except HtmlError as error:
                raise bad_request(f"can't parse entities: {error.reason}") from error
        elif parse_mode in ("", "none", "markdown", "markdownv2"):
            # Markdown is not parsed by this fixture: the text is kept as sent.
            text = raw
            given = _as_json(params, "entities") if parse_mode in ("", "none") else None
            entities = [e for e in given if isinstance(e, dict)] if isinstance(given, list) else []
        else:
            raise bad_request("unsupported parse_mode")
        text, entities = trim_formatted(text, entities)
        if not text:
            raise bad_request("message text is empty")
        if visible_length(text) > MAX_TEXT_LENGTH:
            raise bad_request("message is too long")
        return text, entities

    def _inline_markup(self, params: JSON) -> JSON | None:
        """The reply_markup parameter, validated; None when absent."""
        markup = _as_json(params, "reply_markup")
        if markup is None or markup == "":
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return markup
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request(
                'can\'t parse inline keyboard button: field "inline_keyboard" '
                "must be an Array of Arrays"
            )
        for row in rows:
            for button in row:
                _check_button(button)
        return markup

    # ------------------------------------------------------------------ methods

    def _ok_true(self, params: JSON) -> bool:
        return True

    def _get_me(self, params: JSON) -> JSON:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _set_webhook(self, params: JSON) -> tuple[bool, str]:
        url = str(params.get("url") or "")
        if not url:
            return self._delete_webhook(params)
        self._webhook = {"url": url, **{k: v for k, v in params.items() if k != "url"}}
        if "allowed_updates" in params:
            self._set_allowed(params)
        for poll in self._polls:  # handlers run on the loop, so the events can be set here
            poll.conflict = "Conflict: terminated by setWebhook request"
            poll.wake.set()
        return True, "Webhook was set"

    def _delete_webhook(self, params: JSON) -> tuple[bool, str]:
        if _as_bool(params.get("drop_pending_updates")):
            if self._updates:
                self._confirmed = max(self._confirmed, self._updates[-1]["update_id"])
            self._updates = []
        if self._webhook is None:
            return True, "Webhook is already deleted"
        self._webhook = None
        return True, "Webhook was deleted"

    def _get_webhook_info(self, params: JSON) -> JSON:
        info: JSON = {
            "url": "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self._webhook is not None:
            info["url"] = self._webhook["url"]
            info["max_connections"] = self._webhook.get("max_connections", 40)
            if self._allowed is not None:
                info["allowed_updates"] = list(self._allowed)
        return info

    def _send_message(self, params: JSON) -> JSON:
        chat = self._chat(params)
        text, entities = self._formatted_text(params)
        markup = self._inline_markup(params)
        reply_to = self._reply_target(params, chat)
        message = self._new_message(chat, self.bot_user)
        message["text"] = text
        if entities:
            message["entities"] = entities
        thread_id = _as_int(params, "message_thread_id")
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            if chat.get("is_forum"):
                message["is_topic_message"] = True
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if markup is not None and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        if "link_preview_options" in params:
            options = _as_json(params, "link_preview_options")
            if isinstance(options, dict) and options:
                message["link_preview_options"] = options
        self._store_message(message)
        self._sent.append((chat["id"], message["message_id"]))
        return copy.deepcopy(message)

    def _reply_target(self, params: JSON, chat: JSON) -> JSON | None:
        """The message replied to (reply_parameters or legacy reply_to_message_id)."""
        reply = _as_json(params, "reply_parameters")
        if reply is None and params.get("reply_to_message_id") not in (None, "", 0):
            reply = {
                "message_id": params.get("reply_to_message_id"),
                "allow_sending_without_reply": params.get("allow_sending_without_reply"),
            }
        if reply is None:
            return None
        if not isinstance(reply, dict):
            raise bad_request("can't parse reply parameters JSON object")
        message_id = _as_int(reply, "message_id")
        if not message_id:
            raise bad_request("can't parse ReplyParameters: Can't find field \"message_id\"")
        target_chat = chat
        if reply.get("chat_id") not in (None, ""):
            target_chat = self._chat({"chat_id": reply["chat_id"]})
        if (target_chat["id"], message_id) in self._messages:
            return self._reply_snapshot(target_chat["id"], message_id, target_chat)
        if _as_bool(reply.get("allow_sending_without_reply")):
            return None
        raise bad_request("message to be replied not found")

    def _editable(self, params: JSON) -> JSON | None:
        """The bot message an edit targets; None for inline messages."""
        if params.get("inline_message_id"):
            if params.get("chat_id") not in (None, "") or params.get("message_id") is not None:
                raise bad_request("can't use inline_message_id together with chat_id")
            return None
        chat = self._chat(params)
        message_id = _as_int(params, "message_id")
        if message_id is None:
            raise bad_request("message identifier is not specified")
        message = self._messages.get((chat["id"], message_id))
        if message is None:
            raise bad_request("message to edit not found")
        if message.get("from", {}).get("id") != self.bot_id:
            raise bad_request("message can't be edited")
        return message

    def _edit_message_text(self, params: JSON) -> JSON | bool:
        message = self._editable(params)
        text, entities = self._formatted_text(params)
        markup = self._inline_markup(params)
        if message is None:
            return True
        new_markup = markup if markup is not None and "inline_keyboard" in markup else None
        if (
            message.get("text") == text
            and message.get("entities", []) == entities
            and message.get("reply_markup") == new_markup
        ):
            raise bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
        if "text" not in message:
            raise bad_request("there is no text in the message to edit")
        message["text"] = text
        if entities:
            message["entities"] = entities
        else:
            message.pop("entities", None)
        if new_markup is None:
            message.pop("reply_markup", None)
        else:
            message["reply_markup"] = new_markup
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    def _edit_message_reply_markup(self, params: JSON) -> JSON | bool:
        message = self._editable(params)
        markup = self._inline_markup(params)
        if message is None:
            return True
        new_markup = markup if markup is not None and "inline_keyboard" in markup else None
        if new_markup is not None and not new_markup["inline_keyboard"]:
            new_markup = None
        if message.get("reply_markup") == new_markup:
            raise bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
        if new_markup is None:
            message.pop("reply_markup", None)
        else:
            message["reply_markup"] = new_markup
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    def _answer_callback_query(self, params: JSON) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if self._callback_ids.get(query_id, True):  # unknown or already answered
            raise ApiError(400, QUERY_TOO_OLD)
        text = params.get("text")
        if text is not None and visible_length(str(text)) > MAX_CALLBACK_ANSWER:
            raise bad_request("MESSAGE_TOO_LONG")
        self._callback_ids[query_id] = True
        return True

    def _answer_inline_query(self, params: JSON) -> bool:
        query_id = str(params.get("inline_query_id") or "")
        if self._inline_ids.get(query_id, True):
            raise ApiError(400, QUERY_TOO_OLD)
        results = _as_json(params, "results")
        if not isinstance(results, list):
            raise bad_request("can't parse JSON encoded inline query results")
        if len(results) > 50:
            raise bad_request("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            if not isinstance(result, dict):
                raise bad_request("can't parse inline query result: expected an Object")
            result_id = str(result.get("id", ""))
            if not 1 <= len(result_id.encode()) <= 64:
                raise bad_request("RESULT_ID_INVALID")
            if result_id in seen:
                raise bad_request("RESULT_ID_DUPLICATE")
            seen.add(result_id)
            _check_inline_result(result)
        self._inline_ids[query_id] = True
        return True

    def _set_my_commands(self, params: JSON) -> bool:
        commands = _as_json(params, "commands")
        if commands is None:
            commands = []
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        cleaned: list[JSON] = []
        for command in commands:
            if not isinstance(command, dict):
                raise bad_request("can't parse BotCommand: expected an Object")
            for field_name in ("command", "description"):
                if field_name not in command:
                    raise bad_request(f"can't parse BotCommand: Can't find field \"{field_name}\"")
            name = str(command["command"])
            description = str(command["description"])
            if not name:
                raise bad_request("command must be non-empty")
            if not description:
                raise bad_request("command description must be non-empty")
            if not COMMAND_SHAPE.match(name):
                raise bad_request("BOT_COMMAND_INVALID")
            if visible_length(description) > 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            cleaned.append({"command": name, "description": description})
        key = self._commands_key(params)
        if cleaned:
            self.commands[key] = cleaned
        else:
            self.commands.pop(key, None)
        return True

    def _commands_key(self, params: JSON) -> tuple[str, str]:
        scope = _as_json(params, "scope") or {"type": "default"}
        if not isinstance(scope, dict) or "type" not in scope:
            raise bad_request("can't parse BotCommandScope: Can't find field \"type\"")
        language = str(params.get("language_code") or "")
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("invalid language code specified")
        return json.dumps(scope, sort_keys=True), language

    def _get_my_commands(self, params: JSON) -> list[JSON]:
        return copy.deepcopy(self.commands.get(self._commands_key(params), []))

    def _delete_my_commands(self, params: JSON) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    def _send_chat_action(self, params: JSON) -> bool:
        self._chat(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    def _get_chat_member(self, params: JSON) -> JSON:
        chat = self._chat(params)
        user_id = _as_int(params, "user_id")
        if not user_id or user_id <= 0:
            raise bad_request("invalid user_id specified")
        user = copy.deepcopy(
            self._users.get(user_id)
            or {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        )
        default = "member"
        if chat["type"] == "private":
            default = "member" if user_id in (chat["id"], self.bot_id) else "left"
        status = self._member_status.get((chat["id"], user_id), default)
        member: JSON = {"status": status, "user": user}
        if status == "administrator":
            member.update(
                can_be_edited=False,
                is_anonymous=False,
                can_manage_chat=True,
                can_delete_messages=True,
                can_manage_video_chats=True,
                can_restrict_members=True,
                can_promote_members=False,
                can_change_info=True,
                can_invite_users=True,
                can_post_stories=False,
                can_edit_stories=False,
                can_delete_stories=False,
                can_pin_messages=True,
            )
        elif status == "creator":
            member["is_anonymous"] = False
        elif status == "kicked":
            member["until_date"] = 0
        return member

    def _get_chat(self, params: JSON) -> JSON:
        chat = copy.deepcopy(self._chat(params))
        chat.update(
            accent_color_id=0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        )
        return chat


def _matches(params: JSON, match: dict[str, Any]) -> bool:
    for name, expected in match.items():
        actual = params.get(name)
        if callable(expected):
            if not expected(actual):
                return False
        elif actual != expected and str(actual) != str(expected):
            return False
    return True


def _check_button(button: Any) -> None:
    """Validate one InlineKeyboardButton as the Bot API does."""
    prefix = "can't parse inline keyboard button: "
    if not isinstance(button, dict):
        raise bad_request(prefix + "InlineKeyboardButton must be an Object")
    if "text" not in button:
        raise bad_request(prefix + 'Can\'t find field "text"')
    if not isinstance(button["text"], str) or not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = (
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    )
    if not any(key in button for key in actions):
        raise bad_request(prefix + "Text buttons are unallowed in the inline keyboard")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode()) <= 64:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not re.match(r"^(https?|tg)://\S+$", url):
            raise bad_request("BUTTON_URL_INVALID")


def _check_inline_result(result: JSON) -> None:
    """Validate an InlineQueryResult; articles are checked in full."""
    prefix = "can't parse inline query result: "
    kind = result.get("type")
    known = (
        "article",
        "audio",
        "contact",
        "game",
        "document",
        "gif",
        "location",
        "mpeg4_gif",
        "photo",
        "venue",
        "video",
        "voice",
        "sticker",
    )
    if kind not in known:
        raise bad_request(
            prefix + f'type "{kind or ""}" is unsupported for the inline query result'
        )
    if kind != "article":
        return
    for key in ("title", "input_message_content"):
        if key not in result:
            raise bad_request(prefix + f'Can\'t find field "{key}"')
    content = result["input_message_content"]
    if not isinstance(content, dict):
        raise bad_request(prefix + "input_message_content must be an Object")
    if "message_text" in content:
        raw = content["message_text"]
        parse_mode = str(content.get("parse_mode") or "").lower()
        text = raw if isinstance(raw, str) else str(raw)
        if parse_mode == "html":
            try:
                text, entities = parse_telegram_html(text)
            except HtmlError as error:
                raise bad_request(prefix + f"Can't parse entities: {error.reason}") from error
            text, _ = trim_formatted(text, entities)
        else:
            text = text.strip(" \t\r\n\v")
        if not text:
            raise bad_request(prefix + "Message text is empty")
        if visible_length(text) > MAX_TEXT_LENGTH:
            raise bad_request("MESSAGE_TOO_LONG")
    if "reply_markup" in result:
        markup = result["reply_markup"]
        rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
        if not isinstance(rows, list):
            raise bad_request(prefix + "reply_markup must be an inline keyboard")
        for row in rows:
            for button in row if isinstance(row, list) else [row]:
                _check_button(button)


def _json_response(body: JSON, status: int) -> web.Response:
    return web.Response(
        text=json.dumps(body, ensure_ascii=False), status=status, content_type="application/json"
    )
