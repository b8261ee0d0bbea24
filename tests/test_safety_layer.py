"""The deterministic safety layer: danger now and self-harm, in English and Welsh.

Every family of patterns has messages it must catch and ordinary messages with the same words that
it must leave alone. Jokes that still trip it are listed in ACCEPTED_FALSE_ALARMS, asserted to
fire, each with the reason we accept it: they are known, not hidden.
(Examples written for these tests; none is copied from the validation or challenge sets.)
"""
import pytest

from nlu.safety import FAMILIES, explicit_reasons, matching_families, mentions_a_concern
from nlu.textnorm import MAX_CHECKED, normalise
from nlu.vocabulary import Reason

# family name -> messages it must catch
CAUGHT = {
    # ---- English, self-harm
    "suicide_words": [
        "i feel suicidal since he sent that",
        "my daughter has been having suicidal thoughts",
        "ive been thinking about ending my life tbh",
        "he said he'd take his own life if the pics got out",
        "kms if this gets posted",
        "i just want to end it all",
        "i'm going to unalive myself",
    ],
    "kill_oneself": [
        "if he posts them im going to kill myself",
        "she says she wants to kill herself",
        "a pupil told me he's thinking of killing himself",
        "they keep talking about killing themselves",
    ],
    "wants_to_die": [
        "i want to die",
        "i just wanna die",
        "he says he wants to die",
        "my son said he doesn't want to live anymore",
        "i dont want to be alive anymore",
        "honestly wish i was dead",
        "i'd rather be dead than have everyone see it",
    ],
    "self_harm_acts": [
        "i've been cutting myself again",
        "she's been self harming",
        "one of our year 8s is hurting herself",
        "i want to hurt myself",
        "i cut myself last night",
        "i burned myself on purpose",
        "she's been cutting again, i saw her arms",
        "i want to slit my wrists",
    ],
    "overdose": [
        "i've taken loads of tablets and he's still saying he'll post the pics",
        "took a whole packet of my mum's pills",
        "i swallowed 20 paracetamol",
        "she's taken too many painkillers",
        "i think i've overdosed",
        "he took an od last night",
        "i've taken all of my antidepressants",
        "took like 15 ibuprofen an hour ago",
        "my dad's pills are in front of me",
    ],
    "jumping": [
        "im going to jump off the bridge",
        "i'm standing on the roof and i want to jump",
        "thinking of stepping in front of a train",
    ],
    "despair": [
        "there's no point anymore",
        "no point in living if everyone sees it",
        "whats the point of anything anymore",
        "i can't face anyone after this",
        "cant face my family ever again",
        "i can't go on like this",
        "i cant take it anymore",
        "everyone would be better off without me",
        "i've got nothing to live for",
        "i'm so tired of living",
        "i just want it all to end",
        "i want to go to sleep and never wake up",
        "this is goodbye",
        "honestly i don't see the point anymore",
    ],
    "goodbye_message": [
        "my mate posted a story saying goodbye and now he's not answering",
        "she sent me a text that said goodbye, i'm so worried",
    ],
    "ending_it": [
        "i'm going to end it tonight",
        "if the video goes out im ending it",
        "my brother keeps talking about ending it",
        "i've planned how i'm going to do it",
        "i won't be around much longer",
        "she's been searching ways to die",
        "i've hidden a rope under my bed",
    ],
    # ---- English, danger now
    "here_now": [
        "help hes outside",
        "he says he's 2 mins away",
        "he just sent a photo of my front door",
        "the guy from the app turned up at my school",
        "i'm hiding in the bathroom from him",
        "he's got a knife",
        "my daughter just texted me help",
    ],
    "trapped": [
        "i can't get out of the flat",
        "my friend is being kept somewhere",
        "there are men here who won't let me leave",
        "i don't know where i am",
        "she's at a stranger's house",
        "im on the train to meet him",
        "my son has been picked up by a man in a van",
        "a man is trying to grab me",
    ],
    "at_his_place": [
        "im at his flat and im scared",
        "she's in his car and wants to get out",
        "my son is at the park with a guy from discord",
    ],
    "door_knocking": [
        "someone is knocking and saying my name and i'm home alone",
        "a man keeps ringing the doorbell, he knows her name",
    ],
    "spiked": [
        "he gave me a drink and i feel really dizzy",
    ],
    "coming_here_alone": [
        "he'll be here at 9 and my parents are away",
        "my location is on and he's coming",
    ],
    "at_the_door": [
        "he's outside my house right now",
        "someone is at the door",
        "a man is waiting outside the school gates for her",
        "theres a man outside my window",
        "they're banging on my door",
        "someone's trying to get into my house",
        "he's downstairs right now",
        "someone keeps banging on our front door and i'm home alone",
    ],
    "waiting_outside": [
        "the guy from fortnite is waiting outside my school",
        "a man she met on insta is parked outside our house",
    ],
    "taken_somewhere": [
        "i got in his car, a guy from snap, and now i don't know where we're going",
        "im in a taxi he booked, he's someone i met online and i have no idea where they're taking me",
    ],
    "on_his_way": [
        "he's on his way here",
        "he is on his way to my house",
        "they said they're coming to get me",
    ],
    "coming_now": [
        "he knows where i live and says he's coming to my house",
        "he threatened to turn up at my school",
    ],
    "coming_round_tonight": [
        "im scared hes coming round tonight",
    ],
    "address_known": [
        "he's got my address and says he's coming",
        "they found out where i live and said they'll turn up",
    ],
    "following": [
        "someone is following me home",
        "a man has been following me around the shop",
        "i think i'm being followed",
        "a car is following me",
    ],
    "meeting_him_soon": [
        "im meeting him in an hour",
        "meeting a guy tonight",
        "i'm going to meet him after school",
    ],
    "meeting_soon_online": [
        "we're meeting up tonight, he's someone i met on snap",
        "meeting an online friend after school today at the bus station",
        "going to see him at 7, we've never met in real life",
        "he wants to meet today and said don't tell my mum",
        "my son is going to his house after school, a man he knows from roblox",
    ],
    "gone_to_meet": [
        "my daughter has gone to meet a man she met online",
        "he snuck out to meet someone from discord",
        "she's gone out to meet a guy",
    ],
    "missing_child": [
        "my 11yo is missing",
        "my son has gone missing",
        "one of our pupils is missing",
    ],
    "missing_after_meeting": [
        "she hasn't come home and i think she went to meet someone she met online",
        "my son isn't answering his phone, he was meant to meet someone from snapchat",
    ],
    "live_abuse": [
        "hes on a video call with me right now telling me to undress",
        "my daughter is on facetime with a man now and he's asking her to take her top off",
        "he's making me do stuff on cam",
        "someone on the live stream is telling her to strip right now",
    ],
    "being_hurt": [
        "he's hurting me",
        "my stepdad is hitting me",
        "i'm not safe at home",
        "she's in danger",
        "he's locked me in the room",
        "he won't let me leave",
    ],
    # ---- Welsh, self-harm
    "cy_suicide_words": [
        "dwi di bod yn cael meddyliau hunanladdol",       # I've been having suicidal thoughts
        "dwi am ladd fy hun os ma nhw'n postio fe",       # I'll kill myself if they post it
        "mae hi'n dweud ei bod hi isio lladd ei hun",     # she says she wants to kill herself
        "mae o'n son am ladd ei hunan",                   # he talks about killing himself
        "mae disgybl wedi deud ei fod o am ladd i hun",   # a pupil said he'll kill himself
        "dwi isio rhoi diwedd ar fy mywyd",               # I want to end my life
        "mae o'n deud ei fod o am ddod a'i fywyd i ben",  # he says he'll bring his life to an end
        "dw i'n meddwl am ladd fy hunan",                 # I'm thinking of killing myself
    ],
    "cy_wants_to_die": [
        "dwi isio marw",                                  # I want to die
        "dw i eisiau marw",
        "fi moyn marw",
        "mae e'n dweud ei fod e moyn marw",               # he says he wants to die
        "sa i moyn byw rhagor",                           # I don't want to live any more
        "dwi ddim isio byw",
        "smo fi moyn byw",
        "gwell gen i farw",                               # I'd rather die
        "mae'n well ganddi fod yn farw",                  # she'd rather be dead
        "dydw i ddim isio bod yma ddim mwy",              # I don't want to be here any more
        "dywedodd nad yw hi eisiau byw",                  # she said she doesn't want to live
        "sa i moyn bod yn fyw",                           # I don't want to be alive
    ],
    "cy_self_harm_acts": [
        "dwi di bod yn brifo fy hun",                     # I've been hurting myself
        "mae hi'n niweidio'i hun",                        # she harms herself
        "dwi isio torri fy hun eto",                      # I want to cut myself again
        "mae fy merch yn hunan-niweidio",                 # my daughter self-harms
        "ma fe di bod yn anafu ei hunan",                 # he's been injuring himself
    ],
    "cy_overdose": [
        "dwi wedi cymryd llwyth o dabledi",               # I've taken a load of tablets
        "nes i gymryd yr holl dabledi oedd yn y tŷ",      # I took all the tablets in the house
        "mae hi wedi llyncu llond llaw o bils",           # she has swallowed a handful of pills
        "cymerais i ormod o baracetamol",                 # I took too much paracetamol (mutated)
        "dwi di cymryd gorddos",                          # I've taken an overdose
        "ma'r tabledi i gyd o mlaen i",                   # the tablets are all in front of me
    ],
    "cy_jumping": [
        "fi ar y to a fi'n meddwl neidio",                # I'm on the roof thinking of jumping
        "dwi isio neidio oddi ar y bont",                 # I want to jump off the bridge
    ],
    "cy_despair": [
        "does dim pwynt bellach",                         # there's no point any more
        "sdim pwynt byw",                                 # no point living
        "be di'r pwynt byw",                              # what's the point of living
        "dwi'n methu wynebu neb",                         # I can't face anyone
        "fi ffili wynebu neb ar ol hyn",                  # I can't face anyone after this (south)
        "dwi'n methu ymdopi",                             # I can't cope
        "dwi'n methu cario mlaen fel hyn",                # I can't go on like this
        "bydd pawb yn well eu byd hebdda i",              # everyone will be better off without me
        "dwi wedi blino ar fyw",                          # I'm tired of living
        "dim byd i fyw amdano",                           # nothing to live for
        "dwi ddim yn gweld y pwynt bellach",              # I don't see the point any more
        "fedra i ddim wynebu neb yn yr ysgol",            # I can't face anyone at school
    ],
    "cy_goodbye_message": [
        "nath o yrru neges yn deud hwyl fawr a dydi o ddim yn ateb",  # sent a goodbye message, not answering
        "postiodd hi snap yn dweud ffarwel, dwi'n poeni",            # posted a snap saying farewell, worried
    ],
    "cy_ending_it": [
        "dwi am roi diwedd arni",                         # I'm going to end it
        "mae o'n mynd i ddod â'r cyfan i ben",            # he's going to bring it all to an end
        "dwi isio i bopeth stopio am byth",               # I want everything to stop for ever
        "fydda i ddim yma fory",                          # I won't be here tomorrow
        "mae hi wedi rhoi ei phethau i gyd i ffwrdd",     # she's given all her things away
        "dwi di bod yn chwilio am ffyrdd i farw",         # I've been looking for ways to die
    ],
    "cy_last_words": [
        "nath o yrru 'sori am bopeth' a dydi o ddim yn ateb",  # sent "sorry for everything", not answering
    ],
    # ---- Welsh, danger now
    "cy_here_now": [
        "plis help mae o yma",                            # please help he's here
        "ma fe tu fas nawr",                              # he's outside now
        "mae o'n deud ei fod o 5 munud i ffwrdd",         # he says he's 5 minutes away
        "mae o newydd yrru llun o fy nhŷ",                # he just sent a photo of my house
        "mae'r boi o snap wedi troi fyny",                # the guy from snap has turned up
    ],
    "cy_trapped": [
        "dwi'n cuddio yn y toiledau",                     # I'm hiding in the toilets
        "dwi'm yn gwybod lle ydw i",                      # I don't know where I am
        "mae hi mewn tŷ dieithr",                         # she's in a stranger's house
        "dydi o ddim yn gadael i fi fynd",                # he won't let me go
        "dwi ar y trên i'w gwrdd o",                      # I'm on the train to meet him
    ],
    "cy_at_his_place": [
        "dwi yn ei gar o a dwi ofn",                      # I'm in his car and I'm scared
        "mae dyn o'r gêm yn dod i nôl fy mab heno",       # a man from the game is coming to fetch my son
    ],
    "cy_meeting_trip": [
        "mae hi wedi mynd ar y bws i gwrdd â rhywun o'r we",  # she's gone on the bus to meet someone from the web
    ],
    "cy_door_knocking": [
        "ma rhywun yn curo a dwi ar ben fy hun",          # someone is knocking and I'm on my own
    ],
    "cy_at_the_door": [
        "mae o tu allan i'r tŷ",                          # he's outside the house
        "mae e tu fas i'r ty",
        "mae rhywun wrth y drws",                         # someone is at the door
        "ma dyn yn sefyll tu allan i'r ysgol",            # a man is standing outside the school
        "mae o'n curo ar y drws",                         # he's knocking on the door
        "mae rhywun yn trio dod mewn",                    # someone is trying to get in
        "ma 'na ddyn tu allan i'r ty",                    # there's a man outside the house
        "mae rhywun yn cnocio'r drws o hyd",              # someone keeps knocking the door
    ],
    "cy_waiting_outside": [
        "mae'r dyn o'r gem yn aros tu allan i'r ysgol",   # the man from the game is waiting outside school
        "mae rhywun o snap yn disgwyl amdana i wrth giat y parc",  # someone from snap waiting at the park gate
    ],
    "cy_on_his_way": [
        "mae o ar ei ffordd yma",                         # he's on his way here
        "mae nhw'n dod i nghael i",                       # they're coming to get me
    ],
    "cy_coming_now": [
        "mae o'n gwybod lle dwi'n byw a mae o'n dod draw heno, dwi ofn",  # knows where I live, coming tonight
    ],
    "cy_address_known": [
        "mae gynno fo nghyfeiriad i a mae o'n dod",        # he has my address and he's coming
    ],
    "cy_following": [
        "mae rhywun yn fy nilyn i",                       # someone is following me
        "mae dyn yn dilyn fi adre",                       # a man is following me home
    ],
    "cy_meeting_him_soon": [
        "dwi'n cwrdd ag o heno",                          # I'm meeting him tonight
        "dw i'n cyfarfod efo fo ar ol ysgol",             # I'm meeting him after school
        "fi'n mynd i'w gwrdd e heno",                     # I'm going to meet him tonight
    ],
    "cy_meeting_soon_online": [
        "dwi'n mynd i'w weld o heno, dwi di siarad efo fo ar snap",  # seeing him tonight, talked on snap
        "mae o isio cwrdd heddiw a paid deud wrth neb",              # he wants to meet today, tell no one
        "ni'n gweld ein gilydd heno, nes i gwrdd a fe ar-lein",      # we're seeing each other tonight, met online
        "dwi fod i gwarfod rhywun o insta yn dre mewn hanner awr",   # meant to meet someone from insta in half an hour
    ],
    "cy_gone_to_meet": [
        "mae hi wedi mynd i gwrdd â dyn o'r we",          # she's gone to meet a man from the web
        "mae o di mynd allan i gwrdd a rhywun",           # he's gone out to meet someone
        "aeth o i gyfarfod rhywun",                       # he went to meet someone
    ],
    "cy_missing_child": [
        "mae fy merch ar goll",                           # my daughter is missing
        "mae fy mab 11 oed wedi diflannu",                # my 11-year-old son has disappeared
    ],
    "cy_missing_after_meeting": [
        "dydy hi ddim wedi dod adre, nath hi gwrdd a rhywun ar-lein",  # not come home, met someone online
    ],
    "cy_live_abuse": [
        "mae o ar alwad fideo efo fi rwan yn deud wrtha i am dynnu nillad",  # video call now, undress
        "mae hi ar facetime efo dyn nawr ac mae e'n gofyn iddi ddadwisgo",   # facetime now, undress
        "mae e ar alwad da fi nawr yn gweud wrtha i neud pethe",             # on a call now telling me to do things
    ],
    "cy_being_hurt": [
        "mae o'n fy nharo i",                             # he's hitting me
        "dwi ddim yn saff",                               # I'm not safe
        "mae hi mewn perygl",                             # she's in danger
        "dwi wedi nghloi yn y stafell",                   # I've been locked in the room
        "mae o'n brifo fi",                               # he's hurting me
    ],
}

