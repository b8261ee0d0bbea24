"""Deterministic safety layer: explicit danger and self-harm phrases in English and Welsh.

It can only raise urgency (and turn a non-concern topic into the matching concern); it never
lowers what the model said. Patterns run on normalised text (lower case, accents folded), so
"tŷ" and "ty", "rŵan" and "rwan" match alike. Welsh patterns allow for soft, nasal and aspirate
mutations (marw / farw, lladd / ladd, brifo / frifo, niweidio).
"""
from __future__ import annotations

import re
from typing import FrozenSet

from .textnorm import any_of, normalise
from .vocabulary import Reason

_SELF_HARM = [
    # English
    r"\b(want|wanna|going|gonna|gunna|go(ing)? to|plan(ning)? to|tryna|trying to|feel like)\s+(to\s+)?(die|kill my ?self|end (it|my life|things)|hurt my ?self|cut my ?self)\b",
    r"\bkill(ing)? my ?self\b",
    r"\b(end|ending|take|taking) my (own )?life\b",
    r"\bsuicid(e|al)\b",
    r"\bkms\b",
    r"\b(cut|cutting|hurt|hurting|harm|harming) my ?self\b",
    r"\bself[- ]?harm",
    r"\b(don'?t|do not|dont) want to (live|be alive|be here( anymore)?)\b",
    r"\bbetter off dead\b",
    r"\bno (reason|point) (to|in) (live|living|going on)\b",
    r"\bcan'?t (go on|take (it|this) any ?more|do this any ?more)\b",
    r"\boverdose\b",
    r"\b(jump|jumping) (off|from) (a |the |this )?(bridge|roof|building|cliff|car park)\b",
    r"\b(took|taken|take|swallowed) (a load of|loads of|all (my|the)|a bunch of) (pills|tablets)\b",
    # Welsh (marw/farw, lladd/ladd, brifo/frifo, niweidio/niweidio)
    r"\b(isio|isie|eisiau|eisie|moyn|mo'n|am|eisio|ishe)\s+(i\s+)?(marw|farw)\b",
    r"\b(lladd|ladd|nladd) (fy|yn|f'?) ?(hun|hunan)\b",
    r"\b(brifo|frifo|mrifo|niweidio|anafu|nanafu|torri) (fy|yn|f'?) ?(hun|hunan)\b",
    r"\bhunan[- ]?(laddiad|niweidio|niwed)\b",
    r"\b(dim|ddim|sdim|s'dim) (isio|eisiau|moyn|eisio) byw\b",
    r"\b(rhoi diwedd|diweddu) (ar )?(fy|y) (mywyd|bywyd)\b",
    r"\b(gorffen|cymryd) (fy|y) (mywyd|mywyd i|bywyd)\b",
    r"\bgwell (fy|yn|f'?) ?myd yn farw\b|\bgwell (i mi|i fi|fi) (fod )?(wedi )?marw\b",
    r"\b(methu|ffaelu|fethu) (cario mlaen|mynd ymlaen|ymdopi)\b",
    r"\b(meddwl|mynd i|isio|eisiau|moyn) neidio\b|\bneidio (oddi ar|off|o'r|o ben) (y |r )?(bont|to|adeilad|clogwyn)\b",
    r"\b(cymryd|cymeres i|nes i gymryd|wedi cymryd) (llwyth o|lot o|yr holl|fy holl) (dabledi|tabledi|pils)\b",
]

_DANGER = [
    # English
    r"\b(he'?s|she'?s|they'?re|someone'?s|someone is|he is|she is|they are|a man is|a guy is|a man'?s)\s+(right )?(outside|at) (my|our|the) (house|home|door|school|window|flat)\b",
    r"\b(outside|at) my (house|door|window|home) (right )?now\b",
    r"\b(follow(ing|ed)|stalking) me\b",
    r"\b(on (his|her|their) way|coming) (to|round to|over to) (my|our) (house|home|place|school)\b",
    r"\b(coming|is coming) (round|over|to get me)\b",
    r"\b(meet|meeting) (him|her|them|up)? ?(today|tonight|now|in (an|a|one|two|\d+) (hour|hr|min|minute)s?)\b",
    r"\b(gone|went|going|run off|ran off) to meet (a|an|some|this|the)? ?(man|guy|stranger|adult|person|someone|him|her)\b",
    r"\b(has|have|hasn'?t|has not) (come|came) (back|home)\b.*\b(met|meet|online)\b",
    r"\b(is|are|he'?s|she'?s) (hurting|hitting|touching|attacking) me\b",
    r"\b(locked|trapped) (me )?in\b",
    r"\bi'?m (not safe|in danger|scared for my life)\b",
    r"\b(help me )?(right )?now (please|pls|plz)? ?(he|she|they)'?s? (here|outside)\b",
    r"\bgot (my )?(address|location)\b.*\b(coming|come|outside|turn up)\b",
    # Welsh
    r"\b(tu allan|tu fas|y tu allan|tu fa's) (i'?r|i) (ty|drws|ysgol|ffenest)\b",
    r"\b(yn|n) (fy |y )?(nilyn|dilyn) (i|fi)\b",
    r"\bar (ei|ei ffordd|y ffordd|ffordd) (yma|i'?r ty|draw)\b",
    r"\b(dod|dwad) (draw|yma|i'?r ty) (rwan|nawr|heno)\b",
    r"\b(cwrdd|cyfarfod|gweld|cwrdd a|cwrdd ag) (fo|fe|o|e|hi|nhw|efo fo|gyda fe)? ?(heno|heddiw|rwan|nawr|mewn awr)\b",
    r"\b(wedi mynd|mynd|di mynd) i (gwrdd|gyfarfod|weld) (a|ag|efo|gyda)? ?(dyn|rhywun|boi|person)\b",
    r"\b(mewn perygl|ddim yn saff|ddim yn ddiogel)\b",
    r"\b(yn|n) (fy |y )?(mrifo|mrifo i|nharo|nghyffwrdd) (i|fi)?\b",
    r"\bwedi (nghloi|fy nghloi)\b",
]

_SELF_HARM_RE = any_of(_SELF_HARM)
_DANGER_RE = any_of(_DANGER)


def explicit_reasons(text: str) -> FrozenSet[Reason]:
    """The reasons for urgency stated in the text: danger now, self-harm, both or none."""
    norm = normalise(text)
    found = set()
    if _SELF_HARM_RE.search(norm):
        found.add(Reason.SELF_HARM)
    if _DANGER_RE.search(norm):
        found.add(Reason.DANGER)
    return frozenset(found)


_CONCERN_WORDS = re.compile(
    r"\b(pic|pics|picture|pictures|photo|photos|image|images|nude|nudes|naked|video|videos|vid|snap|"
    r"snapchat|insta|instagram|tiktok|discord|roblox|blackmail\w*|sextort\w*|pay|paid|money|post|posted|"
    r"share|shared|leak\w*|send|sent|groom\w*|online|met|meet|dm|dms|messag\w*|chat|"
    r"llun|lluniau|luniau|lun|noeth|noethluniau|fideo|blacmel\w*|talu|dalu|arian|postio|bostio|rhannu|"
    r"rannu|anfon|yrru|gyrru|hala|grwmio|ar-lein|negeseuon|neges|sgwrs)\b"
)


def mentions_a_concern(text: str) -> bool:
    """Whether the text speaks of images, blackmail or online contact at all (en or cy)."""
    return bool(_CONCERN_WORDS.search(normalise(text)))
