"""Italian normalisation: how readers type in chat becomes the words the matcher compares."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.text import (
    Intent,
    content_words,
    fold,
    lemma,
    number_word,
    question_intents,
    stem,
    stopwords,
    with_six,
    word_keys,
    words,
)

# -- fold ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Perché", "perche"),
        ("CITTÀ È", "citta e"),
        ("più società", "piu societa"),
        ("Ｏｐｅｎ ＡＩ", "open ai"),
        ("l’IA", "l'ia"),
        ("l‘IA", "l'ia"),
        ("l`IA", "l'ia"),
        ("l´IA", "l'ia"),
        ("Open\u200bAI", "openai"),
        ("Stra\u00dfe", "strasse"),
    ],
)
def test_fold_casefolds_strips_accents_and_unifies_apostrophes(raw: str, expected: str) -> None:
    """`fold` lowercases, drops accents and invisible characters, writes every apostrophe as '."""
    assert expected == fold(raw)


# -- words ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    ["Cos'è l'IA?", "Cos’è l’IA?", "Cos`è l`IA?", "COS'È L'IA?", "cos e l ia"],
)
def test_apostrophe_variants_and_accents_give_the_same_words(raw: str) -> None:
    """Typographic, straight and grave apostrophes, capitals and accents do not change the words."""
    assert ["cosa", "e", "l", "ia"] == words(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("dell'intelligenza artificiale", ["dell", "intelligenza", "artificiale"]),
        ("l'accordo", ["l", "accordo"]),
        ("un'azienda", ["un", "azienda"]),
        ("all'IA", ["all", "ia"]),
        ("nell’ambito", ["nell", "ambito"]),
    ],
)
def test_elisions_are_split_from_the_word(raw: str, expected: list[str]) -> None:
    """`dell'`, `l'`, `un'` are separated, so "l'accordo" meets "accordo"."""
    assert expected == words(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("xke", "perche"),
        ("perke", "perche"),
        ("xché", "perche"),
        ("cmq", "comunque"),
        ("nn", "non"),
        ("ke", "che"),
        ("qnt", "quanto"),
        ("qnti", "quanti"),
        ("qnd", "quando"),
        ("cn", "con"),
        ("qst", "questo"),
        ("dp", "dopo"),
        ("max", "massimo"),
        ("mate", "matematica"),
        ("ste", "queste"),
        ("st", "questo"),
        ("tot", "totale"),
        ("gg", "giorni"),
    ],
)
def test_chat_spellings_become_the_standard_word(raw: str, expected: str) -> None:
    """The shorthand of Italian messaging is read as the word it stands for."""
    assert [expected] == words(raw)


def test_chat_spelling_inside_a_sentence() -> None:
    """A whole chat-style question is normalised word by word."""
    assert ["perche", "openai", "cerca", "soldi", "comunque"] == words("xke openai cerca soldi cmq")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("qnt anni ha", ["quanti", "anni", "ha"]),
        ("qnt persone", ["quante", "persone"]),
        ("qnt acqua resta", ["quanta", "acqua", "resta"]),
        ("qnt costa", ["quanto", "costa"]),
        ("qnt tempo", ["quanto", "tempo"]),
        ("qnt 2 euro", ["quanto", "2", "euro"]),
    ],
)
def test_qnt_agrees_with_the_word_after_it(raw: str, expected: list[str]) -> None:
    """«qnt» is «quanto», «quanti», «quanta» or «quante», as the next word asks: «qnt anni
    ha» asks an age as «quanti anni ha» does; «qnt costa» is «quanto costa»."""
    assert expected == words(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("dieci", ["10"]),
        ("Dieci miliardi", ["10", "miliardi"]),
        ("ventitré", ["23"]),
        ("ventuno", ["21"]),
        ("cento", ["100"]),
        ("duemila", ["2000"]),
        ("centoventi", ["120"]),
        # A ten elided before a vowel: «trent'anni» is «trenta anni».
        ("sotto i trent'anni", ["sotto", "i", "30", "anni"]),
        ("da vent'anni", ["da", "20", "anni"]),
    ],
)
def test_numbers_in_letters_become_digits(raw: str, expected: list[str]) -> None:
    """ "dieci miliardi" and "10 miliardi" are the same words."""
    assert expected == words(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("sei persone", ["6", "persone"]),
        ("sei mesi fa", ["6", "mesi", "fa"]),
        ("sei runner in ospedale", ["6", "runner", "in", "ospedale"]),
        ("conta sei consiglieri", ["conta", "6", "consiglieri"]),
        ("sei infermieri", ["6", "infermieri"]),
        ("sei un bot?", ["sei", "un", "bot"]),
        ("chi sei?", ["chi", "sei"]),
        ("sei bravo", ["sei", "bravo"]),
        ("sei felice", ["sei", "felice"]),
    ],
)
def test_sei_is_six_before_a_plural_and_the_verb_otherwise(raw: str, expected: list[str]) -> None:
    """«sei persone» counts six people; «chi sei?» and «sei bravo» are the verb «essere»."""
    assert expected == with_six(words(raw))


