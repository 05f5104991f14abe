"""What the bot says: escaped HTML, the 4,096-character limit, source lines, the news list."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import replies
from bot.models import Answer, Article, Fact, Kind

ARTICLE = Article(
    id="prova-2025-12",
    title='OpenAI & Amazon: <chip> "Trainium"',
    author="Redazione",
    published=dt.date(2025, 12, 17),
    source="seeds/prova.txt",
)
FACT = Fact(
    id="prova",
    answer="Per OpenAI 10 < 20 & 30 > 20: <b>non</b> è markup.",
    questions=("Cosa dice la prova?",),
    article=ARTICLE,
)
ENTITY = re.compile(r"&(?:amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);")
TAG = re.compile(r"</?(b|i)>")


def assert_well_formed_html(text: str) -> None:
    """Only complete entities and balanced <b>/<i> tags: what Telegram's HTML parser accepts."""
    for match in re.finditer("&", text):
        assert ENTITY.match(text, match.start()), f"broken entity at {match.start()}: {text!r}"
    stack: list[str] = []
    position = 0
    for match in re.finditer("<", text):
        tag = TAG.match(text, match.start())
        assert tag, f"broken tag at {match.start()}: {text[match.start() : match.start() + 10]!r}"
        assert match.start() >= position
        position = tag.end()
        name = tag.group(1)
        if tag.group(0).startswith("</"):
            assert stack and name == stack.pop(), f"unbalanced </{name}> in {text!r}"
        else:
            stack.append(name)
    assert [] == stack, f"unclosed tags {stack}"
    assert ">" not in TAG.sub("", text), "a bare > outside a tag"


# -- escaping --------------------------------------------------------------------------------


def test_escape_turns_markup_characters_into_entities() -> None:
    """<, >, & and quotes become entities, so user or fact text is never read as markup."""
    assert "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; &quot;ok&quot;" == replies.escape(
        '<b>Tom & Jerry</b> "ok"'
    )


def test_fact_reply_escapes_answer_and_source() -> None:
    """The HTML reply shows the fact's <, >, & literally, and the escaped source in italics."""
    html = replies.html_reply(Answer("q", Kind.FACT, FACT.answer, FACT, 1.0))

    assert html.startswith(
        "Per OpenAI 10 &lt; 20 &amp; 30 &gt; 20: &lt;b&gt;non&lt;/b&gt; è markup."
    )
    assert html.endswith(
        "<i>Fonte: OpenAI &amp; Amazon: &lt;chip&gt; &quot;Trainium&quot;, 17 dicembre 2025</i>"
    )
    assert_well_formed_html(html)


def test_small_talk_reply_has_no_source() -> None:
    """Small talk is the bot's own voice: no source line."""
    talk = Fact("saluto", "Ciao & benvenuto!", ("ciao",))

    html = replies.html_reply(Answer("ciao", Kind.SMALLTALK, talk.answer, talk, 1.0))

    assert "Ciao &amp; benvenuto!" == html


def test_unknown_reply_is_non_lo_so_and_offers_suggestions() -> None:
    """Kind none reads "Non lo so…"; with suggestions it adds "Forse intendevi:" for the buttons."""
    plain = replies.html_reply(Answer("x", Kind.NONE, ""))
    suggesting = replies.html_reply(Answer("x", Kind.NONE, "", None, 0.5, (FACT,)))

    assert replies.NOT_KNOWN == plain
    assert suggesting.endswith("Forse intendevi:")
    assert suggesting.startswith("Non lo so")


def test_console_reply_lists_suggestions_as_questions() -> None:
    """In the console, suggestions are printed as the questions a reader can ask next."""
    text = replies.plain_reply(Answer("x", Kind.NONE, "", None, 0.5, (FACT,)))

    assert [replies.NOT_KNOWN, "Forse intendevi:", "  - Cosa dice la prova?"] == text.splitlines()


def test_console_reply_is_plain_text() -> None:
    """The console and `ask` show the answer unescaped, then the source line."""
    text = replies.plain_reply(Answer("q", Kind.FACT, FACT.answer, FACT, 1.0))

    assert [FACT.answer, replies.source_line(ARTICLE)] == text.splitlines()


# -- source line and dates -------------------------------------------------------------------


def test_a_reply_drops_the_title_head_that_its_source_line_repeats() -> None:
    """A draft opens a sentence with the title's head for context («Volley, Perugia è
    campione d'Italia: a spingere…»); the reply's source line gives the title, so the reply
    starts at the sentence. The fact's text, and `ask --json`, keep it whole."""
    article = Article(
        id="volley",
        title="Volley, Perugia è campione d'Italia: Trento battuta in gara 5",
        author="Redazione",
        published=dt.date(2026, 4, 26),
        source="seeds/volley.txt",
    )
    text = "Volley, Perugia è campione d'Italia: a spingere la squadra c'erano 5.280 spettatori."
    fact = Fact(id="spettatori", answer=text, questions=("Quanti spettatori?",), article=article)
    answer = Answer("Quanti spettatori?", Kind.FACT, text, fact, 0.9)

    assert replies.plain_reply(answer).splitlines()[0] == (
        "A spingere la squadra c'erano 5.280 spettatori."
    )
    assert replies.html_reply(answer).startswith("A spingere la squadra")
    assert replies.as_json(answer)["answer"] == text


