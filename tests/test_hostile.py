"""Hostile and odd input: property tests through the matcher and the reply formatting, and a
fixed list of cases through the real handlers.

Every reply must be one Telegram accepts: valid HTML in Telegram's subset (checked by the
parser of the fake Bot API) and at most 4,096 UTF-16 code units. Where the bot stays silent,
that silence is the documented behaviour (groups answer only what addresses the bot; bots and
inline-bot messages are ignored). tests/test_handlers.py already covers part of the list (its
HOSTILE texts, forged callback data, stickers, photos, bots, forwards); this file adds the
rest. The `harness` fixture fails any test in which a handler raised.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot import replies
from bot.models import Answer, Article, Fact, Kind
from bot.reload import KnowledgeHolder
from tests.botapi.html_check import HtmlError, parse_telegram_html, trim_formatted, visible_length
from tests.conftest import OPERATOR_ID, BotHarness
from tests.fakes import BOT_ID, BOT_USERNAME

QUESTION = "Quanto vuole raccogliere OpenAI?"
FACT_ANSWER = "10 miliardi di dollari"
LIMIT = replies.TELEGRAM_LIMIT
JSON = dict[str, Any]


def assert_telegram_accepts(html: str) -> str:
    """`html` parses as Telegram's HTML and its text fits one message; the visible text."""
    try:
        text, entities = parse_telegram_html(html)
    except HtmlError as error:  # pragma: no cover - the message says what broke
        raise AssertionError(f"Telegram would refuse {html[:200]!r}: {error.reason}") from None
    text, _ = trim_formatted(text, entities)
    assert replies.utf16_length(html) <= LIMIT
    assert visible_length(text) <= LIMIT
    return text


# --- property tests -----------------------------------------------------------------------

# Pieces a hostile reader or a careless knowledge editor might type.
NASTY = [
    "<b>",
    "</a>",
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
    "&amp;",
    "&",
    "&#0;",
    "&#xD800;",
    "&lt;",
    "<",
    ">",
    '"',
    "'",
    "**",
    "_",
    "`",
    "[x](tg://user?id=1)",
    "||",
    "\\",
    "\u200b",
    "\u200d",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\x00",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\n",
    "\t",
    "😀",
    "👩‍👩‍👧",
    "🇮🇹",
    "𝕏",
    "e\u0301",
    "ﷺ",
    "'; DROP TABLE questions; --",
    "OpenAI",
    "miliardi",
    "quanto",
    "perché",
    "Trainium",
    "?",
]
nasty_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(NASTY), max_size=60).map(" ".join),
    st.lists(st.sampled_from(NASTY), min_size=1, max_size=8).flatmap(
        lambda parts: st.integers(1, 4200 // max(1, sum(len(p) + 1 for p in parts))).map(
            lambda times: (" ".join(parts) + " ") * times
        )
    ),
)
any_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=400)
MATCHER_EXAMPLES = 2000
FORMAT_EXAMPLES = 1000  # each example formats up to three replies of ~4,000 characters
FIT_EXAMPLES = 2000


