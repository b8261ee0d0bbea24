"""Deterministic safety layer: danger now and self-harm, in English and Welsh.

It can only raise urgency (and turn a non-concern topic into the matching concern); it never
lowers what the model said. It is a net under the model for the messages that must never be
missed, so it leans to recall, but every family of patterns is tested with ordinary messages
that use the same words (tests/test_safety_layer.py), and the jokes that still trip it are listed
there as accepted false alarms.

How it is organised
- Patterns run on normalised text (nlu/textnorm.py): lower case, accents folded ("tŷ" = "ty",
  "rŵan" = "rwan"), invisible characters dropped, apostrophes unified, long texts cut to their head
  and tail. So a pattern never needs accents or capitals, and writes "can'?t" for "can't"/"cant".
- Patterns come in named families (`Family`), each for one reason: DANGER (someone is in danger
  now) or SELF_HARM (suicide, self-harm, overdose, despair; the writer or someone they speak of).
- A family fires when one of its `patterns` matches. A family with a `context` fires only when the
  context matches somewhere in the message as well: "meeting up tonight" is an emergency with
  someone met online, not with a nan. An `unless` pattern vetoes it ("my little brother keeps
  following me around").
- Gaps between words are bounded (`_GAP(n)`: at most n words): no unbounded `.*`, so the time taken
  grows with the length of the text and no further (a 100,000-character message is checked in
  milliseconds; see `scripts/measure_rules.py --speed`).
- Welsh patterns allow soft, nasal and aspirate mutations (marw/farw, lladd/ladd, brifo/frifo/
  mrifo, bywyd/fywyd/mywyd, dilyn/nilyn, cwrdd/gwrdd/nghwrdd) and northern and southern forms
  (isio/moyn, rwan/nawr, efo/gyda, fo/fe). Each Welsh pattern has an English comment.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import FrozenSet, Optional, Tuple

from .textnorm import any_of, normalise
from .vocabulary import Reason


def _GAP(most: int) -> str:
    """Between two words: a space, then up to `most` other words of the same clause."""
    return rf" (?:[^\s.!?,;]+ ){{0,{most}}}"


@dataclass(frozen=True)
class Family:
    """Patterns for one kind of risk, standing for one reason."""
    name: str
    reason: Reason
    patterns: Tuple[str, ...]
    # When given, the family fires only if each of these also matches somewhere in the message.
    context: Tuple[str, ...] = ()
    # When given, the family does not fire if this matches (a little brother following me around).
    unless: Optional[str] = None
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    context_regexes: Tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    unless_regex: Optional[re.Pattern[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", any_of(self.patterns))
        object.__setattr__(self, "context_regexes", tuple(re.compile(c) for c in self.context))
        object.__setattr__(self, "unless_regex", re.compile(self.unless) if self.unless else None)

    def fires(self, norm: str) -> bool:
        """Whether the family fires on normalised text."""
        if not self.regex.search(norm) or not all(c.search(norm) for c in self.context_regexes):
            return False
        return self.unless_regex is None or not self.unless_regex.search(norm)


# ---------------------------------------------------------------------------------------------
# English building blocks
# ---------------------------------------------------------------------------------------------
_MYSELF = r"(?:my ?self|meself|myslef|mysef)"
_THEMSELVES = r"(?:him ?self|her ?self|them ?sel(?:f|ves)|themself)"
_SELF = rf"(?:{_MYSELF}|{_THEMSELVES})"
_POSSESSIVE = r"(?:my|his|her|their)"
# Someone who may be in danger or may be the danger, when a parent, pupil or teacher writes.
_CHILD_WORDS = (r"son|daughter|child|kid|boy|girl|lad|stepson|stepdaughter|grandson|granddaughter|"
                r"brother|sister|friend|mate|pupil|student|learner|\d{1,2} ?(?:yo|y/o|yr old|year old)")
_CHILD_EN = rf"(?:(?:{_CHILD_WORDS})s?)"
# A person who might be at the door, following, coming round.
_PERSON_EN = (r"(?:he|she|they|someone|somebody|some ?one|a (?:man|guy|bloke|stranger|person|lad|car|van)|"
              r"the (?:man|guy|bloke|stranger)|this (?:man|guy|bloke|person|creep|stranger)|him|them|"
              r"there'?s (?:a|some) (?:man|guy|bloke|person|one|car|van)|there is (?:a|some) (?:man|guy|person|car))")
_BE = r"(?:'s|'re|s|re| is| are|'m| am)"
_NOW_EN = r"(?:right now|rn|atm|at the moment|currently|as we speak|now)"
_SOON_EN = (r"(?:today|tonight|tonite|2nite|2night|now|right now|later today|later on today|after school|"
            r"this (?:evening|afternoon)|in (?:an|a|one|two|three|half an|\d+) (?:hour|hr|min|minute)s?|"
            r"at \d{1,2}(?:[:.]\d\d)? ?(?:pm|am|o'?clock)?\b)")
# Signs that the other person is someone from online, a stranger, older, or secret: what turns
# an ordinary plan into a dangerous one.
_ONLINE_EN_CUES = (
    r"online|on-line|on (?:snap|snapchat|insta|instagram|tiktok|discord|roblox|fortnite|minecraft|xbox|psn|"
    r"the internet|a game|an app|whatsapp|kik|wizz|yubo|omegle|facebook|fb|twitter|reddit|telegram|grindr|"
    r"tinder|a dating)|met (?:him|her|them) (?:on|through|in a)|from (?:snap|snapchat|insta|instagram|tiktok|"
    r"discord|roblox|the internet|online|an app|a game)|never met|not met|haven'?t (?:met|seen)|"
    r"in (?:real life|person)|irl|stranger|older (?:guy|man|boy|lad|bloke)|(?:he|she)(?:'s| is) (?:1[7-9]|[2-9]\d)\b|"
    r"(?:1[89]|[2-9]\d) ?(?:yo|y/o|years? old)|don'?t tell|not to tell|keep it (?:a )?secret|our secret|"
    r"(?:he|she|they) (?:wants?|asked|is asking|keeps asking)|knows where i live|my address|groom\w*")
_ONLINE_EN = rf"\b(?:{_ONLINE_EN_CUES})"
# "meet my mates online tonight" is not a meeting in person
_NOT_ONLINE = (r"(?!(?: (?:up|with|my|our|the|some|all|mates|friends|friend|lads|team|squad|group|guys|everyone)){0,3} "
               r"(?:online|on (?:fortnite|xbox|psn|discord|roblox|minecraft|the game|a call|call|facetime|zoom|teams|"
               r"the server)))")
# Threat or fear words that make "he's coming round" a danger.
_THREAT_EN = (rf"\b(?:{_ONLINE_EN_CUES}|threat\w*|blackmail\w*|scared|scary|frightened|afraid|terrified|"
              r"what do i do|found out where|address|location)")

# A call that was recorded or screenshotted is sextortion after the fact, not abuse happening now.
_RECORDED = (r"\b(?:recordio|recordiodd|recordiwyd|screenshot\w*|sgrinlun\w*|recorded|recording of|screen ?record\w*|"
             r"screen ?shot\w*)\b")

_ENGLISH: list = [
    # --- self-harm -----------------------------------------------------------------------------
    Family("suicide_words", Reason.SELF_HARM, (
        r"\bsuicid(?:e|es|al|ally)?\b(?! squad)",
        r"\bkms\b",
        r"\bunaliv\w*",
        r"\b(?:end|ending|ended|take|taking|took|taken) (?:my|his|her|their) (?:own )?life\b",
        r"\bend(?:ing)? it all\b",
        r"\b(?:hang|hanging|hanged) " + _SELF + r"\b",
    )),
    Family("kill_oneself", Reason.SELF_HARM, (
        # "kill myself", "she says she'll kill herself"; not "killing myself laughing"
        r"\bkill(?:s|ing|ed)? " + _SELF + r"(?! (?:laughing|with laughter|lol|lmao|haha))\b",
    )),
    Family("wants_to_die", Reason.SELF_HARM, (
        # the writer or someone else: "i want to die", "he says he wants to die", "wanna be dead"
        r"\b(?:want|wants|wanted|wanting|wanna|wana|plan(?:s|ning)? to|tryna|trying to|feel like|ready to|should just|"
        r"decided to|going to|gonna|thinking (?:of|about)|thought about|i'?d rather|"
        r"(?:would|'d|(?:he|she|they)d) rather|wish (?:i|he|she|they) could|deserve to|should) (?:to )?(?:just )?"
        r"(?:die|be dead|not (?:be here|exist|be alive|wake up)|disappear forever|stop existing)\b"
        r"(?! (?:of|from) (?:embarrassment|laughter|laughing|boredom|cringe|shame lol))",
        r"\bwish (?:i|he|she|they) (?:was|were|wasn'?t|weren'?t) (?:dead|never born|alive|here|gone)\b",
        r"\bwish (?:i'?d|i had|id) never been born\b|\bfeel like dying\b|\bnot wanting to (?:be here|live|be alive)\b",
        r"\b(?:don'?t|dont|doesn'?t|doesnt) deserve to (?:live|be alive|be here)\b",
        r"\b(?:don'?t|dont|doesn'?t|doesnt|do not|does not|never) (?:want|wanna|wants) (?:to )?"
        r"(?:live|be alive|be here any ?more|exist|wake up|be here)\b",
    )),
    Family("self_harm_acts", Reason.SELF_HARM, (
        r"\bself[- ]?harm\w*",
        r"\b(?:cutting|burning|harming|hurting|starving|scratching|hitting|punching|punishing) " + _SELF + r"\b",
        # "i burn myself when it gets bad": the plain present is a habit (not "at football")
        r"\bi (?:cut|burn|hurt|hit|punch|scratch|starve|punish) (?:myself|my (?:arms?|legs?|wrists?|thighs?|stomach|"
        r"skin))\b"
        r"(?! (?:at|playing|in (?:pe|the)|on (?:a|the)|by accident|accidentally|shaving|cooking|falling|while|out|"
        r"off))",
        # "been cutting", "relapsed and cut again", "want to cut so bad"
        r"\b(?:been|keep|kept|started|start|want to|wanna|urge to|urges to|wanting to|relapsed and|"
        r"need to) cut(?:ting)?\b"
        r"(?! (?:my hair|her hair|his hair|the|a|an|out|down|off|class|school|lessons?|ties|him|her|them|it|people|me|"
        r"through|in|up|back|corners|costs|sugar|carbs|onions|paper))",
        r"\b(?:cut|cutting) (?:again|deep(?:er)?|so bad)\b|\b(?:till|til|until|so) (?:they|it|i|my \w+|her \w+|"
        r"his \w+) bleeds?\b",
        r"\bcuts on (?:my|her|his|their|\w+'?s?) (?:arms?|legs?|wrists?|thighs?)\b|\bfresh cuts\b",
        r"\b(?:razor ?blades?|blade in my (?:hand|room)|with a blade)\b",
        r"\b(?:to|will|'ll|might|could|gonna|wanna|urge to|urges to) (?:cut|hurt|harm|burn|starve) " + _SELF + r"\b",
        r"\b(?:cut|cuts|harmed|burned|burnt|hurt|hurts) " + _SELF + r" (?:again|on purpose|deliberately|last night|"
        r"tonight)\b",
        # "i cut myself" - but not shaving, cooking, out of a photo
        r"\b(?:cut|cuts) " + _SELF + r"\b(?! (?:shaving|cooking|out|on|by accident|accidentally|while|when|making|"
        r"chopping|in the kitchen))",
        r"\b(?:my|the|his|her) (?:cuts|scars) (?:are|keep|got|have)\b",
        # "i've been cutting again", "cut my wrists"
        r"\b(?:been|started|keep|i'?m|i am|im|she'?s|he'?s) cutting (?:again|my|her|his|their)\b",
        r"\b(?:cut|cutting|slit|slitting) (?:my|her|his|their) (?:wrists?|arms?|legs?|thighs?)\b",
    )),
    Family("overdose", Reason.SELF_HARM, (
        r"\boverdos\w*|\bod'd\b|\bod'?ed\b|\b(?:took|taken|take|taking|done|did) an? od\b",
        # "taken a whole packet of my mum's pills", "swallowed 20 paracetamol"; not "took my
        # hay fever tablet" (no amount)
        r"\b(?:took|taken|take|taking|swallowed|swallow|swallowing|necked|downed|had|popped|popping|"
        r"eaten|ate|chucked down) (?:like |about |around |maybe |nearly |over |at least |probably |"
        r"just )?(?:a load of|loads of|lots of|a lot of|all(?: of)?|a whole|the whole|"
        r"a full|a bunch of|a handful of|handfuls of|a packet of|packets of|a pack of|a box of|a bottle of|"
        r"a strip of|(?:two|three|2|3) packs?|too many|way too many|so many|(?:ten|twelve|fifteen|twenty|"
        r"thirty|forty|fifty)\w*|\d{2,}(?! ?(?:mg|ml|g)\b))" + _GAP(4) +
        r"(?:pills?|tablets?|paracetamol|ibuprofen|painkillers?|pain killers|meds|medication|medicine|"
        r"antidepressants?|sertraline|fluoxetine|aspirin|co-?codamol|codeine|insulin|sleeping pills)\b",
        r"\b(?:pills|tablets) (?:to|and) (?:end it|die|not wake up|sleep forever)\b",
        # "i've taken tablets", "took my dad's pills", "she's taken pills" (not "for my headache")
        r"\b(?:taken|took|swallowed) (?:some |my (?:mum|dad|mam|nan|gran|parents)'?s? |(?:his|her) (?:mum|dad)'?s? |"
        r"(?:mums|dads) )?(?:pills|tablets|meds)\b(?! (?:for|this morning|today|every|at|with|as))",
        r"\bhow many (?:pills|tablets|paracetamol)\b" + _GAP(4) + r"(?:take|die|kill)",
        r"\b(?:pills|tablets|paracetamol) saved up\b|\b(?:saving|stockpiling|collecting|hoarding) (?:up )?(?:pills|"
        r"tablets|paracetamol)\b",
        # the pills are there: "mum's tablets are in front of me"
        r"\b(?:pills|tablets|paracetamol|painkillers)\b" + _GAP(3) + r"(?:in front of me|in my hand|next to me|"
        r"ready)\b",
    )),
    Family("jumping", Reason.SELF_HARM, (
        r"\bi'?m (?:going to|gonna) jump\b(?! (?:in|into|on|over|the|rope|higher|off the (?:diving|board)|up|out|"
        r"ship))",
        r"\b(?:i'?m|im|i am|she'?s|he'?s) (?:on|at|standing on|stood on|sat on) (?:the|a) (?:bridge|edge|train tracks|"
        r"railway line|railway|tracks|roof|cliff edge)\b|\bstanding on the edge\b",
        r"\b(?:jump|jumping|throw (?:my|him|her)self|step|stepping|walk|walking) (?:off|from|in front of|under) "
        r"(?:a |the |this |that )?(?:bridge|roof|building|cliff|car park|multi ?-?storey|balcony|train|bus|lorry|car|"
        r"traffic)\b",
        r"\b(?:standing|stood|sat|sitting|i'?m) (?:on|at) (?:the )?(?:edge of (?:a |the )?)?(?:bridge|roof|cliff|"
        r"railway line|train tracks|tracks)\b" + _GAP(6) + r"(?:jump|end|die|go)\b",
    )),
    Family("despair", Reason.SELF_HARM, (
        r"\b(?:no|not any) (?:point|reason) (?:in |to )?(?:living|live|life|being alive|being here|going on|"
        r"carrying on|anything any ?more|any ?more|to (?:live|go on|carry on|be here))\b",
        r"\bthere'?s no point(?: in anything)?(?: any ?more)?(?= *(?:$|[.!?,]))",
        r"\bwhat'?s the point (?:in |of )?(?:living|life|being alive|anything any ?more|any ?more|me|going on|"
        r"being here)\b",
        r"\b(?:nothing|no ?one|nobody) (?:left )?to live for\b",
        r"\b(?:better off|be better) (?:dead|without me|if i (?:was|were|wasn'?t|weren'?t) (?:dead|gone|here|around|"
        r"alive))\b",
        r"\b(?:can'?t|cannot|can not|couldn'?t) (?:face|look at) (?:anyone|anybody|everyone|people|the world|life|"
        r"living|another day|going on|my (?:family|parents|mum|mam|dad|friends) (?:again|ever again))\b",
        r"\b(?:can'?t|cannot|can not) (?:go on|carry on|cope|keep going|do this|take (?:it|this)|live like this)"
        r"(?: any ?more| like this| much longer| for much longer| living|(?= *(?:$|[.!?,])))",
        r"\b(?:no ?one|nobody|no one) (?:would|will|'d|'ll|wd) (?:miss|care about|notice) (?:me|her|him|them|if)\b",
        r"\bnothing left for me\b|\b(?:i'?m|im|i am) (?:just )?a burden\b|\bdone with (?:life|living|everything|"
        r"it all)\b",
        r"\b(?:life'?s|life is|lifes|life isn'?t|life isnt|it'?s|its|not) (?:not )?worth living\b",
        r"\bwant (?:it all|everything|the pain|it) to (?:stop|be over|end) (?:for good|forever)\b|\bwant to be gone\b|"
        r"\bdisappear (?:for good|forever)\b",
        r"\bgiv(?:en|ing|e) (?:away )?(?:all )?(?:my|her|his|their) (?:stuff|things|belongings)(?: away)?\b",
        r"\b(?:can'?t|cannot) live with (?:myself|the shame|this)\b",
        r"\b(?:given|give|giving) up on (?:life|living|everything|myself)\b",
        r"\b(?:tired|sick) of (?:living|life|being alive|being here)\b",
        r"\b(?:don'?t|dont|can'?t|cant) see (?:a|any) (?:way out|future|point)\b|\bthere'?s no way out\b",
        r"\b(?:don'?t|dont|doesn'?t|can'?t|cant) see the point (?:any ?more|in (?:anything|living|life|going on)|"
        r"of (?:anything|living|life))\b",
        r"\bwant (?:it all|everything) to (?:end|stop)\b",
        r"\b(?:sleep|go to sleep) (?:forever|and (?:never|not) wake up)\b",
        r"\b(?:this is (?:my )?goodbye|goodbye (?:forever|world|everyone forever)|suicide note|goodbye (?:notes?|"
        r"letters?|messages?))\b",
        r"\b(?:this is|it'?s) my last (?:message|post|text|snap)\b|\bsound(?:s|ing)? like (?:a )?goodbyes?\b|"
        r"\blike (?:she'?s|he'?s|they'?re|shes|hes) saying goodbye\b|\bsaying goodbye to everyone\b|"
        r"\bgoodbye everyone,? i'?m done\b",
    )),
    Family("goodbye_message", Reason.SELF_HARM, (
        # a message that says goodbye, and then silence or fear
        r"\b(?:message|text|snap|msg|dm|note|post|story)\b" + _GAP(4) + r"(?:saying|said|says|to say|that said) "
        r"(?:goodbye|bye|good bye)\b",
        r"\b(?:said|saying|says) goodbye (?:to (?:everyone|me|us|all)|forever)\b",
    ), context=(r"\b(?:won'?t|wont|not|isn'?t|isnt|stopped|hasn'?t) (?:answer|answering|reply|replying|respond|"
                r"responding|picking up)|\b(?:scared|worried|frightened|loves? me|love you all|"
                r"sorry for everything)\b",)),
    # --- danger now ----------------------------------------------------------------------------
    Family("at_the_door", Reason.DANGER, (
        # "he's outside my house", "someone is at the door", "a man is waiting outside school"
        r"\b" + _PERSON_EN + r"(?:" + _BE + r"| keeps| kept| has been|'s been| won'?t stop)? "
        r"(?:still |right |just |literally |now |standing |waiting |sitting |parked )?"
        r"(?:outside|at|by|banging on|knocking on|knocking at|hammering on|waiting (?:outside|at|by|for me (?:at|"
        r"outside))|"
        r"in) (?:my|our|the|his|her) (?:house|home|door|front door|back door|window|flat|gate|garden|room|bedroom|"
        r"school|school gates?|street|car)\b",
        r"\b(?:outside|at) (?:my|our) (?:house|door|window|home|flat|school) (?:right )?now\b",
        r"\btrying to (?:get|break) in(?:to)? (?:my|our|the) (?:house|room|flat|home|bedroom)\b",
        r"\b(?:he|she|they)(?:'s|'re| is| are) (?:here|downstairs|in (?:my|our|the) (?:house|flat|room|bedroom)) "
        + _NOW_EN + r"\b",
    )),
    Family("waiting_outside", Reason.DANGER, (
        # "... the man from the game is waiting outside the school", with a stranger or online contact
        r"\b(?:is|'s|are|'re) (?:waiting|parked|standing|sitting|hanging around)(?: for (?:me|her|him|them))? "
        r"(?:right )?(?:outside|at|by|near) (?:my|our|the|his|her) (?:house|home|door|flat|school|school gates?|gates?|"
        r"street|park)\b",
    ), context=(_THREAT_EN + r"|\b(?:a|the|this) (?:man|guy|bloke|stranger)\b",)),
    Family("on_his_way", Reason.DANGER, (
        # "he's on his way here", "they're coming to get me"
        r"\b(?:he|she|they|someone|somebody|a man|this (?:man|guy))(?:'s| is|'re| are)? on (?:his|her|their|the) way "
        r"(?:here|over|round|to (?:my|our) (?:house|home|flat|school|place|door)|to (?:get|find) me)\b",
        r"\b(?:coming|come|comin) to (?:get|find) me\b",
    )),
    Family("coming_now", Reason.DANGER, (
        # "he says he'll turn up at my school", "coming round to my house" (with a threat or stranger)
        r"\b(?:coming|come|comin) (?:round |over )?to (?:my|our) (?:house|home|flat|school|place)\b",
        r"\b(?:he|she|they|someone|somebody|he'?ll|she'?ll|they'?ll)" + _BE + r"? (?:threaten\w* to |"
        r"(?:said|says) (?:he|she|they)(?:'ll|'d| will| would| is| was)? )?(?:coming|going to come|gonna come|"
        r"turning up|turn up|show up|showing up|come) (?:round |over |here )?(?:to |at )?(?:my|our) (?:house|home|door|"
        r"school|flat|place|street)\b",
    ), context=(_THREAT_EN,)),
    Family("coming_round_tonight", Reason.DANGER, (
        r"\b(?:he|she|they)" + _BE + r"? (?:coming|comin) (?:round|over|here) (?:now|tonight|today|right now|later)\b",
    ), context=(_THREAT_EN,)),
    Family("address_known", Reason.DANGER, (
        # knows where they live and is coming
        r"\b(?:got|has|knows|found|found out|worked out|tracked|traced) (?:my |our |where i |where we )?"
        r"(?:address|location|live|lives|where i live|postcode)\b" + _GAP(10) + r"(?:coming|come|outside|"
        r"turn up|show up|on (?:his|her|their) way|waiting|find me|round)\b",
        r"\b(?:coming|turn up|show up|outside)\b" + _GAP(10) + r"(?:knows|got|has) (?:my|our|where i) "
        r"(?:address|live|location)\b",
    )),
    Family("gone_to_meet", Reason.DANGER, (
        # "my daughter has gone to meet a man she met online", "he snuck out to meet someone"
        r"\b(?:gone|went|run off|ran off|snuck out|sneaked out|left|has left|disappeared)(?: out| off)? to (?:meet|"
        r"see|go and meet) "
        r"(?:up with )?(?:a|an|some|this|the)? ?(?:man|guy|bloke|stranger|adult|person|someone|somebody|older|boy he|"
        r"girl she|lad)\b",
        r"\b(?:gone|went|run off|ran off|snuck out|sneaked out|left|has left) to meet (?:up with )?(?:him|her|them)\b"
        r"(?! (?:friends?|mates?|nan|gran|grandma|mum|dad|family|cousins?|aunt\w*|uncle|teacher|coach|sister|"
        r"brother)\b)",
    )),
    Family("following", Reason.DANGER, (
        r"\b(?:following|followed|stalking|chasing) (?:me|her|him|them|my (?:son|daughter|child)) (?:home|around|down|"
        r"along|to|from|in (?:a|his|her|their) car|off|out|right now|now|everywhere (?:i|she|he) goes?|on (?:his|"
        r"a) bike)\b",
        r"\b(?:is|are|am|'m|'s|been|being|was|got|has been|have been|keeps? being) (?:being )?(?:followed|stalked|"
        r"chased)\b"
        r"(?! (?:on|back|by (?:a |an |loads of |lots of )?(?:account|bot|page|fake|people on)))",
        r"\b" + _PERSON_EN + _BE + r"? (?:following|chasing|stalking) me\b(?! (?:on (?:insta|tiktok|snap|social|"
        r"twitter|x|youtube|twitch|every|all|my (?:account|page|story))|back|online|across|again on))",
        # the same car keeps passing; he keeps driving past the house
        r"\bsame (?:car|van|man|guy|person)\b" + _GAP(4) + r"(?:passed|past|following|behind|again)\b",
        r"\b(?:keeps?|kept) (?:driving|walking|going) (?:past|by) (?:my|our) (?:house|home|school|door)\b",
    ), unless=r"\b(?:brother|sister|bro|sis|dog|cat|puppy|kitten|pup|cousin|nephew|niece|baby)\b" + _GAP(3) +
              r"(?:following|chasing|follows)\b"),
    Family("meeting_him_soon", Reason.DANGER, (
        # "i'm meeting him in an hour", "meeting a guy tonight"
        r"\b(?:meet|meeting|meet up with|meeting up with|going to meet|gonna meet) (?:him|her|them|this (?:guy|man|"
        r"person)|"
        r"a (?:guy|man|stranger)|someone|an older)\b" + _GAP(4) + _SOON_EN,
    )),
    Family("meeting_soon_online", Reason.DANGER, (
        # a plan to meet, today or tonight, with someone from online, older or secret
        r"\b(?:meet|meeting|meet up|meeting up|see|seeing|hang out|go to (?:his|her|their) (?:house|place|flat)|"
        r"going to (?:his|her|their) (?:house|place|flat|hotel)|picking (?:me|her|him) up|pick (?:me|her|him) up|"
        r"get in (?:his|her|their) car)\b" + _NOT_ONLINE + _GAP(8) + _SOON_EN,
        _SOON_EN.replace("now|right now|", "") + _GAP(3) + r"(?:to |and )?(?:meet|meeting)\b",
    ), context=(_ONLINE_EN,)),
    Family("taken_somewhere", Reason.DANGER, (
        # in a car or taxi with someone from online, not knowing where to
        r"\b(?:don'?t|dont|do not|not sure|no idea|no clue)(?: know)? where (?:we'?re|were|we are|he'?s|she'?s|"
        r"they'?re|"
        r"he is|she is|they are) (?:going|taking (?:me|her|him)|driving)\b",
        r"\b(?:in|got in|getting in|got into) (?:his|her|their|a|the) (?:car|taxi|van|uber)\b" + _GAP(8) +
        r"(?:don'?t|dont|not sure|no idea|scared|won'?t let me)\b",
    ), context=(_THREAT_EN,)),
    Family("missing_child", Reason.DANGER, (
        # "my 11yo is missing", "our pupil has gone missing"
        rf"\b(?:he|she|(?:{_CHILD_WORDS})s?)" + r"(?:'s| is| has| has gone| has been| went| gone)? (?:gone |been |"
        r"now )?"
        r"missing\b(?! (?:out|his|her|my|the|a|an|some|school|lessons?|class|you|him|home|it|them|me|their))",
    )),
    Family("missing_after_meeting", Reason.DANGER, (
        r"\b(?:hasn'?t|has not|didn'?t|did not|never|not) (?:come|came|got|gotten|been|made it) (?:back|home)\b",
        r"\b(?:run|ran|has run) away\b",
        r"\b(?:can'?t|cannot|can not) (?:find|reach|get hold of|contact|get through to) (?:him|her|them|my (?:son|"
        r"daughter|child|kid))\b",
        r"\b(?:not|isn'?t|is not|hasn'?t been|stopped) (?:answering|picking up|replying)\b",
        r"\b(?:don'?t|do not|dont) know where (?:he|she|they|my (?:son|daughter|child|kid)) (?:is|are|went|has gone)\b",
    ), context=(r"\b(?:meet|met|meeting|online|went to see|gone to see|a (?:man|guy|stranger)|snap\w*|insta\w*|"
                 r"tiktok|discord|roblox|someone (?:she|he|they) (?:met|talk|was talking|chatted))",)),
    Family("live_abuse", Reason.DANGER, (
        # on a call or stream and it is happening now
        r"\b(?:video ?call\w*|vc|facetime|face ?time|on (?:a |the )?call|on call|live ?stream\w*|streaming|"
        r"on (?:live|stream|cam|camera|webcam|video)|going live|webcam|skype|zoom|discord call|omegle|monkey)\b",
    ), context=(
        # ... and it is happening now (or he is making me, now) ...
        r"\b(?:right now|now|atm|at the moment|currently|as we speak|rn|still on|(?:is|'s|are|'re|keeps) "
        r"(?:making|forcing|telling|pressuring|pushing|getting) (?:me|her|him|them))\b",
        # ... and it is sexual
        r"\b(?:undress\w*|strip\w*|naked|nude|clothes off|top off|take (?:off )?(?:my|her|his|their) "
        r"(?:clothes|top|shirt|pants|bra|trousers)|touch(?:ing)? (?:myself|herself|himself|themselves|me|her|him)|"
        r"do (?:stuff|things|sexual|something)|sexual|private parts|privates|show (?:him|her|them) (?:my|her|his))",
    ), unless=_RECORDED),
    Family("being_hurt", Reason.DANGER, (
        r"\b(?:he|she|they|someone|somebody|a man|this (?:man|guy)|my (?:step ?dad|dad|uncle|mum'?s boyfriend|"
        r"mums bf|boyfriend|bf))" + _BE + r" (?:hurting|hitting|touching|attacking|beating|strangling|choking|raping|"
        r"threatening to (?:hurt|kill|stab)) (?:me|her|him|us|my (?:son|daughter|child|sister|brother|mum))\b"
        r"(?! (?:at|in|on|to)\b)",
        r"\b(?:i'?m|i am|im|she'?s|he'?s|she is|he is|we'?re|we are|they'?re|they are|(?:my|our|a) " + _CHILD_EN
        + r"(?:'s| is)) (?:not safe|in (?:immediate |real |serious )?danger|scared for (?:my|her|his|their) life|"
        r"trapped|locked in)\b(?! (?:of|to drive|to use|on))",
        r"\b(?:locked|trapped) (?:me |her |him )?in (?:a|the|his|her|my|their) (?:room|car|house|flat|bathroom|van)\b",
        r"\b(?:he|she|they) (?:won'?t|will not|wont) let me (?:leave|go home|out)\b",
        r"\bhelp (?:me )?(?:please |pls |plz )?(?:he|she|they)(?:'s| is|'re| are) (?:here|outside|coming)\b",
    )),
]

_FEAR_EN = (r"\b(?:scared|afraid|frightened|terrified|help|locked|won'?t let|wont let|can'?t (?:leave|get out|"
    r"get home|go)|"
            r"cant (?:leave|get out|get home|go)|want to (?:go|get) (?:home|out)|wants me to|make me|making me|stuck|"
            r"weird|"
            r"not safe|get out|let me out|don'?t know where)")
_ENGLISH += [
    Family("ending_it", Reason.SELF_HARM, (
        # "i'm going to end it tonight", "he's talking about ending it" (not "end it with him")
        r"\b(?:going to|gonna|gunna|will|'ll|want to|wanna|wants to|wanting to|about to|plan(?:ning)? to|"
        r"thinking (?:of|about)|"
        r"talking about|talks about|decided to|i'?m|im|is|am|might|should|ready to|just) (?:just )?end(?:ing)? "
        r"(?:it|everything|things|it all)\b(?! (?:with|between|for (?:him|her)|off|there|early|now with))",
        r"\bending (?:it|everything) is the only\b|\b(?:might|may) as well end it\b",
        r"\b(?:planned|plan|planning|decided) how (?:i'?m|im|i am|to) (?:going to )?do it\b|\b(?:going to|gonna) do it "
        r"tonight\b|\btonight'?s the night\b",
        r"\bdo something stupid (?:tonight|to myself)\b|\bwhat i might do to myself\b|\bdon'?t trust myself\b",
        r"\bnot (?:going to|gonna) be (?:here|around)(?= *(?:$|[.!?,]| much| any| tomorrow| by| for| to see))",
        r"\b(?:won'?t|wont|will not) be (?:here|around)(?= *(?:$|[.!?,]| much longer| any ?more| for much longer|"
        r" to see))",
        r"\bways to (?:die|kill (?:myself|yourself)|end it)\b|\bhow to (?:kill myself|die painlessly|end it)\b",
        r"\b(?:got|have|hidden|hid|bought) a rope\b|\b(?:a|the) noose\b",
    )),
    Family("here_now", Reason.DANGER, (
        # "hes here", "he says hes outside", "he's 5 mins away", "she's round the corner"
        r"\b(?:he|she|they|someone|somebody|a man)(?:'s|s|'re|re| is| are)(?: (?:just|right|still|now|literally))? "
        r"(?:here|outside|downstairs|in the house|in my room|in my house|at the door|round the corner|nearby|close by|"
        r"across the (?:street|road)|at the end of (?:my|our|the) (?:road|street)|\d+ ?(?:mins?|minutes) away|"
        r"in the (?:garden|hall|hallway|car park|next room))\b(?= *(?:$|[.!?,]|now|right now|and|again|help|please|"
        r"pls|with me|"
        r"waiting|watching|in his car|in a car|for (?:an|a) hour|all day))",
        r"\blook(?:ing)? out (?:of )?(?:your|ur|the) window\b",
        r"\b(?:pic|photo|picture|video|snap) of (?:my|our) (?:front door|house|street|school gates?|home|door|"
        r"window)\b",
        r"\b(?:turned|turning|showed|shown|showing|rocked) up (?:at|outside|to) (?:my|our|the|her|his) "
        r"(?:school|door|house|home|work|flat|club)\b",
        r"\bhiding (?:in|under) (?:the|my|a|his) (?:toilets?|wardrobe|bathroom|cupboard|loo|shop|room|bedroom|bed)\b|"
        r"\bhiding from (?:him|them|a man|that man|the man|a guy|the guy)\b",
        r"\b(?:got|has|have|holding|pulled|with|carrying) a (?:knife|gun|weapon)\b",
        r"\btrying to break in\b|\b(?:break|breaking) in(?:to)? (?:my|our|the) (?:house|flat|home)\b|"
        r"\btrying (?:my|the|our) (?:front |back )?(?:door|door handle|handle|window)\b",
        r"\b(?:texted|messaged|text|rang|phoned) (?:me )?(?:saying )?(?:help|sos)\b",
        r"\bsend (?:someone|help|the police)(?= *(?:$|[.!?,]|now|here|please|pls|quick))|"
        r"\bi need help (?:right )?now\b(?! with)",
    )),
    Family("trapped", Reason.DANGER, (
        # can't get out, kept or held, won't let me leave, don't know where I am
        r"\b(?:can'?t|cannot) get out (?:of )?(?:the|this|his|her|their|a) (?:flat|room|house|car|van|building|"
        r"bathroom|"
        r"toilets?|hotel)\b",
        r"\b(?:being|been|is being|are being) (?:kept|held) (?:here|there|somewhere|at|in|prisoner)\b|"
        r"\b(?:making|forcing) (?:me|her|him|them) (?:to )?stay\b",
        r"\b(?:he|she|they|a man|men|someone|who|the (?:man|guy)|this (?:man|guy)|guys?)(?: just)? (?:won'?t|will not|"
        r"wont) "
        r"let (?:me|him|her|them) (?:leave|go home|get out|go(?= *(?:$|[.!?,]|and|but|please|help)))",
        r"\b(?:don'?t|dont|do not) know (?:where i am|how i got here)\b|\bsomewhere i (?:don'?t|dont) know\b|"
        r"\b(?:taking|driving) (?:me|her|him) somewhere\b|\bwon'?t (?:say|tell me) where\b|"
        r"\bin a (?:town|place|city|house|flat) i (?:don'?t|dont) know\b",
        r"\b(?:at|in) (?:a |an )?(?:man'?s|mans|stranger'?s|strangers|older (?:man|guy)'?s|adult'?s) (?:house|flat|"
        r"place|"
        r"room|car)\b",
        r"\b(?:is|are|'s|'re|am|'m) being (?:attacked|abused|raped|assaulted)\b|\bbeing (?:hurt|touched|"
        r"beaten) (?:right )?now\b",
        r"\b(?:is|are|'s|'re|am|'m) in (?:immediate |real |serious )?danger\b(?! of)|\bin danger (?:right )?now\b",
        r"\b(?:making|forcing) me (?:to )?do (?:stuff|things|something)\b",
        r"\b(?:trying to|tried to|keeps?) (?:grab|grabbing|pull|pulling|drag|dragging) (?:me|her|him)\b"
        r"(?! into (?:dms?|chats?|groups?|group chats?|calls?|servers?|convos?|vcs?))",
        r"\b(?:picked up|taken|collected|driven off) by (?:a|an|some|this|the) (?:man|guy|stranger|older|adult|men)\b",
        r"\b(?:on (?:the|a|my) (?:train|bus|way)|in (?:a|an|the) (?:taxi|uber|cab)|getting (?:on|in)(?: the| a)?"
        r"(?: train| bus| taxi| uber)?|travelling|left home|walking|cycling) to (?:meet|see|go and meet) (?:him|her|"
        r"them|"
        r"someone|a (?:man|guy|stranger)|this (?:guy|man)|some (?:guy|man)|an? (?:adult|older))\b",
        r"\bgone to be with (?:him|her|them|a man|this man|this guy)\b",
    )),
    Family("at_his_place", Reason.DANGER, (
        # at his house, in his car, with a man: with fear, or someone from online
        r"\b(?:i'?m|im|i am|she'?s|shes|he'?s|hes|is|am|stuck) (?:at|in|stuck at|stuck in) (?:his|their) "
        r"(?:house|place|flat|hotel|room|car|van)\b|\bi'?m at his\b",
        r"\b(?:in|into|got in|get in|getting in|got into) (?:his|their|a stranger'?s|a strangers|the man'?s|a man'?s|"
        r"a) "
        r"(?:car|van|taxi|uber)\b",
        r"\b(?:is|'s|are|'re|i'?m|am|im)(?: [^\s.!?]+){0,4} with (?:an? |the |this |some )?(?:older |adult |grown |"
        r"strange )?"
        r"(?:man|men|guy|guys|bloke|stranger|adults?)\b",
        r"\b(?:is|'s|are|'re|i'?m|am|im) (?:at|in) (?:a|the) (?:hotel|party|flat|house|park|station|car park|"
        r"bus station)"
        r"(?: [^\s.!?]+){0,3} with\b",
        r"\b(?:he|she|they|someone)(?:'s|s| is) (?:picking|collecting|coming to (?:collect|get|pick up)) (?:me|him|"
        r"her|them)\b",
    ), context=(r"(?:" + _FEAR_EN + r"|" + _ONLINE_EN + r")",)),
    Family("door_knocking", Reason.DANGER, (
        r"\b(?:knock\w*|ringing (?:the )?(?:door ?bell|bell)|banging|hammering)\b",
    ), context=(r"\b(?:online|from (?:snap|insta|tiktok|discord|roblox|the game|the app)|knows (?:my|her|his) name|"
                r"it'?s him|its him|don'?t know who|dont know who|home alone|on my own|by myself|saying my name|"
                r"won'?t go away|wont go away)\b",)),
    Family("spiked", Reason.DANGER, (
        r"\b(?:given|gave me|put something in|spiked)(?: me)? (?:a |my )?drinks?\b",
    ), context=(r"\bfeel(?:ing|s)? (?:really )?(?:weird|strange|dizzy|funny|sick|drunk|ill|wrong|odd)\b",)),
    Family("coming_here_alone", Reason.DANGER, (
        # "he'll be here at 8 and my parents are away", "hes coming" with address or location shared
        r"\b(?:he|she|they)(?:'ll| will|'s going to|s going to|'s gonna|s gonna) be (?:here|round|over)\b",
        r"\b(?:he|she|they)(?:'s|s| is|'re|re| are) coming\b(?= *(?:$|[.!?,]|now|here|for me|to get me|round|over|"
        r"tonight))",
        r"\bcoming to (?:my|our) (?:school|house|home) (?:tomorrow|tonight|today)\b" + _GAP(3) + r"(?:take|get|"
        r"collect)",
    ), context=(r"\b(?:home alone|on my own|by myself|(?:mum|mam|dad|parents?|mums|dads)(?:'s|s| is| are)? (?:out|"
        r"away|at work)|"
                r"while (?:my|i'?m)|when (?:i'?m|im|my)|my (?:location|address)|location is on|knows where|"
                r"scared|afraid|don'?t want him|take me)\b",)),
]

# ---------------------------------------------------------------------------------------------
# Welsh building blocks (comments give the English)
# ---------------------------------------------------------------------------------------------
# "myself, himself, herself, themselves": fy hun(an), 'yn hun, f'hun, ei hun(an) / 'i hun,
# eu hunain, dy hun (as reported speech), with or without a space after an apostrophe.
_HUN = r"(?:'?(?:fy|f'|yn|'n|ei|i|eu|ein|dy|w)? ?hun(?:an|ain)?)"
# die: marw, soft-mutated farw
_MARW = r"(?:marw|farw)"
# want/going to: isio (north), eisiau, moyn (south), am, mynd i, ar fin (about to), meddwl am
_WANT_CY = (r"(?:isio|isie|ishe|isho|eisiau|eisie|eisio|moyn|mo'n|am|angen|mynd i|meddwl am|"
            r"bwriadu|barod i|eisiau cael)")
# a person: o/fo, e/fe (he), hi (she), nhw (they), rhywun (someone), dyn / boi (a man)
_PERSON_CY = (r"(?:o|e|fo|fe|hi|nhw|rhywun|rywun|dyn|ddyn|boi|rhyw ddyn|rhyw foi|y dyn|y boi|dieithryn|person|car|fan|"
              r"'?na (?:ddyn|rywun|rhywun|foi|boi|gar|fan))")
# soon: heno (tonight), heddiw (today), rwan/nawr (now), after school, this afternoon, in an hour
_SOON_CY = (r"(?:heno|heddiw|rwan|nawr|ar ol (?:yr )?ysgol|pnawn (?:ma|'ma|yma)|prynhawn (?:ma|'ma|yma)|"
            r"mewn (?:awr|hanner awr|\d+ (?:munud|awr)|munud|\w+ awr)|am \d{1,2}(?:[:.]\d\d)?|cyn bo hir|"
            r"tonight|today|now)\b")
# signs of someone from online, a stranger, older, or secrecy
_ONLINE_CY_CUES = (
    r"ar-?lein|ar lein|ar y we|ar y rhyngrwyd|ar (?:snap|snapchat|insta|instagram|tiktok|discord|roblox|fortnite|"
    r"xbox|whatsapp|facebook|gem|app|ap)|o (?:snap|snapchat|insta|instagram|tiktok|discord|roblox)|o'?r (?:we|gem|"
    r"ap)\b|"
    r"heb (?:ei |eu )?(?:gwrdd|gyfarfod|weld)|erioed wedi (?:cwrdd|cyfarfod|ei weld|gweld)|"
    r"byth wedi (?:cwrdd|gweld)|go iawn|wyneb yn wyneb|dieithr\w*|yn (?:1[7-9]|[2-9]\d)(?: oed)?\b|"
    r"(?:1[89]|[2-9]\d) oed|hyn na fi|hyn na hi|paid (?:a |ag )?(?:deud|dweud)|peidio (?:a |ag )?(?:deud|dweud|son)|"
    r"ddim i (?:ddeud|ddweud)|g?yfrinach|wrth neb|(?:mae|ma) (?:o|e|fo|fe|hi|nhw)(?:'?n| yn)? (?:isio|eisiau|moyn|"
    r"wedi gofyn|gofyn|di gofyn|mynnu)|gwybod (?:lle|ble) dwi'?n byw|nghyfeiriad|cyfeiriad|grwmio")
_ONLINE_CY = rf"\b(?:{_ONLINE_CY_CUES})"
# "cwrdd ar-lein heno" (meet online tonight) is not a meeting in person
_NOT_ONLINE_CY = (r"(?!(?: (?:lan|fyny|efo|gyda|a|ag|fy|ein|ffrindiau|ffrind|mets|nhw|ni|gilydd|ein gilydd)){0,3} "
                  r"(?:ar-?lein|ar lein|ar (?:fortnite|xbox|discord|roblox|minecraft|alwad|galwad|facetime|zoom|teams|"
                  r"y gem)))")
# bygwth (threaten, with its mutations), ofn (fear) and the like
_THREAT_CY = rf"\b(?:{_ONLINE_CY_CUES}|bygwth|fygwth|mygwth|ofn|ofnus|be dwi fod|beth ddylwn)"

_WELSH: list = [
    # --- self-harm -----------------------------------------------------------------------------
    Family("cy_suicide_words", Reason.SELF_HARM, (
        # suicide, suicidal (hunanladdiad, hunanladdol); kill myself / himself / herself
        r"\bhunan[- ]?ladd\w*",
        r"\b(?:lladd|ladd|nladd)\s?" + _HUN + r"\b(?! (?:yn )?chwerthin)",
        # end my/his/her life: rhoi diwedd ar / diweddu / gorffen / cymryd fy mywyd, ei fywyd, ei bywyd
        r"\b(?:rhoi diwedd|roi diwedd|diweddu|ddiweddu|gorffen|orffen|cymryd|gymryd) (?:ar )?"
        r"(?:fy|ei|eu|y|'?i) (?:mywyd|fywyd|bywyd)\b",
        # bring my/his/her life to an end: dod a fy mywyd / a'i bywyd i ben
        r"\bd?dod a(?:'?i| fy| ei| eu)? ?(?:mywyd|fywyd|bywyd) i ben\b",
    )),
    Family("cy_wants_to_die", Reason.SELF_HARM, (
        # want to die (isio marw, eisiau marw, moyn marw, am farw, mynd i farw), any subject
        r"\b" + _WANT_CY + r"\s+(?:i\s+)?" + _MARW + r"\b(?! (?:o|efo|gyda|isio|eisiau) (?:chwerthin|gywilydd|cywilydd|"
        r"embaras|diflastod|ddiflastod|isio bwyd|eisiau bwyd|syched|newyn))",
        # rather be dead: gwell gen i farw, gwell i fi fod yn farw, wish I were dead
        r"\bg?well (?:gen i|gyda fi|i fi|i mi|fi|ganddo|ganddi|ganddyn|gynno fo|gynni hi|gyda fe|gyda hi|da fi)"
        r"(?: fod| bod)?(?: wedi)?(?: yn)? " + _MARW + r"\b",
        r"\bgwell (?:fy|yn|f'?) ?myd yn farw\b",
        r"\b(?:dymuno|bechod na|piti na|hoffwn i)\b" + _GAP(5) + _MARW + r"\b",
        # don't want to live / be here any more: dim/ddim isio byw, sa i moyn byw, smo fi moyn byw
        r"\b(?:dim|ddim|sdim|s'dim|sa i|so fi|smo fi|dwi'?m|dw i'?m|dydw i ddim|nad (?:yw|ydy|ydi|ydw|oedd|ydyn)"
        r"(?: e| o| hi| fo| fe| i| nhw)?|nag (?:yw|ydy|ydi|ydw|oedd)(?: e| o| hi| fo| fe| i)?)\s?(?:yn )?"
        r"(?:isio|eisiau|moyn|eisio|isie|ishe|isho) (?:byw|bodoli|bod yn fyw|bod (?:yma|'?ma) (?:dim mwy|ddim mwy|"
        r"rhagor|"
        r"mwyach|bellach|byth eto))\b",
        # disappear for ever: diflannu am byth
        r"\b(?:isio|eisiau|moyn|eisio) diflannu am byth\b",
    )),
    Family("cy_self_harm_acts", Reason.SELF_HARM, (
        # scratch / burn / hurt my arms, legs, skin (not "torri fy mraich", which is breaking an arm)
        r"\b(?:brifo|frifo|crafu|grafu|llosgi|losgi) (?:fy|ei|eu) (?:mraich|mreichiau|mreichia|nghoes|nghoesau|nghroen|"
        r"ngarddwrn|braich|breichiau|freichiau|choesau|goes|goesau|chroen|groen|garddwrn)\b",
        # until it bleeds (nes mae'n gwaedu); cutting again (dechrau torri eto); cut marks, fresh cuts
        r"\b(?:nes|tan) (?:mae'?n|maen nhw'?n|bod|eu bod yn|ei fod yn) (?:gwaedu|waedu)\b",
        r"\b(?:dechrau|wedi bod yn|dal i|isio|eisiau|moyn) (?:torri|dorri) (?:eto|fy hun|fy nghoesau|fy mreichiau)\b",
        r"\b(?:marciau|farciau) torri\b|\btoriadau (?:ffres|ar)\b",
        # blades (llafn, llafnau), a rope hidden
        r"\b(?:llafn|lafn|llafnau|lafnau)\b|\b(?:cuddio|gen i|sgen i|mae gen i) (?:r|rh)aff\b",
        # I deserve to die / be hurt (haeddu marw, haeddu cael fy mrifo)
        r"\bhaeddu (?:marw|farw|cael fy mrifo|cael fy lladd|bod yn farw)\b",
        # self-harm: hunan-niweidio, hunan-niwed, hunan-anafu
        r"\bhunan[- ]?(?:niwe\w*|anaf\w*)",
        # hurt / harm / injure / cut / burn / punish myself (brifo, niweidio, anafu, torri, llosgi, cosbi)
        r"\b(?:brifo|frifo|mrifo|niweidio|anafu|nanafu|torri|dorri|nhorri|llosgi|losgi|cosbi|gosbi|hitio|crafu|grafu|"
        r"nghrafu)\s?" + _HUN +
        r"\b(?! (?:allan|mas|o'?r|yn chwarae|wrth chwarae|ar y cae|yn y gampfa|yn ymarfer))",
    )),
    Family("cy_overdose", Reason.SELF_HARM, (
        # overdose: gorddos (soft-mutated orddos)
        r"\b(?:gorddos|orddos|nghorddos)\w*",
        # taken / swallowed a load of / all / too many tablets (tabledi, dabledi, pils, moddion)
        # going to take the tablets (all of them), stealing or saving tablets to take them
        r"\b(?:cymryd|gymryd|llyncu|lyncu) (?:y|fy|ei|'?r) (?:tabledi|dabledi|pils|"
        r"paracetamol)\b" + _GAP(1) + r"i gyd\b",
        r"\b(?:mynd i|am|meddwl am|isio) (?:gymryd|cymryd|lyncu|llyncu) (?:tabledi|pils|paracetamol)\b",
        r"\b(?:dwyn|casglu|cuddio|cadw) (?:tabledi|paracetamol|pils)\b|\bfaint o (?:dabledi|bils|"
        r"baracetamol)\b" + _GAP(3)
        + r"(?:lladd|ladd|marw|farw)",
        r"\b(?:cymryd|gymryd|cymerais|cymeres|cymres|gymres|gymeres|gymerais|cymerodd|gymerodd|wedi cymryd|"
        r"di cymryd|di gymryd|llyncu|lyncu|llyncais|llyncodd|lyncodd|took|taken|swallowed) (?:i |hi |o |e |fo |fe )?"
        r"(?:llwyth o|lwyth o|lot o|lot fawr o|llond llaw o|lond llaw o|yr holl|holl|fy holl|ei holl|"
        r"paced cyfan o|paced o|pacedi o|bocs cyfan o|bocs o|potel gyfan o|potel o|pecyn cyfan o|pecyn o|"
        r"gormod o|ormod o|bob un o|pob un o|llawer o|lawer o|loads of|a load of|all|\d{2,}|deg|ugain|"
        r"pymtheg|dwsin)" + _GAP(3) +
        r"(?:tabledi|dabledi|thabledi|nhabledi|tablets|tabs|pils|bils|pills|pilsen|bilsen|paracetamol|parasetamol|"
        r"baracetamol|barasetamol|"
        r"ibuprofen|moddion|foddion|meddyginiaeth|feddyginiaeth|cyffuriau|gyffuriau|poenladdwyr|boenladdwyr)\b",
        # the tablets are in front of me / in my hand (o mlaen i, yn fy llaw)
        r"\b(?:tabledi|dabledi|pils|bils|paracetamol|moddion|foddion)\b" + _GAP(3) + r"(?:o mlaen i|o fy mlaen|"
        r"yn fy llaw|wrth fy ymyl|yn barod)\b",
    )),
    Family("cy_jumping", Reason.SELF_HARM, (
        # jump off the bridge / roof / building / cliff, in front of a train (neidio oddi ar y bont ...)
        r"\b(?:neidio|camu|gamu|cerdded) (?:oddi ar|off|o ben|o'?r|o flaen|dan) (?:y |'?r |yr )?(?:bont|pont|to|"
        r"adeilad|clogwyn|tren|car|"
        r"lori|bws|maes parcio|balconi)\b",
        # thinking of / going to / want to jump (not into the pool or on the trampoline)
        r"\b(?:meddwl|meddwl am|mynd i|isio|eisiau|moyn|ar fin) neidio\b(?! (?:i'?r pwll|i mewn i'?r pwll|"
        r"ar y trampolin|"
        r"i'?r mor|mewn i'?r pwll|yn y pwll|rhaff))",
    )),
    Family("cy_ending_it", Reason.SELF_HARM, (
        # end it / everything: rhoi diwedd arni / ar bopeth, gorffen popeth, dod a'r cyfan i ben
        r"\b(?:rhoi|roi|neud|gwneud|wneud) diwedd (?:arni|ar (?:bopeth|y cyfan|y cwbl|y cwbwl|fy hun|'?r cyfan))\b",
        r"\b(?:gorffen|orffen) (?:popeth|y cyfan|y cwbl|pob dim)\b|\bd?dod a'?r (?:cyfan|cwbl|cwbwl) i ben\b",
        # stop / go for ever (stopio am byth, mynd am byth)
        r"\b(?:stopio|mynd|diflannu|gorffen) am byth\b",
        # I'm going to do it tonight; how to do it tonight; something stupid to myself
        r"\b(?:mynd i'?w|mynd i) (?:wneud|neud) (?:o|e|fe|fo|hyn) heno\b|\bsut i (?:neud|wneud) (?:e|o|fe|fo|"
        r"hyn) heno\b",
        r"\brhywbeth (?:stiwpid|dwl|gwirion|twp) (?:i (?:fi'?n hun|fy hun|'?n hun\w*)|heno)\b|\b(?:neud|"
        r"wneud) rhywbeth i'?n hun\w*",
        # I won't be here (fydda i ddim yma), tonight's the last night (noson ola)
        r"\b(?:fydda i ddim|na fydda i|fydda i'?m|fydd i ddim|fyddai ddim|fydda i byth) (?:yma|'?ma|o gwmpas)\b|"
        r"\bddim (?:yma|'?ma) (?:fory|erbyn)\b",
        # ways to die, how to die, how many tablets kill
        r"\b(?:ffyrdd|ffordd(?: \w+)?) (?:i|o) (?:farw|marw|ladd fy hun)\b|\bsut (?:i|dwi'?n gallu|mae) (?:farw|"
        r"marw)\b",
        # dying feels like the only way out / better than this; no way out but death
        r"\b(?:marw|farw)'?n (?:teimlo|swnio|well|haws)\b|\bheblaw marw\b|\bunig ffordd allan\b",
        # giving my things away (rhoi fy mhethau i ffwrdd); not planning to come back
        r"\brhoi (?:fy|ei|eu) (?:mhethau|bethau|phethau|pethau)(?: i gyd)? i ffwrdd\b",
        r"\b(?:ddim yn|sa i'?n|dwi'?m yn|dwi ddim yn) bwriadu dod (?:nol|yn ol|adre)\b",
        # if I weren't alive (taswn i ddim yn fyw); I hate being alive
        r"\b(?:taswn|petawn|pe bawn|baswn|swn) (?:i )?(?:ddim yn fyw|wedi marw|yn farw)\b|\bcasau (?:bod yn fyw|byw)\b",
        # no reason to live (dim rheswm i fyw)
        r"\b(?:dim|sgen i'?m|sgen i ddim|does gen i ddim|heb) (?:un )?(?:rheswm|reswm) i fyw\b",
        # can't live with the shame
        r"\bbyw (?:gyda|efo|hefo)'?r (?:cywilydd|gywilydd)\b",
    )),
    Family("cy_despair", Reason.SELF_HARM, (
        # no point any more / in living: does dim pwynt bellach, sdim pwynt byw
        r"\b(?:dim|sdim|s'dim) (?:pwynt|diben|pwrpas) (?:bellach|mwyach|rhagor|dim mwy|i ddim byd|i fyw|mewn byw|"
        r"cario mlaen|"
        r"cario ymlaen|mynd ymlaen|"
        r"byw|mewn dim byd|i unrhyw beth|yn fy mywyd|i fi bellach|i mi bellach)\b",
        # what's the point (of living, any more): be 'di'r pwynt, beth yw'r pwynt
        r"\b(?:be|beth)(?: ?'?di| yw| ydi|'?s)? ?'?r pwynt (?:byw|bellach|mwyach|rhagor|mewn byw|o fyw|i fyw)\b",
        # don't see the point any more: sa i'n gweld y pwynt rhagor, dwi ddim yn gweld pwynt bellach
        r"\bgweld (?:y |unrhyw )?pwynt (?:rhagor|mwyach|bellach|dim mwy|ddim mwy|mewn byw|i fyw|o fyw|byw|"
        r"mewn dim byd)\b",
        # nothing to live for: dim byd i fyw amdano
        r"\bdim byd (?:ar ol )?i (?:fyw|byw) (?:amdano|iddo)\b",
        # can't face anyone / the world (methu / ffaelu / ffili wynebu neb)
        r"\b(?:methu|fethu|ffaelu|ffili|ffilu|methu a|ddim yn gallu|fedra i ddim|fedrai ddim|alla i ddim|galla i ddim|"
        r"sai'?n gallu|sa i'?n gallu|dwi'?m yn gallu) (?:wynebu|edrych ar) (?:neb|unrhyw un|pawb|"
        r"y byd|bywyd|mynd ymlaen|fy nheulu|nheulu|y teulu|mam a dad)\b",
        # can't go on / carry on / cope (any more / like this)
        r"\b(?:methu|fethu|ffaelu|ffili|ffilu|ddim yn gallu|fedra i ddim|fedrai ddim|alla i ddim|galla i ddim|"
        r"sai'?n gallu|sa i'?n gallu|dwi'?m yn gallu) (?:cario mlaen|cario ymlaen|mynd ymlaen|mynd mlaen|"
        r"dal ati|ymdopi|byw fel hyn|diodde|dioddef|neud hyn|gwneud hyn|cymryd hyn)"
        r"(?: (?:rhagor|mwyach|bellach|dim mwy|ddim mwy|fel hyn|efo hyn|gyda hyn|efo dim byd)|(?= *(?:$|[.!?,])))",
        # everyone better off without me: pawb yn well (eu byd) hebdda i / hebddo fi / heb fi
        r"\b(?:well|gwell)\b" + _GAP(4) + r"heb(?:dda i|ddo i|ddo fi|ddof|ddaf|ddi\b|ddo\b|ddyn\b| fi\b| mi\b)",
        # tired of living / fed up of living
        r"\b(?:blino|wedi blino|llond bol) (?:ar )?(?:fyw|byw|fywyd|bywyd)\b",
        # sleep and never wake up; goodbye for ever
        r"\b(?:byth|peidio) (?:a |ag )?(?:deffro|ddeffro)\b",
        r"\b(?:hwyl fawr|ffarwel) am byth\b|\bdyma (?:fy |'?r )?ffarwel\b",
    )),
    Family("cy_goodbye_message", Reason.SELF_HARM, (
        # a message saying goodbye (neges yn deud hwyl fawr / ffarwel), then silence or fear
        r"\b(?:neges|negas|tecst|snap|nodyn|post)\b" + _GAP(3) + r"(?:yn |'n )?(?:deud|dweud|ddeud|ddweud|gweud|weud)"
        r" (?:hwyl fawr|ffarwel|ta ta)\b",
    ), context=(r"\b(?:ddim yn|dim yn|ddim) (?:ateb|atab)\b|\b(?:poeni|ofn|ofnus|caru fi|caru chi|caru ti|"
        r"sori am bopeth)\b",)),
    Family("cy_last_words", Reason.SELF_HARM, (
        # sorry for everything, goodbye to everyone, the last night / message (with silence or fear)
        r"\bsori am bopeth\b|\bhwyl fawr (?:wrth|i) bawb\b|\b(?:noson|neges) ola(?:f)?\b",
    ), context=(r"\b(?:ddim yn|dim yn|ddim) (?:ateb|atab)\b|\b(?:poeni|ofn|ofnus|nodyn|iddo fe|iddi hi|i fi|heno|"
        r"rhoi ei "
                r"bethau|pethau i gyd)\b",)),
    # --- danger now ----------------------------------------------------------------------------
    Family("cy_at_the_door", Reason.DANGER, (
        # he/someone is outside the house / at the door: mae o tu allan i'r ty, mae rhywun wrth y drws
        r"\b(?:mae'?r? ?|ma'?r? ?)?" + _PERSON_CY + r"(?:'?n| yn)? ?(?:dal |sefyll |aros |disgwyl |eistedd |cuddio |"
        r"parcio )?(?:tu allan|tu fas|tu fa's|y tu allan|tu faes|wrth|o flaen) (?:i'?r|i|i fy|i'n|y|ddrws)? ?"
        r"(?:ty|drws|ysgol|ffenest|ffenestr|fflat|giat|gat|gatiau|stafell|llofft|nhy|nhy i)\b",
        # outside my house now
        r"\b(?:tu allan|tu fas) (?:i'?r|i fy|i) (?:ty|nhy|drws|ffenest|ysgol) (?:rwan|nawr)\b",
        # knocking/banging on the door, trying to get in
        r"\b(?:curo|gnocio|cnocio|cnoco|dyrnu|bangio)(?:'?n galed)?(?: ar)? ?(?:y|'r|fy|ein|ei) ?(?:drws|ffenest|"
        r"ffenestr)\b",
        r"\b(?:trio|drio|ceisio) (?:dod|torri) (?:i )?mewn\b|\b(?:trio|drio|ceisio) (?:agor|torri) (?:y|'?r|ein|fy) ?"
        r"(?:drws|ffenest)|\bhandlen y drws\b|\bmalu'?r ffenest\b",
        r"\b(?:bydd|fydd) (?:o|e|fo|fe)'?n (?:dod|torri) (?:i )?mewn\b",
    )),
    Family("cy_waiting_outside", Reason.DANGER, (
        # waiting / standing outside the school gates (yn aros tu allan i gatiau'r ysgol), with a stranger
        r"\b(?:aros|disgwyl|sefyll|eistedd|parcio|loetran)(?: amdana i| amdani| amdano)? (?:tu allan|tu fas|y tu allan|"
        r"wrth|o flaen)\b" + _GAP(2) + r"(?:ty|drws|ysgol|gatiau|giatiau|giat|gat|parc)\b",
        r"\b(?:aros|disgwyl|sefyll) (?:tu allan|tu fas|y tu allan) i (?:gatiau|giatiau|giat|gat)\w*",
    ), context=(_THREAT_CY + r"|\b(?:dyn|ddyn|dieithryn|boi|rhywun)\b",)),
    Family("cy_on_his_way", Reason.DANGER, (
        # on his/her/their way here: ar ei ffordd yma / draw / i'r ty / ata i (not "y ffordd i'r ysgol")
        r"\bar (?:ei|eu|'?i) ffordd (?:yma|draw|i'?r ty|i'?n ty|i fy nhy|i nhy|ata i|ataf|i nghael|i fy nghael|"
        r"i fy ngweld)\b",
        # coming to get me: dod i nghael i
        r"\b(?:dod|dwad) i (?:fy )?nghael i\b",
    )),
    Family("cy_coming_now", Reason.DANGER, (
        # coming over / here now, tonight: dod draw rwan, dwad yma heno, troi fyny
        r"\b(?:dod|dwad|ddod|ddwad|troi (?:i )?fyny|troi lan) (?:draw |yma |rownd |i'?r ty |i nhy |i fy nhy |"
        r"i'?r ysgol )?(?:rwan|nawr|heno|heddiw|mewn awr|cyn bo hir|i nghael i|i fy nghael)\b",
    ), context=(_THREAT_CY,)),
    Family("cy_address_known", Reason.DANGER, (
        # knows where I live / has my address and is coming
        r"\b(?:gwybod|wybod|ffeindio|darganfod|cael|gael|gan|gen|gynno|gynni|gynnyn|gyda fe|gyda hi|"
        r"gyda nhw)\b" + _GAP(2) + r"(?:cyfeiriad|nghyfeiriad|"
        r"lle dwi'?n byw|ble dwi'?n byw|lle rwy'?n byw|ble rwy'?n byw|lle dw i'?n byw|lleoliad)\b" + _GAP(10) +
        r"(?:dod|dwad|ddod|ar (?:ei|eu) ffordd|tu allan|tu fas|troi (?:i )?fyny|aros|disgwyl|ffeindio fi|"
        r"dod o hyd)\b",
    )),
    Family("cy_gone_to_meet", Reason.DANGER, (
        # has gone / went to meet a man / someone (wedi mynd i gwrdd a dyn, aeth hi i gyfarfod rhywun)
        r"\b(?:wedi mynd|di mynd|aeth|aeth hi|aeth o|aeth e|aeth fo|wedi sleifio allan|wedi dianc|wedi rhedeg i ffwrdd)"
        r"(?: allan| mas)? i (?:gwrdd|gyfarfod|gwrdd lan|cwrdd|chwrdd|chyfarfod|weld|gweld) (?:a |ag |efo |gyda |"
        r"hefo )?"
        r"(?:dyn|rhywun|boi|person|dieithryn|rhyw ddyn|rhyw foi|oedolyn)\b",
        r"\b(?:wedi mynd|di mynd|aeth|aeth hi|aeth o|aeth e|aeth fo|wedi sleifio allan)(?: allan| mas)? i "
        r"(?:gwrdd|gyfarfod|cwrdd|gwarfod) "
        r"(?:a |ag |efo |gyda |hefo )?(?:fo|fe|o|e|hi|nhw)\b",
        r"\b(?:wedi mynd|di mynd|aeth|aeth hi|aeth o|aeth e|aeth fo) i'?w (?:gwrdd|gyfarfod|chwrdd|chyfarfod|weld|"
        r"gweld)\b",
    )),
    Family("cy_following", Reason.DANGER, (
        # driving / walking after me (gyrru ar fy ol), passed me twice (pasio fi ddwywaith)
        r"\b(?:gyrru|cerdded|rhedeg|dod|dilyn)(?:'?n araf)? ar (?:fy|ei) ol\b",
        r"\b(?:pasio fi|heibio'?r ty|heibio i'?r ty) (?:ddwywaith|deirgwaith|eto|\d+ gwaith)\b",
        # following my son / her home (dilyn fy mab adre, ei dilyn hi o'r orsaf)
        r"\b(?:dilyn|ddilyn) (?:fy mab|fy merch|hi|o|e|fo|fe) (?:adre|adra|adref|i'?r|o'?r)\b|\bei (?:dilyn|"
        r"ddilyn) (?:hi|o|e)"
        r"(?: (?:adre|adra|rwan|nawr|o'?r|i'?r))\b",
        # following me: yn fy nilyn i (not on Instagram)
        r"\b(?:yn|'n|n) (?:fy )?nilyn(?!(?: i| fi)? ar (?:insta|instagram|snap|snapchat|tiktok|x|twitter|-?lein|"
        r"lein|y we|facebook|fb))\b",
        # informal: dilyn fi adre / o'r ysgol / rownd
        r"\bdilyn (?:fi|i|fi'?n) (?:adre|adra|adref|i'?r|o'?r ysgol|rownd|lawr|yn y car|ar y stryd|rwan|nawr)\b",
    ), unless=r"\b(?:chwaer|mrawd|brawd|ci|gath|cath|cefnder|cyfnither|babi)\b" + _GAP(3) + r"(?:yn |"
        r"'n )?(?:fy )?(?:nilyn|dilyn)"),
    Family("cy_meeting_him_soon", Reason.DANGER, (
        # meeting him / her / a man tonight: cwrdd ag o heno, cyfarfod efo fo heddiw, gwrdd a dyn
        r"\b(?:cwrdd|gwrdd|nghwrdd|cyfarfod|gyfarfod|ngyfarfod|cwarfod|gwarfod)(?: lan| fyny)? (?:a |ag |efo |gyda |"
        r"hefo )?"
        r"(?:fo|fe|o|e|hi|nhw|dyn|boi|y boi|y dyn|rhywun|dieithryn|person)\b" + _GAP(3) + _SOON_CY,
        # going to meet / see him: mynd i'w gwrdd / gyfarfod / weld o heno
        r"\bi'?w (?:gwrdd|gyfarfod|chwrdd|chyfarfod|nghwrdd)\b" + _GAP(3) + _SOON_CY,
    )),
    Family("cy_meeting_soon_online", Reason.DANGER, (
        # a plan to meet today or tonight with someone from online (cwrdd, gweld, mynd i'w dy)
        r"\b(?:cwrdd|gwrdd|nghwrdd|cyfarfod|gyfarfod|ngyfarfod|cwarfod|gwarfod|gweld|weld|ngweld|i'?w weld|i'?w gweld|"
        r"mynd (?:draw )?i'?w (?:dy|ty|le|fflat)|codi fi|nol fi|pigo fi fyny|casglu fi|meet|meeting)\b"
        + _NOT_ONLINE + _NOT_ONLINE_CY + _GAP(8) + _SOON_CY,
        r"\b(?:heno|heddiw)\b" + _GAP(4) + r"(?:cwrdd|gwrdd|cyfarfod|gyfarfod)\b",
    ), context=(r"(?:" + _ONLINE_CY + r"|" + _ONLINE_EN + r")",)),
    Family("cy_missing_child", Reason.DANGER, (
        # my son / daughter / child / pupil is missing (ar goll, wedi diflannu, wedi rhedeg i ffwrdd)
        r"\b(?:mab|merch|ferch|plentyn|mhlentyn|blentyn|hogyn|hogan|crwt|croten|disgybl|nisgybl|chwaer|mrawd|"
        r"brawd|ffrind)\b" + _GAP(4) + r"(?:ar goll|wedi diflannu|di diflannu|wedi rhedeg i ffwrdd|"
        r"di rhedeg i ffwrdd)\b",
        r"\b(?:mab|merch|ferch|plentyn|mhlentyn|disgybl) (?:\d{1,2} oed )?(?:i )?(?:ar goll|wedi diflannu)\b",
    )),
    Family("cy_missing_after_meeting", Reason.DANGER, (
        # not come home / missing / not answering, after going to meet someone
        r"\b(?:ar goll|wedi diflannu|di diflannu|wedi rhedeg i ffwrdd|di rhedeg i ffwrdd|wedi dianc)\b",
        r"\b(?:heb|ddim wedi|dim wedi|di ddim) (?:ddod|ddwad|dod|dwad|gyrraedd|cyrraedd) ?(?:adre|adra|adref|nol|"
        r"yn ol|'n ol)\b",
        r"\b(?:ddim yn|dim yn|ddim) ateb\b|\bffon (?:hi |o |e )?(?:i )?(?:ffwrdd|wedi diffodd|di diffodd)\b",
        r"\b(?:ddim yn gwybod|dim syniad|neb yn gwybod) (?:lle|ble) (?:mae|ma) (?:hi|o|e|fo|fe|nhw)\b",
    ), context=(r"\b(?:cwrdd|gwrdd|cyfarfod|gyfarfod|i'?w weld|i'?w gweld|ar-?lein|ar lein|ar y we|dyn|boi|"
                 r"meet|met|online|snap\w*|insta\w*|tiktok|discord|roblox)\b",)),
    Family("cy_live_abuse", Reason.DANGER, (
        # on a video call / live stream / camera (galwad fideo, yn fyw, ffrydio, camera)
        r"\b(?:galwad fideo|alwad fideo|ngalwad|galwad|alwad|fideo byw|yn fyw|ffrwd fyw|ffrydio|live|livestream|"
        r"facetime|video ?call|vc|ar gamera|ar y camera|camera|gamera|webcam|we-?gamera|ar cam)\b",
    ), context=(
        # ... now / at the moment, or he is making me (gwneud i mi, gorfodi) ...
        r"\b(?:rwan|nawr|ar hyn o bryd|ar y funud|ar y foment|yn syth|rn|now|atm|(?:yn|'n) "
        r"(?:gwneud i|neud i|gorfodi|ngorfodi|pwyso ar|mynnu))",
        # ... undress, naked, touch, show his/her body, sexual things
        r"\b(?:dadwisgo|ddadwisgo|tynnu|dynnu|noeth|noethlymun|heb ddillad|cyffwrdd|gyffwrdd|nghyffwrdd|"
        r"dangos (?:ei|fy|dy)? ?(?:chorff|gorff|nghorff|corff)|rhannau preifat|rhywiol|petha|pethau|pethe|"
        r"undress\w*|strip\w*|naked|nude|clothes off|top off|sexual)",
    ), unless=_RECORDED),
    Family("cy_being_hurt", Reason.DANGER, (
        # he / someone is hitting / hurting / touching me: mae o'n fy nharo i, mae e'n brifo fi
        r"\b(?:mae|ma)\s?(?:o|e|fo|fe|hi|nhw|rhywun|dyn|nhad|llystad|yncl|ewythr)(?:'?n| yn) (?:fy |y )?"
        r"(?:nharo|mrifo|nghuro|nghicio|nghyffwrdd|mwrw|ngwthio|nhagu|nhreisio)\b",
        r"\b(?:o|e|fo|fe|hi|nhw)(?:'?n| yn) (?:brifo|taro|curo|cicio|cyffwrdd|bwrw) (?:fi|i|mi)\b"
        r"(?! (?:ar|mewn|yn|efo|gyda|bob)\b)",
        # I'm / she's not safe, in danger (dwi ddim yn saff, mae hi mewn perygl), afraid for my life
        r"\b(?:dwi|dw i|rwy|rydw i|wi|fi|dydw i|dwi'?m|dw i'?m|sa i|so fi|dyw fi|ni|dan ni|dyn ni|rydyn ni)"
        r"(?:'?n| yn)? ?(?:ddim|dim) ?(?:yn )?(?:saff|ddiogel)\b",
        r"\b(?:dwi|dw i|rwy|rydw i|wi|fi|mae hi|mae o|mae e|mae fo|mae fe|maen nhw|ma hi|ma fe|ma fo|ma o|"
        r"mae'?r plentyn|mae fy (?:mab|merch)|mae'?r disgybl)(?:'?n| yn)? mewn perygl\b(?! o )",
        r"\bofn am fy mywyd\b|\bofni am fy mywyd\b",
        # locked in: wedi fy nghloi (i mewn)
        r"\bwedi (?:fy )?nghloi\b|\bdi nghloi\b",
        r"\b(?:o|e|fo|fe|nhw)(?:'?n| yn)? (?:ddim yn|ddim) gadael i (?:fi|mi) (?:fynd|adael)\b",
    )),
]

_FEAR_CY = (r"\b(?:ofn|ofnus|help|helpa|plis|methu (?:gadael|mynd|dod)|ddim yn gallu (?:gadael|mynd)|dwi'?m yn gallu|"
            r"isio mynd adre|eisiau mynd adre|moyn mynd adre|sownd|ddim yn gadael|ar ben fy hun|dieithr\w*|dyn|boi|"
            r"ar-?lein|o'?r we|o snap|o insta|o'?r gem|o'?r ap|rhyfedd)")
_WELSH += [
    Family("cy_here_now", Reason.DANGER, (
        # he's here / outside / downstairs now: mae o yma, ma fe tu fas, mae o yn y ty
        r"\b(?:mae|ma|mai)\s?(?:o|e|fo|fe|hi|nhw|rhywun|'?na rywun|'?na ddyn)(?:'?n| yn)? (?:yma|'?ma|tu allan|tu fas|"
        r"lawr grisiau|lawr staer|yn y ty|yn y cyntedd|yn yr ardd|wrth y drws|ar y grisiau|yn fy stafell|"
        r"rownd y gornel|"
        r"ar draws y ffordd|lawr y lon|yn y maes parcio)\b(?= *(?:$|[.!?,]|rwan|nawr|a |ac |plis|help|'?n aros|yn aros|"
        r"efo|gyda|eto|yn (?:gweiddi|syllu|aros|cerdded)))",
        # he says he's outside / 2 minutes away (deud ei fod o tu allan, bod e 2 funud i ffwrdd)
        r"\b(?:ei fod o|ei fod e|bod e|bod o|fod o|fod e|ei bod hi|bod hi)(?:'?n)? (?:tu allan|tu fas|yma|'?ma|"
        r"\d+ (?:munud|funud) i ffwrdd|rownd y gornel|lawr y lon|yn y maes parcio|ar y ffordd)\b",
        r"\b(?:bydd|fydd) (?:o|e|fo|fe|hi|nhw) (?:yma|'?ma|tu allan|tu fas) (?:mewn|am|heno)\b",
        # he sent "I'm outside" (yrru / hala "dwi tu allan")
        r"\b(?:yrru|gyrru|hala|anfon|decstio|gweud|deud|dweud)\b" + _GAP(2) + r"['\"]?(?:dwi|fi|wi)(?:'?n)? "
        r"(?:tu allan|tu fas)\b",
        # turned up / arrived outside (wedi troi fyny, newydd gyrraedd tu allan)
        r"\b(?:wedi|di|newydd) (?:droi|troi) (?:i )?fyny\b|\b(?:wedi |newydd )?g?yrraedd (?:tu allan|tu fas)\b|"
        r"\bwedi dod at y drws\b|\b(?:wedi|di) dod (?:i )?mewn\b",
        # a photo of my house / school gate (llun o fy nhy, llun o giat fy ysgol)
        r"\blluni?(?:au)? o (?:fy|ein|'?n|giat fy) ?(?:nhy|ty|ysgol|nrws|drws)\b",
        # driving / coming towards me (gyrru tuag ata i)
        r"\b(?:gyrru|dod|cerdded|rhedeg) tuag at(?:a i| ein| fy|'?n)\b",
        # watching me through the window now (fy ngwylio i rwan)
        r"\bngwylio (?:i |fi )?(?:rwan|nawr|drwy'?r ffenest)\b|\bsyllu ar (?:y|fy|'?n) (?:ty|nhy|ffenest)\b",
    )),
    Family("cy_trapped", Reason.DANGER, (
        # hiding (cuddio yn y toiledau / wardrob / rhagddo)
        r"\bcuddio (?:yn y|yn|dan|o dan|rhag) (?:toiled\w*|wardrob|cwpwrdd|stafell|bathrwm|gwely|siop|swyddfa|fo|fe|o|"
        r"e|nhw)\b",
        # locked myself in (wedi cloi fy hun)
        r"\b(?:wedi|di) cloi (?:fy hun|'?n hun)\b",
        # don't know where I am (dwi'm yn gwybod lle ydw i)
        r"\b(?:ddim yn|dwi'?m yn|dim yn|sa i'?n) (?:gwybod|gwbod|gwbo) (?:lle|ble) (?:ydw i|ydan ni|ydyn ni|dwi|rydw i|"
        r"yden ni|ry'?n ni|ni|ydw)\b",
        # won't let me go (ddim yn gadael i fi fynd), I'm not allowed home (na ga i fynd adre), I'm stuck / trapped
        r"\bddim yn gadael (?:i fi|i mi|iddi|iddo|iddyn nhw) (?:fynd|adael)\b|\b(?:na|ddim) (?:ga|cha) i (?:fynd|"
        r"adael)\b",
        r"\b(?:yn|'n) gaeth\b|\bsownd (?:yn ei|yn nhy|yno|yna|efo dyn|gyda dyn)\b",
        # in a stranger's house / the man's house / a hotel with a man
        r"\b(?:ty|nhy|fflat|gwesty|car|nghar) (?:dieithr|dyn dieithr|'?r dyn|dyn)\b|\bgwesty (?:gyda|efo) (?:dyn|"
        r"boi)\b",
        # escaped from his car (dianc o'i gar)
        r"\bdianc o'?i (?:gar|dy|ty|fflat)\b",
        # trying to pull me / forcing me to do things (trio fy nhynnu, fy ngorfodi i neud)
        r"\b(?:trio|drio|ceisio) fy (?:nhynnu|nal|nghipio|llusgo)\b|\bngorfodi (?:i )?(?:i )?(?:neud|wneud|gwneud)\b",
        # on the train / bus to meet him; left home to go to him
        r"\bar y (?:tren|bws|ffordd) i'?w (?:weld|gweld|gwrdd|gyfarfod|chwrdd)\b|\b(?:wedi gadael|di gadael|gadael) "
        r"(?:y ty|adre|yr ysgol) i (?:fynd ato|fynd ati|gwrdd|gyfarfod)\b",
    )),
    Family("cy_at_his_place", Reason.DANGER, (
        # in his car / flat / house (yn ei gar o, yn ei fflat o), with fear or a stranger
        r"\b(?:yn|i mewn i) (?:ei|'?i) (?:gar|fflat|dy|ty|fan)\b|\byng nghar\b|\bmewn car (?:efo|gyda|hefo)\b",
        r"\b(?:dwi|fi|mae hi|mae o|ma hi|ma fe)(?:'?n)? (?:yn y|yn) (?:ty|tŷ|fflat|car|parc|orsaf|parti|"
        r"gwesty)\b" + _GAP(4)
        + r"(?:efo|gyda|hefo|i gwrdd)\b",
        # he's coming to fetch me (dod i nol fi, fy nol i, i'w nol o'r ysgol)
        r"\b(?:i'?w|fy|i'?n) (?:nol|chasglu|gasglu|nghasglu)\b|\bdod i (?:nol|gasglu|chasglu)\b",
        # waiting for me / a pupil (aros amdana i, aros am ddisgybl), refusing to go (gwrthod mynd)
        r"\b(?:aros|disgwyl) (?:amdana i|amdani|amdano|am ddisgybl|am fy (?:mab|merch))\b|\bgwrthod mynd\b",
    ), context=(_FEAR_CY + r"|" + _ONLINE_CY + r"|heb i (?:mam|dad|fi|ni) wybod|ffrind arbennig|oedolyn",)),
    Family("cy_meeting_trip", Reason.DANGER, (
        # going on the train to meet a friend from the web (mynd ar y tren i gwrdd a ffrind o'r we)
        r"\b(?:ar y|mynd ar y|ar) (?:tren|bws) i (?:gwrdd|gyfarfod|weld)\b|\b(?:yn y parc|yn yr orsaf|yn y dre) i "
        r"(?:gwrdd|gyfarfod)\b",
        r"\b(?:mynd|wedi mynd) i (?:westy|gwesty) (?:gyda|efo|hefo) (?:dyn|boi|rhywun)\b",
    ), context=(r"(?:" + _ONLINE_CY + r"|" + _ONLINE_EN + r"|\bdyn\b|\bboi\b)",)),
    Family("cy_door_knocking", Reason.DANGER, (
        r"\b(?:curo|gnocio|cnocio|cnoco|canu'?r gloch)\b",
    ), context=(r"\b(?:ar-?lein|o'?r we|gwybod fy enw|gweiddi fy enw|ei enw hi|fy enw|ar ben fy hun|ddim yn gwybod pwy|"
                r"gwrthod mynd|mai fo|taw fe)\b",)),
]

FAMILIES: Tuple[Family, ...] = tuple(_ENGLISH + _WELSH)


def matching_families(text: str) -> Tuple[str, ...]:
    """The names of the families that fire on the text (for tests and explanations)."""
    norm = normalise(text)
    return tuple(family.name for family in FAMILIES if family.fires(norm))


def explicit_reasons(text: str) -> FrozenSet[Reason]:
    """The reasons for urgency stated in the text: danger now, self-harm, both or none."""
    norm = normalise(text)
    found = set()
    for family in FAMILIES:
        if family.reason not in found and family.fires(norm):
            found.add(family.reason)
            if len(found) == len(Reason):
                break
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
