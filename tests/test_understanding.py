"""The real trained model through assess() and compose(): what a person's message gets.

The gates run on the held-out set through the whole path (model, safety layer, thresholds), as
`make evaluate` measures it; the validation set chose the thresholds and the challenge set is
reported by `make evaluate`, never gated here.
"""
from __future__ import annotations

import pytest

from nlu import assess
from nlu.assess import DEFAULT_THRESHOLDS
from nlu.evaluate import (
    GATES,
    LANGUAGES,
    CachedModel,
    choose_confident,
    choose_floors,
    held_out_cases,
    measures,
    run,
    validation_cases,
)
from responses import compose


@pytest.fixture(scope="module")
def cached(model):
    return CachedModel(model)


@pytest.fixture(scope="module")
def held_out(cached):
    return {lang: measures(run(held_out_cases(lang), cached)) for lang in LANGUAGES}


def _report(m) -> str:
    return "\n".join(f"{key:30} {share:.3f} ({hits}/{n})" for key, (share, hits, n) in m.items())


@pytest.mark.parametrize("language", LANGUAGES)
def test_risk_recall_on_the_held_out_set(held_out, language):
    """Each risk message gets its own concern's guidance (danger and self-harm: an emergency for
    that reason)."""
    m = held_out[language]
    print(f"\n{language}\n{_report(m)}")
    assert m["risk recall"][0] >= GATES["risk_recall"], _report(m)


@pytest.mark.parametrize("language", LANGUAGES)
def test_emergency_recall_on_the_held_out_set(held_out, language):
    m = held_out[language]
    assert m["emergency recall"][0] >= GATES["emergency_recall"], _report(m)


@pytest.mark.parametrize("language", LANGUAGES)
def test_false_alarms_on_the_held_out_set(held_out, language):
    """Ordinary messages (small talk, out of scope) get no concern guidance and no emergency."""
    m = held_out[language]
    assert m["false alarms"][0] <= GATES["false_alarms"], _report(m)


def test_the_thresholds_in_the_code_are_the_ones_the_validation_set_chooses(cached):
    cases = {lang: validation_cases(lang) for lang in LANGUAGES}
    floors, _grid = choose_floors(cases, cached, DEFAULT_THRESHOLDS.confident)
    confident, _curve = choose_confident(cases, cached, floors)
    assert (floors.concern_floor, floors.emergency_floor, confident) == (
        DEFAULT_THRESHOLDS.concern_floor, DEFAULT_THRESHOLDS.emergency_floor, DEFAULT_THRESHOLDS.confident)


def test_english_sextortion_disclosure(model):
    a = assess("someone says they'll share my nudes unless i pay", model=model)
    assert (a.language, a.topic, a.urgency) == ("en", "sextortion", "normal")


def test_welsh_sextortion_disclosure(model):
    a = assess("mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu", model=model)
    assert (a.language, a.topic) == ("cy", "sextortion")


@pytest.mark.parametrize("text,topic", [
    ("pay 500 or i post ur pics", "sextortion"),
    ("he has stuff of me and says everyone will see it if i dont send more", "sextortion"),
    ("my son is being blackmailed over a video, they want £300", "sextortion"),
    ("a guy from roblox keeps asking me for pics and says not to tell my mum", "grooming"),
    ("my nudes are going round school", "image_shared"),
    ("ma nudes fi ar snapchat pawb", "image_shared"),
    ("mae dyn o fortnite isio i fi yrru lluniau a deud dim wrth mam", "grooming"),
])
def test_concerns_are_recognised(model, text, topic):
    assert assess(text, model=model).topic == topic


@pytest.mark.parametrize("text,intent", [
    ("he's outside my house right now", "immediate_danger"),
    ("mae o tu allan i'r tŷ rŵan", "immediate_danger"),
    ("i want to die", "self_harm"),
    ("dwi isio marw", "self_harm"),
    ("he's blackmailing me and now he's outside my house", None),
])
def test_danger_is_an_emergency(model, text, intent):
    a = assess(text, model=model)
    assert a.urgency == "emergency"
    if intent:
        assert a.intent == intent


def test_an_explicit_self_harm_phrase_with_no_concern_words_is_self_harm(model):
    a = assess("my mind keeps telling me to end my life", model=model)
    assert (a.topic, a.urgency) == ("self_harm", "emergency")
    both = assess("he's blackmailing me for money and i want to die", model=model)
    assert (both.topic, both.urgency, both.reasons) == ("sextortion", "emergency", {"self_harm"})