def test_a_code_of_letters_then_digits_is_one_word() -> None:
    """«A7», «M74», «H2iseO» name one thing: not a letter and a number that a question's
    figures or years would be read from. A number before its unit still splits («5G»)."""
    assert ["l", "autostrada", "a7"] == words("l'autostrada A7")
    assert ["lupo", "m74"] == words("lupo M74")
    assert ["progetto", "h2iseo"] == words("progetto H2iseO")
    assert ["5", "g", "10", "mila"] == words("5G 10mila")
    assert ["ci", "sei"] == words("c6?")


def test_words_that_are_not_numbers_stay_words() -> None:
    """Ordinary words are not mistaken for numbers."""
    assert ["casa", "33"] == words("casa trentatré")
    assert None is number_word("casa")
    assert None is number_word("settembre")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10 mld", ["10", "miliardi"]),
        ("10 mln", ["10", "milioni"]),
        ("10 miliardi", ["10", "miliardi"]),
        ("10.000", ["10000"]),
        ("3,75", ["3,75"]),
        ("3.75", ["3,75"]),
        ("20%", ["20", "percento"]),
        ("5 €", ["5", "euro"]),
    ],
)
def test_amounts_are_written_one_way(raw: str, expected: list[str]) -> None:
    """Abbreviations, thousands separators, decimal commas and symbols are normalised."""
    assert expected == words(raw)


def test_per_cento_in_two_words_is_percent() -> None:
    """ "3 per cento" is read like "3%", as `_join_percent` promises."""
    assert words("3%") == words("3 per cento")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("17 dic 2025", ["17", "dicembre", "2025"]),
        ("dic", ["dicembre"]),
        ("gen", ["gennaio"]),
        ("sett", ["settembre"]),
    ],
)
def test_month_abbreviations_are_expanded(raw: str, expected: list[str]) -> None:
    """ "dic" means "dicembre"."""
    assert expected == words(raw)


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("xke e venuta giu la frana?", "giu"),
        ("ke vaccino c'è senza ago?", "ago"),
        ("Ha vinto in due set?", "set"),
    ],
)
def test_words_that_are_also_month_abbreviations_stay_words(raw: str, word: str) -> None:
    """«giù», the needle, the tennis set: in a message they are words, not months."""
    assert word in words(raw)


def test_shouting_and_repeated_punctuation_do_not_matter() -> None:
    """ "QUANTI SOLDI???" reads like "quanti soldi"."""
    assert ["quanti", "soldi"] == words("QUANTI SOLDI???")
    assert words("quanti soldi") == words("QUANTI SOLDI???!!!")


def test_stretched_letters_are_squeezed() -> None:
    """ "ciaooooo" is "ciao"; a tripled consonant is a double one mistyped («Ferrresi» is
    nearer «Ferraresi» as «ferresi» than as «feresi»); "mmmm" is one letter."""
    assert ["ciao"] == words("ciaooooo")
    assert ["ferresi", "m"] == words("Ferrresi mmmm")


