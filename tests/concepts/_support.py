"""Small helpers shared by the concept-code tests."""

from __future__ import annotations


class FakeClock:
    """A manually advanced clock, injected wherever the code under test asks for ``clock()``."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
