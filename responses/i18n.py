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


def gettext_for(language: str) -> Callable[[str], str]:
    return translations(language).gettext


def check_catalogs() -> None:
    """Raise CatalogMissing now rather than on the first Welsh message."""
    for language in SUPPORTED:
        translations(language)
