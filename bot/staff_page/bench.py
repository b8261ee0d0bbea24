"""How long a list takes on the staff page, end to end over HTTP, and what a person sees meanwhile.

    .venv/bin/python -m bot.staff_page.bench [--messages 1000]

Starts the page in this process on a free loopback port with the real model, uploads a CSV of
real example messages (both languages, from the training and held-out data), and prints: the
time to the first bytes (the progress bar), when each progress step arrived, the total time,
the report's size, and messages per second. A try of one message is timed while the list runs,
to show the page stays responsive.
"""
from __future__ import annotations

import argparse
import asyncio
import csv
import io
import random
import re
import sys
import time
from typing import List, Optional, Tuple

from aiohttp import ClientSession, CookieJar, FormData, web

from nlu.data_check import held_out_examples, training_examples

from ..privacy import configure_logging
from .app import make_app
from .settings import StaffSettings


def example_csv(count: int) -> bytes:
    pool = [(text, language) for language in ("en", "cy")
            for source in (training_examples(language), held_out_examples(language))
            for items in source.values() for text in items]
    rng = random.Random(7)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["text"])
    for _ in range(count):
        writer.writerow([rng.choice(pool)[0]])
    return out.getvalue().encode("utf-8")


async def measure(count: int) -> None:
    from nlu.model import IntentModel

    started = time.perf_counter()
    model = IntentModel()
    print(f"model loaded in {time.perf_counter() - started:.1f} s")
    app = make_app(model, StaffSettings())
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    base = f"http://127.0.0.1:{port}"
    data = example_csv(count)
    try:
        async with ClientSession(cookie_jar=CookieJar(unsafe=True)) as session:   # cookies for 127.0.0.1
            page = await (await session.get(base + "/")).text()
            found = re.search(r'name="csrf" value="([^"]+)"', page)
            if found is None:
                raise SystemExit("the page has no form token: is it the staff page?")
            token = found.group(1)
            await session.post(base + "/", data={"csrf": token, "text": "hello"})   # warm up
            form = FormData()
            form.add_field("csrf", token)
            form.add_field("file", data, filename="list.csv", content_type="text/csv")
            sent = time.perf_counter()
            steps: List[Tuple[float, int]] = []
            received = bytearray()
            first: Optional[float] = None
            try_task = asyncio.create_task(_timed_try(session, base, token, delay=2.0))
            async with session.post(base + "/list", data=form) as response:
                async for chunk in response.content.iter_any():
                    now = time.perf_counter() - sent
                    first = first if first is not None else now
                    received.extend(chunk)
                    for value in re.findall(rb'<div class="step"><progress max="\d+" value="(\d+)"', chunk):
                        steps.append((now, int(value)))
            total = time.perf_counter() - sent
            try_seconds = await try_task
    finally:
        await runner.cleanup()
    if first is None:
        raise SystemExit("the page sent nothing back")
    print(f"{count} messages ({len(data) / 1024:.0f} KB CSV) over HTTP")
    print(f"  first bytes (page header and progress bar): {first * 1000:.0f} ms")
    shown = [f"{at:.1f}s {value}" for at, value in steps]
    if len(shown) > 6:
        shown = shown[:3] + ["..."] + shown[-3:]
    print("  progress steps (s, checked): " + ", ".join(shown) + f"  [{len(steps)} steps]")
    print(f"  whole report received: {total:.1f} s ({count / total:.0f} messages/s), "
          f"{len(received) / 1e6:.1f} MB of HTML")
    print(f"  one message tried while the list ran: answered in {try_seconds * 1000:.0f} ms")
    core = _core_alone(model, data)
    print(f"  the core alone on the same messages (same model, one thread): {core:.1f} s "
          f"({count / core:.0f} messages/s)")


def _core_alone(model, data: bytes) -> float:
    from .report import check_items
    from .upload import parse_csv

    items = parse_csv(data)
    started = time.perf_counter()
    check_items(items, model)
    return time.perf_counter() - started


async def _timed_try(session, base, token, delay: float) -> float:
    await asyncio.sleep(delay)
    started = time.perf_counter()
    async with session.post(base + "/", data={"csrf": token, "text": "someone says he'll post my pics"}) as r:
        await r.read()
    return time.perf_counter() - started


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.staff_page.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args(argv)
    configure_logging("WARNING")
    asyncio.run(measure(args.messages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
