"""The fail-safe does not depend on the chat store: the real bot process against the emulator,
with the SQLite file locked by another connection, corrupt, or read-only."""
from __future__ import annotations

import sqlite3
import time

from tests.e2e.bot_api_emulator import text_update
from tests.e2e.bot_process import BotProcess

PROMPT = 3.0  # seconds: a reply to "i want to kill myself" must come within this, store or not


def first_line(call) -> str:
    return call["params"]["text"].split("\n")[0]


def test_a_locked_store_still_gets_a_prompt_reply_to_everyone(tmp_path):
    path = tmp_path / "chats.sqlite3"
    with BotProcess(path) as bot:
        emu = bot.emulator
        locker = sqlite3.connect(path, isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")  # held as another process's long write would
        try:
            started = time.monotonic()
            emu.push_update(text_update(701, "i want to kill myself"))
            [reply] = emu.wait_for("sendMessage", timeout=15)
            first_reply = reply["at"] - started
            for chat in (702, 703, 704):
                emu.push_update(text_update(chat, "someone says he'll post my pics unless i pay"))
            emu.wait_for("sendMessage", 4, timeout=15)
            others = max(c["at"] for c in emu.calls("sendMessage")) - started
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        # the lock is gone: the store is used again after its pause
        time.sleep(0.2)
    print(f"store locked: first reply after {first_reply:.2f} s, all four after {others:.2f} s")
    assert first_reply < PROMPT, first_reply
    assert "999" in first_line(reply) and "0800 1111" in reply["params"]["text"]
    assert others < 2 * PROMPT, others
    assert bot.err.count("chat store is unavailable") == 1  # said once, not once per message
    assert "701" not in bot.err and "kill" not in bot.output


def test_a_corrupt_store_file_is_said_once_and_everyone_is_answered(tmp_path):
    path = tmp_path / "chats.sqlite3"
    path.write_bytes(b"this is not a database " * 200)
    with BotProcess(path) as bot:
        emu = bot.emulator
        emu.push_update(text_update(801, "i want to kill myself"))
        emu.push_update(text_update(802, "mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu"))
        emu.wait_for("sendMessage", 2, timeout=15)
    replies = {int(c["params"]["chat_id"]): c["params"]["text"] for c in emu.calls("sendMessage")}
    assert "999" in replies[801].split("\n")[0]
    assert "CEOP" in replies[802] and "Saesneg yn unig" in replies[802]
    assert bot.err.count("not a database") == 1, bot.err[-2000:]
    assert bot.process is not None and bot.process.returncode == 0