def test_english_ai_acronym_is_the_italian_ia() -> None:
    """ "AI" and "A.I." are the Italian "IA", not the preposition "ai"."""
    assert ["ia"] == words("AI")
    assert ["ia"] == words("A.I.")
    assert ["ai", "lettori"] == words("ai lettori")


def test_chat_c_e_and_c_apostrophe_e_are_the_same() -> None:
    """ "ce" typed for "c'è" gives the same words as "c'è"."""
    assert words("c'è") == words("ce")


# -- content words and stems ---------------------------------------------------------------


def test_content_words_drop_stopwords_and_question_fillers() -> None:
    """What remains of a question is its subject, not "quanto", "vuole" helpers or articles."""
    assert ["raccogliere", "openai"] == [
        w for w in content_words(words("Dimmi quanto vuole raccogliere OpenAI?")) if w != "vuole"
    ]
    assert [] == content_words(words("che cosa è il"))
    # Chat asides say nothing about the news asked for.
    assert ["secondi", "anticipo"] == content_words(
        words("raga qnti secondi di anticipo? nn ho capito, plz")
    )
    # Nor what the reader says of himself beside it.
    assert ["aziende", "accettato"] == content_words(
        words("xke le aziende hanno accettato? nn capisco, nn lo so, mi spieghi?")
    )
    # Neither do the courtesies of a formal question.
    assert ["presiede", "giuria"] == content_words(
        words("Scusi, mi interesserebbe sapere, se me lo indichi, chi presiede la giuria")
    )


@pytest.mark.parametrize(("typed", "written"), [("costera", "costa"), ("riaprira", "riapre")])
def test_a_future_typed_without_its_accent_stems_like_the_verb(typed: str, written: str) -> None:
    """«costera» is «costerà» typed without the accent: Snowball would keep «coster» and
    miss «costa», «costano»; it is stemmed as Italian writes it."""
    assert stem(typed) == stem(typed[:-1] + "à") == stem(written)


def test_content_words_keep_numbers() -> None:
    """Numbers carry meaning in the news and are never dropped, even when short."""
    assert ["10", "miliardi"] == content_words(words("i 10 miliardi"))


def test_stem_joins_related_forms() -> None:
    """ "investire" and "investimento" share a stem; numbers are their own stem."""
    assert stem("investire") == stem("investimento")
    assert "2025" == stem("2025")


# -- intents -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Quanti soldi cerca?", Intent.AMOUNT),
        ("Quanto vale?", Intent.AMOUNT),
        ("Di quanto si parla?", Intent.AMOUNT),
        ("qnt costa", Intent.AMOUNT),
        ("Qual era il prezzo delle azioni?", Intent.AMOUNT),
        ("Quali sono i costi del progetto?", Intent.AMOUNT),
        ("Che parte del mais viene prodotta in Italia?", Intent.AMOUNT),
        ("Quando è uscito?", Intent.DATE),
        ("In che anno?", Intent.DATE),
        ("Entro quale data si chiuderà la trattativa?", Intent.DATE),
        ("In quale mese riapre?", Intent.DATE),
        ("A che ora apre il museo?", Intent.DATE),
        ("ke orari fa l'ambulatorio", Intent.DATE),
        ("Chi ha scritto l'articolo?", Intent.WHO),
        ("Quale azienda produce i chip?", Intent.WHO),
        ("Come si chiama l'operazione della Finanza?", Intent.WHO),
        ("Perché OpenAI cerca soldi?", Intent.REASON),
        ("xke lo fa?", Intent.REASON),
        ("Come mai lo fa?", Intent.REASON),
        ("A cosa servono i fondi?", Intent.REASON),
        ("Cosa sono i Trainium?", Intent.DEFINITION),
        ("Che cos'è una GPU?", Intent.DEFINITION),
        ("Dove verranno usati?", Intent.PLACE),
        ("In quali regioni ci sono i sensori?", Intent.PLACE),
        ("In che paese è nata?", Intent.PLACE),
        ("Da quale città parte il treno?", Intent.PLACE),
        ("In quale via si trova la gioielleria rapinata?", Intent.PLACE),
        ("In che piazza si tiene il concerto?", Intent.PLACE),
        ("Come funziona?", Intent.HOW),
    ],
)
def test_question_words_give_the_intent(question: str, intent: Intent) -> None:
    """The question word says what kind of information is wanted (amount, date, who, ...)."""
    assert intent in question_intents(words(question))


