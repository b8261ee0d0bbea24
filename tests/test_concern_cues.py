"""The concern an urgent message speaks of (nlu/concerns.py), and what assess() does with it.

Every cue has messages it must name and messages with the same words it must leave alone; above
all, messages that are *only* self-harm or *only* danger must name no concern, or a child's
emergency reply would carry steps that are not theirs ("don't pay").
(Examples written for these tests; none is copied from the validation or challenge sets.)
"""
from __future__ import annotations

import pytest

from nlu.assess import assess
from nlu.concerns import CUES, concern_cues, matching_cues, spoken_concern
from nlu.model import Parse
from nlu.vocabulary import Reason, Topic, Urgency

NAMED = {
    "blackmail_named": [
        "he's blackmailing me with my pics and i've taken tablets",
        "my son is being sextorted and he's locked himself in the bathroom",
    ],
    "demand_and_exposure": [
        "she said pay £100 by tonight or everyone sees it and i cant do this anymore",
        "they want vouchers or they'll post it to my followers. i want to die",
        "i have no money and he's going to send them to my whole family, i've got a blade",
    ],
    "threat_to_share_image": [
        "he says he'll post my nudes tonight and i dont want to be here",
        "someone is threatening to send the video to my school and i keep thinking about ending it",
    ],
    "image_out": [
        "my pics are going round the whole year and i want to disappear forever",
        "a boy shared my nudes on snap and now i've swallowed a load of paracetamol",
        "everyone has seen the video of me and i cant face anyone",
        "the photo of her has been posted on insta and she says she wants to die",
    ],
    "image_out_it": [
        "he's sent it to my brother already and i don't want to live",
        "she posted them on her story and now i'm on the bridge",
    ],
    "grooming_named": [
        "i think my daughter is being groomed and she has gone to meet him",
    ],
    "adult_contact": [
        "the man from roblox who is 31 is picking me up in an hour",
        "a guy on snap who's 25 is outside my house right now",
        "she's 13 and she's gone to meet an older man she met online",
    ],
    "secrecy_asked": [
        "a man online told me not to tell my parents and he's coming round tonight",
        "the guy from discord said to keep it our secret and he's waiting at the park now",
    ],
    "gifts_from_him": [
        "a man on fortnite has been sending him vbucks and now my son has gone to meet him",
        "this guy from insta bought me a phone and he's outside my school now",
    ],
    "cy_blackmail_named": [
        "mae rhywun yn fy mlacmelio efo lluniau a dwi isio marw",
        "mae'n mab ni'n cael ei flacmelio a mae o wedi cloi ei hun yn y stafell",
    ],
    "cy_demand_and_exposure": [
        "mae o isio £200 neu bydd pawb yn gweld o a dwi methu mynd ymlaen",
        "ma nhw isio pres a neith nhw hala fe i mam, dwi di cymryd tabledi",
    ],
    "cy_threat_to_share_image": [
        "mae hi'n bygwth rhannu'r lluniau a dwi isio marw",
        "dwi ar y bont achos bydd o'n postio'r fideo heno",
    ],
    "cy_image_out": [
        "mae fy lluniau i wedi mynd rownd yr ysgol a dwi isio diflannu am byth",
        "ma pawb di gweld y fideo a dwi ddim isio byw",
        "nath o rannu'r llun ar snap a dwi di cymryd llwyth o dabledi",
    ],
    "cy_image_out_it": [
        "mae o wedi gyrru fo at fy mrawd a dwi isio marw",
    ],
    "cy_grooming_named": [
        "dwi'n meddwl bod fy merch yn cael ei grwmio a mae hi wedi mynd i'w gwrdd o",
    ],
    "cy_adult_contact": [
        "dwi'n cwrdd a'r dyn o roblox sy'n 30 heno",
        "mae hi wedi mynd i gyfarfod oedolyn o snapchat",
    ],
    "cy_secrecy_asked": [
        "nath y dyn ar-lein ddeud i beidio deud wrth neb a mae o tu allan rwan",
    ],
    "cy_gifts_from_him": [
        "ma'r boi o fortnite wedi bod yn gyrru anrhegion a mae o'n dod i nol fi heno",
    ],
}

# Same words, but no concern named (what the cue must leave alone)
LEFT_ALONE = {
    "blackmail_named": ["i'm going to jump, nobody would care"],
    "demand_and_exposure": [
        "i can't pay for anything and everything is too much, i want to die",
        "he took my money and said he'd hurt me unless i come outside",
    ],
    "threat_to_share_image": ["he's going to hurt me, he's outside with a knife"],
    "image_out": [
        "he sent a photo of my front door, he's outside",
        "everyone has seen my scars and i want to die",
        "my mum sent me to my room and i want to disappear forever",
    ],
    "image_out_it": [
        "she sent it to me, a goodbye message, and now she won't answer",
        "he sent them to my phone, pictures of our house, and he's outside",
    ],
    "grooming_named": ["i groom dogs for a living and my daughter wants to die"],
    "adult_contact": [
        "my 19 year old son says he wants to die",
        "she's 18 and she's taken an overdose",
        "he is 20 minutes away and i'm scared",
        "my older brother is cutting himself",
    ],
    "secrecy_asked": [
        "my friend is cutting and she said not to tell anyone",
        "please don't tell my mum but i've taken loads of pills",
        "i told her not to tell anyone i want to die",
    ],
    "gifts_from_him": [
        "my mum bought me a new phone and i still want to die",
        "i sent him money and he still says he's coming round",
    ],
    "cy_blackmail_named": ["dwi isio marw, does neb yn malio"],
    "cy_demand_and_exposure": ["dwi methu talu am ddim byd a dwi isio marw"],
    "cy_threat_to_share_image": ["mae o am ddod draw heno a dwi ofn"],
    "cy_image_out": [
        "nath o yrru llun o'n drws ffrynt ni, mae o tu allan",
        "bydd pawb yn gweld fy nghreithiau a dwi isio marw",
    ],
    "cy_image_out_it": ["mae hi wedi gyrru fo ata i, neges hwyl fawr, a dydi hi ddim yn ateb"],
    "cy_grooming_named": ["dwi isio marw"],
    "cy_adult_contact": [
        "mae fy mab 19 oed yn deud ei fod o isio marw",
        "mae o'n 20 munud i ffwrdd a dwi ofn",
    ],
    "cy_secrecy_asked": ["mae fy ffrind yn torri ei hun a nath hi ddeud i beidio deud wrth neb"],
    "cy_gifts_from_him": ["nath mam brynu ffon newydd i fi a dwi dal isio marw"],
}

