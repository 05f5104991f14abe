"""The thesaurus reader (`bot.thesaurus`), on a small thesaurus in the LibreOffice format
written here (the real one is GPL data the bot does not ship)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import thesaurus
from bot.matching import Matcher
from bot.models import Article, Fact, Knowledge

ENTRIES = {
    "sborsare": ["(v.)|pagare|spendere|versare|mettere mano al portafoglio"],
    "Città": ["(s.f.)|Metropoli|comune"],
    "partita": ["(s.f. Gara)|incontro|gara", "(s.f. Merce)|lotto|stock"],
}


def _write(folder: Path, entries: dict[str, list[str]] = ENTRIES) -> Path:
    """The `.dat` and `.idx` files of `entries`, as mythes writes them (byte offsets)."""
    data = bytearray(b"UTF-8\n")
    offsets = {}
    for word, meanings in sorted(entries.items()):
        offsets[word] = len(data)
        data += f"{word}|{len(meanings)}\n".encode()
        data += "".join(m + "\n" for m in meanings).encode()
    (folder / "th_test.dat").write_bytes(bytes(data))
    index = "".join(f"{w}|{o}\n" for w, o in sorted(offsets.items()))
    (folder / "th_test.idx").write_text(f"UTF-8\n{len(offsets)}\n{index}", encoding="utf-8")
    return folder / "th_test.dat"


def _use(data: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """`NEWSBOT_THESAURUS` pointing at `data` while a test runs, with the caches emptied."""
    monkeypatch.setenv("NEWSBOT_THESAURUS", str(data))
    thesaurus.synonyms.cache_clear()
    thesaurus._senses.cache_clear()
    yield data
    thesaurus.synonyms.cache_clear()
    thesaurus._senses.cache_clear()


@pytest.fixture
def small_thesaurus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The small thesaurus in use."""
    yield from _use(_write(tmp_path), monkeypatch)


@pytest.fixture
def children_thesaurus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A thesaurus whose «bambino» (one sense) lists «piccolo» (many, so no entry)."""
    yield from _use(_write(tmp_path, {"bambino": ["(s.m.)|bimbo|piccolo|fanciullo"]}), monkeypatch)


@pytest.fixture
def no_thesaurus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A thesaurus file that does not exist (not installed, or a wrong path) in use."""
    yield from _use(tmp_path / "missing.dat", monkeypatch)


def test_a_word_of_one_meaning_gives_its_one_word_synonyms_folded(small_thesaurus: Path) -> None:
    """«sborsare» gives «pagare», «spendere», «versare»; the phrase is left out. A headword
    is found folded («citta»), and its synonyms come folded and lower-case."""
    assert thesaurus.synonyms("sborsare") == ("pagare", "spendere", "versare")
    assert thesaurus.synonyms("citta") == ("metropoli", "comune")


def test_a_word_of_several_meanings_or_unknown_gives_none(small_thesaurus: Path) -> None:
    """«partita» (a match, a lot of goods) would join unrelated news: it gives nothing."""
    assert thesaurus.synonyms("partita") == ()
    assert thesaurus.synonyms("inesistente") == ()


