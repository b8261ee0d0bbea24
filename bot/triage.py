"""Batch triage: JSON Lines in, JSON Lines out (see DESIGN.md). Nothing else goes to stdout."""
from __future__ import annotations

import json
import sys
from typing import IO, Iterator

from .core import ChatPrefs, respond

KEYS = ("text", "language", "intent", "confidence", "topic", "urgency", "reasons", "audience",
        "signposts", "advice", "reply")


def triage_line(line: str, model) -> dict:
    """One JSON object in, one result out. A line that isn't valid JSON still gets a result."""
    try:
        item = json.loads(line)
        if not isinstance(item, dict):
            raise ValueError("not an object")
        text = str(item.get("text") or "")
        lang = item.get("lang") if item.get("lang") in ("en", "cy") else "en"
    except ValueError:
        text, lang = "", "en"
    prefs = ChatPrefs(language=lang)
    outcome = respond(text, prefs, model=model)
    a = outcome.assessment
    return {
        "text": text,
        "language": a.language if a else lang,
        "intent": a.intent if a else None,
        "confidence": a.confidence if a else 0.0,
        "topic": a.topic if a else None,
        "urgency": a.urgency if a else "emergency",
        "reasons": sorted(a.reasons) if a else [],
        "audience": a.audience if a else "unknown",
        "signposts": outcome.reply.signposts,
        "advice": outcome.reply.advice,
        "reply": outcome.reply.text,
    }


def run_triage(lines: IO[str], out: IO[str], model) -> int:
    count = 0
    for line in _non_empty(lines):
        out.write(json.dumps(triage_line(line, model), ensure_ascii=False) + "\n")
        count += 1
    out.flush()
    return count


def _non_empty(lines: IO[str]) -> Iterator[str]:
    for line in lines:
        if line.strip():
            yield line


def main(model) -> int:
    run_triage(sys.stdin, sys.stdout, model)
    return 0
