"""The local console: chat with the bot in a terminal, through the very same core.

Buttons are shown numbered; type /1, /2 ... to press one. /now (/nawr) is help now, /clear
(/clirio) the quick exit (here: the chat's choices are forgotten and the reply shown).
"""
from __future__ import annotations

import sys
from typing import IO, Any, Dict, List, Optional, Tuple

from typing_extensions import assert_never

from nlu.assessment import Assessment
from nlu.vocabulary import Action, Audience, Language, Reader, Topic, parse_callback, reader
from responses import Reply, compose_cleared, compose_help_now, compose_helplines, compose_more, reply_to_button
from responses import notices as N
from responses.buttons import STATE_ACTIONS
from responses.compose import audience_buttons
from responses.i18n import gettext_for

from .core import ChatPrefs, apply_choices, respond

BANNER = (
    "Local console of the help-and-signposting bot (the same core as on Telegram).\n"
    "Type a message in English or Welsh. Commands: /now, /helplines, /more, /clear, /quit;\n"
    "/1, /2 ... press a button.\n"
)
WELSH_COMMANDS = {"/nawr": "/now", "/clirio": "/clear"}


def explain_line(a: Assessment) -> str:
    flags = " uncertain" if a.uncertain else ""
    details = f" details={','.join(sorted(d.value for d in a.details))}" if a.details else ""
    reasons = f" reasons={','.join(sorted(r.value for r in a.reasons))}" if a.reasons else ""
    return (f"[intent={a.intent} confidence={a.confidence:.2f} topic={a.topic} "
            f"language={a.language} urgency={a.urgency}{reasons} audience={a.audience}{details}{flags}]")


def format_reply(reply: Reply) -> str:
    lines = [reply.text]
    if reply.buttons:
        lines.append("  ".join(f"[{number} {label}]" for number, (label, _) in enumerate(reply.buttons, 1)))
    return "\n".join(lines)


_AUDIENCE_SET: Dict[Reader, str] = {
    Audience.YOUNG_PERSON: N.AUDIENCE_SET_YOUNG_PERSON, Audience.PARENT: N.AUDIENCE_SET_PARENT,
    Audience.STAFF: N.AUDIENCE_SET_STAFF,
}


def press(data: str, prefs: ChatPrefs) -> Optional[Reply]:
    """The reply to a button (None for one the bot never made); language, audience and forget
    change the chat's choices (a front end's job), every other button is answered by the shared
    table."""
    action, value = parse_callback(data)
    if action not in STATE_ACTIONS:
        return reply_to_button(action, value, prefs.audience, prefs.language)
    if action is Action.LANGUAGE:
        prefs.language = Language.parse(value, prefs.language)
        return Reply(text=gettext_for(prefs.language, prefs.audience)(N.LANGUAGE_SET),
                     buttons=audience_buttons(prefs.language))
    if action is Action.AUDIENCE:
        prefs.audience = Audience.parse(value, prefs.audience)
        return Reply(text=gettext_for(prefs.language, prefs.audience)(_AUDIENCE_SET[reader(prefs.audience)]))
    if action is Action.FORGET:
        notice = N.FORGOTTEN if value == "yes" else N.FORGET_CANCELLED
        text = gettext_for(prefs.language, prefs.audience)(notice)
        if value == "yes":
            prefs.language, prefs.audience = ChatPrefs().language, ChatPrefs().audience
        return Reply(text=text)
    assert_never(action)  # a new state action: decide here what it changes


def run_console(model: Any, explain: bool = False, stdin: IO[str] = sys.stdin, stdout: IO[str] = sys.stdout) -> int:
    prefs = ChatPrefs()
    last_topic: Optional[Topic] = None
    buttons: List[Tuple[str, str]] = []
    stdout.write(BANNER + "\n")
    while True:
        stdout.write("you> ")
        stdout.flush()
        line = stdin.readline()
        if not line:
            break
        text = line.strip()
        command = WELSH_COMMANDS.get(text.lower(), text.lower())
        if text.lower() in WELSH_COMMANDS:
            prefs.language = Language.CY
        reply: Optional[Reply] = None
        if command in ("/quit", "/exit"):
            break
        if command == "/helplines":
            reply = compose_helplines(prefs.audience, prefs.language)
        elif command == "/more":
            more = [data for _, data in buttons if data.startswith(Action.MORE.value + ":")]
            reply = press(more[0], prefs) if more else compose_more(last_topic or "", prefs.audience, prefs.language)
        elif command == "/now":
            reply = compose_help_now(prefs.audience, prefs.language)
        elif command == "/clear":  # nothing to delete in a terminal: the reply, then forget the choices
            reply = compose_cleared(0, 0, prefs.audience, prefs.language)
            prefs.language, prefs.audience = ChatPrefs().language, ChatPrefs().audience
        elif command[1:].isdigit() and command.startswith("/"):
            number = int(command[1:])
            if 1 <= number <= len(buttons):
                reply = press(buttons[number - 1][1], prefs)
        if reply is None:
            outcome = respond(text, prefs, model=model)
            apply_choices(outcome, prefs)
            reply = outcome.reply
            if outcome.assessment is not None:
                last_topic = outcome.assessment.topic
                if explain:
                    stdout.write(explain_line(outcome.assessment) + "\n")
        buttons = list(reply.buttons)
        stdout.write("bot> " + format_reply(reply).replace("\n", "\n     ") + "\n\n")
    return 0
