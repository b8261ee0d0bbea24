"""The shared vocabulary and the two-question Assessment contract."""
from __future__ import annotations

import json

import pytest

from nlu.assessment import Assessment
from nlu.vocabulary import Action, Audience, Reason, Topic, Urgency, callback, parse_callback, reader
from responses.buttons import reply_to_button
from responses.i18n import NP_, by_register, gettext_for


def test_members_are_their_plain_values_in_dicts_json_and_text():
    assert {"sextortion": 1}[Topic.SEXTORTION] == 1
    assert {Topic.SEXTORTION: 1}["sextortion"] == 1
    assert json.dumps({"topic": Topic.GROOMING}) == '{"topic": "grooming"}'
    assert f"more:{Topic.IMAGE_SHARED}" == "more:image_shared"


def test_a_message_can_be_sextortion_and_self_harm():
    a = Assessment("en", "sextortion", 0.9, "sextortion", "emergency", "young_person",
                   reasons={"self_harm"})
    assert (a.topic, a.urgency, a.reasons) == (Topic.SEXTORTION, Urgency.EMERGENCY, {Reason.SELF_HARM})
    assert a.as_dict()["reasons"] == ["self_harm"]


def test_an_emergency_only_topic_carries_its_own_reason():
    a = Assessment("cy", "self_harm", 0.9, "self_harm", "emergency", "parent")
    assert a.reasons == {Reason.SELF_HARM}


@pytest.mark.parametrize("kwargs", [
    dict(topic="sextortion", urgency="emergency", reasons=()),        # emergency with no reason
    dict(topic="sextortion", urgency="normal", reasons={"danger"}),   # a reason but not urgent
    dict(topic="self_harm", urgency="normal", reasons=()),            # self-harm is always urgent
    dict(topic="bullying", urgency="normal", reasons=()),             # not a topic
])
def test_inconsistent_assessments_are_refused(kwargs):
    with pytest.raises(ValueError):
        Assessment("en", "x", 0.5, audience="unknown", **kwargs)


def test_unknown_and_young_people_read_the_young_persons_wording():
    assert reader("unknown") is reader(Audience.YOUNG_PERSON) is Audience.YOUNG_PERSON
    assert reader("staff") is Audience.STAFF


def test_callback_data_round_trips_and_refuses_what_the_bot_never_made():
    assert parse_callback(callback(Action.MORE, Topic.GROOMING)) == (Action.MORE, "grooming")
    with pytest.raises(ValueError):
        parse_callback("delete_everything")


def test_buttons_answer_from_the_shared_table():
    reply = reply_to_button(Action.HELP_NOW, "", "parent", "cy")
    assert reply.signposts[0] == "police_999"
    assert reply_to_button(Action.MORE, "not_a_topic", "parent", "en") is None
    assert reply_to_button(Action.LANGUAGE, "cy", "parent", "en") is None


def test_by_register_needs_the_same_english_in_both_contexts():
    line = by_register(NP_("ti", "Hello"), NP_("chi", "Hello"))
    assert gettext_for("en", "parent")(line) == gettext_for("en", "young_person")(line) == "Hello"
    with pytest.raises(ValueError):
        by_register(NP_("ti", "Hello"), NP_("chi", "Hi"))
    with pytest.raises(ValueError):
        NP_("formal", "Hello")
