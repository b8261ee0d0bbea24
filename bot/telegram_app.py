"""The Telegram front end (python-telegram-bot 22). Thin handlers around the shared core.

Every handler turns an update into a call of the core (bot.core.respond or a responses function)
and sends the result. Message text is never logged or stored; media is never downloaded.
"""
from __future__ import annotations

import asyncio
import logging
import sys
from typing import Optional, Sequence, Tuple

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden, NetworkError, TimedOut
from telegram.ext import (Application, ApplicationBuilder, CallbackQueryHandler,
                          ChatMemberHandler, CommandHandler, ContextTypes, MessageHandler, filters)

from responses import (Reply, compose_help_now, compose_helplines, compose_more, failsafe_reply)
from responses import answers as A
from responses import notices as N
from responses.compose import audience_buttons
from responses.i18n import gettext_for

from . import telegram_logic as logic
from .core import ChatPrefs, apply_choices, respond
from .rate_limit import URGENT, UrgentFirstRateLimiter
from .priority import EmergencyFirstProcessor, EmergencyFirstQueue
from .settings import Settings, SettingsError, load_settings
from .store import ChatStore

log = logging.getLogger(__name__)
SEND_ATTEMPTS = 3
CONCURRENT_UPDATES = 16  # handlers mostly wait on the rate limiter; a waiting emergency gets the next slot
PRIVATE = filters.ChatType.PRIVATE


# ---------------------------------------------------------------------------------------------
# sending

def markup(buttons: Sequence[Tuple[str, str]]) -> Optional[InlineKeyboardMarkup]:
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=action) for label, action in row]
                                 for row in logic.keyboard_rows(buttons)])


async def send(context: ContextTypes.DEFAULT_TYPE, chat_id: int, text: str,
               buttons: Sequence[Tuple[str, str]] = (), urgent: bool = False) -> None:
    """Send with retries on network errors. Flood limits are the rate limiter's job; an urgent
    reply has a lane of its own there."""
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            await context.bot.send_message(chat_id, text, reply_markup=markup(buttons),
                                           disable_web_page_preview=True,
                                           rate_limit_args=URGENT if urgent else None)
            return
        except (TimedOut, NetworkError) as error:
            if isinstance(error, (BadRequest, Forbidden)) or attempt == SEND_ATTEMPTS:
                raise
            await asyncio.sleep(0.5 * attempt)


async def send_reply(context, chat_id: int, reply: Reply, urgent: bool = False) -> None:
    await send(context, chat_id, reply.text, reply.buttons, urgent=urgent)


# ---------------------------------------------------------------------------------------------
# per-chat choices

def store_of(context) -> ChatStore:
    return context.application.bot_data["store"]


def prefs_for(update: Update, context) -> ChatPrefs:
    """The chat's stored choices; a new chat whose Telegram app is in Welsh starts in Welsh."""
    store = store_of(context)
    chat_id = update.effective_chat.id
    prefs = store.get(chat_id)
    if not store.exists(chat_id):
        user = update.effective_user
        if user is not None and (user.language_code or "").lower().startswith("cy"):
            prefs.language = "cy"
    return prefs


def tr(prefs: ChatPrefs):
    return gettext_for(prefs.language)


# ---------------------------------------------------------------------------------------------
# commands

def _command_prefs(update, context) -> ChatPrefs:
    prefs = prefs_for(update, context)
    command = (update.effective_message.text or "").split()[0] if update.effective_message else ""
    language = logic.command_language(command)
    if language:
        prefs.language = language
        store_of(context).put(update.effective_chat.id, prefs)
    return prefs


async def start(update: Update, context) -> None:
    prefs = _command_prefs(update, context)
    _ = tr(prefs)
    buttons = [("English", "lang:en"), ("Cymraeg", "lang:cy")] + audience_buttons(prefs.language)
    buttons.append((_(A.BUTTON_HELP_NOW), "help_now"))
    await send(context, update.effective_chat.id, _(N.WELCOME), buttons)


async def help_command(update: Update, context) -> None:
    prefs = _command_prefs(update, context)
    await send(context, update.effective_chat.id, tr(prefs)(N.HELP))


async def helplines(update: Update, context) -> None:
    prefs = _command_prefs(update, context)
    await send_reply(context, update.effective_chat.id, compose_helplines(prefs.audience, prefs.language))


async def language(update: Update, context) -> None:
    prefs = _command_prefs(update, context)
    await send(context, update.effective_chat.id, tr(prefs)(N.CHOOSE_LANGUAGE),
               [("English", "lang:en"), ("Cymraeg", "lang:cy")])


async def privacy(update: Update, context) -> None:
    prefs = _command_prefs(update, context)
    days = context.application.bot_data["settings"].store_ttl_days
    await send(context, update.effective_chat.id, tr(prefs)(N.PRIVACY).format(days=days))


async def forget(update: Update, context) -> None:
    prefs = _command_prefs(update, context)
    _ = tr(prefs)
    await send(context, update.effective_chat.id, _(N.FORGET_CONFIRM),
               [(_(N.FORGET_YES), "forget:yes"), (_(N.FORGET_NO), "forget:no")])


