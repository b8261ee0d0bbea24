"""Who is writing: a young person, a parent or carer, school staff, or unknown, from the words.

Three strengths of evidence, tried in this order:
1. Staff who say who they are or speak as the school: "i'm a teacher", "as DSL", "a colleague has
   noticed", "one of our year 9 girls", "my pupils", "a parent told me her son..." (Welsh: "dwi'n
   athrawes", "mae cydweithiwr wedi sylwi", "un o'n disgyblion").
2. Parents and carers who speak of their own child: "my 14yo son", "my 11yo", "our daughter",
   "as a parent" (Welsh: "fy mab 14 oed", "'n merch i", "fel rhiant"). This beats the school
   words a parent also uses ("should i tell the school's DSL?").
3. School words without an identity: a year group with a disclosure ("a year 10 boy has
   disclosed", "disgybl Blwyddyn 9 wedi datgelu"), a pupil, learners.
Without any of these the chat's choice stands. A young person who mentions "my mum", "my
teacher", "a boy in my class" or "i'm in year 9" gives no adult evidence and stays who they were.
"""
from __future__ import annotations

from .textnorm import any_of, normalise
from .vocabulary import CHAT_AUDIENCES, Audience

# ---- English ----------------------------------------------------------------------------------
# "14 year old", "14yo", "14-year-old", "14 yrs old", "14 y/o"
_AGE = r"\d{1,2} ?-?(?:yo|y/o|y\.o\.?|yrs?|years?|year-)? ?-?old|\d{1,2} ?(?:yo|y/o)\b"
_OWN_CHILD = (r"(?:son|sons|daughter|daughters|child|children|kid|kids|teen|teenager|stepson|stepdaughter|"
              r"step-son|step-daughter|grandson|granddaughter|grandchild|grandchildren|foster (?:child|son|daughter)|"
              r"youngest|eldest|oldest)")
# Words after "my 14 year old" that make it a sibling, cousin or friend: a young person speaking.
_NOT_OWN = r"(?!(?:brother|sister|cousin|friend|mate|bf|gf|boyfriend|girlfriend|bro|sis|neighbour)\b)"
_YEAR_GROUP = r"(?:year|yr|y) ?\d{1,2}s?"

_STAFF_IDENTITY = [
    # who they are
    r"\b(?:i'?m|i am|im|as) (?:a |an |the |his |her |their |one of the )?(?:teacher|form tutor|tutor|head ?teacher|"
    r"deputy head|head of year|assistant head|dsp|dsl|safeguarding lead|designated safeguarding \w+|governor|"
    r"school governor|teaching assistant|ta|senco|youth worker|school nurse|school counsellor|pastoral lead|"
    r"pastoral manager|learning mentor|member of staff|staff member|school staff)\b",
    r"\bi (?:teach|work (?:at|in) (?:a|the|our) (?:school|primary|secondary|comprehensive|college|academy))\b",
    # "head of year here", "youth worker here"
    r"\b(?:teacher|form tutor|head of year|deputy head|head ?teacher|dsl|dsp|safeguarding lead|youth worker|"
    r"school nurse|senco|governor|ta) here\b",
    # the school's own voice
    r"\b(?:a|my|our|one of my|one of our) (?:colleague|colleagues|co-worker|fellow teacher)s?\b",
    r"\b(?:our|my) (?:pupils|learners|students|tutor group|form group|form class|year group|staff|governors|"
    r"safeguarding team|school's policy|school policy)\b",
    r"\bone of the (?:lads|boys|girls|kids|young people|children|members) (?:at|in|from) (?:our|my) "
    r"(?:club|youth club|group|setting|centre|class|school)\b",
    r"\bone of (?:my|our) (?:pupils?|learners?|students?|" + _YEAR_GROUP + r"|girls|boys|form|class)\b",
    r"\b(?:a|one) (?:parent|mum|mother|dad|father|carer) (?:has )?(?:told|came to|rang|called|emailed|contacted|"
    r"phoned|informed|reported to)\b",
    r"\b(?:disclosed|reported|came) to (?:me|a member of staff|staff|a colleague|a teacher|my colleague)\b"
    r"(?=.{0,200}\b(?:pupil|student|learner|" + _YEAR_GROUP + r")\b)",
    r"\b(?:governing body|designated safeguarding|safeguarding lead|inset day|staff meeting|staff training|"
    r"online safety policy|acceptable use policy)\b",
]
_PARENT = [
    # their own child: "my son", "our 14yo daughter", "my 11yo", "my teenage son"
    r"\b(?:my|our) (?:(?:" + _AGE + r") |teenage |young |little |eldest |youngest |oldest |"
    r"twin )?" + _OWN_CHILD + r"\b",
    r"\b(?:my|our) (?:" + _AGE + r")\b(?! (?:brother|sister|cousin|friend|mate|bf|gf|boyfriend|girlfriend|bro|sis|"
    r"neighbour)\b)",
    r"\b(?:i'?m|i am|im|as) (?:a |the |his |her |their |a single |a worried )?(?:parent|mum|mom|mam|mother|dad|father|"
    r"carer|foster carer|foster parent|guardian|grandparent|nan|grandma|grandad|grandmother|grandfather|"
    r"step-?mum|step-?dad)\b(?! (?:of a friend|friend))",
    r"\b(?:my|our) (?:son|daughter|child|kid)'s\b",
    r"\b(?:my|our) (?:two|three|four|five) (?:boys|girls|kids|children|little ones)\b",
    r"\bthe other (?:mums|mams|dads|parents)\b",
]
_STAFF_WORDS = [
    # a pupil, learners, a year group with a disclosure: the school's vocabulary
    r"\bpupils?\b|\blearners?\b",
    r"\bdisclos(?:ed|ure|ing|es)\b",
    # the school's work: staff briefings, lessons, exam boards, consent forms, messages to parents
    r"\bstaff ?(?:briefing|room|meeting|training|inset)\b|\blesson (?:resources|plans?|ideas)\b|"
    r"\b(?:pse|pshe|rse) (?:lessons?|class|resources|curriculum)\b|\bexam board\b|\bconsent forms?\b|"
    r"\bschool (?:newsletter|instagram|facebook|website)\b|\byouth club (?:session|night)\b|^parents ?[-:,]",
    r"\b(?:a|one|this|the) " + _YEAR_GROUP + r" (?:boy|girl|pupil|student|learner|lad|child)\b(?=.{0,200}\b(?:told|"
    r"said|came|"
    r"showed|reported|disclos\w*|admitted|confided)\b)",
]