# family name -> ordinary messages with the same words, which must not fire at all
LEFT_ALONE = {
    "suicide_words": ["we watched suicide squad last night", "i ended up taking the bus home"],
    "kill_oneself": ["i was killing myself laughing", "i could kill my brother lol", "you're killing it in this game"],
    "wants_to_die": ["i was dying of laughter", "i want to die of embarrassment lol he saw my haircut",
                     "im dead 💀", "my phone is about to die", "i want to dye my hair"],
    "self_harm_acts": ["i hurt myself playing rugby", "i cut myself shaving", "how do i cut myself out of this photo",
                       "i want to cut my hair", "he hurt his knee at football"],
    "overdose": ["i took my hay fever tablets this morning", "took 2 paracetamol for my headache",
                 "she takes 20mg of sertraline", "how many pictures can i post", "i have loads of tablets to charge"],
    "jumping": ["we jumped off the diving board", "jump in front of the camera for the photo"],
    "goodbye_message": ["she sent a message saying goodbye, she's off on holiday", "say goodbye to your old phone"],
    "waiting_outside": ["my mum is waiting outside the school gates", "dad's parked outside the house"],
    "taken_somewhere": ["we're in the car and i don't know where we're going on holiday", "that's odd"],
    "ending_it": ["i'm going to end it with him, he's so boring", "the film is ending now",
                  "we should end the game early"],
    "here_now": ["he's here for the weekend with his dad", "he's outside playing football",
                 "i'm hiding my presents in the wardrobe", "can you send someone a link to this bot?"],
    "trapped": ["i can't get out of bed today lol", "they are in danger of failing maths",
                "an adult keeps pulling me into dms on discord", "my mum won't let me go to the party"],
    "at_his_place": ["i'm at his house for the sleepover, having fun", "we're in a taxi home"],
    "door_knocking": ["someone's knocking, brb", "knock knock jokes are the best"],
    "spiked": ["she gave me a drink of water"],
    "coming_here_alone": ["my cousin's coming round later", "he'll be here at 9 for the match"],
    "despair": ["no point revising for this test", "i can't go on the trip", "what's the point of this app",
                "can't face school tomorrow, maths test", "i can't cope with this homework",
                "goodbye, see you tomorrow", "there's no point in paying for the premium version"],
    "at_the_door": ["the postman left a parcel at our door", "my mum is at the school gates",
                    "he's at football", "we're at my nan's house"],
    "on_his_way": ["on the way to school i saw a dog"],
    "coming_now": ["my friends are coming to my house for my birthday", "are you coming to my party?"],
    "coming_round_tonight": ["she's coming round tonight to watch a film"],
    "address_known": ["how do i change my address on amazon"],
    "following": ["he keeps following me on insta", "someone started following me on tiktok",
                  "she followed me back", "how do i stop people following me",
                  "my little sister keeps following me around the shops"],
    "meeting_him_soon": ["meeting my nan tonight", "i'm meeting my friends after school", "we meet at 7 for training"],
    "meeting_soon_online": ["i'm seeing my cousins tonight", "meet me after school at the library",
                            "can i meet my mates online tonight on fortnite"],
    "gone_to_meet": ["she went to meet her friends in town", "we went to see a film"],
    "missing_child": ["my son is missing his phone", "i'm missing school tomorrow", "she is missing out on everything",
                      "my cat has gone missing"],
    "missing_after_meeting": ["she hasn't replied to my snap", "my friend isn't answering her phone"],
    "live_abuse": ["we're on a video call right now doing homework", "i'm streaming fortnite rn",
                   # a call recorded earlier is sextortion after the fact (the model's topic), not live abuse
                   "he screenshotted me naked on a video call and now he wants money",
                   "is it safe to go live on tiktok?"],
    "being_hurt": ["my back is hurting me", "i'm in danger of missing the bus", "he's beating me at fifa",
                   "is my son in danger if he uses snapchat?", "my mum won't let me go out"],
    "cy_suicide_words": ["bydd mam yn fy lladd i os dwi'n hwyr", "dwi'n lladd fy hun yn chwerthin"],
    "cy_wants_to_die": ["bu bron i mi farw o chwerthin", "dwi'n marw isio bwyd",
                        "mae'r ffon ar fin marw"],
    "cy_self_harm_acts": ["dwi di brifo fy hun yn chwarae pel-droed", "sut dwi'n torri fy hun allan o'r llun",
                          "dwi isio torri fy ngwallt"],
    "cy_overdose": ["dwi wedi cymryd fy nhabledi clefyd y gwair", "cymerais i ddwy dabled at y cur pen",
                    "mae gen i lwyth o waith cartref"],
    "cy_jumping": ["dwi isio neidio i'r pwll", "ni'n neidio ar y trampolin"],
    "cy_goodbye_message": ["nath hi yrru neges yn deud hwyl fawr cyn mynd ar wyliau"],
    "cy_waiting_outside": ["mae mam yn aros tu allan i'r ysgol", "dwi'n aros wrth giat yr ysgol am fy ffrind"],
    "cy_ending_it": ["dwi isio gorffen fy ngwaith cartref", "mae'r gem yn dod i ben am 9"],
    "cy_last_words": ["hwyl fawr i bawb, wela i chi ddydd Llun"],
    "cy_here_now": ["mae o yma ar wyliau efo'i dad", "mae hi tu allan yn chwarae"],
    "cy_trapped": ["dwi'n cuddio fy anrhegion", "dwi wedi torri fy mraich"],
    "cy_at_his_place": ["dwi yn ei dŷ o i wylio ffilm, mae'n hwyl"],
    "cy_meeting_trip": ["dwi ar y bws i weld nain"],
    "cy_door_knocking": ["mae rhywun yn curo wrth y drws, un munud"],
    "cy_despair": ["does dim pwynt adolygu", "be di'r pwynt o'r ap yma", "dwi'n methu mynd ar y trip",
                   "dwi'n methu ymdopi efo'r gwaith cartref ma"],
    "cy_at_the_door": ["mae'r bws tu allan i'r ysgol", "gadewais i fy mag wrth y drws"],
    "cy_on_his_way": ["mae mam ar ei ffordd i'r gwaith", "ar y ffordd i'r ysgol welais i gi"],
    "cy_coming_now": ["mae hi'n dod draw heno i wylio ffilm"],
    "cy_address_known": ["sut dwi'n newid fy nghyfeiriad ar yr ap"],
    "cy_following": ["mae o'n fy nilyn i ar insta", "mae rhywun newydd yn dilyn fi ar tiktok",
                     "mae fy mrawd bach yn fy nilyn i o gwmpas y tŷ"],
    "cy_meeting_him_soon": ["dwi'n cwrdd â nain heno", "dwi'n gweld ffrindiau heno", "wela i di heno"],
    "cy_meeting_soon_online": ["dwi'n gweld fy nghefndryd heno", "ni'n cwrdd yn y llyfrgell ar ol ysgol"],
    "cy_gone_to_meet": ["mae hi wedi mynd i weld ei ffrindiau", "aeth o i weld ffilm"],
    "cy_missing_child": ["mae fy ffon ar goll", "mae'r gath ar goll"],
    "cy_missing_after_meeting": ["dydy hi ddim yn ateb fy negeseuon", "mae fy mag ar goll"],
    "cy_live_abuse": ["dwi ar alwad fideo efo nain rwan", "ni'n ffrydio gem nawr",
                      "nath o recordio fi'n noeth ar alwad fideo a rwan mae o isio pres"],
    "cy_being_hurt": ["mae fy nghefn yn fy mrifo i", "mae hi mewn perygl o fethu'r arholiad",
                      "ydy snapchat ddim yn ddiogel i blant?", "mae o'n curo fi ar fifa bob tro"],
}

