"""Who is writing and in which language, from the words (no model needed).

(Examples written for these tests; none is copied from the validation or challenge sets.)
"""
import pytest

from nlu.audience import detect_audience
from nlu.language import detect_language, requested_language


@pytest.mark.parametrize("text", [
    "my son is being blackmailed over a video",
    "our 14 year old daughter sent a pic to someone",
    "my 14yo son told me someone has his pictures",
    "my 11yo is missing and her phone is off",
    "my 13-year-old has been added to a group chat by an adult",
    "i'm a mum and i found messages on her phone",
    "as a parent what should i look out for",
    "my teenage son won't talk to me about it",
    "my two boys are always on roblox, is it safe?",
    "my son's school DSL hasn't called me back",      # a parent, though the school's words are there
    "my daughter disclosed last night that she sent a photo",
    # Welsh
    "mae fy merch i wedi anfon lluniau",              # my daughter has sent pictures
    "dwi'n poeni am fy mab",                          # I'm worried about my son
    "fy mab 14 oed sy wedi cael neges",               # my 14-year-old son got a message
    "ma rhywun yn bygwth 'n merch ni",                # someone is threatening our daughter
    "mae'r mab wedi bod yn ddistaw ers dyddiau",      # the son (my son) has been quiet for days
    "rhiant ydw i, be ddylwn i neud",                 # I'm a parent, what should I do
    "fel rhiant, sut dwi'n siarad am hyn",            # as a parent, how do I talk about this
])
def test_parents_from_their_words(text):
    assert detect_audience(text) == "parent"


@pytest.mark.parametrize("text", [
    "a pupil in year 8 told me someone is threatening her",
    "one of my learners disclosed something today",
    "as a governor what should we ask",
    "a year 10 boy has disclosed that he sent an image",
    "a colleague has noticed one of our year 9 girls is upset about a photo",
    "head of year here, a lad in yr 9 has a nude on his phone",
    "a parent told me her son is being blackmailed, i'm his teacher",
    "i need to cover sextortion in a staff briefing",
    "youth worker here. one of the lads at our club has been sent money",
    # Welsh
    "mae disgybl wedi dweud wrtha i",                 # a pupil has told me
    "mae disgybl wedi datgelu bod rhywun yn ei flacmelio",  # a pupil has disclosed blackmail
    "mae cydweithiwr wedi sylwi bod merch Blwyddyn 9 yn ofidus",  # a colleague has noticed a Year 9 girl
    "mae bachgen blwyddyn 10 newydd ddweud wrtha i",  # a Year 10 boy has just told me
    "dwi'n athrawes a mae un o'n disgyblion yn poeni",  # I'm a teacher, one of our pupils is worried
    "athro ydw i, beth yw'r drefn",                   # I'm a teacher, what's the procedure
])
def test_staff_from_their_words(text):
    assert detect_audience(text) == "staff"


@pytest.mark.parametrize("text", [
    "my mum will kill me if she finds out",
    "should i tell my teacher",
    "a boy in my class has my pics",
    "i'm in year 9 and someone is messaging me",
    "my 15 year old brother says he'll help",
    "the photos from our school trip are up",
    "me and my boys went into town",
    "a year 11 boy keeps asking for pics",
    "my dad said i should ask you",
    # Welsh
    "bydd mam yn fy lladd i",                         # mum will kill me
    "dwi ym mlwyddyn 9",                              # I'm in year 9
    "mae hi'n ferch neis yn fy nosbarth",             # she's a nice girl in my class
    "ddylwn i ddeud wrth fy athro",                   # should I tell my teacher
])
def test_a_young_person_mentioning_adults_stays_a_young_person(text):
    assert detect_audience(text) == "unknown"
    assert detect_audience(text, "young_person") == "young_person"


def test_first_person_keeps_the_chats_choice():
    assert detect_audience("he says he'll post my pics") == "unknown"
    assert detect_audience("he says he'll post my pics", "young_person") == "young_person"
    assert detect_audience("what should i do", "parent") == "parent"
    assert detect_audience("what should i do", "nonsense") == "unknown"


@pytest.mark.parametrize("text,expected", [
    ("someone says he'll post my pics unless i pay", "en"),
    ("mae o'n bygwth rhannu lluniau ohona i os na dwi'n talu", "cy"),
    ("ma fe di cal nudes fi a mae e moyn arian", "cy"),
    ("dwi isio help plis", "cy"),
    ("he said if i dont send more he'll show everyone", "en"),
    ("diolch yn fawr iawn", "cy"),
    ("thank you so much", "en"),
])
def test_language_from_text(text, expected):
    assert detect_language(text, "en" if expected == "cy" else "cy") == expected


@pytest.mark.parametrize("text", [
    "ok", "help", "helo", "👍", "", "x",
    # greetings, thanks and yes/no words are used in both languages: they say nothing
    "diolch", "iawn", "ok ta ta", "ok thanks", "thanks", "helo helo", "ok diolch", "hiya, thanks!",
    "iawn diolch", "cheers xx",
])
def test_short_and_pleasantry_messages_keep_the_chat_language(text):
    assert detect_language(text, "cy") == "cy"
    assert detect_language(text, "en") == "en"


def test_a_very_long_message_is_judged_quickly_and_rightly():
    assert detect_language("mae o'n bygwth rhannu lluniau " * 10_000, "en") == "cy"


@pytest.mark.parametrize("text,expected", [
    ("Cymraeg", "cy"), ("welsh please", "cy"), ("English please", "en"), ("Saesneg", "en"),
    ("change language", None),
])
def test_requested_language(text, expected):
    assert requested_language(text) == expected