def test_source_line_format() -> None:
    """The source line reads "Fonte: <titolo>, 17 dicembre 2025"."""
    article = Article("a", "OpenAI raccoglie 10 miliardi", "R", dt.date(2025, 12, 17), "s")

    assert "Fonte: OpenAI raccoglie 10 miliardi, 17 dicembre 2025" == replies.source_line(article)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 1, 1), "1 gennaio 2026"),
        (dt.date(2026, 3, 4), "4 marzo 2026"),
        (dt.date(2026, 8, 15), "15 agosto 2026"),
        (dt.date(2025, 12, 31), "31 dicembre 2025"),
    ],
)
def test_italian_date(day: dt.date, expected: str) -> None:
    """Dates are written the Italian way, day month year, without a leading zero."""
    assert expected == replies.italian_date(day)


def test_full_source_names_title_author_date_and_origin() -> None:
    """/fonte gives everything about where the answer comes from."""
    text = replies.full_source(ARTICLE)

    assert [
        f"«{ARTICLE.title}»",
        "Autore: Redazione",
        "Pubblicato il 17 dicembre 2025",
        "Origine: seeds/prova.txt",
    ] == text.splitlines()


# -- the news list ---------------------------------------------------------------------------


def test_news_list_is_newest_first_and_escaped() -> None:
    """/notizie lists the articles from the newest, titles escaped, each with its date."""
    old = Article("old", "Vecchia & cara", "R", dt.date(2025, 12, 17), "s")
    new = Article("new", "Nuova <notizia>", "R", dt.date(2026, 5, 18), "s")
    mid = Article("mid", "Di mezzo", "R", dt.date(2026, 3, 4), "s")

    html = replies.news_list([old, new, mid])

    assert [
        "<b>Le notizie che conosco:</b>",
        "• Nuova &lt;notizia&gt; (18 maggio 2026)",
        "• Di mezzo (4 marzo 2026)",
        "• Vecchia &amp; cara (17 dicembre 2025)",
    ] == html.splitlines()


def test_news_list_without_articles_says_so() -> None:
    """With no article loaded, /notizie says it knows none."""
    assert replies.NOT_KNOWN_EMPTY_KB == replies.news_list([])


def test_news_list_of_many_articles_fits_a_message() -> None:
    """Hundreds of long titles still give one valid message of at most 4,096 characters."""
    many = [
        Article(
            f"a{n}", f"Titolo lungo & <speciale> numero {n} " * 3, "R", dt.date(2026, 1, 1), "s"
        )
        for n in range(300)
    ]

    html = replies.news_list(many)

    assert len(html) <= replies.TELEGRAM_LIMIT
    assert_well_formed_html(html)


# -- the 4,096-character limit ---------------------------------------------------------------


def test_fit_leaves_short_text_alone() -> None:
    """Text within the limit is returned unchanged."""
    text = "<i>" + "a" * 4000 + "</i>"

    assert text == replies.fit(text)


def test_fit_shortens_long_text_and_says_so() -> None:
    """Text over the limit is cut to at most 4,096 characters and ends with the truncation note."""
    text = replies.escape("parola & altro " * 600)

    fitted = replies.fit(text)

    assert len(fitted) <= replies.TELEGRAM_LIMIT
    assert fitted.endswith(replies.TRUNCATED)
    assert_well_formed_html(fitted)


def test_long_fact_answer_becomes_a_valid_message() -> None:
    """An oversized answer with markup characters still gives a valid, complete-source reply."""
    long_fact = Fact("lungo", "<&> " * 2000, ("q",), article=ARTICLE)

    html = replies.html_reply(Answer("q", Kind.FACT, long_fact.answer, long_fact, 1.0))

    assert len(html) <= replies.TELEGRAM_LIMIT
    assert_well_formed_html(html)


pieces = st.one_of(
    st.text(max_size=200).map(replies.escape),
    st.sampled_from(["&amp;", "&lt;", "&gt;", "&quot;", "&#x27;", "&#8364;", "\n", " "]),
)


@st.composite
def html_messages(draw: st.DrawFn) -> str:
    """Well-formed HTML in Telegram's subset: escaped text, with <b> and <i> properly nested."""
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 60))):
        tag = draw(st.sampled_from(["", "", "b", "i"]))
        inner = "".join(draw(st.lists(pieces, max_size=20)))
        parts.append(f"<{tag}>{inner}</{tag}>" if tag else inner)
    return "".join(parts)


