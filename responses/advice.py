"""Advice points, by stable id (as in shared/CONTENT.md), worded for each audience.

`young_person` wording is short and warm; `parent` is calm steps; `staff` follows the seed 004
model answer. 'unknown' readers get the young person's wording: they are most likely the one at
risk.
"""
from __future__ import annotations

from typing import Dict, Final

from nlu.vocabulary import Audience, Reader

from .i18n import N_

YP: Final = Audience.YOUNG_PERSON
PARENT: Final = Audience.PARENT
STAFF: Final = Audience.STAFF

ADVICE: Dict[str, Dict[Reader, str]] = {
    "get_safe_now": {
        YP: N_("If you are in danger right now, call {emergency}. Go to a safe place and stay near people you trust."),
        PARENT: N_("If your child is in danger right now, call {emergency}."),
        STAFF: N_("If a child is in danger right now, call {emergency}, then tell your DSP."),
    },
    # after a first line that already says to call 999 (emergencies): the rest of get_safe_now
    "safe_place": {
        YP: N_("Go to a safe place and stay near people you trust."),
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
    # --- already paid, AI-made images, self-harm with sextortion (CONTENT.md) ----------------
    "already_paid": {
        YP: N_("If you've already paid or sent more, stop now: it's not too late to get help. Don't pay again, keep the payment details as evidence, and tell the bank or payment app."),
        PARENT: N_("If money has already been paid or more was sent, don't panic, but don't pay anything more. Keep the payment details as evidence, and tell the bank or payment app that was used."),
        STAFF: N_("If the child has already paid or sent more: nothing more should be paid, the payment details are kept as evidence, and the bank or payment app that was used is told."),
    },
    "ai_image": {
        YP: N_("If it was made or faked with AI, it is treated like a real picture: it is still a crime, it is still not your fault, and the same help is there."),
        PARENT: N_("An image made or faked with AI is treated like a real one: it is still a crime, it is still not your child's fault, and the same help applies."),
        STAFF: N_("An image made or faked with AI is treated like a real one: the same procedure and the same help apply."),
    },
    "self_harm_line": {
        YP: N_("If you ever feel like hurting yourself, call {emergency}, or talk to Childline or Samaritans straight away."),
    },
    "self_harm_line_adult": {
        YP: N_("If you ever feel like hurting yourself, call {emergency}, or talk to Samaritans or Shout straight away."),
    },
    # get_safe_now and self_harm_line in one line, for a young person's sextortion reply
    "danger_or_self_harm": {
        YP: N_("If you are in danger right now, or you ever feel like hurting yourself, call {emergency}, or talk to Childline or Samaritans straight away."),
    },
    "danger_or_self_harm_adult": {
        YP: N_("If you are in danger right now, or you ever feel like hurting yourself, call {emergency}, or talk to Samaritans or Shout straight away."),
    },
    # --- the adult route: 18 and over (CONTENT.md) ------------------------------------------
    "adult_route": {
        YP: N_("You said you're 18 or over, so these are the services for adults: StopNCII and the Revenge Porn Helpline. Report Remove is only for under-18s."),
        PARENT: N_("You said your son or daughter is 18 or over, so these are the services for adults: StopNCII and the Revenge Porn Helpline. Report Remove is only for under-18s."),
        STAFF: N_("You said the student is 18 or over, so the services for adults apply: StopNCII and the Revenge Porn Helpline, alongside your safeguarding procedure. Report Remove is only for under-18s."),
    },
    "report_adult": {
        YP: N_("Report it to the police on {non_emergency} ({emergency} if you are in danger). StopNCII can help stop an intimate image of you being shared on the sites that work with it."),
        PARENT: N_("They can report it to the police on {non_emergency} ({emergency} if they are in danger). StopNCII, used on their own device, can help stop the image being shared on the platforms that work with it."),
        STAFF: N_("The student can report it to the police on {non_emergency} ({emergency} in danger) and use StopNCII, on their own device, to help stop the image being shared on the platforms that work with it."),
    },
    "taken_under_18": {
        YP: N_("If the image was taken when you were under 18, Take It Down can still help."),
        PARENT: N_("If the image was taken when they were under 18, Take It Down can still help."),
        STAFF: N_("If the image was taken when the student was under 18, Take It Down can still help."),
    },
    # --- staff: nude-image incidents, Welsh Government guidance on Hwb (CONTENT.md) ---------
    "dsp_initial_review": {
        STAFF: N_("Tell the DSP now: the DSP holds an initial review of the incident."),
    },
    "refer_immediately": {
        STAFF: N_("Refer to the police and/or children's services straight away if: an adult is involved; there is coercion, blackmail or grooming, or doubt about a child's capacity to consent; the images show acts unusual for the child's development, or violence; any child pictured is under 13; or a child is at immediate risk of harm (for example, suicidal or self-harming)."),
    },
    # --- parents: what the school and the police will and will not do ------------------------
    "school_will": {
        PARENT: N_("If other pupils may be involved, tell the school's Designated Safeguarding Person. The school must then follow its safeguarding procedure, even if you would rather it didn't, and staff won't look at, copy or ask for the image."),
    },
    "school_refers": {
        PARENT: N_("If an adult is involved, or there is blackmail, pressure or grooming, the school refers it to the police or children's services straight away. It will also think about any other children involved and about support for your child."),
    },
    "police_will": {
        PARENT: N_("Report it to the police on {non_emergency} ({emergency} if your child is in danger now) or to CEOP, whose Child Protection Advisors read every report; a CEOP report cannot be anonymous. If an adult shared or asked for the image, that is child sexual abuse: tell the police straight away."),
    },
    "follow_up_support": {
        YP: N_("Things can get better. Keep talking to people who can help."),
        PARENT: N_("Keep talking with your child in the days after; get support for yourself too."),
        STAFF: N_("Plan ongoing support for the child, e-safety lessons for pupils and a session for parents."),
    },
}


def advice_text(advice_id: str, who: Reader) -> str:
    """The wording of a point for a reader; a point one reader never gets has no wording for it."""
    by_audience = ADVICE[advice_id]
    return by_audience.get(who) or by_audience[YP]
