"""Telegram's flood limits for every reply, but an emergency reply does not wait in line.

python-telegram-bot's AIORateLimiter paces all requests to Telegram's limits (30 messages a second
overall). In a burst, a reply that says "call 999 now" would queue behind everyone else's. Sent
with `rate_limit_args=URGENT`, it goes at once; if Telegram answers 429 it is retried as usual.
"""
from __future__ import annotations

import asyncio

from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

URGENT = "urgent"


def _seconds(retry_after) -> float:
    return retry_after.total_seconds() if hasattr(retry_after, "total_seconds") else float(retry_after)


class UrgentFirstRateLimiter(AIORateLimiter):
    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        if rate_limit_args != URGENT:
            return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        for attempt in range(self._max_retries + 1):
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == self._max_retries:
                    raise
                await asyncio.sleep(_seconds(error.retry_after) + 0.1)
        return None
