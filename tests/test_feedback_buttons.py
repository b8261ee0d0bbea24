"""The buttons: "Did I get that right?" (Yes / No and the menu), "Talk to a person now", "What
else can I do?", and that every button the bot makes is known and answers, in both languages."""
from __future__ import annotations

import pytest

from nlu.assessment import Assessment
from nlu.vocabulary import Action, Audience, parse_callback
from responses import compose, is_known_callback, reply_to_button
from responses.buttons import STATE_ACTIONS, is_urgent
from responses.feedback import MENU
from tests.replies import LANGUAGES, all_replies, concern_assessments, other_assessments

REPLIES = {language: list(all_replies(language)) for language in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_button_the_bot_makes_is_known_fits_telegram_and_answers(language):
    seen = set()
    for label, a, reply in REPLIES[language]:
        audience = a.audience if a is not None else label.rsplit("/", 1)[-1]
        for button_label, data in reply.buttons:
            assert button_label and len(data.encode()) <= 64, (label, data)
            assert is_known_callback(data), (label, data)
            action, value = parse_callback(data)
            if action not in STATE_ACTIONS and (data, audience) not in seen:
                seen.add((data, audience))
                assert reply_to_button(action, value, audience, language) is not None, (label, data)


@pytest.mark.parametrize("data", [
    "more:sextortion/zz", "more:sextortion/sa", "more:bullying", "more:sextortion.1", "more:sextortion.x",
    "yes:", "yes:nonsense", "no:s", "no:x", "pick:nope", "pick:danger/s", "talk:s", "talk:q", "helplines:x",
    "lang:fr", "aud:admin", "forget:maybe", "drop table; --", "", None,
])
def test_callbacks_the_bot_never_makes_are_refused(data):
    assert not is_known_callback(data)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_concern_reply_asks_did_i_get_that_right_and_offers_a_person_now(language):
    for a in concern_assessments(language):
        actions = [parse_callback(data)[0] for _, data in compose(a).buttons]
        assert actions[-2:] == [Action.RIGHT, Action.WRONG], a
        assert Action.TALK_NOW in actions and Action.MORE in actions, a
        question = compose(a).text.rsplit("\n\n", 1)[-1]
        if a.uncertain:
            assert ("No, it's something else" in question) or ("Na, mae'n rhywbeth arall" in question), a
        else:
            assert question in ("Did I get that right?", "Ydw i wedi deall yn iawn?"), a


@pytest.mark.parametrize("language", LANGUAGES)
def test_uncertain_other_replies_ask_too_and_sure_ones_do_not(language):
    for a in other_assessments(language):
        actions = [parse_callback(data)[0] for _, data in compose(a).buttons]
        assert (Action.WRONG in actions) == a.uncertain, a


@pytest.mark.parametrize("audience", ["young_person", "parent", "staff"])
def test_no_opens_the_menu_in_the_readers_words_and_language(audience):
    for language in LANGUAGES:
        menu = reply_to_button(Action.WRONG, "", audience, language)
        choices = [parse_callback(data) for _, data in menu.buttons]
        assert [value for _, value in choices] == list(MENU)
        assert all(action == Action.CHOICE for action, _ in choices)
        assert "999" in menu.text
        labels = [label for label, _ in menu.buttons]
        assert all(len(label) <= 45 for label in labels), labels
    en = [label for label, _ in reply_to_button(Action.WRONG, "", audience, "en").buttons]
    cy = [label for label, _ in reply_to_button(Action.WRONG, "", audience, "cy").buttons]
    assert en != cy and len(set(en)) == len(MENU)
    assert ("me" in en[0]) == (audience == "young_person") and ("my child" in en[0]) == (audience == "parent")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_menu_choice_gives_that_reply_at_once(language):
    threat = reply_to_button(Action.CHOICE, "sextortion", "young_person", language)
    assert {"ceop", "report_remove", "childline"} <= set(threat.signposts) and "dont_pay" in threat.advice
    assert Action.WRONG not in [parse_callback(d)[0] for _, d in threat.buttons]  # chosen: no question again
    contact = reply_to_button(Action.CHOICE, "grooming", "parent", language)
    assert "ceop" in contact.signposts and "nspcc" in contact.signposts
    image = reply_to_button(Action.CHOICE, "image_shared", "staff", language)
    assert "refer_immediately" in image.advice
    danger = reply_to_button(Action.CHOICE, "danger", "young_person", language)
    assert danger.signposts[0] == "police_999" and "samaritans" in danger.signposts
    assert "999" in danger.text.split("\n")[0] and "urgent_help" in danger.advice
    for choice in ("question", "other"):
        reply = reply_to_button(Action.CHOICE, choice, "parent", language)
        assert reply.signposts == ["nspcc", "police_999"] and "0808 800 5000" in reply.text
    adult = reply_to_button(Action.CHOICE, "sextortion/a", "young_person", language)
    assert "stopncii" in adult.signposts and "report_remove" not in adult.signposts


@pytest.mark.parametrize("language", LANGUAGES)
def test_yes_is_a_short_acknowledgement_not_a_repeat(language):
    for a in concern_assessments(language):
        if a.uncertain or a.audience == "unknown":
            continue
        first = compose(a)
        yes = next(data for _, data in first.buttons if data.startswith("yes:"))
        ack = reply_to_button(*parse_callback(yes), a.audience, language)
        assert len(ack.text) < 500, (a, len(ack.text))
        assert first.text.split("\n")[0] not in ack.text, a
        assert len(ack.signposts) == 1 and ack.signposts[0] in first.signposts + ["meic"], a
        assert [parse_callback(d)[0] for _, d in ack.buttons] == [Action.TALK_NOW, Action.MORE], a


def test_talk_now_and_the_danger_choice_go_first():
    assert is_urgent(Action.TALK_NOW) and is_urgent(Action.HELP_NOW)
    assert is_urgent(Action.CHOICE, "danger") and is_urgent(Action.CHOICE, "danger/a")
    assert not is_urgent(Action.CHOICE, "question") and not is_urgent(Action.MORE, "sextortion")


def test_the_adult_route_is_kept_through_every_button():
    a = Assessment("en", "sextortion", 0.9, "sextortion", "normal", "young_person", details={"adult"})
    buttons = dict((parse_callback(d)[0], parse_callback(d)[1]) for _, d in compose(a).buttons)
    assert buttons[Action.TALK_NOW] == "a" and buttons[Action.WRONG] == "a"
    talk = reply_to_button(Action.TALK_NOW, "a", "young_person", "en")
    assert "revenge_porn_helpline" in talk.signposts and "childline" not in talk.signposts
    assert "Monday to Friday, 10am to 4pm" in talk.text
    menu = reply_to_button(Action.WRONG, "a", "young_person", "en")
    assert all(data.endswith("/a") for _, data in menu.buttons)


@pytest.mark.parametrize("audience", list(Audience))
def test_talk_to_a_person_now_says_how_to_reach_people_right_now(audience):
    reply = reply_to_button(Action.TALK_NOW, "", audience, "en")
    if audience in ("young_person", "unknown"):
        assert reply.signposts == ["police_999", "childline", "meic", "shout", "samaritans"]
        assert "online chat at childline.org.uk" in reply.text and "text 84001" in reply.text
        assert "8am to midnight every day" in reply.text and "SHOUT to 85258 (24/7)" in reply.text
        assert "0808 164 0123 (evenings)" in reply.text
    elif audience == "parent":
        assert reply.signposts == ["police_999", "nspcc", "police_101", "samaritans"]
    else:
        assert reply.signposts == ["police_999", "dsp", "police_101", "nspcc"]
        assert "in person, straight away" in reply.text
