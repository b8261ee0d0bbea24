"""`make load-test`: 2,000 text updates through the webhook from concurrent senders.

Starts a local Telegram Bot API emulator and the real bot in webhook mode (real model, real
catalogs, python-telegram-bot over HTTP), then posts updates from several sender threads, each
update from its own chat, and prints replies per second, latency percentiles (from posting the
update to the bot's sendMessage reaching the emulator) and whether every update got exactly one
reply. Loopback only; bounded in count and time.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.privacy import configure_logging  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store import ChatStore  # noqa: E402
from bot.telegram_app import build_application  # noqa: E402
from nlu.data_check import held_out_examples  # noqa: E402
from tests.e2e.bot_api_emulator import BotApiEmulator, post_webhook, text_update  # noqa: E402
from tests.e2e.conftest import free_port  # noqa: E402

SECRET = "load-test-secret"
DEADLINE_S = 300


def messages(count):
    pool = [t for lang in ("en", "cy") for items in held_out_examples(lang).values() for t in items]
    return [pool[i % len(pool)] for i in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--senders", type=int, default=8)
    args = parser.parse_args()
    configure_logging("WARNING")

    from nlu.model import IntentModel

    model = IntentModel()
    emu = BotApiEmulator(token="123456:LOAD-TEST-TOKEN").start()
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    tmp = tempfile.TemporaryDirectory()
    store = ChatStore(Path(tmp.name) / "chats.sqlite3")
    settings = Settings(token=emu.token, api_url=emu.base_url, mode="webhook", port=port,
                        webhook_url=url, secret_token=SECRET, store_path=Path(tmp.name) / "chats.sqlite3")
    app = build_application(settings, model, store)
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    async def serve():
        await app.initialize()
        await app.start()
        await app.updater.start_webhook(listen="127.0.0.1", port=port, url_path="telegram",
                                        webhook_url=url, secret_token=SECRET)
        ready.set()

    threading.Thread(target=lambda: (loop.run_until_complete(serve()), loop.run_forever()), daemon=True).start()
    ready.wait(60)

    texts = messages(args.updates)
    posted_at = {}
    statuses = []

    def send(i):
        chat_id = 10_000 + i
        update = text_update(chat_id, texts[i]) | {"update_id": i + 1}
        posted_at[chat_id] = time.monotonic()
        statuses.append(post_webhook(url, update, SECRET))

    started = time.monotonic()
    with ThreadPoolExecutor(args.senders) as pool:
        list(pool.map(send, range(args.updates)))
    # wait until every update has its reply (bounded)
    while len(emu.calls("sendMessage")) < args.updates and time.monotonic() - started < DEADLINE_S:
        time.sleep(0.05)
    elapsed = time.monotonic() - started
    time.sleep(0.5)  # let any duplicate replies arrive before counting

    replies = emu.calls("sendMessage")
    per_chat = {}
    for call in replies:
        chat_id = int(call["params"]["chat_id"])
        per_chat.setdefault(chat_id, []).append(call["at"])
    latencies = sorted((times[0] - posted_at[c]) * 1000 for c, times in per_chat.items() if c in posted_at)
    exactly_one = sum(1 for c in posted_at if len(per_chat.get(c, [])) == 1)

    def pct(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p))] if latencies else float("nan")

    print(f"updates posted       {args.updates} from {args.senders} concurrent senders "
          f"(HTTP 200: {statuses.count(200)})")
    print(f"replies              {len(replies)} in {elapsed:.1f} s = {len(replies) / elapsed:.0f} replies/s")
    print(f"latency p50/p90/p99  {pct(0.50):.0f} / {pct(0.90):.0f} / {pct(0.99):.0f} ms "
          f"(max {latencies[-1] if latencies else float('nan'):.0f} ms, mean {statistics.mean(latencies) if latencies else float('nan'):.0f} ms)")
    print(f"exactly one reply    {exactly_one} of {args.updates} updates "
          f"({'all' if exactly_one == args.updates else 'NOT all'})")

    async def shutdown():
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    asyncio.run_coroutine_threadsafe(shutdown(), loop).result(30)
    loop.call_soon_threadsafe(loop.stop)
    emu.stop()
    store.close()
    return 0 if exactly_one == args.updates else 1


if __name__ == "__main__":
    sys.exit(main())
