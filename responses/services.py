"""The one directory of services. Every number and address the bot states comes from here.

Facts as verified in shared/CONTENT.md. Opening hours marked unverified there are not stated.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, Tuple

from .i18n import N_


@dataclass(frozen=True)
class Service:
    id: str
    name: str                       # marked for translation
    # (template, values): each template is marked for translation, values are facts
    contacts: Tuple[Tuple[str, Dict[str, str]], ...]
    note: str                       # who it is for / what to know, marked for translation
    english_only: bool = False
    numbers: Tuple[str, ...] = field(default=())  # every number/address, for checks

    def render(self, _: Callable[[str], str], language: str, full: bool = False) -> str:
        """"Childline: call 0800 1111 (free), childline.org.uk", plus what it is for when full.

        Replies in another language than English say that English-only services are so.
        """
        parts = [_(template).format(**values) for template, values in self.contacts]
        line = _(self.name) + (": " + ", ".join(parts) if parts else "")
        if full:
            line = f"{line}. {_(self.note)}"
            if self.english_only and language != "en":
                line = f"{line} {_(ENGLISH_ONLY)}"
        elif self.english_only and language != "en":
            line = f"{line} {_(ENGLISH_ONLY_SHORT)}"
        return line


ENGLISH_ONLY = N_("(This service is in English only.)")
ENGLISH_ONLY_SHORT = N_("(in English only)")

CALL = N_("call {number}")
CALL_FREE = N_("call {number} (free)")
TEXT = N_("text {number}")
TEXT_WORD = N_("text {word} to {number}")
TEXTPHONE = N_("textphone {number}")
WEB = N_("{address}")
EMAIL = N_("email {address}")
WELSH_LINE = N_("Welsh-language line {number}")


def _svc(id, name, contacts, note, english_only=False):
    numbers = tuple(v for _, values in contacts for v in values.values())
    return Service(id, name, tuple(contacts), note, english_only, numbers)


SERVICES: Dict[str, Service] = {s.id: s for s in (
    _svc("police_999", N_("Police emergency"),
         [(CALL, {"number": "999"}), (TEXTPHONE, {"number": "18000"})],
         N_("If you or anyone is in danger right now. You can text {emergency} only if you have registered with emergencySMS first.")),
    _svc("police_101", N_("Police non-emergency"),
         [(CALL, {"number": "101"}), (TEXTPHONE, {"number": "18001 101"})],
         N_("To report a crime when no one is in immediate danger.")),
    _svc("childline", N_("Childline"),
         [(CALL_FREE, {"number": "0800 1111"}), (WEB, {"address": "childline.org.uk"})],
         N_("For anyone under 19: talk to a counsellor on the phone or in a 1-2-1 chat online. You can ask to speak to a Welsh-speaking counsellor.")),
    _svc("meic", N_("Meic"),
         [(CALL_FREE, {"number": "080880 23456"}), (TEXT, {"number": "84001"}), (WEB, {"address": "meic.cymru"})],
         N_("For children and young people in Wales up to 25, in Welsh or English, 8am to midnight every day.")),
    _svc("ceop", N_("CEOP Safety Centre (National Crime Agency)"),
         [(WEB, {"address": "ceop.police.uk/Safety-Centre"})],
         N_("Report online sexual abuse, grooming or blackmail. Child Protection Advisors read every report. Reports cannot be anonymous. If someone is in danger now, call {emergency} instead."),
         english_only=True),
    _svc("report_remove", N_("Report Remove (Childline and the Internet Watch Foundation)"),
         [(WEB, {"address": "childline.org.uk/remove"})],
         N_("If you are under 18 and a nude image or video of you is online or might be shared. You need a Childline account; if you are 13 or over you confirm your age with Yoti. The image is turned into a digital fingerprint (a hash) so sites can block it. It can't promise removal everywhere."),
         english_only=True),
    _svc("take_it_down", N_("Take It Down (NCMEC)"),
         [(WEB, {"address": "takeitdown.ncmec.org"})],
         N_("For images or videos taken when you were under 18. The fingerprint is made on your own device: the image is never uploaded. It only works on sites and apps that take part and are public or unencrypted."),
         english_only=True),
    _svc("nspcc", N_("NSPCC Helpline"),
         [(CALL_FREE, {"number": "0808 800 5000"}), (EMAIL, {"address": "help@nspcc.org.uk"})],
         N_("For adults who are worried about a child.")),
    _svc("samaritans", N_("Samaritans"),
         [(CALL_FREE, {"number": "116 123"}), (WELSH_LINE, {"number": "0808 164 0123"})],
         N_("Any time, day or night, if you are struggling to cope or thinking about suicide.")),
    _svc("shout", N_("Shout"),
         [(TEXT_WORD, {"word": "SHOUT", "number": "85258"})],
         N_("Free, 24/7 text support from trained volunteers if you are in crisis.")),
    _svc("stop_it_now", N_("Stop It Now (Lucy Faithfull Foundation)"),
         [(CALL_FREE, {"number": "0808 1000 900"})],
         N_("For adults worried about their own or someone else's behaviour towards children, in English or Welsh.")),
    _svc("iwf", N_("Internet Watch Foundation"),
         [(WEB, {"address": "iwf.org.uk"})],
         N_("Report child sexual abuse images you find online. You can report anonymously."),
         english_only=True),
    _svc("dsp", N_("Your school's Designated Safeguarding Person (DSP)"),
         [],
         N_("Tell them in person, straight away, following your school's safeguarding procedure. If you can't reach them, contact your local authority's children's services; if a child is in danger now, call {emergency}.")),
    _svc("hwb_360", N_("360 safe Cymru"),
         [],
         N_("The bilingual online safety self-review tool for maintained schools in Wales, through Hwb.")),
)}