@pytest.mark.parametrize("question", ["openai trainium", "raccolta fondi", ""])
def test_keyword_queries_have_no_intent(question: str) -> None:
    """A list of keywords asks for nothing in particular."""
    assert frozenset() == question_intents(words(question))


def test_which_part_asks_which_one_not_a_share() -> None:
    """«Quale parte dell'attrezzatura è stata modificata?» asks which component; «Che parte
    del mais…?» asks a share."""
    assert Intent.AMOUNT not in question_intents(words("Quale parte dell'attrezzatura è cambiata?"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("prestito Bei importo", {Intent.AMOUNT}),
        ("perdite rete idrica percentuale", {Intent.AMOUNT}),
        ("viadotto Borbera lunghezza", {Intent.AMOUNT}),
        ("bocciatura variazione bilancio data", {Intent.DATE}),
        ("ministro istruzione nome", {Intent.WHO}),
        ("concerto luogo", {Intent.PLACE}),
        ("sciopero treni motivo", {Intent.REASON}),
        # a figure named by its unit or kind, a time of day by «ora»
        ("vigneti bruciati ettari", {Intent.AMOUNT}),
        ("olio pugliese Giappone quota", {Intent.AMOUNT}),
        ("Sibilla Nera gradazione", {Intent.AMOUNT}),
        ("ransomware Lecco ora rilevamento", {Intent.DATE}),
        ("Qual è la data della firma?", {Intent.DATE}),
        ("Qual è il nome del nuovo direttore?", {Intent.WHO}),
        ("Qual era il motivo dello sciopero?", {Intent.REASON}),
        ("Qual è il luogo del concerto?", {Intent.PLACE}),
        # after an opening «che», whatever else the question holds
        ("Che percentuale di giocatrici c'è tra gli iscritti?", {Intent.AMOUNT}),
        ("A che età si va in pensione?", {Intent.AMOUNT}),
        ("ke quota di ragazzi usa il telefono?", {Intent.AMOUNT}),
        ("Che valore strategico ha l'accordo?", set()),
        ("A che quota è posto il traguardo?", set()),
        # A sentence with articles states a claim; its noun is not what is asked.
        ("Il prezzo dei biglietti aumenterà con i nuovi treni?", set()),
        ("La data del concerto è cambiata?", set()),
    ],
)
def test_a_noun_naming_the_kind_asks_for_it(question: str, expected: set[Intent]) -> None:
    """A search-box question has no question word: its noun «importo», «data», «nome»
    says what is wanted, as it does after «qual è»."""
    assert question_intents(words(question)) == expected


def test_who_is_not_read_inside_other_words() -> None:
    """ "chi" inside "chip" is not the question word "chi"."""
    assert Intent.WHO not in question_intents(words("chip trainium"))


# -- properties ----------------------------------------------------------------------------


@given(st.text())
def test_fold_never_raises_and_is_idempotent(text: str) -> None:
    """Any Unicode text folds, and folding it again changes nothing."""
    once = fold(text)

    assert once == fold(once)


@given(st.text())
def test_words_never_raise_and_come_out_folded(text: str) -> None:
    """Any Unicode text gives a list of non-empty words that are already folded and spaceless."""
    result = words(text)

    for word in result:
        assert word
        assert fold(word) == word
        assert not any(c.isspace() for c in word)