# Messages that are only self-harm or only danger: no concern at all
ONLY_URGENT = [
    "i want to die",
    "i've taken a whole packet of paracetamol",
    "he's outside my house and he's got a knife",
    "someone is following me home",
    "my daughter is 15 and she says she wants to kill herself",
    "my 11yo is missing, she went to the park and isn't answering",
    "my friend sent me a goodbye message on snap and isn't answering",
    "a pupil has told me she is going to take all her mum's tablets tonight",
    "dwi isio marw",
    "mae o tu allan i'r tŷ rŵan",
    "mae fy merch 16 oed wedi cymryd gorddos",
    "mae rhywun yn fy nilyn i adre",
    "nath fy ffrind yrru neges hwyl fawr a dydi hi ddim yn ateb",
]


def test_every_cue_has_named_and_left_alone_examples():
    names = {cue.name for cue in CUES}
    assert names == set(NAMED) == set(LEFT_ALONE)


@pytest.mark.parametrize("name,text", [(n, t) for n, texts in NAMED.items() for t in texts])
def test_cue_names_its_concern(name, text):
    assert name in matching_cues(text)


@pytest.mark.parametrize("name,text", [(n, t) for n, texts in LEFT_ALONE.items() for t in texts])
def test_cue_leaves_the_same_words_alone(name, text):
    assert name not in matching_cues(text)


@pytest.mark.parametrize("text", ONLY_URGENT)
def test_a_message_that_is_only_urgent_names_no_concern(text):
    assert concern_cues(text) == frozenset(), matching_cues(text)


def test_the_model_ranking_chooses_among_the_concerns_named():
    text = "he's blackmailing me and my pics are going round school, i want to die"
    assert concern_cues(text) == {Topic.SEXTORTION, Topic.IMAGE_SHARED}
    ranked_image = (("self_harm", 0.98), ("image_shared+self_harm", 0.015), ("sextortion+self_harm", 0.005))
    ranked_blackmail = (("self_harm", 0.98), ("sextortion+self_harm", 0.015), ("image_shared+self_harm", 0.005))
    assert spoken_concern(text, ranked_image) == Topic.IMAGE_SHARED
    assert spoken_concern(text, ranked_blackmail) == Topic.SEXTORTION
    # a concern the model ranks but the words do not name is not chosen
    assert spoken_concern(text, (("grooming+self_harm", 0.9),)) == Topic.SEXTORTION
    assert spoken_concern("i want to die", ranked_image) is None


class _Model:
    """A model that gives one fixed ranking (the decision rules, without the trained model)."""

    def __init__(self, *ranking: tuple[str, float]) -> None:
        self.ranking = ranking

    def parse(self, text: str) -> Parse:
        return Parse(self.ranking[0][0], self.ranking[0][1], self.ranking)


def test_an_emergency_only_label_keeps_the_concern_its_words_name():
    """The lead's case: DIET puts all its confidence on self_harm; the words say blackmail too."""
    model = _Model(("self_harm", 0.998), ("sextortion+self_harm", 0.001), ("image_shared+self_harm", 0.001))
    a = assess("she wants £300 or everyone sees the video, i've taken all my tablets", model=model)
    assert (a.topic, a.urgency, a.intent) == (Topic.SEXTORTION, Urgency.EMERGENCY, "sextortion+self_harm")
    assert Reason.SELF_HARM in a.reasons


def test_danger_with_grooming_words_is_grooming_and_danger():
    model = _Model(("immediate_danger", 0.99), ("grooming+immediate_danger", 0.005))
    a = assess("the guy from discord who's 27 said not to tell my mum, i'm meeting him tonight", model=model)
    assert (a.topic, a.urgency) == (Topic.GROOMING, Urgency.EMERGENCY)
    assert a.reasons == {Reason.DANGER}


def test_an_urgent_message_with_no_concern_words_keeps_its_emergency_topic():
    model = _Model(("self_harm", 0.99), ("sextortion+self_harm", 0.01))
    a = assess("i can't go on, i've taken my dad's pills", model=model)
    assert (a.topic, a.intent, a.urgency) == (Topic.SELF_HARM, "self_harm", Urgency.EMERGENCY)


def test_a_calm_message_is_never_made_a_concern_by_its_words():
    """The cues only choose the topic of an emergency; they never raise a concern themselves."""
    model = _Model(("out_of_scope", 0.99),)
    a = assess("my friend said she'll post the vid of me at karaoke lol", model=model)
    assert (a.topic, a.urgency) == (Topic.OUT_OF_SCOPE, Urgency.NORMAL)
