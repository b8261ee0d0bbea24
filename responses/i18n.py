"""Translation: English is the source language; Welsh comes from the compiled gettext catalog.

Strings are marked with `N_` where they are defined (tables built at import time) and translated
with `gettext_for(language, audience)` when a reply is composed. A missing Welsh catalog raises
`CatalogMissing`: the bot never silently answers a Welsh speaker in English.

Welsh register: a young person is addressed with "ti", a parent or member of staff with "chi",
and one reply never mixes them. A string that only one audience reads is written in that
audience's register. A string that more than one audience reads is either neutral in Welsh
(verb-nouns: "cadw'r dystiolaeth") and marked `N_`, or comes in one version per register:

    DANGER_LINE = by_register(NP_("ti", "If you are in danger right now, call {emergency}."),
                              NP_("chi", "If you are in danger right now, call {emergency}."))

`NP_(context, message)` is extracted by Babel as a message with a gettext context (msgctxt), so
the catalog holds both Welsh versions; `gettext_for(language, audience)` picks the reader's.
"""
from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Callable, Union

from nlu.vocabulary import Audience, Language, reader

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"
SUPPORTED = ("en", "cy")


class CatalogMissing(RuntimeError):
    """The compiled catalog for a supported language is not there (run `make catalogs`)."""


REGISTERS = ("ti", "chi")


def register_of(audience: object) -> str:
    """'ti' for a young person (and anyone unknown), 'chi' for parents and staff."""
    return "ti" if reader(audience) is Audience.YOUNG_PERSON else "chi"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet."""
    return message


class InContext(str):
    """A marked string with a gettext context (msgctxt): the English text, plus `.context`."""
    context: str

    def __new__(cls, context: str, message: str) -> InContext:
        made = super().__new__(cls, message)
        made.context = context
        return made


def NP_(context: str, message: str) -> InContext:
    """Mark a string with a context (the Welsh register, "ti" or "chi") for extraction."""
    if context not in REGISTERS:
        raise ValueError(f"context must be one of {REGISTERS}, not {context!r}")
    return InContext(context, message)


@dataclass(frozen=True)
class ByRegister:
    """One string in both registers; the English of both is the same."""
    ti: InContext
    chi: InContext

    def __post_init__(self) -> None:
        if (self.ti.context, self.chi.context) != REGISTERS or str(self.ti) != str(self.chi):
            raise ValueError("by_register needs NP_('ti', text) and NP_('chi', the same text)")

    def for_register(self, register: str) -> InContext:
        return self.ti if register == "ti" else self.chi

    def __str__(self) -> str:
        return str(self.ti)


def by_register(ti: InContext, chi: InContext) -> ByRegister:
    return ByRegister(ti, chi)


Message = Union[str, ByRegister]


@cache
def translations(language: str) -> gettext.NullTranslations:
    language = str(language)
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
    """Numbers from the service directory for {emergency}-style placeholders, and how long message
    ids are kept for the quick exit ({clear_hours}); any other placeholder ({number}, {days}...) is
    left for its own .format() later."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@lru_cache(maxsize=1)
def _facts() -> _Facts:
    from .notices import MESSAGE_ID_HOURS
    from .services import SERVICES

    return _Facts(
        emergency=SERVICES["police_999"].contacts[0][1]["number"],
        non_emergency=SERVICES["police_101"].contacts[0][1]["number"],
        clear_hours=str(MESSAGE_ID_HOURS),
    )


def gettext_for(language: object, audience: object = Audience.UNKNOWN) -> Callable[[Message], str]:
    """Translate a marked string into `language` for `audience`'s register, with the directory's
    numbers filled in."""
    catalog = translations(Language(language).value)
    register = register_of(audience)
    facts = _facts()

    def translate(message: Message) -> str:
        if isinstance(message, ByRegister):
            message = message.for_register(register)
        if isinstance(message, InContext):
            text = catalog.pgettext(message.context, str(message))
        else:
            text = catalog.gettext(message)
        return text.format_map(facts)

    return translate


def check_catalogs() -> None:
    """Raise CatalogMissing now rather than on the first Welsh message."""
    for language in SUPPORTED:
        translations(language)