# ---------------------------------------------------------------------------------------------
# messages in private chats

async def text_message(update: Update, context) -> None:
    message = update.effective_message
    chat_id = update.effective_chat.id
    prefs = prefs_for(update, context)
    text = (message.text or "").strip()
    if not text:
        await send(context, chat_id, tr(prefs)(N.EMPTY_MESSAGE))
        return
    forwarded = message.forward_origin is not None
    outcome = respond(text, prefs, model=context.application.bot_data["model"], forwarded=forwarded)
    if not forwarded:
        apply_choices(outcome, prefs)
        store_of(context).put(chat_id, prefs)
    urgent = outcome.failed or (outcome.assessment is not None and outcome.assessment.urgency == "emergency")
    await send_reply(context, chat_id, outcome.reply, urgent=urgent)


async def media_message(update: Update, context) -> None:
    """Photos, videos, files: never downloaded; removed from the chat where Telegram allows."""
    message = update.effective_message
    prefs = prefs_for(update, context)
    try:
        await message.delete()
    except (BadRequest, Forbidden):
        pass  # too old, or not allowed: nothing else to do, and nothing was kept
    _ = tr(prefs)
    await send(context, update.effective_chat.id, _(N.MEDIA_NOT_ALLOWED),
               [(_(A.BUTTON_HELPLINES), "helplines")])
    caption = (message.caption or "").strip()
    if caption:  # the words sent with it still say what is happening
        outcome = respond(caption, prefs, model=context.application.bot_data["model"])
        await send_reply(context, update.effective_chat.id, outcome.reply)


async def personal_details_message(update: Update, context) -> None:
    message = update.effective_message
    prefs = prefs_for(update, context)
    try:
        await message.delete()
    except (BadRequest, Forbidden):
        pass
    await send(context, update.effective_chat.id, tr(prefs)(N.LOCATION_WARNING),
               [(tr(prefs)(A.BUTTON_HELP_NOW), "help_now")])


async def ask_to_type(update: Update, context) -> None:
    prefs = prefs_for(update, context)
    await send(context, update.effective_chat.id, tr(prefs)(N.TYPE_INSTEAD))


async def other_private_message(update: Update, context) -> None:
    """Anything else (a dice, a service message): route by kind, or ask for words."""
    kind = logic.message_kind(update.effective_message)
    handler = {"media": media_message, "personal_details": personal_details_message}.get(kind, ask_to_type)
    await handler(update, context)


# ---------------------------------------------------------------------------------------------
# buttons

async def button(update: Update, context) -> None:
    query = update.callback_query
    data = query.data
    try:
        await query.answer()
    except (BadRequest, NetworkError):
        pass
    if not logic.is_known_action(data) or update.effective_chat is None \
            or update.effective_chat.type != ChatType.PRIVATE:
        return  # not ours: ignore safely
    chat_id = update.effective_chat.id
    store = store_of(context)
    prefs = prefs_for(update, context)
    kind, _sep, value = data.partition(":")
    if kind == "lang":
        prefs.language = value
        store.put(chat_id, prefs)
        await send(context, chat_id, tr(prefs)(N.LANGUAGE_SET), audience_buttons(prefs.language))
    elif kind == "aud":
        prefs.audience = value
        store.put(chat_id, prefs)
        notice = {"young_person": N.AUDIENCE_SET_YOUNG_PERSON, "parent": N.AUDIENCE_SET_PARENT,
                  "staff": N.AUDIENCE_SET_STAFF}[value]
        await send(context, chat_id, tr(prefs)(notice))
    elif kind == "more":
        await send_reply(context, chat_id, compose_more(value, prefs.audience, prefs.language))
    elif kind == "helplines":
        await send_reply(context, chat_id, compose_helplines(prefs.audience, prefs.language))
    elif kind == "help_now":
        await send_reply(context, chat_id, compose_help_now(prefs.audience, prefs.language), urgent=True)
    elif data == "forget:yes":
        store.forget(chat_id)
        await send(context, chat_id, tr(prefs)(N.FORGOTTEN))
    elif data == "forget:no":
        await send(context, chat_id, tr(prefs)(N.FORGET_CANCELLED))


# ---------------------------------------------------------------------------------------------
# groups: never analysed; one note that the bot works in private chats

def group_notice(username: Optional[str]) -> str:
    link = f"https://t.me/{username}" if username else "https://t.me/"
    return "\n\n".join(gettext_for(lang)(N.GROUP_ONLY_PRIVATE).format(link=link) for lang in ("en", "cy"))


async def added_to_group(update: Update, context) -> None:
    change = update.my_chat_member
    if change is None or change.chat.type == ChatType.PRIVATE:
        return
    was_in = change.old_chat_member.status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR)
    now_in = change.new_chat_member.status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR)
    if now_in and not was_in and change.chat.type != ChatType.CHANNEL:
        await send(context, change.chat.id, group_notice(context.bot.username))


