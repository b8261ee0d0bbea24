"""python-telegram-bot 22 driven for real against the local Bot API emulator."""

import asyncio
import json
import threading
import urllib.error
import urllib.request

import pytest
import telegram  # noqa: E402,F401  (a hard dependency: never skip)
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup  # noqa: E402
from telegram.error import RetryAfter  # noqa: E402
from telegram.ext import ApplicationBuilder, MessageHandler, filters  # noqa: E402

from tests.e2e.bot_api_emulator import (  # noqa: E402
    BotApiEmulator,
    bot_added_to_group_update,
    callback_update,
    command_update,
    contact_update,
    document_update,
    edited_text_update,
    forwarded_text_update,
    group_text_update,
    location_update,
    photo_update,
    post_webhook,
    sticker_update,
    text_update,
    video_update,
    voice_update,
)

TOKEN = "123456:TEST-TOKEN"


def _emulator_threads():
    return [t for t in threading.enumerate() if t.name.startswith("bot-api-emulator")]


@pytest.fixture
def emu():
    emulator = BotApiEmulator(TOKEN).start()
    try:
        yield emulator
    finally:
        emulator.stop()
        assert _emulator_threads() == [], "stop() left emulator threads behind"


def test_bot_get_me_and_send_message_with_inline_keyboard(emu):
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton("Yes", callback_data="yes"), InlineKeyboardButton("No", callback_data="no")]]
    )

    async def main():
        async with Bot(TOKEN, base_url=emu.base_url, base_file_url=emu.base_file_url) as bot:
            me = await bot.get_me()
            msg1 = await bot.send_message(chat_id=42, text="Pick one", reply_markup=keyboard)
            msg2 = await bot.send_message(chat_id=42, text="again")
            edited = await bot.edit_message_text("Picked", chat_id=42, message_id=msg1.message_id)
            assert await bot.delete_message(chat_id=42, message_id=msg2.message_id) is True
            return me, msg1, msg2, edited

    me, msg1, msg2, edited = asyncio.run(main())

    assert me.id == 123456 and me.is_bot and me.username == "test_help_bot"
    assert me.first_name == "TestBot" and me.can_join_groups is True
    assert msg1.text == "Pick one" and msg1.chat.id == 42 and msg1.from_user.id == 123456
    assert msg2.message_id == msg1.message_id + 1
    assert msg1.reply_markup == keyboard
    assert edited.text == "Picked"

    (call,) = emu.calls("sendMessage")[:1]
    params = call["params"]
    assert params["chat_id"] == 42
    assert params["text"] == "Pick one"
    assert params["reply_markup"] == {
        "inline_keyboard": [
            [{"text": "Yes", "callback_data": "yes"}, {"text": "No", "callback_data": "no"}]
        ]
    }
    # Bot.initialize() (async with) calls getMe itself, then our explicit get_me().
    assert [c["method"] for c in emu.calls()] == [
        "getMe", "getMe", "sendMessage", "sendMessage", "editMessageText", "deleteMessage",
    ]


def test_numeric_looking_text_stays_a_string(emu):
    async def main():
        async with Bot(TOKEN, base_url=emu.base_url) as bot:
            await bot.send_message(chat_id=7, text="12345")

    asyncio.run(main())
    params = emu.wait_for("sendMessage")[0]["params"]
    assert params == {"chat_id": 7, "text": "12345"}


def test_wrong_token_is_unauthorized(emu):
    req = urllib.request.Request(emu.base_url + "999:WRONG/getMe", data=b"", method="POST")
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(req, timeout=5)
    assert info.value.code == 401
    assert json.loads(info.value.read()) == {"ok": False, "error_code": 401, "description": "Unauthorized"}

    async def main():
        async with Bot("999:WRONG", base_url=emu.base_url):
            pass

    with pytest.raises(telegram.error.InvalidToken):
        asyncio.run(main())


def test_fail_next_injects_retry_after(emu):
    emu.fail_next("sendMessage", error_code=429, retry_after=3)

    async def main():
        async with Bot(TOKEN, base_url=emu.base_url) as bot:
            with pytest.raises(RetryAfter) as info:
                await bot.send_message(chat_id=1, text="hi")
            retry_after = info.value._retry_after  # int or timedelta, depending on PTB_TIMEDELTA
            assert getattr(retry_after, "total_seconds", lambda: retry_after)() == 3
            return await bot.send_message(chat_id=1, text="hi")

    msg = asyncio.run(main())
    assert msg.text == "hi"
    assert len(emu.calls("sendMessage")) == 2


