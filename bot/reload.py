"""Keep the knowledge current: validate everything, then swap it in as one piece.

A reload that finds errors changes nothing: the previous knowledge keeps serving and the
errors are handed to `on_error` (logged, sent to operators). Used by `run`, `chat` and /ricarica.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.knowledge import KnowledgeError, Problem, load_knowledge
from bot.matching import Matcher
from bot.models import Knowledge

log = logging.getLogger(__name__)
DEBOUNCE_MS = 300


@dataclass(frozen=True, slots=True)
class ReloadResult:
    """What a reload did: the new counts, or the problems that stopped it."""

    ok: bool
    articles: int = 0
    facts: int = 0
    seconds: float = 0.0
    problems: tuple[Problem, ...] = ()


class KnowledgeHolder:
    """The knowledge and its matcher currently serving, replaced atomically on reload."""

    def __init__(
        self,
        paths: Sequence[Path],
        *,
        on_error: Callable[[ReloadResult], None] | None = None,
        on_reload: Callable[[ReloadResult], None] | None = None,
    ) -> None:
        self.paths = list(paths)
        self.on_error = on_error
        self.on_reload = on_reload
        knowledge = load_knowledge(self.paths)
        self._state: tuple[Knowledge, Matcher] = (knowledge, Matcher(knowledge))
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def knowledge(self) -> Knowledge:
        """The knowledge serving now."""
        return self._state[0]

    @property
    def matcher(self) -> Matcher:
        """The matcher serving now."""
        return self._state[1]

    def reload(self) -> ReloadResult:
        """Load and validate every file; swap in only if all are valid."""
        started = time.perf_counter()
        with self._lock:
            try:
                if not any(p.exists() for p in self.paths):
                    raise KnowledgeError(
                        [
                            Problem(
                                str(self.paths[0]), 1, "la cartella della conoscenza non esiste più"
                            )
                        ]
                    )
                knowledge = load_knowledge(self.paths)
                if not knowledge.news_facts and self.knowledge.news_facts:
                    raise KnowledgeError(
                        [
                            Problem(
                                str(self.paths[0]), 1, "nessun fatto trovato: la cartella è vuota?"
                            )
                        ]
                    )
                matcher = Matcher(knowledge)
            except KnowledgeError as exc:
                result = ReloadResult(False, problems=tuple(exc.problems))
                log.warning("knowledge reload refused, old knowledge kept:\n%s", exc)
                if self.on_error:
                    self.on_error(result)
                return result
            self._state = (knowledge, matcher)
        result = ReloadResult(
            True,
            len(knowledge.articles),
            len(knowledge.news_facts),
            time.perf_counter() - started,
        )
        log.info(
            "knowledge reloaded: %d articles, %d facts in %.2fs",
            result.articles,
            result.facts,
            result.seconds,
        )
        if self.on_reload:
            self.on_reload(result)
        return result

    def watch_targets(self) -> list[Path]:
        """What to watch: the directories (or the parents of single files)."""
        return [p if p.is_dir() else p.parent for p in self.paths]

    def start_watching(self) -> None:
        """Reload in a background thread whenever a knowledge file changes (debounced)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._watch, name="knowledge-watch", daemon=True)
        self._thread.start()

    def stop_watching(self) -> None:
        """Stop the background watcher."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None

    def _watch(self) -> None:
        from watchfiles import watch

        targets = [t for t in self.watch_targets() if t.exists()] or [Path.cwd()]
        try:
            for changes in watch(
                *targets,
                debounce=DEBOUNCE_MS,
                step=50,
                stop_event=self._stop,
                watch_filter=lambda _change, path: path.endswith(".toml"),
                raise_interrupt=False,
            ):
                log.debug("knowledge changed: %s", changes)
                self.reload()
        except Exception:  # the watcher must never take the bot down
            log.exception("knowledge watcher stopped")
