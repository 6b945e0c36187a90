"""The list of problems as served: held in memory (a bank is small), filtered and searched.

Search matches every whitespace-separated term as a case-folded substring of the id, both titles,
the category, the tags and both statements, so it works the same for Chinese (no word breaks
needed) and English.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from tiku.service.errors import NotFound
from tiku.store import Database, Practice, Problem, ProblemVersion


@dataclass(frozen=True)
class ProblemEntry:
    id: int
    slug: str
    version_id: int
    content_hash: str
    kind: str
    category: str | None
    difficulty: str | None
    tags: tuple[str, ...]
    title: dict[str, str]
    search_text: str
    meta: dict[str, Any]

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.slug,
            "title": self.title,
            "kind": self.kind,
            "category": self.category,
            "difficulty": self.difficulty,
            "tags": list(self.tags),
        }


@dataclass(frozen=True)
class ProblemFilter:
    q: str = ""
    category: str | None = None
    difficulty: str | None = None
    tag: str | None = None
    status: str | None = None  # solved | attempted | unattempted (needs a user)


DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


class ProblemCatalog:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._entries: list[ProblemEntry] = []
        self._by_slug: dict[str, ProblemEntry] = {}
        self._lock = threading.Lock()
        self.generation = 0  # bumped on every refresh: a key for caches of rendered lists

    def refresh(self) -> None:
        with self.db.read() as s:
            rows = s.execute(
                select(Problem, ProblemVersion)
                .join(ProblemVersion, ProblemVersion.id == Problem.current_version_id)
                .where(Problem.active.is_(True))
                .order_by(Problem.position, Problem.slug)
            ).all()
        entries = [
            ProblemEntry(
                id=p.id,
                slug=p.slug,
                version_id=v.id,
                content_hash=v.content_hash,
                kind=p.kind,
                category=p.category,
                difficulty=p.difficulty,
                tags=tuple(p.tags or ()),
                title={"zh": p.title_zh, "en": p.title_en},
                search_text=p.search_text,
                meta=v.meta,
            )
            for p, v in rows
        ]
        with self._lock:
            self._entries = entries
            self._by_slug = {e.slug: e for e in entries}
            self.generation += 1

    @property
    def entries(self) -> list[ProblemEntry]:
        return self._entries

    def get(self, slug: str) -> ProblemEntry:
        entry = self._by_slug.get(slug)
        if entry is None:
            raise NotFound(f"no problem '{slug}'")
        return entry

    def categories(self) -> list[str]:
        return sorted({e.category for e in self._entries if e.category})

    def tags(self) -> list[str]:
        return sorted({t for e in self._entries for t in e.tags})

    def states(self, user_id: int | None) -> dict[int, str]:
        """``{problem id: "solved" | "attempted"}`` for a user (empty for visitors)."""
        if user_id is None:
            return {}
        with self.db.read() as s:
            rows = s.execute(
                select(Practice.problem_id, Practice.solved).where(Practice.user_id == user_id)
            ).all()
        return {pid: "solved" if solved else "attempted" for pid, solved in rows}

    def search(self, f: ProblemFilter, states: dict[int, str] | None = None) -> list[ProblemEntry]:
        terms = f.q.casefold().split()
        states = states or {}
        found = []
        for e in self._entries:
            if f.category and e.category != f.category:
                continue
            if f.difficulty and e.difficulty != f.difficulty:
                continue
            if f.tag and f.tag not in e.tags:
                continue
            if f.status:
                state = states.get(e.id, "unattempted")
                if state != f.status:
                    continue
            if terms and not all(t in e.search_text for t in terms):
                continue
            found.append(e)
        return found
