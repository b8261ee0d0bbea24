"""What a button press answers: one table shared by Telegram, the console and the staff page.

Buttons that only change a chat's choices (language, audience, forget) are the front end's job;
every button whose answer is a reply is answered here, from (action, value, audience, language)
alone: the value carries what the earlier reply was about (responses/situation.py).

| action   | value                 | answer                                                    |
|----------|-----------------------|-----------------------------------------------------------|
| more     | situation[.page]      | what the first reply left out, then further steps         |
| helplines| -                     | every service for this audience                           |
| help_now | -                     | 999 first, then people to talk to now                     |
| talk     | "" or "a" (adult)     | the human services for this audience, how to reach them now |
| yes      | situation             | a short acknowledgement and what next                     |
| no       | "" or "a"             | the menu: which of these is closest?                      |
| pick     | choice[/a]            | that reply at once                                        |
"""
from __future__ import annotations

from typing import Callable, Dict, Final, Optional, Set

from nlu.vocabulary import CONCERN_TOPICS, Action, Audience, Detail, Language, parse_callback

from .compose import compose_help_now, compose_helplines, compose_more, compose_talk_now, parse_more_value
from .feedback import DANGER, compose_acknowledgement, compose_choice, compose_menu
from .reply import Reply
from .situation import parse_flags


def _more(value: str, audience: Audience, language: Language) -> Optional[Reply]:
    s, _page = parse_more_value(value)
    return compose_more(value, audience, language) if s is not None and s.topic in CONCERN_TOPICS else None


def _talk(value: str, audience: Audience, language: Language) -> Optional[Reply]:
    parsed = parse_flags(value)
    if parsed is None or parsed[0]:
        return None
    return compose_talk_now(audience, language, adult=Detail.ADULT in parsed[1])


_REPLIES: Dict[Action, Callable[[str, Audience, Language], Optional[Reply]]] = {
    Action.MORE: _more,
    Action.HELPLINES: lambda value, audience, language: compose_helplines(audience, language),
    Action.HELP_NOW: lambda value, audience, language: compose_help_now(audience, language),
    Action.TALK_NOW: _talk,
    Action.RIGHT: compose_acknowledgement,
    Action.WRONG: compose_menu,
    Action.CHOICE: compose_choice,
}
# Actions a front end handles itself (they change what the chat has chosen). A tuple of members
# (Final), so that for mypy `action in STATE_ACTIONS` narrows and a front end's branch over them can
# end in `assert_never`. Every action is in `_REPLIES` or here (tests/test_tables_complete.py).
STATE_ACTIONS: Final = (Action.LANGUAGE, Action.AUDIENCE, Action.FORGET)
_STATE_VALUES: Dict[Action, Set[str]] = {
    Action.LANGUAGE: {language.value for language in Language},
    Action.AUDIENCE: {Audience.YOUNG_PERSON.value, Audience.PARENT.value, Audience.STAFF.value},
    Action.FORGET: {"yes", "no"},
}


def reply_to_button(action: Action, value: str, audience: object, language: object) -> Optional[Reply]:
    """The reply behind a button, or None for a state action or a value the bot never made."""
    answer = _REPLIES.get(action)
    if answer is None:
        return None
    return answer(value or "", Audience.parse(audience, Audience.UNKNOWN), Language.parse(language, Language.EN))


def is_known_callback(data: Optional[str]) -> bool:
    """Callback data the bot itself could have made; anything else is to be ignored."""
    try:
        action, value = parse_callback(data or "")
    except ValueError:
        return False
    if action in STATE_ACTIONS:
        return value in _STATE_VALUES[action]
    if action in (Action.HELPLINES, Action.HELP_NOW):
        return value == ""
    return reply_to_button(action, value, Audience.UNKNOWN, Language.EN) is not None


def is_urgent(action: Action, value: str = "") -> bool:
    """Replies that go past the flood-limit queue (see bot/rate_limit.py): help now, a person now,
    and the menu's "I'm in danger or want to hurt myself"."""
    if action in (Action.HELP_NOW, Action.TALK_NOW):
        return True
    return action is Action.CHOICE and (value or "").partition("/")[0] == DANGER


__all__ = ["reply_to_button", "is_known_callback", "is_urgent", "STATE_ACTIONS"]
