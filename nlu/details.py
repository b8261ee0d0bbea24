"""Facts a message states that change the route, apart from what is happening and how urgent.

- `Detail.ADULT`: the person concerned is 18 or over ("i'm 19", "my daughter is 19", "dwi'n 18",
  "mae fy merch yn 19"): image and sextortion replies take the adult route (StopNCII, the Revenge
  Porn Helpline, police 101 / 999) instead of Report Remove and Take It Down.
- `Detail.ALREADY_PAID`: they already paid or sent more ("i already paid him", "dw i wedi talu").
- `Detail.AI_IMAGE`: the image was made or faked with AI ("they made a fake nude of me").

Deterministic and both languages, on normalised text (lower case, accents folded). Kept strict on
purpose: a child wrongly taken for an adult would lose Report Remove, so an age only counts when
the writer states their own, their own child's or a pupil's age, and not when they say they told
someone they were 18 ("i told him i'm 18"), or state an age under 18 as well.
"""
from __future__ import annotations

import re
from typing import FrozenSet

from .textnorm import any_of, normalise
from .vocabulary import Detail

_ADULT_AGE = r"(1[89]|[2-9]\d)"
_UNDER_AGE = r"([1-9]|1[0-7])"
_NOT_AN_AGE = (r"(?!\s*(%|percent|months?|weeks?|days?|hours?|hrs?|mins?|minutes?|times|quid|pounds|k\b|p\b|"
               r"followers|messages|pics|photos|mis|wythnos|diwrnod|munud|punt|o bunnoedd))")
_CHILD_EN = r"(son|daughter|child|kid|boy|girl|stepson|stepdaughter|grandson|granddaughter)"
_CHILD_CY = r"(mab|merch|ferch|mhlentyn|hogyn|hogan|nghrwt|nghroten|llysfab|llysferch|wyr|wyres)"
_LEARNER_EN = r"(pupil|student|learner)"
_LEARNER_CY = r"(disgybl|nisgybl|myfyriwr|myfyrwraig|dysgwr)"
_I_AM_EN = r"(i'?m|i am)"
_I_AM_CY = r"(dwi|dw i|rwy|rwyf|rwyf i|rydw i|wi|fi)\s?('n|yn)"

_ADULT = [
    # English: i'm 19, im 20, i am 18 years old, i'm over 18, i'm an adult, i turned 18
    rf"\b{_I_AM_EN} (now |aged )?{_ADULT_AGE}\b{_NOT_AN_AGE}",
    rf"\b{_I_AM_EN} (now )?(over 18|over eighteen|18\+|an adult|eighteen|nineteen|twenty)\b",
    rf"\bi (just )?turned {_ADULT_AGE}\b",
    rf"\bmy age is {_ADULT_AGE}\b",
    # a parent's adult child: my daughter is 19, my son (19), my 19 year old son
    rf"\b(my|our) {_CHILD_EN}('s| is|,| who is| who's|\s\()? ?(now |aged )?{_ADULT_AGE}\b{_NOT_AN_AGE}",
    rf"\b(my|our) {_ADULT_AGE} ?(yo|y/o|year old|yr old|-year-old|year-old) {_CHILD_EN}\b",
    # a pupil or student of 18 or over
    rf"\b(the|a|our|my|this) {_LEARNER_EN} (is|who is|aged|,)? ?{_ADULT_AGE}\b{_NOT_AN_AGE}",
    rf"\b(an?|the|our) {_ADULT_AGE} ?(yo|y/o|year old|yr old|-year-old|year-old) {_LEARNER_EN}\b",
    # Welsh: dwi'n 18, rwy'n 19 oed, dw i'n 20, dwi dros 18, dwi'n oedolyn
    rf"\b{_I_AM_CY} {_ADULT_AGE}\b{_NOT_AN_AGE}",
    rf"\b{_I_AM_CY} (ddeunaw|deunaw|oedolyn)\b",
    r"\b(dwi|dw i|rwy|rydw i|rwyf i) dros (18|ddeunaw|deunaw)\b",
    # mae fy merch yn 19, mae fy mab i'n 19, fy merch 19 oed, 'n mab ni sy'n 20
    rf"\b(fy|yn|'n|ein) {_CHILD_CY}( i| ni)?( yn|'n| sy'?n)? {_ADULT_AGE}\b{_NOT_AN_AGE}",
    rf"\b{_LEARNER_CY}( yn|'n| sy'?n)? {_ADULT_AGE} oed\b",
    rf"\bmae'?r {_LEARNER_CY} (yn|'n) {_ADULT_AGE}\b{_NOT_AN_AGE}",
]
# The writer states their own age under 18: never the adult route.
_UNDER_18 = [
    rf"\b{_I_AM_EN} (only |just )?{_UNDER_AGE}\b{_NOT_AN_AGE}",
    rf"\b{_I_AM_EN} (only )?(under 18|a child|a kid)\b",
    rf"\b{_I_AM_CY} {_UNDER_AGE}\b{_NOT_AN_AGE}",
    r"\b(dwi|dw i|rwy|rydw i|rwyf i) (dan|o dan) (18|ddeunaw|deunaw)\b",
]
# "i told him i'm 18", "he thinks i'm 19", "dwedes i mod i'n 18": a claimed age, not a stated one.
_CLAIMED = re.compile(
    r"\b(said|say|saying|told|tell|telling|lied|lie|lying|pretend\w*|claim\w*|thinks?|thought|"
    r"fake|when|until|till|once|if|"
    r"dwedes|dywedais|ddwedais|wedi dweud|deud|dweud|esgus|honni|meddwl|celwydd|os|pan)\b[^.!?]{0,25}$")