@given(st.text())
@example("ce")
@example("0,500")
def test_words_are_a_normal_form(text: str) -> None:
    """Normalising the normalised words again gives the same words."""
    once = words(text)

    assert once == words(" ".join(once))


@given(st.text(max_size=300))
def test_content_words_and_intents_never_raise(text: str) -> None:
    """Every later step of the pipeline accepts whatever `words` produces."""
    tokens = words(text)

    kept = content_words(tokens)

    assert set(kept) <= set(tokens)
    assert all(stem(w) for w in kept)
    assert question_intents(tokens) <= frozenset(Intent)


# Windows-1252 characters (all of Italian, with ’ € « » and friends) and a few others.
_CP1252 = "".join(bytes([b]).decode("cp1252", errors="ignore") for b in range(256))


@given(st.text(alphabet=st.sampled_from(_CP1252)) | st.text())
@example("Perché l’IA costa 10 €? Già… STRAẞE ﬁne ½")
def test_fold_fast_paths_agree_with_the_full_unicode_fold(text: str) -> None:
    """The byte-table path of `fold` is an optimisation: it gives what the Unicode path gives."""
    from bot.text import _fold_unicode

    assert fold(text) == _fold_unicode(text)


@given(st.lists(st.text(alphabet=st.sampled_from(_CP1252 + "0123456789")), max_size=6))
def test_words_of_texts_read_together_are_their_words_apart(texts: list[str]) -> None:
    """The index reads a fact's texts in one go, with a made-up word between them: that must
    give each text's own words, so no phrase or "per cento" spans two texts."""
    from bot.fact_scan import _TEXT_BREAK, TEXT_BREAK_WORD

    together = words(_TEXT_BREAK.join(texts))

    apart: list[str] = []
    for number, text in enumerate(texts):
        apart += ([TEXT_BREAK_WORD] if number else []) + words(text)
    assert together == apart


@given(st.lists(st.sampled_from(["il", "di", "a", "x", "5", "%", "€", "casa", "ab", "l"])))
def test_content_words_keep_exactly_the_informative_tokens(tokens: list[str]) -> None:
    """Stopwords and one-letter leftovers go, numbers and real words stay, in order."""
    expected = [t for t in tokens if (t not in stopwords() and len(t) > 1) or t[0].isdigit()]

    assert content_words(tokens) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("incendiarsi", "incendiare"),
        ("farlo", "fare"),
        ("usandoli", "usare"),
        ("dirmelo", "dire"),
        ("tradurlo", "tradurre"),
        ("andarsene", "andare"),
    ],
)
def test_verbs_with_attached_pronouns_have_their_lemma(word: str, expected: str) -> None:
    """An infinitive or gerund with pronouns attached is the verb itself."""
    assert lemma(word) == expected


def test_elided_questo_and_quello_are_not_terms() -> None:
    """«quest'anno», «quell'azienda»: the elided determiner is not an informative word."""
    assert content_words(words("Quest'anno quell'azienda")) == ["anno", "azienda"]


@pytest.mark.parametrize(
    ("word", "noun", "verb", "tense"),
    [
        ("usa", "uso", "usare", "userà"),
        ("dura", "duro", "durare", "durerà"),
        ("tradotto", "tradotto", "tradurre", "tradurrà"),
    ],
)
def test_a_present_tense_read_as_a_noun_is_also_its_verb(
    word: str, noun: str, verb: str, tense: str
) -> None:
    """«Quali chip usa OpenAI?»: the dictionary reads «usa» as «uso», but it is also
    «usare», so it meets the article's «userà»; the noun reading stays."""
    keys = set(word_keys(word))

    assert {"=" + noun, "=" + verb} <= keys
    assert keys & set(word_keys(tense))


@pytest.mark.parametrize("word", ["casa", "problema", "notizia", "proposta"])
def test_a_noun_with_no_verb_of_its_ending_gets_no_verb(word: str) -> None:
    """«casa» is not «casare»: no verb the dictionary does not know."""
    assert [k for k in word_keys(word) if k.startswith("=")] == ["=" + (lemma(word) or word)]