# Messages that still fire although nothing is wrong, kept here so that they are known, not hidden.
# Each is accepted because the wording a person in real trouble uses is the same, and a safety
# net that misses "i want to die" to spare a joke is the wrong way round.
ACCEPTED_FALSE_ALARMS = {
    # A teenager's hyperbole; the same words are the commonest way of saying it for real.
    "i want to die lol this homework is so long": Reason.SELF_HARM,
    # "someone is at the door" is the brief's own example of danger now; a doorbell reads the same.
    "brb someone's at the door": Reason.DANGER,
    # Meeting "her" tonight is most often a friend, but the pronoun is how a pupil speaks of the
    # person they met online, and the layer cannot tell them apart.
    "im meeting her tonight at the cinema": Reason.DANGER,
    # A parent asking about suicide gets Samaritans and the urgent steps: not harmful, only strong.
    "how do i talk to my son about suicide": Reason.SELF_HARM,
    # Welsh hyperbole built like "i want to die" (dwi isio marw = I want to die).
    "dwi isio marw, mae'r gwaith cartref yn ofnadwy": Reason.SELF_HARM,
}

_EXPECTED_REASON = {family.name: family.reason for family in FAMILIES}


def _cases(table):
    return [pytest.param(name, text, id=f"{name}:{text[:40]}") for name, texts in table.items() for text in texts]


