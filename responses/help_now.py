"""Help now, from anywhere: a message that is nothing but a plea for help gets the help-now reply.

"help", "help me", "SOS", "999", "i need help now", "helpu", "help plis", "helpa fi", "dw i angen
help", and the commands /now and /nawr. Only a message made *entirely* of plea words counts: "can
you help me with my homework" or "help me he's outside my house" go through the normal assessment
(where the safety layer still catches the danger), so a near miss costs nothing.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from nlu.textnorm import normalise
from nlu.vocabulary import Language

# The words that make a plea by themselves (at least one must be there).
_PLEA = frozenset({"help", "helpu", "helpa", "helpwch", "sos", "999", "emergency", "argyfwng", "cymorth"})
# Words that may come with them and change nothing.
_WITH = frozenset({
    "me", "i", "need", "needs", "please", "pls", "plz", "plis", "now", "asap", "urgent", "urgently",
    "someone", "somebody", "anyone", "quick", "quickly", "right", "really", "omg", "just",
    "fi", "mi", "dwi", "dw", "angen", "isio", "eisiau", "moyn", "nawr", "rwan", "yn", "brys", "rhywun",
    "os", "gweli", "gwelwch", "di", "dda",
})
# Words only a Welsh plea uses: the help-now reply then comes in Welsh.
_WELSH = frozenset({"helpu", "helpa", "helpwch", "fi", "dwi", "dw", "angen", "isio", "eisiau", "moyn", "nawr",
                    "rwan", "argyfwng", "cymorth", "brys", "rhywun", "gweli", "gwelwch"})
COMMANDS = {"now": None, "nawr": Language.CY}
_MAX_WORDS = 6
_WORD = re.compile(r"[a-z0-9]+")


class Plea(NamedTuple):
    """A plea for help now; `language` is Welsh when the plea has Welsh words, else None (keep the
    chat's language)."""
    language: Optional[Language]


def help_now_plea(text: str) -> Optional[Plea]:
    """The plea when `text` is only a plea for help, or /now, /nawr; None otherwise."""
    norm = normalise(text)
    command = norm.lstrip("/").split("@")[0] if norm.startswith("/") else None
    if command is not None:
        return Plea(COMMANDS[command]) if command in COMMANDS else None
    words = _WORD.findall(norm)
    if not words or len(words) > _MAX_WORDS or not set(words) & _PLEA:
        return None
    if not set(words) <= _PLEA | _WITH:
        return None
    return Plea(Language.CY if set(words) & _WELSH else None)


def is_help_now_plea(text: str) -> bool:
    return help_now_plea(text) is not None
