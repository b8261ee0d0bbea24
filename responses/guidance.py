"""What to say for each concern topic and audience: headline, advice ids, services.

Sources: shared/CONTENT.md and the two seed documents (the NCA sextortion alert, the seed 004
model answer for schools, the Hwb governors' guidance on grooming).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Tuple

from nlu.vocabulary import Audience, Reason, Topic

from .i18n import N_

YP, PARENT, STAFF = Audience.YOUNG_PERSON, Audience.PARENT, Audience.STAFF


@dataclass(frozen=True)
class Guidance:
    headline: str
    advice: Tuple[str, ...]        # shown in the reply, the most important first
    signposts: Tuple[str, ...]     # services in the reply, the most urgent first
    more_advice: Tuple[str, ...]   # behind "What else can I do?"
    more_signposts: Tuple[str, ...]


def G(headline, advice, signposts, more_advice=(), more_signposts=()):
    return Guidance(headline, tuple(advice), tuple(signposts), tuple(more_advice), tuple(more_signposts))


_STAFF_CORE = ("record_disclosure", "check_safety_now", "inform_dsp", "dont_view_images", "keep_evidence")

CONCERNS: Dict[Tuple[Topic, Audience], Guidance] = {
    # --- sextortion -------------------------------------------------------------------------
    (Topic.SEXTORTION, YP): G(
        N_("What is happening to you is blackmail, and it is a crime. You can get help to stop it."),
        ["not_your_fault", "dont_pay", "stop_contact", "keep_evidence", "block_report", "tell_trusted_adult"],
        ["childline", "ceop", "report_remove", "meic"],
        ["report_image", "dont_view_images", "follow_up_support"],
        ["take_it_down", "police_101"],
    ),
    (Topic.SEXTORTION, PARENT): G(
        N_("This is sextortion, a form of online blackmail, and it is a crime. Here is what to do now."),
        ["reassure_child", "dont_pay", "stop_contact", "keep_evidence", "dont_confront", "block_report"],
        ["ceop", "police_101", "report_remove", "nspcc", "childline"],
        ["dont_view_images", "report_image", "inform_dsp", "follow_up_support"],
        ["take_it_down", "police_999"],
    ),
    (Topic.SEXTORTION, STAFF): G(
        N_("This is a safeguarding concern (sextortion, a form of online blackmail). Follow your school's safeguarding procedure."),
        _STAFF_CORE + ("reassure_child",),
        ["dsp", "ceop", "nspcc"],
        ["dont_pay", "report_image", "follow_up_support"],
        ["report_remove", "take_it_down", "police_101"],
    ),
    # --- grooming ---------------------------------------------------------------------------
    (Topic.GROOMING, YP): G(
        N_("Someone online asking for pictures, sending gifts or telling you to keep secrets is not OK. This is called grooming, and it is never your fault."),
        ["not_your_fault", "dont_send_more", "stop_contact", "keep_evidence", "block_report", "tell_trusted_adult"],
        ["childline", "ceop", "meic"],
        ["dont_confront", "report_image", "follow_up_support"],
        ["report_remove", "police_101"],
    ),
    (Topic.GROOMING, PARENT): G(
        N_("What you describe sounds like online grooming. You were right to act. Here is what to do now."),
        ["reassure_child", "check_safety_now", "dont_send_more", "keep_evidence", "dont_confront", "block_report"],
        ["ceop", "police_101", "nspcc", "childline"],
        ["dont_view_images", "inform_dsp", "follow_up_support"],
        ["police_999", "report_remove"],
    ),
    (Topic.GROOMING, STAFF): G(
        N_("This is a safeguarding concern (possible online grooming). Follow your school's safeguarding procedure."),
        _STAFF_CORE + ("reassure_child",),
        ["dsp", "ceop", "nspcc"],
        ["dont_confront", "follow_up_support"],
        ["police_101", "report_remove"],
    ),
    # --- a nude or intimate image has been shared -------------------------------------------
    (Topic.IMAGE_SHARED, YP): G(
        N_("That sounds really scary. It is not your fault, and there are ways to get the image taken down."),
        ["not_your_fault", "report_image", "dont_view_images", "keep_evidence", "tell_trusted_adult"],
        ["report_remove", "take_it_down", "childline", "meic"],
        ["block_report", "inform_dsp", "follow_up_support"],
        ["ceop"],
    ),
    (Topic.IMAGE_SHARED, PARENT): G(
        N_("Stay calm: your child is not to blame, and there are ways to get the image taken down."),
        ["reassure_child", "report_image", "dont_view_images", "keep_evidence", "inform_dsp"],
        ["report_remove", "take_it_down", "ceop", "nspcc", "childline"],
        ["block_report", "dont_confront", "follow_up_support"],
        ["police_101"],
    ),
    (Topic.IMAGE_SHARED, STAFF): G(
        N_("This is a safeguarding concern (a nude or semi-nude image has been shared). Follow your school's safeguarding procedure."),
        _STAFF_CORE + ("reassure_child",),
        ["dsp", "report_remove", "ceop"],
        ["report_image", "follow_up_support"],
        ["take_it_down", "nspcc"],
    ),
    # --- danger now -------------------------------------------------------------------------
    (Topic.IMMEDIATE_DANGER, YP): G(
        N_("If you are in danger right now, call {emergency} now."),
        ["get_safe_now", "dont_confront", "tell_trusted_adult", "not_your_fault"],
        ["police_999", "childline", "meic"],
        ["keep_evidence", "follow_up_support"],
        ["ceop"],
    ),
    (Topic.IMMEDIATE_DANGER, PARENT): G(
        N_("If your child is in danger right now, call {emergency} now."),
        ["get_safe_now", "dont_confront", "keep_evidence", "reassure_child"],
        ["police_999", "ceop", "nspcc"],
        ["inform_dsp", "follow_up_support"],
        ["childline"],
    ),
    (Topic.IMMEDIATE_DANGER, STAFF): G(
        N_("If a child is in danger right now, call {emergency} now."),
        ["get_safe_now", "record_disclosure", "inform_dsp", "dont_view_images"],
        ["police_999", "dsp"],
        ["keep_evidence", "follow_up_support"],
        ["ceop", "nspcc"],
    ),
    # --- self-harm and suicidal thoughts ---------------------------------------------------
    (Topic.SELF_HARM, YP): G(
        N_("I'm really glad you told me. You matter, and you don't have to deal with this alone."),
        ["urgent_help", "talk_now", "not_your_fault", "tell_trusted_adult"],
        ["police_999", "childline", "samaritans", "shout", "meic"],
        ["follow_up_support"],
        [],
    ),
    (Topic.SELF_HARM, PARENT): G(
        N_("Thank you for reaching out. Take this seriously and get help now."),
        ["urgent_help", "talk_now", "reassure_child"],
        ["police_999", "samaritans", "childline", "nspcc"],
        ["follow_up_support"],
        ["shout"],
    ),
    (Topic.SELF_HARM, STAFF): G(
        N_("Treat this as urgent: a child may be at risk of harming themselves."),
        ["urgent_help", "talk_now", "inform_dsp", "record_disclosure"],
        ["police_999", "dsp", "samaritans"],
        ["follow_up_support"],
        ["childline", "nspcc"],
    ),
}

# What to add when the safety layer found explicit danger or self-harm inside another topic.
EMERGENCY_ADVICE = {Reason.DANGER: ("get_safe_now",), Reason.SELF_HARM: ("urgent_help", "talk_now")}
EMERGENCY_SIGNPOSTS = {Reason.DANGER: ("police_999",), Reason.SELF_HARM: ("police_999", "samaritans")}

# Everyone's services for "Show all helplines", the most urgent first.
HELPLINES: Dict[Audience, Tuple[str, ...]] = {
    YP: ("police_999", "childline", "meic", "ceop", "report_remove", "take_it_down", "samaritans", "shout"),
    PARENT: ("police_999", "police_101", "nspcc", "ceop", "report_remove", "take_it_down", "stop_it_now", "iwf"),
    STAFF: ("police_999", "dsp", "police_101", "ceop", "nspcc", "report_remove", "take_it_down", "iwf", "hwb_360"),
}

# The one human service every concern reply must name, by audience.
HUMAN_SERVICE = {YP: ("childline", "meic"), PARENT: ("nspcc",), STAFF: ("dsp",)}
