"""No message text and no bot token in any log output, at any level, through the real model."""
from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import textwrap

from bot.privacy import KeepTextOut
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
    from rasa.core.agent import Agent
    agent = Agent.load(str(model.path))
    asyncio.run(agent.parse_message("mae o'n bygwth rhannu lluniau {MARKER}"))
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


def record(name, msg, *args, exc_info=None, level=logging.CRITICAL):
    return logging.LogRecord(name, level, __file__, 1, msg, args, exc_info)


def filtered(rec):
    handler = logging.StreamHandler(io.StringIO())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(KeepTextOut())
    handler.handle(rec)
    return handler.stream.getvalue()


def test_library_records_keep_their_wording_and_numbers_but_never_their_data():
    update = {"update_id": 5, "message": {"text": f"i want to die {MARKER}"}}
    out = filtered(record("telegram.ext.Updater", "Error while parsing updates! Received data was %r", [update]))
    assert "Error while parsing updates! Received data was <hidden>" in out and MARKER not in out
    out = filtered(record("telegram.ext.Application", "Received Update with ID %d on Webhook", 17, level=logging.DEBUG))
    assert "ID 17" in out
    out = filtered(record("telegram.ext.Application", "Processing update %d", f"text {MARKER}"))
    assert MARKER not in out and "Processing update" in out  # %d given a string: wording kept
    out = filtered(record("rasa.core.processor", f"Received user message '{MARKER}'"))
    assert MARKER not in out and "hidden" in out
    out = filtered(record("apscheduler", "Scheduler started"))
    assert "Scheduler started" in out


def test_exceptions_keep_their_type_and_place_never_their_message():
    try:
        {}[f"i want to die {MARKER}"]
    except KeyError:
        import sys

        exc_info = sys.exc_info()
    for name in ("tornado.application", "bot.telegram_handlers"):
        out = filtered(record(name, "Uncaught exception", exc_info=exc_info))
        assert "KeyError" in out and "test_privacy.py" in out and MARKER not in out


def test_our_records_are_kept_and_tokens_are_redacted_everywhere():
    out = filtered(record("bot.safe_store", "the chat store is unavailable: %s", "OperationalError"))
    assert "unavailable: OperationalError" in out
    out = filtered(record("httpx", "HTTP Request: %s %s", "POST", f"https://api.telegram.org/bot{TOKEN}/getMe"))
    assert TOKEN not in out and "AAHdq" not in out
    out = filtered(record("bot.x", f"network error at https://api.telegram.org/bot{TOKEN}/getUpdates"))
    assert TOKEN not in out and "network error at" in out
