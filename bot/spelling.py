"""Typo tolerance per word: a question word that neither the knowledge nor Italian knows
is read as the word the reader most likely meant («qunti», «racoglere», «trainum»).

Which word that is depends on the knowledge: «coreto» is the news's «corteo», «olo» is
«olio» in an article about oil. So a `Speller` is built per knowledge, from its words
(`vocabulary`) and from those only the synonyms and the bot's own lists bring
(`not_news`); the distance is OSA (a swap of two letters is one edit), looked up with
rapidfuzz among words of a plausible length and first letter. Among words as close, the
likelier wins: how often Italians write it, less what its kind of slip costs (a doubled
letter least, a letter too many most), more for a word of the news (`_likelihood`). A
word too rare for the everyday list is still found one slip away in the dictionary
(«sanzia» is «stanzia»).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Container
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import lexicon
from bot.asking import looks_like_verb
from bot.text import lemma, stem, stopwords
from bot.wordinfo import common_words_by_length, is_known_word, zipf

# A real but rare word (Zipf below RARE_ZIPF) one edit from a knowledge word this much more
# common (in Zipf, a factor of ~30) is read as a typo of it.
RARE_ZIPF = 3.5
TYPO_ZIPF_GAIN = 1.5
# Below this frequency, a real word one doubled or undoubled letter from a word of the news
# that is more common is read as a slip of it («camino» for «cammino»).
DOUBLED_SLIP_ZIPF = 4.0
# Below this frequency, a spelling no dictionary holds is likelier a typo of a common word.
MISSPELT_ZIPF = 3.0
NEWS_TYPO_ZIPF_GAIN = 0.5
# An unknown word whose stem (this long at least) the knowledge holds is its own inflection
# («rigassificatori»); a shorter one is a coincidence («medivi» is «medici», not «med…»).
SHARED_STEM = 5
# Longer than any Italian word («precipitevolissimevolmente» has 26 letters): no typo of one,
# and the variants of a slip would cost time for nothing.
LONGEST_WORD = 30
# A word of the dictionary that a slip of it may be read as, at least this common (Zipf).
SLIP_ZIPF = 1.0
# How much likelier (in Zipf) a word of the news is than any other: the question is about it.
NEWS_BONUS = 1.5
# How many of a word's likeliest dictionary neighbours are weighed against the news's words.
SLIPS_KEPT = 5
# How often Italians write a word the dictionary lacks («predazioni») for it to be a word
# rather than a typo, when the nearest known word is two edits away and not in the news.
UNLISTED_WORD_ZIPF = 1.3
# Written this often, a word two edits from any other is the reader's own word.
WRITTEN_ZIPF = 2.0
# The shortest word read as two slips of a word of the news («sngoo» for «singolo»).
TWO_SLIPS_SHORTEST = 5


class Speller:
    """Corrects question words against one knowledge's vocabulary; built with the matcher."""

    def __init__(
        self, vocabulary: frozenset[str], not_news: frozenset[str], stems: Container[str]
    ) -> None:
        """Bucket the vocabulary by length and first letter, so a lookup compares a word with
        a few hundred candidates, not all; `stems` are the knowledge's stem keys."""
        self._vocabulary = vocabulary
        self._not_news = not_news
        self._stems = stems
        by_length: dict[int, list[str]] = defaultdict(list)
        for word in vocabulary:
            if word.isalpha():
                by_length[len(word)].append(word)
        self._by_length = {(length, ""): bucket for length, bucket in by_length.items()}
        by_letter: dict[tuple[int, str], list[str]] = defaultdict(list)
        for length, bucket in by_length.items():
            for word in bucket:
                by_letter[(length, word[0])].append(word)
        self._by_letter = dict(by_letter)

    def correct(self, word: str, *, name: bool = False) -> str:
        """Replace a word unknown to the knowledge and to Italian by its closest known word.

        A rare but real inflection ("rivedono") is in the lemma dictionary: not a typo, unless
        a far more common knowledge word is one edit away (`_likelier`). An
        unknown word sharing its stem with the knowledge ("famigla", "rigassificatori") is
        read as its closest knowledge word only when that word has the same stem. A `name`
        (written with a capital) is likelier a rare word than a common one: «Saleto» is
        «Salento», not «salito».
        """
        if not 3 <= len(word) <= LONGEST_WORD or not word.isalpha() or word in self._vocabulary:
            return word  # a run of letters longer than any word is no slip of one
        if len(word) == 3 or is_known_word(word) or lemma(word) is not None:
            likelier = self._likelier(word) or (None if name else _misspelt(word))
            # «tir» is not «ti»: a reader who typed a word did not mean a function word,
            # unless he typed a double letter once («dela» is «della»).
            if likelier is None or (
                likelier in stopwords() and not _a_doubled_letter(word, likelier)
            ):
                return word
            return likelier
        if (swapped := self._swapped_in_the_news(word)) is not None:
            return swapped  # «coreto» is the news's «corteo», not the dictionary's «coretto»
        if not name and (asked := _question_word(word)) is not None:
            return asked  # «quato costa?» is «quanto», not the rare «quatto»
        closest = self._closest(word, name)
        # «decolato» is «decollato», not «decorato»; but «avitanti» is the news's «abitanti»,
        # far likelier than the rare «avvitanti».
        if (
            not name
            and (doubled := _doubled_or_single(word)) is not None
            and (
                closest == word
                or self._news_likelihood(word, doubled) >= self._news_likelihood(word, closest)
            )
        ):
            return doubled
        if (
            len(word_stem := stem(word)) >= SHARED_STEM
            and word_stem in self._stems
            and stem(closest) != word_stem
        ):
            return word
        if (
            (closest in self._not_news or zipf(word) >= WRITTEN_ZIPF)
            and zipf(word) >= UNLISTED_WORD_ZIPF
            and OSA.distance(word, closest) >= 2
        ):
            # «predazioni», a word the dictionary lacks, is not the synonyms' «prestazioni»;
            # «ripianare», written often enough, is no double slip of any word.
            return word
        return closest

    def knows(self, word: str) -> bool:
        """Whether the knowledge writes `word`."""
        return word in self._vocabulary

    def bucket(self, length: int, letter: str) -> list[str]:
        """The knowledge's words of this length that start with this letter."""
        return self._by_letter.get((length, letter), [])

    def _swapped_in_the_news(self, word: str) -> str | None:
        """The knowledge word that `word` is with two neighbouring letters swapped, the
        commonest slip of a fast typist («coreto» for «corteo», «scoipero»), if exactly
        one is."""
        found = {
            swapped
            for i in range(len(word) - 1)
            if word[i] != word[i + 1]
            and (swapped := word[:i] + word[i + 1] + word[i] + word[i + 2 :]) in self._vocabulary
        }
        return found.pop() if len(found) == 1 else None

    @lru_cache(maxsize=20_000)  # noqa: B019 - one speller per knowledge; the cache dies with it
    def _likelier(self, word: str) -> str | None:
        """For a rare word or a short one ("lege", "ano", "flm"), the knowledge word one edit
        away that Italians write far more often ("legge", "anno", "film"): a typo is likelier
        than a rare word that happens to sit one letter from the subject of the news."""
        seen = zipf(word)
        if seen >= RARE_ZIPF:
            # «camino» (a chimney) in news about a «cammino»: a letter written once where
            # the news doubles it is the commonest slip, even of a word fairly common; but
            # «mete» is no slip of the verb «mette».
            if seen < DOUBLED_SLIP_ZIPF and not looks_like_verb(word):
                news = [
                    v
                    for v in _doublings(word)
                    if v in self._vocabulary and v not in self._not_news and not looks_like_verb(v)
                ]
                if len(news) == 1 and zipf(news[0]) >= seen + NEWS_TYPO_ZIPF_GAIN:
                    return news[0]
            return None
        found = _nearest(word, self._by_letter, 1, not_news=self._not_news)
        if found is None:
            return None
        if found[1] in self._not_news and looks_like_verb(word):
            return None  # «calera» is «calerà» (it will fall), not the synonyms' «camera»
        if lemma(word) is not None and not _a_slip_of_the_finger(word, found[1]):
            return None  # «sborsa» (pays out) is no slip of «scorsa»: b and c lie apart
        # A word of the news itself needs less: «cip» is the article's «chip». Not a verb
        # of the dictionary: «pioverà» is no typo of the news's «proverà».
        own_verb = looks_like_verb(word) and lemma(word) not in (None, lemma(found[1]))
        gain = TYPO_ZIPF_GAIN if found[1] in self._not_news or own_verb else NEWS_TYPO_ZIPF_GAIN
        return found[1] if zipf(found[1]) >= seen + gain else None

    @lru_cache(maxsize=20_000)  # noqa: B019 - one speller per knowledge; the cache dies with it
    def _closest(self, word: str, name: bool = False) -> str:
        """The word the reader most likely meant: from the knowledge, unless an everyday
        Italian word outside it is closer (then the question is about something else)."""
        limit = 1 if len(word) <= 7 else 2 if len(word) <= 11 else 3
        known = _nearest(
            word, self._by_letter, limit, not_news=self._not_news, rare_first=name
        ) or _nearest(
            word, self._by_length, limit, any_letter=True, not_news=self._not_news, rare_first=name
        )
        common = _nearest(word, common_words_by_length(), limit)
        if name:  # the news's word, unless an everyday word is closer
            if known and (common is None or known[0] <= common[0]):
                return known[1]
            return common[1] if common else word
        found = [hit for hit in (known, common) if hit is not None]
        if zipf(word) < UNLISTED_WORD_ZIPF and all(
            distance > 1 or _slip(word, candidate) > 1 for distance, candidate in found
        ):
            # Nothing as likely as a letter left out: perhaps a word too rare for the
            # everyday list («sanzia» is «stanzia», «gureranno» «giureranno»).
            found.extend((1, candidate) for candidate in _one_slip_from_a_word(word))
        if not found:
            # «sezoin», «avocto»: two slips in a short word, the news's word if it is the
            # only one of the news that close.
            return (None if name else self._two_slips_in_the_news(word)) or word
        # The closer word wins, then one with the same first letter, then the likelier; a
        # word of the news, or a form of one, needs less («finle» is the news's «fine»; in
        # other news, «finale»).
        return min(
            found,
            key=lambda hit: (hit[0], hit[1][0] != word[0], -self._news_likelihood(word, hit[1])),
        )[1]

    def _two_slips_in_the_news(self, word: str) -> str | None:
        """The one word of the news two slips from a short `word` (two slips in a word of
        more than seven letters are `_closest`'s own), when no other word of it is."""
        if len(word) < TWO_SLIPS_SHORTEST:
            return None
        found = {
            candidate
            for length in range(len(word) - 2, len(word) + 3)
            for candidate, _, _ in process.extract(
                word,
                self._by_letter.get((length, word[0]), []),
                scorer=OSA.distance,
                score_cutoff=2,
                limit=3,
            )
            if candidate not in self._not_news and _one_letter_wrong_at_most(word, candidate)
        }
        return found.pop() if len(found) == 1 else None

    def _news_likelihood(self, word: str, candidate: str) -> float:
        """`_likelihood`, with more for a word the facts say, and some for another form of
        one («stanzia» of «stanziato», by its «=lemma» key): the reader asks about the news."""
        if candidate in self._vocabulary and candidate not in self._not_news:
            return _likelihood(word, candidate) + NEWS_BONUS
        if (found := lemma(candidate)) is not None and "=" + found in self._stems:
            return _likelihood(word, candidate) + NEWS_BONUS / 2
        return _likelihood(word, candidate)


