"""End to end: python-telegram-bot talking HTTP to a local Bot API emulator, with the real model."""
from __future__ import annotations

import asyncio
import json

from tests.e2e.bot_api_emulator import (
    bot_added_to_group_update,
    callback_update,
    command_update,
    edited_text_update,
    forwarded_text_update,
    group_text_update,
    location_update,
    photo_update,
    post_webhook,
    sticker_update,
    text_update,
    voice_update,
)
from tests.e2e.conftest import polling_bot, wait_for, webhook_bot

CHAT = 4242


def sent(emu, chat_id=CHAT):
    return [c["params"] for c in emu.calls("sendMessage") if int(c["params"]["chat_id"]) == chat_id]


def actions(params):
    markup = params.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


def run(coro):
    return asyncio.run(coro)


def test_start_welcomes_with_language_audience_and_help_buttons_and_registers_commands(
        emulator, model, store, tmp_path):
    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(command_update(CHAT, "/start"))
            await wait_for(emulator, "sendMessage")
            await wait_for(emulator, "setMyCommands", 2)
    run(scenario())
    welcome = sent(emulator)[0]
    assert "not a person" in welcome["text"] and "999" in welcome["text"]
    assert actions(welcome) == ["lang:en", "lang:cy", "aud:young_person", "aud:parent", "aud:staff", "help_now"]
    menus = emulator.calls("setMyCommands")
    assert {m["params"].get("language_code") for m in menus} == {None, "cy"}
    welsh = next(m for m in menus if m["params"].get("language_code") == "cy")
    english = next(m for m in menus if m["params"].get("language_code") is None)
    assert {"iaith", "nawr", "clirio"} <= {c["command"] for c in welsh["params"]["commands"]}
    assert {"now", "clear"} <= {c["command"] for c in english["params"]["commands"]}


def test_a_disclosure_gets_guidance_then_more_behind_the_button(emulator, model, store, tmp_path):
    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(text_update(CHAT, "someone says he'll post my pics unless i pay"))
            await wait_for(emulator, "sendMessage")
            emulator.push_update(callback_update(CHAT, "more:sextortion"))
            await wait_for(emulator, "sendMessage", 2)
            await wait_for(emulator, "answerCallbackQuery")
    run(scenario())
    first, more = sent(emulator)
    assert "Don't pay" in first["text"]
    for name in ("CEOP", "Report Remove", "Childline", "0800 1111"):
        assert name in first["text"]
    assert "more:sextortion" in actions(first)
    assert "Take It Down" in more["text"]


def test_welsh_is_answered_in_welsh_and_the_chat_keeps_it(emulator, model, store, tmp_path):
    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(text_update(CHAT, "mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu"))
            await wait_for(emulator, "sendMessage")
            # the chat's language is remembered just after the reply; a person reads it before typing
            for _ in range(100):
                if store.exists(CHAT):
                    break
                await asyncio.sleep(0.02)
            emulator.push_update(text_update(CHAT, "ok"))
            await wait_for(emulator, "sendMessage", 2)
    run(scenario())
    welsh, short = sent(emulator)
    assert "Saesneg yn unig" in welsh["text"] and "CEOP" in welsh["text"] and "0800 1111" in welsh["text"]
    assert store.get(CHAT).language == "cy"
    assert "Show all helplines" not in json.dumps(short, ensure_ascii=False)


def test_a_photo_is_deleted_never_downloaded_and_explained(emulator, model, store, tmp_path):
    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(photo_update(CHAT, message_id=77))
            await wait_for(emulator, "sendMessage")
    run(scenario())
    deleted = emulator.calls("deleteMessage")
    assert [int(d["params"]["message_id"]) for d in deleted] == [77]
    assert emulator.calls("getFile") == [] and emulator.calls("file_download") == []
    notice = sent(emulator)[0]["text"]
    assert "Report Remove" in notice and "not your fault" in notice


def test_a_forwarded_threat_gets_sextortion_guidance_for_the_reader(emulator, model, store, tmp_path):
    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(command_update(CHAT, "/iaith"))
            await wait_for(emulator, "sendMessage")
            emulator.push_update(forwarded_text_update(CHAT, "pay 500 or i post ur pics to all ur followers"))
            await wait_for(emulator, "sendMessage", 2)
    run(scenario())
    reply = sent(emulator)[1]
    assert "more:sextortion" in actions(reply)
    assert "Saesneg yn unig" in reply["text"]  # the reader chose Welsh; the offender wrote English


def test_groups_are_never_analysed_and_get_one_pointer_to_a_private_chat(emulator, model, store, tmp_path):
    group = -100500

    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(bot_added_to_group_update(group))
            await wait_for(emulator, "sendMessage")
            emulator.push_update(group_text_update(group, "he says he'll post my pics unless i pay"))
            emulator.push_update(group_text_update(group, "@test_help_bot can you help"))
            await wait_for(emulator, "sendMessage", 2)
            await asyncio.sleep(0.5)
    run(scenario())
    to_group = sent(emulator, group)
    assert len(to_group) == 2
    for message in to_group:
        assert "private" in message["text"] and "https://t.me/test_help_bot" in message["text"]
        assert "CEOP" not in message["text"]


