"""The decision rules of nlu/assess.py on fixed rankings (no trained model): the concern floor is
recall first, it can add a concern the model ranked second, never take away its first choice."""
from nlu.assess import Thresholds, assess
from nlu.model import Parse
from nlu.vocabulary import Reason, Topic, Urgency


class _Model:
    def __init__(self, *ranking: tuple[str, float]) -> None:
        self.ranking = ranking

    def parse(self, text: str) -> Parse:
        return Parse(self.ranking[0][0], self.ranking[0][1], self.ranking)


HIGH_FLOOR = Thresholds(concern_floor=0.90, confident=0.90, emergency_floor=0.30)


def test_a_concern_ranked_first_is_kept_below_the_floor_and_asked_about():
    model = _Model(("image_shared", 0.47), ("out_of_scope", 0.33), ("sextortion", 0.20))
    a = assess("everyone in my year has my nudes", model=model, thresholds=HIGH_FLOOR)
    assert a.topic == Topic.IMAGE_SHARED
    assert a.uncertain  # 0.47: the reply asks whether it understood


def test_self_harm_ranked_first_is_an_emergency_below_the_floor():
    model = _Model(("self_harm", 0.70), ("out_of_scope", 0.15), ("grooming+self_harm", 0.04))
    a = assess("scared i'll do something to myself", model=model, thresholds=HIGH_FLOOR)
    assert (a.topic, a.urgency) == (Topic.SELF_HARM, Urgency.EMERGENCY)
    assert Reason.SELF_HARM in a.reasons


def test_the_floor_adds_a_concern_ranked_second_only_when_the_concerns_together_reach_it():
    ranking = (("faq", 0.40), ("grooming", 0.35), ("sextortion", 0.25))
    low = assess("he keeps asking me to keep our chats secret", model=_Model(*ranking),
                 thresholds=Thresholds(concern_floor=0.50, confident=0.90, emergency_floor=0.30))
    assert low.topic == Topic.GROOMING and low.uncertain
    high = assess("he keeps asking me to keep our chats secret", model=_Model(*ranking), thresholds=HIGH_FLOOR)
    assert high.topic not in (Topic.GROOMING, Topic.SEXTORTION)


def test_an_ordinary_first_label_stays_when_the_concerns_are_unlikely():
    model = _Model(("out_of_scope", 0.93), ("image_shared", 0.05), ("sextortion", 0.02))
    a = assess("can you help me make a photo collage", model=model, thresholds=HIGH_FLOOR)
    assert (a.topic, a.urgency) == (Topic.OUT_OF_SCOPE, Urgency.NORMAL)
