"""The Telegram bot's wiring (python-telegram-bot 22): the application, its handlers in order,
start-up and the run (taking updates and stopping: bot/lifecycle.py). What each handler does is
in bot/telegram_handlers.py (messages, commands, groups, errors) and bot/telegram_buttons.py
(button presses); sending, retries and the fail-safe sender in bot/telegram_sending.py; pure
decisions in bot/telegram_logic.py.
"""
from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any, Optional

from telegram import Bot, BotCommand, Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from nlu.vocabulary import Audience, Language
from responses import notices as N
from responses.i18n import gettext_for

from . import telegram_handlers as h
from .lifecycle import serve
from .priority import EmergencyFirstProcessor, EmergencyFirstQueue, UpdateRanks
from .privacy import guard_handlers
from .rate_limit import UrgentFirstRateLimiter
from .safe_store import SafeStore
from .settings import Settings, SettingsError, load_settings
from .startup import check_quickly, load_model, startup_error
from .store import ChatStore
from .telegram_buttons import button_handlers
from .telegram_context import CONTEXT_TYPES, STORE, provide

log = logging.getLogger(__name__)
CONCURRENT_UPDATES = 16  # updates being worked on at once (waiting to send holds none); emergencies first
PRIVATE = filters.ChatType.PRIVATE

PURGE_EVERY = 60  # seconds between purges of expired rows (message ids are kept 48 hours, no longer)
RECORD = 1  # the handler group that runs after the answer: the quick exit's record of message ids

# (English name, Welsh name or None, description in the menu, handler), in the menu's order
COMMANDS = [
    ("start", "dechrau", N.CMD_START, h.start),
    ("now", "nawr", N.CMD_NOW, h.help_now),
    ("help", "cymorth", N.CMD_HELP, h.help_command),
    ("helplines", None, N.CMD_HELPLINES, h.helplines),
    ("clear", "clirio", N.CMD_CLEAR, h.clear),
    ("language", "iaith", N.CMD_LANGUAGE, h.language),
    ("privacy", "preifatrwydd", N.CMD_PRIVACY, h.privacy),
    ("forget", "anghofio", N.CMD_FORGET, h.forget),
]


def command_menu(language: Language) -> list[BotCommand]:
    """The command menu for a Telegram app in `language`: Welsh names and words in Welsh. Set per
    app language, before anyone says who they are, so the descriptions are neutral in Welsh."""
    _ = gettext_for(language, Audience.UNKNOWN)
    welsh = language is Language.CY
    return [BotCommand((cy or name) if welsh else name, _(text)) for name, cy, text, _h in COMMANDS]


async def register_commands(application: Application) -> None:
    """Command menus in English and Welsh. A failure is logged, never fatal."""
    try:
        await application.bot.set_my_commands(command_menu(Language.EN))
        await application.bot.set_my_commands(command_menu(Language.CY), language_code=Language.CY.value)
    except Exception as error:
        log.warning("could not register the command menu: %s", type(error).__name__)


async def close_store(application: Application) -> None:
    await application.bot_data[STORE].close()


def add_handlers(application: Application) -> None:
    """Every handler that answers, in one group: the first that matches an update handles it, so
    order matters. Then, in a group of its own, the record of message ids for the quick exit."""
    add = application.add_handler

    # 1. Commands in private chats, by their English and Welsh names.
    for name, welsh, _text, callback in COMMANDS:
        add(CommandHandler([name, welsh] if welsh else [name], callback, filters=PRIVATE))

    # 2. Messages in private chats: words first, then what the bot never looks at.
    add(MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, h.text_message))
    add(MessageHandler(PRIVATE & (filters.PHOTO | filters.VIDEO | filters.Document.ALL | filters.VIDEO_NOTE
                                  | filters.ANIMATION | filters.AUDIO), h.media_message))
    add(MessageHandler(PRIVATE & (filters.LOCATION | filters.CONTACT | filters.VENUE), h.personal_details_message))
    add(MessageHandler(PRIVATE & (filters.VOICE | filters.Sticker.ALL | filters.POLL), h.ask_to_type))
    add(MessageHandler(PRIVATE & filters.COMMAND, h.help_command))  # unknown commands
    add(MessageHandler(PRIVATE & ~filters.StatusUpdate.ALL, h.other_private_message))

    # 3. Groups: never analysed; a pointer to a private chat when the bot is added or addressed.
    add(MessageHandler(filters.ChatType.GROUPS, h.group_message))
    add(ChatMemberHandler(h.added_to_group, ChatMemberHandler.MY_CHAT_MEMBER))

    # 4. Button presses: one handler per action, then a catch-all that only stops the spinner.
    for handler in button_handlers():
        add(handler)

    # 5. Errors: the fail-safe reply.
    application.add_error_handler(h.on_error)

    # 6. After the answer (a later group, the same context): keep the ids of the messages the
    #    update left in a private chat, for the quick exit; and purge expired ids regularly.
    application.add_handler(TypeHandler(Update, h.remember_messages), group=RECORD)
    if application.job_queue is not None:
        application.job_queue.run_repeating(h.purge_expired, interval=PURGE_EVERY, first=PURGE_EVERY,
                                            name="purge expired")