def test_every_family_has_positive_and_negative_examples():
    names = {family.name for family in FAMILIES}
    assert names == set(CAUGHT) == set(LEFT_ALONE)
    assert len(names) == len(FAMILIES), "family names must be unique"


@pytest.mark.parametrize("family,text", _cases(CAUGHT))
def test_family_catches_its_messages(family, text):
    assert family in matching_families(text)
    assert _EXPECTED_REASON[family] in explicit_reasons(text)


@pytest.mark.parametrize("family,text", _cases(LEFT_ALONE))
def test_ordinary_messages_with_the_same_words_are_left_alone(family, text):
    assert matching_families(text) == ()
    assert explicit_reasons(text) == frozenset()


@pytest.mark.parametrize("text,reason", list(ACCEPTED_FALSE_ALARMS.items()))
def test_accepted_false_alarms_still_fire(text, reason):
    # If one of these stops firing, move it to LEFT_ALONE: the layer got better.
    assert reason in explicit_reasons(text)


@pytest.mark.parametrize("text", ["", "   ", "what is sextortion?", "hi", "👍", "diolch"])
def test_empty_and_ordinary_messages(text):
    assert explicit_reasons(text) == frozenset()


def test_a_message_can_be_both_danger_and_self_harm():
    assert explicit_reasons("he's outside my house and i want to die") == {Reason.DANGER, Reason.SELF_HARM}


