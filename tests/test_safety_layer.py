"""The deterministic safety layer: explicit danger and self-harm in English and Welsh."""
import pytest

from nlu.safety import explicit_reasons
from nlu.vocabulary import Reason

SELF_HARM = [
    "i want to die",
    "if he posts them im going to kill myself",
    "i dont want to be alive anymore",
    "thinking about ending my life tbh",
    "i've been cutting myself again",
    "i can't go on like this",
    "dwi isio marw",
    "dw i eisiau marw",
    "sa i moyn byw rhagor, dwi ddim isio byw",
    "dwi am ladd fy hun os ma nhw'n postio fe",
    "dwi di bod yn brifo fy hun",
    "dwi'n methu ymdopi",
    "fi ar y to a fi'n meddwl neidio",
]
DANGER = [
    "he's outside my house right now",
    "someone is following me home",
    "a man is outside my window",
    "im meeting him in an hour",
    "my daughter has gone to meet a man she met online",
    "he's on his way to my house",
    "mae o tu allan i'r tŷ",
    "mae e tu fas i'r ty",
    "mae rhywun yn fy nilyn i",
    "dwi'n cwrdd ag o heno",
    "mae hi wedi mynd i gwrdd â dyn o'r we",
]
HARMLESS = [
    "i was dying of laughter",
    "he threatened to beat me at fifa",
    "my mum will kill me if i'm late",
    "this maths homework is killing me",
    "im dead 💀",
    "bu bron i mi farw o chwerthin",
    "dwi'n marw isio bwyd",
    "mae o'n bygwth curo fi ar fifa",
    "bydd mam yn fy lladd i os dwi'n hwyr",
    "what is sextortion?",
    "",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_phrases_are_caught(text):
    assert Reason.SELF_HARM in explicit_reasons(text)


@pytest.mark.parametrize("text", DANGER)
def test_danger_phrases_are_caught(text):
    assert Reason.DANGER in explicit_reasons(text)


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_lookalikes_are_not_emergencies(text):
    assert explicit_reasons(text) == frozenset()


def test_accents_and_capitals_do_not_matter():
    assert explicit_reasons("MAE O TU ALLAN I'R TY") == explicit_reasons("mae o tu allan i'r tŷ") == {Reason.DANGER}