@pytest.mark.parametrize(
    ("word", "expected"), [("consigliami", "consigliare"), ("spiegamelo", "spiegare")]
)
def test_orders_with_attached_pronouns_have_their_verb(word: str, expected: str) -> None:
    """«Consigliami», «spiegamelo»: the verb of an order with its pronouns attached."""
    assert lemma(word) == expected


def test_chat_k_for_hard_c_becomes_the_italian_word() -> None:
    """«Banke», «kiesto» are «banche», «chiesto»; brands and real words with k stay."""
    assert words("le banke hanno kiesto a Nokia e al kiwi") == [
        "le",
        "banche",
        "hanno",
        "chiesto",
        "a",
        "nokia",
        "e",
        "al",
        "kiwi",
    ]


def test_chat_k_for_hard_c_finds_common_words_the_dictionary_has_no_lemma_for() -> None:
    """«neanke» is «neanche», which the lemma dictionary lacks: its frequency tells it is a
    word; a rare c spelling («nike» → «niche») does not replace the written one."""
    assert words("neanke la nike") == ["neanche", "la", "nike"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("50 GWh", ["50", "gigawattora"]),
        ("4,2 km", ["4,2", "chilometri"]),
        ("20 mq", ["20", "metri", "quadrati"]),
    ],
)
def test_units_written_short_are_the_words_typed_out(raw: str, expected: list[str]) -> None:
    """«GWh» in the article and «gigawattora» in the question are the same word."""
    assert words(raw) == expected


SYLLABLES = ("ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru")


