"""Thin python-telegram-bot callbacks: find the question, ask the matcher, send what replies says.

Every sentence comes from `bot.replies`; every piece of fact or user text is escaped there.
All callbacks are registered in `register`, in the order PTB tries them.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import hashlib
import logging
import math
import re
import time
from collections import OrderedDict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import replies
from bot.config import Settings
from bot.models import Answer, Article, Fact, Kind
from bot.qlog import QuestionLog
from bot.reload import KnowledgeHolder, ReloadResult

log = logging.getLogger(__name__)

STATE_KEY = "newsbot"
REMEMBERED = 10_000  # questions whose answer an edit can still change, and chats for /fonte
TYPING_AFTER = 1.0  # seconds of matching before the user sees "typing..."
INLINE_RESULTS = 5
INLINE_CACHE_SECONDS = 30
CALLBACK_LIMIT = 64  # bytes of callback_data Telegram accepts
SUGGEST = "f"
FEEDBACK = "fb"
NONE_CHOSEN = "-"
# The updates the handlers below use; polling and the webhook ask Telegram for these only.
ALLOWED_UPDATES = (
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.INLINE_QUERY,
)

TIMINGS_KEPT = 100_000  # handler times kept for the summary logged at shutdown

# Set while an operator's /ricarica runs, so its problems go to that operator only.
manual_reload: contextvars.ContextVar[bool] = contextvars.ContextVar("manual_reload", default=False)
# When the handlers began on the current update (perf_counter); each update runs in its task.
update_started: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "update_started", default=None
)

K = TypeVar("K")
V = TypeVar("V")


class Recent(OrderedDict[K, V], Generic[K, V]):
    """A dict that forgets its oldest entries beyond `limit` (a bounded LRU)."""

    def __init__(self, limit: int = REMEMBERED) -> None:
        super().__init__()
        self.limit = limit

    def remember(self, key: K, value: V) -> None:
        """Store `value` as the newest entry."""
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)


@dataclass
class BotState:
    """What the handlers share: settings, knowledge, question log and a little memory."""

    settings: Settings
    holder: KnowledgeHolder
    qlog: QuestionLog | None = None
    started: float = field(default_factory=time.monotonic)
    answered: int = 0
    smalltalk: int = 0
    unanswered: int = 0
    replies: Recent[tuple[int, int], int] = field(default_factory=Recent)
    last_source: Recent[int, Article] = field(default_factory=Recent)
    loop: asyncio.AbstractEventLoop | None = None
    # Seconds from "update in" to "reply handed to the rate limiter", newest last.
    handler_times: deque[float] = field(default_factory=lambda: deque(maxlen=TIMINGS_KEPT))

    def is_operator(self, user_id: int | None) -> bool:
        """Only ids in NEWSBOT_ADMIN_IDS are operators; group admins are not."""
        return user_id is not None and user_id in self.settings.admin_ids

    def count(self, answer: Answer) -> None:
        """Add one question to the /stato counters."""
        if answer.kind is Kind.FACT:
            self.answered += 1
        elif answer.kind is Kind.SMALLTALK:
            self.smalltalk += 1
        else:
            self.unanswered += 1


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of a non-empty sequence."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1))]


def timing_summary(times: Iterable[float]) -> str | None:
    """One log line on handler times (seconds), or None when nothing was answered."""
    values = list(times)
    if not values:
        return None
    parts = ", ".join(
        f"{name} {percentile(values, share) * 1000:.1f} ms"
        for name, share in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99), ("max", 1.0))
    )
    return f"handler time over {len(values)} replies: {parts}"


def state(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    """The shared `BotState` of this application."""
    found = context.bot_data[STATE_KEY]
    assert isinstance(found, BotState)
    return found


# --- callback data ------------------------------------------------------------------------


def fact_token(fact_id: str) -> str:
    """A short stand-in for a fact id: the id itself, or a hash when it is too long."""
    if len(fact_id.encode()) <= CALLBACK_LIMIT - len(SUGGEST) - 1:
        return fact_id
    return "#" + hashlib.blake2b(fact_id.encode(), digest_size=12).hexdigest()


def fact_by_token(facts: Sequence[Fact], token: str) -> Fact | None:
    """The fact a `fact_token` stands for, if it is still known."""
    for fact in facts:
        if fact.id == token or (token.startswith("#") and fact_token(fact.id) == token):
            return fact
    return None


def answer_markup(answer: Answer, question_id: int | None) -> InlineKeyboardMarkup | None:
    """Suggestion buttons for an unsure answer, 👍/👎 under a news answer, else nothing."""
    if answer.kind is Kind.NONE and answer.suggestions:
        shown = answer.suggestions[:3]
        rows = [
            [InlineKeyboardButton(label, callback_data=f"{SUGGEST}:{fact_token(s.id)}")]
            for s, label in zip(shown, replies.suggestion_labels(shown), strict=True)
        ]
        rows.append(
            [InlineKeyboardButton(replies.NONE_OF_THESE, callback_data=f"{SUGGEST}:{NONE_CHOSEN}")]
        )
        return InlineKeyboardMarkup(rows)
    if answer.kind is Kind.FACT and question_id is not None:
        return InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        replies.FEEDBACK_UP, callback_data=f"{FEEDBACK}:{question_id}:+"
                    ),
                    InlineKeyboardButton(
                        replies.FEEDBACK_DOWN, callback_data=f"{FEEDBACK}:{question_id}:-"
                    ),
                ]
            ]
        )
    return None


# --- finding the question -----------------------------------------------------------------


def _bot_username(context: ContextTypes.DEFAULT_TYPE) -> str:
    return context.bot.username or ""


def strip_mentions(text: str, username: str) -> str:
    """The text without "@thisbot" mentions."""
    if not username:
        return text.strip()
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()


def command_argument(text: str) -> str:
    """What follows "/command" or "/command@bot", newlines and all."""
    parts = text.split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


def mentions_bot(message: Message, username: str, bot_id: int) -> bool:
    """True when the message names this bot (@username, or a text mention of it)."""
    for entity, value in message.parse_entities(
        [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    ).items():
        if entity.type == MessageEntity.MENTION and value.lower() == f"@{username}".lower():
            return True
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            return True
    return False


def replies_to_bot(message: Message, bot_id: int) -> bool:
    """True when the message answers one of this bot's messages (not a forum topic's start)."""
    target = message.reply_to_message
    return (
        target is not None
        and target.from_user is not None
        and target.from_user.id == bot_id
        and target.forum_topic_created is None
    )


def group_question(message: Message, username: str, bot_id: int) -> str | None:
    """The question a group message asks this bot, or None when it is not for this bot."""
    text = message.text or ""
    if not (mentions_bot(message, username, bot_id) or replies_to_bot(message, bot_id)):
        return None
    for entity, value in message.parse_entities([MessageEntity.TEXT_MENTION]).items():
        if entity.user is not None and entity.user.id == bot_id:
            text = text.replace(value, " ", 1)  # the bot named by its display name
    return strip_mentions(text, username)


class _FromPerson(filters.MessageFilter):
    """Messages a person typed: not from another bot, not an inline result sent via a bot."""

    def filter(self, message: Message) -> bool:
        user = message.from_user
        if user is None or message.via_bot is not None:
            return False
        # Anonymous group admins write as a bot on behalf of the group: they are people.
        return not user.is_bot or message.sender_chat is not None


FROM_PERSON = _FromPerson(name="FROM_PERSON")


# --- answering ----------------------------------------------------------------------------


async def _match(context: ContextTypes.DEFAULT_TYPE, message: Message, question: str) -> Answer:
    """Ask the matcher off the event loop; show "typing" only if it takes long."""
    state_ = state(context)
    previous = state_.last_source.get(message.chat_id)
    ask = functools.partial(
        state_.holder.matcher.match, question, context_article=previous.id if previous else None
    )
    job = asyncio.get_running_loop().run_in_executor(None, ask)
    try:
        return await asyncio.wait_for(asyncio.shield(job), TYPING_AFTER)
    except TimeoutError:
        with contextlib.suppress(TelegramError):
            await context.bot.send_chat_action(
                message.chat_id, ChatAction.TYPING, message_thread_id=_thread(message)
            )
        return await job


def _thread(message: Message) -> int | None:
    """The forum topic to answer in, if any."""
    return message.message_thread_id if message.is_topic_message else None


async def _record(state_: BotState, message: Message, question: str, answer: Answer) -> int | None:
    """Count the answer and log the question; the log's row id, if it could write one."""
    state_.count(answer)
    if answer.kind is Kind.FACT and answer.fact is not None and answer.fact.article is not None:
        state_.last_source.remember(message.chat_id, answer.fact.article)
    if state_.qlog is None or message.from_user is None:
        return None
    write = functools.partial(
        state_.qlog.record,
        chat_type=message.chat.type,
        user_id=message.from_user.id,
        question=question,
        answer=answer,
    )
    # Off the event loop: a locked database waits up to its busy timeout, the other chats not.
    return await asyncio.get_running_loop().run_in_executor(None, write)


