"""The quick exit in Telegram (/clear, /clirio) and the message ids it needs: kept for 48 hours,
never text, for the bot's messages and the person's in a private chat; deleted with deleteMessages
(one by one when Telegram refuses a batch); then the chat is forgotten. Offline."""
from __future__ import annotations

import asyncio
import sqlite3

from bot.safe_store import SafeStore
from bot.store import HOUR, ChatStore
from tests.e2e.bot_api_emulator import (
    callback_update,
    command_update,
    group_text_update,
    photo_update,
    sticker_update,
    text_update,
)
from tests.test_telegram_handlers import CHAT, OfflineRequest, UnusableStore, process
from tests.test_welsh_register import register_marks


def kept(tmp_path, chat_id=CHAT):
    store = ChatStore(tmp_path / "chats.sqlite3")
    try:
        return store.message_ids(chat_id), store.load(chat_id)
    finally:
        store.close()


def sent_ids(request):
    """The ids the (offline) Bot API gave the bot's messages: the call's position."""
    return [i for i, (name, _params) in enumerate(request.calls, start=1) if name == "sendMessage"]


def deleted_at_once(request):
    return [list(map(int, p["message_ids"])) for p in request.params("deleteMessages")]


# ---------------------------------------------------------------------------------------------
# what is kept

def test_the_ids_of_the_persons_messages_and_the_bots_replies_are_kept_never_text(model, tmp_path):
    request = process([text_update(CHAT, "someone says he'll post my pics unless i pay", message_id=501),
                       callback_update(CHAT, "no"),
                       sticker_update(CHAT, message_id=502)], model, tmp_path)
    ids, _prefs = kept(tmp_path)
    assert ids == sorted([501, 502, *sent_ids(request)])
    rows = sqlite3.connect(tmp_path / "chats.sqlite3").execute("SELECT * FROM message_ids").fetchall()
    assert {len(row) for row in rows} == {3}  # chat id, message id, when: nothing else
    assert all(isinstance(value, int) for row in rows for value in row)


def test_a_photo_the_bot_deleted_is_not_kept_and_groups_keep_nothing(model, tmp_path):
    request = process([photo_update(CHAT, message_id=601), group_text_update(-77, "hello", message_id=602)],
                      model, tmp_path)
    assert kept(tmp_path)[0] == sent_ids(request)  # only the notice
    assert kept(tmp_path, -77)[0] == []


def test_ids_are_kept_for_48_hours_and_no_longer(tmp_path):
    now = [1_000_000.0]
    store = ChatStore(tmp_path / "chats.sqlite3", clock=lambda: now[0])
    store.remember_messages(CHAT, [(1, now[0] - 47 * HOUR), (2, now[0]), (3, now[0] - 49 * HOUR)])
    store.remember_messages(CHAT, [(2, now[0] - 40 * HOUR)])  # seen again (an edit): keeps its time
    assert store.message_ids(CHAT) == [1, 2]  # 3 was already too old to delete: never kept
    now[0] += 1.5 * HOUR
    assert store.message_ids(CHAT) == [2]
    assert store.purge_expired() == 1
    assert sqlite3.connect(tmp_path / "chats.sqlite3").execute("SELECT message_id FROM message_ids").fetchall() \
        == [(2,)]
    now[0] += 47 * HOUR
    assert store.purge_expired() == 1 and store.message_ids(CHAT) == []
    store.close()


def test_forget_deletes_the_ids_too_and_the_forgotten_reply_is_not_kept(model, tmp_path):
    process([text_update(CHAT, "hello", message_id=701), command_update(CHAT, "/forget", message_id=702),
             callback_update(CHAT, "forget:yes")], model, tmp_path)
    assert kept(tmp_path) == ([], None)


# ---------------------------------------------------------------------------------------------
# /clear

def test_clear_deletes_the_bots_and_the_persons_messages_then_forgets_the_chat(model, tmp_path):
    request = process([callback_update(CHAT, "aud:parent"),
                       text_update(CHAT, "someone is threatening to share pictures of my son", message_id=801),
                       command_update(CHAT, "/clear", message_id=802)], model, tmp_path)
    before_clear = sent_ids(request)[:-1]
    [batch] = deleted_at_once(request)
    assert batch == sorted([801, 802, *before_clear])
    reply = request.sent_texts()[-1]
    assert f"Messages deleted from this chat: {len(batch)}." in reply
    assert "would not let me delete" not in reply
    assert "delete it in the Telegram app" in reply and "not evidence you need to keep" in reply
    ids, prefs = kept(tmp_path)
    assert prefs is None  # the chat's choices are forgotten
    assert ids == sent_ids(request)[-1:]  # only the reply to /clear: a second /clear deletes it


