"""What the bot does with each kind of update: thin handlers around the shared core.

Every handler turns an update into a call of the core (bot.core.respond or a responses function)
and sends the result. Message text is never logged or stored; media is never downloaded. Button
presses are in bot/telegram_buttons.py; the wiring that routes updates here is bot/telegram_app.py.

Help now from anywhere: a typed plea ("help", "SOS", "helpu") is answered by the core, /now
(/nawr) here; both go on the urgent lane. The quick exit (/clear, /clirio) deletes what Telegram
still lets the bot delete, from the ids `remember_messages` kept (after every update in a private
chat: the person's message and the bot's, never any text, for 48 hours).
"""
from __future__ import annotations

import logging
import time
from typing import Any, Awaitable, Callable, Coroutine, List, Optional, Tuple

from telegram import Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden

from nlu.language import detect_language
from nlu.vocabulary import Action, Audience, Language, callback
from responses import answers as A
from responses import compose_cleared, compose_help_now, compose_helplines, compose_privacy
from responses import notices as N
from responses.compose import audience_buttons
from responses.i18n import Message as Text
from responses.i18n import gettext_for

from . import telegram_logic as logic
from .core import ChatPrefs, apply_choices, respond
from .telegram_context import BotContext
from .telegram_sending import delete_messages, send, send_failsafe, send_reply

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


def tr(prefs: ChatPrefs) -> Callable[[Text], str]:
    """Translate into the chat's language, in its reader's Welsh register ("ti" for a young person
    or anyone unknown, "chi" for a parent or member of staff)."""
    return gettext_for(prefs.language, prefs.audience)


def _chat_id(update: Update) -> int:
    assert update.effective_chat is not None
    return update.effective_chat.id


# ---------------------------------------------------------------------------------------------
# commands (private chats only)

def _command_language(update: Update) -> Optional[Language]:
    """Welsh for a Welsh command name (/iaith, /nawr), else None."""
    message = update.effective_message
    words = (message.text or "").split() if message is not None else []
    return logic.command_language(words[0]) if words else None


CommandReply = Callable[[Update, BotContext, ChatPrefs], Awaitable[None]]


def command(reply: CommandReply, urgent: bool = False) -> Handler:
    """A command handler: the chat's choices (a Welsh command name also switches the chat to
    Welsh, and that is remembered before the reply, so the next message finds it), then the reply.
    `urgent`: the reply first, and only then the switch remembered, so the store never delays it."""
    async def handler(update: Update, context: BotContext) -> None:
        prefs = await chat_prefs(update, context)
        welsh = _command_language(update)
        if welsh:
            prefs.language = welsh
            if not urgent:
                await context.store.save(_chat_id(update), prefs)
        await reply(update, context, prefs)
        if welsh and urgent:
            await context.store.save(_chat_id(update), prefs)
    handler.__name__ = handler.__qualname__ = reply.__name__
    handler.__doc__ = reply.__doc__
    return handler


def urgent_command(reply: CommandReply) -> Handler:
    return command(reply, urgent=True)


@command
async def start(update: Update, context: BotContext, prefs: ChatPrefs) -> None:
    _ = tr(prefs)
    buttons = LANGUAGE_BUTTONS + audience_buttons(prefs.language)
    buttons.append((_(A.BUTTON_HELP_NOW), callback(Action.HELP_NOW)))
    await send(context, _chat_id(update), _(N.WELCOME), buttons)


@command
async def help_command(update: Update, context: BotContext, prefs: ChatPrefs) -> None:
    await send(context, _chat_id(update), tr(prefs)(N.HELP))


@urgent_command
async def help_now(update: Update, context: BotContext, prefs: ChatPrefs) -> None:
    """/now, /nawr: 999 first, then people to talk to now, on the urgent lane."""
    await send_reply(context, _chat_id(update), compose_help_now(prefs.audience, prefs.language), urgent=True)


@command
async def helplines(update: Update, context: BotContext, prefs: ChatPrefs) -> None:
    await send_reply(context, _chat_id(update), compose_helplines(prefs.audience, prefs.language))


@command
async def language(update: Update, context: BotContext, prefs: ChatPrefs) -> None:
    await send(context, _chat_id(update), tr(prefs)(N.CHOOSE_LANGUAGE), LANGUAGE_BUTTONS)


@command
async def privacy(update: Update, context: BotContext, prefs: ChatPrefs) -> None:
    reply = compose_privacy(prefs.audience, prefs.language, context.settings.store_ttl_days)
    await send_reply(context, _chat_id(update), reply)


@command
async def forget(update: Update, context: BotContext, prefs: ChatPrefs) -> None:
    _ = tr(prefs)
    await send(context, _chat_id(update), _(N.FORGET_CONFIRM),
               [(_(N.FORGET_YES), callback(Action.FORGET, "yes")),
                (_(N.FORGET_NO), callback(Action.FORGET, "no"))])


async def clear(update: Update, context: BotContext) -> None:
    """/clear, /clirio, the quick exit for a shared phone: delete the bot's messages and the
    person's (those Telegram still allows: under 48 hours old), forget the chat's choices and
    ids, then say what went and what could not, in the chat's language and register."""
    message = update.effective_message
    assert message is not None
    chat_id = _chat_id(update)
    prefs = await chat_prefs(update, context)
    language = _command_language(update) or prefs.language
    kept = await context.store.message_ids(chat_id)
    deleted, not_deleted = await delete_messages(context.bot, chat_id, sorted({*kept, message.message_id}))
    context.incoming_deleted = True  # the /clear message was in the batch: never kept again
    await context.store.forget(chat_id)
    await send_reply(context, chat_id, compose_cleared(deleted, not_deleted, prefs.audience, language))


