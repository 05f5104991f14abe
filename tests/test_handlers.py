"""The Telegram handlers, driven through a real Application with a fake transport."""

# SIM300 ("Yoda conditions") is off: house style puts the expected value first in asserts.

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from bot import replies
from bot.handlers import (
    STATE_KEY,
    BotState,
    command_argument,
    example_questions,
    fact_by_token,
    fact_token,
    strip_mentions,
)
from bot.models import Answer, Article, Fact, Kind
from bot.qlog import QuestionLog
from bot.reload import KnowledgeHolder
from tests.conftest import OPERATOR_ID, BotHarness, make_settings, start_harness
from tests.fakes import BOT_ID, BOT_USERNAME, buttons

REPO = Path(__file__).resolve().parents[1]
QUESTION = "Quanto vuole raccogliere OpenAI?"
FACT_ANSWER = "10 miliardi di dollari"
TITLE = "OpenAI in trattativa per raccogliere 10 miliardi"
SOURCE = "Fonte: OpenAI in trattativa per raccogliere 10 miliardi"
DATE = "17 dicembre 2025"


def texts(harness: BotHarness, chat_id: int | None = None) -> list[str]:
    return [m["text"] for m in harness.request.sent_messages(chat_id)]


async def say(
    harness: BotHarness, text: str, *, user: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A private message from `user`; returns the update."""
    user = user or harness.tg.user()
    update = harness.tg.message(harness.tg.private(user), user, text)
    await harness.send(update)
    return update


def suggest(monkeypatch: pytest.MonkeyPatch, holder: KnowledgeHolder, *facts: Fact) -> None:
    """Make the matcher unsure between `facts` (default: three shipped facts)."""
    chosen = facts or holder.knowledge.news_facts[2:5]

    def unsure(question: str, **_context: object) -> Answer:
        return Answer(question, Kind.NONE, "", None, 0.5, tuple(chosen))

    monkeypatch.setattr(holder.matcher, "match", unsure)


# --- private chats ------------------------------------------------------------------------


async def test_private_question_gets_answer_then_source(harness: BotHarness) -> None:
    """A private text is a question: the reply is the answer, then "Fonte: <titolo>, <data>"."""
    await say(harness, QUESTION)
    call = harness.request.succeeded("sendMessage")[-1]
    assert "HTML" == call.params["parse_mode"]
    assert {"is_disabled": True} == call.params["link_preview_options"]
    text = harness.request.last_sent()["text"]
    assert FACT_ANSWER in text
    answer, _, source = text.partition("\n\n")
    assert FACT_ANSWER in answer
    assert source.startswith(SOURCE)
    assert source.endswith(DATE)


async def test_private_reply_does_not_quote(harness: BotHarness) -> None:
    """In a private chat the answer is a plain message, not a quote of the question."""
    await say(harness, QUESTION)
    assert None is harness.request.succeeded("sendMessage")[-1].params.get("reply_parameters")


async def test_news_answer_has_feedback_buttons(harness: BotHarness) -> None:
    """A news answer carries 👍/👎 buttons whose data names the logged question."""
    await say(harness, QUESTION)
    found = buttons(harness.request.last_sent())
    assert [replies.FEEDBACK_UP, replies.FEEDBACK_DOWN] == [text for text, _ in found]
    assert found[0][1].startswith("fb:") and found[0][1].endswith(":+")
    assert found[1][1].endswith(":-")


async def test_feedback_is_counted_once_per_reader(harness: BotHarness) -> None:
    """👍 is recorded and thanked; a second press by the same reader is not counted again."""
    user = harness.tg.user()
    await say(harness, QUESTION, user=user)
    answer = harness.request.last_sent()
    up = buttons(answer)[0][1]
    await harness.send(harness.tg.press(user, answer, up))
    await harness.send(harness.tg.press(user, answer, up))
    answers = [c.params.get("text") for c in harness.request.succeeded("answerCallbackQuery")]
    assert [replies.FEEDBACK_THANKS, replies.FEEDBACK_ALREADY] == answers
    assert harness.qlog is not None
    assert 1 == harness.qlog.stats()["thumbs_up"]


async def test_question_is_logged(harness: BotHarness) -> None:
    """Every question goes to the question log with its kind."""
    await say(harness, QUESTION)
    await say(harness, "che tempo fa domani a Bolzano?")
    assert harness.qlog is not None
    stats = harness.qlog.stats()
    assert (2, 1, 1) == (stats["questions"], stats["fact"], stats["none"])


async def test_without_question_log_there_are_no_feedback_buttons(
    shipped_holder: KnowledgeHolder,
) -> None:
    """With no database the answer still goes out, without 👍/👎."""
    bot = await start_harness(make_settings(), shipped_holder, None)
    try:
        await say(bot, QUESTION)
        assert [] == buttons(bot.request.last_sent())
        assert FACT_ANSWER in bot.request.last_sent()["text"]
    finally:
        await bot.app.shutdown()
    assert [] == bot.errors


async def test_small_talk_is_answered_from_conversation(harness: BotHarness) -> None:
    """A greeting gets the small-talk answer, without source line or buttons."""
    await say(harness, "ciao")
    sent = harness.request.last_sent()
    assert sent["text"].startswith("Ciao!")
    assert "Fonte:" not in sent["text"]
    assert [] == buttons(sent)


async def test_unknown_question_gets_honest_none(harness: BotHarness) -> None:
    """A question the knowledge cannot answer gets the "non lo so" that points to /notizie."""
    await say(harness, "Chi ha vinto il campionato di curling in Islanda?")
    assert replies.NOT_KNOWN == harness.request.last_sent()["text"]


async def test_unsure_answer_offers_three_suggestions_and_none(
    harness: BotHarness, shipped_holder: KnowledgeHolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When unsure: "Forse intendevi:", up to 3 fact buttons plus "Nessuna di queste"."""
    suggest(monkeypatch, shipped_holder)
    await say(harness, "10 miliardi Amazon")
    sent = harness.request.last_sent()
    assert sent["text"].endswith(replies.MAYBE)
    found = buttons(sent)
    facts = shipped_holder.knowledge.news_facts[2:5]
    assert [f.title_question for f in facts] + [replies.NONE_OF_THESE] == [t for t, _ in found]
    assert [f"f:{f.id}" for f in facts] + ["f:-"] == [d for _, d in found]


async def test_pressing_a_suggestion_edits_the_message_to_that_fact(
    harness: BotHarness, shipped_holder: KnowledgeHolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pressing a suggestion answers the query and edits the message into that fact's answer."""
    suggest(monkeypatch, shipped_holder)
    user = harness.tg.user()
    await say(harness, "10 miliardi Amazon", user=user)
    sent = harness.request.last_sent()
    fact = shipped_holder.knowledge.news_facts[3]
    await harness.send(harness.tg.press(user, sent, f"f:{fact.id}"))
    assert 1 == len(harness.request.succeeded("answerCallbackQuery"))
    edited = harness.request.last_sent()
    assert replies.escape(fact.answer)[:40] in replies.escape(edited["text"])
    assert SOURCE in edited["text"]
    assert [] == buttons(edited)
    assert 1 == len(harness.request.succeeded("sendMessage"))


async def test_pressing_none_of_these_invites_to_rephrase(
    harness: BotHarness, shipped_holder: KnowledgeHolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Nessuna di queste" edits the message into an invitation to rephrase."""
    suggest(monkeypatch, shipped_holder)
    user = harness.tg.user()
    await say(harness, "10 miliardi Amazon", user=user)
    await harness.send(harness.tg.press(user, harness.request.last_sent(), "f:-"))
    assert replies.NONE_OF_THESE_REPLY == harness.request.last_sent()["text"]
    assert 1 == len(harness.request.succeeded("answerCallbackQuery"))


async def test_suggestion_chosen_becomes_the_source_for_fonte(
    harness: BotHarness, shipped_holder: KnowledgeHolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After choosing a suggestion, /fonte names that fact's article."""
    suggest(monkeypatch, shipped_holder)
    user = harness.tg.user()
    await say(harness, "10 miliardi Amazon", user=user)
    fact = shipped_holder.knowledge.news_facts[2]
    await harness.send(harness.tg.press(user, harness.request.last_sent(), f"f:{fact.id}"))
    await say(harness, "/fonte", user=user)
    assert "Autore: piscitellidaniel" in harness.request.last_sent()["text"]


@pytest.mark.parametrize(
    "data",
    ["f:raccolta-10-miliardi", "f:non-esiste", "fb:999:+", "fb:abc:+", "zzz", "f:", ":", "x" * 64],
)
async def test_forged_callback_data_gets_a_polite_answer(harness: BotHarness, data: str) -> None:
    """Data that was never on the message's buttons is answered politely and changes nothing."""
    user = harness.tg.user()
    await say(harness, QUESTION, user=user)
    sent = harness.request.last_sent()
    before = sent["text"]
    await harness.send(harness.tg.press(user, sent, data))
    answers = harness.request.succeeded("answerCallbackQuery")
    assert [replies.STALE_BUTTON] == [c.params.get("text") for c in answers]
    assert [] == harness.request.calls_to("editMessageText")
    assert before == harness.request.last_sent()["text"]


async def test_button_of_a_fact_removed_by_reload_is_stale(
    harness: BotHarness, shipped_holder: KnowledgeHolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A suggestion for a fact the knowledge no longer has gets the polite "stale" answer."""
    article = shipped_holder.knowledge.articles[0]
    gone = Fact("fatto-rimosso", "Risposta vecchia.", ("Domanda vecchia?",), article=article)
    suggest(monkeypatch, shipped_holder, gone)
    user = harness.tg.user()
    await say(harness, "qualcosa", user=user)
    await harness.send(harness.tg.press(user, harness.request.last_sent(), "f:fatto-rimosso"))
    answers = harness.request.succeeded("answerCallbackQuery")
    assert [replies.STALE_BUTTON] == [c.params.get("text") for c in answers]
    assert [] == harness.request.calls_to("editMessageText")


async def test_callback_without_message_is_answered(harness: BotHarness) -> None:
    """A query from an inline message (no message attached) is still answered."""
    update = harness.tg.press(harness.tg.user(), {"chat": {"id": 1}, "message_id": 1}, "f:-")
    del update["callback_query"]["message"]
    update["callback_query"]["inline_message_id"] = "AAA"
    await harness.send(update)
    answers = harness.request.succeeded("answerCallbackQuery")
    assert [replies.STALE_BUTTON] == [c.params.get("text") for c in answers]


def test_long_fact_ids_fit_in_callback_data(shipped_holder: KnowledgeHolder) -> None:
    """A fact id too long for 64 bytes of callback data is replaced by a hash that resolves."""
    long_id = "a" * 80
    fact = Fact(long_id, "x", ("y",))
    token = fact_token(long_id)
    assert len(f"f:{token}".encode()) <= 64
    assert fact is fact_by_token([fact], token)
    assert "raccolta-10-miliardi" == fact_token("raccolta-10-miliardi")
    assert None is fact_by_token(shipped_holder.knowledge.facts, "#0000")


async def test_sticker_in_private_gets_only_text_hint(harness: BotHarness) -> None:
    """A sticker in a private chat gets "rispondo solo a domande scritte"."""
    user = harness.tg.user()
    await harness.send(harness.tg.sticker(harness.tg.private(user), user))
    assert replies.ONLY_TEXT == harness.request.last_sent()["text"]


async def test_photo_in_private_gets_only_text_hint(harness: BotHarness) -> None:
    """A photo (even with a caption) in a private chat gets the same hint."""
    user = harness.tg.user()
    photo = [{"file_id": "p", "file_unique_id": "p", "width": 9, "height": 9}]
    chat = harness.tg.private(user)
    await harness.send(harness.tg.message(chat, user, None, photo=photo, caption="guarda"))
    assert replies.ONLY_TEXT == harness.request.last_sent()["text"]


async def test_unknown_command_in_private_points_to_help(harness: BotHarness) -> None:
    """An unknown command in private gets a pointer to /aiuto."""
    await say(harness, "/boh")
    assert replies.UNKNOWN_COMMAND == harness.request.last_sent()["text"]


async def test_command_for_another_bot_in_private_is_ignored(harness: BotHarness) -> None:
    """ "/chiedi@altro_bot" is never answered, not even in private."""
    await say(harness, "/chiedi@altro_bot " + QUESTION)
    await say(harness, "/boh@altro_bot")
    assert [] == harness.request.calls_to("sendMessage")


async def test_messages_from_bots_are_ignored(harness: BotHarness) -> None:
    """Another bot's message and a message sent via an inline bot get no answer."""
    robot = {"id": 777, "is_bot": True, "first_name": "Robot", "username": "robot_bot"}
    person = harness.tg.user()
    await harness.send(harness.tg.message(harness.tg.private(robot), robot, QUESTION))
    chat = harness.tg.private(person)
    await harness.send(harness.tg.message(chat, person, QUESTION, via_bot=robot))
    assert [] == harness.request.calls_to("sendMessage")


async def test_edited_private_question_edits_the_answer(harness: BotHarness) -> None:
    """Editing a question edits the earlier answer instead of sending a new message."""
    update = await say(harness, "Chi ha vinto il campionato di curling in Islanda?")
    first = harness.request.last_sent()
    await harness.send(harness.tg.edit(update, QUESTION))
    assert 1 == len(harness.request.succeeded("sendMessage"))
    edit = harness.request.succeeded("editMessageText")[-1]
    assert first["message_id"] == edit.params["message_id"]
    assert FACT_ANSWER in harness.request.last_sent()["text"]


async def test_edit_with_same_answer_is_quietly_ignored(harness: BotHarness) -> None:
    """An edit that changes nothing in the answer is not an error ("message is not modified")."""
    update = await say(harness, "ciao")
    await harness.send(harness.tg.edit(update, "ciao!"))
    assert 1 == len(harness.request.succeeded("sendMessage"))
    assert [] == harness.request.succeeded("editMessageText")


async def test_edit_of_a_forgotten_question_gets_a_new_answer(harness: BotHarness) -> None:
    """If the earlier answer is unknown (e.g. after a restart), the edit is answered anew."""
    update = await say(harness, QUESTION)
    harness.app.bot_data[STATE_KEY].replies.clear()
    await harness.send(harness.tg.edit(update, "ciao"))
    assert 2 == len(harness.request.succeeded("sendMessage"))


async def test_forwarded_text_in_private_is_a_question(harness: BotHarness) -> None:
    """A forwarded text in private is answered like any other question."""
    user = harness.tg.user()
    origin = {"type": "hidden_user", "date": 0, "sender_user_name": "Qualcuno"}
    chat = harness.tg.private(user)
    await harness.send(harness.tg.message(chat, user, QUESTION, forward_origin=origin))
    assert FACT_ANSWER in harness.request.last_sent()["text"]


async def test_slow_answer_shows_typing(
    harness: BotHarness, shipped_holder: KnowledgeHolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "typing..." is shown only when the answer takes long; a quick answer shows nothing."""
    await say(harness, QUESTION)
    assert [] == harness.request.calls_to("sendChatAction")
    real = shipped_holder.matcher.match

    def slow(question: str, **context: str | None) -> Answer:
        time.sleep(0.2)
        return real(question, **context)

    monkeypatch.setattr("bot.handlers.TYPING_AFTER", 0.05)
    monkeypatch.setattr(shipped_holder.matcher, "match", slow)
    await say(harness, QUESTION)
    assert ["typing"] == [c.params["action"] for c in harness.request.calls_to("sendChatAction")]
    assert FACT_ANSWER in harness.request.last_sent()["text"]


# --- groups -------------------------------------------------------------------------------


async def in_group(
    harness: BotHarness, text: str, *, user: dict[str, Any] | None = None, **kw: Any
) -> dict[str, Any]:
    user = user or harness.tg.user(2002, "Bruno")
    update = harness.tg.message(harness.tg.group(), user, text, **kw)
    await harness.send(update)
    return update


@pytest.mark.parametrize(
    "command", ["/chiedi", f"/chiedi@{BOT_USERNAME}", "/ask", f"/CHIEDI@{BOT_USERNAME.upper()}"]
)
async def test_group_ask_command_is_answered_quoting_the_asker(
    harness: BotHarness, command: str
) -> None:
    """/chiedi, /chiedi@thisbot and /ask are answered, as a reply to the asker's message."""
    update = await in_group(harness, f"{command} {QUESTION}")
    call = harness.request.succeeded("sendMessage")[-1]
    assert update["message"]["message_id"] == call.params["reply_parameters"]["message_id"]
    assert FACT_ANSWER in harness.request.last_sent()["text"]


@pytest.mark.parametrize(
    "text",
    [
        f"/chiedi@altro_bot {QUESTION}",
        QUESTION,
        "ciao a tutti",
        "@altro_bot " + QUESTION,
        "/start@altro_bot",
        "/notizie@altro_bot",
        "/boh",
    ],
)
async def test_group_stays_silent_unless_asked(harness: BotHarness, text: str) -> None:
    """Chatter, commands for other bots and unknown commands get no reply in a group."""
    await in_group(harness, text)
    assert [] == harness.request.calls_to("sendMessage")


async def test_group_ask_in_reply_asks_the_quoted_message(harness: BotHarness) -> None:
    """ "/chiedi" alone, as a reply to a member's message, asks that message's question."""
    other = await in_group(harness, QUESTION, user=harness.tg.user(3003, "Carla"))
    asked = await in_group(harness, "/chiedi", reply_to=other["message"])
    call = harness.request.succeeded("sendMessage")[-1]
    assert asked["message"]["message_id"] == call.params["reply_parameters"]["message_id"]
    assert FACT_ANSWER in harness.request.last_sent()["text"]


async def test_group_ask_without_question_gets_usage(harness: BotHarness) -> None:
    """/chiedi alone gets the one-line usage hint."""
    await in_group(harness, "/chiedi")
    assert replies.ASK_USAGE == harness.request.last_sent()["text"]


@pytest.mark.parametrize(
    "text",
    [
        f"@{BOT_USERNAME} {QUESTION}",
        f"{QUESTION} @{BOT_USERNAME}",
        f"@{BOT_USERNAME.upper()} {QUESTION}",
    ],
)
async def test_group_mention_is_answered(harness: BotHarness, text: str) -> None:
    """A message mentioning the bot is a question (the mention itself is not part of it)."""
    await in_group(harness, text)
    assert FACT_ANSWER in harness.request.last_sent()["text"]


async def test_group_text_mention_is_answered(harness: BotHarness) -> None:
    """A mention by name (text_mention entity, no username) also counts."""
    text = f"Newsbot {QUESTION}"
    mention = {
        "type": "text_mention",
        "offset": 0,
        "length": 7,
        "user": {"id": BOT_ID, "is_bot": True, "first_name": "Newsbot"},
    }
    await in_group(harness, text, entities=[mention])
    assert FACT_ANSWER in harness.request.last_sent()["text"]


async def test_group_mention_alone_gets_usage(harness: BotHarness) -> None:
    """Just "@thisbot" gets a hint on how to ask."""
    await in_group(harness, f"@{BOT_USERNAME}")
    assert f"@{BOT_USERNAME}" in harness.request.last_sent()["text"]
    assert "Scrivi la domanda" in harness.request.last_sent()["text"]


async def test_group_reply_to_bot_is_answered(harness: BotHarness) -> None:
    """A reply to one of the bot's messages is a question."""
    await in_group(harness, "/chiedi ciao")
    bot_message = harness.request.last_sent()
    await in_group(harness, QUESTION, reply_to=bot_message)
    assert FACT_ANSWER in harness.request.last_sent()["text"]


async def test_group_reply_to_a_person_is_ignored(harness: BotHarness) -> None:
    """A reply to another member's message is not for the bot."""
    other = await in_group(harness, "ciao", user=harness.tg.user(3003, "Carla"))
    await in_group(harness, QUESTION, reply_to=other["message"])
    assert [] == harness.request.calls_to("sendMessage")


async def test_group_reply_to_bot_with_command_for_other_bot_is_ignored(
    harness: BotHarness,
) -> None:
    """Even as a reply to the bot, a command for another bot is not answered."""
    await in_group(harness, "/chiedi ciao")
    bot_message = harness.request.last_sent()
    await in_group(harness, "/chiedi@altro_bot " + QUESTION, reply_to=bot_message)
    assert 1 == len(harness.request.calls_to("sendMessage"))


async def test_anonymous_group_admin_can_ask_but_is_no_operator(harness: BotHarness) -> None:
    """An anonymous admin (writing as the group) is answered, but is not an operator."""
    anonymous = {
        "id": 1087968824,
        "is_bot": True,
        "first_name": "Group",
        "username": "GroupAnonymousBot",
    }
    group = harness.tg.group()
    await harness.send(
        harness.tg.message(group, anonymous, f"/chiedi {QUESTION}", sender_chat=group)
    )
    await harness.send(harness.tg.message(group, anonymous, "/stato", sender_chat=group))
    assert FACT_ANSWER in texts(harness)[0]
    assert replies.ADMIN_ONLY == texts(harness)[1]


async def test_forwarded_chatter_in_group_is_ignored(harness: BotHarness) -> None:
    """A forwarded message in a group that does not address the bot gets nothing."""
    origin = {"type": "hidden_user", "date": 0, "sender_user_name": "Qualcuno"}
    await in_group(harness, QUESTION, forward_origin=origin)
    assert [] == harness.request.calls_to("sendMessage")


async def test_group_sticker_is_ignored(harness: BotHarness) -> None:
    """Stickers in groups get no reply."""
    user = harness.tg.user(2002, "Bruno")
    await harness.send(harness.tg.sticker(harness.tg.group(), user))
    assert [] == harness.request.calls_to("sendMessage")


async def test_forum_topic_answer_stays_in_topic(harness: BotHarness) -> None:
    """In a forum, the answer goes to the asker's topic."""
    user = harness.tg.user(2002, "Bruno")
    chat = harness.tg.group(-100999, "Forum", forum=True)
    await harness.send(harness.tg.message(chat, user, f"/chiedi {QUESTION}", thread_id=77))
    call = harness.request.succeeded("sendMessage")[-1]
    assert 77 == call.params["message_thread_id"]


async def test_group_edited_question_edits_the_answer(harness: BotHarness) -> None:
    """Editing a /chiedi question edits the bot's earlier answer."""
    update = await in_group(harness, "/chiedi Chi ha vinto il curling in Islanda?")
    first = harness.request.last_sent()
    await harness.send(harness.tg.edit(update, f"/chiedi {QUESTION}"))
    assert 1 == len(harness.request.succeeded("sendMessage"))
    assert (
        first["message_id"] == harness.request.succeeded("editMessageText")[-1].params["message_id"]
    )
    assert FACT_ANSWER in harness.request.last_sent()["text"]


async def test_group_edited_chatter_stays_silent(harness: BotHarness) -> None:
    """Editing a message that was not for the bot still gets nothing."""
    update = await in_group(harness, "ciao a tutti")
    await harness.send(harness.tg.edit(update, "ciao a tutti!"))
    assert [] == harness.request.calls_to("sendMessage")


# --- commands -----------------------------------------------------------------------------


async def test_start_presents_the_bot_with_three_examples(harness: BotHarness) -> None:
    """/start says who the bot is and gives 3 example questions from the knowledge."""
    await say(harness, "/start")
    text = harness.request.last_sent()["text"]
    assert "bot delle notizie" in text
    examples = example_questions(harness.app.bot_data[STATE_KEY])
    assert 3 == len(examples)
    for example in examples:
        assert f"• {example}" in text


def test_examples_alternate_between_articles(shipped_holder: KnowledgeHolder) -> None:
    """Examples are taken newest article first, one fact of each in turn."""
    older = Article(
        "vecchio",
        "Vecchio",
        "A",
        shipped_holder.knowledge.articles[0].published.replace(year=2020),
        "x",
    )
    newer = Article(
        "nuovo",
        "Nuovo",
        "B",
        shipped_holder.knowledge.articles[0].published.replace(year=2030),
        "y",
    )
    facts = (
        Fact("v1", "a", ("Vecchia 1?",), article=older),
        Fact("v2", "a", ("Vecchia 2?",), article=older),
        Fact("n1", "a", ("Nuova 1?",), article=newer),
    )

    class Holder:
        knowledge = type(shipped_holder.knowledge)(articles=(older, newer), facts=facts)

    state = BotState(make_settings(), Holder())  # type: ignore[arg-type]
    assert ["Nuova 1?", "Vecchia 1?", "Vecchia 2?"] == example_questions(state)


@pytest.mark.parametrize("command", ["/aiuto", "/help"])
async def test_help_explains_usage(harness: BotHarness, command: str) -> None:
    """/aiuto and /help explain private, group and inline use, without operator commands."""
    await say(harness, command)
    text = harness.request.last_sent()["text"]
    assert "/chiedi" in text and f"@{BOT_USERNAME}" in text
    assert "/ricarica" not in text


async def test_help_for_operator_lists_operator_commands(harness: BotHarness) -> None:
    """An operator's /aiuto also lists /ricarica and /stato."""
    await say(harness, "/aiuto", user=harness.tg.user(OPERATOR_ID, "Ope"))
    text = harness.request.last_sent()["text"]
    assert "/ricarica" in text and "/stato" in text


@pytest.mark.parametrize("command", ["/notizie", "/news", f"/notizie@{BOT_USERNAME}"])
async def test_news_lists_articles_with_dates(harness: BotHarness, command: str) -> None:
    """/notizie lists the known articles with their dates."""
    await say(harness, command)
    text = harness.request.last_sent()["text"]
    assert TITLE in text and DATE in text


async def test_source_before_any_answer(harness: BotHarness) -> None:
    """/fonte before any answer in this chat says so."""
    await say(harness, "/fonte")
    assert replies.NO_SOURCE_YET == harness.request.last_sent()["text"]


async def test_source_gives_full_source_of_last_answer(harness: BotHarness) -> None:
    """/fonte gives title, author, date and origin of the last answer in this chat."""
    user = harness.tg.user()
    await say(harness, QUESTION, user=user)
    await say(harness, "/fonte", user=user)
    text = harness.request.last_sent()["text"]
    assert TITLE in text and "Autore: piscitellidaniel" in text and DATE in text
    assert "seeds/" in text


async def test_source_is_per_chat(harness: BotHarness) -> None:
    """Another chat's answer is not this chat's source."""
    await say(harness, QUESTION, user=harness.tg.user(1))
    await say(harness, "/fonte", user=harness.tg.user(2))
    assert replies.NO_SOURCE_YET == harness.request.last_sent()["text"]


# --- operators ----------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["/ricarica", "/stato"])
async def test_operator_commands_refused_to_others(harness: BotHarness, command: str) -> None:
    """Anyone not in NEWSBOT_ADMIN_IDS gets "comando riservato agli operatori", in any chat."""
    await say(harness, command)
    await in_group(harness, command)
    assert [replies.ADMIN_ONLY, replies.ADMIN_ONLY] == texts(harness)


async def test_group_admin_is_not_an_operator(harness: BotHarness) -> None:
    """Being an administrator of the group is not enough (the bot does not even ask)."""
    admin = harness.tg.user(5005, "Capo")
    await in_group(harness, "/ricarica", user=admin)
    assert replies.ADMIN_ONLY == harness.request.last_sent()["text"]
    assert [] == harness.request.calls_to("getChatMember")


async def test_status_for_operator(harness: BotHarness) -> None:
    """/stato shows articles, facts, uptime and the questions answered and not since start."""
    operator = harness.tg.user(OPERATOR_ID, "Ope")
    await say(harness, QUESTION)
    await say(harness, "Chi ha vinto il curling in Islanda?")
    await in_group(harness, "/stato", user=operator)
    text = harness.request.last_sent()["text"]
    facts = len(harness.app.bot_data[STATE_KEY].holder.knowledge.news_facts)
    assert "Articoli: 1" in text and f"Fatti: {facts}" in text
    assert "In funzione da:" in text
    assert "• con risposta: 1" in text and "• senza risposta: 1" in text


async def test_reload_for_operator_reports_counts(knowledge_copy: Path) -> None:
    """/ricarica by an operator reloads and replies with the counts."""
    holder = KnowledgeHolder([knowledge_copy])
    bot = await start_harness(make_settings(knowledge_dir=knowledge_copy), holder, None)
    try:
        await say(bot, "/ricarica", user=bot.tg.user(OPERATOR_ID, "Ope"))
        facts = len(holder.knowledge.news_facts)
        assert bot.request.last_sent()["text"].startswith(
            f"Conoscenza ricaricata: 1 articolo, {facts} fatti"
        )
    finally:
        await bot.app.shutdown()
    assert [] == bot.errors


async def test_reload_with_broken_file_reports_problems_and_keeps_answering(
    knowledge_copy: Path,
) -> None:
    """A broken file: /ricarica lists `path:line` problems, the old knowledge keeps answering,
    and only the operator who asked is told (no broadcast to the others)."""
    holder = KnowledgeHolder([knowledge_copy])
    settings = make_settings(knowledge_dir=knowledge_copy, admin_ids=frozenset({OPERATOR_ID, 99}))
    bot = await start_harness(settings, holder, None)
    try:
        bot.app.bot_data[STATE_KEY].loop = None  # what post_init sets: nothing to broadcast on
        broken = knowledge_copy / "rotto.toml"
        broken.write_text('[article]\nid = "rotto"\ntitle = \n', encoding="utf-8")
        await say(bot, "/ricarica", user=bot.tg.user(OPERATOR_ID, "Ope"))
        text = bot.request.last_sent()["text"]
        assert "Conoscenza non ricaricata" in text
        assert f"{broken}:3" in text or "rotto.toml:3" in text
        await say(bot, QUESTION)
        assert FACT_ANSWER in bot.request.last_sent()["text"]
        assert {OPERATOR_ID, 1001} == {
            int(c.params["chat_id"]) for c in bot.request.calls_to("sendMessage")
        }
    finally:
        await bot.app.shutdown()
    assert [] == bot.errors


# --- inline mode --------------------------------------------------------------------------


async def test_inline_query_returns_answer_cards(harness: BotHarness) -> None:
    """An inline query gets up to 5 cards: title = fact question, text = answer + source."""
    await harness.send(harness.tg.inline(harness.tg.user(), "openai raccolta miliardi"))
    call = harness.request.succeeded("answerInlineQuery")[-1]
    results = call.params["results"]
    assert 1 <= len(results) <= 5
    facts = {f.id: f for f in harness.app.bot_data[STATE_KEY].holder.knowledge.news_facts}
    for result in results:
        fact = facts[result["id"]]
        assert fact.title_question == result["title"]
        assert "HTML" == result["input_message_content"]["parse_mode"]
        assert SOURCE in result["input_message_content"]["message_text"]
    assert "raccolta-10-miliardi" in [r["id"] for r in results]


@pytest.mark.parametrize("query", ["", "x" * 256, "<b>&amp;</a>", "ciao"])
async def test_inline_query_odd_input(harness: BotHarness, query: str) -> None:
    """Empty, very long, HTML-looking or small-talk inline queries get a valid answer."""
    await harness.send(harness.tg.inline(harness.tg.user(), query))
    assert 1 == len(harness.request.succeeded("answerInlineQuery"))
    assert len(harness.request.succeeded("answerInlineQuery")[0].params["results"]) <= 5


# --- hostile and odd input ----------------------------------------------------------------

HOSTILE = [
    " ",
    "x" * 4096,
    "😀" * 2048,
    "\n".join(["😀🎉🔥"] * 50),
    "zero\u200bwidth\u200dand\u202eright-to-left\u202c",
    "control\x00\x01\x07\x1b[31mchars",
    "<b>",
    "</a>",
    "&amp;",
    "<script>alert(1)</script>",
    "**bold** _it_ [link](http://x) `code`",
    '<a href="tg://user?id=1">x</a>',
    "'; DROP TABLE questions; --",
    "How much does OpenAI want to raise?",
    "Wie viel will OpenAI sammeln?",
    "&#x1F600; &#0; &#xD800;",
]


@pytest.mark.parametrize("text", HOSTILE)
async def test_hostile_input_gets_a_valid_reply(harness: BotHarness, text: str) -> None:
    """Odd or hostile text gets a reply Telegram accepts (valid HTML, ≤4096), never an error."""
    await say(harness, text)
    calls = harness.request.calls_to("sendMessage")
    assert 1 == len(calls)
    assert None is calls[0].error


@pytest.mark.parametrize("text", HOSTILE)
async def test_hostile_input_in_group(harness: BotHarness, text: str) -> None:
    """The same texts after /chiedi in a group: a valid reply, never an error."""
    await in_group(harness, f"/chiedi {text}")
    calls = harness.request.calls_to("sendMessage")
    assert 1 == len(calls) and None is calls[0].error


async def test_long_fact_answer_is_cut_to_telegram_limit(
    harness: BotHarness, shipped_holder: KnowledgeHolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An answer longer than 4,096 characters is shortened with a note, never refused."""
    article = shipped_holder.knowledge.articles[0]
    huge = Fact("enorme", "<&> 😀 " * 1200, ("enorme?",), article=article)
    monkeypatch.setattr(
        shipped_holder.matcher, "match", lambda q, **_: Answer(q, Kind.FACT, huge.answer, huge, 1.0)
    )
    await say(harness, "enorme?")
    assert None is harness.request.calls_to("sendMessage")[0].error
    assert harness.request.last_sent()["text"].endswith(replies.TRUNCATED)


# --- errors -------------------------------------------------------------------------------


async def test_error_is_logged_and_bot_keeps_answering(
    shipped_holder: KnowledgeHolder, caplog: pytest.LogCaptureFixture
) -> None:
    """A failing send is logged by the error handler and the next question is answered."""
    bot = await start_harness(make_settings(), shipped_holder, None)
    try:
        bot.request.fail_next("sendMessage", 400, "Bad Request: chat not found")
        with caplog.at_level(logging.ERROR, logger="bot.handlers"):
            await say(bot, QUESTION)
        assert any("error while handling" in r.getMessage() for r in caplog.records)
        await say(bot, QUESTION)
        assert FACT_ANSWER in bot.request.last_sent()["text"]
    finally:
        await bot.app.shutdown()
    assert 1 == len(bot.errors)


async def test_error_in_callback_still_answers_the_query(
    harness: BotHarness, shipped_holder: KnowledgeHolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When editing fails, the error handler still answers the callback query."""
    suggest(monkeypatch, shipped_holder)
    user = harness.tg.user()
    await say(harness, "10 miliardi Amazon", user=user)
    harness.request.fail_next("editMessageText", 400, "Bad Request: message to edit not found")
    fact = shipped_holder.knowledge.news_facts[2]
    await harness.send(harness.tg.press(user, harness.request.last_sent(), f"f:{fact.id}"))
    assert 1 == len(harness.errors)
    harness.errors.clear()
    assert 1 <= len(harness.request.succeeded("answerCallbackQuery"))


# --- helpers ------------------------------------------------------------------------------


def test_strip_mentions_and_command_argument() -> None:
    """Mentions of the bot vanish from the question; the command's argument keeps its text."""
    assert "Quanto?" == strip_mentions(f"@{BOT_USERNAME.upper()} Quanto?", BOT_USERNAME)
    assert "@altro_bot ciao" == strip_mentions("@altro_bot ciao", BOT_USERNAME)
    assert "riga 1\nriga 2" == command_argument("/chiedi@x riga 1\nriga 2")
    assert "" == command_argument("/chiedi")


def test_question_log_interface_used(qlog: QuestionLog) -> None:
    """The question log records and counts feedback once, as the handlers expect."""
    answer = Answer("q", Kind.FACT, "a", Fact("f", "a", ("q",)), 1.0)
    question_id = qlog.record(chat_type="private", user_id=1, question="q", answer=answer)
    assert question_id is not None
    assert qlog.feedback(question_id=question_id, user_id=1, value=1)
    assert not qlog.feedback(question_id=question_id, user_id=1, value=-1)


async def test_author_question_is_about_the_article_just_discussed(knowledge_copy: Path) -> None:
    """With several articles, "Chi ha scritto l'articolo?" names the author of the article the
    last answer in this chat came from, instead of asking which article."""
    for extra in (REPO / "tests" / "data" / "knowledge").glob("*.toml"):
        shutil.copy(extra, knowledge_copy / extra.name)
    holder = KnowledgeHolder([knowledge_copy])
    bot = await start_harness(make_settings(knowledge_dir=knowledge_copy), holder, None)
    try:
        await say(bot, "Chi ha scritto l'articolo?")
        undecided = bot.request.last_sent()
        await say(bot, "Di quanto ha tagliato i tassi la BCE?")
        await say(bot, "Chi ha scritto l'articolo?")
        decided = bot.request.last_sent()["text"]
    finally:
        await bot.app.shutdown()
    bce = holder.knowledge.fact("bce-articolo")
    assert bce is not None and bce.article is not None
    assert "reply_markup" in undecided  # no conversation yet: «Forse intendevi» buttons
    assert bce.article.author in decided
    assert [] == bot.errors