async def group_message(update: Update, context) -> None:
    message = update.effective_message
    if message is None:
        return
    text = message.text or message.caption or ""
    replied_to_bot = bool(message.reply_to_message and message.reply_to_message.from_user
                          and message.reply_to_message.from_user.id == context.bot.id)
    if replied_to_bot or logic.mentions_bot(text, message.entities or message.caption_entities,
                                            context.bot.username):
        await send(context, update.effective_chat.id, group_notice(context.bot.username))


# ---------------------------------------------------------------------------------------------
# errors: the person still gets Childline and 999

async def on_error(update: object, context) -> None:
    log.error("error while handling an update: %s", type(context.error).__name__)
    if not isinstance(update, Update) or update.effective_chat is None \
            or update.effective_chat.type != ChatType.PRIVATE:
        return
    try:
        prefs = store_of(context).get(update.effective_chat.id)
        await send_reply(context, update.effective_chat.id, failsafe_reply(prefs.language), urgent=True)
    except Exception as error:  # the fail-safe itself failed: log the type, never the update
        log.error("could not send the fail-safe reply: %s", type(error).__name__)


# ---------------------------------------------------------------------------------------------
# application

COMMANDS = [("start", N.CMD_START), ("help", N.CMD_HELP), ("helplines", N.CMD_HELPLINES),
            ("language", N.CMD_LANGUAGE), ("privacy", N.CMD_PRIVACY), ("forget", N.CMD_FORGET)]
WELSH_NAMES = {"start": "dechrau", "help": "cymorth", "language": "iaith", "privacy": "preifatrwydd",
               "forget": "anghofio"}


async def register_commands(application: Application) -> None:
    """Command menus in English and Welsh. A failure is logged, never fatal."""
    try:
        await application.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])
        _ = gettext_for("cy")
        await application.bot.set_my_commands(
            [BotCommand(WELSH_NAMES.get(c, c), _(d)) for c, d in COMMANDS], language_code="cy")
    except Exception as error:
        log.warning("could not register the command menu: %s", type(error).__name__)


def build_application(settings: Settings, model, store: ChatStore, request=None) -> Application:
    """The application with every handler. `request`: a python-telegram-bot BaseRequest to use
    instead of HTTP (the offline layer of the unit tests). `settings.flood_limits=False` lifts
    the rate limiter's pacing but keeps its retries on 429: only for measuring the bot's own
    capacity against the local emulator."""
    builder = (ApplicationBuilder().token(settings.token)
               .rate_limiter(UrgentFirstRateLimiter(flood_limits=settings.flood_limits))
               .update_queue(EmergencyFirstQueue())
               .concurrent_updates(EmergencyFirstProcessor(CONCURRENT_UPDATES))
               .post_init(register_commands))
    if settings.api_url:
        builder = builder.base_url(settings.api_url).base_file_url(settings.file_url)
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    application = builder.build()
    application.bot_data.update(model=model, store=store, settings=settings)

    def command(names, callback):
        application.add_handler(CommandHandler(names, callback, filters=PRIVATE))

    command(["start", "dechrau"], start)
    command(["help", "cymorth"], help_command)
    command(["helplines"], helplines)
    command(["language", "iaith"], language)
    command(["privacy", "preifatrwydd"], privacy)
    command(["forget", "anghofio"], forget)
    application.add_handler(MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, text_message))
    application.add_handler(MessageHandler(
        PRIVATE & (filters.PHOTO | filters.VIDEO | filters.Document.ALL | filters.VIDEO_NOTE
                   | filters.ANIMATION | filters.AUDIO), media_message))
    application.add_handler(MessageHandler(PRIVATE & (filters.LOCATION | filters.CONTACT | filters.VENUE),
                                           personal_details_message))
    application.add_handler(MessageHandler(PRIVATE & (filters.VOICE | filters.Sticker.ALL | filters.POLL),
                                           ask_to_type))
    application.add_handler(MessageHandler(PRIVATE & filters.COMMAND, help_command))  # unknown commands
    application.add_handler(MessageHandler(PRIVATE & ~filters.StatusUpdate.ALL, other_private_message))
    application.add_handler(MessageHandler(filters.ChatType.GROUPS, group_message))
    application.add_handler(CallbackQueryHandler(button))
    application.add_handler(ChatMemberHandler(added_to_group, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_error_handler(on_error)
    return application


def run(settings: Settings, model, store: ChatStore) -> None:
    application = build_application(settings, model, store)
    if settings.mode == "webhook":
        application.run_webhook(listen=settings.listen, port=settings.port, url_path=settings.webhook_path,
                                webhook_url=settings.webhook_url, secret_token=settings.secret_token,
                                allowed_updates=Update.ALL_TYPES)
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)


def main() -> int:
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    from .__main__ import _load_model

    model = _load_model()  # before polling begins; exits with a clear error if missing
    store = ChatStore(settings.store_path, settings.store_ttl_days)
    print(f"Telegram bot running ({settings.mode}); Ctrl+C to stop", file=sys.stderr)
    run(settings, model, store)
    return 0
