"""Try a message: the bot's reply, the same reply in the other language, and its buttons.

Pure functions over the core. A button press on the page is answered by the same table as on
Telegram (`responses.buttons.reply_to_button`); buttons that change a chat's choices (language,
audience, forget) run the message again with that choice. Nothing is kept between requests: the
page sends the message and the buttons pressed so far back with each press.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from typing_extensions import assert_never

from nlu.assessment import Assessment
from nlu.vocabulary import Action, Audience, Language, parse_callback
from responses import Reply, compose, failsafe_reply
from responses.buttons import STATE_ACTIONS, reply_to_button

from ..core import ChatPrefs, Outcome, respond

MAX_PRESSES = 12   # buttons pressed in one conversation on the page


def other_language(language: Language) -> Language:
    return Language.CY if language is Language.EN else Language.EN


@dataclass(frozen=True)
class Choices:
    """What the form chose; None means "let the bot decide"."""
    audience: Optional[Audience] = None
    language: Optional[Language] = None

    def prefs(self) -> ChatPrefs:
        return ChatPrefs(language=self.language or Language.EN, audience=self.audience or Audience.UNKNOWN)


@dataclass(frozen=True)
class Turn:
    """One step of a column's conversation: a button pressed (its label), then the bot's reply."""
    pressed: Optional[str]
    reply: Reply


@dataclass(frozen=True)
class Column:
    """The conversation as a person would see it in one language."""
    language: Language
    turns: Tuple[Turn, ...]
    note: Optional[str] = None   # a button this page cannot answer


@dataclass(frozen=True)
class Tried:
    text: str
    choices: Choices
    outcome: Outcome
    columns: Tuple[Column, Column]      # the reply's language first, then the other
    presses: Tuple[Tuple[Language, str], ...]

    @property
    def assessment(self) -> Optional[Assessment]:
        return self.outcome.assessment

    @property
    def audience(self) -> Audience:
        """Whose wording button replies use: the chat's audience as the bot would store it."""
        a = self.outcome.assessment
        return a.audience if a is not None else (self.choices.audience or Audience.UNKNOWN)


def in_other_language(outcome: Outcome, language: Language) -> Reply:
    """The same assessment answered in `language` (the fail-safe reply if the core fell back)."""
    if outcome.assessment is None:
        return failsafe_reply(language.value)
    return compose(dataclasses.replace(outcome.assessment, language=language))


def try_message(text: str, choices: Choices, model, presses: Sequence[Tuple[Language, str]] = ()) -> Tried:
    """Assess and answer `text` as the bot would, then replay the buttons pressed so far."""
    outcome = respond(text, choices.prefs(), model=model)
    # the fail-safe reply has no assessment: its language is the chat's as far as the page knows
    first = outcome.assessment.language if outcome.assessment else (choices.language or Language.EN)
    columns = []
    for language in (first, other_language(first)):
        reply = outcome.reply if language is first else in_other_language(outcome, language)
        columns.append(Column(language=language, turns=(Turn(None, reply),)))
    tried = Tried(text=text, choices=choices, outcome=outcome, columns=(columns[0], columns[1]), presses=())
    for language, data in list(presses)[:MAX_PRESSES]:
        tried = _replay(tried, language, data)
    return tried


def state_choice(data: str, choices: Choices) -> Optional[Choices]:
    """The new choices behind a button that changes them, or None for any other button."""
    try:
        action, value = parse_callback(data)
    except ValueError:
        return None
    if action not in STATE_ACTIONS:
        return None
    if action is Action.LANGUAGE:
        return dataclasses.replace(choices, language=Language.parse(value, Language.EN))
    if action is Action.AUDIENCE:
        return dataclasses.replace(choices, audience=Audience.parse(value, Audience.UNKNOWN))
    if action is Action.FORGET:
        return Choices() if value == "yes" else choices
    assert_never(action)  # a new state action: decide here what it changes


def _label(column: Column, data: str) -> str:
    for turn in column.turns:
        for label, action in turn.reply.buttons:
            if action == data:
                return label
    return data


def _replay(tried: Tried, language: Language, data: str) -> Tried:
    """One button pressed in the column of `language`: its reply is added to that column."""
    index = 0 if tried.columns[0].language is language else 1
    column = tried.columns[index]
    try:
        action, value = parse_callback(data)
        reply = reply_to_button(action, value, tried.audience, language)
    except ValueError:
        reply = None
    if reply is None:
        column = dataclasses.replace(column, note=data)
    else:
        column = dataclasses.replace(column, turns=column.turns + (Turn(_label(column, data), reply),), note=None)
    columns: List[Column] = list(tried.columns)
    columns[index] = column
    return dataclasses.replace(tried, columns=(columns[0], columns[1]), presses=tried.presses + ((language, data),))
