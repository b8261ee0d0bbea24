"""The one core every front end calls: text in, assessment and reply out, never an exception.

Fail safe: if the model, the catalog or anything else fails, the person still gets a reply that
names Childline and 999, in their language where it can be told.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from nlu import assess
from nlu.assessment import Assessment
from nlu.language import detect_language
from nlu.vocabulary import CHAT_AUDIENCES, Audience, Language
from responses import Reply, compose, failsafe_reply

log = logging.getLogger(__name__)


@dataclass
class ChatPrefs:
    """What a chat has chosen: its language and who is writing. Nothing else is kept."""
    language: Language = Language.EN
    audience: Audience = Audience.UNKNOWN


@dataclass(frozen=True)
class Outcome:
    reply: Reply
    assessment: Optional[Assessment] = None
    failed: bool = False


def respond(text: str, prefs: ChatPrefs | None = None, model=None, forwarded: bool = False) -> Outcome:
    """Assess and answer one message. Never raises.

    `forwarded`: the text is what someone else sent (say, the offender's threat); the reply is
    for the person who received it, in the chat's language.
    """
    prefs = prefs or ChatPrefs()
    try:
        assessment = assess(text, prefs.language, prefs.audience, model=model, from_someone_else=forwarded)
        return Outcome(reply=compose(assessment), assessment=assessment)
    except Exception as error:  # fail safe: whatever broke, the person gets Childline and 999
        log.error("reply failed, sent the fail-safe reply (%s)", type(error).__name__)
        return Outcome(reply=failsafe_reply(_best_language(text, prefs)), failed=True)


def _best_language(text: str, prefs: ChatPrefs) -> str:
    try:
        return detect_language(text, prefs.language)
    except Exception:
        return prefs.language if prefs.language in ("en", "cy") else "en"


def apply_choices(outcome: Outcome, prefs: ChatPrefs) -> None:
    """Remember what the person told us about themselves: language switches and who they are."""
    a = outcome.assessment
    if a is None:
        return
    # The assessment's language is the chat's unless the text clearly said otherwise, or the
    # person asked to switch: either way it is now the chat's language.
    prefs.language = a.language
    if a.audience in CHAT_AUDIENCES:
        prefs.audience = a.audience
