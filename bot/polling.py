"""Polling: fetch updates with getUpdates and confirm each only after it has been answered.

Telegram keeps every update from the `offset` a getUpdates call names onwards; asking for a later
offset confirms everything before it. python-telegram-bot's Updater asks for the next offset as
soon as it has fetched a batch, so a crash loses every update fetched and not yet answered. Here
the offset moves only past updates that have been answered (bot/delivery.py):

- at most FETCH_LIMIT (100, one getUpdates batch) updates are in hand or waiting to be confirmed;
  a batch is started emergencies first (bot/priority.py ranks each update once), so an emergency
  behind a backlog is not answered after it;
- the offset is the oldest update still in hand, so getUpdates returns the ones in hand again:
  they are skipped, and while the oldest is in hand the bot asks again only when one finishes
  (or after REPOLL_WHILE_BUSY seconds), instead of at once;
- an update python-telegram-bot cannot read gets the fail-safe reply (private chats) and is
  confirmed: it no longer blocks the ones after it;
- an update whose reply could not be sent (no network...) is tried again after a pause, up to
  ATTEMPTS times, then confirmed, so one update cannot hold up every other for ever.

What remains possible: a reply sent twice, if the bot dies after answering an update and before
the store has noted its id (the id table catches every later redelivery); an update answered
after up to ATTEMPTS tries, or never if sending fails every time.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List, Optional, Sequence, Set

from telegram.error import InvalidToken, RetryAfter

from .delivery import Deliveries, update_id_of
from .priority import ORDINARY, UpdateRanks

log = logging.getLogger(__name__)
FETCH_LIMIT = 100           # Telegram's largest batch: updates in hand or waiting to be confirmed
LONG_POLL = 10              # seconds getUpdates waits for a new update
REPOLL_WHILE_BUSY = 0.25    # seconds between fetches while the oldest update is still in hand
ATTEMPTS = 5                # tries for an update whose reply could not be sent
RETRY_PAUSE = 2.0           # seconds before trying such an update again (doubling)
NETWORK_PAUSE = (1.0, 30.0)  # first and longest pause after getUpdates itself failed

IN_HAND, DONE, AGAIN = "in hand", "done", "again"


class Poller:
    def __init__(self, deliveries: Deliveries, bot: Any, ranks: UpdateRanks,
                 allowed_updates: Optional[Sequence[str]] = None, long_poll: float = LONG_POLL) -> None:
        self._deliveries = deliveries
        self._bot = bot
        self._ranks = ranks
        self._allowed = list(allowed_updates) if allowed_updates is not None else None
        self._long_poll = long_poll
        self._state: Dict[int, str] = {}  # update id -> IN_HAND | DONE | AGAIN, from the offset on
        self._attempts: Dict[int, int] = {}
        self._offset: Optional[int] = None
        self._progress = asyncio.Event()
        self._tasks: Set[asyncio.Task] = set()
        self._loop_task: Optional[asyncio.Task] = None

    async def start(self) -> None:
        """Stop any webhook (Telegram refuses getUpdates while one is set; pending updates are
        kept), then fetch in the background."""
        await self._bot.delete_webhook(drop_pending_updates=False)
        self._loop_task = asyncio.create_task(self._run(), name="polling")

    async def stop_taking(self) -> None:
        """Fetch no more updates (those in hand go on)."""
        task, self._loop_task = self._loop_task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass

    async def close(self) -> None:
        """Give up the updates still in hand (Telegram keeps them: they were never confirmed) and
        confirm the ones answered."""
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        self._advance()
        if self._offset is not None:
            try:
                await self._get_updates(limit=1, timeout=0)
            except Exception as error:  # the next start confirms them, or the id table catches them
                log.warning("could not confirm the last answered updates: %s", type(error).__name__)

    # -----------------------------------------------------------------------------------------

    async def _run(self) -> None:
        pause = NETWORK_PAUSE[0]
        while True:
            try:
                batch = await self._get_updates(limit=FETCH_LIMIT, timeout=self._long_poll)
            except RetryAfter as error:
                await asyncio.sleep(_seconds(error.retry_after))
                continue
            except Exception as error:  # no network, Conflict (another copy polls), a revoked token...
                level = logging.ERROR if isinstance(error, InvalidToken) else logging.WARNING
                log.log(level, "could not fetch updates (%s); trying again in %g s", type(error).__name__, pause)
                await asyncio.sleep(pause)
                pause = min(pause * 2, NETWORK_PAUSE[1])
                continue
            pause = NETWORK_PAUSE[0]
            new = self._take(batch)
            if not new and any(state != DONE for state in self._state.values()):
                # getUpdates returns the updates in hand again at once: wait for one to finish
                self._progress.clear()
                try:
                    await asyncio.wait_for(self._progress.wait(), REPOLL_WHILE_BUSY)
                except asyncio.TimeoutError:
                    pass

    async def _get_updates(self, limit: int, timeout: float) -> List[Any]:
        data: Dict[str, Any] = {"timeout": timeout, "limit": limit}
        if self._offset is not None:
            data["offset"] = self._offset
        if self._allowed is not None:
            data["allowed_updates"] = self._allowed
        # the raw data, so that one update python-telegram-bot cannot read does not hide the rest
        # (Bot.get_updates reads the whole batch or raises)
        result = await self._bot._post("getUpdates", data, read_timeout=timeout + 10)
        return result if isinstance(result, list) else []

    def _take(self, batch: List[Any]) -> int:
        """Start the updates of a batch not in hand yet, emergencies first; how many."""
        fresh = []
        for arrival, data in enumerate(batch):
            update_id = update_id_of(data)
            if update_id is None:
                continue
            if self._offset is not None and update_id < self._offset:
                continue
            if self._state.get(update_id) in (IN_HAND, DONE):
                continue
            self._state[update_id] = IN_HAND
            update = self._deliveries.read(data)
            rank = self._ranks.rank(update) if update is not None else ORDINARY
            fresh.append((rank, arrival, data, update))
        for _rank, _arrival, data, update in sorted(fresh, key=lambda item: item[:2]):
            task = asyncio.create_task(self._deliver(data, update))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return len(fresh)

    async def _deliver(self, data: Dict[str, Any], update: Any) -> None:
        update_id = update_id_of(data)
        assert update_id is not None
        try:
            answered = await self._deliveries.deliver(data, update)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # a bug here must not stall the offset
            log.error("an update could not be delivered: %s", type(error).__name__)
            answered = True
        finally:
            if update is not None:
                self._ranks.forget(update)  # if it never reached the processor
        if not answered:
            attempts = self._attempts[update_id] = self._attempts.get(update_id, 0) + 1
            if attempts < ATTEMPTS:
                await asyncio.sleep(RETRY_PAUSE * 2 ** (attempts - 1))
                self._state[update_id] = AGAIN  # fetched again, it is delivered again
                self._progress.set()
                return
            log.error("an update could not be answered after %d attempts; it is confirmed", attempts)
        self._attempts.pop(update_id, None)
        self._state[update_id] = DONE
        self._advance()
        self._progress.set()

    def _advance(self) -> None:
        """Move the offset past every answered update that has no unanswered one before it."""
        for update_id in sorted(self._state):
            if self._state[update_id] != DONE:
                break
            del self._state[update_id]
            self._offset = update_id + 1


def _seconds(retry_after: Any) -> float:
    return retry_after.total_seconds() if hasattr(retry_after, "total_seconds") else float(retry_after)
