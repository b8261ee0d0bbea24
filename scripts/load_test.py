"""`make load-test`: 2,000 text updates through the webhook, delivered as Telegram delivers them.

Starts a local Telegram Bot API emulator here and the real bot as its own process
(`python -m bot telegram` in webhook mode, as `make run` would start it, pointed at the emulator
with TELEGRAM_API_URL), then hands the emulator 2,000 updates, each from its own chat, all at once
or at a steady rate. The emulator POSTs them to the bot's webhook as Telegram does: as many at
once as the bot asked for (setWebhook's max_connections), each kept and delivered again until the
bot answers 200. Prints replies per second, latency percentiles (from the update reaching
"Telegram" to the bot's sendMessage reaching the emulator, so time spent waiting at Telegram
counts), deliveries not answered 200, and whether every update got exactly one reply.
`--bot-dir` runs another checkout of the bot (e.g. an older commit). Loopback only; bounded.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlu.data_check import held_out_examples  # noqa: E402
from nlu.safety import explicit_reasons  # noqa: E402
from tests.e2e.bot_api_emulator import BotApiEmulator, text_update  # noqa: E402
from tests.e2e.conftest import free_port  # noqa: E402

SECRET = "load-test-secret"
DEADLINE_S = 300


def messages(count):
    pool = [t for lang in ("en", "cy") for items in held_out_examples(lang).values() for t in items]
    return [pool[i % len(pool)] for i in range(count)]


def percentile(values, p):
    return values[min(len(values) - 1, int(len(values) * p))] if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--rate", type=float, default=0.0,
                        help="updates reach Telegram at this many per second (0: all at once)")
    parser.add_argument("--no-flood-limits", action="store_true",
                        help="lift the rate limiter's 30 messages/s pacing to measure the bot itself")
    parser.add_argument("--bot-dir", type=Path, default=ROOT, help="the checkout of the bot to run")
    args = parser.parse_args()

    emu = BotApiEmulator(token="123456:LOAD-TEST-TOKEN").start()
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    tmp = tempfile.TemporaryDirectory()
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=emu.token, TELEGRAM_API_URL=emu.base_url, BOT_MODE="webhook",
               WEBHOOK_URL=url, WEBHOOK_SECRET=SECRET, WEBHOOK_PORT=str(port), WEBHOOK_LISTEN="127.0.0.1",
               STORE_PATH=str(Path(tmp.name) / "chats.sqlite3"),
               FLOOD_LIMITS="off" if args.no_flood_limits else "on")
    bot = subprocess.Popen([sys.executable, "-m", "bot", "telegram"], cwd=args.bot_dir, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        emu.wait_for("setWebhook", timeout=120)  # the bot has loaded its model and is listening
        time.sleep(0.5)
        texts = messages(args.updates)
        updates = [text_update(10_000 + i, texts[i]) | {"update_id": i + 1} for i in range(args.updates)]
        posted_at = {}
        started = time.monotonic()
        if args.rate:  # update i reaches Telegram at i / rate seconds
            for i, update in enumerate(updates):
                delay = started + i / args.rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                posted_at[10_000 + i] = time.monotonic()
                emu.push_update(update)
        else:
            posted_at = {10_000 + i: started for i in range(args.updates)}
            emu.push_updates(updates)
        while len(emu.calls("sendMessage")) < args.updates and time.monotonic() - started < DEADLINE_S:
            time.sleep(0.05)
        elapsed = time.monotonic() - started
        time.sleep(1.0)  # let any duplicate reply arrive before counting
    finally:
        bot.terminate()
        try:
            bot.wait(30)
        except subprocess.TimeoutExpired:
            bot.kill()
        emu.stop()

    deliveries = emu.webhook_deliveries()
    refused = [d for d in deliveries if d["status"] != 200]
    replies = emu.calls("sendMessage")
    per_chat = {}
    for call in replies:
        per_chat.setdefault(int(call["params"]["chat_id"]), []).append(call["at"])
    latencies = sorted((times[0] - posted_at[c]) * 1000 for c, times in per_chat.items() if c in posted_at)
    urgent_chats = {10_000 + i for i, text in enumerate(texts) if explicit_reasons(text)}
    urgent = sorted((per_chat[c][0] - posted_at[c]) * 1000 for c in urgent_chats if c in per_chat)
    exactly_one = sum(1 for c in posted_at if len(per_chat.get(c, [])) == 1)

    print("flood limits         " + ("lifted (the bot's own capacity)" if args.no_flood_limits
                                    else "on: Telegram's 30 messages/s overall, as in production"))
    pace = f"at {args.rate:g}/s" if args.rate else "all at once"
    print(f"updates              {args.updates} reaching Telegram {pace}; webhook POSTs {len(deliveries)}, "
          f"not answered 200: {len(refused)}")
    print(f"replies              {len(replies)} in {elapsed:.1f} s = {len(replies) / elapsed:.0f} replies/s")
    if latencies:
        print(f"latency p50/p90/p99  {percentile(latencies, .5):.0f} / {percentile(latencies, .9):.0f} / "
              f"{percentile(latencies, .99):.0f} ms (max {latencies[-1]:.0f}, mean {statistics.mean(latencies):.0f})")
    if urgent:
        print(f"  explicit emergencies ({len(urgent)}): p50/p90/p99 {percentile(urgent, .5):.0f} / "
              f"{percentile(urgent, .9):.0f} / {percentile(urgent, .99):.0f} ms")
    print(f"exactly one reply    {exactly_one} of {args.updates} updates "
          f"({'all' if exactly_one == args.updates else 'NOT all'})")
    return 0 if exactly_one == args.updates else 1


if __name__ == "__main__":
    sys.exit(main())
