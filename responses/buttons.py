"""What a button press answers: one table shared by Telegram, the console and the staff page.

Buttons that only change a chat's choices (language, audience, forget) are the front end's job;
every button whose answer is a reply is answered here, from the action and the chat's choices.
"""
from __future__ import annotations

from typing import Callable, Dict, Optional

from nlu.vocabulary import CONCERN_TOPICS, Action, Audience, Language, Topic

from .compose import compose_help_now, compose_helplines, compose_more
from .reply import Reply

_REPLIES: Dict[Action, Callable[[str, Audience, Language], Optional[Reply]]] = {
    Action.MORE: lambda value, audience, language: (
        compose_more(Topic(value), audience, language) if value in CONCERN_TOPICS else None),
    Action.HELPLINES: lambda value, audience, language: compose_helplines(audience, language),
    Action.HELP_NOW: lambda value, audience, language: compose_help_now(audience, language),
}
# Actions a front end handles itself (they change what the chat has chosen).
STATE_ACTIONS = frozenset({Action.LANGUAGE, Action.AUDIENCE, Action.FORGET})


def reply_to_button(action: Action, value: str, audience: object, language: object) -> Optional[Reply]:
    """The reply behind a button, or None for a state action or a value the bot never made."""
    answer = _REPLIES.get(action)
    if answer is None:
        return None
    return answer(value, Audience.parse(audience, Audience.UNKNOWN), Language.parse(language, Language.EN))


def is_urgent(action: Action) -> bool:
    """Replies that go past the flood-limit queue (see bot/rate_limit.py)."""
    return action is Action.HELP_NOW
