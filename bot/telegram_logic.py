"""Decisions of the Telegram front end as pure functions: what kind of message, which button."""
from __future__ import annotations

from typing import Iterable, List, Optional, Sequence, Tuple

from nlu.vocabulary import CONCERN_TOPICS, Action, callback

MEDIA = ("photo", "video", "document", "video_note", "animation", "audio", "paid_media", "story")
ASK_TO_TYPE = ("voice", "sticker", "poll", "dice", "game")
PERSONAL_DETAILS = ("location", "venue", "contact")

WELSH_COMMANDS = frozenset({"dechrau", "cymorth", "iaith", "preifatrwydd", "anghofio"})
STATIC_ACTIONS = frozenset({
    callback(Action.LANGUAGE, "en"), callback(Action.LANGUAGE, "cy"),
    callback(Action.AUDIENCE, "young_person"), callback(Action.AUDIENCE, "parent"),
    callback(Action.AUDIENCE, "staff"), callback(Action.HELPLINES), callback(Action.HELP_NOW),
    callback(Action.FORGET, "yes"), callback(Action.FORGET, "no"),
}) | {callback(Action.MORE, topic) for topic in CONCERN_TOPICS}


def message_kind(message) -> str:
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


def is_known_action(data: Optional[str]) -> bool:
    """Callback data the bot itself made. Anything else is ignored."""
    return isinstance(data, str) and data in STATIC_ACTIONS


def command_language(command: str) -> Optional[str]:
    """'cy' for a Welsh command name (/iaith), else None (keep the chat's language)."""
    return "cy" if command.lstrip("/").split("@")[0].lower() in WELSH_COMMANDS else None


def keyboard_rows(buttons: Sequence[Tuple[str, str]]) -> List[List[Tuple[str, str]]]:
    """Lay buttons out for a phone: language pair side by side, everything else one per row."""
    rows: List[List[Tuple[str, str]]] = []
    languages = [b for b in buttons if b[1].startswith("lang:")]
    if languages:
        rows.append(list(languages))
    rows.extend([b] for b in buttons if not b[1].startswith("lang:"))
    return rows


def mentions_bot(text: str, entities: Iterable, username: Optional[str]) -> bool:
    """Whether a group message @mentions this bot."""
    if not username or not text:
        return False
    handle = "@" + username.lower()
    for entity in entities or ():
        if getattr(entity, "type", None) == "mention":
            if text[entity.offset: entity.offset + entity.length].lower() == handle:
                return True
    return handle in text.lower()