def test_a_word_of_two_meanings_keeps_the_synonyms_that_list_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«partita» (a match, a lot of goods) and «gara», which lists it back among its two
    meanings, share a sense: they are synonyms. «lotto», whose entry does not list
    «partita», is not; nor is anything of «linea», of three meanings."""
    entries = {
        "partita": ["(s.f. Gara)|incontro|gara", "(s.f. Merce)|lotto|stock"],
        "gara": ["(s.f.)|competizione|partita", "(s.f.)|appalto|asta"],
        "lotto": ["(s.m.)|stock|quantità"],
        "linea": ["(s.f.)|riga|tratto", "(s.f.)|fila|coda", "(s.f.)|condotta|comportamento"],
        "riga": ["(s.f.)|linea|tratto"],
    }
    for _ in _use(_write(tmp_path, entries), monkeypatch):
        assert thesaurus.synonyms("partita") == ()  # not sure of any by itself
        candidates = thesaurus.of_two_meanings("partita")
        assert candidates == ("incontro", "gara", "lotto", "stock")
        assert [o for o in candidates if thesaurus.lists_back("partita", o)] == ["gara"]
        assert thesaurus.of_two_meanings("linea") == ()
        assert not thesaurus.lists_back("riga", "linea")
        assert thesaurus.synonyms("riga") == ("linea", "tratto")  # one meaning: all of it


def test_a_synonym_sharing_a_sense_answers_a_paraphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«Quando è scoppiato l'incendio?» of a fact that says «rogo»: «incendio» has two
    meanings (a fire, a passion), and «rogo» lists it back, so the fact holds the word
    asked. «passione», of the other sense, joins nothing."""
    entries = {
        "incendio": ["(s.m.)|rogo|fuoco", "(s.m. fig.)|passione|ardore"],
        "rogo": ["(s.m.)|incendio|falò"],
    }
    article = Article("rogo", "Settimo, rogo nell'impianto", "autrice", dt.date(2026, 7, 23), "T")
    facts = (
        Fact("rogo", "Il rogo è divampato alle 2.30 nel capannone dei rifiuti.", (), (), article),
        Fact("passione", "La passione del sindaco per il teatro è nota.", (), (), article),
    )
    for _ in _use(_write(tmp_path, entries), monkeypatch):
        built = Matcher(Knowledge(articles=(article,), facts=facts))
        keys = next(t for t in built.analyse("l'incendio").terms if t.word == "incendio").keys
        assert "=rogo" in keys
        assert "=passione" not in keys


def test_without_a_thesaurus_there_are_no_synonyms(no_thesaurus: Path) -> None:
    """A missing file (not installed, or a wrong `NEWSBOT_THESAURUS`) is no error."""
    assert thesaurus.path() is None
    assert thesaurus.synonyms("sborsare") == ()


def _family_fact() -> Matcher:
    article = Article("acqua", "Bollette dell'acqua", "autrice", dt.date(2026, 1, 22), "T")
    facts = (
        Fact(
            "bolletta",
            "Una famiglia media dovrà pagare 23 euro in più all'anno per l'acqua.",
            (),
            (),
            article,
        ),
        Fact("bonus", "Una famiglia con Isee basso riceverà un bonus di 50 euro.", (), (), article),
    )
    return Matcher(Knowledge(articles=(article,), facts=facts))


def test_a_thesaurus_synonym_answers_a_paraphrase(small_thesaurus: Path) -> None:
    """«Quanto dovrà sborsare una famiglia?» is answered by the fact that says «pagare»."""
    answer = _family_fact().match("Quanto dovrà sborsare una famiglia?")

    assert answer.fact is not None and answer.fact.id == "bolletta"


def test_without_the_thesaurus_the_paraphrase_is_not_matched(no_thesaurus: Path) -> None:
    """The same question, with no thesaurus: «sborsare» joins no word of the fact."""
    answer = _family_fact().match("Quanto dovrà sborsare una famiglia?")

    assert answer.fact is None


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Quanti piccoli in attesa di un posto al nido verranno sistemati?", False),
        ("Quanti anziani in attesa di un posto al nido verranno sistemati?", True),
    ],
)
def test_a_figure_counts_what_the_thesaurus_calls_by_the_word_asked(
    children_thesaurus: Path, question: str, refused: bool
) -> None:
    """«Quanti piccoli…?» of «la lista d'attesa di 320 bambini»: «bambino» lists «piccolo»
    (one sense), though «piccolo» (many) lists nothing, so the figure counts what is asked.
    Old people are not children."""
    when = dt.date(2026, 12, 17)
    article = Article("bilancio", "Bologna approva il bilancio", "ginobianchi", when, "T")
    answer = (
        "Il Comune stanzia 4,7 milioni in più per i nidi d'infanzia, che permetteranno di "
        "azzerare la lista d'attesa di 320 bambini."
    )
    built = Matcher(Knowledge((article,), (Fact("nidi", answer, (), (), article),)))
    query = built.analyse(question)
    scored = built.score(query)

    assert built._does_not_tell(query, scored[0], built.features(query, scored)) is refused
