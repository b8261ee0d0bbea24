"""Handlers unit-tested through an offline request layer: python-telegram-bot's BaseRequest
answered in-process (no network), so each update's effect on the Bot API calls is visible."""
from __future__ import annotations

import asyncio
import json
import sqlite3
import time

from telegram import Update
from telegram.error import NetworkError
from telegram.request import BaseRequest

from bot.settings import Settings
from bot.store import ChatStore
from bot.telegram_app import build_application
from tests.e2e.bot_api_emulator import command_update, document_update, photo_update, text_update

TOKEN = "123456:OFFLINE-TOKEN-abc"
CHAT = 99
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "TestBot", "username": "test_help_bot"}


class OfflineRequest(BaseRequest):
    """Records every Bot API call; answers like Telegram would, or with an error when told."""

    def __init__(self, failures=None, network_errors=0, undeletable=()):
        self.calls = []
        self.failures = dict(failures or {})
        self.network_errors = network_errors  # the next N sendMessage calls fail to connect
        self.undeletable = set(undeletable)  # message ids Telegram refuses to delete (over 48 hours old)

    async def initialize(self):
        pass

    async def shutdown(self):
        pass

    @property
    def read_timeout(self):
        return 1.0

    async def do_request(self, url, method, request_data=None, **timeouts):
        name = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data else {}
        self.calls.append((name, params))
        if name == "sendMessage" and self.network_errors:
            self.network_errors -= 1
            raise NetworkError("connection reset")
        if name in self.failures:
            code, description = self.failures[name]
            return code, json.dumps({"ok": False, "error_code": code, "description": description}).encode()
        refused = {"deleteMessage": lambda: int(params["message_id"]) in self.undeletable,
                   "deleteMessages": lambda: bool(set(map(int, params["message_ids"])) & self.undeletable)}
        if name in refused and refused[name]():
            return 400, json.dumps({"ok": False, "error_code": 400,
                                    "description": "Bad Request: message can't be deleted"}).encode()
        if name == "getMe":
            result = BOT_USER
        elif name == "sendMessage":
            result = {"message_id": len(self.calls), "date": int(time.time()), "text": params.get("text", ""),
                      "chat": {"id": params["chat_id"], "type": "private"}, "from": BOT_USER}
        else:
            result = True
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def sent_texts(self):
        return [p["text"] for name, p in self.calls if name == "sendMessage"]

    def names(self):
        return [name for name, _ in self.calls]

    def params(self, method):
        return [p for name, p in self.calls if name == method]


def process(updates, model, tmp_path, failures=None, network_errors=0, store=None, request=None):
    request = request or OfflineRequest(failures, network_errors)
    store = store or ChatStore(tmp_path / "chats.sqlite3")
    settings = Settings(token=TOKEN, store_path=tmp_path / "chats.sqlite3")

    async def scenario():
        app = build_application(settings, model, store, request=request)
        async with app:
            for i, data in enumerate(updates, start=1):
                await app.process_update(Update.de_json({"update_id": i, **data}, app.bot))
    asyncio.run(scenario())
    store.close()
    return request


def test_a_photo_that_cannot_be_deleted_is_still_explained(model, tmp_path):
    request = process([photo_update(CHAT, caption=None)], model, tmp_path,
                      failures={"deleteMessage": (400, "Bad Request: message can't be deleted")})
    assert "deleteMessage" in request.names() and "getFile" not in request.names()
    [notice] = request.sent_texts()
    assert "Report Remove" in notice


def test_a_photo_caption_is_still_answered(model, tmp_path):
    request = process([photo_update(CHAT, caption="he says he'll post this unless i pay")], model, tmp_path)
    notice, reply = request.sent_texts()
    assert "Please don't send photos" in notice and "Don't pay" in reply


def test_documents_are_never_downloaded(model, tmp_path):
    request = process([document_update(CHAT)], model, tmp_path)
    assert "getFile" not in request.names()
    assert request.names().count("deleteMessage") == 1