def test_words_from_many_threads_while_the_token_cache_empties(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Questions are read in worker threads while a reload reads facts: a cache emptied by
    one thread must never make another fail or read a word wrong."""
    import sys
    import threading

    import bot.text

    monkeypatch.setattr(bot.text, "NORMAL_TOKENS_KEPT", 0)  # empties on every new token
    texts = [f"parola {n} xke {n} mld per cento {n % 7} banke" for n in range(400)]
    expected = [words(t) for t in texts]
    failures: list[BaseException] = []

    def read(offset: int) -> None:
        try:
            for _ in range(20):
                for n in range(offset, len(texts), 4):
                    assert words(texts[n]) == expected[n]
                    fresh = "nuova" + "".join(SYLLABLES[int(d)] for d in f"{n}{offset}")
                    assert words(f"{fresh} parola") == [fresh, "parola"]
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=read, args=(i,)) for i in range(4)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns as often as they can
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert failures == []


_PIECES = ["due", "tre", "venti", "vent", "trenta", "uno", "un", "cento", "mila", "mille"]
_NEAR_NUMBERS = [*_PIECES, "a", "o", "tr", "x", "sei", "otto"]


@given(
    st.lists(st.sampled_from(_NEAR_NUMBERS), max_size=6).map("".join)
    | st.from_regex(r"[a-z]{1,45}", fullmatch=True)
)
@example("ventitre")
@example("duemilaventisei")
def test_a_word_made_of_no_number_pieces_is_no_number(word: str) -> None:
    """`number_word` skips parsing words that are not made of number pieces: it reads every
    word a number in letters could be, exactly as parsing them all would."""
    from bot.text import _parse_number

    assert number_word(word) == (_parse_number(word) if len(word) <= 40 else None)


def test_a_short_stem_joins_a_synonym_group_only_through_its_own_word() -> None:
    """«sale» (rises) stems to «sal» like «salute» and «saluti»: those do not join the group
    of «crescita»; a longer stem («aumentano») and a member's own word («senato») still do."""
    from bot.synonyms import SynonymIndex

    index = SynonymIndex([["crescita", "aumento", "sale", "salita"], ["Senato", "Palazzo Madama"]])
    grows = index.word_expansion("aumentano")

    assert not {k for k in index.word_expansion("salute") if k[0] == "~"}
    assert not {k for k in index.word_expansion("saluti") if k[0] == "~"}
    assert "~0" in grows and "~1" in index.word_expansion("senato")


def test_a_word_in_a_group_by_its_own_dictionary_word_joins_no_look_alike_group() -> None:
    """«fondato» is «fondare», listed with the founders: the money group that «fondi» (same
    stem «fond») belongs to is a look-alike, not a meaning; «fondi» keeps its group."""
    from bot.synonyms import SynonymIndex

    index = SynonymIndex([["soldi", "fondi", "denaro"], ["fondatore", "fondare", "fondatrice"]])

    assert {k for k in index.word_expansion("fondato") if k[0] == "~"} == {"~1"}
    assert "~0" in index.word_expansion("fondi")
    assert "~1" in index.word_expansion("fondatrice")


@pytest.mark.parametrize(
    ("participle", "verb"),
    [
        ("diretto", "dirigere"),
        ("diretta", "dirigere"),
        ("scritto", "scrivere"),
        ("aperto", "aprire"),
        ("promessa", "promettere"),
        ("peso", None),  # a weight: «p-» is too short a stem to read as «pendere»
        ("tetto", None),
        ("predetto", "predire"),  # «-detto» is «dire»…
        ("bollette", None),  # …but no other «-etto» is an «-ire»: the bills do not boil
        ("moretti", None),  # and the surname is no «morire»
    ],
)
def test_a_strong_participle_is_also_read_as_its_verb(participle: str, verb: str | None) -> None:
    """«diretto da Tommaso Reggiani» answers «Chi dirige l'Amleto?»: the dictionary reads
    «diretto» as an adjective, so its verb comes from the participle's ending."""
    from bot.text import verb_reading

    assert verb_reading(participle, lemma(participle)) == verb
    if verb:
        assert "=" + verb in word_keys(participle)


@pytest.mark.parametrize(
    ("participle", "verb"),
    [("svolto", "svolgere"), ("aggiunto", "aggiungere"), ("speso", "spendere")],
)
def test_a_participle_read_as_another_verb_keeps_its_own(participle: str, verb: str) -> None:
    """«Dove si è svolto l'incontro?» asks where the match «doveva svolgersi»: the
    dictionary reads «svolto» as «io svolto» (svoltare), so the participle's own verb is
    a key beside it."""
    assert lemma(participle) != verb
    assert "=" + verb in word_keys(participle)


def test_a_feminine_noun_is_not_read_as_a_participle() -> None:
    """«imposta» is the tax far more often than «imposed»: no «imporre» key for it."""
    assert "=imporre" not in word_keys("imposta")


@pytest.mark.parametrize(
    ("word", "noun"),
    [("vaccino", "vaccino"), ("vaccini", "vaccino"), ("lavoro", "lavoro"), ("lavori", "lavoro")],
)
def test_a_noun_the_dictionary_reads_as_a_verb_keeps_its_noun_key(word: str, noun: str) -> None:
    """«vaccino» is also «I vaccinate» and «lavori» also «lavorio» to the dictionary: both
    forms of the noun share its key, so «vaccini» finds the news's «vaccino»."""
    assert "=" + noun in word_keys(word)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Quanto tempo ci vorrà perché il bosco torni come prima?", {Intent.AMOUNT}),
        ("Quanti soldi servono perché il teatro riapra?", {Intent.AMOUNT}),
        ("Quando e perché è stato chiuso il ponte?", {Intent.DATE, Intent.REASON}),
        ("Perché è stato chiuso il ponte?", {Intent.REASON}),
    ],
)
def test_perche_joining_a_clause_does_not_ask_why(question: str, expected: set[Intent]) -> None:
    """«Quanto tempo ci vorrà perché…» asks a length of time: «perché» there means «so
    that»; after «e», or at the start, it asks why."""
    assert question_intents(words(question)) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Qual è stata l'affluenza alle regionali?", {Intent.AMOUNT}),
        ("Quali sono stati i ricavi del gruppo?", {Intent.AMOUNT}),
        ("Qual è stato il prezzo del grano?", {Intent.AMOUNT}),
        ("Qual è la valutazione di OpenAI dopo il round?", {Intent.AMOUNT}),
        ("Qual è stata la decisione del giudice?", set()),
    ],
)
def test_a_figure_named_by_its_noun_is_asked_in_any_tense(
    question: str, expected: set[Intent]
) -> None:
    """«Qual è stata l'affluenza?» asks a figure as «qual è il prezzo?» does: turnout,
    revenue and debts are told by numbers, whatever the tense of the question."""
    assert question_intents(words(question)) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "Il ct ha attribuito il risultato al lavoro delle ultime due stagioni.",
        "Secondo l'Inps il divario dipende da carriere più brevi e discontinue.",
        "La crisi nasce dal crollo degli ordini dai mercati esteri.",
        "A pesare sono stati soprattutto l'aumento del debito e un trimestre debole.",
        "La fuga dei giovani è legata soprattutto alla mancanza di lavoro.",
        "Tra le cause principali dell'abbandono c'è la povertà educativa.",
        "La decisione arriva dopo le ispezioni condotte a febbraio dai tecnici.",
        "«Abbiamo scelto sedili più larghi», ha spiegato il gestore del cinema.",
        "«Gli ordini dall'estero crescono», spiega l'amministratore delegato.",
        "Il Comune esclude i turni notturni nel cantiere, per non disturbare i residenti.",
    ],
)
def test_the_ways_the_news_gives_a_reason(answer: str) -> None:
    """A cause is written with more than «perché»: «ha attribuito… a», «dipende da», «nasce
    da», «a pesare sono stati», «è legata a», «le cause», «la decisione arriva dopo…», what
    someone «ha spiegato» or «spiega» in his own words, and a purpose denied («per non
    disturbare»)."""
    from bot.text import answer_intents

    assert Intent.REASON in answer_intents(answer)


