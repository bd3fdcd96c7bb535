"""A student in a tab of `quiz serve`: the screens of a game as the texts that show them, and the keys to play it.

Used by figure 7 (bench/serve_scale.py) over bench/serve_client.py's tabs; the texts come from the game's own
strings, so the benchmark follows the screens when their wording changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.serve_client import Found, Tab, either, shows

STARTING, WAIT = 180.0, 60.0
"""Seconds to wait for a game's first screens, and for any other, before the run is declared broken: 60 games
starting at once on two cores take about a minute, an answer under the heaviest load a few seconds."""


@dataclass(frozen=True)
class Texts:
    """What each screen shows, in the language the server is started in."""

    name: str
    start: tuple[str, str]
    progress: str
    myth_fact: str
    choice: str
    verdicts: tuple[str, str]

    @classmethod
    def of(cls, lang: str) -> Texts:
        """The texts in `lang`, from the game's own strings."""
        from quiz.i18n import tr

        return cls(
            name=tr("player.heading", lang),
            start=(tr("start.mode", lang), tr("start.begin", lang)),
            progress=tr("question.progress", lang, n="{n}", total=""),
            myth_fact=tr("question.prompt_myth_fact", lang),
            choice=tr("question.prompt_choice", lang),
            verdicts=(tr("feedback.right", lang), tr("feedback.wrong", lang)),
        )

    def _progress(self, number: int) -> str:
        return self.progress.replace("{n}", str(number))

    def question(self, number: int) -> Found:
        """The test for question `number` being up, its prompt included."""
        progress = self._progress(number)
        return either(shows(progress, self.myth_fact), shows(progress, self.choice))

    def verdict(self) -> Found:
        """The test for an answer's verdict, right or wrong."""
        return either(*(shows(verdict) for verdict in self.verdicts))

    def key(self, output: bytes, number: int) -> str:
        """The key that answers question `number` as `output` shows it: M for myth or fact, else the first choice.

        Only what follows the question's own progress line counts: under load, frames of the screen before it
        (another kind of question, perhaps) still arrive after the key that left it.
        """
        shown = output[max(0, output.find(self._progress(number).encode())) :]
        myth, choice = shown.find(self.myth_fact.encode()), shown.find(self.choice.encode())
        return "m" if myth >= 0 and (choice < 0 or myth < choice) else "1"


@dataclass(frozen=True)
class Player:
    """One tab and what it saw."""

    tab: Tab
    texts: Texts
    question: int = 1

    async def enter(self, name: str) -> None:
        """Type the name, start the game, and wait for the first question."""
        await self.tab.press(name)
        await self.tab.press("\r")
        await self.tab.wait(shows(*self.texts.start), STARTING, "the start screen")
        await self.tab.press("s")
        await self.tab.wait(self.texts.question(1), STARTING, "the first question")

    async def answer(self) -> float:
        """Answer the question on screen (M or the first choice); seconds until the verdict arrived."""
        sent = await self.tab.press(self.texts.key(self.tab.output(), self.question))
        return await self.tab.wait(self.texts.verdict(), WAIT, "the verdict") - sent

    async def next(self) -> tuple[Player, float]:
        """Go on to the next question; the player there, and seconds until it arrived."""
        sent = await self.tab.press("\r")
        arrived = await self.tab.wait(self.texts.question(self.question + 1), WAIT, "the next question")
        return Player(self.tab, self.texts, self.question + 1), arrived - sent