# ---- Welsh (comments give the English) -------------------------------------------------------
_OWN_CHILD_CY = (r"(?:mab|merch|ferch|mhlentyn|mhlant|hogyn|hogan|nghrwt|nghroten|wyr|wyres|llysfab|llysferch|"
                 r"mhlentyn maeth)")
_STAFF_IDENTITY += [
    # I'm a teacher / head / DSP (dwi'n athro, rwy'n athrawes, fel pennaeth)
    r"\b(?:dwi'?n|rwy'?n|rydw i'?n|dw i'?n|wi'?n|fel) (?:athro|athrawes|bennaeth|pennaeth|llywodraethwr|"
    r"llywodraethwraig|gynorthwyydd dysgu|cynorthwyydd dysgu|berson diogelu|person diogelu|arweinydd diogelu|"
    r"tiwtor|diwtor|aelod o staff|aelod o'?r staff|gweithiwr ieuenctid|nyrs ysgol)\b",
    # a colleague (cydweithiwr, cydweithwraig, cyd-weithiwr), a member of staff
    r"\b(?:cydweithiwr|cydweithwraig|cydweithwyr|cyd-weithiwr|gydweithiwr|gydweithwraig|aelod o staff|"
    r"aelod o'?r staff)\b",
    # our pupils, one of our pupils / girls / boys (ein disgyblion, un o'n disgyblion)
    r"\b(?:ein|fy|'?n) (?:nisgyblion|disgyblion|dysgwyr|myfyrwyr|staff|ysgol ni|hysgol|llywodraethwyr)\b",
    r"\bun o'?(?:n|r|ein|fy) (?:disgyblion|nisgyblion|dysgwyr|myfyrwyr|merched|bechgyn|plant)\b",
    # a parent has told me / rang (mae rhiant wedi dweud wrtha i)
    r"\b(?:rhiant|mam|tad|rhieni) (?:wedi|di) (?:dweud|deud|ffonio|cysylltu|e-?bostio|rhoi gwybod)\b"
    r"(?=.{0,200}\b(?:disgybl|plentyn|mab|merch)\b)",
    r"\b(?:corff llywodraethu|person diogelu dynodedig|polisi diogelwch ar-?lein|hyfforddiant staff|cyfarfod staff)\b",
    # "athro ydw i" (a teacher am I), "gweithiwr ieuenctid dwi", "pennaeth blwyddyn yma" (head of year here)
    r"\b(?:athro|athrawes|pennaeth(?: blwyddyn)?|gweithiwr ieuenctid|tiwtor|person diogelu|arweinydd diogelu|"
    r"llywodraethwr|cynorthwyydd dysgu) (?:ydw i|dw i|dwi|yma)\b",
    # one of the lads / girls in the club / our class (un o'r hogia yn y clwb)
    r"\bun o'?r (?:hogia|bechgyn|merched|genod|plant|bobl ifanc|aelodau) (?:yn y|yn ein|o'?r|yn) "
    r"(?:clwb|grwp|dosbarth|ysgol)\b",
]
_PARENT += [
    # my son / my daughter / my child (fy mab, fy merch, fy mhlentyn), our son (ein mab)
    r"\b(?:fy|f') ?" + _OWN_CHILD_CY + r"\b",
    r"\bein (?:mab|merch|plentyn|hogyn|hogan)\b",
    # colloquial: 'n mab i, yn merch i, mab fi, 'n mab 12 oed
    r"(?:'n|\byn) (?:mab|merch|hogyn|hogan|mhlentyn) (?:i\b|fi\b|\d{1,2} oed)",
    r"\b(?:mab|merch) (?:fi|i) (?:yn|wedi|sy|di|'n)\b",
    # "ein" (our) shortened to 'n leaves mab / merch unmutated ('n merch ni), unlike the predicate
    # "mae hi'n ferch dda" (she is a good girl); hogan / hogyn need "ni" or "i" after them
    r"(?:'n|\byn) (?:mab|merch)\b|(?:'n|\byn) (?:hogan|hogyn|plant|mhlentyn) (?:ni|i)\b",
    # "y mab" / "mae'r mab" (the son): how Welsh parents speak of their own son
    r"(?:\by|'r) mab\b",
    # "rhiant ydw i" (a parent am I); the other mums (y mamau eraill)
    r"\b(?:rhiant|mam|tad|nain|taid|mam-gu|tad-cu|gofalwr|rhiant maeth) (?:ydw i|dw i|dwi)\b",
    r"\b(?:mamau|tadau|rhieni) eraill\b",
    # I'm a mum / dad / parent / carer (dwi'n fam, fel rhiant)
    r"\b(?:dwi'?n|rwy'?n|rydw i'?n|dw i'?n|wi'?n|fel) (?:fam|mam|dad|tad|riant|rhiant|ofalwr|gofalwr|ofalwraig|"
    r"nain|taid|mam-gu|tad-cu|fam-gu|dad-cu|rhiant maeth|riant maeth)\b",
]
_STAFF_WORDS += [
    # pupil(s), learner(s) (disgybl, dysgwr), disclosed (datgelu), a year group (Blwyddyn 9, ym Mlwyddyn 9)
    r"\b(?:disgybl|nisgybl|disgyblion|nisgyblion|dysgwr|dysgwyr|myfyriwr|myfyrwyr|llywodraethwr|llywodraethwyr)\b",
    r"\b(?:wedi|di) (?:datgelu|ddatgelu)\b|\bdatgeliad\b",
    # the school's work: the staff room, lesson resources, PSE (ABCh), exam board, consent forms
    r"\b(?:i'?r|ystafell y|ystafell staff|cyfarfod|hyfforddiant) staff\b|\badnoddau (?:gwersi|dysgu)\b|\babch\b|"
    r"\bbwrdd arholi\b|\bffurflen\w* caniatad\b|^neges i (?:rieni|'?r rhieni)\b|\bclwb ieuenctid\b|"
    r"\b(?:cylchlythyr|instagram|facebook|gwefan) yr ysgol\b",
    r"\b(?:bachgen|merch|hogyn|hogan|plentyn) (?:o |ym )?(?:flwyddyn|blwyddyn|mlwyddyn|"
    r"bl\.?) ?\d{1,2}\b(?=.{0,200}\b(?:wedi|di|newydd)\b)",
]

_STAFF_IDENTITY_RE = any_of(_STAFF_IDENTITY)
_PARENT_RE = any_of(_PARENT)
_STAFF_WORDS_RE = any_of(_STAFF_WORDS)


def audience_from_words(text: str) -> Audience | None:
    """Parent or staff when the words say so, else None (the words say nothing about an adult)."""
    norm = normalise(text)
    if _STAFF_IDENTITY_RE.search(norm):
        return Audience.STAFF
    if _PARENT_RE.search(norm):
        return Audience.PARENT
    if _STAFF_WORDS_RE.search(norm):
        return Audience.STAFF
    return None


def detect_audience(text: str, chat_audience: Audience | str = Audience.UNKNOWN) -> Audience:
    """Audience from the words, else the chat's stored choice, else 'unknown'.

    Without adult markers the chat's choice stands; the response layer treats 'unknown' with a
    concern as a young person, who is the one at risk.
    """
    found = audience_from_words(text)
    if found is not None:
        return found
    chosen = Audience.parse(chat_audience, Audience.UNKNOWN)
    return chosen if chosen in CHAT_AUDIENCES else Audience.UNKNOWN