@lru_cache(maxsize=20_000)
def _misspelt(word: str) -> str | None:
    """The everyday word a rare spelling no dictionary holds misspells, one letter away:
    «verrano» (written often enough to be counted) is «verranno»."""
    if lemma(word) is not None or zipf(word) >= MISSPELT_ZIPF:
        return None
    found = _nearest(word, common_words_by_length(), 1)
    if found is None or lemma(found[1]) is None:
        return None
    return found[1] if zipf(found[1]) >= zipf(word) + TYPO_ZIPF_GAIN else None


def _nearest(
    word: str,
    buckets: dict[tuple[int, str], list[str]],
    limit: int,
    *,
    any_letter: bool = False,
    not_news: frozenset[str] = frozenset(),
    rare_first: bool = False,
) -> tuple[int, str] | None:
    """The closest word within `limit` edits (a swap of two letters is one edit), among
    words of a plausible length that start with the same letter (or any, `any_letter`,
    for buckets keyed by length alone).

    Among equally close words, one with the same first letter wins; then one the facts say
    (not in `not_news`): «olo» is «olio» in an article about oil, not the «oro» of the
    synonyms' «oro nero»; then the likelier (`_likelihood`: «ecezioni» is «eccezioni», not
    «elezioni»). For a name (`rare_first`), the likelier slip, then the rarer word.
    """
    hits: list[tuple[int, int, bool, bool, float, str]] = []
    letter = "" if any_letter else word[0]
    for length in range(len(word) - limit, len(word) + limit + 1):
        bucket = buckets.get((length, letter))
        if not bucket:
            continue
        for candidate, distance, _ in process.extract(
            word, bucket, scorer=OSA.distance, score_cutoff=limit, limit=8
        ):
            hits.append(
                (
                    int(distance),
                    _slip(word, candidate) if rare_first else 0,
                    candidate[0] != word[0],
                    candidate in not_news,
                    zipf(candidate) if rare_first else -_likelihood(word, candidate),
                    candidate,
                )
            )
    if not hits:
        return None
    distance, *_, candidate = min(hits)
    return distance, candidate


