"""An update queue that hands explicit emergencies to the bot first.

python-telegram-bot takes updates from an asyncio.Queue in arrival order. In a burst, a message
saying "he's outside my house" would wait until every earlier message had been assessed. This
queue orders by (priority, arrival): a private text whose words the deterministic safety layer
marks as danger or self-harm (microseconds, no model) goes ahead; everything else keeps its order.
"""
from __future__ import annotations

import asyncio
import heapq
import itertools

from telegram import Update

from nlu.safety import explicit_risk

EMERGENCY, ORDINARY = 0, 1


def priority(item) -> int:
    if isinstance(item, Update):
        message = item.effective_message
        chat = item.effective_chat
        text = getattr(message, "text", None) if message is not None else None
        if text and chat is not None and chat.type == "private" and explicit_risk(text):
            return EMERGENCY
    return ORDINARY


class EmergencyFirstQueue(asyncio.Queue):
    """asyncio.Queue ordered by (priority, arrival), like asyncio.PriorityQueue."""

    def _init(self, maxsize):
        self._queue = []
        self._arrivals = itertools.count()

    def _put(self, item):
        heapq.heappush(self._queue, (priority(item), next(self._arrivals), item))

    def _get(self):
        return heapq.heappop(self._queue)[2]
