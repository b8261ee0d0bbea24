"""Telegram's flood limits for every reply, with a lane of their own for emergencies.

Telegram allows a bot about 30 messages a second overall. python-telegram-bot's AIORateLimiter
paces every request to that, so in a burst a reply that says "call 999 now" would wait behind
everyone else's. Here ordinary replies get 25 a second and emergency replies (sent with
`rate_limit_args=URGENT`) a reserved 5 a second of their own: together never more than 30. An
emergency normally finds its lane free and goes at once; if many come together, those the lane
cannot take at once join the shared queue, so an emergency is never slower than an ordinary
reply. Both lanes retry after a 429.
"""
from __future__ import annotations

import asyncio
from typing import Optional

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

URGENT = "urgent"
TELEGRAM_OVERALL_PER_SECOND = 30
URGENT_LANE_PER_SECOND = 5


def _seconds(retry_after) -> float:
    return retry_after.total_seconds() if hasattr(retry_after, "total_seconds") else float(retry_after)


class UrgentFirstRateLimiter(AIORateLimiter):
    def __init__(self, flood_limits: bool = True, max_retries: int = 3) -> None:
        if flood_limits:
            super().__init__(overall_max_rate=TELEGRAM_OVERALL_PER_SECOND - URGENT_LANE_PER_SECOND,
                             max_retries=max_retries)
            self._urgent_lane: Optional[AsyncLimiter] = AsyncLimiter(URGENT_LANE_PER_SECOND, 1)
        else:  # only for measuring the bot's own capacity against a local emulator
            super().__init__(overall_max_rate=0, group_max_rate=0, max_retries=max_retries)
            self._urgent_lane = None

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        urgent = rate_limit_args == URGENT
        lane_free = self._urgent_lane is None or self._urgent_lane.has_capacity()
        if not (urgent and lane_free):
            return await super().process_request(callback, args, kwargs, endpoint, data,
                                                 None if urgent else rate_limit_args)
        for attempt in range(self._max_retries + 1):
            try:
                if self._urgent_lane is None:
                    return await callback(*args, **kwargs)
                async with self._urgent_lane:
                    return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == self._max_retries:
                    raise
                await asyncio.sleep(_seconds(error.retry_after) + 0.1)
        return None