# ---------------------------------------------------------------------------------------------
# messages in private chats

async def text_message(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None
    chat_id = _chat_id(update)
    prefs = await chat_prefs(update, context)
    text = (message.text or "").strip()
    if not text:
        await send(context, chat_id, tr(prefs)(N.EMPTY_MESSAGE))
        return
    forwarded = message.forward_origin is not None
    outcome = respond(text, prefs, model=context.model, forwarded=forwarded)
    # an emergency, a plea for help now ("help", "SOS") or the fail-safe: the urgent lane
    await send_reply(context, chat_id, outcome.reply, urgent=outcome.urgent)
    if not forwarded:  # after the reply: remembering the chat's choices must never delay it
        apply_choices(outcome, prefs)
        await context.store.save(chat_id, prefs)


async def _delete(message: Message, context: BotContext) -> None:
    try:
        await message.delete()
        context.incoming_deleted = True
    except (BadRequest, Forbidden):
        pass  # too old, or not allowed: its id is kept, so /clear can try again


async def media_message(update: Update, context: BotContext) -> None:
    """Photos, videos, files: never downloaded; removed from the chat where Telegram allows."""
    message = update.effective_message
    assert message is not None
    prefs = await chat_prefs(update, context)
    await _delete(message, context)
    _ = tr(prefs)
    await send(context, _chat_id(update), _(N.MEDIA_NOT_ALLOWED),
               [(_(A.BUTTON_HELPLINES), callback(Action.HELPLINES))])
    caption = (message.caption or "").strip()
    if caption:  # the words sent with it still say what is happening
        outcome = respond(caption, prefs, model=context.model)
        await send_reply(context, _chat_id(update), outcome.reply, urgent=outcome.urgent)


async def personal_details_message(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None
    prefs = await chat_prefs(update, context)
    await _delete(message, context)
    _ = tr(prefs)
    await send(context, _chat_id(update), _(N.LOCATION_WARNING),
               [(_(A.BUTTON_HELP_NOW), callback(Action.HELP_NOW))])


async def ask_to_type(update: Update, context: BotContext) -> None:
    prefs = await chat_prefs(update, context)
    await send(context, _chat_id(update), tr(prefs)(N.TYPE_INSTEAD))


OTHER_KINDS: dict[str, Handler] = {"media": media_message, "personal_details": personal_details_message}


async def other_private_message(update: Update, context: BotContext) -> None:
    """Anything else (a dice, a service message): route by kind, or ask for words."""
    handler = OTHER_KINDS.get(logic.message_kind(update.effective_message), ask_to_type)
    await handler(update, context)


# ---------------------------------------------------------------------------------------------
# groups: never analysed; one note that the bot works in private chats

def group_notice(username: Optional[str]) -> str:
    link = f"https://t.me/{username}" if username else "https://t.me/"
    # sent to a group: neutral in Welsh, so no reader's register
    return "\n\n".join(gettext_for(lang, Audience.UNKNOWN)(N.GROUP_ONLY_PRIVATE).format(link=link)
                       for lang in Language)


MEMBER = (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR)


async def added_to_group(update: Update, context: BotContext) -> None:
    change = update.my_chat_member
    if change is None or change.chat.type in (ChatType.PRIVATE, ChatType.CHANNEL):
        return
    if change.new_chat_member.status in MEMBER and change.old_chat_member.status not in MEMBER:
        await send(context, change.chat.id, group_notice(context.bot.username))


async def group_message(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None:
        return
    text = message.text or message.caption or ""
    replied = message.reply_to_message
    replied_to_bot = bool(replied and replied.from_user and replied.from_user.id == context.bot.id)
    if replied_to_bot or logic.mentions_bot(text, context.bot.username):
        await send(context, _chat_id(update), group_notice(context.bot.username))


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
    chat_id = update.effective_chat.id
    sent = await send_failsafe(context.bot, chat_id, failsafe_language(update))
    if sent is not None:  # the fail-safe is the bot's message too: /clear deletes it
        await context.store.remember_messages(chat_id, [(sent, time.time())])


# ---------------------------------------------------------------------------------------------
# the quick exit's record: after every update in a private chat, the ids of what it left there

async def remember_messages(update: Update, context: BotContext) -> None:
    """Keep the ids of the person's message and of the bot's replies (never any text) for 48
    hours, so /clear can delete them. Runs after the handler that answered (a later handler
    group, the same context), so it never delays a reply; the store never raises."""
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    now = time.time()
    messages: List[Tuple[int, float]] = [(message_id, now) for message_id in context.sent_message_ids]
    incoming = update.message or update.edited_message  # the person's own message, not a button's
    if incoming is not None and not context.incoming_deleted:
        messages.append((incoming.message_id, incoming.date.timestamp()))
    if messages:
        await context.store.remember_messages(chat.id, messages)


async def purge_expired(context: BotContext) -> None:
    """A repeating job: message ids older than 48 hours (and choices past their days) are deleted
    even when no update comes to prompt it."""
    await context.store.purge_expired()
