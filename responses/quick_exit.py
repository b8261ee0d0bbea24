"""The quick exit for a shared phone (/clear, /clirio), and the privacy notice that goes with it.

The front end deletes what Telegram still lets it delete (the bot's messages and the person's, in
a private chat, under 48 hours old), forgets the chat's choices, then sends `compose_cleared`:
how many messages went, how many could not, how to delete the whole chat in the app, and that
keeping evidence is about the offender's messages, not this chat.
"""
from __future__ import annotations

from . import notices as N
from .i18n import gettext_for
from .reply import Reply


def compose_cleared(deleted: int, not_deleted: int, audience: object, language: str) -> Reply:
    """The reply after /clear. `deleted` and `not_deleted` are counts of messages."""
    _ = gettext_for(language, audience)
    blocks = [_(N.CLEARED).format(deleted=max(0, int(deleted)))]
    if not_deleted > 0:
        blocks.append(_(N.NOT_DELETED).format(not_deleted=int(not_deleted)))
    blocks += [_(N.DELETE_CHAT_IN_APP), _(N.EVIDENCE_IS_THEIR_MESSAGES)]
    return Reply(text="\n\n".join(blocks), signposts=[], advice=["keep_evidence"], buttons=[])


def compose_privacy(audience: object, language: str, days: int) -> Reply:
    """/privacy: what is kept (language, audience; message ids for the quick exit, for
    `notices.MESSAGE_ID_HOURS`), and for how long (`days`, the store's setting)."""
    _ = gettext_for(language, audience)
    return Reply(text=_(N.PRIVACY).format(days=days), signposts=[], advice=[], buttons=[])
