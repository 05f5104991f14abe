"""Keep the knowledge current: validate everything, then swap it in as one piece.

A reload that finds errors changes nothing: the previous knowledge keeps serving and the
errors are handed to `on_error` (logged, sent to operators). Used by `run`, `chat` and /ricarica.

The watcher survives its directory going away: the disappearance is reported once (the old
knowledge keeps serving), and when a directory appears again at that path, even a new one
(restored from a backup, swapped in by a deploy), it is loaded and watched.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot import replies
from bot.knowledge import KnowledgeError, ParseCache, Problem, load_knowledge
from bot.matching import Matcher
from bot.models import Knowledge

log = logging.getLogger(__name__)
DEBOUNCE_MS = 300
CHECK_MS = 1000  # how often an idle watcher checks that its directories are still there
MISSING_POLL = 0.5  # seconds between looks for a directory that went away
RESTART_PAUSE = 1.0  # seconds before watching again after an unexpected watcher error


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
        # Decided once, while the paths exist: a directory that goes away stays the target.
        self._targets = [p if p.is_dir() else p.parent for p in self.paths]
        self.on_error = on_error
        self.on_reload = on_reload
        self._parsed: ParseCache = {}
        knowledge = load_knowledge(self.paths, cache=self._parsed)
        self._state: tuple[Knowledge, Matcher] = (
            knowledge,
            Matcher(knowledge),
        )
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
                where = str(self.paths[0])
                if not any(p.exists() for p in self.paths):
                    raise KnowledgeError([Problem(where, 1, replies.KNOWLEDGE_GONE)])
                knowledge = load_knowledge(self.paths, cache=self._parsed)
                if not knowledge.news_facts and self.knowledge.news_facts:
                    raise KnowledgeError([Problem(where, 1, replies.KNOWLEDGE_EMPTY)])
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
        return list(self._targets)

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
        """Reload on every change until stopped; outlive the directories going and coming."""
        from watchfiles import watch

        missing_reported = False
        pending = False  # reload at the first chance: the directory is new to this watch
        while not self._stop.is_set():
            targets = self.watch_targets()
            identity = _identity(targets)
            if identity is None:
                if not missing_reported:
                    self.reload()  # refused: names the missing directory, old knowledge kept
                    missing_reported = True
                pending = True
                self._stop.wait(MISSING_POLL)
                continue
            missing_reported = False
            names = frozenset(str(t) for t in targets)
            try:
                for changes in watch(
                    *targets,
                    debounce=DEBOUNCE_MS,
                    step=50,
                    stop_event=self._stop,
                    watch_filter=functools.partial(_relevant, names),
                    raise_interrupt=False,
                    rust_timeout=CHECK_MS,
                    yield_on_timeout=True,
                ):
                    if _identity(targets) != identity:
                        log.info("knowledge directory gone or replaced: watching it again")
                        pending = True
                        break
                    if changes or pending:
                        log.debug("knowledge changed: %s", changes or "directory is back")
                        pending = False
                        self.reload()
            except Exception:  # the watcher must never take the bot down, nor stop for good
                log.exception("knowledge watcher failed; watching again in %.0f s", RESTART_PAUSE)
                pending = True
                self._stop.wait(RESTART_PAUSE)


def _relevant(targets: frozenset[str], _change: object, path: str) -> bool:
    """Changes worth a reload: knowledge files, and the watched directories themselves."""
    return path.endswith(".toml") or path in targets


def _identity(targets: Sequence[Path]) -> tuple[tuple[int, int], ...] | None:
    """Which directories the paths name now (device, inode), or None if one is missing."""
    found = []
    for target in targets:
        try:
            info = os.stat(target)
        except OSError:
            return None
        found.append((info.st_dev, info.st_ino))
    return tuple(found)
