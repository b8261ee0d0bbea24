"""End to end over HTTP (python-telegram-bot against the local Bot API emulator, the real model):
"Did I get that right?" and its menu, help now in the middle of a conversation, the quick exit
(/clear) and messages older than 48 hours, the adult route, the Welsh register per reader, /nawr."""
from __future__ import annotations

import asyncio

from tests.e2e.bot_api_emulator import callback_update, command_update, text_update
from tests.e2e.conftest import polling_bot, wait_for
from tests.e2e.test_telegram_bot import CHAT, actions, reply_position_behind_a_backlog, run, sent
from tests.test_welsh_register import register_marks

HOURS_48 = 48


def test_no_its_something_else_then_a_menu_choice_gives_that_reply_at_once(emulator, model, store, tmp_path):
    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(text_update(CHAT, "someone says he'll post my pics unless i pay"))
            [first] = await wait_for(emulator, "sendMessage")
            no = [data for data in actions(first["params"]) if data.split(":")[0] == "no"]
            emulator.push_update(callback_update(CHAT, no[0]))
            menu = (await wait_for(emulator, "sendMessage", 2))[1]
            contact = [data for data in actions(menu["params"]) if data.startswith("pick:grooming")]
            emulator.push_update(callback_update(CHAT, contact[0]))
            await wait_for(emulator, "sendMessage", 3)
    run(scenario())
    first, menu, chosen = sent(emulator)
    assert "Did I get that right?" in first["text"] and "Don't pay" in first["text"]
    assert "Which of these is closest?" in menu["text"]
    assert len(actions(menu)) == 6 and all(data.startswith("pick:") for data in actions(menu))
    assert "CEOP" in chosen["text"] and "0800 1111" in chosen["text"]  # the grooming guidance, at once
    assert "Don't pay" not in chosen["text"]


def test_help_typed_in_the_middle_of_a_conversation_is_answered_first_on_the_urgent_lane(
        emulator, model, store, tmp_path):
    """A chat is under way; the bot is then busy (99 other chats' messages arrive in one batch with
    this chat's "help"): the help-now reply comes first, not after the ~3 s of paced replies."""
    async def conversation():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(text_update(CHAT, "someone says he'll post my pics unless i pay"))
            await wait_for(emulator, "sendMessage")
    run(conversation())
    emulator.clear_calls()
    position = reply_position_behind_a_backlog(emulator, model, store, tmp_path, "help")
    print("help-now reply position", position + 1)
    assert position < 5, position
    help_now = sent(emulator)[0]["text"]
    assert help_now.startswith("If you are in danger right now, call 999.") and "0800 1111" in help_now


def test_clear_deletes_the_bots_and_the_persons_messages_and_says_what_it_could_not(
        emulator, model, store, tmp_path):
    old = text_update(CHAT, "hello", message_id=5000)
    old["message"]["date"] -= (HOURS_48 + 2) * 3600  # sent 50 hours ago (a backlog): never kept

    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(old)
            await wait_for(emulator, "sendMessage")
            emulator.push_update(text_update(CHAT, "someone says he'll post my pics unless i pay", message_id=5001))
            await wait_for(emulator, "sendMessage", 2)
            emulator.push_update(text_update(CHAT, "thanks", message_id=5002))
            await wait_for(emulator, "sendMessage", 3)
            await asyncio.sleep(0.3)  # the ids are kept after each reply
            emulator.set_message_age(CHAT, 5001, HOURS_48 + 1)  # kept, but too old by now
            emulator.push_update(command_update(CHAT, "/clear", message_id=5003))
            await wait_for(emulator, "sendMessage", 4)
    run(scenario())
    [at_once] = emulator.calls("deleteMessages")
    tried = sorted(at_once["params"]["message_ids"])
    assert 5000 not in tried  # older than 48 hours when it came: its id was never kept
    assert {5001, 5002, 5003} <= set(tried) and len(tried) == 6  # and the bot's three replies
    one_by_one = [int(c["params"]["message_id"]) for c in emulator.calls("deleteMessage")]
    assert one_by_one == tried  # Telegram refused the batch (5001 is too old): one at a time
    assert sorted(emulator.deleted(CHAT)) == [i for i in tried if i != 5001]
    left = {m["message_id"]: m for m in emulator.sent_messages(CHAT)}
    [cleared_reply] = [i for i, m in left.items() if m["from"]["is_bot"]]
    assert sorted(left) == sorted([5000, 5001, cleared_reply])  # the two old ones, and the reply to /clear
    reply = sent(emulator)[-1]["text"]
    assert "Messages deleted from this chat: 5." in reply
    assert "would not let me delete, usually because they are more than 48 hours old: 1." in reply
    assert "delete it in the Telegram app" in reply and "not evidence you need to keep" in reply
    assert not store.exists(CHAT)  # the chat's choices are forgotten
    assert store.message_ids(CHAT) == [cleared_reply]  # a second /clear deletes the reply too


