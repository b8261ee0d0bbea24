"""The page's own language: an English/Cymraeg switch, Welsh by default when the browser asks."""
from __future__ import annotations

from typing import Callable, Optional

from nlu.vocabulary import Language
from responses.i18n import translations


def from_accept_language(header: Optional[str]) -> Language:
    """Welsh when the browser prefers Welsh to English (Accept-Language: cy, en;q=0.8)."""
    best: Optional[Language] = None
    best_q = 0.0
    for part in (header or "").split(","):
        tag, _sep, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in ("cy", "en"):
            continue
        q = 1.0
        for param in params.split(";"):
            name, _eq, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > best_q:  # ties keep the earlier one: the browser lists its preference first
            best, best_q = Language(primary), q
    return best or Language.EN


def choose(cookie: Optional[str], accept_language: Optional[str]) -> Language:
    """The switch's choice (a cookie) when there is one, otherwise the browser's preference."""
    chosen = Language.parse(cookie, Language.EN) if cookie in ("en", "cy") else None
    return chosen or from_accept_language(accept_language)


def page_gettext(language: object) -> Callable[[str], str]:
    """Translate the page's own text (marked with N_ or in the templates); staff read it: 'chi'."""
    return translations(Language.parse(language, Language.EN).value).gettext