@pytest.mark.parametrize("text,language,topic,reason", [
    # the issue's own example: pills in ordinary words, in the middle of a sextortion story
    ("i've taken loads of tablets and he's still saying he'll post the pics", "en", "sextortion", "self_harm"),
    ("he won't stop saying he'll send my video to my family and i've swallowed a pile of my dad's pills",
     "en", "sextortion", "self_harm"),
    ("mae o dal yn deud bydd o'n postio'r lluniau a dwi newydd gymryd llwyth o dabledi",
     "cy", "sextortion", "self_harm"),
])
def test_a_mixed_message_is_both_its_topic_and_an_emergency(model, text, language, topic, reason):
    """Two questions: what is happening (the topic's own steps) and why it is urgent (999 first)."""
    a = assess(text, language, model=model)
    assert (a.language, a.topic, a.urgency) == (language, topic, "emergency")
    assert reason in a.reasons
    reply = compose(a)
    assert reply.signposts[0] == "police_999"


@pytest.mark.parametrize("text,language,topic,reason", [
    # the model may put all its confidence on the emergency; the words still name the concern
    ("she wants £150 by tonight or everyone sees the video. i cant do this anymore, ive got my mums tablets",
     "en", "sextortion", "self_harm"),
    ("my nudes are all over snap and i just want to disappear forever", "en", "image_shared", "self_harm"),
    ("the man from roblox who's 24 said not to tell my parents, he's picking me up tonight at 8",
     "en", "grooming", "danger"),
    ("mae o isio £100 erbyn heno neu bydd pawb yn gweld y fideo. dwi methu cario mlaen, dwi di cymryd tabledi",
     "cy", "sextortion", "self_harm"),
    ("ma pawb di gweld fy lluniau noeth a dwi isio marw", "cy", "image_shared", "self_harm"),
])
def test_a_mixed_message_keeps_its_topic_when_the_emergency_label_wins(model, text, language, topic, reason):
    a = assess(text, language, model=model)
    assert (a.language, a.topic, a.urgency) == (language, topic, "emergency")
    assert reason in a.reasons
    assert compose(a).signposts[0] == "police_999"


@pytest.mark.parametrize("text,language,topic", [
    ("i cant do this anymore, ive taken all my tablets", "en", "self_harm"),
    ("my daughter is 18 and she says she wants to end her life", "en", "self_harm"),
    ("someone is trying to get in through the back door and im home alone", "en", "immediate_danger"),
    ("dwi di cymryd llwyth o dabledi a dwi isio marw", "cy", "self_harm"),
])
def test_a_message_that_is_only_urgent_gets_no_concern_topic(model, text, language, topic):
    a = assess(text, language, model=model)
    assert (a.topic, a.urgency) == (topic, "emergency")


@pytest.mark.parametrize("text,language,subject", [
    ("beth mae CEOP yn ei wneud?", "cy", "what_is_ceop"),
    ("what's the difference between ceop and childline, who do i go to", "en", "which_service"),
    ("how do i switch off the map that shows my friends where i am", "en", "location_sharing"),
    ("mae rhywun dwi ddim yn nabod wedi gyrru friend request, ddylwn i dderbyn?", "cy", "stranger_requests"),
])
def test_advice_questions_get_their_subject(model, text, language, subject):
    a = assess(text, language, model=model)
    assert (a.language, a.topic, a.intent) == (language, "advice", f"faq/{subject}")
    assert not a.is_emergency


@pytest.mark.parametrize("text", [
    "i was dying of laughter",
    "he threatened to beat me at fifa",
    "bu bron i mi farw o chwerthin",
    "what's the weather like tomorrow",
    "can u help me make a photo collage for my nan's birthday",
    "my nan is facetiming us tonight to see the new puppy",
    "ma mam yn postio lluniau o'r ci ar facebook drwy'r amser",
])
def test_harmless_lookalikes_are_not_concerns(model, text):
    a = assess(text, model=model)
    assert a.urgency == "normal"
    assert not a.is_concern, a


def test_parent_and_staff_are_recognised(model):
    assert assess("my daughter is being threatened with her pics unless she pays", model=model).audience == "parent"
    assert assess("a pupil told me someone is threatening to share her nudes", model=model).audience == "staff"


def test_asking_for_welsh_switches_the_language(model):
    a = assess("Cymraeg plis", chat_language="en", model=model)
    assert (a.intent, a.language) == ("change_language", "cy")
    a = assess("English please", chat_language="cy", model=model)
    assert (a.intent, a.language) == ("change_language", "en")


@pytest.mark.parametrize("text", ["", "   ", "😭😭😭", "a" * 4000, "/sextortion", "?" * 50])
def test_odd_input_is_assessed_without_error(model, text):
    for chat in ("en", "cy"):  # no words to go on: the chat's language, and nothing urgent
        a = assess(text, chat_language=chat, model=model)
        assert (a.language, a.urgency) == (chat, "normal")
