"""Runs the real bot process against the local Bot API emulator to measure delivery: replies lost
and duplicated when the bot is killed (SIGKILL) during a burst and started again, and replies
sent inside a Telegram flood-control pause (429 with retry_after).

Used by tests/e2e/test_delivery.py (which asserts) and scripts/delivery_probe.py (which prints
the numbers, also for an older checkout of the bot with --bot-dir). The bot's output goes to a
file that is read only to check it, never printed.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from nlu.assess import assess
from nlu.data_check import held_out_examples
from nlu.model import PROJECT_DIR
from nlu.safety import explicit_reasons
from tests.e2e.bot_api_emulator import BotApiEmulator, text_update

TOKEN = "246810:DELIVERY-PROBE-TOKEN-abcdef"
# the checkout whose bot is run (another one, e.g. an older commit, to see a test fail before a fix)
BOT_DIR = Path(os.environ.get("DELIVERY_BOT_DIR") or PROJECT_DIR)
SECRET = "delivery-probe-secret"
EMERGENCY = "he's outside my house right now and i'm scared"
FIRST_CHAT = 20_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ordinary_messages(count: int) -> List[str]:
    """Held-out messages (never seen in training) that are answered without 999 first: neither the
    safety layer nor the model (assess(), as the bot does) makes them an emergency, so that the
    one emergency of a run is the only reply that may overtake the others."""
    pool = []
    for lang in ("en", "cy"):
        for items in held_out_examples(lang).values():
            pool += [t for t in items if not explicit_reasons(t) and not assess(t).is_emergency]
            if len(pool) >= count:
                return pool[:count]
    return [pool[i % len(pool)] for i in range(count)]


class Bot:
    """`python -m bot telegram` as its own process, pointed at the emulator."""

    def __init__(self, emu: BotApiEmulator, work: Path, mode: str, bot_dir: Path = BOT_DIR,
                 port: Optional[int] = None, **env: str) -> None:
        self.emu, self.mode, self.bot_dir = emu, mode, bot_dir
        self.port = port or free_port()
        self.log = work / "bot.log"
        self.env = dict(os.environ, TELEGRAM_BOT_TOKEN=emu.token, TELEGRAM_API_URL=emu.base_url,
                        STORE_PATH=str(work / "chats.sqlite3"), LOG_LEVEL="WARNING", BOT_MODE=mode, **env)
        if mode == "webhook":
            self.env.update(WEBHOOK_URL=f"http://127.0.0.1:{self.port}/telegram", WEBHOOK_SECRET=SECRET,
                            WEBHOOK_PORT=str(self.port), WEBHOOK_LISTEN="127.0.0.1")
        self.process: Optional[subprocess.Popen] = None

    def start(self, timeout: float = 120) -> Bot:
        ready = "setWebhook" if self.mode == "webhook" else "getUpdates"
        before = len(self.emu.calls(ready))
        with open(self.log, "a") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "bot", "telegram"], cwd=self.bot_dir,
                                            env=self.env, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        deadline = time.monotonic() + timeout
        while len(self.emu.calls(ready)) <= before:
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop(signal.SIGKILL, timeout=10)
                raise RuntimeError(f"the bot did not start (exit code {self.process.poll()})")
            time.sleep(0.05)
        if self.mode == "webhook":
            while True:
                try:
                    socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        self.stop(signal.SIGKILL, timeout=10)
                        raise
                    time.sleep(0.05)
        return self

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()  # SIGKILL: no chance to finish anything
        self.process.wait(10)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> Optional[int]:
        """Ask the bot to stop; its exit code (None if it had to be killed)."""
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        self.process.send_signal(sig)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
            return None

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def replies_per_chat(emu: BotApiEmulator, since: float = 0.0) -> Dict[int, int]:
    counts: Dict[int, int] = {}
    for call in emu.calls("sendMessage"):
        if call["at"] >= since:
            chat = int(call["params"]["chat_id"])
            counts[chat] = counts.get(chat, 0) + 1
    return counts


@dataclass
class CrashResult:
    mode: str
    updates: int
    replies_before_kill: int
    lost: int
    duplicated: int
    seconds_to_all: Optional[float]
    exit_code: Optional[int]
    output: str = field(repr=False, default="")


def crash_run(work: Path, mode: str, updates: int = 150, kill_after: int = 30, bot_dir: Path = BOT_DIR,
              quiet: float = 8.0, deadline: float = 180.0) -> CrashResult:
    """Start the bot, send a burst of `updates` (one chat each), SIGKILL the bot once
    `kill_after` replies were sent, start it again, and count the chats never answered (lost) and
    those answered more than once (duplicated)."""
    emu = BotApiEmulator(token=TOKEN).start()
    chats = [FIRST_CHAT + i for i in range(updates)]
    bot = again = Bot(emu, work, mode, bot_dir)
    try:
        bot.start()
        texts = ordinary_messages(updates)
        emu.push_updates([text_update(chat, text) for chat, text in zip(chats, texts, strict=True)])
        started = time.monotonic()
        emu.wait_for("sendMessage", kill_after, timeout=120)
        bot.kill()
        before = len(emu.calls("sendMessage"))
        again = Bot(emu, work, mode, bot_dir, port=bot.port)
        again.start()
        last_count, last_change, finished = -1, time.monotonic(), None
        while time.monotonic() - started < deadline:
            counts = replies_per_chat(emu)
            answered = sum(1 for c in chats if counts.get(c))
            total = sum(counts.values())
            if answered == len(chats) and finished is None:
                finished = time.monotonic() - started
            if total != last_count:
                last_count, last_change = total, time.monotonic()
            elif time.monotonic() - last_change > (1.0 if finished else quiet):
                break
            time.sleep(0.1)
        exit_code = again.stop()
        time.sleep(0.5)
        counts = replies_per_chat(emu)
    finally:
        for process in (bot, again):  # never left running, whatever went wrong
            process.stop(signal.SIGKILL, timeout=10)
        emu.stop()
    return CrashResult(mode=mode, updates=updates, replies_before_kill=before,
                       lost=sum(1 for c in chats if not counts.get(c)),
                       duplicated=sum(1 for c in chats if counts.get(c, 0) > 1),
                       seconds_to_all=finished, exit_code=exit_code, output=bot.output())


@dataclass
class PauseResult:
    mode: str
    waiting: int
    retry_after: int
    inside_pause: int          # sendMessage calls that reached Telegram during the pause
    inside_at: List[float]     # ... when, in seconds from its start. Those early in the pause were on
    # their way when it began, or let through before the bot's event loop, busy assessing the burst
    # (the model runs on it), had read the 429: on a loaded machine that can take a second or more.
    answered: int              # chats (of waiting + 1) that got a reply
    emergency_position: Optional[int]  # 1 = the first reply Telegram accepted after the pause
    emergency_seconds_after_pause: Optional[float]
    output: str = field(repr=False, default="")

    def inside_after(self, seconds: float) -> int:
        """Replies that reached Telegram inside the pause, later than `seconds` into it."""
        return sum(1 for at in self.inside_at if at > seconds)


def pause_run(work: Path, mode: str = "polling", waiting: int = 60, retry_after: int = 5,
              bot_dir: Path = BOT_DIR, emergency_at: float = 1.5) -> PauseResult:
    """`waiting` ordinary messages arrive together; Telegram answers the first reply with 429 and
    retry_after; `emergency_at` seconds into the pause an emergency arrives. Counts the replies
    sent inside the pause and where the emergency's reply comes after it."""
    emu = BotApiEmulator(token=TOKEN).start()
    chats = [FIRST_CHAT + i for i in range(waiting)]
    emergency_chat = FIRST_CHAT + waiting
    bot = Bot(emu, work, mode, bot_dir)
    try:
        bot.start()
        emu.flood_wait(retry_after)
        texts = ordinary_messages(waiting)
        emu.push_updates([text_update(chat, text) for chat, text in zip(chats, texts, strict=True)])
        emu.wait_for("sendMessage", 1, timeout=60)
        [(start, end)] = emu.flood_pauses()
        time.sleep(max(0.0, start + emergency_at - time.monotonic()))
        emu.push_update(text_update(emergency_chat, EMERGENCY))
        emu.wait_for("sendMessage", timeout=end - time.monotonic() + 60,
                     predicate=lambda c: c["at"] >= end and int(c["params"]["chat_id"]) == emergency_chat)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            after = {int(c["params"]["chat_id"]) for c in emu.calls("sendMessage") if c["at"] >= end}
            if len(after) >= waiting + 1:
                break
            time.sleep(0.1)
        time.sleep(0.5)
        bot.stop()
        calls = emu.calls("sendMessage")
    finally:
        bot.stop(signal.SIGKILL, timeout=10)  # never left running, whatever went wrong
        emu.stop()
    inside = [c for c in calls if start < c["at"] < end]
    accepted = [int(c["params"]["chat_id"]) for c in calls if c["at"] >= end]
    emergency = [c["at"] for c in calls if c["at"] >= end and int(c["params"]["chat_id"]) == emergency_chat]
    return PauseResult(mode=mode, waiting=waiting, retry_after=retry_after, inside_pause=len(inside),
                       inside_at=[round(c["at"] - start, 3) for c in inside],
                       answered=len(set(accepted)),
                       emergency_position=accepted.index(emergency_chat) + 1 if emergency_chat in accepted else None,
                       emergency_seconds_after_pause=emergency[0] - end if emergency else None,
                       output=bot.output())
