"""What the bot does with each kind of update: thin handlers around the shared core.

Every handler turns an update into a call of the core (bot.core.respond or a responses function)
and sends the result. Message text is never logged or stored; media is never downloaded. Button
presses are in bot/telegram_buttons.py; the wiring that routes updates here is bot/telegram_app.py.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Coroutine, Optional

from telegram import Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden

from nlu.language import detect_language
from nlu.vocabulary import Action, Language, callback
from responses import answers as A
from responses import compose_helplines
from responses import notices as N
from responses.compose import audience_buttons
from responses.i18n import gettext_for

from . import telegram_logic as logic
from .core import ChatPrefs, apply_choices, respond
from .telegram_context import BotContext
from .telegram_sending import send, send_failsafe, send_reply

log = logging.getLogger(__name__)
Handler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]
LANGUAGE_BUTTONS = [("English", callback(Action.LANGUAGE, Language.EN)),
                    ("Cymraeg", callback(Action.LANGUAGE, Language.CY))]


# ---------------------------------------------------------------------------------------------
# the chat's choices

async def chat_prefs(update: Update, context: BotContext) -> ChatPrefs:
    """The chat's stored choices; a new chat whose Telegram app is in Welsh starts in Welsh."""
    assert update.effective_chat is not None  # every handler here is for a chat
    prefs = await context.store.load(update.effective_chat.id)
    if prefs is None:
        prefs = ChatPrefs(language=logic.app_language(update.effective_user))
    return prefs


def tr(prefs: ChatPrefs) -> Callable[[str], str]:
    return gettext_for(prefs.language)


def _chat_id(update: Update) -> int:
    assert update.effective_chat is not None
    return update.effective_chat.id


# ---------------------------------------------------------------------------------------------
# commands (private chats only)

async def _command_prefs(update: Update, context: BotContext) -> ChatPrefs:
    """The chat's choices; a Welsh command name (/iaith) also switches the chat to Welsh."""
    prefs = await chat_prefs(update, context)
    message = update.effective_message
    words = (message.text or "").split() if message is not None else []
    language = logic.command_language(words[0]) if words else None
    if language:
        prefs.language = language
        await context.store.save(_chat_id(update), prefs)
    return prefs


async def start(update: Update, context: BotContext) -> None:
    prefs = await _command_prefs(update, context)
    _ = tr(prefs)
    buttons = LANGUAGE_BUTTONS + audience_buttons(prefs.language)
    buttons.append((_(A.BUTTON_HELP_NOW), callback(Action.HELP_NOW)))
    await send(context.bot, _chat_id(update), _(N.WELCOME), buttons)


async def help_command(update: Update, context: BotContext) -> None:
    prefs = await _command_prefs(update, context)
    await send(context.bot, _chat_id(update), tr(prefs)(N.HELP))


async def helplines(update: Update, context: BotContext) -> None:
    prefs = await _command_prefs(update, context)
    await send_reply(context.bot, _chat_id(update), compose_helplines(prefs.audience, prefs.language))


async def language(update: Update, context: BotContext) -> None:
    prefs = await _command_prefs(update, context)
    await send(context.bot, _chat_id(update), tr(prefs)(N.CHOOSE_LANGUAGE), LANGUAGE_BUTTONS)


async def privacy(update: Update, context: BotContext) -> None:
    prefs = await _command_prefs(update, context)
    days = context.settings.store_ttl_days
    await send(context.bot, _chat_id(update), tr(prefs)(N.PRIVACY).format(days=days))


async def forget(update: Update, context: BotContext) -> None:
    prefs = await _command_prefs(update, context)
    _ = tr(prefs)
    await send(context.bot, _chat_id(update), _(N.FORGET_CONFIRM),
               [(_(N.FORGET_YES), callback(Action.FORGET, "yes")),
                (_(N.FORGET_NO), callback(Action.FORGET, "no"))])


# ---------------------------------------------------------------------------------------------
# messages in private chats

