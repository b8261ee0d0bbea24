"""Batch triage: JSON Lines in, JSON Lines out, exactly the keys DESIGN.md lists; one output line
for every input line, and a clear error for each line that cannot be read."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from bot.triage import KEYS, run_triage
from nlu.model import PROJECT_DIR


def triage(lines, model):
    out = io.StringIO()
    summary = run_triage(lines, out, model)
    return [json.loads(line) for line in out.getvalue().splitlines()], summary


def test_each_line_gets_one_result_with_the_design_keys(model):
    results, summary = triage([
        json.dumps({"text": "someone says they'll share my nudes unless i pay"}) + "\n",
        json.dumps({"text": "mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu", "lang": "cy"}) + "\n",
        json.dumps({"text": "ok", "lang": "cy"}) + "\n",
        json.dumps({"text": "i want to kill myself"}) + "\n",
    ], model)
    assert len(results) == 4 and summary.bad == 0
    assert all(tuple(r) == KEYS for r in results)
    en, cy, short, danger = results
    assert en["topic"] == "sextortion" and en["language"] == "en"
    assert {"ceop", "report_remove", "childline"} <= set(en["signposts"])
    assert "CEOP" in en["reply"] and "Report Remove" in en["reply"] and "Childline" in en["reply"]
    assert cy["language"] == "cy" and cy["signposts"] == en["signposts"] and cy["advice"] == en["advice"]
    assert short["language"] == "cy"
    assert danger["urgency"] == "emergency" and danger["reasons"] == ["self_harm"]


BAD_LINES = [
    ("", "empty line"),
    ("   \t", "empty line"),
    ("i want to kill myself", "not JSON"),
    ("{\"text\": \"unterminated", "not JSON"),
    ("[1, 2]", "got an array"),
    ("42", "got a number"),
    ("null", "got null"),
    ("\"i want to kill myself\"", "got a string"),
    ("\ufeff" + json.dumps({"text": "i want to kill myself"}), "byte order mark"),
    (json.dumps({"message": "i want to kill myself"}), "no \"text\""),
    (json.dumps({"text": 5}), "must be a string, not a number"),
    (json.dumps({"text": ["i want to die"]}), "must be a string, not an array"),
    (json.dumps({"text": None}), "must be a string, not null"),
    (json.dumps({"text": ""}), "\"text\" is empty"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"text": "help \\ud800 me"}', "lone surrogate"),
    (json.dumps({"text": "i want to die", "lang": "fr"}), "\"lang\" must be"),
    (b"{\"text\": \"caf\xe9\"}", "not UTF-8"),
]


@pytest.mark.parametrize("line,error", BAD_LINES)
def test_a_bad_line_gets_an_error_naming_its_line(model, line, error):
    good = json.dumps({"text": "someone says they'll share my nudes unless i pay"})
    lines = [good + "\n", line + ("\n" if isinstance(line, str) else b"\n"), good + "\n"]
    results, summary = triage(lines, model)
    assert len(results) == 3 and summary.bad == 1
    assert results[1] == {"line": 2, "error": results[1]["error"]}
    assert error in results[1]["error"]
    assert results[0]["topic"] == results[2]["topic"] == "sextortion"


def test_triage_command_one_line_out_for_each_line_in_ascii_json_and_exit_code_1_for_bad_lines():
    """The real model in a real process, logging at DEBUG: the marker must not reach any log."""
    marker = "ZQXMARKER4417"
    lines = [
        json.dumps({"text": f"someone says he will post my pics unless i pay {marker}"}),
        "",
        json.dumps({"text": f"mae o'n bygwth rhannu lluniau {marker} ’", "lang": "cy"}, ensure_ascii=False),
        "i want to kill myself",
    ]
    env = dict(os.environ, LOG_LEVEL="DEBUG", TELEGRAM_BOT_TOKEN="")
    result = subprocess.run([sys.executable, "-m", "bot", "triage"], input="\n".join(lines) + "\n",
                            capture_output=True, text=True, cwd=PROJECT_DIR, env=env, timeout=300)
    assert result.returncode == 1, result.stderr[-3000:]
    assert result.stdout.isascii()
    first, blank, welsh, plain = [json.loads(line) for line in result.stdout.splitlines()]
    assert tuple(first) == tuple(welsh) == KEYS
    assert welsh["language"] == "cy" and welsh["text"].endswith("’")
    assert blank == {"line": 2, "error": blank["error"]} and plain["line"] == 4
    assert marker not in result.stderr
    assert "2 of 4 lines" in result.stderr
    assert "NLU model loaded" in result.stderr  # stderr was captured: the run got that far


def test_all_good_lines_exit_0():
    env = dict(os.environ, TELEGRAM_BOT_TOKEN="")
    result = subprocess.run([sys.executable, "-m", "bot", "triage"], input=json.dumps({"text": "hello"}) + "\n",
                            capture_output=True, text=True, cwd=PROJECT_DIR, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert tuple(json.loads(result.stdout)) == KEYS
