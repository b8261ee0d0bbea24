"""Button presses: one CallbackQueryHandler per Action, each with a pattern that matches exactly
the callback data the bot makes (bot.telegram_logic.callback_pattern, which asks
responses.buttons.is_known_callback: one source of truth).

Buttons whose answer is a reply ("What else can I do?", help now, "Talk to a person now", "Yes",
"No, it's something else" and its menu) are answered by responses.buttons.reply_to_button, the
table the console and the staff page share; the urgent ones (responses.buttons.is_urgent) go on the
urgent lane. Buttons that change the chat's choices (language, audience, forget) are handled here.
Any other callback data (a button this version no longer makes) stops the spinner and says the
button has expired.
"""
from __future__ import annotations

from typing import Dict, List

from telegram import Update
from telegram.constants import ChatType
from telegram.error import NetworkError
from telegram.ext import CallbackQueryHandler

from nlu.vocabulary import Action, Audience, Language, parse_callback
from responses import notices as N
from responses.buttons import STATE_ACTIONS, is_urgent, reply_to_button
from responses.compose import audience_buttons

from .telegram_context import BotContext
from .telegram_handlers import Handler, chat_prefs, tr
from .telegram_logic import callback_pattern
from .telegram_sending import send, send_reply

AUDIENCE_SET = {Audience.YOUNG_PERSON: N.AUDIENCE_SET_YOUNG_PERSON, Audience.PARENT: N.AUDIENCE_SET_PARENT,
                Audience.STAFF: N.AUDIENCE_SET_STAFF}


async def _acknowledge(update: Update) -> bool:
    """Stop the button's spinner; True if the press came from a private chat (the only kind the
    bot answers)."""
    query = update.callback_query
    assert query is not None
    try:
        await query.answer()
    except NetworkError:  # includes BadRequest: the press is too old to answer
        pass
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


def _pressed_chat(update: Update) -> int:
    assert update.effective_chat is not None
    return update.effective_chat.id


def _pressed(update: Update) -> tuple[int, Action, str]:
    assert update.effective_chat is not None and update.callback_query is not None
    action, value = parse_callback(update.callback_query.data or "")
    return update.effective_chat.id, action, value


async def on_language(update: Update, context: BotContext) -> None:
    if not await _acknowledge(update):
        return
    chat_id, _action, value = _pressed(update)
    prefs = await chat_prefs(update, context)
    prefs.language = Language(value)
    await context.store.save(chat_id, prefs)
    await send(context, chat_id, tr(prefs)(N.LANGUAGE_SET), audience_buttons(prefs.language))


async def on_audience(update: Update, context: BotContext) -> None:
    if not await _acknowledge(update):
        return
    chat_id, _action, value = _pressed(update)
    prefs = await chat_prefs(update, context)
    prefs.audience = Audience(value)
    await context.store.save(chat_id, prefs)
    await send(context, chat_id, tr(prefs)(AUDIENCE_SET[prefs.audience]))


async def on_forget(update: Update, context: BotContext) -> None:
    if not await _acknowledge(update):
        return
    chat_id, _action, value = _pressed(update)
    prefs = await chat_prefs(update, context)
    if value == "yes":
        await context.store.forget(chat_id)
        await send(context, chat_id, tr(prefs)(N.FORGOTTEN))
        context.sent_message_ids.clear()  # forgotten means forgotten: not even this reply's id
    else:
        await send(context, chat_id, tr(prefs)(N.FORGET_CANCELLED))


async def on_reply_button(update: Update, context: BotContext) -> None:
    """Every button whose answer is a reply: the shared table in responses.buttons."""
    if not await _acknowledge(update):
        return
    chat_id, action, value = _pressed(update)
    prefs = await chat_prefs(update, context)
    reply = reply_to_button(action, value, prefs.audience, prefs.language)
    if reply is not None:  # the pattern let through only data that has a reply
        await send_reply(context, chat_id, reply, urgent=is_urgent(action, value))


async def on_unknown(update: Update, context: BotContext) -> None:
    """Callback data the bot did not make (or no longer makes): stop the spinner and say so."""
    if not await _acknowledge(update):
        return
    prefs = await chat_prefs(update, context)
    await send(context, _pressed_chat(update), tr(prefs)(N.UNKNOWN_BUTTON))


STATE_HANDLERS: Dict[Action, Handler] = {
    Action.LANGUAGE: on_language, Action.AUDIENCE: on_audience, Action.FORGET: on_forget,
}


def handler_for(action: Action) -> Handler:
    if action in STATE_ACTIONS:
        return STATE_HANDLERS[action]  # a new state action needs its handler here
    return on_reply_button


def button_handlers() -> List[CallbackQueryHandler[BotContext, None]]:
    """One handler per action, in the vocabulary's order, then the catch-all."""
    handlers: List[CallbackQueryHandler[BotContext, None]] = [
        CallbackQueryHandler(handler_for(action), pattern=callback_pattern(action)) for action in Action]
    return handlers + [CallbackQueryHandler(on_unknown)]
