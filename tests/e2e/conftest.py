"""Run the real bot (python-telegram-bot over HTTP) against the local Bot API emulator."""
from __future__ import annotations

import asyncio
import contextlib
import socket

import pytest

from bot.lifecycle import running
from bot.settings import Settings
from bot.store import ChatStore
from bot.telegram_app import build_application
from bot.telegram_context import SETTINGS
from tests.e2e.bot_api_emulator import BotApiEmulator

TOKEN = "123456:TEST-TOKEN-abcdef"


@pytest.fixture
def emulator():
    emu = BotApiEmulator(token=TOKEN).start()
    yield emu
    emu.stop()


@pytest.fixture
def store(tmp_path):
    chat_store = ChatStore(tmp_path / "chats.sqlite3", ttl_days=30)
    yield chat_store
    chat_store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def settings_for(emu: BotApiEmulator, store_path, **overrides) -> Settings:
    return Settings(token=emu.token, api_url=emu.base_url, store_path=store_path, **overrides)


@contextlib.asynccontextmanager
async def polling_bot(emu, model, store, tmp_path):
    """The bot polling the emulator as `python -m bot` runs it: our polling (bot/polling.py), each
    update confirmed only once answered, and the orderly stop (bot/lifecycle.py)."""
    app = build_application(settings_for(emu, tmp_path / "unused.sqlite3"), model, store)
    async with running(app, app.bot_data[SETTINGS]):
        yield app


@contextlib.asynccontextmanager
async def webhook_bot(emu, model, store, tmp_path, secret="s3cret-token_1"):
    """The bot behind our webhook server (bot/webhook_server.py): HTTP 200 only once answered."""
    port = free_port()
    settings = settings_for(emu, tmp_path / "unused.sqlite3", mode="webhook", port=port,
                            webhook_url=f"http://127.0.0.1:{port}/telegram", secret_token=secret)
    app = build_application(settings, model, store)
    async with running(app, settings):
        yield app, f"http://127.0.0.1:{port}/telegram"


async def wait_for(emu, method, count=1, timeout=15, predicate=None):
    return await asyncio.to_thread(emu.wait_for, method, count, timeout, predicate)
