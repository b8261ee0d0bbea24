"""Who is writing: a young person, a parent or carer, school staff, or unknown."""
from __future__ import annotations
from .textnorm import any_of, normalise
from .vocabulary import CHAT_AUDIENCES, Audience

_AGE = r"\d{1,2} ?(yr|year)s? ?old"
_CHILD = (
    r"(son|daughter|child|kid|kids|children|boy|girl|lad|stepson|stepdaughter|grandson|"
    r"granddaughter|grandchild|foster (child|son|daughter)|teen|teenager|" + _AGE + ")"
)
_PARENT = [
    rf"\b(my|our) ({_AGE} |teenage |young |little )?{_CHILD}\b",
    r"\b(i'?m|i am|as) (a |the |his |her )?(parent|mum|mom|mam|dad|carer|foster carer|guardian|grandparent|nan|grandma|grandad)\b",
    # Welsh: fy mab, fy merch i, 'n mhlentyn, ein plant, fy hogyn, fy nghrwt, fy wyres
    r"\b(fy|yn|f'|ein|'n) ?(mab|merch|ferch|mhlentyn|mhlant|plant|hogyn|hogan|nghrwt|nghroten|wyr|wyres|llysfab|llysferch)\b",
    r"\b(mab|merch) (fi|i) (yn|wedi|sy)\b",
    r"\b(dwi'?n|rwy'?n|rydw i'?n|dw i'?n|fel) (fam|mam|dad|tad|riant|rhiant|ofalwr|gofalwr|nain|taid|mam-gu|tad-cu)\b",
]
_STAFF = [
    r"\b(a|one of (my|our)|my|our|the) (pupil|pupils|learner|learners|students)\b",
    r"\bpupil\b|\blearners?\b",
    r"\b(a|one of my|one of our) students? (told|said|disclosed|came|showed|has)\b",
    r"\b(i'?m|i am|as) (a |the |his |her |their )?(teacher|form tutor|head ?teacher|dsp|dsl|safeguarding lead|governor|school governor|teaching assistant|youth worker|school nurse)\b",
    r"\b(governing body|governors|our school|our staff|safeguarding lead|designated safeguarding)\b",
    # Welsh
    r"\b(disgybl|nisgybl|disgyblion|nisgyblion|dysgwr|dysgwyr|myfyriwr|myfyrwyr|llywodraethwr|llywodraethwyr|corff llywodraethu|person diogelu)\b",
    r"\b(dwi'?n|rwy'?n|rydw i'?n|dw i'?n|fel) (athro|athrawes|bennaeth|pennaeth|llywodraethwr|gynorthwyydd dysgu)\b",
    r"\bein hysgol\b|\bein staff\b",
]

_PARENT_RE = any_of(_PARENT)
_STAFF_RE = any_of(_STAFF)

def detect_audience(text: str, chat_audience: Audience | str = Audience.UNKNOWN) -> Audience:
    """Audience from the words, else the chat's stored choice, else 'unknown'.

    Staff wording wins over parent wording ("a parent told me her son..." is staff writing).
    Without adult markers the chat's choice stands; the response layer treats 'unknown' with a
    concern as a young person, who is the one at risk.
    """
    norm = normalise(text)
    if _STAFF_RE.search(norm):
        return Audience.STAFF
    if _PARENT_RE.search(norm):
        return Audience.PARENT
    chosen = Audience.parse(chat_audience, Audience.UNKNOWN)
    return chosen if chosen in CHAT_AUDIENCES else Audience.UNKNOWN