def _one_letter_wrong_at_most(word: str, candidate: str) -> bool:
    """Whether `word` has at most one letter `candidate` lacks: its other slips left letters
    out, doubled or swapped them («sezoin», «avocto»). Two letters of its own make it
    another word, a name perhaps («chatgpt» is no slip of «chatbot»)."""
    return (Counter(word) - Counter(candidate)).total() <= 1


def _slip(word: str, candidate: str) -> int:
    """How likely the slip from `candidate` to `word` is, the likeliest first: a letter
    doubled or undoubled (0: «ecezioni» is «eccezioni», not «elezioni»), a letter left out
    (1: «clate» is «calate» before «cate»), one typed for another or two swapped (2), one
    too many (3). Readers in a hurry drop letters more than they add them."""
    if _a_doubled_letter(word, candidate):
        return 0
    return 1 if len(candidate) > len(word) else 2 if len(candidate) == len(word) else 3


# What each kind of slip (`_slip`) costs a candidate, in Zipf (a unit is a factor of ten
# in how often Italians write it): a common word needs no likely slip («prizzo» is
# «prezzo», not the rare «sprizzo» a letter away), a rare one does.
SLIP_COST = (0.0, 0.5, 1.5, 2.5)


def _likelihood(word: str, candidate: str) -> float:
    """How likely a reader who typed `word` meant `candidate` (one or two slips away): how
    often Italians write it, less what its slip costs."""
    return zipf(candidate) - SLIP_COST[_slip(word, candidate)]