@settings(
    max_examples=MATCHER_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(question=st.one_of(nasty_text, any_text))
@example(question="")
@example(question="x" * 4096)
@example(question="😀" * 2048)
@example(question="<b>" * 1365)
@example(question="&" * 4096)
def test_any_question_gives_a_reply_telegram_accepts(
    shipped_holder: KnowledgeHolder, question: str
) -> None:
    """Whatever a reader writes, the matcher answers without raising, and the reply the bot
    would send (html_reply, cut to Telegram's limit) is valid HTML within 4,096 units."""
    answer = shipped_holder.matcher.match(question)
    assert answer.kind in set(Kind)
    text = assert_telegram_accepts(replies.fit_telegram(replies.html_reply(answer)))
    assert text  # never an empty message
    for fact in answer.suggestions:  # what a suggestion button turns the message into
        assert_telegram_accepts(replies.fit_telegram(replies.html_fact(fact)))


ARTICLE_DATE = dt.date(2025, 12, 17)


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    """Answers of every kind built from hostile fact, title, author and question texts."""
    article = Article(
        "a",
        draw(nasty_text.filter(str.strip)),
        draw(nasty_text),
        ARTICLE_DATE,
        draw(nasty_text),
    )
    facts = [
        Fact(
            f"f{number}",
            draw(nasty_text.filter(str.strip)),
            (draw(nasty_text.filter(str.strip)),),
            article=article if draw(st.booleans()) else None,
        )
        for number in range(draw(st.integers(1, 4)))
    ]
    kind = draw(st.sampled_from(list(Kind)))
    if kind is Kind.NONE:
        text = draw(st.sampled_from(["", replies.NOT_KNOWN]))
        offered = tuple(facts) if draw(st.booleans()) else ()
        return Answer(draw(nasty_text), kind, text, None, 0.5, offered)
    fact = facts[0]
    return Answer(draw(nasty_text), fact.kind, fact.answer, fact, 1.0, tuple(facts[1:]))


@settings(max_examples=FORMAT_EXAMPLES, deadline=None)
@given(answer=answers())
def test_any_answer_formats_to_a_valid_message(answer: Answer) -> None:
    """Answers, sources and suggestions made of hostile text, up to several times the limit,
    always give HTML Telegram accepts and at most 4,096 UTF-16 units (emoji count twice)."""
    assert_telegram_accepts(replies.fit_telegram(replies.html_reply(answer)))
    if answer.fact is not None:
        assert_telegram_accepts(replies.fit_telegram(replies.html_fact(answer.fact)))
        if answer.fact.article is not None:
            assert_telegram_accepts(replies.fit_telegram(replies.source_reply(answer.fact.article)))


@settings(max_examples=FIT_EXAMPLES, deadline=None)
@given(
    text=st.one_of(nasty_text, any_text),
    limit=st.integers(100, LIMIT),
    limit16=st.integers(1000, LIMIT),
)
def test_fit_keeps_escaped_text_valid_and_short(text: str, limit: int, limit16: int) -> None:
    """Escaped reader text of any length, cut by `fit` (code points) or `fit_telegram` (UTF-16
    units), stays valid HTML within the limit.

    `fit_telegram` is exercised from 1,000 units up: the bot always calls it with 4,096, and
    below about 180 units its call of `fit` gets a limit too small for the "(risposta
    accorciata)" note (a known edge, reported, in code this change does not own).
    """
    escaped = replies.escape(text * (1 + 5000 // max(1, len(text))))
    cut = replies.fit(escaped, limit)
    assert len(cut) <= limit
    parse_telegram_html(cut)
    cut16 = replies.fit_telegram(escaped, limit16)
    assert replies.utf16_length(cut16) <= limit16
    parse_telegram_html(cut16)


# --- fixed cases through the real handlers ----------------------------------------------------

ROBOT: JSON = {"id": 777, "is_bot": True, "first_name": "Robot", "username": "robot_bot"}
CHANNEL: JSON = {"id": -1001111111111, "type": "channel", "title": "Canale"}
PHOTO = [{"file_id": "p", "file_unique_id": "p", "width": 9, "height": 9}]

# Private texts: each gets exactly one reply Telegram accepts (not already in test_handlers).
PRIVATE_TEXTS = [
    "\t\n \u00a0\u3000",  # whitespace of other kinds: the usage hint
    "\u200b\u200c\u200d\u2060\ufeff",  # only zero-width characters
    "\u202b" + QUESTION + "\u202c",  # right-to-left embedding around a real question
    "\u2067مرحبا\u2069 " + QUESTION,  # isolates and Arabic
    "\x00",
    "\x7f\x80\x85\x9b\x9f",  # DEL and C1 controls
    "<" * 4096,
    "&" * 4096,
    "<b>" * 1365,
    ("perché " * 600)[:4096],
    "a" * 4095 + "😀",
    "\n".join(["🇮🇹👩‍👩‍👧🏳️‍🌈"] * 50),
    "e\u0301" * 2048,  # combining accents
    "&lt;b&gt;grassetto&lt;/b&gt; &#60;i&#62;",
    "<tg-spoiler>x</tg-spoiler> <blockquote expandable>y</blockquote>",
    '<pre><code class="language-python">print(1)</code></pre>',
    "<!-- commento --> <![CDATA[x]]> <b><i>non chiuso",
    "</b></b></i></a></code>",
    "<a href='tg://user?id=1'>chi</a> <a href=\"http://x\">link</a>",
    "*grassetto* _corsivo_ __sottolineato__ ~barrato~ ||spoiler|| `code` ```pre```",
    "\\_\\*\\[\\]\\(\\)\\~\\`\\>\\#\\+\\-\\=\\|\\{\\}\\.\\!",
    '" OR ""="',
    "1; DELETE FROM questions WHERE 1=1; --",
    "Robert'); DROP TABLE feedback;--",
    "%s %d {0} {question} $(rm -rf /) `id`",
    "What is Trainium and who makes it?",
    "Wie viel Geld will OpenAI einsammeln?",
    "Combien OpenAI veut-il lever ?",
    "¿Cuánto dinero quiere recaudar OpenAI?",
    "OpenAI 想筹集多少钱？",
    "Сколько денег хочет привлечь OpenAI?",
]


async def private(harness: BotHarness, text: str | None, **extra: Any) -> JSON:
    user = harness.tg.user()
    update = harness.tg.message(harness.tg.private(user), user, text, **extra)
    await harness.send(update)
    return update


async def group(
    harness: BotHarness, text: str | None, user: JSON | None = None, **extra: Any
) -> JSON:
    user = user or harness.tg.user(2002, "Bruno")
    update = harness.tg.message(harness.tg.group(), user, text, **extra)
    await harness.send(update)
    return update


def one_valid_reply(harness: BotHarness) -> str:
    """The single message the bot sent; the fake refuses invalid HTML or > 4,096 units."""
    calls = harness.request.calls_to("sendMessage")
    assert 1 == len(calls), [c.params.get("text") for c in calls]
    assert None is calls[0].error
    return str(harness.request.last_sent()["text"])


@pytest.mark.parametrize("text", PRIVATE_TEXTS)
async def test_odd_private_text_gets_one_valid_reply(harness: BotHarness, text: str) -> None:
    """Whitespace, invisible and right-to-left characters, control characters, 4,096
    characters, emoji lines, HTML and Markdown injection, SQL-looking text and questions in
    other languages: one reply that Telegram accepts, nothing raised."""
    await private(harness, text)
    one_valid_reply(harness)


@pytest.mark.parametrize("text", PRIVATE_TEXTS)
async def test_odd_text_edited_in_gets_a_valid_reply(harness: BotHarness, text: str) -> None:
    """The same texts as the edit of an earlier question: the answer is edited (or, if it
    would not change, left alone), never refused by Telegram."""
    update = await private(harness, QUESTION)
    await harness.send(harness.tg.edit(update, text))
    assert 1 == len(harness.request.calls_to("sendMessage"))
    for call in harness.request.calls_to("editMessageText"):
        assert call.error is None or "not modified" in call.error


async def test_whitespace_gets_the_usage_hint(harness: BotHarness) -> None:
    """Text made only of (any kind of) whitespace gets the one-line usage hint."""
    await private(harness, "\t\n \u00a0\u3000")
    assert replies.ASK_USAGE == one_valid_reply(harness)


async def test_empty_text_gets_the_text_only_hint(harness: BotHarness) -> None:
    """A message whose text is empty (Telegram never sends one; a client might) is treated as
    a message without text: the "only written questions" hint."""
    await private(harness, "")
    assert replies.ONLY_TEXT == one_valid_reply(harness)


async def test_sql_looking_text_is_logged_verbatim(harness: BotHarness) -> None:
    """SQL in a question is stored as text (parameters, never SQL): the tables survive."""
    text = "Robert'); DROP TABLE questions;--"
    await private(harness, text)
    one_valid_reply(harness)
    assert harness.qlog is not None and harness.qlog.path is not None
    with sqlite3.connect(harness.qlog.path) as db:
        stored = [row[0] for row in db.execute("SELECT question FROM questions")]
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert [text] == stored
    assert {"questions", "feedback", "meta"} <= tables


async def test_question_in_another_language_is_answered_honestly(harness: BotHarness) -> None:
    """A question in English about something the bot does not know gets the Italian "non lo
    so", not a wrong fact."""
    await private(harness, "What is the weather like in London tomorrow?")
    assert replies.NOT_KNOWN == one_valid_reply(harness)


# Messages that are not text, in private: the hint that only written questions are answered.
NOT_TEXT: list[JSON] = [
    {"photo": PHOTO, "caption": QUESTION},
    {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 1}},
    {"document": {"file_id": "d", "file_unique_id": "d", "file_name": "a.pdf"}},
    {"location": {"latitude": 45.46, "longitude": 9.19}},
    {"contact": {"phone_number": "+39000", "first_name": "Anna"}},
    {"dice": {"emoji": "🎲", "value": 3}},
]  # fmt: skip


@pytest.mark.parametrize("content", NOT_TEXT, ids=lambda c: next(iter(c)))
async def test_non_text_in_private_gets_the_text_only_hint(
    harness: BotHarness, content: JSON
) -> None:
    """Photos (even captioned with a question), voice, documents, places, contacts and dice
    in private get "rispondo solo a domande scritte"."""
    await private(harness, None, **content)
    assert replies.ONLY_TEXT == one_valid_reply(harness)


async def test_forwarded_channel_post_in_private_is_a_question(harness: BotHarness) -> None:
    """A question forwarded from a channel into the private chat is answered."""
    origin = {"type": "channel", "date": 0, "chat": CHANNEL, "message_id": 5}
    await private(harness, QUESTION, forward_origin=origin)
    assert FACT_ANSWER in one_valid_reply(harness)


async def test_forwarded_sticker_in_private_gets_the_hint(harness: BotHarness) -> None:
    """A forwarded sticker is still not a written question."""
    origin = {"type": "user", "date": 0, "sender_user": ROBOT}
    sticker = {
        "file_id": "s",
        "file_unique_id": "s",
        "type": "regular",
        "width": 1,
        "height": 1,
        "is_animated": False,
        "is_video": False,
    }
    await private(harness, None, sticker=sticker, forward_origin=origin)
    assert replies.ONLY_TEXT == one_valid_reply(harness)


# Group messages the bot must not answer (the documented silence).
STICKER: JSON = {
    "file_id": "s",
    "file_unique_id": "s",
    "type": "regular",
    "width": 1,
    "height": 1,
    "is_animated": False,
    "is_video": False,
}
SILENT_IN_GROUP: dict[str, JSON] = {
    "another bot asks with /chiedi@thisbot": {
        "user": ROBOT,
        "text": f"/chiedi@{BOT_USERNAME} {QUESTION}",
    },
    "another bot mentions this bot": {"user": ROBOT, "text": f"@{BOT_USERNAME} {QUESTION}"},
    "a message sent via an inline bot": {
        "text": f"@{BOT_USERNAME} {QUESTION}",
        "via_bot": ROBOT,
    },
    "a captioned photo mentioning the bot": {
        "text": None,
        "photo": PHOTO,
        "caption": f"@{BOT_USERNAME} {QUESTION}",
    },
    "a sticker": {"text": None, "sticker": STICKER},
    "new members joining": {"text": None, "new_chat_members": [ROBOT]},
    "the bot's name without @, forwarded": {
        "text": f"{BOT_USERNAME} è utile",
        "forward_origin": {"type": "hidden_user", "date": 0, "sender_user_name": "X"},
    },
    "entities pointing past the end of the text": {
        "text": "ciao",
        "entities": [{"type": "mention", "offset": 2, "length": 40}],
    },
}


@pytest.mark.parametrize("case", SILENT_IN_GROUP)
async def test_group_stays_silent_for_what_is_not_a_question_to_it(
    harness: BotHarness, case: str
) -> None:
    """Messages of other bots, inline-bot messages, media, service messages and broken
    entities in a group get no reply and raise nothing."""
    fields = dict(SILENT_IN_GROUP[case])
    user = fields.pop("user", None)
    text = fields.pop("text")
    await group(harness, text, user=user, **fields)
    assert [] == harness.request.calls_to("sendMessage")


async def test_channel_post_is_ignored(harness: BotHarness) -> None:
    """A channel post (not subscribed to, but delivered anyway) gets nothing and raises
    nothing; so does an update of a kind the bot does not know."""
    post = {"message_id": 1, "date": 0, "chat": CHANNEL, "text": f"/chiedi {QUESTION}"}
    before = len(harness.request.calls)
    await harness.send({"update_id": 9001, "channel_post": post})
    await harness.send({"update_id": 9002, "edited_channel_post": post})
    await harness.send({"update_id": 9003, "future_kind_of_update": {"x": 1}})
    assert [] == harness.new_calls(before)


@pytest.mark.parametrize(
    "data",
    [
        "f:" + "é" * 31,  # 64 bytes of non-ASCII
        "fb:2:-",  # a feedback button of another message
        "fb:-1:+",
        "fb:99999999999999999999:+",
        "fb:1:x",
        "f:#0123456789abcdef",
        "😀",
        "\x00",
        "f:raccolta-10-miliardi\n",
    ],
)
async def test_callback_data_never_issued_is_answered_politely(
    harness: BotHarness, data: str
) -> None:
    """Forged callback data (beyond test_handlers' list) gets the "stale button" answer and
    changes nothing; a query carrying a game instead of data too."""
    user = harness.tg.user()
    await private(harness, QUESTION)
    sent = harness.request.last_sent()
    await harness.send(harness.tg.press(user, sent, data))
    assert [replies.STALE_BUTTON] == [
        c.params.get("text") for c in harness.request.succeeded("answerCallbackQuery")
    ]
    assert [] == harness.request.calls_to("editMessageText")


async def test_game_callback_without_data_is_answered(harness: BotHarness) -> None:
    """A callback query with a game name and no data is answered, not left spinning."""
    update = harness.tg.press(harness.tg.user(), {"chat": {"id": 1}, "message_id": 1}, "x")
    del update["callback_query"]["data"]
    del update["callback_query"]["message"]
    update["callback_query"]["inline_message_id"] = "AAA"
    update["callback_query"]["game_short_name"] = "gioco"
    await harness.send(update)
    assert 1 == len(harness.request.succeeded("answerCallbackQuery"))


INLINE_256 = [
    "😀" * 128,  # 256 UTF-16 units
    ("<b>&amp;</a>" * 22)[:256],
    (QUESTION + " ") * 7 + "?" * (256 - 7 * (len(QUESTION) + 1)),
    "\u202e" + "x" * 255,
    ("'; DROP TABLE questions; -- " * 10)[:256],
    "\x00\x1b" * 128,
]


@pytest.mark.parametrize("query", INLINE_256)
async def test_inline_query_of_256_characters(harness: BotHarness, query: str) -> None:
    """A 256-character inline query of emoji, HTML, repeated questions, right-to-left or
    control characters is answered with at most five valid cards."""
    await harness.send(harness.tg.inline(harness.tg.user(), query))
    calls = harness.request.succeeded("answerInlineQuery")
    assert 1 == len(calls)
    results = calls[0].params["results"]
    assert len(results) <= 5
    for result in results:
        assert_telegram_accepts(result["input_message_content"]["message_text"])


async def test_operator_commands_with_hostile_arguments(
    harness: BotHarness,
) -> None:
    """/stato and /ricarica with junk after them: operators are served, others refused, all
    replies valid."""
    operator = harness.tg.user(OPERATOR_ID, "Ope")
    stranger = harness.tg.user(31337, "<b>Mallory</b>")
    for user in (operator, stranger):
        chat = harness.tg.private(user)
        await harness.send(harness.tg.message(chat, user, "/stato <script>&amp;" + "😀" * 3000))
    calls = harness.request.calls_to("sendMessage")
    assert [None, None] == [c.error for c in calls]
    assert replies.ADMIN_ONLY == harness.request.last_sent()["text"]


async def test_text_mention_of_the_bot_with_odd_entities(harness: BotHarness) -> None:
    """A text mention of the bot with an emoji before it (UTF-16 offsets) is a question."""
    text = "😀 Newsbot " + QUESTION
    mention = {
        "type": "text_mention",
        "offset": 3,
        "length": 7,
        "user": {"id": BOT_ID, "is_bot": True, "first_name": "Newsbot"},
    }
    await group(harness, text, entities=[mention])
    assert FACT_ANSWER in one_valid_reply(harness)
