"""Batch triage: JSON Lines in, JSON Lines out (see DESIGN.md). Nothing else goes to stdout.

Every input line gets exactly one output line, in order, blank lines included: the assessment and
reply (KEYS), or `{"line": N, "error": "..."}` (N counts from 1) for a line that cannot be read as
`{"text": "...", "lang": "en"|"cy"}`. Output is ASCII-only JSON. The exit code is 1 if any line
was bad, 0 otherwise. An error says what is wrong with the line, never what it contains.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import IO, Any, Dict, Iterable, Optional, Union

from nlu.vocabulary import Language

from .core import ChatPrefs, respond

KEYS = ("text", "language", "intent", "confidence", "topic", "urgency", "reasons", "audience",
        "details", "signposts", "advice", "reply")
MAX_LINE_BYTES = 1_000_000


class BadLine(ValueError):
    """What is wrong with one input line (safe to print: it never quotes the line)."""


@dataclass
class Summary:
    lines: int = 0
    bad: int = 0


def read_line(raw: Union[str, bytes]) -> tuple[str, Optional[Language]]:
    """(text, lang) from one input line, or BadLine."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_LINE_BYTES:
            raise BadLine(f"line is longer than {MAX_LINE_BYTES} bytes")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BadLine("line is not UTF-8") from None
    line = raw.rstrip("\r\n")
    if not line.strip():
        raise BadLine("empty line: expected a JSON object such as {\"text\": \"...\"}")
    if line.startswith("\ufeff"):
        raise BadLine("line starts with a byte order mark (BOM): save the file as UTF-8 without BOM")
    try:
        item: Any = json.loads(line)
    except RecursionError:
        raise BadLine("JSON is nested too deeply") from None
    except ValueError as error:  # JSONDecodeError's msg says what was expected, never quotes the line
        raise BadLine(f"not JSON ({getattr(error, 'msg', 'invalid')})") from None
    if not isinstance(item, dict):
        raise BadLine(f"expected a JSON object with \"text\", got {_json_kind(item)}")
    text = item.get("text")
    if "text" not in item:
        raise BadLine("no \"text\" in the object")
    if not isinstance(text, str):
        raise BadLine(f"\"text\" must be a string, not {_json_kind(text)}")
    if not text.strip():
        raise BadLine("\"text\" is empty")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadLine("\"text\" is not valid Unicode (a lone surrogate)") from None
    lang = item.get("lang")
    if lang is None:
        return text, None
    if not isinstance(lang, str) or lang.lower() not in {member.value for member in Language}:
        raise BadLine("\"lang\" must be \"en\" or \"cy\"")
    return text, Language(lang.lower())


def _json_kind(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")


def triage(text: str, lang: Optional[Language], model: Any) -> Dict[str, Any]:
    """The assessment and reply for one message, with the keys KEYS. BadLine if the core failed."""
    outcome = respond(text, ChatPrefs(language=lang or Language.EN), model=model)
    if outcome.assessment is None:  # the core fell back to its fail-safe reply: say so
        raise BadLine("the message could not be assessed (the bot would send its fail-safe reply)")
    result = {"text": text, **outcome.assessment.as_dict(), "signposts": outcome.reply.signposts,
              "advice": outcome.reply.advice, "reply": outcome.reply.text}
    return {key: result[key] for key in KEYS}


def run_triage(lines: Iterable[Union[str, bytes]], out: IO[str], model: Any) -> Summary:
    summary = Summary()
    for number, raw in enumerate(lines, start=1):
        summary.lines += 1
        try:
            text, lang = read_line(raw)
            result = triage(text, lang, model)
        except BadLine as error:
            summary.bad += 1
            result = {"line": number, "error": str(error)}
        out.write(json.dumps(result, ensure_ascii=True) + "\n")
    out.flush()
    return summary


def main(model: Any) -> int:
    summary = run_triage(sys.stdin.buffer, sys.stdout, model)
    if summary.bad:
        print(f"{summary.bad} of {summary.lines} lines could not be triaged (see their \"error\")",
              file=sys.stderr)
    return 1 if summary.bad else 0
