"""Decisions of the Telegram front end as pure functions: what kind of message, which button."""
from __future__ import annotations

import re
from typing import Any, Callable, List, Optional, Sequence, Tuple

from nlu.vocabulary import Action, Language, callback
from responses.buttons import is_known_callback

MEDIA = ("photo", "video", "document", "video_note", "animation", "audio", "paid_media", "story")
ASK_TO_TYPE = ("voice", "sticker", "poll", "dice", "game")
PERSONAL_DETAILS = ("location", "venue", "contact")

WELSH_COMMANDS = frozenset({"dechrau", "cymorth", "nawr", "clirio", "iaith", "preifatrwydd", "anghofio"})
DELETE_AT_ONCE = 100  # Telegram's limit of message ids in one deleteMessages call
CALLBACK_DATA_BYTES = 64  # Telegram's limit of a button's callback data


def callback_pattern(action: Action) -> Callable[[object], bool]:
    """The `CallbackQueryHandler` pattern for one action: exactly the callback data the bot makes.

    One source of truth: responses.buttons.is_known_callback, the table every front end shares,
    and the data must be what `callback(action, value)` makes of its own value (so "helplines:" or
    "no:" is not taken for "helplines" or "no")."""
    def matches(data: object) -> bool:
        if not isinstance(data, str) or len(data.encode()) > CALLBACK_DATA_BYTES:
            return False
        kind, _sep, value = data.partition(":")
        return (kind == action.value and callback(action, value or None) == data
                and is_known_callback(data))
    return matches


def message_kind(message: Any) -> str:
    """'text', 'media', 'ask_to_type', 'personal_details' or 'other' for a Telegram Message."""
    if getattr(message, "text", None) is not None:
        return "text"
    for attribute in MEDIA:
        if getattr(message, attribute, None):
            return "media"
    for attribute in PERSONAL_DETAILS:
        if getattr(message, attribute, None):
            return "personal_details"
    for attribute in ASK_TO_TYPE:
        if getattr(message, attribute, None):
            return "ask_to_type"
    return "other"


def command_language(command: str) -> Optional[Language]:
    """Welsh for a Welsh command name (/iaith), else None (keep the chat's language)."""
    return Language.CY if command.lstrip("/").split("@")[0].lower() in WELSH_COMMANDS else None


def app_language(user: Any) -> Language:
    """The language of the person's Telegram app, where it is Welsh; English otherwise."""
    code = (getattr(user, "language_code", None) or "").lower()
    return Language.CY if code.startswith("cy") else Language.EN


def keyboard_rows(buttons: Sequence[Tuple[str, str]]) -> List[List[Tuple[str, str]]]:
    """Lay buttons out for a phone: language pair side by side, everything else one per row."""
    prefix = Action.LANGUAGE.value + ":"
    rows: List[List[Tuple[str, str]]] = []
    languages = [b for b in buttons if b[1].startswith(prefix)]
    if languages:
        rows.append(list(languages))
    rows.extend([b] for b in buttons if not b[1].startswith(prefix))
    return rows


def chunks(items: Sequence[int], size: int) -> List[List[int]]:
    """`items` in order, in lists of at most `size`."""
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def mentions_bot(text: str, username: Optional[str]) -> bool:
    """Whether a group message @mentions this bot (not a longer name that starts the same)."""
    if not username or not text:
        return False
    return re.search(rf"@{re.escape(username)}(?!\w)", text, re.IGNORECASE) is not None
