"""Telegram's 429 pauses: kept to the end whatever else finishes (python-telegram-bot #5338),
emergencies first when they end, and a reply waiting to be sent holds no processing slot."""
from __future__ import annotations

import asyncio
import time

from telegram.error import RetryAfter

from bot.priority import EMERGENCY, ORDINARY, EmergencyFirstProcessor
from bot.rate_limit import URGENT, UrgentFirstRateLimiter

PAUSE = 1  # seconds of Telegram's retry_after in these tests


class Telegram:
    """Stands in for the Bot API call: the first request is refused with a pause; every request
    that gets through is recorded with its time."""

    def __init__(self) -> None:
        self.sent: list = []
        self.refused = False
        self.started = time.monotonic()

    async def call(self, name: str, duration: float = 0.0) -> bool:
        if not self.refused:
            self.refused = True
            raise RetryAfter(PAUSE)
        await asyncio.sleep(duration)
        self.sent.append((name, time.monotonic() - self.started))
        return True


async def request(limiter, telegram, name, urgent=False, duration=0.0, chat_id=1):
    return await limiter.process_request(telegram.call, (name, duration), {}, "sendMessage",
                                         {"chat_id": chat_id}, URGENT if urgent else None)


def test_a_pause_is_not_ended_early_by_another_request_finishing():
    """A request already on its way when the pause began finishes inside it; python-telegram-bot
    22.8's AIORateLimiter then let every waiting request go (its issue #5338)."""
    async def scenario():
        limiter, telegram = UrgentFirstRateLimiter(flood_limits=False), Telegram()
        telegram.refused = True  # the slow one gets through, and is still going when the pause begins
        slow = asyncio.create_task(request(limiter, telegram, "slow", duration=0.3))
        await asyncio.sleep(0.05)
        telegram.refused = False
        refused = asyncio.create_task(request(limiter, telegram, "refused, then retried"))
        await asyncio.sleep(0.1)
        waiting = asyncio.create_task(request(limiter, telegram, "waiting"))
        await asyncio.gather(slow, refused, waiting)
        return dict(telegram.sent)
    sent = asyncio.run(scenario())
    assert sent["slow"] < 0.5
    assert sent["waiting"] >= 0.05 + PAUSE and sent["refused, then retried"] >= 0.05 + PAUSE


def test_when_a_pause_ends_the_emergencies_that_waited_it_out_go_first():
    async def scenario():
        limiter, telegram = UrgentFirstRateLimiter(), Telegram()
        first = asyncio.create_task(request(limiter, telegram, "refused"))
        await asyncio.sleep(0.1)  # the pause has begun
        ordinary = [asyncio.create_task(request(limiter, telegram, f"ordinary {i}", chat_id=10 + i))
                    for i in range(5)]
        await asyncio.sleep(0.1)
        emergency = asyncio.create_task(request(limiter, telegram, "emergency", urgent=True, chat_id=99))
        await asyncio.gather(first, emergency, *ordinary)
        return telegram.sent
    sent = asyncio.run(scenario())
    assert sent[0][0] == "emergency", sent
    assert all(at >= PAUSE for _name, at in sent)  # nothing inside the pause, the emergency neither
    assert len(sent) == 7


def test_a_reply_waiting_out_a_pause_gives_its_processing_slot_to_an_emergency():
    """One processing slot: an ordinary update whose reply waits out a pause must not keep an
    emergency from being assessed until the pause is over."""
    async def scenario():
        limiter, telegram = UrgentFirstRateLimiter(), Telegram()
        processor = EmergencyFirstProcessor(1)
        assessed = {}

        async def handle(name, rank_urgent):
            assessed[name] = time.monotonic() - telegram.started
            await request(limiter, telegram, name, urgent=rank_urgent, chat_id=len(assessed))

        class Item:  # not a Telegram Update: ranked ordinary; the emergency's rank is given below
            pass
        ordinary, emergency = Item(), Item()
        processor.ranks.take = lambda item: EMERGENCY if item is emergency else ORDINARY  # type: ignore
        first = asyncio.create_task(processor.process_update(ordinary, handle("ordinary", False)))
        await asyncio.sleep(0.2)
        second = asyncio.create_task(processor.process_update(emergency, handle("emergency", True)))
        await asyncio.gather(first, second)
        return assessed, telegram.sent
    assessed, sent = asyncio.run(scenario())
    assert assessed["emergency"] < 0.5  # not after the pause (1 s)
    assert [name for name, _at in sent] == ["emergency", "ordinary"]
