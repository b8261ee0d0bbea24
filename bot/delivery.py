"""Each update answered once, and acknowledged to Telegram only when it has been answered.

Telegram keeps an update until the bot confirms it: in webhook mode by answering the POST with
HTTP 200 (bot/webhook_server.py), in polling mode by asking getUpdates for a later offset
(bot/polling.py). Both hand each update here, and confirm it only when `deliver` says it was
answered, so an update a crash interrupted is delivered again. An update delivered again that
was answered already (the bot died between answering and confirming, or Telegram did not get the
200) is dropped by its update_id: the ids answered in the last day are kept in the store (ids
only). If the store cannot say, the update is answered again: a reply twice is better than none.

An update python-telegram-bot cannot read (malformed data) still gets the fail-safe reply
(Childline and 999) when it comes from a private chat, and is then confirmed: delivering it again
would only fail again, and in polling mode hold up every update after it.
"""
from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace
from typing import Any, Dict, Optional

from telegram import Update
from telegram.ext import Application

from .send_outcome import watching_sends
from .telegram_context import STORE
from .telegram_logic import app_language
from .telegram_sending import send_failsafe

log = logging.getLogger(__name__)
MESSAGE_KEYS = ("message", "edited_message", "business_message", "edited_business_message")


def update_id_of(data: Any) -> Optional[int]:
    """The update_id of something that claims to be an update, or None."""
    if isinstance(data, dict):
        update_id = data.get("update_id")
        if isinstance(update_id, int) and not isinstance(update_id, bool):
            return update_id
    return None


def private_chat_of(data: Dict[str, Any]) -> Optional[tuple]:
    """(chat id, Telegram app language code) of a private chat in an update's raw data, if any:
    enough to send the fail-safe reply to an update that cannot be read. Nothing else is looked at."""
    messages = [data.get(key) for key in MESSAGE_KEYS]
    query = data.get("callback_query")
    if isinstance(query, dict):
        messages.append(dict(query.get("message") or {}, **{"from": query.get("from")}))
    for message in messages:
        if not isinstance(message, dict):
            continue
        chat = message.get("chat")
        if isinstance(chat, dict) and chat.get("type") == "private" and isinstance(chat.get("id"), int):
            sender = message.get("from")
            code = sender.get("language_code") if isinstance(sender, dict) else None
            return chat["id"], str(code or "")
    return None


class Deliveries:
    """The updates in hand, each answered once (see the module docstring)."""

    def __init__(self, application: Application) -> None:
        self._application = application
        self._in_hand: Dict[int, asyncio.Future] = {}
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def in_hand(self) -> int:
        return len(self._in_hand)

    def read(self, data: Dict[str, Any]) -> Optional[Update]:
        """The update python-telegram-bot makes of the data, or None when it cannot read it."""
        try:
            return Update.de_json(data, self._application.bot)
        except Exception as error:  # a field of the wrong type, a missing one...: never log the data
            log.warning("an update could not be read (%s)", type(error).__name__)
            return None

    async def deliver(self, data: Dict[str, Any], update: Optional[Update]) -> bool:
        """Answer the update unless it was answered already. `update`: what `read` made of the
        data (None: it could not be read, and only the fail-safe can be sent). True when it is
        done with (answered, needing no answer, or never answerable); False when it should be
        delivered again later (its reply could not be sent, for a reason that may pass)."""
        update_id = update_id_of(data)
        if update_id is None:
            raise ValueError("not an update")
        running = self._in_hand.get(update_id)
        if running is not None:  # delivered again while still being answered: wait for that
            return await asyncio.shield(running)
        done: asyncio.Future = asyncio.get_running_loop().create_future()
        self._in_hand[update_id] = done
        self._idle.clear()
        answered = False
        try:
            answered = await self._answer(update_id, data, update)
        finally:
            done.set_result(answered)
            del self._in_hand[update_id]
            if not self._in_hand:
                self._idle.set()
        return answered

    async def finish(self, timeout: float) -> bool:
        """Wait (at most `timeout` seconds) until no update is in hand. True if none is left."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
            return True
        except asyncio.TimeoutError:
            return False

    async def _answer(self, update_id: int, data: Dict[str, Any], update: Optional[Update]) -> bool:
        store = self._application.bot_data[STORE]
        if await store.was_answered(update_id):
            log.info("an update delivered again was answered already: dropped")
            return True
        with watching_sends() as outcome:
            if update is None:
                await self._failsafe_for_unreadable(data)
            else:
                await self._process(update)
        if outcome.unsent:
            return False
        await store.mark_answered(update_id)
        return True

    async def _process(self, update: Update) -> None:
        """python-telegram-bot's own processing (handlers, then the error handler with the
        fail-safe), through the update processor, so emergencies get a slot first."""
        application = self._application
        await application.update_processor.process_update(update, application.process_update(update))

    async def _failsafe_for_unreadable(self, data: Dict[str, Any]) -> None:
        found = private_chat_of(data)
        if found is None:
            return
        chat_id, language_code = found
        await send_failsafe(self._application.bot, chat_id, app_language(SimpleNamespace(language_code=language_code)))
