"""No message text in any log record from any library, at any level: the real bot process at
LOG_LEVEL=DEBUG, sent updates python-telegram-bot cannot parse (it logs the whole update at
CRITICAL, past any level cap)."""
from __future__ import annotations

import socket
import time

from tests.e2e.bot_api_emulator import post_webhook, text_update
from tests.e2e.bot_process import BotProcess
from tests.e2e.conftest import free_port

MARKER = "ZQXLOGMARKER5150"
SECRET = "s3cret-token_1"


def wait_until_listening(port: int, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def unreadable_update(chat_id: int, update_id: int) -> dict:
    """A private message python-telegram-bot cannot parse: its date is not a number."""
    update = text_update(chat_id, f"i want to kill myself {MARKER}")
    update["message"]["from"]["first_name"] = f"Name{MARKER}"
    update["message"]["date"] = f"date{MARKER}"
    return update | {"update_id": update_id}


def test_polling_an_unreadable_update_never_logs_its_text(tmp_path):
    with BotProcess(tmp_path / "chats.sqlite3") as bot:
        emu = bot.emulator
        polls = len(emu.calls("getUpdates"))
        emu.push_update(unreadable_update(901, 1))
        emu.wait_for("getUpdates", polls + 3, timeout=15)  # fetched (and refused) more than once
        time.sleep(0.3)
    assert "Error while parsing updates" in bot.err  # the record python-telegram-bot logs at CRITICAL
    assert MARKER not in bot.output
    assert "i want to kill" not in bot.output


def test_a_webhook_update_that_cannot_be_parsed_never_logs_its_text(tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    with BotProcess(tmp_path / "chats.sqlite3", ready="setWebhook", BOT_MODE="webhook", WEBHOOK_URL=url,
                    WEBHOOK_PORT=str(port), WEBHOOK_SECRET=SECRET) as bot:
        wait_until_listening(port)
        status = post_webhook(url, unreadable_update(902, 1), SECRET)
        readable = post_webhook(url, text_update(903, f"i want to kill myself {MARKER}") | {"update_id": 2}, SECRET)
        [reply] = bot.emulator.wait_for("sendMessage", timeout=15)
    assert (status, readable) == (400, 200)
    assert "999" in reply["params"]["text"].split("\n")[0]
    assert "Received data was" in bot.err  # the CRITICAL record was written, without the data
    assert MARKER not in bot.output
    assert "i want to kill" not in bot.output
