"""Sending to Telegram: replies with their buttons, retries on network errors, and the fail-safe.

Flood limits are the rate limiter's job (bot/rate_limit.py); an urgent reply has a lane of its own
there. The fail-safe sender depends on nothing that can fail but the network: not the store, the
catalogs or the model.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Optional, Sequence, Tuple

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError
from telegram.ext import ExtBot

from nlu.vocabulary import Language
from responses import Reply, failsafe_reply

from .rate_limit import URGENT
from .telegram_logic import keyboard_rows

log = logging.getLogger(__name__)
SEND_ATTEMPTS = 3
Buttons = Sequence[Tuple[str, str]]  # (label, callback data)


def markup(buttons: Buttons) -> Optional[InlineKeyboardMarkup]:
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data) for label, data in row]
                                 for row in keyboard_rows(buttons)])


async def send(bot: ExtBot[Any], chat_id: int, text: str, buttons: Buttons = (), urgent: bool = False) -> None:
    """Send one message, retrying network errors (not Telegram's refusals: BadRequest is a
    NetworkError in python-telegram-bot, and retrying it would only be refused again)."""
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            await bot.send_message(chat_id, text, reply_markup=markup(buttons),
                                   disable_web_page_preview=True,
                                   rate_limit_args=URGENT if urgent else None)
            return
        except NetworkError as error:
            if isinstance(error, BadRequest) or attempt == SEND_ATTEMPTS:
                raise
            await asyncio.sleep(0.5 * attempt)


async def send_reply(bot: ExtBot[Any], chat_id: int, reply: Reply, urgent: bool = False) -> None:
    await send(bot, chat_id, reply.text, reply.buttons, urgent=urgent)


async def send_failsafe(bot: ExtBot[Any], chat_id: int, language: Language) -> bool:
    """Childline and 999 in plain words, on the urgent lane. Never raises: True if it was sent."""
    try:
        await send_reply(bot, chat_id, failsafe_reply(language), urgent=True)
        return True
    except Exception as error:  # the fail-safe itself failed: log the type, never the update
        log.error("could not send the fail-safe reply: %s", type(error).__name__)
        return False