# What a question asks hangs on its question word: a slip there («quato», «qunado») loses
# the amount or the date asked.
_QUESTION_WORDS = (
    "quanto", "quanta", "quanti", "quante", "quando", "quale", "quali", "dove", "perche",
)  # fmt: skip


@lru_cache(maxsize=20_000)
def _question_word(word: str) -> str | None:
    """The question word that `word`, unknown to the dictionary, is one slip from."""
    if len(word) < 4:
        return None
    found = [
        (_slip(word, asked), -zipf(asked), asked)
        for asked in _QUESTION_WORDS
        if OSA.distance(word, asked) == 1
    ]
    return min(found)[2] if found else None


# The letters of Italian words (j, k, w, x, y only in loanwords).
_LETTERS = "abcdefghilmnopqrstuvz"


@lru_cache(maxsize=20_000)
def _one_slip_from_a_word(word: str) -> tuple[str, ...]:
    """The dictionary words one slip from `word` (a letter left out, typed for another, one
    too many, two swapped), the likeliest first (`_likelihood`): where the everyday list
    and the knowledge have no likely one, «sanzia» is «stanzia», «gureranno» «giureranno»,
    words too rare for that list."""
    if len(word) < 5:
        return ()
    variants: set[str] = set()
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        variants.update(head + letter + tail for letter in _LETTERS)
        if tail:
            variants.add(head + tail[1:])
            variants.update(head + letter + tail[1:] for letter in _LETTERS)
        if len(tail) > 1:
            variants.add(head + tail[1] + tail[0] + tail[2:])
    variants.discard(word)
    found = [
        (variant[0] != word[0], -_likelihood(word, variant), variant)
        for variant in lexicon.listed(variants)
        if zipf(variant) >= SLIP_ZIPF and lemma(variant) is not None
    ]
    return tuple(variant for *_, variant in sorted(found)[:SLIPS_KEPT])


