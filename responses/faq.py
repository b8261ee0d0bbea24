"""Answers to advice questions ("faq/<subject>"), in each reader's wording, with their signposts.

Every fact comes from shared/CONTENT.md and the two seed documents (the Hwb governors' guidance
on grooming; the seed 004 school scenario and the NCA sextortion alert). Where they give no
specifics (an app's minimum age, a setting's menu path) the answer stays general and true.
Every number and address comes from the service directory (`services.py`), through the
`{emergency}` / `{non_emergency}` placeholders or the signposts.

The subjects, for training data (the model's retrieval intents are `faq/<subject>`):

| subject | covers | does not cover (goes to) |
|---|---|---|
| `what_is_grooming` | What online grooming is, where it happens (social networks, messaging and live-streaming apps, photo apps, chat rooms, dating apps, games), what groomers do, how fast it can happen. | Signs in a particular child (`grooming_signs`); "a man online keeps asking me for pics" is a disclosure (`grooming`), not a question. |
| `what_is_sextortion` | What sextortion / online blackmail is, who does it and why (money, organised crime), who is targeted, the NCA's advice in one line. | Someone being blackmailed now (`sextortion`); money already paid (`already_paid`); fake or AI images (`deepfakes`). |
| `grooming_signs` | Signs that a child may be being groomed; what to look out for as a parent, teacher or friend. | What grooming is in general (`what_is_grooming`); why a child keeps quiet (`why_children_dont_tell`). |
| `why_children_dont_tell` | Why children and young people don't tell anyone or ask for help, and how adults can make telling easier. | How a parent should react when told (`talk_to_child`); whether a service will tell the parents (`confidentiality`). |
| `who_is_at_risk` | Which children are more at risk of grooming or online abuse; "could it happen to my child". | Signs in a child (`grooming_signs`). |
| `block_report` | How to block and report an account on an app, keeping the evidence first, and where else to report (CEOP, police 101). | Making an account private (`privacy_settings`); strangers adding you (`stranger_requests`); what happens after a report (`what_happens_after_report`). |
| `talk_to_child` | How a parent or carer talks to their child about something that happened online, or about online safety in general; a young person asking how to tell a parent; staff receiving a disclosure. | What a school must do (`school_response`). |
| `school_response` | What a school, college, DSP or governing body should do with a concern and have in place; governors' questions; 360 safe Cymru. | The written policy's contents (`online_safety_policy`); training and lesson resources (`staff_training`). |
| `nudes_law` | Is it illegal to have, send or be sent nudes under 18; will I get in trouble; the law protects children. | A nude being shared now (`image_shared`); AI-made nudes (`deepfakes`). |
| `what_is_ceop` | What CEOP and its Safety Centre do, who reports there, that reports cannot be anonymous, what it is not for. | Choosing between services (`which_service`); what happens after a report (`what_happens_after_report`). |
| `what_is_childline` | What Childline is, who it is for, how to contact it, Welsh-speaking counsellors, confidentiality in one line. | Comparing it with other services (`which_service`); "will they tell my parents" (`confidentiality`). |
| `what_is_report_remove` | What Report Remove is, who can use it, the Childline account and Yoti age check, the hash, that removal everywhere is not promised. | Take It Down (`what_is_take_it_down`); an image being shared now (`image_shared`). |
| `what_is_meic` | What Meic is, who it is for (Wales, up to 25), Welsh or English, phone/text/chat and hours. | Comparing services (`which_service`). |
| `what_is_take_it_down` | What Take It Down (NCMEC) is, images taken under 18, the hash made on the device, where it works. | Report Remove (`what_is_report_remove`). |
| `which_service` | Which service to use, how they differ: Childline vs CEOP, Meic, Report Remove / Take It Down, NSPCC, 999 / 101. | A single named service ("what is CEOP": `what_is_ceop` etc.). |
| `privacy_settings` | Making accounts private, who can see posts, message, comment or tag, keeping personal details off profiles. | Location (`location_sharing`); friend requests (`stranger_requests`); parents' controls (`parental_controls`). |
| `location_sharing` | Location settings, maps in apps that show where someone is, location on posts, people asking where you are. | Someone outside the house now (`immediate_danger`). |
| `stranger_requests` | Friend requests, follows or adds from people you don't know; should I accept; warning signs. | Someone already grooming or threatening (`grooming`, `sextortion`); how to block (`block_report`). |
| `deepfakes` | AI-made or faked nude images: is it a crime, whose fault, what help (CEOP, Report Remove, Take It Down). | Someone threatening with a fake image now (`sextortion`). |
| `already_paid` | What to do if money was already paid, or more was sent, to a blackmailer; is it too late. | Someone demanding money now and nothing paid yet (`sextortion`). |
| `app_age_limits` | Minimum ages for apps and social media; "is my child old enough for ...". | Parental controls (`parental_controls`). |
| `online_safety_policy` | What a school's online safety policy should contain; nude-image incidents; 360 safe Cymru templates. | What to do with a concern now (`school_response`). |
| `staff_training` | Where staff and governors find safeguarding / online safety training and lesson resources (Hwb, 360 safe Cymru, CEOP trainers). | The policy itself (`online_safety_policy`). |
| `what_happens_after_report` | What happens after reporting to CEOP, the police or the school's DSP; will I be in trouble for reporting. | Whether it can be anonymous or kept from parents (`confidentiality`). |
| `confidentiality` | Will they tell my parents, can I stay anonymous, is Childline / CEOP / a teacher confidential. | What a service is in general (`what_is_childline`, `what_is_ceop`). |
| `parental_controls` | Parental controls, filters, monitoring apps and screen-time settings; a young person asking about controls set by a parent. | App age limits (`app_age_limits`); privacy settings on the child's own account (`privacy_settings`). |
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Final, Iterable, Optional, Tuple, Union

from typing_extensions import assert_never

from nlu.assessment import Assessment
from nlu.vocabulary import Action, Audience, Reader, callback, reader

from .answers import BUTTON_HELPLINES, SERVICES_HEADING
from .i18n import N_, NP_, Message, by_register, gettext_for
from .reply import Reply
from .services import SERVICES

YP: Final = Audience.YOUNG_PERSON
PARENT: Final = Audience.PARENT
STAFF: Final = Audience.STAFF

# An answer to a question stays shorter than a reply to a concern (compose.REPLY_BUDGET): about one
# phone screen. Every answer, in both languages, for every reader, stays within it
# (tests/test_faq.py). Service lines name every way to reach a person, so this allows for them.
MAX_CHARS = 1100
MAX_POINTS = 5
MAX_SIGNPOSTS = 4

PREFIXES = ("faq/", "advice_")


@dataclass(frozen=True)
class ByReader:
    """Wording that differs by reader; None leaves the point out for that reader."""
    young_person: Optional[Message]
    parent: Optional[Message]
    staff: Optional[Message]

    def for_reader(self, who: Reader) -> Optional[Message]:
        if who == YP:
            return self.young_person
        if who == PARENT:
            return self.parent
        if who == STAFF:
            return self.staff
        assert_never(who)


Part = Union[Message, ByReader]


def yp_adult(young_person: Optional[Message], adult: Optional[Message]) -> ByReader:
    """One wording for a young person, another for parents and staff."""
    return ByReader(young_person, adult, adult)


def only_young(text: Message) -> ByReader:
    return ByReader(text, None, None)


def _for(part: Part, who: Reader) -> Optional[Message]:
    return part.for_reader(who) if isinstance(part, ByReader) else part


@dataclass(frozen=True)
class Answer:
    intro: Part
    points: Tuple[Part, ...]
    signposts: Dict[Reader, Tuple[str, ...]]  # by reader, the most useful first

    def wording(self, who: Reader) -> Tuple[Message, Tuple[Message, ...]]:
        intro = _for(self.intro, who)
        points = tuple(p for p in (_for(part, who) for part in self.points) if p is not None)
        assert intro is not None
        return intro, points


def answer(intro: Part, points: Iterable[Part], young_person: Iterable[str], parent: Iterable[str],
           staff: Iterable[str]) -> Answer:
    return Answer(intro, tuple(points), {YP: tuple(young_person), PARENT: tuple(parent), STAFF: tuple(staff)})


# Lines used by more than one answer.
HURTING_YOURSELF = N_("If it ever makes you feel like hurting yourself, call {emergency} or talk to Childline now.")
TELL_SOMEONE = N_("Tell an adult you trust, or talk to Childline or Meic.")
KEEP_EVIDENCE = by_register(
    NP_("ti", "Keep the messages, usernames and any payment details as evidence, but never forward or share an image."),
    NP_("chi", "Keep the messages, usernames and any payment details as evidence, but never forward or share an image."))
KEEP_EVIDENCE_FOR = ByReader(KEEP_EVIDENCE, KEEP_EVIDENCE,
                             N_("Ask the parent or carer to keep the evidence and not delete anything."))
IN_DANGER = by_register(NP_("ti", "If someone is in danger now, call {emergency}."),
                        NP_("chi", "If someone is in danger now, call {emergency}."))
TELL_BANK = by_register(NP_("ti", "Tell the bank or the app that was used for the payment."),
                        NP_("chi", "Tell the bank or the app that was used for the payment."))
REPORT_IT = by_register(NP_("ti", "Report it to CEOP or the police on {non_emergency}; {emergency} if someone is in danger."),
                        NP_("chi", "Report it to CEOP or the police on {non_emergency}; {emergency} if someone is in danger."))
NSPCC_FOR_ADULTS = N_("For adults worried about a child there is the NSPCC Helpline.")
STAFF_TELL_DSP = N_("If you are worried about a pupil, follow your school's safeguarding procedure and tell the DSP.")
NUDES_GUIDANCE = N_("For nude or semi-nude images shared by or of pupils, follow the Welsh Government guidance on Hwb, \"Sharing nudes and semi-nudes: responding to incidents and safeguarding children and young people\".")


FAQ: Dict[str, Answer] = {
    # --- the nine from the seed documents (English kept from responses/answers.py) ------------
    "what_is_grooming": answer(
        N_("Online grooming is when someone befriends a child or young person online to exploit them. They build trust to get sexual chat, nude pictures or videos, or to meet up."),
        [
            N_("It happens on social networks, messaging and live-streaming apps, photo apps, chat rooms, dating apps and online games."),
            N_("Groomers send lots of messages, give compliments and gifts, and ask to keep things secret."),
            yp_adult(N_("They ask where you are, if you are alone, and for personal details like your school."),
                     N_("They ask where the child is, if they are alone, and for personal details like their school.")),
            N_("It can happen fast: sometimes in under 20 minutes of chat."),
        ],
        ["childline", "ceop", "meic"], ["nspcc", "ceop"], ["dsp", "ceop", "nspcc"],
    ),
    "what_is_sextortion": answer(
        N_("Sextortion is online blackmail: someone threatens to share nude or semi-nude images of a person (real or faked) unless they pay money or send more."),
        [
            N_("It is often run by organised criminals who want money fast, sometimes within an hour of first contact."),
            N_("Anyone can be targeted, but many victims are boys aged 14 to 18."),
            N_("The National Crime Agency's advice: don't pay, stop contact and block, don't delete anything, and report it."),
            only_young(HURTING_YOURSELF),
        ],
        ["childline", "ceop", "report_remove"], ["nspcc", "ceop", "police_101"], ["dsp", "ceop", "nspcc"],
    ),
    "grooming_signs": answer(
        N_("Signs that a child may be being groomed include:"),
        [
            N_("Sudden changes in behaviour, such as spending much more or less time online."),
            N_("Being secretive about their phone or computer, or going missing from home or school."),
            N_("Unexplained gifts, or a relationship with a much older person."),
            by_register(
                NP_("ti", "Sexual language you wouldn't expect them to know, seeming upset or withdrawn, or mental health problems."),
                NP_("chi", "Sexual language you wouldn't expect them to know, seeming upset or withdrawn, or mental health problems.")),
            ByReader(N_("Worried about yourself or a friend? Tell an adult you trust, or talk to Childline or Meic."),
                     N_("If you notice these signs, stay calm and talk with your child; the NSPCC Helpline can advise you."),
                     STAFF_TELL_DSP),
        ],
        ["childline", "meic"], ["nspcc", "ceop"], ["dsp", "nspcc"],
    ),
    "why_children_dont_tell": answer(
        N_("Children often don't tell anyone because:"),
        [
            N_("They don't realise they are being groomed, or think it is a caring relationship."),
            N_("They are scared of what the person will do, or don't want to get them in trouble."),
            N_("They feel it is their fault, or they are embarrassed."),
            yp_adult(N_("If this is you: it is never your fault, and telling someone is the right thing to do."),
                     N_("Help them by teaching about healthy relationships and naming safe people they can go to.")),
        ],
        ["childline", "meic"], ["nspcc", "childline"], ["dsp", "nspcc"],
    ),
    "who_is_at_risk": answer(
        N_("Any child can be groomed, whatever their age or background. Some are more at risk:"),
        [
            N_("Children who are lonely or unhappy, have low self-esteem, or share their feelings online."),
            N_("Children whose time online is not supervised, or who don't know the risks."),
            N_("Disabled children, those with additional learning needs, looked-after children and those outside mainstream education."),
            N_("Children exploring their sexuality or identity online."),
        ],
        ["childline", "meic"], ["nspcc", "ceop"], ["dsp", "nspcc"],
    ),
    "block_report": answer(
        N_("To block and report someone:"),
        [
            by_register(NP_("ti", "First keep the evidence: don't delete the chat, usernames or messages."),
                        NP_("chi", "First keep the evidence: don't delete the chat, usernames or messages.")),
            by_register(NP_("ti", "Then block the account and use the app's report button (usually in the profile or the chat menu)."),
                        NP_("chi", "Then block the account and use the app's report button (usually in the profile or the chat menu).")),
            by_register(NP_("ti", "Report grooming or blackmail to CEOP, or to the police on {non_emergency} ({emergency} if someone is in danger)."),
                        NP_("chi", "Report grooming or blackmail to CEOP, or to the police on {non_emergency} ({emergency} if someone is in danger).")),
            N_("If a nude image is involved, Report Remove or Take It Down can help get it blocked."),
        ],
        ["childline", "ceop", "report_remove"], ["nspcc", "ceop", "police_101"], ["dsp", "ceop"],
    ),
    "talk_to_child": answer(
        ByReader(N_("Telling a parent or carer can feel hard, but they can help you."),
                 N_("When you talk to your child:"),
                 N_("When a child tells you something has happened online:")),
        [
            ByReader(N_("You are not in trouble for asking for help. You could start with: \"Something happened online and I need your help.\""),
                     N_("Stay calm and listen. Reassure them they are not in trouble and did the right thing by telling you."),
                     N_("Listen carefully and make an accurate, dated record of what was said, in the words used.")),
            ByReader(N_("If you can't talk to a parent, tell another adult you trust, like a teacher."),
                     N_("Don't blame, shout or take their phone away as a punishment: it can stop them telling you next time."),
                     N_("Reassure the child that they did the right thing by telling.")),
            ByReader(N_("Childline or Meic can help you work out what to say first."),
                     N_("Ask open questions, and let them know you will help them sort it out together."),
                     N_("Never view, copy, print, forward, save or ask for the images, and don't ask the child to show or send them.")),
            ByReader(None,
                     N_("Talk regularly about who they talk to online, before anything goes wrong."),
                     N_("Follow your school's safeguarding procedure and tell the DSP straight away, whatever the parent wants. The DSP refers to social services or the police.")),
        ],
        ["childline", "meic"], ["nspcc", "childline"], ["dsp", "nspcc"],
    ),
    "school_response": answer(
        N_("What a school or college should have in place:"),
        [
            by_register(
                NP_("ti", "A concern goes straight to the DSP under the school's procedure; the DSP refers to social services or the police. If a child is in immediate danger, call {emergency}."),
                NP_("chi", "A concern goes straight to the DSP under the school's procedure; the DSP refers to social services or the police. If a child is in immediate danger, call {emergency}.")),
            N_("Staff never view, copy or forward images, and ask parents to keep evidence."),
            N_("Online safety in policies, the curriculum, RSE, staff training and work with parents."),
            N_("Governors can ask the five key questions and check the school uses 360 safe Cymru on Hwb."),
            ByReader(None, None, NUDES_GUIDANCE),
        ],
        ["childline", "meic"], ["nspcc", "dsp"], ["dsp", "hwb_360"],
    ),
    "nudes_law": answer(
        ByReader(N_("The law protects under-18s: it is against the law to make, have or share a nude image of anyone under 18, even of yourself. But if it has happened to you, you are not in trouble for asking for help."),
                 N_("The law protects under-18s: it is against the law to make, have or share a nude image of anyone under 18, even one a child took of themselves. The law is there to protect children, not to punish them for asking for help."),
                 N_("The law protects under-18s: it is against the law to make, have or share a nude image of anyone under 18, even one a child took of themselves. The law is there to protect children, not to punish them for asking for help.")),
        [
            yp_adult(N_("The law is there to protect young people. If you are pressured or threatened, you are the victim, and Childline and the police want to help you."),
                     N_("A child who is pressured, threatened or blackmailed is the victim of a crime and should never be blamed.")),
            yp_adult(N_("If someone pressures you for nudes or threatens to share one, that person is the one committing a crime."),
                     N_("An adult sharing nude images of under-18s is child sexual abuse: that is always a matter for the police, urgently.")),
            ByReader(N_("If a nude of you is out there, Report Remove can help get it taken down."),
                     N_("If a nude image of a child is out there, Report Remove can help get it blocked."),
                     NUDES_GUIDANCE),
        ],
        ["childline", "report_remove", "meic"], ["nspcc", "report_remove", "ceop"], ["dsp", "ceop"],
    ),
    # --- services ---------------------------------------------------------------------------
    "what_is_ceop": answer(
        N_("CEOP (Child Exploitation and Online Protection) is part of the National Crime Agency. Its Safety Centre is where under-18s, and adults worried about a child, report online sexual abuse, grooming or blackmail."),
        [
            N_("Child Protection Advisors read every report."),
            N_("A report to CEOP cannot be anonymous."),
            N_("It is not for bullying, fake accounts or hacking."),
            N_("If someone is in danger now, the number to call is {emergency}, not CEOP."),
            ByReader(N_("You can talk it over with Childline first if you are not sure."),
                     N_("For advice before you report, the NSPCC Helpline is for adults worried about a child."),
                     STAFF_TELL_DSP),
        ],
        ["ceop", "childline"], ["ceop", "nspcc"], ["ceop", "dsp"],
    ),
    "what_is_childline": answer(
        N_("Childline is the NSPCC's free helpline for anyone under 19: a counsellor listens on the phone or in a 1-2-1 chat online."),
        [
            yp_adult(N_("You can ask to speak to a Welsh-speaking counsellor."),
                     N_("Children can ask to speak to a Welsh-speaking counsellor.")),
            yp_adult(N_("What you say is confidential, but if a life is in danger, counsellors may pass information on."),
                     N_("What a child says is confidential, but if a life is in danger, counsellors may pass information on.")),
            N_("Childline also runs Report Remove with the Internet Watch Foundation, for nude images of under-18s."),
            yp_adult(None, NSPCC_FOR_ADULTS),
        ],
        ["childline", "meic"], ["childline", "nspcc"], ["childline", "dsp"],
    ),
    "what_is_report_remove": answer(
        N_("Report Remove, from Childline and the Internet Watch Foundation (IWF), is for under-18s whose nude image or video is online or might be shared."),
        [
            yp_adult(N_("You need a Childline account. Under-13s skip the age check; if you are 13 or over, you confirm your age with Yoti."),
                     N_("The young person needs a Childline account. Under-13s skip the age check; those 13 or over confirm their age with Yoti.")),
            N_("The IWF makes a digital fingerprint (a hash) of the image so that platforms can block it."),
            N_("It can't promise removal everywhere."),
            N_("For anyone 18 or over, StopNCII and the Revenge Porn Helpline are the services for adults."),
        ],
        ["report_remove", "childline"], ["report_remove", "nspcc"], ["dsp", "report_remove"],
    ),
    "what_is_meic": answer(
        N_("Meic is the helpline for children and young people in Wales, up to age 25, funded by the Welsh Government."),
        [
            yp_adult(N_("You can talk to Meic in Welsh or English, by phone, text or online chat, from 8am to midnight every day."),
                     N_("Children and young people can contact Meic in Welsh or English, by phone, text or online chat, from 8am to midnight every day.")),
            ByReader(N_("It's somewhere to talk things through and find out where to get help."),
                     NSPCC_FOR_ADULTS,
                     None),
        ],
        ["meic", "childline"], ["meic", "nspcc"], ["meic", "dsp"],
    ),
    "what_is_take_it_down": answer(
        N_("Take It Down, from the US National Center for Missing & Exploited Children (NCMEC), is for nude images or videos taken when someone was under 18."),
        [
            N_("A digital fingerprint (a hash) is made on the device itself: the image is never uploaded."),
            N_("It only works on sites and apps that take part and are public or unencrypted, so it can't promise removal everywhere."),
            N_("In the UK, Report Remove from Childline and the IWF does a similar job for under-18s."),
        ],
        ["take_it_down", "childline"], ["take_it_down", "nspcc"], ["dsp", "take_it_down"],
    ),
    "which_service": answer(
        N_("Which service is for what:"),
        [
            N_("Danger now: the police on {emergency}. To report a crime when no one is in danger: {non_emergency}."),
            yp_adult(N_("To talk it through: Childline (under 19) or Meic (in Wales, up to 25). They listen and help you decide what to do."),
                     N_("To talk it through: Childline (under 19) or Meic (in Wales, up to 25) for the child; the NSPCC Helpline for adults.")),
            N_("To report online sexual abuse, grooming or blackmail: CEOP, where Child Protection Advisors read every report. Reports cannot be anonymous."),
            N_("To get a nude image of an under-18 blocked: Report Remove or Take It Down."),
            ByReader(None, None, N_("In school, a concern goes to the DSP first.")),
        ],
        ["childline", "meic", "ceop", "report_remove"], ["nspcc", "childline", "ceop"], ["dsp", "ceop", "nspcc"],
    ),
    # --- settings and contact -----------------------------------------------------------------
    "privacy_settings": answer(
        yp_adult(N_("Many apps let you make your account private, so only people you accept can see what you post."),
                 N_("Many apps let an account be made private, so only accepted people can see what is posted.")),
        [
            ByReader(N_("Look for settings on who can message you, comment, tag you or see your friends list. The app's help pages show where they are."),
                     N_("Look at the settings together with your child: who can message, comment, tag or see their friends list. Each app's help pages show where they are."),
                     N_("Settings usually cover who can message, comment, tag or see a friends list; each app's help pages show where they are.")),
            yp_adult(N_("Keep personal details, like your school or where you live, off your profile."),
                     N_("Groomers often ask for personal details like a child's location or school, so keep them off profiles.")),
            ByReader(N_("If someone you don't know keeps contacting you, block and report them and tell an adult you trust."),
                     N_("Keep talking about who your child talks to online: settings help, but they don't replace that."),
                     N_("Online safety lessons and sessions for parents can cover these settings.")),
        ],
        ["childline", "meic"], ["nspcc"], ["dsp", "hwb_360"],
    ),
    "location_sharing": answer(
        N_("Some apps can show where a person is on a map, or add their location to posts and photos."),
        [
            yp_adult(N_("In the app's settings and your phone's location settings you can usually turn this off, or share only with people you know in real life."),
                     N_("In the app's settings and the phone's location settings it can usually be turned off, or shared only with people known in real life.")),
            yp_adult(N_("Someone online asking where you are, or if you are alone, is a warning sign: don't tell them, and tell an adult you trust."),
                     N_("Groomers often try to find out where a child is and whether they are alone.")),
            ByReader(IN_DANGER,
                     N_("Check the settings with your child, and talk about why they matter."),
                     N_("Online safety lessons and sessions for parents can cover location settings.")),
        ],
        ["childline", "meic"], ["nspcc", "ceop"], ["dsp"],
    ),
    "stranger_requests": answer(
        yp_adult(N_("You don't have to accept friend requests, follows or adds from people you don't know. You can ignore, block or report them."),
                 N_("Children don't have to accept friend requests, follows or adds from people they don't know, and can ignore, block or report them.")),
        [
            N_("Some abusers contact hundreds of children and young people at once, hoping some will reply."),
            yp_adult(N_("Warning signs: lots of messages and compliments, asking you not to tell anyone, asking where you are or if you are alone, or asking for pictures."),
                     N_("Warning signs: lots of messages and compliments, asking the child not to tell anyone, asking where they are or if they are alone, or asking for pictures.")),
            ByReader(N_("If that happens, stop replying, block and report them, and tell an adult you trust or Childline."),
                     N_("Talk with your child about these signs, and let them know they can always come to you."),
                     N_("Teach pupils these signs, and how to block and report.")),
            ByReader(None, None, STAFF_TELL_DSP),
        ],
        ["childline", "ceop"], ["nspcc", "ceop"], ["dsp", "ceop"],
    ),
    "deepfakes": answer(
        yp_adult(N_("A nude image made or faked with AI is treated like a real one. It is still a crime, and it is not your fault."),
                 N_("A nude image made or faked with AI is treated like a real one. It is still a crime, and it is not the child's fault.")),
        [
            N_("The same help applies: CEOP for reporting, and Report Remove or Take It Down can help get the image blocked."),
            ByReader(N_("If someone is using a fake image to blackmail you, don't pay and don't send anything."),
                     N_("If someone is using a fake image to blackmail your child, don't pay and don't send anything."),
                     N_("Advise that no one pays or sends anything more.")),
            KEEP_EVIDENCE_FOR,
            ByReader(TELL_SOMEONE,
                     N_("Stay calm and reassure your child; don't blame them."),
                     STAFF_TELL_DSP),
        ],
        ["childline", "ceop", "report_remove"], ["nspcc", "ceop", "report_remove"], ["dsp", "ceop"],
    ),
    "already_paid": answer(
        ByReader(N_("If you have already paid or sent more, stop now: it is not too late to get help, and it is not your fault."),
                 N_("If money has already been paid, don't panic, but don't pay anything more. It is not too late to get help."),
                 N_("If a pupil has already paid or sent more, it is not too late to get help, and it is not their fault.")),
        [
            ByReader(N_("Don't pay again: paying rarely stops it, and they usually ask for more."),
                     N_("Help your child stop all contact with the person and block them on every account they used."),
                     N_("Advise that no one pays or sends anything more.")),
            KEEP_EVIDENCE_FOR,
            ByReader(TELL_BANK, TELL_BANK, N_("The bank or app that was used for the payment should be told.")),
            ByReader(REPORT_IT, REPORT_IT,
                     N_("Tell the DSP straight away: blackmail of a pupil is a reason to refer to the police or children's services at once.")),
            only_young(HURTING_YOURSELF),
        ],
        ["childline", "ceop", "police_101"], ["nspcc", "ceop", "police_101"], ["dsp", "ceop"],
    ),
    # --- apps, schools, after a report ----------------------------------------------------------
    "app_age_limits": answer(
        N_("Most social apps set a minimum age of 13 in their terms, and some set a higher one. Each app's own help pages give its limit, which can change."),
        [
            N_("An age limit doesn't make an app safe: privacy settings, and knowing how to block and report, matter at any age."),
            ByReader(N_("Whatever your age, if something on an app worries you, you are not in trouble for asking for help."),
                     N_("Talk regularly with your child about the apps they use and who they talk to."),
                     N_("Online safety lessons and sessions for parents can cover the apps pupils use.")),
        ],
        ["childline", "meic"], ["nspcc"], ["dsp", "hwb_360"],
    ),
    "online_safety_policy": answer(
        N_("From the Welsh Government's guidance for governors, a school's online safety policy should:"),
        [
            N_("Refer to online safety and online grooming, the DSP's role, and how learners, parents and staff report concerns."),
            N_("Be reviewed regularly and shared with staff, learners, parents and carers, in formats everyone can use."),
            N_("Include acceptable use agreements, and filters and monitoring that protect learners."),
            ByReader(None, None, NUDES_GUIDANCE),
            N_("360 safe Cymru on Hwb helps schools review their policy and has example policy templates."),
        ],
        ["childline", "meic"], ["nspcc", "dsp"], ["dsp", "hwb_360"],
    ),
    "staff_training": answer(
        N_("Staff safeguarding training should include online safety, and the DSP needs a high level of training in it, kept up to date."),
        [
            N_("Hwb has the Welsh Government's online safety guidance for schools, including \"Keeping learners safe\" and 360 safe Cymru."),
            N_("360 safe Cymru gives schools relevant resources and example policy templates, and helps them plan actions."),
            N_("It is worth checking whether the school has trained CEOP trainers who can deliver online safety training."),
            N_("Governors need safeguarding training too."),
        ],
        ["childline", "meic"], ["nspcc", "hwb_360"], ["dsp", "hwb_360"],
    ),
    "what_happens_after_report": answer(
        N_("Child Protection Advisors read every report made to CEOP. A report cannot be anonymous."),
        [
            N_("Social services and the police have the duty and the powers to make enquiries and to step in when needed to keep a child safe."),
            ByReader(N_("You are not in trouble for asking for help. What happens next is about keeping you safe."),
                     N_("Keep the messages, usernames and payment details: the police may need them as evidence."),
                     N_("Once you have told the DSP, the DSP refers to social services or the police. Keep your record, and plan ongoing support for the child.")),
            yp_adult(N_("If you're worried about what happens next, Childline can talk it through with you."),
                     None),
            IN_DANGER,
        ],
        ["childline", "ceop"], ["nspcc", "ceop", "police_101"], ["dsp", "ceop"],
    ),
    "confidentiality": answer(
        yp_adult(N_("Childline is confidential, but if a life is in danger, counsellors may pass information on."),
                 N_("Childline is confidential for the child, but if a life is in danger, counsellors may pass information on.")),
        [
            N_("A report to CEOP cannot be anonymous. Reports to the Internet Watch Foundation about abuse images found online can be."),
            ByReader(N_("A teacher has to pass a worry about your safety on to the school's safeguarding person, whose job is to keep you safe."),
                     N_("A school has to follow its safeguarding procedure and tell the DSP, whatever a parent wants."),
                     N_("Never promise a child secrecy: tell them you will need to pass it on to the DSP, whatever the parent wants.")),
            yp_adult(N_("If you're worried about your parents finding out, you can talk it through with Childline or Meic first."),
                     None),
        ],
        ["childline", "meic"], ["nspcc", "childline"], ["dsp", "nspcc"],
    ),
    "parental_controls": answer(
        yp_adult(N_("Parental controls are settings that parents and carers can use on phones, games consoles and apps, like filters, screen-time limits and who can contact you."),
                 N_("Phones, games consoles, home broadband and many apps have parental controls: filters, screen-time limits and settings for who can contact a child.")),
        [
            ByReader(N_("They are there to help keep you safe. If something online worries you, you can still talk to an adult you trust or Childline."),
                     N_("Each device's and app's help pages show how to set them up; set them up together with your child where you can."),
                     N_("Schools need filters and monitoring that protect learners from harmful content, contact, conduct and commerce.")),
            ByReader(None, N_("Controls help, but children whose time online is not supervised, or who don't know the risks, are more at risk: keep talking about who they talk to online."), None),
        ],
        ["childline", "meic"], ["nspcc"], ["dsp", "hwb_360"],
    ),
}

SUBJECTS: Tuple[str, ...] = tuple(FAQ)


def subject_of(intent: str) -> str:
    """'faq/what_is_ceop' (the model's retrieval intent) or 'advice_what_is_ceop' -> 'what_is_ceop'."""
    for prefix in PREFIXES:
        if intent.startswith(prefix):
            return intent[len(prefix):]
    return intent


def advice_id(subject: str) -> str:
    return f"faq/{subject}"


def render(subject: str, audience: object, language: object) -> Reply:
    """The answer on `subject` for `audience`, in `language`."""
    who = reader(audience)
    entry = FAQ[subject]
    _ = gettext_for(language, audience)
    intro, points = entry.wording(who)
    signposts = list(entry.signposts[who])
    blocks = [_(intro)]
    if points:
        blocks.append("\n".join(f"\u2022 {_(p)}" for p in points))
    services = "\n".join(f"\u2022 {SERVICES[s].render(_, str(language))}" for s in signposts)
    blocks.append(_(SERVICES_HEADING) + "\n" + services)
    return Reply(text="\n\n".join(blocks), signposts=signposts, advice=[advice_id(subject)],
                 buttons=[(_(BUTTON_HELPLINES), callback(Action.HELPLINES))])


def advice_reply(a: Assessment) -> Optional[Reply]:
    """The answer to an advice question, or None when the subject is not one the bot answers."""
    subject = subject_of(a.intent)
    if subject not in FAQ:
        return None
    return render(subject, a.audience, a.language)