def test_an_18_year_olds_sextortion_message_gets_the_adult_route(emulator, model, store, tmp_path):
    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(text_update(CHAT, "im 19 and someone is threatening to post my nudes unless i pay"))
            await wait_for(emulator, "sendMessage")
    run(scenario())
    [reply] = sent(emulator)
    text = reply["text"]
    assert "StopNCII" in text and "stopncii.org" in text
    assert "Revenge Porn Helpline" in text and "0345 6000 459" in text
    assert "childline.org.uk/remove" not in text and "takeitdown" not in text  # not Report Remove / Take It Down
    assert "Don't pay" in text
    assert "talk:a" in actions(reply) and "no:a" in actions(reply)  # the route is kept behind the buttons


def test_a_welsh_parent_reads_chi_and_a_young_person_ti_in_the_same_notice(emulator, model, store, tmp_path):
    parent, young = CHAT, CHAT + 1

    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            for chat, audience in ((parent, "parent"), (young, "young_person")):
                def to_chat(call, chat=chat):
                    return call["params"]["chat_id"] == chat
                emulator.push_update(callback_update(chat, "lang:cy"))
                await wait_for(emulator, "sendMessage", predicate=to_chat)
                emulator.push_update(callback_update(chat, f"aud:{audience}"))
                await wait_for(emulator, "sendMessage", 2, predicate=to_chat)
                emulator.push_update(command_update(chat, "/preifatrwydd"))
                await wait_for(emulator, "sendMessage", 3, predicate=to_chat)
    run(scenario())
    to_parent, to_young = sent(emulator, parent)[-1]["text"], sent(emulator, young)[-1]["text"]
    for text in (to_parent, to_young):
        assert "48" in text and "/clirio" in text and "/anghofio" in text
    ti, chi, _unknown = register_marks(to_parent)
    assert chi and not ti, (ti, chi)
    ti, chi, _unknown = register_marks(to_young)
    assert ti and not chi, (ti, chi)
    assert store.get(parent).audience == "parent" and store.get(young).audience == "young_person"


def test_nawr_gives_help_now_in_welsh(emulator, model, store, tmp_path):
    async def scenario():
        async with polling_bot(emulator, model, store, tmp_path):
            emulator.push_update(command_update(CHAT, "/nawr"))
            await wait_for(emulator, "sendMessage")
            await wait_for(emulator, "setMyCommands", 2)
    run(scenario())
    [reply] = sent(emulator)
    assert reply["text"].startswith("Os wyt ti mewn perygl nawr, ffonia 999.")
    assert "0800 1111" in reply["text"] and "85258" in reply["text"]
    assert store.get(CHAT).language == "cy"
    welsh = next(m for m in emulator.calls("setMyCommands") if m["params"].get("language_code") == "cy")
    assert [c["command"] for c in welsh["params"]["commands"]][:2] == ["dechrau", "nawr"]