def test_privacy_says_how_long_and_how_to_delete(model, tmp_path):
    request = process([command_update(CHAT, "/privacy")], model, tmp_path)
    [text] = request.sent_texts()
    assert "30 days" in text and "/forget" in text
    assert "48 hours" in text and "{" not in text  # the message ids kept for the quick exit


def test_welsh_commands_answer_in_welsh(model, tmp_path):
    request = process([command_update(CHAT, "/cymorth")], model, tmp_path)
    [text] = request.sent_texts()
    assert "/iaith" in text and "/preifatrwydd" in text and "/language" not in text


def test_empty_and_very_long_messages_get_a_kind_answer(model, tmp_path):
    request = process([text_update(CHAT, "   "), text_update(CHAT, "help " * 800)], model, tmp_path)
    empty, long = request.sent_texts()
    assert "didn't get any words" in empty
    assert "999" in long or "Childline" in long


def test_a_handler_error_still_sends_the_fail_safe(model, tmp_path, monkeypatch):
    import bot.telegram_handlers as telegram_app

    def explode(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(telegram_app, "respond", explode)
    request = process([text_update(CHAT, "someone says he'll post my pics unless i pay")], model, tmp_path)
    [text] = request.sent_texts()
    assert "999" in text and "0800 1111" in text


def test_a_failed_command_menu_registration_does_not_stop_the_bot(model, tmp_path):
    request = OfflineRequest({"setMyCommands": (400, "Bad Request: commands are invalid")})
    store = ChatStore(tmp_path / "chats.sqlite3")
    settings = Settings(token=TOKEN, store_path=tmp_path / "chats.sqlite3")

    async def scenario():
        app = build_application(settings, model, store, request=request)
        async with app:
            await app.post_init(app)  # as run_polling() does at start-up
            await app.process_update(Update.de_json({"update_id": 1, **text_update(CHAT, "i want to die")}, app.bot))
    asyncio.run(scenario())
    store.close()
    assert "setMyCommands" in request.names()
    [reply] = request.sent_texts()
    assert "999" in reply.split("\n")[0]


def test_network_errors_when_sending_are_retried(model, tmp_path):
    request = process([text_update(CHAT, "he's outside my house")], model, tmp_path, network_errors=2)
    assert request.names().count("sendMessage") == 3
    assert "999" in request.sent_texts()[-1]


def test_one_failing_update_does_not_stop_the_next(model, tmp_path, monkeypatch):
    import bot.telegram_handlers as telegram_app

    real_respond = telegram_app.respond
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("bug")
        return real_respond(*args, **kwargs)

    monkeypatch.setattr(telegram_app, "respond", flaky)
    request = process([text_update(CHAT, "hello there"), text_update(CHAT, "my nudes are going round school")],
                      model, tmp_path)
    failsafe, reply = request.sent_texts()
    assert "0800 1111" in failsafe and "Report Remove" in reply


class UnusableStore(ChatStore):
    """Every read and write fails, as with a locked, corrupt or read-only file."""

    def load(self, chat_id):
        raise sqlite3.OperationalError("database is locked")

    put = forget = exists = load


def test_a_store_that_fails_does_not_stop_the_reply_or_the_fail_safe(model, tmp_path, monkeypatch):
    import bot.telegram_handlers as handlers

    welsh_app = text_update(CHAT, "mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu")
    request = process([text_update(CHAT, "i want to kill myself"), welsh_app], model, tmp_path,
                      store=UnusableStore(tmp_path / "chats.sqlite3"))
    danger, welsh = request.sent_texts()
    assert "999" in danger.split("\n")[0] and "Samaritans" in danger
    assert "CEOP" in welsh and "Saesneg yn unig" in welsh

    monkeypatch.setattr(handlers, "respond", lambda *args, **kwargs: 1 / 0)
    request = process([text_update(CHAT, "i want to kill myself")], model, tmp_path,
                      store=UnusableStore(tmp_path / "other.sqlite3"))
    [failsafe] = request.sent_texts()
    assert "999" in failsafe and "0800 1111" in failsafe
