"""The one directory of services. Every number and address the bot states comes from here.

Facts as verified in shared/CONTENT.md. Opening hours marked unverified there are not stated.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, Optional, Sequence, Tuple

from .i18n import N_, NP_, Message, by_register


@dataclass(frozen=True)
class Service:
    id: str
    name: str                       # marked for translation
    # (template, values): each template is marked for translation, values are facts
    contacts: Tuple[Tuple[str, Dict[str, str]], ...]
    note: Message                   # who it is for / what to know, marked for translation
    english_only: bool = False
    numbers: Tuple[str, ...] = field(default=())  # every number/address, for checks
    # When a person can reach it, stated only where CONTENT.md marks the hours as verified.
    hours: Optional[str] = None

    def render(self, _: Callable[[Message], str], language: str, full: bool = False,
               now: bool = False) -> str:
        """"Childline: call 0800 1111 (free), childline.org.uk", plus what it is for when full,
        or its verified hours when `now` (for "Talk to a person now").

        Replies in another language than English say that English-only services are so.
        """
        parts = [_(template).format(**values) for template, values in self.contacts]
        line = _(self.name) + (": " + ", ".join(parts) if parts else "")
        if full:
            line = f"{line}. {_(self.note)}"
            if self.english_only and language != "en":
                line = f"{line} {_(ENGLISH_ONLY)}"
            return line
        if now and self.hours:
            line = f"{line} ({_(self.hours)})"
        if self.english_only and language != "en":
            line = f"{line} {_(ENGLISH_ONLY_SHORT)}"
        return line


ENGLISH_ONLY = N_("(This service is in English only.)")
ENGLISH_ONLY_SHORT = N_("(in English only)")

CALL = N_("call {number}")
CALL_FREE = N_("call {number} (free)")
CALL_FREE_ANY_TIME = N_("call {number} (free, any time)")
TEXT = N_("text {number}")
TEXT_WORD = N_("text {word} to {number}")
TEXTPHONE = N_("textphone {number}")
WEB = N_("{address}")
CHAT = N_("online chat at {address}")
EMAIL = N_("email {address}")
WELSH_LINE_EVENINGS = N_("Welsh-language line {number} (evenings)")


def _svc(id: str, name: str, contacts: Sequence[Tuple[str, Dict[str, str]]], note: Message,
         english_only: bool = False, hours: Optional[str] = None) -> Service:
    numbers = tuple(v for _, values in contacts for v in values.values())
    return Service(id, name, tuple(contacts), note, english_only, numbers, hours)


SERVICES: Dict[str, Service] = {s.id: s for s in (
    _svc("police_999", N_("Police emergency"),
         [(CALL, {"number": "999"}), (TEXTPHONE, {"number": "18000"})],
         N_("For anyone in danger right now. Texting {emergency} works only after registering with emergencySMS.")),
    _svc("police_101", N_("Police non-emergency"),
         [(CALL, {"number": "101"}), (TEXTPHONE, {"number": "18001 101"})],
         N_("To report a crime when no one is in immediate danger.")),
    _svc("childline", N_("Childline"),
         [(CALL_FREE, {"number": "0800 1111"}), (CHAT, {"address": "childline.org.uk"})],
         by_register(
             NP_("ti", "For anyone under 19: a counsellor on the phone or in a 1-2-1 chat online. You can ask to speak to a Welsh-speaking counsellor."),
             NP_("chi", "For anyone under 19: a counsellor on the phone or in a 1-2-1 chat online. You can ask to speak to a Welsh-speaking counsellor."))),
    _svc("meic", N_("Meic"),
         [(CALL_FREE, {"number": "080880 23456"}), (TEXT, {"number": "84001"}), (CHAT, {"address": "meic.cymru"})],
         N_("For children and young people in Wales up to 25, in Welsh or English, 8am to midnight every day."),
         hours=N_("8am to midnight every day")),
    _svc("ceop", N_("CEOP Safety Centre (National Crime Agency)"),
         [(WEB, {"address": "ceop.police.uk/Safety-Centre"})],
         N_("For reporting online sexual abuse, grooming or blackmail. Child Protection Advisors read every report. Reports cannot be anonymous. If someone is in danger now, call {emergency} instead."),
         english_only=True),
    _svc("report_remove", N_("Report Remove, from Childline and the Internet Watch Foundation"),
         [(WEB, {"address": "childline.org.uk/remove"})],
         N_("For under-18s whose nude image or video is online or might be shared. It needs a Childline account; from 13, age is confirmed with Yoti. The Internet Watch Foundation makes a digital fingerprint (a hash) of the image so that sites can block it. It can't promise removal everywhere."),
         english_only=True),
    _svc("take_it_down", N_("Take It Down (NCMEC)"),
         [(WEB, {"address": "takeitdown.ncmec.org"})],
         N_("For images or videos taken when the person was under 18. The digital fingerprint (a hash) is made on the person's own device: the image is never uploaded. It only works on sites and apps that take part and are public or unencrypted."),
         english_only=True),
    _svc("nspcc", N_("NSPCC Helpline"),
         [(CALL_FREE, {"number": "0808 800 5000"}), (EMAIL, {"address": "help@nspcc.org.uk"})],
         N_("For adults who are worried about a child.")),
    _svc("samaritans", N_("Samaritans"),
         [(CALL_FREE_ANY_TIME, {"number": "116 123"}), (WELSH_LINE_EVENINGS, {"number": "0808 164 0123"})],
         N_("For anyone struggling to cope or thinking about suicide. The main number answers at any time, day or night; the Welsh-language line is open in the evenings.")),
    _svc("shout", N_("Shout"),
         [(TEXT_WORD, {"word": "SHOUT", "number": "85258"})],
         N_("Free text support, 24/7, from trained volunteers, for anyone in crisis."),
         hours=N_("24/7")),
    _svc("stop_it_now", N_("Stop It Now (Lucy Faithfull Foundation)"),
         [(CALL_FREE, {"number": "0808 1000 900"})],
         N_("For adults worried about their own or someone else's behaviour towards children, in English or Welsh.")),
    _svc("iwf", N_("Internet Watch Foundation (IWF)"),
         [(WEB, {"address": "iwf.org.uk"})],
         N_("For reporting child sexual abuse images found online. Reports can be anonymous."),
         english_only=True),
    _svc("dsp", N_("The school's Designated Safeguarding Person (DSP)"),
         [],
         N_("Tell them in person, straight away, following your school's safeguarding procedure. If you can't reach them, contact your local authority's children's services; if a child is in danger now, call {emergency}."),
         hours=N_("in person, straight away")),
    _svc("hwb_360", N_("360 safe Cymru"),
         [],
         N_("The bilingual online safety self-review tool for maintained schools in Wales, through Hwb.")),
    _svc("revenge_porn_helpline", N_("Revenge Porn Helpline (SWGfL)"),
         [(CALL, {"number": "0345 6000 459"}), (WEB, {"address": "revengepornhelpline.org.uk"})],
         N_("For adults (18 and over) in the UK whose intimate images have been shared, or who are threatened with that, sextortion included. Phone Monday to Friday, 10am to 4pm; email at any time. Not for under-18s: Report Remove, Childline and CEOP are for them."),
         english_only=True, hours=N_("phone Monday to Friday, 10am to 4pm")),
    _svc("stopncii", N_("StopNCII.org (run by SWGfL)"),
         [(WEB, {"address": "stopncii.org"})],
         N_("For adults (18 and over) worried that an intimate image of them will be shared. It makes a digital fingerprint (a hash) on the person's own device, and partner platforms block matching images. It can't promise removal everywhere."),
         english_only=True),
)}