def _handed_over(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Note the handler time of this update: its reply goes to the rate limiter now."""
    started = update_started.get()
    if started is None:
        return
    elapsed = time.perf_counter() - started
    state(context).handler_times.append(elapsed)
    if log.isEnabledFor(logging.DEBUG):
        log.debug("update %d: reply handed over after %.2f ms", update.update_id, elapsed * 1000)


async def deliver(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    html: str,
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Reply to the update's message; for an edited question, edit the earlier reply instead."""
    message = update.effective_message
    if message is None:
        return
    text = replies.fit_telegram(html)
    key = (message.chat_id, message.message_id)
    memory = state(context).replies
    earlier = memory.get(key) if update.edited_message is not None else None
    _handed_over(update, context)
    if earlier is not None:
        try:
            await context.bot.edit_message_text(
                text, chat_id=message.chat_id, message_id=earlier, reply_markup=markup
            )
            return
        except BadRequest as exc:
            if "not modified" in exc.message.lower():
                return
            log.info("could not edit answer %s, sending a new one: %s", earlier, exc.message)
    group = message.chat.type != ChatType.PRIVATE
    sent = await context.bot.send_message(
        message.chat_id,
        text,
        reply_markup=markup,
        message_thread_id=_thread(message),
        reply_parameters=ReplyParameters(message.message_id, allow_sending_without_reply=True)
        if group or update.edited_message is not None
        else None,
    )
    memory.remember(key, sent.message_id)


async def respond(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Answer `question`, asked by the update's message, with the matcher's best reply."""
    message = update.effective_message
    if message is None:
        return
    if not question.strip():
        await deliver(update, context, replies.escape(replies.ASK_USAGE))
        return
    answer = await _match(context, message, question)
    question_id = await _record(state(context), message, question, answer)
    await deliver(update, context, replies.html_reply(answer), answer_markup(answer, question_id))


# --- the callbacks ------------------------------------------------------------------------


def example_questions(state_: BotState, count: int = 3) -> list[str]:
    """A few questions the bot can answer, newest articles first, one per fact."""
    knowledge = state_.holder.knowledge
    by_article: dict[str, list[Fact]] = {}
    for fact in knowledge.news_facts:
        if fact.article is not None and fact.questions:
            by_article.setdefault(fact.article.id, []).append(fact)
    newest = sorted(knowledge.articles, key=lambda a: (a.published, a.id), reverse=True)
    queues = [by_article.get(a.id, []) for a in newest]
    chosen: list[str] = []
    depth = 0
    while len(chosen) < count and any(depth < len(q) for q in queues):
        for queue in queues:
            if depth < len(queue) and len(chosen) < count:
                chosen.append(queue[depth].questions[0])
        depth += 1
    return chosen


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say who the bot is and suggest three questions."""
    message = update.effective_message
    if message is None:
        return
    group = message.chat.type != ChatType.PRIVATE
    await deliver(
        update, context, replies.start_text(example_questions(state(context)), group=group)
    )


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain how to ask, in private, in groups and inline."""
    user = update.effective_user
    operator = state(context).is_operator(user.id if user else None)
    examples = example_questions(state(context), 1)
    text = replies.help_text(_bot_username(context), examples, operator=operator)
    await deliver(update, context, text)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the question after /chiedi (or the message it replies to), or explain the usage."""
    message = update.effective_message
    if message is None:
        return
    question = strip_mentions(command_argument(message.text or ""), _bot_username(context))
    quoted = message.reply_to_message
    if not question and quoted is not None and not replies_to_bot(message, context.bot.id):
        question = strip_mentions(quoted.text or quoted.caption or "", _bot_username(context))
    await respond(update, context, question)


async def news(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the articles the bot knows, newest first."""
    await deliver(update, context, replies.news_list(state(context).holder.knowledge.articles))


async def source(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the full source of the last answer given in this chat."""
    chat = update.effective_chat
    article = state(context).last_source.get(chat.id) if chat else None
    if article is None:
        await deliver(update, context, replies.escape(replies.NO_SOURCE_YET))
    else:
        await deliver(update, context, replies.source_reply(article))


async def reload_knowledge(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reload the knowledge files for an operator; report counts or problems."""
    state_ = state(context)
    user = update.effective_user
    if not state_.is_operator(user.id if user else None):
        await deliver(update, context, replies.escape(replies.ADMIN_ONLY))
        return
    quiet = contextvars.copy_context()
    quiet.run(manual_reload.set, True)
    result = await asyncio.get_running_loop().run_in_executor(None, quiet.run, state_.holder.reload)
    if result.ok:
        text = replies.escape(replies.reload_ok(result.articles, result.facts, result.seconds))
    else:
        text = replies.reload_failed(result.problems)
    await deliver(update, context, text)


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show an operator the counts, the uptime and the questions since start."""
    state_ = state(context)
    user = update.effective_user
    if not state_.is_operator(user.id if user else None):
        await deliver(update, context, replies.escape(replies.ADMIN_ONLY))
        return
    knowledge = state_.holder.knowledge
    logged = await asyncio.to_thread(state_.qlog.stats) if state_.qlog else None
    text = replies.status_text(
        articles=len(knowledge.articles),
        facts=len(knowledge.news_facts),
        uptime=time.monotonic() - state_.started,
        answered=state_.answered,
        smalltalk=state_.smalltalk,
        unanswered=state_.unanswered,
        logged=logged,
    )
    await deliver(update, context, text)


async def private_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a private text message (new or edited) as a question."""
    message = update.effective_message
    if message is None:
        return
    await respond(update, context, strip_mentions(message.text or "", _bot_username(context)))


async def group_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a group message that mentions the bot or replies to it; ignore the rest."""
    message = update.effective_message
    if message is None:
        return
    question = group_question(message, _bot_username(context), context.bot.id)
    if question is None:
        return
    if not question:
        text = replies.mention_usage(_bot_username(context), example_questions(state(context), 1))
        await deliver(update, context, text)
        return
    await respond(update, context, question)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point a private user who typed an unknown command to /aiuto."""
    message = update.effective_message
    if message is None:
        return
    command = (message.text or "").split(maxsplit=1)[0]
    _, _, addressee = command.partition("@")
    if addressee and addressee.lower() != _bot_username(context).lower():
        return  # a command for another bot
    await deliver(update, context, replies.escape(replies.UNKNOWN_COMMAND))


async def only_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell a private user that only written questions are answered."""
    await deliver(update, context, replies.escape(replies.ONLY_TEXT))


def _offered(update: Update) -> bool:
    """True when the pressed data is really a button of the message it came from."""
    query = update.callback_query
    if query is None or query.data is None or not isinstance(query.message, Message):
        return False
    markup = query.message.reply_markup
    if markup is None:
        return False
    return any(b.callback_data == query.data for row in markup.inline_keyboard for b in row)


async def choose_suggestion(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Replace the suggestions with the fact the user picked."""
    query = update.callback_query
    if query is None:
        return
    token = (query.data or "").partition(":")[2]
    fact = fact_by_token(state(context).holder.knowledge.facts, token)
    if not _offered(update) or (fact is None and token != NONE_CHOSEN):
        await stale_button(update, context)
        return
    await query.answer()
    assert isinstance(query.message, Message)
    if fact is None:
        text = replies.escape(replies.NONE_OF_THESE_REPLY)
    else:
        text = replies.html_fact(fact)
        if fact.article is not None:
            state(context).last_source.remember(query.message.chat_id, fact.article)
    try:
        await context.bot.edit_message_text(
            replies.fit_telegram(text),
            chat_id=query.message.chat_id,
            message_id=query.message.message_id,
        )
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise


async def feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Record a 👍 or 👎 on an answer and thank the reader."""
    query = update.callback_query
    if query is None:
        return
    match = re.fullmatch(rf"{FEEDBACK}:(\d{{1,18}}):([+-])", query.data or "")
    if match is None or not _offered(update):
        await stale_button(update, context)
        return
    qlog = state(context).qlog
    if qlog is None:
        await query.answer(replies.FEEDBACK_UNAVAILABLE)
        return
    counted = await asyncio.to_thread(
        qlog.feedback,
        question_id=int(match[1]),
        user_id=query.from_user.id,
        value=1 if match[2] == "+" else -1,
    )
    await query.answer(replies.FEEDBACK_THANKS if counted else replies.FEEDBACK_ALREADY)


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a button that is no longer (or never was) valid, politely."""
    query = update.callback_query
    if query is not None:
        await query.answer(replies.STALE_BUTTON)


def inline_facts(state_: BotState, text: str) -> list[Fact]:
    """Up to five news facts for an inline query, the best first."""
    knowledge = state_.holder.knowledge
    if not text.strip():
        return list(knowledge.news_facts[:INLINE_RESULTS])
    matcher = state_.holder.matcher
    answer = matcher.match(text)
    found: list[Fact] = []
    if answer.kind is Kind.FACT and answer.fact is not None:
        found.append(answer.fact)
    found.extend(answer.suggestions)
    if answer.kind is not Kind.SMALLTALK:
        minimum = matcher.config.suggest_confidence
        for scored in matcher.score(matcher.analyse(text)):
            if scored.confidence >= minimum:
                found.append(matcher.facts[scored.index])
    unique: dict[str, Fact] = {}
    for fact in found:
        if fact.article is not None:
            unique.setdefault(fact.id, fact)
    return list(unique.values())[:INLINE_RESULTS]


async def inline_answers(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer up to five answer cards for an inline query."""
    query = update.inline_query
    if query is None:
        return
    facts = inline_facts(state(context), query.query[:512])
    results = [
        InlineQueryResultArticle(
            id=fact_token(fact.id),
            title=fact.title_question[:200],
            description=fact.answer[:150],
            input_message_content=InputTextMessageContent(
                replies.fit_telegram(replies.html_fact(fact)), parse_mode=ParseMode.HTML
            ),
        )
        for fact in facts
    ]
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=False)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error first, then apologise in private chats; the bot keeps running.

    Polling failures (no update) while Telegram is unreachable get one line each, not a
    traceback: PTB keeps polling with growing pauses. A pressed button is always answered.
    No apology message after a network failure or timeout: the answer may have been delivered
    after all, and a Telegram that is failing would most likely refuse the apology too.
    """
    if update is None and isinstance(context.error, NetworkError):
        log.warning("Telegram unreachable while polling (%s); trying again", context.error)
        return
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update):
        return
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer(replies.ERROR_APOLOGY)
        return
    if isinstance(context.error, NetworkError):
        return
    chat = update.effective_chat
    if chat is not None and chat.type == ChatType.PRIVATE and update.effective_message:
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(chat.id, replies.escape(replies.ERROR_APOLOGY))


async def notify_operators(
    application: Application[Any, Any, Any, Any, Any, Any], result: ReloadResult
) -> None:
    """Send every operator the problems that stopped an automatic reload."""
    text = replies.fit_telegram(replies.operator_alert(result.problems))
    for admin_id in sorted(application.bot_data[STATE_KEY].settings.admin_ids):
        try:
            await application.bot.send_message(admin_id, text)
        except TelegramError as exc:
            log.warning("could not warn operator %s about the knowledge: %s", admin_id, exc)


async def mark_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Note when the handlers began on this update (for the handler time)."""
    update_started.set(time.perf_counter())


# --- registration -------------------------------------------------------------------------


def register(application: Application[Any, Any, Any, Any, Any, Any], state_: BotState) -> None:
    """Attach the shared state and every handler, in the order PTB tries them."""
    application.bot_data[STATE_KEY] = state_
    person = FROM_PERSON
    new = filters.UpdateType.MESSAGE & person
    any_version = filters.UpdateType.MESSAGES & person
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    # 0. Before everything (group -1): note when work on the update began.
    application.add_handler(TypeHandler(Update, mark_start), group=-1)
    application.add_handlers(
        [
            # 1. Commands addressed to this bot ("/cmd" or "/cmd@thisbot"; PTB skips other bots').
            #    Only /chiedi follows edits: its answer is edited when the question is.
            CommandHandler("start", start, filters=new),
            CommandHandler(["aiuto", "help"], help_command, filters=new),
            CommandHandler(["chiedi", "ask"], ask, filters=any_version),
            CommandHandler(["notizie", "news"], news, filters=new),
            CommandHandler("fonte", source, filters=new),
            # 2. Operator commands: the callbacks check NEWSBOT_ADMIN_IDS themselves.
            CommandHandler("ricarica", reload_knowledge, filters=new),
            CommandHandler("stato", status, filters=new),
            # 3. Buttons: suggestions, feedback, then anything else (stale or forged).
            CallbackQueryHandler(choose_suggestion, pattern=rf"^{SUGGEST}:"),
            CallbackQueryHandler(feedback, pattern=rf"^{FEEDBACK}:"),
            CallbackQueryHandler(stale_button),
            # 4. Inline mode: "@thisbot domanda" in any chat.
            InlineQueryHandler(inline_answers),
            # 5. Private chats: every text is a question; other commands and media get a hint.
            MessageHandler(
                private & filters.TEXT & ~filters.COMMAND & any_version, private_question
            ),
            MessageHandler(private & filters.COMMAND & new, unknown_command),
            MessageHandler(
                private & new & ~filters.TEXT & ~filters.StatusUpdate.ALL,
                only_text,
            ),
            # 6. Groups: mentions of the bot and replies to it; silence for everything else.
            MessageHandler(groups & filters.TEXT & ~filters.COMMAND & any_version, group_message),
        ]
    )
    application.add_error_handler(on_error)