def test_accents_capitals_and_curly_apostrophes_do_not_matter():
    assert explicit_reasons("MAE O TU ALLAN I'R TY") == explicit_reasons("mae o tu allan i'r tŷ") == {Reason.DANGER}
    assert explicit_reasons("I CAN\u2019T FACE ANYONE") == {Reason.SELF_HARM}
    assert explicit_reasons("Mae hi wedi mynd i gwrdd â dyn o'r we") == {Reason.DANGER}


@pytest.mark.parametrize("hidden", [
    "i want to d\u200bie",            # zero-width space
    "i want to di\u00ade",            # soft hyphen
    "kill\u200d my\u200cself",        # zero-width joiner and non-joiner
    "i want\u2060 to die",            # word joiner
    "\u202ei want to die\u202c",      # direction override and pop
    "i want to d\u200eie",            # left-to-right mark
    "i want to die\ufe0f",            # variation selector
    "\ufeffdwi isio ma\u200brw",      # byte-order mark, zero-width space
    "𝐢 𝐰𝐚𝐧𝐭 𝐭𝐨 𝐝𝐢𝐞",                  # mathematical bold letters
])
def test_invisible_characters_do_not_hide_a_risk_phrase(hidden):
    assert Reason.SELF_HARM in explicit_reasons(hidden)


def test_normalise_drops_invisible_characters_and_keeps_the_words():
    assert normalise("Ki\u200bll\u00ad my\u2060self\u200f") == "kill myself"
    assert normalise("dwi\u00a0isio  marw\n") == "dwi isio marw"
    assert normalise("tŷ ‘n’ rŵan") == "ty 'n' rwan"


def test_a_long_message_is_checked_at_its_head_and_tail():
    filler = "we talked about the match and the weather. " * 3000
    assert len(filler) > MAX_CHECKED
    assert explicit_reasons("i want to die. " + filler) == {Reason.SELF_HARM}
    assert explicit_reasons(filler + " he's outside my house right now") == {Reason.DANGER}
    assert explicit_reasons(filler) == frozenset()


def test_mentions_a_concern():
    assert mentions_a_concern("he says he'll post my pics")
    assert mentions_a_concern("mae o'n bygwth rhannu lluniau")
    assert not mentions_a_concern("i want to die")