def test_edits_voice_stickers_and_locations(emulator, model, store, tmp_path):
    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(edited_text_update(CHAT, "i want to die", message_id=5))
            await wait_for(emulator, "sendMessage")
            emulator.push_update(voice_update(CHAT))
            emulator.push_update(sticker_update(CHAT))
            await wait_for(emulator, "sendMessage", 3)
            emulator.push_update(location_update(CHAT, message_id=9))
            await wait_for(emulator, "sendMessage", 4)
    run(scenario())
    edited, voice, sticker, location = sent(emulator)
    assert "999" in edited["text"].split("\n")[0]
    assert "Samaritans" in edited["text"]
    assert "type" in voice["text"] and "type" in sticker["text"]
    assert "location" in location["text"]
    assert [int(d["params"]["message_id"]) for d in emulator.calls("deleteMessage")] == [9]


def test_forget_deletes_the_chat_and_unknown_buttons_say_they_have_expired(emulator, model, store, tmp_path):
    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(callback_update(CHAT, "lang:cy"))
            await wait_for(emulator, "sendMessage")
            emulator.push_update(callback_update(CHAT, "drop table; --"))
            await wait_for(emulator, "sendMessage", 2)
            emulator.push_update(command_update(CHAT, "/anghofio"))
            await wait_for(emulator, "sendMessage", 3)
            emulator.push_update(callback_update(CHAT, "forget:yes"))
            await wait_for(emulator, "sendMessage", 4)
    run(scenario())
    replies = sent(emulator)
    assert len(emulator.calls("answerCallbackQuery")) == 3  # every press stops its spinner
    assert "/cymorth" in replies[1]["text"] and actions(replies[1]) == []  # expired: in Welsh, nothing done
    assert actions(replies[2]) == ["forget:yes", "forget:no"]
    assert not store.exists(CHAT) and store.message_ids(CHAT) == []


def test_the_webhook_checks_the_secret_token(emulator, model, store, tmp_path):
    async def scenario():
        async with webhook_bot(emulator, model, store, tmp_path) as (app, url):
            def post(text, update_id, secret=None):
                return asyncio.to_thread(post_webhook, url, text_update(CHAT, text) | {"update_id": update_id}, secret)
            wrong = await post("i want to die", 1, "wrong")
            missing = await post("i want to die", 2)
            right = await post("he's outside my house", 3, "s3cret-token_1")
            await wait_for(emulator, "sendMessage")
            await asyncio.sleep(0.3)
            return wrong, missing, right
    wrong, missing, right = run(scenario())
    assert (wrong, missing, right) == (403, 403, 200)
    replies = sent(emulator)
    assert len(replies) == 1 and "999" in replies[0]["text"].split("\n")[0]


def test_flood_limits_are_retried_and_a_broken_model_still_gets_the_fail_safe(emulator, store, tmp_path):
    class BrokenModel:
        def parse(self, text):
            raise RuntimeError("boom")

    async def scenario():
        async with polling_bot(emulator, BrokenModel(), store, tmp_path):
            emulator.fail_next("sendMessage", error_code=429, retry_after=1)
            emulator.push_update(text_update(CHAT, "someone says he'll post my pics unless i pay"))
            await wait_for(emulator, "sendMessage", 2, timeout=20)
    run(scenario())
    attempts = emulator.calls("sendMessage")
    assert len(attempts) == 2  # the 429, then the retry
    assert "0800 1111" in attempts[1]["params"]["text"] and "999" in attempts[1]["params"]["text"]


def reply_position_behind_a_backlog(emulator, model, store, tmp_path, text, backlog=99):
    """`backlog` other chats' ordinary messages and then CHAT's `text` are waiting when the bot
    starts (one polling batch): the 0-based position of CHAT's reply among the replies sent."""
    for i in range(backlog):
        emulator.push_update(text_update(1000 + i, "what is sextortion?"))
    emulator.push_update(text_update(CHAT, text))

    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            await wait_for(emulator, "sendMessage", backlog + 1, timeout=60)
    run(scenario())
    return [int(c["params"]["chat_id"]) for c in emulator.calls("sendMessage")].index(CHAT)


def test_an_emergency_reply_overtakes_a_backlog_held_back_by_flood_limits(emulator, model, store, tmp_path):
    """99 ordinary messages and then one emergency are waiting when the bot starts (one polling
    batch). The emergency is assessed first (EmergencyFirstQueue) and its reply has a lane of its
    own past the flood-limit pacing (UrgentFirstRateLimiter), so it does not wait the ~3 s the
    backlog takes. (Without the queue it came 39th.)"""
    position = reply_position_behind_a_backlog(emulator, model, store, tmp_path, "he's outside my house right now")
    print("emergency reply position", position + 1)
    assert position < 5, position
