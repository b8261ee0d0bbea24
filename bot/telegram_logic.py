"""Decisions of the Telegram front end as pure functions: what kind of message, which button."""
from __future__ import annotations

import re
from typing import Any, Dict, FrozenSet, List, Optional, Sequence, Tuple

from nlu.vocabulary import CHAT_AUDIENCES, CONCERN_TOPICS, Action, Language

MEDIA = ("photo", "video", "document", "video_note", "animation", "audio", "paid_media", "story")
ASK_TO_TYPE = ("voice", "sticker", "poll", "dice", "game")
PERSONAL_DETAILS = ("location", "venue", "contact")

WELSH_COMMANDS = frozenset({"dechrau", "cymorth", "iaith", "preifatrwydd", "anghofio"})

# The values the bot itself puts after "kind:" in callback data. An action missing here takes
# no value or is answered by responses.buttons.reply_to_button, which refuses values it never made.
BUTTON_VALUES: Dict[Action, FrozenSet[str]] = {
    Action.LANGUAGE: frozenset(Language),
    Action.AUDIENCE: frozenset(CHAT_AUDIENCES),
    Action.MORE: frozenset(CONCERN_TOPICS),
    Action.FORGET: frozenset({"yes", "no"}),
}
NO_VALUE = frozenset({Action.HELPLINES, Action.HELP_NOW})
_VALUE = r"[a-z0-9_]{1,40}"


def callback_pattern(action: Action) -> str:
    """The `CallbackQueryHandler` pattern for one action: exactly the callback data the bot makes."""
    kind = re.escape(action.value)
    if action in BUTTON_VALUES:
        values = "|".join(sorted(re.escape(v) for v in BUTTON_VALUES[action]))
        return rf"^{kind}:(?:{values})\Z"
    if action in NO_VALUE:
        return rf"^{kind}\Z"
    return rf"^{kind}(?::{_VALUE})?\Z"


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


def mentions_bot(text: str, username: Optional[str]) -> bool:
    """Whether a group message @mentions this bot (not a longer name that starts the same)."""
    if not username or not text:
        return False
    return re.search(rf"@{re.escape(username)}(?!\w)", text, re.IGNORECASE) is not None
