"""No message text and no bot token in any log output, at any level, through the real model."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from nlu.model import PROJECT_DIR

MARKER = "ZQXMARKER9931"
TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"

SCRIPT = textwrap.dedent(f"""
    import asyncio, logging, sys
    from bot.privacy import configure_logging
    configure_logging("DEBUG")
    from nlu.model import IntentModel
    from bot.core import respond
    model = IntentModel()
    # our own path
    respond("he says he will post my pics unless i pay {MARKER}", model=model)
    # Rasa's documented path, which logs the parsed text at DEBUG unless silenced
    asyncio.run(model._agent.parse_message("mae o'n bygwth rhannu lluniau {MARKER}"))
    # httpx logs request URLs, which hold the bot token, at INFO
    logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot{TOKEN}/getMe")
    logging.getLogger("telegram.ext").debug("update text {MARKER}")
    # a token in any other log record is redacted
    logging.getLogger("bot").warning("network error at https://api.telegram.org/bot{TOKEN}/getUpdates")
    print("done", file=sys.stderr)
""")


def run_script(script: str):
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT_DIR,
                          env=dict(os.environ, PYTHONPATH=str(PROJECT_DIR)), timeout=300)


def test_no_text_or_token_reaches_stdout_or_stderr_at_debug():
    result = run_script(SCRIPT)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "done" in result.stderr
    output = result.stdout + result.stderr
    assert MARKER not in output
    assert TOKEN not in output and "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" not in output
    assert "network error at" in result.stderr  # our own warnings still get through, redacted