@given(html_messages(), st.integers(min_value=200, max_value=replies.TELEGRAM_LIMIT))
def test_fit_never_exceeds_the_limit_or_breaks_markup(text: str, limit: int) -> None:
    """For any well-formed HTML, `fit` stays within the limit and keeps tags and entities whole."""
    assert_well_formed_html(text)

    fitted = replies.fit(text, limit)

    assert len(fitted) <= limit
    assert_well_formed_html(fitted)


@given(st.text(min_size=1, max_size=200), st.integers(min_value=1000, max_value=9000))
def test_fit_of_escaped_reader_text_is_valid(sample: str, size: int) -> None:
    """A reader's long message, escaped, fits one Telegram message without broken entities."""
    raw = (sample * (size // len(sample) + 1))[:size]

    fitted = replies.fit(replies.escape(raw))

    assert len(fitted) <= replies.TELEGRAM_LIMIT
    assert_well_formed_html(fitted)


def test_suggestions_from_several_articles_name_their_article() -> None:
    """Suggestions from several articles each carry their article's title (shortened), so
    the reader can tell «Chi ha scritto l'articolo?» apart; a label that already quotes the
    title is not given it twice; suggestions of one article stay as they are."""
    first = Article("a", "Prima notizia", "x", dt.date(2026, 1, 1), "s")
    second = Article(
        "b", "Seconda notizia, molto lunga, del consiglio comunale", "y", dt.date(2026, 1, 2), "s"
    )
    quoted = f"L'articolo «{second.title}» è di y."
    facts = [
        Fact("a-autore", "A.", ("Chi ha scritto l'articolo?",), article=first),
        Fact("b-autore", "B.", ("Chi ha scritto l'articolo?",), article=second),
        Fact("b-tema", "C.", ("Di cosa parla?",), article=second),
        Fact("b-meta", quoted, ("Chi è l'autore?",), article=second, draft=True),
    ]

    across = replies.suggestion_labels(facts)
    within = replies.suggestion_labels(facts[1:3])

    assert [
        "Chi ha scritto l'articolo? — Prima notizia",
        "Chi ha scritto l'articolo? — Seconda notizia, molto lunga, del…",
        "Di cosa parla? — Seconda notizia, molto lunga, del…",
        "L'articolo «Seconda notizia, molto lunga, del consiglio comunale» è di y.",
    ] == across
    assert ["Chi ha scritto l'articolo?", "Di cosa parla?"] == within


def test_a_choice_between_articles_says_so() -> None:
    """When the question fits several articles alike, the reply asks which one is meant
    instead of saying the bot does not know."""
    first = Article("a", "Prima notizia", "x", dt.date(2026, 1, 1), "s")
    second = Article("b", "Seconda notizia", "y", dt.date(2026, 1, 2), "s")
    choice = (
        Fact("a-autore", "A.", ("Chi ha scritto l'articolo?",), article=first),
        Fact("b-autore", "B.", ("Chi ha scritto l'articolo?",), article=second),
    )

    ambiguous = Answer("Chi l'ha scritto?", Kind.NONE, "", None, 0.9, choice, ambiguous=True)
    unknown = Answer("Chi ha vinto?", Kind.NONE, "", None, 0.4, choice)

    assert replies.answer_text(ambiguous) == replies.WHICH_ARTICLE
    assert replies.answer_text(unknown) == replies.NOT_KNOWN
    assert replies.html_reply(ambiguous).startswith(replies.WHICH_ARTICLE)


def test_a_suggestion_is_named_by_a_real_question_or_the_answer_itself() -> None:
    """A suggestion button reads well: an operator's question when there is one; never a
    list of keywords; for a draft from `newsbot derive`, the start of its answer."""
    article = Article("a", "Titolo", "Autore", dt.date(2026, 1, 1), "Testata")
    answer = (
        "«Abbiamo ottenuto quello che chiedevamo da mesi: nessun licenziamento», ha detto "
        "Lorenza Tesolin della Fiom."
    )
    written = Fact("f1", answer, ("Tesolin Fiom", "Cosa dice la Fiom?"), (), article)
    keywords_only = Fact("f2", answer, ("Tesolin Fiom licenziamento",), (), article)
    draft = Fact("f3", answer, ("Cosa dice la Fiom?",), (), article, draft=True)

    assert "Cosa dice la Fiom?" == written.title_question
    for fact in (keywords_only, draft):
        label = fact.title_question
        assert answer.startswith(label.removesuffix("…"))
        assert label.endswith("…") and len(label) <= 80
        assert not label.removesuffix("…").endswith((" ", ","))
