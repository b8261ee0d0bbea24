"""The update queue hands explicit emergencies to the bot first, and keeps order otherwise."""
import asyncio

from telegram import Update

from bot.priority import EmergencyFirstQueue, PrioritySlots
from tests.e2e.bot_api_emulator import group_text_update, photo_update, text_update


def drain(updates):
    async def scenario():
        queue = EmergencyFirstQueue()
        for i, data in enumerate(updates, start=1):
            await queue.put(Update.de_json({"update_id": i, **data}, None))
        sentinel = object()  # python-telegram-bot's stop signal is a plain object
        await queue.put(sentinel)
        return [(await queue.get()) for _ in range(len(updates) + 1)]
    return asyncio.run(scenario())


def test_explicit_emergencies_jump_the_queue_and_the_rest_keep_their_order():
    items = drain([
        text_update(1, "what is sextortion?"),
        photo_update(2),
        text_update(3, "he's outside my house right now"),
        group_text_update(-5, "i want to die"),  # groups are never analysed: no priority
        text_update(4, "dwi isio marw"),
        text_update(5, "thanks"),
    ])
    ids = [getattr(item, "update_id", "stop") for item in items]
    assert ids == [3, 5, 1, 2, 4, 6, "stop"]


def test_a_waiting_emergency_gets_the_next_free_slot():
    async def scenario():
        slots = PrioritySlots(1)
        served = []
        await slots.acquire(1)  # one ordinary update holds the only slot

        async def wait(name, rank):
            await slots.acquire(rank)
            served.append(name)
            slots.release()

        tasks = [asyncio.create_task(wait("ordinary-1", 1)), asyncio.create_task(wait("ordinary-2", 1))]
        await asyncio.sleep(0)
        tasks.append(asyncio.create_task(wait("emergency", 0)))
        await asyncio.sleep(0)
        slots.release()
        await asyncio.gather(*tasks)
        return served
    assert asyncio.run(scenario()) == ["emergency", "ordinary-1", "ordinary-2"]


def test_each_update_is_ranked_once_from_queue_to_processing_slot(monkeypatch):
    """The safety layer runs once per update in bot/ (the queue), not again for the slot."""
    import bot.priority as priority
    from bot.priority import EmergencyFirstProcessor, UpdateRanks

    calls = []
    real = priority.explicit_reasons
    monkeypatch.setattr(priority, "explicit_reasons", lambda text: calls.append(1) or real(text))

    async def scenario():
        ranks = UpdateRanks()
        queue, processor = EmergencyFirstQueue(ranks), EmergencyFirstProcessor(2, ranks)
        texts = ["what is sextortion?", "he's outside my house right now", "thanks"]
        for i, text in enumerate(texts, start=1):
            await queue.put(Update.de_json({"update_id": i, **text_update(i, text)}, None))
        handled = []
        for _ in texts:
            update = await queue.get()

            async def handle(update=update):
                handled.append(update.update_id)
            await processor.process_update(update, handle())
        return handled
    assert asyncio.run(scenario()) == [2, 1, 3]
    assert len(calls) == 3


def _process_all(updates, slots=4):
    """Run updates through the processor as python-telegram-bot does (each as its own task, in
    arrival order); each 'handler' takes a little time. Returns (start, end) events in order."""
    from bot.priority import EmergencyFirstProcessor

    async def scenario():
        processor = EmergencyFirstProcessor(slots)
        events = []

        async def handle(update):
            events.append(("start", update.update_id))
            await asyncio.sleep(0.02)
            events.append(("end", update.update_id))

        tasks = []
        for i, data in enumerate(updates, start=1):
            update = Update.de_json({"update_id": i, **data}, None)
            tasks.append(asyncio.create_task(processor.process_update(update, handle(update))))
            await asyncio.sleep(0)
        await asyncio.gather(*tasks)
        return events, len(processor.turns)
    return asyncio.run(scenario())


def test_one_chats_updates_are_answered_one_at_a_time_in_order():
    """A chat's /forget cannot be overtaken by the bookkeeping of its previous message."""
    events, chats_still_held = _process_all([text_update(7, "first"), text_update(7, "second"),
                                             text_update(7, "third")])
    assert events == [("start", 1), ("end", 1), ("start", 2), ("end", 2), ("start", 3), ("end", 3)]
    assert chats_still_held == 0  # nothing kept once a chat has nothing in hand


def test_different_chats_do_not_wait_for_each_other():
    events, _ = _process_all([text_update(7, "one"), text_update(8, "two")])
    assert events[:2] == [("start", 1), ("start", 2)]