def test_stop_ends_long_poll_and_keepalive_connections():
    emu = BotApiEmulator(TOKEN).start()
    result = {}

    def poll():
        body = json.dumps({"timeout": 30}).encode()
        req = urllib.request.Request(
            emu.api_url + "/getUpdates", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            result["body"] = json.loads(resp.read())

    client = threading.Thread(target=poll)
    client.start()
    emu.wait_for("getUpdates", timeout=5)
    emu.stop()
    client.join(5)
    assert not client.is_alive()
    assert result["body"] == {"ok": True, "result": []}
    assert _emulator_threads() == []


def test_get_updates_offset_and_webhook_helper(emu):
    first = emu.push_update(text_update(1, "a"))
    second = emu.push_update(command_update(1, "/help"))
    assert second == first + 1

    def get_updates(**params):
        req = urllib.request.Request(
            emu.api_url + "/getUpdates",
            data=json.dumps(params).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=5) as resp:
            return json.loads(resp.read())["result"]

    assert [u["update_id"] for u in get_updates()] == [first, second]
    assert [u["update_id"] for u in get_updates(offset=second)] == [second]
    assert get_updates(offset=second + 1, timeout=0) == []
    assert emu.pending_updates() == []

    # post_webhook against the emulator itself: wrong token path -> 401 status returned
    status = post_webhook(emu.base_url + "bad:token/x", text_update(1, "hi"), secret_token="s3cret")
    assert status == 401
    assert post_webhook(emu.api_url + "/anything", {"update_id": 1}) == 200


def test_echo_application_long_polling(emu):
    async def echo(update, context):
        await update.effective_chat.send_message(f"echo: {update.effective_message.text}")

    async def main():
        app = (
            ApplicationBuilder()
            .token(TOKEN)
            .base_url(emu.base_url)
            .base_file_url(emu.base_file_url)
            .build()
        )
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
        async with app:
            await app.start()
            await app.updater.start_polling(poll_interval=0, timeout=1)
            update_id = emu.push_update(text_update(555, "hello there"))
            calls = await asyncio.to_thread(emu.wait_for, "sendMessage", 1, 10)
            await app.updater.stop()
            await app.stop()
        return update_id, calls

    update_id, calls = asyncio.run(main())
    assert calls[0]["params"] == {"chat_id": 555, "text": "echo: hello there"}
    # The update was confirmed (a later getUpdates used offset > update_id) and dropped.
    offsets = [c["params"].get("offset") for c in emu.calls("getUpdates")]
    assert update_id + 1 in offsets
    assert emu.pending_updates() == []
    assert emu.calls("getFile") == []


def test_update_builders_parse_with_ptb():
    from telegram import Update

    bot = Bot(TOKEN)
    builders = [
        text_update(1, "hi"),
        command_update(1, "/start now"),
        callback_update(1, "yes", message_id=5),
        photo_update(1),
        voice_update(1),
        sticker_update(1),
        document_update(1),
        video_update(1),
        location_update(1),
        contact_update(1),
        forwarded_text_update(1, "fwd"),
        edited_text_update(1, "edited", message_id=9),
        group_text_update(100, "group hi"),
        bot_added_to_group_update(100),
    ]
    for i, raw in enumerate(builders, start=1):
        raw = dict(raw, update_id=i)
        update = Update.de_json(raw, bot)
        assert update.update_id == i

    cmd = Update.de_json(dict(command_update(1, "/start now"), update_id=1), bot)
    assert cmd.message.parse_entities(["bot_command"]) and list(
        cmd.message.parse_entities(["bot_command"]).values()
    ) == ["/start"]
    cb = Update.de_json(dict(callback_update(1, "yes", message_id=5), update_id=1), bot)
    assert cb.callback_query.data == "yes" and cb.callback_query.message.from_user.is_bot
    fwd = Update.de_json(dict(forwarded_text_update(1, "fwd"), update_id=1), bot)
    assert fwd.message.forward_origin.type == "user"
    grp = Update.de_json(dict(group_text_update(100, "x"), update_id=1), bot)
    assert grp.effective_chat.id == -100 and grp.effective_chat.type == "group"
    added = Update.de_json(dict(bot_added_to_group_update(100), update_id=1), bot)
    assert added.my_chat_member.new_chat_member.status == "member"
    edited = Update.de_json(dict(edited_text_update(1, "e", message_id=9), update_id=1), bot)
    assert edited.edited_message.message_id == 9
    assert Update.de_json(dict(photo_update(1), update_id=1), bot).message.photo[-1].file_id
