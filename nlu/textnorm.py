"""Text normalisation shared by the rule-based parts of the NLU layer."""
from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-case, fold accents (tŷ -> ty), unify apostrophes and whitespace."""
    text = (text or "").translate(_APOSTROPHES).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", folded).strip()


def any_of(patterns) -> "re.Pattern[str]":
    """One compiled regex matching any of the patterns (for normalised text)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))