_PAID_SUBJECT = (r"(i|we|he|she|they|ive|weve|theyve|hes|shes|son|daughter|child|kid|boy|girl|pupil|student|learner)"
                 r"( have| has|'ve|'s| had|'d)?( already| just| alr| alrdy| even)?")
_ALREADY_PAID = [
    # English: i already paid, i've paid him, my son paid, we sent him £50, i sent more pics
    rf"\b{_PAID_SUBJECT} (paid|payed)\b(?! for)",
    r"\b(already|alr|alrdy) (paid|payed|sent (him|her|them|it|the money|money|more))\b",
    rf"\b{_PAID_SUBJECT} (sent|gave|transferred)( him| her| them| it)?"
    r"( the| some| a| more)? ?(money|cash|£|\$|\d|gift ?cards?|bitcoin|crypto|more|another|again|extra)",
    r"(^|[.!?] )(paid|payed) (him|her|them)\b",
    # Welsh: dw i wedi talu, dwi di talu'n barod, nes i dalu, talais i, wedi anfon arian / mwy
    r"\b(wedi|di) (talu|dalu)\b",
    r"\b(nes|wnes|naeth|wnaeth|mi wnes|fe wnes) (i|o|e|hi|fe|fo|ni) (dalu|talu)\b",
    r"\b(talais|dalais|thalais) i\b(?! ddim)",
    r"\b(wedi|di) (anfon|hala|gyrru|yrru|rhoi|trosglwyddo) (arian|pres|mwy|rhagor|£|\d|lluniau eraill|mwy o)",
    r"\b(nes|wnes|mi wnes|fe wnes) (i|ni) (anfon|hala|yrru|gyrru|roi) (arian|pres|mwy|rhagor|£|\d)",
]
_NOT_PAID = re.compile(r"\b(sa i|so i|smo i|not|never|no|didn'?t|haven'?t|hasn'?t|won'?t|don'?t|"
                       r"ddim|heb|dim|erioed|na|nad)\b[^.!?]{0,12}$")

_IMAGE_WORDS = (r"(nudes?|naked|pics?|pictures?|photos?|images?|videos?|vids?|porn|selfies?|"
                r"llun|lluniau|luniau|lun|noethlun\w*|fideo|fideos)")
_AI_IMAGE = [
    r"\bdeep ?fakes?\b|\bdeepfake\w*\b",
    r"\bnudif(y|ied|ier|ying)\b|\bundress(ing)? app\b",
    r"\b(ai|a\.i\.)[- ]?(generated|made|edited|created|nudes?|pics?|photos?|images?|videos?|app)\b",
    r"\b(made|generated|created|edited|faked?|done) "
    r"(it |them |one |this |that |those |these |a pic |the pics? |my pics? |a nude )?"
    r"(with|using|by|on|through) (an? )?(ai|a\.i\.|app|photoshop|editing app)\b",
    rf"\bfaked? (a |an |my |some |the )?(nude |naked )?{_IMAGE_WORDS}",
    rf"\bfake {_IMAGE_WORDS}",
    r"\bphotoshopp?(ed|ing)?\b.{0,20}\b(me|my|her|his|face)\b",
    r"\b(put|stuck|edited|pasted) my face (on|onto|into)\b",
    # Welsh: lluniau ffug, llun noeth ffug, gydag AI, deallusrwydd artiffisial, wedi ffugio
    rf"\b{_IMAGE_WORDS}( noeth)? (ffug|ai|a\.i\.)\b",
    r"\b(gydag?|efo|trwy|drwy|gan ddefnyddio|hefo) (ai|a\.i\.|ap|deallusrwydd artiffisial)\b",
    r"\bdeallusrwydd artiffisial\b",
    r"\b(used|using|uses|use) (an? )?(ai|a\.i\.)\b",
    rf"\b(wedi |di )?(ffugio|creu|golygu) {_IMAGE_WORDS}",
]

_ADULT_RE = any_of(_ADULT)
_UNDER_18_RE = any_of(_UNDER_18)
_PAID_RE = any_of(_ALREADY_PAID)
_AI_RE = any_of(_AI_IMAGE)
_AI_UPPER = re.compile(r"\bA\.?I\b")
_IMAGE_RE = re.compile(rf"\b{_IMAGE_WORDS}\b")


def _stated(pattern: re.Pattern[str], text: str, unless_before: re.Pattern[str]) -> bool:
    """A match of `pattern` whose preceding words do not undo it."""
    return any(not unless_before.search(text[max(0, m.start() - 40):m.start()])
               for m in pattern.finditer(text))


def is_adult(norm: str) -> bool:
    if _UNDER_18_RE.search(norm):
        return False
    return _stated(_ADULT_RE, norm, _CLAIMED)


def already_paid(norm: str) -> bool:
    return _stated(_PAID_RE, norm, _NOT_PAID)


def ai_image(text: str, norm: str) -> bool:
    return bool(_AI_RE.search(norm) or (_AI_UPPER.search(text) and _IMAGE_RE.search(norm)))


def stated_details(text: str, by_reader: bool = True) -> FrozenSet[Detail]:
    """The details stated in `text`. `by_reader=False` for a forwarded message (what the offender
    wrote): its ages and payments are not the reader's, so only an AI-made image counts."""
    norm = normalise(text)
    found = set()
    if ai_image(text or "", norm):
        found.add(Detail.AI_IMAGE)
    if by_reader:
        if is_adult(norm):
            found.add(Detail.ADULT)
        if already_paid(norm):
            found.add(Detail.ALREADY_PAID)
    return frozenset(found)
