"""No message text in any log record from any library, at any level: the real bot process at
LOG_LEVEL=DEBUG, sent updates python-telegram-bot cannot parse (its own polling and webhook log
the whole update at CRITICAL, past any level cap; ours say only that one could not be read, and
send the fail-safe reply)."""
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
        emu.push_update(unreadable_update(901, 1))
        emu.push_update(text_update(904, f"i want to kill myself {MARKER}") | {"update_id": 2})
        replies = emu.wait_for("sendMessage", 2, timeout=15)  # the unreadable one no longer blocks
        time.sleep(0.3)
    # the person whose update could not be read still gets Childline and 999
    assert {int(r["params"]["chat_id"]) for r in replies} == {901, 904}
    assert all("999" in r["params"]["text"] and "0800 1111" in r["params"]["text"] for r in replies)
    assert "an update could not be read" in bot.err  # said, without the data
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
        replies = bot.emulator.wait_for("sendMessage", 2, timeout=15)
    assert (status, readable) == (200, 200)  # answered with the fail-safe: delivering it again would not help
    assert {int(r["params"]["chat_id"]) for r in replies} == {902, 903}
    assert all("999" in r["params"]["text"] and "0800 1111" in r["params"]["text"] for r in replies)
    assert "an update could not be read" in bot.err
    assert MARKER not in bot.output
    assert "i want to kill" not in bot.output
