"""Draft a knowledge file from a raw article: `newsbot derive ARTICLE ... [-o DIR]`.

An operator drops today's article in `seeds/` and gets, in seconds, a TOML file that
`newsbot validate` accepts and the bot serves at once. Every fact is a draft for review.

The pipeline is pure up to the last step, so each piece can be tested alone; each step
is a module of this package:
`article.parse_article` (plain text or Markdown with front matter)
-> `base.split_sentences` (Italian abbreviations, decimals, quotes)
-> `statements.statements` (one or two sentences, made self-contained)
-> `facts.build_facts` (`questions` by intent, `keywords` by informativeness, stable ids)
-> `output.render_toml` -> `output.write_atomic`.
"""

from __future__ import annotations

from bot.derive.article import MAX_HEADER_LINES, RawArticle, parse_article, parse_date, read_article
from bot.derive.base import (
    MAX_ANSWER,
    MAX_AUTHOR,
    MAX_KEYWORDS,
    MAX_MERGED,
    MAX_QUESTION_WORDS,
    MAX_RELATED,
    MAX_TITLE,
    TITLE_WORDS,
    DeriveError,
    split_sentences,
)
from bot.derive.facts import (
    DraftFact,
    article_id,
    build_facts,
    fact_id,
    slugify,
    statement_fact,
    yes_no_question,
)
from bot.derive.keywords import rank_keywords, related_words, word_family
from bot.derive.output import (
    derive_command,
    derive_file,
    progress_bar,
    render_toml,
    toml_string,
    write_atomic,
)
from bot.derive.questions import Target, find_targets, intent_questions
from bot.derive.statements import (
    Entities,
    Named,
    Organisation,
    Statement,
    associations,
    expand_institutions,
    find_entities,
    find_people,
    italian_date,
    organisations,
    resolve,
    statements,
    topic_of,
    with_role_organisation,
)

__all__ = [
    "MAX_ANSWER",
    "MAX_AUTHOR",
    "MAX_HEADER_LINES",
    "MAX_KEYWORDS",
    "MAX_MERGED",
    "MAX_QUESTION_WORDS",
    "MAX_RELATED",
    "MAX_TITLE",
    "TITLE_WORDS",
    "DeriveError",
    "DraftFact",
    "Entities",
    "Named",
    "Organisation",
    "RawArticle",
    "Statement",
    "Target",
    "article_id",
    "associations",
    "build_facts",
    "derive_command",
    "derive_file",
    "expand_institutions",
    "fact_id",
    "find_entities",
    "find_people",
    "find_targets",
    "intent_questions",
    "italian_date",
    "organisations",
    "parse_article",
    "parse_date",
    "progress_bar",
    "rank_keywords",
    "read_article",
    "related_words",
    "render_toml",
    "resolve",
    "slugify",
    "split_sentences",
    "statement_fact",
    "statements",
    "toml_string",
    "topic_of",
    "with_role_organisation",
    "word_family",
    "write_atomic",
    "yes_no_question",
]
