"""Talking to Telegram: replies with their buttons, retries on network errors, the fail-safe, and
deleting messages for the quick exit.

Flood limits are the rate limiter's job (bot/rate_limit.py); an urgent reply has a lane of its own
there. Every message sent while handling an update is noted in the update's context, so that its
id can be kept for the quick exit (/clear). The fail-safe sender depends on nothing that can fail
but the network: not the store, the catalogs or the model.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Optional, Sequence, Tuple

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.ext import ExtBot

from nlu.vocabulary import Language
from responses import Reply, failsafe_reply

from .rate_limit import URGENT
from .telegram_context import BotContext
from .telegram_logic import DELETE_AT_ONCE, chunks, keyboard_rows

log = logging.getLogger(__name__)
SEND_ATTEMPTS = 3
Buttons = Sequence[Tuple[str, str]]  # (label, callback data)


def markup(buttons: Buttons) -> Optional[InlineKeyboardMarkup]:
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data) for label, data in row]
                                 for row in keyboard_rows(buttons)])


async def _post(bot: ExtBot[Any], chat_id: int, text: str, buttons: Buttons, urgent: bool) -> Message:
    """Send one message, retrying network errors (not Telegram's refusals: BadRequest is a
    NetworkError in python-telegram-bot, and retrying it would only be refused again)."""
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await bot.send_message(chat_id, text, reply_markup=markup(buttons),
                                          disable_web_page_preview=True,
                                          rate_limit_args=URGENT if urgent else None)
        except NetworkError as error:
            if isinstance(error, BadRequest) or attempt == SEND_ATTEMPTS:
                raise
            await asyncio.sleep(0.5 * attempt)
    raise AssertionError("unreachable")  # the loop returns or raises


async def send(context: BotContext, chat_id: int, text: str, buttons: Buttons = (), urgent: bool = False) -> None:
    """Send one message for the update being handled; its id is noted for the quick exit."""
    message = await _post(context.bot, chat_id, text, buttons, urgent)
    context.sent_message_ids.append(message.message_id)


async def send_reply(context: BotContext, chat_id: int, reply: Reply, urgent: bool = False) -> None:
    await send(context, chat_id, reply.text, reply.buttons, urgent=urgent)


async def send_failsafe(bot: ExtBot[Any], chat_id: int, language: Language) -> Optional[int]:
    """Childline and 999 in plain words, on the urgent lane. Never raises: the message's id if it
    was sent, else None."""
    try:
        reply = failsafe_reply(language)
        return (await _post(bot, chat_id, reply.text, reply.buttons, urgent=True)).message_id
    except Exception as error:  # the fail-safe itself failed: log the type, never the update
        log.error("could not send the fail-safe reply: %s", type(error).__name__)
        return None


async def delete_messages(bot: ExtBot[Any], chat_id: int, message_ids: Sequence[int]) -> Tuple[int, int]:
    """Delete messages from a private chat: (deleted, not deleted). Up to 100 at a time with
    deleteMessages; when Telegram refuses a batch (say, one message in it is more than 48 hours
    old), that batch one by one with deleteMessage, so every message it allows still goes and every
    refusal is counted. A message that is already gone counts as neither."""
    deleted = not_deleted = 0
    for batch in chunks(message_ids, DELETE_AT_ONCE):
        try:
            await bot.delete_messages(chat_id, batch)
            deleted += len(batch)
            continue
        except TelegramError as error:
            log.info("deleting %d messages at once failed (%s); deleting them one by one",
                     len(batch), type(error).__name__)
        for message_id in batch:
            outcome = await _delete_one(bot, chat_id, message_id)
            if outcome is True:
                deleted += 1
            elif outcome is False:
                not_deleted += 1
    return deleted, not_deleted


async def _delete_one(bot: ExtBot[Any], chat_id: int, message_id: int) -> Optional[bool]:
    """True: deleted; False: Telegram would not (too old, or it failed); None: already gone."""
    try:
        await bot.delete_message(chat_id, message_id)
        return True
    except BadRequest as error:
        return None if "not found" in (error.message or "").lower() else False
    except TelegramError:
        return False
