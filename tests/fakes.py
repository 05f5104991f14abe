"""A fake at the transport seam: a `BaseRequest` that answers like the Bot API, and update makers.

Handler tests build a real `Application` with `FakeRequest` as its request, feed it real
`Update.de_json` updates through `process_update`, and read back every call the bot made.
Sent text is checked with Telegram's HTML rules and its 4,096-character limit, as the real
server would, so a bad reply fails the test instead of passing silently.
"""

from __future__ import annotations

import copy
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

from tests.botapi.html_check import (
    HtmlError,
    detect_entities,
    parse_telegram_html,
    trim_formatted,
    visible_length,
)

JSON = dict[str, Any]
TOKEN = "123456:TEST-token"
BOT_ID = 123456
BOT_USERNAME = "newsbot_test_bot"
BOT_USER: JSON = {"id": BOT_ID, "is_bot": True, "first_name": "Newsbot", "username": BOT_USERNAME}
MAX_TEXT = 4096
MAX_CALLBACK_TEXT = 200
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


class ApiError(Exception):
    """An error reply of the fake API."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def body(self) -> bytes:
        payload: JSON = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            payload["parameters"] = {"retry_after": self.retry_after}
        return json.dumps(payload).encode()


@dataclass
class Call:
    """One Bot API call the bot made."""

    method: str
    params: JSON
    result: Any = None
    error: str | None = None


@dataclass
class FakeRequest(BaseRequest):
    """Records every call and answers like Telegram's Bot API (no network)."""

    calls: list[Call] = field(default_factory=list)
    messages: dict[tuple[int, int], JSON] = field(default_factory=dict)
    sent: list[tuple[int, int]] = field(default_factory=list)
    faults: dict[str, list[ApiError]] = field(default_factory=dict)
    _ids: dict[int, itertools.count[int]] = field(default_factory=dict)

    # -- BaseRequest ---------------------------------------------------------------------

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = copy.deepcopy(dict(request_data.parameters)) if request_data else {}
        call = Call(name, params)
        self.calls.append(call)
        queue = self.faults.get(name.lower())
        try:
            if queue:
                raise queue.pop(0)
            handler = getattr(self, f"_api_{name.lower()}", None)
            call.result = handler(params) if handler else True
        except ApiError as error:
            call.error = error.description
            return error.status, error.body()
        return 200, json.dumps({"ok": True, "result": call.result}).encode()

    # -- test side -----------------------------------------------------------------------

    def fail_next(
        self, method: str, status: int = 400, description: str = "Bad Request", **kw: Any
    ) -> None:
        """Answer the next call of `method` with this error instead of doing it."""
        self.faults.setdefault(method.lower(), []).append(ApiError(status, description, **kw))

    def calls_to(self, method: str) -> list[Call]:
        """The calls of one method, oldest first."""
        return [c for c in self.calls if c.method.lower() == method.lower()]

    def succeeded(self, method: str) -> list[Call]:
        """The calls of one method that Telegram accepted."""
        return [c for c in self.calls_to(method) if c.error is None]

    def sent_messages(self, chat_id: int | None = None) -> list[JSON]:
        """Messages the bot sent, as they are now (after edits)."""
        return [
            copy.deepcopy(self.messages[key])
            for key in self.sent
            if chat_id is None or key[0] == chat_id
        ]

    def last_sent(self, chat_id: int | None = None) -> JSON:
        """The newest message the bot sent (to `chat_id`)."""
        found = self.sent_messages(chat_id)
        assert found, "the bot sent nothing"
        return found[-1]

    def remember(self, message: JSON) -> None:
        """Store a user's message so replies and edits can refer to it."""
        key = (message["chat"]["id"], message["message_id"])
        self.messages[key] = copy.deepcopy(message)

    def next_message_id(self, chat_id: int) -> int:
        return next(self._ids.setdefault(chat_id, itertools.count(1)))

    # -- the API -------------------------------------------------------------------------

    def _api_getme(self, params: JSON) -> JSON:
        return {**BOT_USER, "can_join_groups": True, "supports_inline_queries": True}

    @staticmethod
    def _formatted(params: JSON, key: str = "text") -> tuple[str, list[JSON]]:
        raw = str(params.get(key) or "")
        if str(params.get("parse_mode") or "").upper() == "HTML":
            try:
                text, entities = parse_telegram_html(raw)
            except HtmlError as error:
                raise ApiError(400, f"Bad Request: can't parse entities: {error.reason}") from None
        else:
            text, entities = raw, []
        text, entities = trim_formatted(text, entities)
        if not text:
            raise ApiError(400, "Bad Request: message text is empty")
        if visible_length(text) > MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        return text, entities

    @staticmethod
    def _markup(params: JSON) -> JSON | None:
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        if not markup:
            return None
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if not str(button.get("text", "")).strip():
                    raise ApiError(400, "Bad Request: BUTTON_TEXT_INVALID")
        return dict(markup)

    def _chat(self, chat_id: int) -> JSON:
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": f"User{chat_id}"}
        if str(chat_id).startswith("-100"):
            return {"id": chat_id, "type": "supergroup", "title": f"Chat {chat_id}"}
        return {"id": chat_id, "type": "group", "title": f"Chat {chat_id}"}

    def _api_sendmessage(self, params: JSON) -> JSON:
        chat_id = int(params["chat_id"])
        text, entities = self._formatted(params)
        markup = self._markup(params)
        message: JSON = {
            "message_id": self.next_message_id(chat_id),
            "from": BOT_USER,
            "chat": self._chat(chat_id),
            "date": int(time.time()),
            "text": text,
        }
        if entities:
            message["entities"] = entities
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        if params.get("message_thread_id") is not None:
            message["message_thread_id"] = int(params["message_thread_id"])
        reply = params.get("reply_parameters")
        if reply:
            target = self.messages.get((chat_id, int(reply["message_id"])))
            if target is not None:
                message["reply_to_message"] = copy.deepcopy(target)
            elif not reply.get("allow_sending_without_reply"):
                raise ApiError(400, "Bad Request: message to be replied not found")
        self.messages[(chat_id, message["message_id"])] = message
        self.sent.append((chat_id, message["message_id"]))
        return copy.deepcopy(message)

    def _editable(self, params: JSON) -> JSON:
        key = (int(params["chat_id"]), int(params["message_id"]))
        message = self.messages.get(key)
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message["from"]["id"] != BOT_ID:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    def _api_editmessagetext(self, params: JSON) -> JSON:
        message = self._editable(params)
        text, entities = self._formatted(params)
        markup = self._markup(params)
        markup = markup if markup and "inline_keyboard" in markup else None
        if (
            message.get("text") == text
            and message.get("entities", []) == entities
            and message.get("reply_markup") == markup
        ):
            raise ApiError(400, NOT_MODIFIED)
        message["text"] = text
        message.pop("entities", None)
        message.pop("reply_markup", None)
        if entities:
            message["entities"] = entities
        if markup:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    def _api_editmessagereplymarkup(self, params: JSON) -> JSON:
        message = self._editable(params)
        markup = self._markup(params)
        message.pop("reply_markup", None)
        if markup and markup.get("inline_keyboard"):
            message["reply_markup"] = markup
        return copy.deepcopy(message)

    def _api_answercallbackquery(self, params: JSON) -> bool:
        text = params.get("text")
        if text is not None and visible_length(str(text)) > MAX_CALLBACK_TEXT:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    def _api_answerinlinequery(self, params: JSON) -> bool:
        results = params.get("results") or []
        if len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        ids = [str(r["id"]) for r in results]
        if len(set(ids)) != len(ids) or any(not 1 <= len(i.encode()) <= 64 for i in ids):
            raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
        for result in results:
            content = result["input_message_content"]
            self._formatted(content, "message_text")
        return True

    def _api_setmycommands(self, params: JSON) -> bool:
        for command in params.get("commands") or []:
            if not 1 <= len(command["description"]) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        return True

    def _api_getupdates(self, params: JSON) -> list[JSON]:
        return []


