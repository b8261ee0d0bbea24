"""The one vocabulary every layer speaks: languages, topics, urgencies, reasons, audiences, actions,
details.

`nlu/` decides them, `responses/` answers by them, `bot/` stores and routes by them, and the tests
import them from here. Each is a `str` enum, so a member equals its plain value
(`Topic.SEXTORTION == "sextortion"`), formats as it ("{}".format(...)), and goes into JSON as it.

Adding a member is an error until every layer handles it: branches over a vocabulary enum end in
`assert_never` (mypy, run by `make lint`, names the member no branch takes), and tables keyed by
these enums are typed with their keys and checked for completeness by tests/test_tables_complete.py
(a type checker cannot see a missing dict key).
"""
from __future__ import annotations

from enum import Enum
from typing import Dict, Final, FrozenSet, Literal, Optional, Type, TypeVar, get_args

_V = TypeVar("_V", bound="_Value")


class _Value(str, Enum):
    # hash and compare as the plain value, so plain strings and members find the same dict entries
    __hash__ = str.__hash__

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    @classmethod
    def parse(cls: Type[_V], value: object, default: Optional[_V] = None) -> _V:
        """The member for a plain value, or `default` when it is not one."""
        try:
            return cls(value)
        except ValueError:
            if default is None:
                raise
            return default


class Language(_Value):
    EN = "en"
    CY = "cy"


class Topic(_Value):
    """What is happening."""
    SEXTORTION = "sextortion"
    GROOMING = "grooming"
    IMAGE_SHARED = "image_shared"
    # A message that is only danger now, or only self-harm, with no other concern in it.
    IMMEDIATE_DANGER = "immediate_danger"
    SELF_HARM = "self_harm"
    ADVICE = "advice"
    SMALLTALK = "smalltalk"
    OUT_OF_SCOPE = "out_of_scope"


class Urgency(_Value):
    """How urgent, decided apart from the topic."""
    EMERGENCY = "emergency"
    NORMAL = "normal"


class Reason(_Value):
    """Why a message is an emergency: danger now, self-harm, or both."""
    DANGER = "danger"
    SELF_HARM = "self_harm"


class Audience(_Value):
    """Who is writing."""
    YOUNG_PERSON = "young_person"
    PARENT = "parent"
    STAFF = "staff"
    UNKNOWN = "unknown"


class Action(_Value):
    """The kinds of button a reply can carry. Callback data is `kind` or `kind:value`."""
    LANGUAGE = "lang"          # lang:en, lang:cy
    AUDIENCE = "aud"           # aud:young_person, aud:parent, aud:staff
    MORE = "more"              # more:<concern topic>
    HELPLINES = "helplines"
    HELP_NOW = "help_now"
    FORGET = "forget"          # forget:yes, forget:no
    # "Did I get that right?" on every concern and uncertain reply (responses/feedback.py)
    RIGHT = "yes"              # yes:<situation>   "Yes": a short acknowledgement and what next
    WRONG = "no"               # no:<flags>        "No, it's something else": the menu
    CHOICE = "pick"            # pick:<choice>/<flags>  a menu choice: that reply at once
    TALK_NOW = "talk"          # talk:<flags>      "Talk to a person now": human services, how to reach them now


class Detail(_Value):
    """Facts stated in a message that change the route (nlu/details.py), apart from topic and urgency."""
    ADULT = "adult"                  # the person concerned is 18 or over: the adult image route
    ALREADY_PAID = "already_paid"    # they already paid or sent more
    AI_IMAGE = "ai_image"            # the image was made or faked with AI


# Topics whose reply is safeguarding guidance. A tuple of members (Final), so that for mypy
# `topic in CONCERN_TOPICS` narrows as `is` does and a branch over topics can end in `assert_never`.
CONCERN_TOPICS: Final = (Topic.SEXTORTION, Topic.GROOMING, Topic.IMAGE_SHARED, Topic.IMMEDIATE_DANGER, Topic.SELF_HARM)
# The emergency-only topics and the reason each one stands for.
REASON_OF_TOPIC: Dict[Topic, Reason] = {Topic.IMMEDIATE_DANGER: Reason.DANGER, Topic.SELF_HARM: Reason.SELF_HARM}
TOPIC_OF_REASON: Dict[Reason, Topic] = {reason: topic for topic, reason in REASON_OF_TOPIC.items()}
# Audiences a chat can choose, and so whose wording a reply uses; UNKNOWN is read as a young person
# (the one most at risk). Tables of wording are keyed by `Reader`, so mypy refuses an UNKNOWN key.
Reader = Literal[Audience.YOUNG_PERSON, Audience.PARENT, Audience.STAFF]
CHAT_AUDIENCES: FrozenSet[Audience] = frozenset(get_args(Reader))


def reader(audience: object) -> Reader:
    """Whose wording a reply uses: parent and staff their own, anyone else a young person's."""
    parsed = Audience.parse(audience, Audience.UNKNOWN)
    return parsed if parsed is Audience.PARENT or parsed is Audience.STAFF else Audience.YOUNG_PERSON


def callback(action: Action, value: object = None) -> str:
    """Callback data for a button: 'helplines', 'more:sextortion'."""
    return action.value if value is None else f"{action.value}:{value}"


def parse_callback(data: str) -> tuple[Action, str]:
    """(Action, value) from callback data; raises ValueError for data the bot did not make."""
    kind, _sep, value = (data or "").partition(":")
    return Action(kind), value
