"""What to say for each concern topic and audience: headline, advice ids, services.

Sources: shared/CONTENT.md and the two seed documents (the NCA sextortion alert, the seed 004
model answer for schools, the Hwb governors' guidance on grooming).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Final, Sequence, Tuple

from nlu.vocabulary import Audience, Reader, Reason, Topic

from .i18n import N_, Message

YP: Final = Audience.YOUNG_PERSON
PARENT: Final = Audience.PARENT
STAFF: Final = Audience.STAFF


@dataclass(frozen=True)
class Guidance:
    headline: Message
    advice: Tuple[str, ...]        # shown in the reply, the most important first
    signposts: Tuple[str, ...]     # services in the reply, the most urgent first
    more_advice: Tuple[str, ...]   # behind "What else can I do?"
    more_signposts: Tuple[str, ...]
    # The topic's own key steps and services: a mixed message (this topic and an emergency)
    # keeps them after the urgent steps, whatever the budget moves behind "What else can I do?".
    key: Tuple[str, ...] = ()
    key_signposts: Tuple[str, ...] = ()


def G(headline: Message, advice: Sequence[str], signposts: Sequence[str], more_advice: Sequence[str] = (),
      more_signposts: Sequence[str] = (), key: Sequence[str] = (), key_signposts: Sequence[str] = ()) -> Guidance:
    """A Guidance from lists; its key steps are its first two points unless given."""
    key = tuple(key) or tuple(advice[:2])
    assert set(key) <= set(advice), key
    assert set(key_signposts) <= set(signposts), key_signposts
    return Guidance(headline, tuple(advice), tuple(signposts), tuple(more_advice), tuple(more_signposts),
                    key, tuple(key_signposts))


_STAFF_CORE = ("record_disclosure", "check_safety_now", "inform_dsp", "dont_view_images", "keep_evidence")

CONCERNS: Dict[Tuple[Topic, Reader], Guidance] = {
    # --- sextortion -------------------------------------------------------------------------
    (Topic.SEXTORTION, YP): G(
        N_("What is happening to you is blackmail, and it is a crime. You can get help to stop it."),
        ["not_your_fault", "dont_pay", "stop_contact", "keep_evidence", "block_report", "tell_trusted_adult"],
        ["childline", "ceop", "report_remove", "samaritans", "meic"],
        ["report_image", "dont_view_images", "follow_up_support"],
        ["take_it_down", "police_101"],
        key=["not_your_fault", "dont_pay", "keep_evidence"], key_signposts=["ceop", "report_remove"],
    ),
    (Topic.SEXTORTION, PARENT): G(
        N_("This is sextortion, a form of online blackmail, and it is a crime. Here is what to do now."),
        ["reassure_child", "dont_pay", "stop_contact", "keep_evidence", "dont_confront", "block_report"],
        ["ceop", "police_101", "report_remove", "nspcc", "childline"],
        ["dont_view_images", "report_image", "inform_dsp", "follow_up_support"],
        ["take_it_down", "police_999"],
        key=["dont_pay", "keep_evidence", "reassure_child"], key_signposts=["ceop", "report_remove"],
    ),
    (Topic.SEXTORTION, STAFF): G(
        N_("This is a safeguarding concern (sextortion, a form of online blackmail). Follow your school's safeguarding procedure."),
        ["record_disclosure", "check_safety_now", "inform_dsp", "refer_immediately", "dont_view_images", "keep_evidence"],
        ["dsp", "ceop", "nspcc"],
        ["reassure_child", "dont_pay", "report_image", "follow_up_support"],
        ["report_remove", "take_it_down", "police_101"],
        key=["inform_dsp", "refer_immediately", "dont_view_images"], key_signposts=["ceop"],
    ),
    # --- grooming ---------------------------------------------------------------------------
    (Topic.GROOMING, YP): G(
        N_("Someone online asking for pictures, sending gifts or telling you to keep secrets is not OK. This is called grooming, and it is never your fault."),
        ["not_your_fault", "dont_send_more", "stop_contact", "keep_evidence", "block_report", "tell_trusted_adult"],
        ["childline", "ceop", "meic"],
        ["dont_confront", "report_image", "follow_up_support"],
        ["report_remove", "police_101"],
        key=["dont_send_more", "not_your_fault", "tell_trusted_adult"], key_signposts=["ceop"],
    ),
    (Topic.GROOMING, PARENT): G(
        N_("What you describe sounds like online grooming. You were right to act. Here is what to do now."),
        ["reassure_child", "check_safety_now", "dont_send_more", "keep_evidence", "dont_confront", "block_report"],
        ["ceop", "police_101", "nspcc", "childline"],
        ["dont_view_images", "inform_dsp", "follow_up_support"],
        ["police_999", "report_remove"],
        key=["check_safety_now", "dont_send_more", "keep_evidence"], key_signposts=["ceop"],
    ),
    (Topic.GROOMING, STAFF): G(
        N_("This is a safeguarding concern (possible online grooming). Follow your school's safeguarding procedure."),
        _STAFF_CORE + ("reassure_child",),
        ["dsp", "ceop", "nspcc"],
        ["dont_confront", "follow_up_support"],
        ["police_101", "report_remove"],
        key=["check_safety_now", "inform_dsp", "dont_view_images"], key_signposts=["ceop"],
    ),
    # --- a nude or intimate image has been shared -------------------------------------------
    (Topic.IMAGE_SHARED, YP): G(
        N_("That sounds really scary. It is not your fault, and there are ways to get the image taken down."),
        ["not_your_fault", "report_image", "dont_view_images", "keep_evidence", "tell_trusted_adult"],
        ["report_remove", "take_it_down", "childline", "meic"],
        ["block_report", "inform_dsp", "follow_up_support"],
        ["ceop"],
        key=["not_your_fault", "report_image", "dont_view_images"], key_signposts=["report_remove"],
    ),
    (Topic.IMAGE_SHARED, PARENT): G(
        N_("Stay calm: your child is not to blame, and there are ways to get the image taken down."),
        ["reassure_child", "report_image", "dont_view_images", "keep_evidence", "school_will", "police_will"],
        ["report_remove", "take_it_down", "ceop", "nspcc", "childline"],
        ["school_refers", "block_report", "dont_confront", "follow_up_support"],
        ["police_101"],
        key=["reassure_child", "report_image", "dont_view_images"], key_signposts=["report_remove"],
    ),
    # Staff: the Welsh Government guidance on Hwb, "Sharing nudes and semi-nudes: responding to
    # incidents and safeguarding children and young people" (CONTENT.md).
    (Topic.IMAGE_SHARED, STAFF): G(
        N_("This is a safeguarding concern (a nude or semi-nude image has been shared). Follow your school's safeguarding procedure and the Welsh Government guidance on Hwb, \"Sharing nudes and semi-nudes: responding to incidents and safeguarding children and young people\"."),
        ["check_safety_now", "dsp_initial_review", "refer_immediately", "dont_view_images", "record_disclosure", "keep_evidence"],
        ["dsp", "ceop", "report_remove"],
        ["reassure_child", "report_image", "follow_up_support"],
        ["take_it_down", "nspcc", "police_101"],
        key=["dsp_initial_review", "refer_immediately", "dont_view_images"], key_signposts=["report_remove"],
    ),
    # --- danger now -------------------------------------------------------------------------
    (Topic.IMMEDIATE_DANGER, YP): G(
        N_("If you are in danger right now, call {emergency} now."),
        ["safe_place", "dont_confront", "tell_trusted_adult", "not_your_fault"],
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

# The adult route (CONTENT.md): the person whose image it is is 18 or over, so StopNCII, the
# Revenge Porn Helpline and the police on 101 (999 in danger), not Report Remove / Take It Down
# (which are for images taken under 18). Sextortion and image replies only.
ADULT_TOPICS = frozenset({Topic.SEXTORTION, Topic.IMAGE_SHARED})
ADULT_CONCERNS: Dict[Tuple[Topic, Reader], Guidance] = {
    (Topic.SEXTORTION, YP): G(
        CONCERNS[(Topic.SEXTORTION, YP)].headline,
        ["not_your_fault", "dont_pay", "stop_contact", "keep_evidence", "report_adult", "block_report"],
        ["revenge_porn_helpline", "stopncii", "police_101", "samaritans", "meic"],
        ["tell_trusted_adult", "taken_under_18", "dont_view_images", "follow_up_support"],
        ["take_it_down"],
        key=["dont_pay", "keep_evidence", "report_adult"], key_signposts=["revenge_porn_helpline", "stopncii"],
    ),
    (Topic.SEXTORTION, PARENT): G(
        CONCERNS[(Topic.SEXTORTION, PARENT)].headline,
        ["reassure_child", "dont_pay", "stop_contact", "keep_evidence", "dont_confront", "report_adult"],
        ["revenge_porn_helpline", "stopncii", "police_101"],
        ["block_report", "taken_under_18", "follow_up_support"],
        ["take_it_down", "samaritans"],
        key=["dont_pay", "keep_evidence", "report_adult"], key_signposts=["revenge_porn_helpline", "stopncii"],
    ),
    (Topic.SEXTORTION, STAFF): G(
        CONCERNS[(Topic.SEXTORTION, STAFF)].headline,
        ["record_disclosure", "check_safety_now", "inform_dsp", "dont_view_images", "keep_evidence", "report_adult"],
        ["dsp", "revenge_porn_helpline", "stopncii", "police_101"],
        ["reassure_child", "dont_pay", "taken_under_18", "follow_up_support"],
        ["take_it_down"],
        key=["inform_dsp", "dont_view_images", "report_adult"], key_signposts=["revenge_porn_helpline"],
    ),
    (Topic.IMAGE_SHARED, YP): G(
        N_("That sounds really scary. It is not your fault, and there is help to stop an intimate image being shared."),
        ["not_your_fault", "report_adult", "dont_view_images", "keep_evidence", "tell_trusted_adult"],
        ["stopncii", "revenge_porn_helpline", "police_101", "meic"],
        ["taken_under_18", "block_report", "follow_up_support"],
        ["take_it_down", "samaritans"],
        key=["not_your_fault", "report_adult", "dont_view_images"], key_signposts=["stopncii", "revenge_porn_helpline"],
    ),
    (Topic.IMAGE_SHARED, PARENT): G(
        N_("Stay calm: your son or daughter is not to blame, and there is help for adults whose intimate images are shared."),
        ["reassure_child", "report_adult", "dont_view_images", "keep_evidence", "dont_confront"],
        ["revenge_porn_helpline", "stopncii", "police_101"],
        ["taken_under_18", "block_report", "follow_up_support"],
        ["take_it_down", "samaritans"],
        key=["reassure_child", "report_adult", "dont_view_images"], key_signposts=["revenge_porn_helpline", "stopncii"],
    ),
    (Topic.IMAGE_SHARED, STAFF): G(
        N_("This is a safeguarding concern (an intimate image of a student aged 18 or over has been shared). Follow your school's safeguarding procedure."),
        ["record_disclosure", "check_safety_now", "inform_dsp", "dont_view_images", "keep_evidence", "report_adult"],
        ["dsp", "revenge_porn_helpline", "stopncii", "police_101"],
        ["reassure_child", "taken_under_18", "follow_up_support"],
        ["take_it_down"],
        key=["inform_dsp", "dont_view_images", "report_adult"], key_signposts=["revenge_porn_helpline"],
    ),
}

# What to add when the safety layer found explicit danger or self-harm inside another topic (the
# reply then opens with "If you are in danger right now, call 999", so a young person's danger
# step is the rest of it: a safe place).
EMERGENCY_ADVICE: Dict[Reason, Tuple[str, ...]] = {Reason.DANGER: ("get_safe_now",), Reason.SELF_HARM: ("urgent_help", "talk_now")}
EMERGENCY_ADVICE_YP: Dict[Reason, Tuple[str, ...]] = {Reason.DANGER: ("safe_place",), Reason.SELF_HARM: ("urgent_help", "talk_now")}
EMERGENCY_SIGNPOSTS: Dict[Reason, Tuple[str, ...]] = {Reason.DANGER: ("police_999",), Reason.SELF_HARM: ("police_999", "samaritans")}

# Everyone's services for "Show all helplines", the most urgent first.
HELPLINES: Dict[Reader, Tuple[str, ...]] = {
    YP: ("police_999", "childline", "meic", "ceop", "report_remove", "take_it_down", "samaritans", "shout"),
    PARENT: ("police_999", "police_101", "nspcc", "ceop", "report_remove", "take_it_down", "stop_it_now", "iwf",
             "stopncii", "revenge_porn_helpline"),
    STAFF: ("police_999", "dsp", "police_101", "ceop", "nspcc", "report_remove", "take_it_down", "iwf", "hwb_360",
            "stopncii", "revenge_porn_helpline"),
}

# "I need help now" (and typed "help", "SOS", /now): 999 first, then people to talk to.
HELP_NOW: Dict[Reader, Tuple[str, ...]] = {
    YP: ("police_999", "childline", "meic", "shout", "samaritans"),
    PARENT: ("police_999", "nspcc", "police_101", "samaritans"),
    STAFF: ("police_999", "dsp", "police_101", "nspcc"),
}

# "Talk to a person now": the human services for the audience, how to reach them now.
TALK_NOW: Dict[Tuple[Reader, bool], Tuple[str, ...]] = {
    (YP, False): ("childline", "meic", "shout", "samaritans"),
    (YP, True): ("meic", "revenge_porn_helpline", "samaritans", "shout"),
    (PARENT, False): ("nspcc", "police_101", "samaritans"),
    (PARENT, True): ("revenge_porn_helpline", "police_101", "samaritans"),
    (STAFF, False): ("dsp", "police_101", "nspcc"),
    (STAFF, True): ("dsp", "revenge_porn_helpline", "police_101"),
}

# The human services a concern reply must name (at least one), by reader and route.
HUMAN_SERVICE: Dict[Tuple[Reader, bool], Tuple[str, ...]] = {
    (YP, False): ("childline", "meic"), (YP, True): ("meic", "revenge_porn_helpline"),
    (PARENT, False): ("nspcc",), (PARENT, True): ("revenge_porn_helpline",),
    (STAFF, False): ("dsp",), (STAFF, True): ("dsp",),
}
