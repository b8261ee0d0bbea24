"""Which concern an urgent message speaks of, from its words (English and Welsh, deterministic).

The second question of a mixed message. When the model's label is an emergency-only one
(`self_harm`, `immediate_danger`) the person gets 999 first, but a message that is *also*
sextortion, grooming or a shared image needs that concern's own steps too (don't pay, keep
evidence, Report Remove...). DIET is over-confident on such messages ("he says if i dont pay by
midnight everyone sees it. i cant face anyone... pills": `self_harm` 0.998), so summing its
confidences cannot find the concern; the words can.

Each concern has named cue families, kept narrow on purpose: a cue must say what only that concern
says, because a wrong concern on a message that is only self-harm or only danger would add
irrelevant steps ("don't pay") to a child's emergency reply.
- sextortion: blackmail named, or a demand (pay, money, send more) together with a threat to
  expose ("unless", "if i don't", "everyone sees it", "he'll post..."), or a threat to share an
  image;
- image_shared: an image already out ("my nudes are going round", "they've already sent it to my
  cousin", "everyone's seen my pics", "ma pawb di gweld fy lluniau");
- grooming: grooming named, an adult or much older person ("the guy from discord who's 26"),
  secrecy asked for ("he said don't tell anyone"), gifts from him ("he bought her a phone").

`spoken_concern()` chooses among the concerns whose cues fire by the model's own ranking (the
concern whose labels carry the most confidence), so the model still tells an image already out
from a threat to share one when both are named. It is used by `assess()` only for messages that
are already emergencies; it never makes a message urgent or a concern by itself.

Patterns run on normalised text (nlu/textnorm.py: lower case, accents folded, apostrophes
unified). Gaps between words are bounded, as in the safety layer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import FrozenSet, Iterable, Optional, Sequence, Tuple

from .intents import topic_for
from .textnorm import any_of, normalise
from .vocabulary import Topic


def _GAP(most: int) -> str:
    """Between two words: a space, then up to `most` other words of the same clause."""
    return rf" (?:[^\s.!?,;]+ ){{0,{most}}}"


@dataclass(frozen=True)
class Cue:
    """Patterns for one kind of evidence of one concern. With `with_` given, a pattern of `with_`
    must match somewhere in the message as well (a demand *and* a threat)."""
    name: str
    topic: Topic
    patterns: Tuple[str, ...]
    with_: Tuple[str, ...] = ()
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    with_regex: Optional[re.Pattern[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", any_of(self.patterns))
        object.__setattr__(self, "with_regex", any_of(self.with_) if self.with_ else None)

    def fires(self, norm: str) -> bool:
        return bool(self.regex.search(norm)) and (self.with_regex is None or bool(self.with_regex.search(norm)))


# ------------------------------------------------------------------------------------ English
_IMAGE_EN = (r"(?:pics?|pix|piccies|pictures?|photos?|pho?tos?|images?|nudes?|noodz|nudez|naked (?:pics?|photos?|"
             r"videos?)|vids?|videos?|selfies?|screenshots?|recordings?|clips?|sexts?)")
_OTHER_EN = (r"(?:he|she|they|someone|somebody|some ?one|(?:a|this|the|that|some|my|her|his) (?:guy|man|person|"
             r"girl|boy|lad|account|ex|friend|mate|bf|gf|boyfriend|girlfriend|brother|sister))")
# a demand: money or more images
_DEMAND_EN = (r"£ ?\d|\b(?:pay|paid|paying|money|cash|\d+ ?(?:quid|pounds|pound)|gift ?cards?|vouchers?|bitcoin|"
              r"crypto|paypal|bank (?:details|transfer)|(?:send|sending|do) (?:him |her |them )?(?:more|another)\b)")
# a threat to expose: everyone will see, or posting / sending it out (a bare "unless" is not enough:
# "he took my money and said he'd hurt me unless..." is danger, not sextortion)
_EXPOSE_EN = (r"\b(?:everyone (?:will |is going to |gonna )?(?:sees?|gets? to see|finds? out|knows?)|"
              r"(?:post|share|send|leak|show|expose|upload|put|spread)(?:s|ing)? (?:it|them|the (?:pics?|photos?|"
              r"videos?|vids?|nudes?|images?)|my|her|his|everything) (?:to|on|online|everywhere|round|around|up)\b|"
              r"or (?:else )?(?:he|she|they|it|them)(?:'ll| will| is going to| are going to|'s gonna|'re gonna| gonna)?"
              r" (?:post|share|send|leak|show|expose|upload|go (?:out|to everyone|online|round))\b)")
# the other person is someone from online, a man or a stranger, or the young person says their age:
# what makes secrecy, gifts or an adult's age grooming (a friend who says "don't tell anyone" about
# her own cutting is not grooming)
_CONTACT_EN = (r"\b(?:online|on-line|on (?:snap|snapchat|insta|instagram|tiktok|discord|roblox|fortnite|minecraft|xbox|"
               r"psn|whatsapp|kik|wizz|yubo|omegle|telegram|facebook|fb|a game|an app|the internet|a dating)|"
               r"from (?:snap\w*|insta\w*|tiktok|discord|roblox|fortnite|minecraft|xbox|the internet|online|a game|"
               r"an app|the app|the game)|met (?:him|her|them) (?:on|through|in a)|(?:a|an|the|this|some|older) "
               r"(?:man|guy|bloke|stranger|adult|grown man)|i'?m (?:1[0-7]|[1-9])\b|im (?:1[0-7]|[1-9])\b)")
_CUES_EN: Tuple[Cue, ...] = (
    Cue("blackmail_named", Topic.SEXTORTION, (
        r"\b(?:blackmail\w*|black mail\w*|sextort\w*|extort\w*)",
    )),
    # "he says if i dont pay by midnight everyone sees it", "£50 or they'll post the video"
    Cue("demand_and_exposure", Topic.SEXTORTION, (_DEMAND_EN,), with_=(_EXPOSE_EN,)),
    Cue("threat_to_share_image", Topic.SEXTORTION, (
        # "he'll post the pics", "threatening to send my video to my family"
        rf"\b(?:{_OTHER_EN}(?:'ll| will| is going to|'s going to| are going to| gonna|'s gonna| says (?:he|she|they)"
        r"(?:'ll| will| is going to| are going to))|threat\w* to|going to|gonna)" + _GAP(2) +
        r"(?:post|share|send|leak|show|spread|upload|put up|expose)\b" + _GAP(3) + _IMAGE_EN + r"\b",
    )),
    Cue("image_out", Topic.IMAGE_SHARED, (
        # "my nudes are going round school", "the pic has been posted", "a video of her got shared"
        r"\b" + _IMAGE_EN + r"\b" + _GAP(5) + r"(?:is |are |was |were |has |have |had |got |'s |'re )?"
        r"(?:going (?:a)?round|gone (?:a)?round|being (?:shared|passed|sent|posted|spread)|been (?:shared|posted|"
        r"leaked|sent (?:round|around|to)|spread|passed (?:a)?round|forwarded|airdropped|put (?:up|online))|"
        r"got (?:shared|leaked|posted|out|sent round)|(?:all )?over (?:snap|insta|tiktok|school|the school|twitter|"
        r"reddit|the internet|the group)|leaked|out there)\b",
        # "someone shared my nudes", "he posted the video on tiktok"
        r"\b" + _OTHER_EN + r"(?:'?ve|'s| has| have| had)? (?:already |just |now )?(?:sent|shared|posted|leaked|"
        r"forwarded|airdropped|uploaded|spread|put) (?:my|her|his|the|those|these|a|an) (?:\w+ )?" + _IMAGE_EN +
        r"\b(?! (?:to|of) me\b)(?! of (?:my|our) (?:front door|house|street|school|door|window|home))",
        # "everyone's seen my nudes", "the whole school has seen the video"
        r"\b(?:everyone|everybody|the whole (?:school|year|class|group)|people (?:at|in) (?:school|my year|my class)|"
        r"all my (?:friends|mates|followers|class))(?:'s| has| have|s)? (?:already )?(?:seen|got|watched) "
        r"(?:(?:my|the|her|his|those|these) )?" + _IMAGE_EN + r"\b",
    )),
    Cue("image_out_it", Topic.IMAGE_SHARED, (
        # "they've already sent it to my cousin", "he posted them on insta": it/them, sent on to others
        r"\b" + _OTHER_EN + r"(?:'?ve|'s| has| have| had)? (?:already |just |now )?(?:sent|shared|posted|leaked|"
        r"forwarded|airdropped|uploaded|spread) (?:it|them) (?:to|on|round|around|everywhere|online)\b"
        r"(?! (?:me|my phone|my (?:dms?|inbox|chat))\b)",
    )),
    Cue("grooming_named", Topic.GROOMING, (
        r"\bgroom(?:ed|ing|er|ers|s)\b",
    )),
    Cue("adult_contact", Topic.GROOMING, (
        # "the guy from discord who's 26", "he's 19", "an older man", "a 30 year old man"
        r"\b(?:who'?s|whos|who is|he'?s|hes|he is|says he'?s|said he was|claims to be|turned out to be|"
        r"turns out he'?s)(?: like| about| around| actually| really)? (?:1[89]|[2-9]\d)\b"
        r"(?! ?(?:mins?|minutes?|seconds?|secs?|hours?|hrs?|%|quid|pounds|£|p\b|miles|times|messages|pics|percent))",
        r"\b(?:a|an|this|the) (?:1[89]|[2-9]\d) ?(?:yo|y/o|year old|yr old|years old|-year-old) (?:man|guy|bloke|"
        r"woman|adult|lad|stranger)\b",
        r"\b(?:man|guy|bloke|woman|stranger|adult) (?:who'?s |who is |in (?:his|her) )?(?:20s|30s|40s|50s|"
        r"twenties|thirties|forties|fifties)\b",
        r"\bolder (?:man|guy|boy|lad|bloke|men|woman|person|boyfriend|bf)\b",
        r"\b(?:a|an|some) (?:adult|grown (?:man|up|adult))\b",
    ), with_=(_CONTACT_EN,)),
    Cue("secrecy_asked", Topic.GROOMING, (
        # "he said don't tell anyone", "told her to keep it secret", "our little secret"
        r"\b(?:he|she|they|(?:a|the|this) (?:man|guy|bloke|person|stranger)(?: online| from \w+)?)"
        r"(?: (?:said|says|told (?:me|her|him|them)|asked (?:me|her|him|them)|"
        r"keeps saying|made (?:me|her|him) promise|wants (?:me|her|him)))(?: to)? (?:not to |to not |never |"
        r"don'?t |dont |do not )(?:tell|say (?:anything )?to)\b",
        r"\b(?:keep|keeps|keeping|kept) (?:it|this|us|him|everything|our \w+)(?: a)? secret\b",
        r"\bour (?:little |special )?secret\b|\bkeep (?:it|this) between us\b",
        r"\b(?:talk|chat|speak|message|text|meet|see each other)\b" + _GAP(3) + r"without (?:my|her|his|their|your) "
        r"(?:mum|mam|mom|dad|parents|family) (?:knowing|finding out)\b",
    ), with_=(_CONTACT_EN,)),
    Cue("gifts_from_him", Topic.GROOMING, (
        # "he bought her a phone", "he's been sending him money", "sends me robux" (not "i sent him money")
        r"(?<!\bi )(?<!\bive )(?<!\bi've )\b(?:bought|buys|buying|sent|sends|sending|gave|gives|giving|got|gets)"
        r" (?:me|her|him|them)(?: (?:a|an|loads of|some|lots of|new|a new))* ?(?:phones?|presents?|gifts?|"
        r"vouchers?|gift ?cards?|money|cash|clothes|trainers|makeup|skins|robux|v-?bucks|game credit)\b",
        r"\bbeen (?:sending|giving|buying) (?:me|her|him|them) (?:\w+ )?(?:money|presents|gifts|things|stuff|robux|"
        r"v-?bucks)\b",
    ), with_=(_CONTACT_EN,)),
)

# -------------------------------------------------------------------------------------- Welsh
_IMAGE_CY = (r"(?:llun|lluniau|llunia|luniau|lunia|lun|nudes?|noethlun\w*|fideo|fideos|fidio|ffoto\w*|hunlun\w*|"
             r"sgrinlun\w*|screenshot\w*|pics?)")
# him / her / them / someone, subject of a verb
_OTHER_CY = r"(?:o|e|fo|fe|hi|nhw|rhywun|'?r boi|'?r dyn|y boi|y dyn)"
# a demand: pay, money, send more (talu, pres, arian, gyrru mwy)
_DEMAND_CY = (r"£ ?\d|\b(?:talu|dalu|nhalu|thalu|tala|pres|bres|arian|\d+ ?(?:punt|bunt|quid|pounds)|talebau?|"
              r"dalebau?|gift ?cards?|vouchers?|(?:gyrru|yrru|anfon|hala|rhoi) mwy|mwy o (?:luniau|lunia|"
              r"fideos|nudes))\b")
# a threat to expose: everyone will see (bydd pawb yn gweld), he'll send / post it (gyrru fo, postio fe),
# it goes to everyone (mynd at bawb)
_EXPOSE_CY = (r"\b(?:(?:bydd|fydd|neith|wneith|geith|gaiff) pawb (?:yn )?(?:gweld|weld|cael|gael|gwybod)|"
              r"(?:postio|bostio|rhannu|rannu|gyrru|yrru|anfon|hala|dangos|ddangos|leakio|lledaenu)(?:'r| y| fy| dy)?"
              r" ?(?:o|e|fo|fe|nhw|hi|" + _IMAGE_CY + r")\b|mynd (?:at|i) (?:bawb|pawb|'?r ysgol gyfan|yr ysgol gyfan)"
              r"\b)")
# the other person is from online, a man or a stranger, or the young person says their age
_CONTACT_CY = (r"\b(?:ar-?lein|ar lein|o'?r we|ar y we|ar (?:snap|snapchat|insta|instagram|tiktok|discord|roblox|"
               r"fortnite|minecraft|xbox|whatsapp|wizz|yubo|gem|ap)|o (?:snap\w*|insta\w*|tiktok|discord|roblox|"
               r"fortnite|minecraft|xbox|gem|'?r gem|'?r ap|ap)|dyn|ddyn|boi|dieithryn|ddieithryn|oedolyn|"
               r"dwi'?n (?:1[0-7]|[1-9])\b|rwy'?n (?:1[0-7]|[1-9])\b|fi'?n (?:1[0-7]|[1-9])\b|online|discord|roblox)")
_CUES_CY: Tuple[Cue, ...] = (
    Cue("cy_blackmail_named", Topic.SEXTORTION, (
        # blackmail, mutated: blacmel, flacmel, mlacmel
        r"\b(?:blacmel\w*|flacmel\w*|mlacmel\w*|cribddeil\w*|gribddeil\w*)",
    )),
    Cue("cy_demand_and_exposure", Topic.SEXTORTION, (_DEMAND_CY,), with_=(_EXPOSE_CY,)),
    Cue("cy_threat_to_share_image", Topic.SEXTORTION, (
        # threatens / will post the video: bygwth rhannu'r lluniau, bydd e'n postio'r fideo, am yrru'r llun
        r"\b(?:bygwth|fygwth|mygwth|am|mynd i|neith|wneith|bydd|fydd|geith|gaiff)\b" + _GAP(2) +
        r"(?:postio|bostio|rhannu|rannu|gyrru|yrru|anfon|hala|dangos|ddangos|leakio|lledaenu)(?:'r| y| fy| dy|"
        r" ei| eu)?" + _GAP(2) + _IMAGE_CY + r"\b",
    )),
    Cue("cy_image_out", Topic.IMAGE_SHARED, (
        # everyone has seen my nudes (pawb di gweld fy nudes), not "will see" (bydd pawb yn gweld: a threat)
        r"\b(?:pawb|pob un|yr ysgol gyfan|y flwyddyn gyfan|y dosbarth i gyd)(?: wedi| di|'di) (?:gweld|weld|cael|"
        r"gael) (?:fy |ei |eu |y |'r )?" + _IMAGE_CY + r"\b",
        # the pictures have gone out / round, were shared (wedi mynd allan, ei rannu)
        r"\b" + _IMAGE_CY + r"\b" + _GAP(4) + r"(?:wedi |di |'di )?(?:mynd allan|fynd allan|mynd mas|fynd mas|"
        r"mynd rownd|fynd rownd|mynd o gwmpas|fynd o gwmpas|ar led|dros (?:yr ysgol|snap|insta|tiktok|y we)|"
        r"(?:ei|eu|'i|'u) (?:rannu|rhannu|bostio|postio|yrru|gyrru|hala|anfon|fforwardio|lledaenu))\b",
        # (past with gwneud) nath o rannu'r llun; not a photo of our front door (danger: llun o'n drws ffrynt)
        r"\b(?:nath|naeth|wnaeth|naethon|wnaethon) " + _OTHER_CY + r" (?:rannu|bostio|yrru|hala|anfon|fforwardio|"
        r"leakio)(?:'r)?" + _GAP(2) + _IMAGE_CY + r"\b(?! o(?:'n| fy| ein|'r)? ?(?:drws|nrws|ty|nhy|stryd|ysgol|"
        r"giat|gat|car|nghar|ffenest))",
    )),
    Cue("cy_image_out_it", Topic.IMAGE_SHARED, (
        # they have sent it to my cousin already: maen nhw wedi hala fe at fy nghefnder
        r"\b" + _OTHER_CY + r"(?:'n)? (?:wedi|di|newydd) (?:rhannu|rannu|postio|bostio|gyrru|yrru|hala|anfon|"
        r"fforwardio|leakio|lledaenu)(?:'r)? (?:fe|fo|o|e|nhw|" + _IMAGE_CY + r"|fy \w+|y \w+) (?:at|i|ar|rownd|"
        r"o gwmpas|ym mhobman|i bawb|dros)\b(?! (?:fi|mi|fy ffon|fy ffôn)\b)",
    )),
    Cue("cy_grooming_named", Topic.GROOMING, (
        r"\b(?:grwmio|groomio|meithrin perthynas amhriodol|feithrin perthynas amhriodol)\b",
    )),
    Cue("cy_adult_contact", Topic.GROOMING, (
        # the boy from discord who's 26: y boi sy'n 26, mae o'n 30, dyn 40 oed, dyn llawer hŷn
        r"\b(?:sy'?n|sydd yn|ydi o'?n|mae o'?n|mae e'?n|ma fe'?n|ma fo'?n|ma o'?n|bod o'?n|bod e'?n|ei fod o'?n|"
        r"ei fod e'?n) (?:1[89]|[2-9]\d)\b(?! ?(?:munud|funud|eiliad|awr|%|punt|bunt|gwaith|milltir))",
        r"\b(?:dyn|ddyn|boi|dynes|oedolyn|rhywun)" + _GAP(2) + r"(?:1[89]|[2-9]\d) (?:oed|mlwydd)\b",
        r"\b(?:dyn|ddyn|boi|dynes|cariad|ffrind) (?:llawer |lot |dipyn )?(?:hyn|henach)(?: (?:na hi|na fo|na fe|"
        r"na fi|o lawer))?(?= *(?:$|[.!?,]| o | sy| ar| yn| wedi| efo| gyda| ac?\b))",
        r"\b(?:oedolyn|oedolion)\b",
    ), with_=(_CONTACT_CY,)),
    Cue("cy_secrecy_asked", Topic.GROOMING, (
        # told me not to tell anyone: i beidio deud wrth neb, paid a deud wrth dy fam, cyfrinach
        r"\b(?:beidio|peidio|paid)(?: a| â| ag)? (?:deud|dweud|gweud|son) (?:wrth|dim wrth)\b",
        r"\b(?:g|ch)?(?:yf|f)rinach\w*\b",
        r"\bheb i (?:mam|dad|fy rhieni|ei rhieni|ei rieni|'?i mam|'?i fam|'?i thad|'?i dad|neb) (?:wybod|wbod|"
        r"gwybod|ffeindio)\b",
    ), with_=(_CONTACT_CY,)),
    Cue("cy_gifts_from_him", Topic.GROOMING, (
        # gifts: anrhegion, bought her a phone (prynu ffon iddi), sending him money (anfon arian ato)
        r"\banrheg(?:ion)?\b",
        r"\b(?:prynu|brynu|rhoi|roi|gyrru|yrru|anfon|hala) (?:ffon|arian|pres|talebau|dillad|robux|v-?bucks)"
        r"(?: newydd)? (?:iddi|iddo|i fi|i mi|ata i|ato|ati)\b",
    ), with_=(_CONTACT_CY,)),
)

CUES: Tuple[Cue, ...] = _CUES_EN + _CUES_CY
# when the model's ranking cannot choose (no concern label among its ranking), the most specific first
_ORDER = (Topic.SEXTORTION, Topic.GROOMING, Topic.IMAGE_SHARED)


def matching_cues(text: str) -> Tuple[str, ...]:
    """The names of the cues that fire on the text (for tests and explanations)."""
    norm = normalise(text)
    return tuple(cue.name for cue in CUES if cue.fires(norm))


def concern_cues(text: str) -> FrozenSet[Topic]:
    """The concerns (sextortion, grooming, image_shared) the words of the text speak of."""
    norm = normalise(text)
    return frozenset(cue.topic for cue in CUES if cue.fires(norm))


def spoken_concern(text: str, ranking: Iterable[Tuple[str, float]]) -> Optional[Topic]:
    """The concern an urgent message speaks of, or None: among the concerns whose cues fire, the one
    whose model labels (alone or mixed) carry the most confidence."""
    cued = concern_cues(text)
    if not cued:
        return None
    mass = {topic: 0.0 for topic in cued}
    for name, confidence in ranking:
        topic = topic_for(name)
        if topic in mass:
            mass[topic] += confidence
    return max(_by_order(cued), key=lambda topic: mass[topic])


def _by_order(topics: Iterable[Topic]) -> Sequence[Topic]:
    return sorted(topics, key=_ORDER.index)
