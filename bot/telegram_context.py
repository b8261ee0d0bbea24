"""The typed context every Telegram handler receives: `context.store`, `context.model`,
`context.settings` instead of string keys into `bot_data`, and what this update left in the chat
(`sent_message_ids`, `incoming_deleted`) for the quick exit's record (bot/telegram_handlers.py,
`remember_messages`).

As in python-telegram-bot's `contexttypesbot.py` example: a `CallbackContext` subclass, handed to
the application with `ContextTypes(context=BotContext)`.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from .safe_store import SafeStore
from .settings import Settings

STORE, MODEL, SETTINGS = "store", "model", "settings"


class BotContext(CallbackContext[ExtBot[Any], Dict[Any, Any], Dict[Any, Any], Dict[Any, Any]]):
    """What a handler needs besides the update. Nothing here is per chat: the chat's choices come
    from `store` (never from `chat_data`, which python-telegram-bot keeps in memory forever).

    python-telegram-bot makes one context per update and hands the same one to the handler of
    every group, so what a handler sends is seen by the record that runs after it."""

    def __init__(self, application: Application[Any, Any, Any, Any, Any, Any], chat_id: Optional[int] = None,
                 user_id: Optional[int] = None) -> None:
        super().__init__(application, chat_id, user_id)
        self.sent_message_ids: List[int] = []  # the bot's messages sent while handling this update
        self.incoming_deleted = False          # the person's message is already gone (or must not be kept)

    @property
    def store(self) -> SafeStore:
        """The chat's choices, read and written off the event loop; never raises."""
        return self.bot_data[STORE]

    @property
    def model(self) -> Any:
        """The loaded NLU model (`nlu.model.IntentModel`, or a stand-in in tests)."""
        return self.bot_data[MODEL]

    @property
    def settings(self) -> Settings:
        return self.bot_data[SETTINGS]


CONTEXT_TYPES = ContextTypes(context=BotContext)


def provide(bot_data: Dict[Any, Any], store: SafeStore, model: Any, settings: Settings) -> None:
    """Put what BotContext exposes into a new application's bot_data."""
    bot_data.update({STORE: store, MODEL: model, SETTINGS: settings})
