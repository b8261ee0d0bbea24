"""Advice points, by stable id (as in shared/CONTENT.md), worded for each audience.

`young_person` wording is short and warm; `parent` is calm steps; `staff` follows the seed 004
model answer. 'unknown' readers get the young person's wording: they are most likely the one at
risk.
"""
from __future__ import annotations

from typing import Dict

from nlu.vocabulary import Audience

from .i18n import N_

YP, PARENT, STAFF = Audience.YOUNG_PERSON, Audience.PARENT, Audience.STAFF

ADVICE: Dict[str, Dict[str, str]] = {
    "get_safe_now": {
        YP: N_("If you are in danger right now, call {emergency}. Go to a safe place and stay near people you trust."),
        PARENT: N_("If your child is in danger right now, call {emergency}."),
        STAFF: N_("If a child is in danger right now, call {emergency}, then tell your DSP."),
    },
    "urgent_help": {
        YP: N_("If you feel you might act on these thoughts now, call {emergency} or go to A&E."),
        PARENT: N_("If your child might act on these thoughts now, call {emergency} or take them to A&E. Don't leave them alone."),
        STAFF: N_("If the child might act on these thoughts now, call {emergency}. Don't leave them alone."),
    },
    "not_your_fault": {
        YP: N_("It is not your fault, and you are not in trouble for asking for help."),
        PARENT: N_("It is not your child's fault. They are the victim of a crime."),
        STAFF: N_("The child is a victim and has done nothing wrong."),
    },
    "dont_pay": {
        YP: N_("Don't pay and don't send anything more. Paying rarely stops it: they usually ask for more."),
        PARENT: N_("Don't pay. Paying rarely stops the threats; they usually ask for more. If money has already been paid, don't pay any more."),
        STAFF: N_("Advise that no one pays or sends anything more."),
    },
    "stop_contact": {
        YP: N_("Stop replying to them. You don't have to answer anything they send."),
        PARENT: N_("Help your child stop all contact with the person."),
        STAFF: N_("Help the child stop all contact with the person."),
    },
    "block_report": {
        YP: N_("Block them and report the account in the app."),
        PARENT: N_("Block and report the account on every app they used, after you have kept the evidence."),
        STAFF: N_("The account can be reported to the platform and blocked once evidence is kept."),
    },
    "keep_evidence": {
        YP: N_("Don't delete the chat. Keep the messages, usernames and any payment details: they are evidence. Never forward or share the image itself."),
        PARENT: N_("Don't delete anything: keep the messages, usernames, phone numbers and payment details as evidence. Don't copy or forward any image."),
        STAFF: N_("Ask the parent or carer to keep the evidence and not delete anything."),
    },
    "tell_trusted_adult": {
        YP: N_("Tell an adult you trust: a parent, carer, teacher or another adult you feel safe with."),
        PARENT: N_("Let your child know they can always come to you."),
        STAFF: N_("Make sure the child knows who they can go to for help."),
    },
    "dont_send_more": {
        YP: N_("Don't send any pictures or videos, and don't agree to meet them."),
        PARENT: N_("Make sure your child does not send anything more or arrange to meet them."),
        STAFF: N_("Make sure the child is not arranging to meet the person."),
    },
    "reassure_child": {
        YP: N_("You did the right thing by telling someone."),
        PARENT: N_("Stay calm, listen and reassure your child. Don't blame or punish them: they did the right thing by telling you."),
        STAFF: N_("Reassure the child and the parent: the child did the right thing by telling."),
    },
    "dont_confront": {
        YP: N_("Don't arrange to meet them or try to sort it out yourself."),
        PARENT: N_("Don't confront or contact the person yourself. Leave that to the police."),
        STAFF: N_("Don't contact or confront the person: that is for the police."),
    },
    "record_disclosure": {
        YP: N_("If you can, write down what happened and when."),
        PARENT: N_("Write down what your child told you and when."),
        STAFF: N_("Listen carefully and make an accurate, dated record of what was said, in the words used."),
    },
    "check_safety_now": {
        YP: N_("Make sure you are somewhere safe right now."),
        PARENT: N_("First check: is your child safe right now? If not, call {emergency}."),
        STAFF: N_("First ask: is this child, and any other child involved, safe right now? If not, call {emergency}."),
    },
    "inform_dsp": {
        YP: N_("You can tell a teacher or the safeguarding person at school."),
        PARENT: N_("If other pupils may be involved, tell the school's Designated Safeguarding Person."),
        STAFF: N_("Follow your school's safeguarding procedure and tell the DSP straight away, whatever the parent wants. The DSP refers to social services or the police."),
    },
    "dont_view_images": {
        YP: N_("Don't forward, share or screenshot the image itself, not even to help."),
        PARENT: N_("Don't look at, copy, save or forward any image, and don't ask your child to show you."),
        STAFF: N_("Never view, copy, print, forward, save or ask for the images, and don't ask the child to show or send them."),
    },
    "report_image": {
        YP: N_("To get a nude image of you taken down, use Report Remove or Take It Down."),
        PARENT: N_("Help your child use Report Remove or Take It Down to get the image blocked."),
        STAFF: N_("The child can be helped to use Report Remove or Take It Down to get the image blocked."),
    },
    "talk_now": {
        YP: N_("You don't have to cope with this alone. Please talk to someone now: Childline or Samaritans will listen."),
        PARENT: N_("Stay with your child, take what they say seriously, and get help now."),
        STAFF: N_("Do not leave the child alone. Tell the DSP at once and get urgent help."),
    },
    "follow_up_support": {
        YP: N_("Things can get better. Keep talking to people who can help."),
        PARENT: N_("Keep talking with your child in the days after; get support for yourself too."),
        STAFF: N_("Plan ongoing support for the child, e-safety lessons for pupils and a session for parents."),
    },
}


def advice_text(advice_id: str, audience: str) -> str:
    by_audience = ADVICE[advice_id]
    return by_audience.get(audience) or by_audience[YP]