@lru_cache(maxsize=20_000)
def _doubled_or_single(word: str) -> str | None:
    """The dictionary word that `word` (unknown to it) is with one consonant doubled or
    undoubled, the commonest Italian slip («decolato», «matina», «diretore»), or else with
    two («terano» is «terranno»); the most common if several are, None if none is."""
    once = _doublings(word)
    found = [(zipf(variant), variant) for variant in once if lemma(variant) is not None]
    if not found:
        found = [
            (zipf(variant), variant)
            for first in once
            for variant in _doublings(first)
            if variant != word and lemma(variant) is not None
        ]
    return max(found)[1] if found else None


def _doublings(word: str) -> list[str]:
    """`word` with each of its consonants doubled, or undoubled where it is double."""
    variants = []
    for i in range(1, len(word)):
        letter = word[i]
        if letter in "aeiou" or not letter.isalpha():
            continue
        doubled = word[i - 1] == letter
        variants.append(word[:i] + word[i + 1 :] if doubled else word[: i + 1] + word[i:])
    return variants


# The keys beside each key on an Italian keyboard (QWERTY letters), each row set off from
# the one above it by a quarter and a half key.
_KEY_ROWS = (("qwertyuiop", 0.0), ("asdfghjkl", 0.25), ("zxcvbnm", 0.75))
_BESIDE = {
    key: {
        other
        for r, (other_row, other_offset) in enumerate(_KEY_ROWS)
        for c, other in enumerate(other_row)
        if (r == row and abs(c - column) == 1)
        or (abs(r - row) == 1 and abs(c + other_offset - column - offset) < 1)
    }
    for row, (keys, offset) in enumerate(_KEY_ROWS)
    for column, key in enumerate(keys)
}


def _a_slip_of_the_finger(word: str, candidate: str) -> bool:
    """Whether `word` is `candidate` typed with one letter replaced by a key beside it, or
    any other one-edit slip (a letter left out, doubled, added or two swapped): a real word
    one letter from another by a key far from it was meant as it is."""
    if len(word) != len(candidate):
        return True
    differ = [(a, b) for a, b in zip(word, candidate, strict=True) if a != b]
    if len(differ) != 1:
        return True  # two letters swapped
    typed, meant = differ[0]
    return typed in _BESIDE.get(meant, ())


def _a_doubled_letter(word: str, candidate: str) -> bool:
    """Whether `candidate` is `word` with one letter doubled or undoubled: the commonest
    Italian slip («ecezioni» is «eccezioni» before «elezioni», «atacco» is «attacco»)."""
    short, long = sorted((word, candidate), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(
        long[i] == long[i - 1] and long[:i] + long[i + 1 :] == short for i in range(1, len(long))
    )