@pytest.mark.parametrize(
    "answer",
    ["Le lezioni resteranno sospese fino a giovedì.", "I voli riprenderanno a mezzanotte."],
)
def test_a_day_of_the_week_or_midnight_says_when(answer: str) -> None:
    """«Fino a quando resteranno sospese le lezioni?» is answered by «fino a giovedì»: a day
    of the week (or «mezzanotte») is a date as much as «12 marzo»."""
    from bot.text import answer_intents

    assert Intent.DATE in answer_intents(answer)


@pytest.mark.parametrize(
    ("answer", "kinds"),
    [
        ("Al presidio hanno partecipato circa 2.000 tassisti.", {Intent.AMOUNT}),
        ("Nel 2000 erano 1.950 tassisti.", {Intent.AMOUNT, Intent.DATE}),
        ("Il cantiere si chiuderà nel 2027.", {Intent.DATE}),
    ],
)
def test_a_figure_with_a_thousands_point_is_no_year(answer: str, kinds: set[Intent]) -> None:
    """«circa 2.000 tassisti» is read «2000», like a year; written with its thousands point
    it is a count, and «Quanti tassisti…?» needs it. A year written as one stays a date."""
    from bot.text import answer_intents

    assert set(answer_intents(answer)) & {Intent.AMOUNT, Intent.DATE} == kinds


@pytest.mark.parametrize(
    ("answer", "says_where"),
    [
        ("Il cioccolatificio Morlacchi, alle porte di Perugia, investirà 34 milioni.", True),
        ("Gli agrumi stranieri arrivano soprattutto dalla Spagna e dal Marocco.", True),
        ("Sul tavolo c'è il piano di rilancio di Tecnofrigo, da 45 milioni.", False),
    ],
)
def test_a_province_or_a_country_after_di_or_da_says_where(answer: str, says_where: bool) -> None:
    """«alle porte di Perugia», «dalla Spagna» tell where as «a Perugia» does; «di
    Tecnofrigo» names no place."""
    from bot.text import answer_intents

    assert (Intent.PLACE in answer_intents(answer)) is says_where