class Telegram:
    """Makes updates as Telegram would send them: users, chats, messages, buttons, inline."""

    def __init__(self, request: FakeRequest) -> None:
        self.request = request
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1)

    @staticmethod
    def user(user_id: int = 1001, first_name: str = "Anna", username: str | None = None) -> JSON:
        user: JSON = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        return user

    @staticmethod
    def private(user: JSON) -> JSON:
        return {"id": user["id"], "type": "private", "first_name": user["first_name"]}

    @staticmethod
    def group(chat_id: int = -100200300400, title: str = "Redazione", forum: bool = False) -> JSON:
        chat: JSON = {"id": chat_id, "type": "supergroup", "title": title}
        if forum:
            chat["is_forum"] = True
        return chat

    def _update(self, **body: Any) -> JSON:
        return {"update_id": next(self._update_ids), **body}

    def message(
        self,
        chat: JSON,
        user: JSON,
        text: str | None = None,
        *,
        reply_to: JSON | None = None,
        thread_id: int | None = None,
        entities: list[JSON] | None = None,
        **extra: Any,
    ) -> JSON:
        """A "message" update; commands and @mentions get their entities as in Telegram."""
        message: JSON = {
            "message_id": self.request.next_message_id(chat["id"]),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            **extra,
        }
        if text is not None:
            message["text"] = text
            found = detect_entities(text) if entities is None else entities
            if found:
                message["entities"] = found
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        if reply_to is not None:
            message["reply_to_message"] = {
                k: v for k, v in reply_to.items() if k != "reply_to_message"
            }
        self.request.remember(message)
        return self._update(message=message)

    def edit(self, update: JSON, new_text: str) -> JSON:
        """An "edited_message" update for a message sent earlier."""
        message = copy.deepcopy(update["message"])
        message["text"] = new_text
        message["edit_date"] = int(time.time())
        message.pop("entities", None)
        found = detect_entities(new_text)
        if found:
            message["entities"] = found
        self.request.remember(message)
        return self._update(edited_message=message)

    def sticker(self, chat: JSON, user: JSON) -> JSON:
        sticker = {
            "file_id": "CAACAgIAAxkBAAEB",
            "file_unique_id": "AgADsticker",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return self.message(chat, user, None, sticker=sticker)

    def press(self, user: JSON, message: JSON, data: str) -> JSON:
        """A "callback_query" for a bot message as it is now; `data` may be forged."""
        current = self.request.messages.get((message["chat"]["id"], message["message_id"]), message)
        return self._update(
            callback_query={
                "id": str(next(self._query_ids)),
                "from": user,
                "message": copy.deepcopy(current),
                "chat_instance": "42",
                "data": data,
            }
        )

    def inline(self, user: JSON, query: str) -> JSON:
        return self._update(
            inline_query={
                "id": str(next(self._query_ids)),
                "from": user,
                "query": query,
                "offset": "",
            }
        )


def buttons(message: JSON) -> list[tuple[str, str]]:
    """(text, callback_data) of every inline button of a message."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]