async def text_message(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None
    chat_id = _chat_id(update)
    prefs = await chat_prefs(update, context)
    text = (message.text or "").strip()
    if not text:
        await send(context.bot, chat_id, tr(prefs)(N.EMPTY_MESSAGE))
        return
    forwarded = message.forward_origin is not None
    outcome = respond(text, prefs, model=context.model, forwarded=forwarded)
    urgent = outcome.failed or (outcome.assessment is not None and outcome.assessment.is_emergency)
    await send_reply(context.bot, chat_id, outcome.reply, urgent=urgent)
    if not forwarded:  # after the reply: remembering the chat's choices must never delay it
        apply_choices(outcome, prefs)
        await context.store.save(chat_id, prefs)


async def _delete(message: Message) -> None:
    try:
        await message.delete()
    except (BadRequest, Forbidden):
        pass  # too old, or not allowed: nothing else to do, and nothing was kept


async def media_message(update: Update, context: BotContext) -> None:
    """Photos, videos, files: never downloaded; removed from the chat where Telegram allows."""
    message = update.effective_message
    assert message is not None
    prefs = await chat_prefs(update, context)
    await _delete(message)
    _ = tr(prefs)
    await send(context.bot, _chat_id(update), _(N.MEDIA_NOT_ALLOWED),
               [(_(A.BUTTON_HELPLINES), callback(Action.HELPLINES))])
    caption = (message.caption or "").strip()
    if caption:  # the words sent with it still say what is happening
        outcome = respond(caption, prefs, model=context.model)
        await send_reply(context.bot, _chat_id(update), outcome.reply)


async def personal_details_message(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None
    prefs = await chat_prefs(update, context)
    await _delete(message)
    _ = tr(prefs)
    await send(context.bot, _chat_id(update), _(N.LOCATION_WARNING),
               [(_(A.BUTTON_HELP_NOW), callback(Action.HELP_NOW))])


async def ask_to_type(update: Update, context: BotContext) -> None:
    prefs = await chat_prefs(update, context)
    await send(context.bot, _chat_id(update), tr(prefs)(N.TYPE_INSTEAD))


OTHER_KINDS: dict[str, Handler] = {"media": media_message, "personal_details": personal_details_message}


async def other_private_message(update: Update, context: BotContext) -> None:
    """Anything else (a dice, a service message): route by kind, or ask for words."""
    handler = OTHER_KINDS.get(logic.message_kind(update.effective_message), ask_to_type)
    await handler(update, context)


# ---------------------------------------------------------------------------------------------
# groups: never analysed; one note that the bot works in private chats

def group_notice(username: Optional[str]) -> str:
    link = f"https://t.me/{username}" if username else "https://t.me/"
    return "\n\n".join(gettext_for(lang)(N.GROUP_ONLY_PRIVATE).format(link=link) for lang in Language)


MEMBER = (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR)


async def added_to_group(update: Update, context: BotContext) -> None:
    change = update.my_chat_member
    if change is None or change.chat.type in (ChatType.PRIVATE, ChatType.CHANNEL):
        return
    if change.new_chat_member.status in MEMBER and change.old_chat_member.status not in MEMBER:
        await send(context.bot, change.chat.id, group_notice(context.bot.username))


async def group_message(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None:
        return
    text = message.text or message.caption or ""
    replied = message.reply_to_message
    replied_to_bot = bool(replied and replied.from_user and replied.from_user.id == context.bot.id)
    if replied_to_bot or logic.mentions_bot(text, context.bot.username):
        await send(context.bot, _chat_id(update), group_notice(context.bot.username))


# ---------------------------------------------------------------------------------------------
# errors: the person still gets Childline and 999

def failsafe_language(update: Update) -> Language:
    """The fail-safe's language, from the update alone (never the store, which may be what
    failed): the words' language where it can be told, else the Telegram app's."""
    fallback = logic.app_language(update.effective_user)
    message = update.effective_message
    text = (message.text or message.caption or "") if message is not None else ""
    try:
        return detect_language(text, fallback)
    except Exception:
        return fallback


async def on_error(update: object, context: BotContext) -> None:
    log.error("error while handling an update: %s", type(context.error).__name__)
    if not isinstance(update, Update) or update.effective_chat is None \
            or update.effective_chat.type != ChatType.PRIVATE:
        return
    await send_failsafe(context.bot, update.effective_chat.id, failsafe_language(update))
