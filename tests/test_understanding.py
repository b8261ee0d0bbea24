"""The real trained model through assess(): what a person's message is understood as."""
from __future__ import annotations

import pytest

from nlu import assess
from nlu.data_check import held_out_examples
from nlu.intents import RISK_INTENTS

RECALL_THRESHOLD = {"en": 0.95, "cy": 0.90}


def recall_table(model, language):
    """Per risk intent: (recall, misses) of the assessed intent on the held-out set."""
    table = {}
    for intent, examples in held_out_examples(language).items():
        if intent not in RISK_INTENTS:
            continue
        misses = [(text, a.intent) for text in examples
                  for a in [assess(text, language, model=model)] if a.intent != intent]
        table[intent] = (1 - len(misses) / len(examples), misses)
    return table


@pytest.mark.parametrize("language", ["en", "cy"])
def test_risk_intent_recall_on_the_held_out_set(model, language):
    table = recall_table(model, language)
    report = "\n".join(f"{intent:18} recall {recall:.3f}  misses: {misses[:4]}" for intent, (recall, misses) in table.items())
    print(f"\n{language}\n{report}")
    assert set(table) == set(RISK_INTENTS)
    for intent, (recall, misses) in table.items():
        assert recall >= RECALL_THRESHOLD[language], f"{language} {intent} recall {recall:.3f}\n{report}"


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


@pytest.mark.parametrize("text", [
    "i was dying of laughter",
    "he threatened to beat me at fifa",
    "bu bron i mi farw o chwerthin",
    "what's the weather like tomorrow",
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
