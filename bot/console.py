"""The local console: chat with the bot in a terminal, through the very same core."""
from __future__ import annotations

import sys
from typing import IO

from responses import compose_help_now, compose_helplines, compose_more

from .core import ChatPrefs, apply_choices, respond

BANNER = (
    "Local console of the help-and-signposting bot (the same core as on Telegram).\n"
    "Type a message in English or Welsh. Commands: /helplines, /more, /quit.\n"
)


def explain_line(a) -> str:
    flags = " uncertain" if a.uncertain else ""
    return (f"[intent={a.intent} confidence={a.confidence:.2f} topic={a.topic} "
            f"language={a.language} urgency={a.urgency} audience={a.audience}{flags}]")


def format_reply(reply) -> str:
    lines = [reply.text]
    if reply.buttons:
        lines.append("  ".join(f"[{label}]" for label, _ in reply.buttons))
    return "\n".join(lines)


def run_console(model, explain: bool = False, stdin: IO[str] = sys.stdin, stdout: IO[str] = sys.stdout) -> int:
    prefs = ChatPrefs()
    last_topic = None
    stdout.write(BANNER + "\n")
    while True:
        stdout.write("you> ")
        stdout.flush()
        line = stdin.readline()
        if not line:
            break
        text = line.strip()
        if text in ("/quit", "/exit"):
            break
        if text == "/helplines":
            reply = compose_helplines(prefs.audience, prefs.language)
        elif text == "/more":
            reply = compose_more(last_topic or "", prefs.audience, prefs.language)
        elif text == "/now":
            reply = compose_help_now(prefs.audience, prefs.language)
        else:
            outcome = respond(text, prefs, model=model)
            apply_choices(outcome, prefs)
            reply = outcome.reply
            if outcome.assessment is not None:
                last_topic = outcome.assessment.topic
                if explain:
                    stdout.write(explain_line(outcome.assessment) + "\n")
        stdout.write("bot> " + format_reply(reply).replace("\n", "\n     ") + "\n\n")
    return 0
