"""Explicit emergencies go first: in the update queue and for a processing slot.

python-telegram-bot takes updates from an asyncio.Queue in arrival order and processes at most N
at once. In a burst, a message saying "he's outside my house" would wait until earlier messages
had been assessed and answered. The deterministic safety layer (microseconds, no model) ranks
each private text update, and so does the check for a plea for help now ("help", "SOS", "999",
"helpu", /now, /nawr: responses.help_now) and for an urgent button (help now, "Talk to a person
now", the menu's "I'm in danger": responses.buttons.is_urgent); then:

- EmergencyFirstQueue orders waiting updates by (priority, arrival), like asyncio.PriorityQueue;
- EmergencyFirstProcessor gives a free processing slot to a waiting emergency before any
  ordinary update.

Everything else keeps its order. The reply itself then has a lane of its own past the flood-limit
pacing (bot/rate_limit.py). Each update is ranked once, when it is queued or fetched (UpdateRanks),
and the processor reads that rank rather than running the safety layer again.

A slot is for working out the reply, not for waiting to send it: an update whose reply must wait
for Telegram's flood limits (pacing, or a 429 pause) gives its slot up
(`release_processing_slot`, called by the rate limiter), so ordinary replies waiting to be sent
never keep an emergency from being assessed.
"""
from __future__ import annotations

import asyncio
import contextlib
import contextvars
import heapq
import itertools
from typing import Any, AsyncIterator, Awaitable, Dict, List, Optional, Tuple

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import BaseUpdateProcessor

from nlu.safety import explicit_reasons
from nlu.vocabulary import parse_callback
from responses.buttons import is_known_callback, is_urgent
from responses.help_now import is_help_now_plea

EMERGENCY, ORDINARY = 0, 1


def priority(item: object) -> int:
    if not isinstance(item, Update):
        return ORDINARY
    chat = item.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return ORDINARY
    query = item.callback_query
    if query is not None:
        return EMERGENCY if _urgent_button(query.data) else ORDINARY
    message = item.effective_message
    text = getattr(message, "text", None) if message is not None else None
    if not text:
        return ORDINARY
    if explicit_reasons(text):
        return EMERGENCY
    # a forwarded "help" is what someone else wrote: the core answers it as a message, not a plea
    forwarded = getattr(message, "forward_origin", None) is not None
    return EMERGENCY if not forwarded and is_help_now_plea(text) else ORDINARY


def _urgent_button(data: object) -> bool:
    if not isinstance(data, str) or not is_known_callback(data):
        return False
    action, value = parse_callback(data)
    return is_urgent(action, value)


class UpdateRanks:
    """Each update's priority, computed once when it is queued and handed over when it is
    processed. Holds an update only between the two."""

    def __init__(self) -> None:
        self._ranks: Dict[int, Tuple[object, int]] = {}  # id(update) -> (update, rank)

    def rank(self, item: object) -> int:
        """Compute and remember the rank of a queued item."""
        rank = priority(item)
        if isinstance(item, Update):
            self._ranks[id(item)] = (item, rank)
        return rank

    def take(self, item: object) -> int:
        """The rank remembered for an item (computed now if it was never queued), then forget it."""
        remembered = self._ranks.pop(id(item), None)
        if remembered is not None and remembered[0] is item:
            return remembered[1]
        return priority(item)

    def forget(self, item: object) -> None:
        """Drop a rank never taken (an update dropped as a duplicate before processing)."""
        remembered = self._ranks.get(id(item))
        if remembered is not None and remembered[0] is item:
            del self._ranks[id(item)]


class EmergencyFirstQueue(asyncio.Queue):
    """asyncio.Queue ordered by (priority, arrival)."""

    def __init__(self, ranks: Optional[UpdateRanks] = None) -> None:
        self.ranks = ranks or UpdateRanks()
        super().__init__()

    def _init(self, maxsize):
        self._queue = []
        self._arrivals = itertools.count()

    def _put(self, item):
        heapq.heappush(self._queue, (self.ranks.rank(item), next(self._arrivals), item))

    def _get(self):
        return heapq.heappop(self._queue)[2]


class PrioritySlots:
    """A semaphore whose waiters are served by (priority, arrival)."""

    def __init__(self, slots: int) -> None:
        self._free = slots
        self._waiters: List[Tuple[int, int, asyncio.Future]] = []
        self._arrivals = itertools.count()

    async def acquire(self, rank: int) -> None:
        if self._free > 0 and not self._waiters:
            self._free -= 1
            return
        waiter = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (rank, next(self._arrivals), waiter))
        try:
            await waiter  # release() hands its slot straight to us
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release()  # we were handed a slot but won't use it
            else:
                self._waiters = [w for w in self._waiters if w[2] is not waiter]
                heapq.heapify(self._waiters)
            raise

    def release(self) -> None:
        while self._waiters:
            _, _, waiter = heapq.heappop(self._waiters)
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1


class SlotLease:
    """One update's hold on a processing slot; released once, whoever releases it first."""

    def __init__(self, slots: PrioritySlots) -> None:
        self._slots: Optional[PrioritySlots] = slots

    def release(self) -> None:
        slots, self._slots = self._slots, None
        if slots is not None:
            slots.release()


_LEASE: contextvars.ContextVar[Optional[SlotLease]] = contextvars.ContextVar("processing_slot", default=None)


def release_processing_slot() -> None:
    """The update being processed gives its slot to the next waiting update (emergencies first),
    e.g. while its reply waits for Telegram's flood limits. Does nothing outside an update."""
    lease = _LEASE.get()
    if lease is not None:
        lease.release()


class ChatTurns:
    """One update at a time per chat, in the order they come: a chat's second message waits until
    its first is answered (and its message ids kept), so replies in a chat keep their order and
    /forget or /clear cannot be overtaken by the bookkeeping of an earlier update. Different chats
    never wait for each other. Holds a lock only while a chat has an update in hand."""

    def __init__(self) -> None:
        self._locks: Dict[int, Tuple[asyncio.Lock, int]] = {}  # chat id -> (lock, updates using it)

    @contextlib.asynccontextmanager
    async def turn(self, update: object) -> AsyncIterator[None]:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            yield
            return
        lock, users = self._locks.get(chat.id, (asyncio.Lock(), 0))
        self._locks[chat.id] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[chat.id]
            if users == 1:
                del self._locks[chat.id]
            else:
                self._locks[chat.id] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)


class EmergencyFirstProcessor(BaseUpdateProcessor):
    """At most `slots` updates being worked on at once; a waiting emergency gets the next free
    slot. An update waiting to send its reply holds no slot (release_processing_slot)."""

    def __init__(self, slots: int, ranks: Optional[UpdateRanks] = None) -> None:
        # python-telegram-bot's own semaphore is made wide; the slots below do the limiting
        super().__init__(max_concurrent_updates=1_000_000)
        self._slots = PrioritySlots(slots)
        self.ranks = ranks or UpdateRanks()
        self.turns = ChatTurns()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        rank = self.ranks.take(update)
        # the chat's turn first, then a slot: an update waiting for its chat holds no slot
        async with self.turns.turn(update):
            await self._slots.acquire(rank)
            lease = SlotLease(self._slots)
            token = _LEASE.set(lease)
            try:
                await coroutine
            finally:
                _LEASE.reset(token)
                lease.release()

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
