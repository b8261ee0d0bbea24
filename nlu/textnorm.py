"""Text normalisation shared by the rule-based parts of the NLU layer (safety, audience)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

# Rule-based checks look at no more than this many characters, so that their time is bounded
# whatever arrives (tens of milliseconds at worst for the safety layer; see scripts/measure_rules.py
# --speed). Telegram caps a message at 4,096, so a Telegram message is always checked whole; the
# batch and the staff page can pass more, and then the head and the tail are kept (a risk phrase
# is more often at the start or the end of a long paste than deep in its middle).
MAX_CHECKED = 8_000

_APOSTROPHES = str.maketrans({
    "\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'", "\u2032": "'", "\u02b9": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
})
_SPACES = re.compile(r"\s+")

# Characters that show nothing but can split a word so that "kill\u200bmyself" escapes a pattern:
# zero-width spaces and joiners, direction marks and embeddings, soft hyphens, word joiners, the
# byte-order mark, variation selectors, tag characters, the combining grapheme joiner and the
# Hangul and Braille blanks. Every format character (category Cf) is dropped as well.
_INVISIBLE = frozenset(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180E, 0x180F,
     0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064,
     0x3164, 0xFEFF, 0xFFA0, 0x2800]
    + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)) + list(range(0x206A, 0x2070))
    + list(range(0xFE00, 0xFE10)) + list(range(0xE0000, 0xE0080)) + list(range(0xE0100, 0xE01F0))
)
_DROP = {cp: None for cp in _INVISIBLE}


def _visible(ch: str) -> bool:
    return not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"


def bounded(text: str, limit: int = MAX_CHECKED) -> str:
    """The text itself, or its head and tail when it is longer than `limit` characters."""
    if len(text) <= limit:
        return text
    half = limit // 2
    return text[:half] + " \n " + text[-half:]


@lru_cache(maxsize=32)  # one message is normalised by the safety layer, the concern check and audience
def normalise(text: str) -> str:
    """Lower-case, drop invisible characters, fold accents (tŷ -> ty), unify apostrophes, dashes
    and whitespace. Long texts are cut to their head and tail first (see MAX_CHECKED)."""
    text = bounded(text or "").translate(_DROP).translate(_APOSTROPHES).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if _visible(ch))
    return _SPACES.sub(" ", folded.translate(_APOSTROPHES)).strip()


def any_of(patterns: Iterable[str]) -> re.Pattern[str]:
    """One compiled regex matching any of the patterns (for normalised text)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))
