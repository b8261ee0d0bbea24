"""Translation: English is the source language; Welsh comes from the compiled gettext catalog.

Strings are marked with `N_` where they are defined (tables built at import time) and translated
with `gettext_for(language)` when a reply is composed. A missing Welsh catalog raises
`CatalogMissing`: the bot never silently answers a Welsh speaker in English.
"""
from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path
from typing import Callable

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"
SUPPORTED = ("en", "cy")


class CatalogMissing(RuntimeError):
    """The compiled catalog for a supported language is not there (run `make catalogs`)."""


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet."""
    return message


@lru_cache(maxsize=None)
def translations(language: str) -> gettext.NullTranslations:
    if language not in SUPPORTED:
        raise ValueError(f"unsupported language {language!r}")
    if language == "en":
        return gettext.NullTranslations()
    try:
        return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[language])
    except FileNotFoundError as error:
        raise CatalogMissing(
            f"no compiled '{language}' catalog in {LOCALE_DIR}; run `make catalogs`"
        ) from error


class _Facts(dict):
    """Numbers from the service directory for {emergency}-style placeholders; any other
    placeholder ({number}, {days}...) is left for its own .format() later."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@lru_cache(maxsize=1)
def _facts() -> _Facts:
    from .services import SERVICES

    return _Facts(
        emergency=SERVICES["police_999"].contacts[0][1]["number"],
        non_emergency=SERVICES["police_101"].contacts[0][1]["number"],
    )


def gettext_for(language: str) -> Callable[[str], str]:
    """Translate a marked string into `language`, with the directory's numbers filled in."""
    gettext = translations(language).gettext
    facts = _facts()

    def translate(message: str) -> str:
        return gettext(message).format_map(facts)

    return translate


def check_catalogs() -> None:
    """Raise CatalogMissing now rather than on the first Welsh message."""
    for language in SUPPORTED:
        translations(language)
