"""Help now from anywhere, in Telegram: /now and /nawr, a typed plea in the middle of a
conversation, and the urgent buttons, each on the urgent lane and first in the queue; the command
menus in both languages. Offline (python-telegram-bot's request layer answered in-process)."""
from __future__ import annotations

import pytest
from telegram import Update

from bot.priority import EMERGENCY, ORDINARY, priority
from bot.rate_limit import URGENT, UrgentFirstRateLimiter
from bot.store import ChatStore
from bot.telegram_app import command_menu
from nlu.vocabulary import Language
from tests.e2e.bot_api_emulator import callback_update, command_update, forwarded_text_update, text_update
from tests.test_telegram_handlers import CHAT, process
from tests.test_welsh_register import register_marks


@pytest.fixture
def lanes(monkeypatch):
    """(Bot API method, sent on the urgent lane?) of every request, in order."""
    seen = []
    real = UrgentFirstRateLimiter.process_request

    async def spy(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        seen.append((endpoint, rate_limit_args == URGENT))
        return await real(self, callback, args, kwargs, endpoint, data, rate_limit_args)
    monkeypatch.setattr(UrgentFirstRateLimiter, "process_request", spy)
    return seen


def sent_lanes(lanes):
    return [urgent for endpoint, urgent in lanes if endpoint == "sendMessage"]


def test_now_gives_the_help_now_reply_on_the_urgent_lane(model, tmp_path, lanes):
    request = process([command_update(CHAT, "/now")], model, tmp_path)
    [text] = request.sent_texts()
    assert text.startswith("If you are in danger right now, call 999.")
    assert "0800 1111" in text and "SHOUT" in text
    assert sent_lanes(lanes) == [True]


def test_nawr_answers_in_welsh_and_the_chat_stays_welsh(model, tmp_path):
    request = process([command_update(CHAT, "/nawr")], model, tmp_path)
    [help_now] = request.sent_texts()
    assert help_now.startswith("Os wyt ti mewn perygl nawr, ffonia 999.")
    assert "0800 1111" in help_now
    store = ChatStore(tmp_path / "chats.sqlite3")
    assert store.get(CHAT).language == "cy"
    store.close()


def test_help_typed_in_the_middle_of_a_conversation_goes_on_the_urgent_lane(model, tmp_path, lanes):
    request = process([text_update(CHAT, "what is sextortion?"), text_update(CHAT, "help")], model, tmp_path)
    _answer, help_now = request.sent_texts()
    assert help_now.startswith("If you are in danger right now, call 999.")
    assert sent_lanes(lanes) == [False, True]


def test_a_welsh_parents_plea_is_answered_with_chi(model, tmp_path):
    request = process([callback_update(CHAT, "aud:parent"), text_update(CHAT, "helpu")], model, tmp_path)
    help_now = request.sent_texts()[-1]
    ti, chi, _unknown = register_marks(help_now)
    assert help_now.startswith("Os ydych chi mewn perygl nawr, ffoniwch 999.") and chi and not ti


def test_urgent_buttons_go_on_the_urgent_lane_and_the_rest_do_not(model, tmp_path, lanes):
    presses = ["help_now", "talk", "pick:danger", "yes:sextortion", "no", "pick:question", "more:sextortion"]
    request = process([callback_update(CHAT, data) for data in presses], model, tmp_path)
    assert len(request.sent_texts()) == len(presses)
    assert sent_lanes(lanes) == [True, True, True, False, False, False, False]


def as_update(data):
    return Update.de_json({"update_id": 1, **data}, None)


@pytest.mark.parametrize("data", [
    text_update(CHAT, "help"), text_update(CHAT, "SOS"), text_update(CHAT, "999"), text_update(CHAT, "helpu"),
    text_update(CHAT, "help plis"), command_update(CHAT, "/now"), command_update(CHAT, "/nawr"),
    text_update(CHAT, "he's outside my house"), callback_update(CHAT, "help_now"), callback_update(CHAT, "talk:a"),
    callback_update(CHAT, "pick:danger/a"),
])
def test_pleas_and_urgent_buttons_rank_as_emergencies_in_the_queue(data):
    assert priority(as_update(data)) == EMERGENCY


@pytest.mark.parametrize("data", [
    text_update(CHAT, "can you help me with my homework"), text_update(CHAT, "/help"),
    forwarded_text_update(CHAT, "help"),  # someone else's words: answered as a message, not a plea
    text_update(-5, "help", chat_type="group"), callback_update(CHAT, "more:sextortion"),
    callback_update(CHAT, "pick:sextortion"), callback_update(CHAT, "talk:zz"), callback_update(CHAT, "drop table"),
])
def test_everything_else_keeps_its_place(data):
    assert priority(as_update(data)) == ORDINARY


def test_both_command_menus_have_help_now_and_the_quick_exit_by_their_own_names():
    english = {c.command: c.description for c in command_menu(Language.EN)}
    welsh = {c.command: c.description for c in command_menu(Language.CY)}
    assert list(english)[:2] == ["start", "now"] and "clear" in english
    assert list(welsh)[:2] == ["dechrau", "nawr"] and "clirio" in welsh
    assert "999" in english["now"] and "999" in welsh["nawr"] and "{" not in "".join(english.values())
    assert english["clear"] != welsh["clirio"]  # translated
    for command in (*english, *welsh):
        assert command.isascii() and command.islower() and len(command) <= 32
