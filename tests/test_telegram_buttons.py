"""Every button content made, pressed in Telegram: "Did I get that right?" (Yes / No and the
menu), "Talk to a person now", "What else can I do?" on every page, help now; a button this
version never made; and the reader's Welsh register in what buttons answer. Offline."""
from __future__ import annotations

from tests.e2e.bot_api_emulator import callback_update, command_update, text_update
from tests.test_telegram_handlers import CHAT, process
from tests.test_welsh_register import register_marks


def buttons(request):
    """The callback data of each message's buttons, in order."""
    out = []
    for name, params in request.calls:
        if name == "sendMessage":
            rows = (params.get("reply_markup") or {}).get("inline_keyboard", [])
            out.append([button["callback_data"] for row in rows for button in row])
    return out


def test_no_opens_the_menu_and_a_choice_gives_that_reply_at_once(model, tmp_path):
    request = process([text_update(CHAT, "what is sextortion?"), callback_update(CHAT, "no")], model, tmp_path)
    menu = buttons(request)[-1]
    assert menu == ["pick:sextortion", "pick:grooming", "pick:image_shared", "pick:danger", "pick:question",
                    "pick:other"]
    assert "Which of these is closest?" in request.sent_texts()[-1]

    request = process([callback_update(CHAT, "pick:grooming")], model, tmp_path)
    [reply] = request.sent_texts()
    assert "CEOP" in reply and "0800 1111" in reply
    assert not any(data.startswith(("yes:", "no")) for data in buttons(request)[0])  # chosen: not asked again


def test_the_adult_route_is_kept_from_no_through_the_menu(model, tmp_path):
    request = process([callback_update(CHAT, "no:a"), callback_update(CHAT, "pick:sextortion/a")], model, tmp_path)
    menu, reply = request.sent_texts()
    assert "pick:sextortion/a" in buttons(request)[0]
    assert "stopncii.org" in reply and "0345 6000 459" in reply  # StopNCII, the Revenge Porn Helpline
    assert "childline.org.uk/remove" not in reply and "takeitdown" not in reply  # not Report Remove, Take It Down


def test_yes_talk_and_every_more_page_answer(model, tmp_path):
    request = process([callback_update(CHAT, "yes:sextortion/s"), callback_update(CHAT, "talk"),
                       callback_update(CHAT, "more:sextortion/aip")], model, tmp_path)
    yes, talk, more = request.sent_texts()
    assert "Thanks for letting me know" in yes
    assert talk.startswith("If you are in danger right now, call 999.") and "0800 1111" in talk
    pages = [more]
    next_page = [d for d in buttons(request)[-1] if d.startswith("more:")]
    while next_page:
        request = process([callback_update(CHAT, next_page[0])], model, tmp_path)
        pages.append(request.sent_texts()[0])
        next_page = [d for d in buttons(request)[0] if d.startswith("more:")]
    assert len(pages) >= 2 and len(set(pages)) == len(pages)


def test_a_button_this_version_never_made_says_it_has_expired(model, tmp_path):
    request = process([callback_update(CHAT, "more:bullying"), callback_update(CHAT, "yes:sextortion/zz")],
                      model, tmp_path)
    assert request.sent_texts() == ["That button has expired. Tell me what's happening, or send /help."] * 2
    assert request.names().count("answerCallbackQuery") == 2


def test_a_welsh_parent_reads_chi_and_a_young_person_ti_in_what_buttons_and_commands_answer(model, tmp_path):
    for audience, own, other in (("parent", 1, 0), ("young_person", 0, 1)):
        request = process([callback_update(CHAT, "lang:cy"), callback_update(CHAT, f"aud:{audience}"),
                           callback_update(CHAT, "no"), callback_update(CHAT, "pick:other"),
                           callback_update(CHAT, "yes:smalltalk"), callback_update(CHAT, "nonsense"),
                           command_update(CHAT, "/cymorth"), command_update(CHAT, "/nawr"), text_update(CHAT, "   ")],
                          model, tmp_path / audience)
        for text in request.sent_texts()[1:]:
            marks = register_marks(text)
            assert marks[own] and not marks[other], (audience, text[:80])
