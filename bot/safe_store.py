"""The chat store as the Telegram handlers see it: async, off the event loop, never failing.

`bot/store.py` is the SQLite file itself (synchronous). Here every call runs in the store's own
worker thread with a short timeout, so a slow disk or a locked file never stalls other chats, and
any failure gives the caller a default instead of an exception: a read gives "nothing known" (the
handler then uses the Telegram app's language), a write is skipped. Remembering a chat's language
matters far less than answering it.

After a failure the store is left alone for `retry_after` seconds (every call answers at once
with its default), then tried again, reopening the file if it never opened. The log says once
that the store is unavailable and why, and once that it is back: never a chat id or any text.
"""
from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, List, Optional, Sequence, Tuple, TypeVar

from .core import ChatPrefs
from .store import ChatStore, StoreError, describe

log = logging.getLogger(__name__)
T = TypeVar("T")
TIMEOUT = 0.5       # seconds a handler waits for the store before going on without it
RETRY_AFTER = 10.0  # seconds the store is left alone after a failure


class SafeStore:
    def __init__(self, opener: Callable[[], ChatStore], store: Optional[ChatStore] = None,
                 timeout: float = TIMEOUT, retry_after: float = RETRY_AFTER,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """`opener` opens the file (and may raise StoreError); `store`, if given, is already open
        and stays its owner's to close."""
        self._opener = opener
        self._store = store
        self._owned = store is None
        self._timeout = timeout
        self._retry_after = retry_after
        self._clock = clock
        self._down_until: Optional[float] = None  # set while the store is unavailable
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chat-store")
        self._marks: Optional[Tuple[List[int], asyncio.Future]] = None  # answered ids waiting to be written
        self._last_marks: Optional[asyncio.Future] = None

    @classmethod
    def wrapping(cls, store: ChatStore) -> SafeStore:
        return cls(opener=lambda: store, store=store)

    def open_at_start(self) -> Optional[str]:
        """Open the file now, before the bot takes updates. Returns what is wrong (also logged,
        once) or None. The bot runs either way."""
        try:
            self._open()
        except StoreError as error:
            self._went_down(str(error), at_start=True)
            return str(error)
        return None

    async def load(self, chat_id: int) -> Optional[ChatPrefs]:
        """The chat's choices, or None when nothing is known (none kept, or no store)."""
        return await self._call("read", lambda store: store.load(chat_id), None)

    async def save(self, chat_id: int, prefs: ChatPrefs) -> bool:
        """Keep the chat's choices; False (and nothing else) when that failed."""
        copy = ChatPrefs(prefs.language, prefs.audience)  # as it is now, whatever the caller does next

        def put(store: ChatStore) -> bool:
            store.put(chat_id, copy)
            return True
        return await self._call("write", put, False)

    async def forget(self, chat_id: int) -> bool:
        """Delete what is kept about the chat; False when that failed."""
        def delete(store: ChatStore) -> bool:
            store.forget(chat_id)
            return True
        return await self._call("delete", delete, False)

    async def remember_messages(self, chat_id: int, messages: Sequence[Tuple[int, float]]) -> bool:
        """Keep message ids (with the time each was sent) for the quick exit; False when that failed."""
        rows = list(messages)

        def put(store: ChatStore) -> bool:
            store.remember_messages(chat_id, rows)
            return True
        return await self._call("write", put, False)

    async def message_ids(self, chat_id: int) -> List[int]:
        """The chat's message ids kept for the quick exit; none when the store can't say."""
        return await self._call("read", lambda store: store.message_ids(chat_id), [])

    async def purge_expired(self) -> int:
        """Delete every row kept longer than its table allows; 0 when that failed."""
        return await self._call("purge", lambda store: store.purge_expired(), 0)
    async def was_answered(self, update_id: int) -> bool:
        """Whether the update was answered already. False when the store cannot say: answering
        twice is better than not at all."""
        return await self._call("read", lambda store: store.was_answered(update_id), False)

    async def mark_answered(self, update_id: int) -> bool:
        """Remember that the update was answered; False (and nothing else) when that failed.
        The ids that come while one write is under way are written together in the next (in a
        burst, one disk write for many updates instead of one each)."""
        if self._marks is not None and self._marks[1].get_loop() is not asyncio.get_running_loop():
            self._marks = self._last_marks = None  # left over from an event loop that has ended
        if self._marks is None:
            self._last_marks = asyncio.ensure_future(self._write_marks(self._last_marks))
            self._marks = ([], self._last_marks)
        ids, written = self._marks
        ids.append(update_id)
        return await asyncio.shield(written)

    async def _write_marks(self, previous: Optional[asyncio.Future]) -> bool:
        if previous is not None and not previous.done():
            await asyncio.wait([previous])  # one write at a time; this batch gathers meanwhile
        assert self._marks is not None
        ids, _written = self._marks
        self._marks = None

        def mark(store: ChatStore) -> bool:
            store.mark_answered(*ids)
            return True
        return await self._call("write", mark, False)

    async def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)
        if self._owned and self._store is not None:
            store, self._store = self._store, None
            try:
                store.close()
            except Exception as error:
                log.warning("could not close the chat store: %s", describe(error))

    # -----------------------------------------------------------------------------------------

    def _open(self) -> ChatStore:
        if self._store is None:
            self._store = self._opener()
        return self._store

    async def _call(self, operation: str, call: Callable[[ChatStore], T], default: T) -> T:
        if self._down_until is not None and self._clock() < self._down_until:
            return default
        loop = asyncio.get_running_loop()
        try:
            result = await asyncio.wait_for(
                loop.run_in_executor(self._worker, lambda: call(self._open())), self._timeout)
        except asyncio.TimeoutError:
            self._went_down(f"no answer within {self._timeout:g} s ({operation})")
            return default
        except Exception as error:  # sqlite3.Error, StoreError, OSError, a full executor...
            self._went_down(f"{describe(error)} ({operation})")
            return default
        if self._down_until is not None:
            self._down_until = None
            log.warning("the chat store is available again")
        return result

    def _went_down(self, why: str, at_start: bool = False) -> None:
        if self._down_until is None:
            if at_start:
                log.warning("%s; the bot answers everyone with default choices (language from the "
                            "Telegram app) and tries the store again every %g s", why, self._retry_after)
            else:
                log.warning("the chat store is unavailable: %s; answering with default choices and "
                            "trying again in %g s", why, self._retry_after)
        self._down_until = self._clock() + self._retry_after
