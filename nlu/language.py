"""Which language a message is in: English or Welsh.

In order: a message made only of greetings, thanks and yes/no words ("helo", "diolch", "ok ta
ta", "iawn", "ok", "thanks") keeps the chat's language, whatever their origin, since bilingual
people use both sets in either language; so does text too short to judge. Then function words
common in one language and rare in the other decide; then py3langid (its model ships inside the
package, nothing is downloaded) restricted to en/cy, when it is sure enough.

lingua-language-detector was measured against py3langid (scripts/measure_rules.py --language):
better on its own, but no better inside this function, where the function words already decide
almost every message, and it adds about 100 MB; so py3langid stays (see the README).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .textnorm import bounded
from .vocabulary import Language

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORDS = 2
MIN_LETTERS = 8
MIN_PROBABILITY = 0.80

# Short function words that are common in one language and rare in the other. Informal Welsh
# full of English loanwords ("ma fe di cal nudes fi") fools character models; these do not.
WELSH_MARKERS = frozenset("""
    mae ma dwi dw dwin dwi'n rwy rwyn rwy'n rydw ydw ydy yw oedd roedd wedi di efo gyda gyda'r
    fy fi ti chi nhw ni fo fe o'n mae'n ti'n wyt sy sydd ddim dim isio eisiau moyn plis
    rwan rŵan nawr ond hefyd achos neu ac a'r i'r yn yr ohona ohonof arna amdana gen gennym
    sut pam beth pwy lle ble os nid mi wnaeth nath neith wnes nes gesh ges cael cal gael
    lluniau llun luniau lunia mrawd mam nhad dad ysgol heddiw heno isie ishe sa smo sgen gyn
    fod bod bydd fydd byddai sa'n sori diolch helo shwmae ddoe wrth efo fo'n hi'n e'n
    dwi'm ydi ydio be'di grwmio riportio mewn perygl ma'n wy'n shwt fi'n aeth
    nes i neithiwr
""".split())
ENGLISH_MARKERS = frozenset("""
    the is are was were my me you your he she they them his her it it's i'm im and but or to of
    in on at with for what how why who where when this that have has had do does did don't dont
    can can't cant will won't wont would should if not no yes been being from about please pls
    someone says said saying just got get want wants help hes shes theyre u ur im ive
    hi hello hey thanks thank bye
""".split())
# Words that carry no language choice: greetings, thanks, yes and no, laughter, in both languages.
PLEASANTRIES = frozenset("""
    ok okay k kk ok. oki okey alright ta tata ta-ta tara ta-ra cheers thanks thank thanku thx ty you u
    hi hiya hey hello helo heia haia shwmae sumae su'mae sut bye byee hwyl diolch diolchs dioch
    yes yeah yep yup no nope nah ia ie iawn na naddo do oes nag ydw nac sori sorry soz plis please pls plz
    lol haha xx x good da grand cool nice neis lush
""".split())


@lru_cache(maxsize=1)
def _identifier() -> Any:  # py3langid has no type information
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    identifier.set_languages(["en", "cy"])
    return identifier


def detect_language(text: str, chat_language: Language | str = Language.EN) -> Language:
    """English or Welsh. Falls back to the chat's language when the text is too short or unclear."""
    fallback = Language.parse(chat_language, Language.EN)
    text = bounded(text or "")
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS or sum(len(w) for w in words) < MIN_LETTERS:
        return fallback
    if all(w.lower() in PLEASANTRIES for w in words):
        return fallback
    tokens = [t.strip(".,!?;:\"()") for t in text.lower().replace("\u2019", "'").split()]
    welsh = sum(t in WELSH_MARKERS for t in tokens)
    english = sum(t in ENGLISH_MARKERS for t in tokens)
    if welsh >= 2 and welsh >= 2 * english:
        return Language.CY
    if english >= 2 and english >= 2 * welsh:
        return Language.EN
    if welsh and not english:
        return Language.CY
    if english and not welsh:
        return Language.EN
    language, probability = identify(" ".join(words).lower())
    if probability < MIN_PROBABILITY:
        return fallback
    return Language(language)


def identify(text: str) -> tuple[str, float]:
    """py3langid's ('en' or 'cy', probability) for the text."""
    language, probability = _identifier().classify(text)
    return language, float(probability)


_ASKS_WELSH = re.compile(r"\b(cymraeg|welsh|gymraeg|nghymraeg)\b", re.IGNORECASE)
_ASKS_ENGLISH = re.compile(r"\b(english|saesneg|sasneg)\b", re.IGNORECASE)


def requested_language(text: str) -> Language | None:
    """The language a person asks for ("Cymraeg", "English please", "Saesneg"), if one."""
    welsh, english = bool(_ASKS_WELSH.search(text or "")), bool(_ASKS_ENGLISH.search(text or ""))
    if welsh == english:
        return None
    return Language.CY if welsh else Language.EN
