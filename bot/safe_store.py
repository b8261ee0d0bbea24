"""The chat store as the Telegram handlers see it: async, off the event loop.

`bot/store.py` is the SQLite file itself (synchronous). This wraps it for handlers: every call runs
in the store's own worker thread, so a slow disk or a locked file never stalls other chats.
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Optional, TypeVar

from .core import ChatPrefs
from .store import ChatStore

log = logging.getLogger(__name__)
T = TypeVar("T")


class SafeStore:
    def __init__(self, store: ChatStore) -> None:
        self._store = store
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chat-store")

    async def _run(self, call: Callable[[ChatStore], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker, call, self._store)

    async def load(self, chat_id: int) -> Optional[ChatPrefs]:
        """The chat's choices, or None when nothing is kept for it."""
        return await self._run(lambda store: store.load(chat_id))

    async def save(self, chat_id: int, prefs: ChatPrefs) -> None:
        await self._run(lambda store: store.put(chat_id, prefs))

    async def forget(self, chat_id: int) -> None:
        await self._run(lambda store: store.forget(chat_id))

    async def close(self) -> None:
        self._worker.shutdown(wait=False)
