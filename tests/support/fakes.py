"""Stand-ins for the questions the app asks the supporter."""

from __future__ import annotations


class Confirm:
    """Stands in for the confirmation dialog: records each question and answers as told.

    ``Confirm(True)`` gives every question the same answer (``answer`` can be changed between
    steps); ``Confirm(False, True)`` answers in turn, and a question beyond them fails the test.
    """

    def __init__(self, answer: bool, *then: bool) -> None:
        self.answer = answer
        self.then = list(then)
        self.in_turn = bool(then)
        self.questions: list[str] = []

    def __call__(self, question: str) -> bool:
        self.questions.append(question)
        if not self.in_turn or len(self.questions) == 1:
            return self.answer
        assert self.then, f"one question more than answers: {question!r}"
        return self.then.pop(0)


class MonotonicClock:
    """A stand-in for ``time.monotonic``: seconds that move only when the test moves them."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
