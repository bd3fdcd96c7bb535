"""The game line by line, for screen readers, plain consoles and scripts in a pipe.

It plays the session's game with the same store as the Textual front-end, but only ever writes whole lines: no
cursor movement, no screen clearing, and colour only when asked for, on top of words and symbols that carry the
meaning on their own. Nothing here imports textual or rich.
"""

from quiz.plain.lines import should_use_plain, wants_color
from quiz.plain.play import play_plain
from quiz.plain.reading import myth_fact_words, parse_answer

__all__ = ["myth_fact_words", "parse_answer", "play_plain", "should_use_plain", "wants_color"]
