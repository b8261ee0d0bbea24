"""Telegram's flood limits for every reply, with a lane of their own for emergencies, and
Telegram's pauses kept to the second.

Pacing: Telegram allows a bot about 30 messages a second overall (and 20 a minute in one group).
Ordinary replies get 25 a second, at most 5 at once, and emergency replies (sent with
`rate_limit_args=URGENT`) a reserved 5 a second of their own: together never more than 30. An
emergency normally finds its lane free and goes at once; if many come together, those the lane
cannot take at once join the shared pacing, so an emergency is never slower than an ordinary
reply.

Pauses: when Telegram answers 429 with `retry_after`, it has stopped the whole bot for that long,
so every request waits until the pause is over, emergencies too: a reply sent inside the pause is
refused and wastes a retry. The pause is a deadline (the latest any 429 asked for), never ended
early by another request finishing (python-telegram-bot's AIORateLimiter does that up to 22.8,
its issue #5338, which is why this is a BaseRateLimiter of its own). When a pause ends, the
emergency replies that waited it out go first, and ordinary replies only once those are sent.

A reply waiting here gives up its processing slot (bot/priority.py), so replies waiting to be
sent never keep an emergency from being assessed. Whether the reply was sent in the end is noted
for the update's delivery (bot/send_outcome.py): an update is acknowledged to Telegram only when it
was answered.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any, Callable, Coroutine, Dict, Optional, Union

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from .priority import release_processing_slot
from .send_outcome import note_request

log = logging.getLogger(__name__)
URGENT = "urgent"
TELEGRAM_OVERALL_PER_SECOND = 30
URGENT_LANE_PER_SECOND = 5
ORDINARY_BURST = 5  # ordinary replies that may go at once (at 25 a second)
GROUP_PER_MINUTE = 20
MAX_RETRIES = 5  # 429s for one request before it fails (each waits out its pause first)
PAUSE_MARGIN = 0.1  # seconds added to Telegram's retry_after

Result = Union[bool, Dict[str, Any], list]


def _seconds(retry_after: Any) -> float:
    return retry_after.total_seconds() if hasattr(retry_after, "total_seconds") else float(retry_after)


class UrgentFirstRateLimiter(BaseRateLimiter[str]):
    def __init__(self, flood_limits: bool = True, max_retries: int = MAX_RETRIES,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """`flood_limits=False` lifts the pacing (only for measuring the bot's own capacity against
        a local emulator); Telegram's pauses are kept whatever it is."""
        self._max_retries = max_retries
        self._clock = clock
        self._paused_until = 0.0
        self._urgent_held = 0  # emergency replies that waited out a pause and are not sent yet
        self._urgent_gone = asyncio.Event()
        self._urgent_gone.set()
        self._ordinary: Optional[AsyncLimiter] = None
        self._urgent_lane: Optional[AsyncLimiter] = None
        self._pace_groups = flood_limits
        self._groups: Dict[Union[int, str], AsyncLimiter] = {}
        if flood_limits:
            # at most ORDINARY_BURST at once, then evenly spaced (not 25 at once, then none): when
            # Telegram does pause the bot, only a few replies are already on their way
            per_second = TELEGRAM_OVERALL_PER_SECOND - URGENT_LANE_PER_SECOND
            self._ordinary = AsyncLimiter(ORDINARY_BURST, ORDINARY_BURST / per_second)
            self._urgent_lane = AsyncLimiter(URGENT_LANE_PER_SECOND, 1)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    @property
    def paused_for(self) -> float:
        """Seconds left of Telegram's current pause (0 when there is none)."""
        return max(0.0, self._paused_until - self._clock())

    def pause(self, seconds: float) -> None:
        """Telegram asked for a pause: no request goes out until it is over."""
        until = self._clock() + seconds + PAUSE_MARGIN
        if until > self._paused_until:
            if self._paused_until <= self._clock():
                log.warning("Telegram paused the bot for %.0f s (flood control): replies wait, "
                            "emergencies first when it ends", seconds)
            self._paused_until = until

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Result]], args: Any,
                              kwargs: Dict[str, Any], endpoint: str, data: Dict[str, Any],
                              rate_limit_args: Optional[str]) -> Result:
        urgent = rate_limit_args == URGENT
        chat_id = data.get("chat_id")
        with contextlib.suppress(ValueError, TypeError):
            chat_id = int(chat_id)  # type: ignore[arg-type]
        group = chat_id if (isinstance(chat_id, int) and chat_id < 0) or isinstance(chat_id, str) else None
        paced = chat_id is not None  # as Telegram counts: messages to chats
        for attempt in range(self._max_retries + 1):
            try:
                result = await self._send(urgent, paced, group, callback, args, kwargs)
            except RetryAfter as error:
                self.pause(_seconds(error.retry_after))
                if attempt == self._max_retries:
                    note_request(endpoint, error)
                    raise
                continue
            except Exception as error:
                note_request(endpoint, error)
                raise
            note_request(endpoint, None)
            return result
        raise AssertionError("unreachable")  # the loop returns or raises

    async def _send(self, urgent: bool, paced: bool, group: Optional[Union[int, str]],
                    callback: Callable[..., Coroutine[Any, Any, Result]], args: Any, kwargs: Dict[str, Any]) -> Result:
        if urgent:
            held = await self._wait_out_pause(urgent=True)
            try:
                lane = self._urgent_lane
                if lane is None or not paced:
                    return await callback(*args, **kwargs)
                if lane.has_capacity():
                    async with lane:
                        return await callback(*args, **kwargs)
                return await self._paced(True, paced, group, callback, args, kwargs)  # the shared queue
            finally:
                if held:
                    self._urgent_sent()
        await self._wait_out_pause(urgent=False)
        return await self._paced(False, paced, group, callback, args, kwargs)

    async def _paced(self, urgent: bool, paced: bool, group: Optional[Union[int, str]],
                     callback: Callable[..., Coroutine[Any, Any, Result]], args: Any, kwargs: Dict[str, Any]) -> Result:
        limiters = []
        if paced and self._ordinary is not None:
            limiters.append(self._ordinary)
        if group is not None and self._pace_groups:
            limiters.append(self._group(group))
        for limiter in limiters:
            if not limiter.has_capacity():
                release_processing_slot()  # waiting to send holds no slot
            await limiter.acquire()
        await self._wait_out_pause(urgent)  # a pause may have begun while this one waited its turn
        return await callback(*args, **kwargs)

    async def _wait_out_pause(self, urgent: bool) -> bool:
        """Wait until Telegram's pause is over; an ordinary request also waits for the emergency
        replies that waited it out. True if this (urgent) request was held by a pause."""
        held = False
        while True:
            left = self._paused_until - self._clock()
            if left > 0:
                release_processing_slot()
                if urgent and not held:
                    held = True
                    self._urgent_held += 1
                    self._urgent_gone.clear()
                await asyncio.sleep(left)
                continue
            if not urgent and self._urgent_held:
                release_processing_slot()
                await self._urgent_gone.wait()
                continue
            return held

    def _urgent_sent(self) -> None:
        self._urgent_held -= 1
        if self._urgent_held == 0:
            self._urgent_gone.set()

    def _group(self, group: Union[int, str]) -> AsyncLimiter:
        if len(self._groups) > 512:  # forget groups whose limiter is idle
            for key, limiter in list(self._groups.items()):
                if key != group and limiter.has_capacity(limiter.max_rate):
                    del self._groups[key]
        if group not in self._groups:
            self._groups[group] = AsyncLimiter(GROUP_PER_MINUTE, 60)
        return self._groups[group]