def test_clirio_answers_in_welsh_in_the_readers_register(model, tmp_path):
    request = process([callback_update(CHAT, "aud:staff"), command_update(CHAT, "/clirio")], model, tmp_path)
    reply = request.sent_texts()[-1]
    ti, chi, _unknown = register_marks(reply)
    assert reply.startswith("Dyna ni.") and chi and not ti


def test_messages_telegram_refuses_to_delete_are_counted_and_the_rest_still_go(model, tmp_path):
    request = OfflineRequest(undeletable={901})
    process([text_update(CHAT, "hello", message_id=901), text_update(CHAT, "thanks", message_id=902),
             command_update(CHAT, "/clear", message_id=903)], model, tmp_path, request=request)
    [batch] = deleted_at_once(request)  # refused as a whole, because of 901
    one_by_one = [int(p["message_id"]) for p in request.params("deleteMessage")]
    assert one_by_one == batch
    reply = request.sent_texts()[-1]
    assert f"Messages deleted from this chat: {len(batch) - 1}." in reply
    assert "would not let me delete, usually because they are more than 48 hours old: 1." in reply


def test_more_than_100_messages_go_in_batches_of_100(model, tmp_path):
    store = ChatStore(tmp_path / "chats.sqlite3")
    store.remember_messages(CHAT, [(i, store._clock()) for i in range(1, 231)])
    request = process([command_update(CHAT, "/clear", message_id=500)], model, tmp_path, store=store)
    assert [len(batch) for batch in deleted_at_once(request)] == [100, 100, 31]
    assert "Messages deleted from this chat: 231." in request.sent_texts()[-1]


def test_clear_with_a_store_that_fails_still_deletes_the_command_and_answers(model, tmp_path):
    request = process([command_update(CHAT, "/clear", message_id=42)], model, tmp_path,
                      store=UnusableStore(tmp_path / "chats.sqlite3"))
    assert deleted_at_once(request) == [[42]]
    [reply] = request.sent_texts()
    assert "Messages deleted from this chat: 1." in reply


def test_clear_when_telegram_deletes_nothing_still_answers_honestly(model, tmp_path):
    request = OfflineRequest(failures={"deleteMessages": (500, "Internal Server Error"),
                                       "deleteMessage": (400, "Bad Request: message can't be deleted")})
    process([text_update(CHAT, "hello", message_id=11), command_update(CHAT, "/clear", message_id=12)],
            model, tmp_path, request=request)
    reply = request.sent_texts()[-1]
    assert "Messages deleted from this chat: 0." in reply and "more than 48 hours old: 3." in reply


def test_the_safe_store_gives_no_ids_when_the_file_fails(tmp_path):
    class Broken(ChatStore):
        def message_ids(self, *args):
            raise sqlite3.OperationalError("database is locked")

        remember_messages = message_ids

    broken = Broken(tmp_path / "chats.sqlite3")
    broken.purge_expired = broken.message_ids
    store = SafeStore.wrapping(broken)

    async def scenario():
        return (await store.message_ids(CHAT), await store.remember_messages(CHAT, [(1, 0.0)]),
                await store.purge_expired())
    assert asyncio.run(scenario()) == ([], False, 0)


def test_expired_ids_are_purged_every_minute_even_when_no_update_comes(model, tmp_path):
    from bot.settings import Settings
    from bot.telegram_app import PURGE_EVERY, build_application
    from bot.telegram_context import BotContext
    from bot.telegram_handlers import purge_expired

    now = [1_000_000.0]
    store = ChatStore(tmp_path / "chats.sqlite3", clock=lambda: now[0])
    store.remember_messages(CHAT, [(1, now[0])])
    app = build_application(Settings(token="123456:OFFLINE-TOKEN-abc"), model, store, request=OfflineRequest())
    [job] = app.job_queue.jobs()
    assert job.callback is purge_expired and job.job.trigger.interval.total_seconds() == PURGE_EVERY <= 60
    now[0] += 48 * HOUR + 1
    asyncio.run(purge_expired(BotContext(app)))
    assert sqlite3.connect(tmp_path / "chats.sqlite3").execute("SELECT COUNT(*) FROM message_ids").fetchone() == (0,)
    store.close()


def test_the_fail_safe_and_the_message_it_answered_are_kept_for_the_quick_exit(model, tmp_path, monkeypatch):
    import bot.telegram_handlers as handlers

    monkeypatch.setattr(handlers, "respond", lambda *args, **kwargs: 1 / 0)
    request = process([text_update(CHAT, "someone says he'll post my pics unless i pay", message_id=321)],
                      model, tmp_path)
    [failsafe] = request.sent_texts()
    assert "0800 1111" in failsafe
    assert kept(tmp_path)[0] == sorted([321, *sent_ids(request)])
