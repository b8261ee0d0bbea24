"""Batch triage: JSON Lines in, JSON Lines out, exactly the keys DESIGN.md lists."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from bot.triage import KEYS, run_triage
from nlu.model import PROJECT_DIR


def triage(lines, model):
    out = io.StringIO()
    run_triage(io.StringIO("\n".join(lines) + "\n"), out, model)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_line_gets_one_result_with_the_design_keys(model):
    results = triage([
        json.dumps({"text": "someone says they'll share my nudes unless i pay"}),
        json.dumps({"text": "mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu", "lang": "cy"}),
        json.dumps({"text": "ok", "lang": "cy"}),
    ], model)
    assert len(results) == 3
    assert all(tuple(r) == KEYS for r in results)
    en, cy, short = results
    assert en["topic"] == "sextortion" and en["language"] == "en"
    assert {"ceop", "report_remove", "childline"} <= set(en["signposts"])
    assert "CEOP" in en["reply"] and "Report Remove" in en["reply"] and "Childline" in en["reply"]
    assert cy["language"] == "cy" and cy["signposts"] == en["signposts"] and cy["advice"] == en["advice"]
    assert short["language"] == "cy"


def test_bad_lines_still_get_a_reply(model):
    results = triage(["not json", json.dumps([1, 2]), json.dumps({"text": ""}), json.dumps({"text": "😭" * 2000})], model)
    assert len(results) == 4
    for r in results:
        assert "999" in r["reply"] or r["signposts"]


def test_triage_command_prints_only_json_and_never_logs_text_even_at_debug():
    """The real model in a real process, logging at DEBUG: the marker must not reach any log."""
    marker = "ZQXMARKER4417"
    lines = [
        json.dumps({"text": f"someone says he will post my pics unless i pay {marker}"}),
        json.dumps({"text": f"mae o'n bygwth rhannu lluniau {marker}", "lang": "cy"}),
    ]
    env = dict(os.environ, LOG_LEVEL="DEBUG", TELEGRAM_BOT_TOKEN="")
    result = subprocess.run([sys.executable, "-m", "bot", "triage"], input="\n".join(lines) + "\n",
                            capture_output=True, text=True, cwd=PROJECT_DIR, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    out_lines = result.stdout.splitlines()
    assert len(out_lines) == 2
    for line in out_lines:
        assert tuple(json.loads(line)) == KEYS
    assert marker not in result.stderr
    assert "NLU model loaded" in result.stderr  # stderr was captured: the run got that far