def build_application(settings: Settings, model: Any, store: ChatStore | SafeStore,
                      request: Optional[BaseRequest] = None) -> Application:
    """The application with every handler. `request`: a python-telegram-bot BaseRequest to use
    instead of HTTP (the offline layer of the unit tests). `settings.flood_limits=False` lifts
    the rate limiter's pacing but keeps its retries on 429: only for measuring the bot's own
    capacity against the local emulator. A plain ChatStore stays its owner's to close; a SafeStore
is closed when the application shuts down."""
    ranks = UpdateRanks()  # each update ranked once, when queued; the processor reads the rank
    builder = (ApplicationBuilder().token(settings.token)
               .context_types(CONTEXT_TYPES)
               .rate_limiter(UrgentFirstRateLimiter(flood_limits=settings.flood_limits))
               .update_queue(EmergencyFirstQueue(ranks))
               .concurrent_updates(EmergencyFirstProcessor(CONCURRENT_UPDATES, ranks))
               .post_init(register_commands)
               .post_shutdown(close_store))
    if settings.api_url and settings.file_url:
        builder = builder.base_url(settings.api_url).base_file_url(settings.file_url)
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    application = builder.build()
    safe_store = store if isinstance(store, SafeStore) else SafeStore.wrapping(store)
    provide(application.bot_data, safe_store, model, settings)
    add_handlers(application)
    return application


def run(settings: Settings, model: Any, store: SafeStore) -> None:
    """Take updates until SIGTERM or SIGINT (bot/lifecycle.py): each acknowledged to Telegram
    only once answered (bot/delivery.py), by our webhook server (bot/webhook_server.py) or our
    polling (bot/polling.py) rather than python-telegram-bot's, which acknowledge on receipt."""
    application = build_application(settings, model, store)
    guard_handlers()  # any log handler a library added while loading: no text through it either
    asyncio.run(serve(application, settings))


def main() -> int:
    """Start the Telegram bot: settings, store, catalogs, model, then updates. A start-up problem
    is one `error:` line and exit code 2 (bot/startup.py)."""
    try:
        settings = load_settings()
    except SettingsError as error:
        startup_error(str(error))
    # The store first: a problem with it is said once in the log, and the bot runs without it.
    store = SafeStore(lambda: ChatStore(settings.store_path, settings.store_ttl_days))
    store.open_at_start()
    check_quickly()  # catalogs, the model file
    asyncio.run(check_telegram(settings))  # seconds, where loading the model takes ten or more
    model = load_model()  # before any update is taken
    print(f"Telegram bot running ({settings.mode}); Ctrl+C to stop", file=sys.stderr)
    try:
        run(settings, model, store)
    except InvalidToken:
        startup_error("Telegram did not accept TELEGRAM_BOT_TOKEN (check it with @BotFather)")
    except (NetworkError, OSError) as error:  # no network, or the webhook port is taken
        startup_error(f"could not start the Telegram bot ({type(error).__name__}: {error})")
    return 0


async def check_telegram(settings: Settings) -> None:
    """Ask Telegram who the bot is (getMe) before the slow model load: a refused token or an
    unreachable Bot API is an `error:` line at once."""
    bot = Bot(settings.token)
    if settings.api_url and settings.file_url:
        bot = Bot(settings.token, base_url=settings.api_url, base_file_url=settings.file_url)
    try:
        async with bot:  # initialising a Bot calls getMe
            pass
    except InvalidToken:
        startup_error("Telegram did not accept TELEGRAM_BOT_TOKEN (check it with @BotFather)")
    except NetworkError as error:
        startup_error(f"could not reach the Telegram Bot API ({type(error).__name__}: {error})")
