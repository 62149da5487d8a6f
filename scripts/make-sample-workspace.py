#!/usr/bin/env python3
"""Writes the sample batches of the bundled workspace: surveys/batches/.

    python3 scripts/make-sample-workspace.py

Python 3.9+, standard library only, except openpyxl for the Microsoft Forms
XLSX exports (`pip install openpyxl`). The output is the same on every run
(fixed seed, fixed timestamps inside the XLSX files), so a change to this
script shows up as a reviewable diff in the committed batches.

Everything here is invented: the council (Brindlemoor), every child, young
person and carer, every name, school, place, phone number (Ofcom's drama range
07700 900xxx), email (example.org) and postcode (outward codes that do not
exist). The answers follow trends chosen to tell a story a Corporate Parenting
Board would recognise; see surveys/README.md.

The instruments in surveys/instruments/ are the source of truth for question
ids, texts and options; this script repeats what it needs of them.
"""

import csv
import datetime as dt
import io
import random
import re
import shutil
import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

SEED = 20261125
ROOT = Path(__file__).resolve().parent.parent / "surveys"
BATCHES = ROOT / "batches"

QUARTERS = ["2025-26-Q1", "2025-26-Q2", "2025-26-Q3", "2025-26-Q4", "2026-27-Q1", "2026-27-Q2"]
NOT_SHOWN = None  # the question was not on the respondent's screen
SKIPPED = ""  # shown, left empty

rng = random.Random(SEED)


# ---------------------------------------------------------------- calendar


def quarter_bounds(label):
    """`2025-26-Q1` -> (first day, last day) of that financial quarter."""
    year, quarter = int(label[:4]), int(label[-1])
    month = 4 + (quarter - 1) * 3  # April, July, October, then 13: January of the next year
    start = dt.date(year + month // 13, (month - 1) % 12 + 1, 1)
    after = start.month + 3
    next_start = dt.date(start.year + (after > 12), (after - 1) % 12 + 1, 1)
    return start, next_start - dt.timedelta(days=1)


def is_bst(moment):
    """British Summer Time: last Sunday of March to last Sunday of October (near enough at 01:00)."""

    def last_sunday(year, month):
        day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
        return day - dt.timedelta(days=(day.weekday() + 1) % 7)

    return last_sunday(moment.year, 3) <= moment.date() < last_sunday(moment.year, 10)


def random_moment(first, last, hours=(9, 21), weekend_share=0.25):
    """A local date-time between two dates, mostly on weekdays, within opening-ish hours."""
    days = (last - first).days
    while True:
        day = first + dt.timedelta(days=rng.randint(0, days))
        if day.weekday() >= 5 and rng.random() > weekend_share:
            continue
        if (day.month, day.day) >= (12, 24) or (day.month, day.day) == (1, 1):
            continue  # the Christmas break
        break
    seconds = rng.randint(hours[0] * 3600, hours[1] * 3600 - 1)
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)


def odk_time(moment):
    offset = "+01:00" if is_bst(moment) else "+00:00"
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}" + offset


def utc(moment):
    return moment - dt.timedelta(hours=1) if is_bst(moment) else moment


def new_uuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# ---------------------------------------------------------------- answers


def quota(n, shares):
    """n values drawn in exact proportions (largest remainder), shuffled: keeps each period's story exact."""
    keys = list(shares)
    total = sum(shares.values())
    raw = [shares[k] / total * n for k in keys]
    counts = [int(r) for r in raw]
    order = sorted(range(len(keys)), key=lambda i: raw[i] - counts[i], reverse=True)
    for i in order[: n - sum(counts)]:
        counts[i] += 1
    values = [k for k, c in zip(keys, counts) for _ in range(c)]
    rng.shuffle(values)
    return values


def lerp(a, b, i, n=6):
    return a + (b - a) * i / (n - 1) if n > 1 else a


def ysn(p):
    return {"yes": p, "sometimes": (1 - p) * 0.65, "no": (1 - p) * 0.35}


def ynsn(p):
    return {"yes": p, "not_sure": (1 - p) * 0.55, "no": (1 - p) * 0.45}


def always(p):
    return {"always": p * 0.55, "mostly": p * 0.45, "sometimes": (1 - p) * 0.7, "never": (1 - p) * 0.3}


def agree5(p):
    return {"5": p * 0.35, "4": p * 0.65, "3": (1 - p) * 0.45, "2": (1 - p) * 0.35, "1": (1 - p) * 0.2}


def agree4(p):
    return {"agree": p, "sort-of": (1 - p) * 0.5, "disagree": (1 - p) * 0.3, "dont-know": (1 - p) * 0.2}


def fill(respondents, qid, shares, skip=0.03, shown=lambda r: True):
    """Answers one single-choice question for every respondent: not shown, skipped, or a quota value."""
    answering = []
    for r in respondents:
        if not shown(r):
            r[qid] = NOT_SHOWN
        elif rng.random() < skip:
            r[qid] = SKIPPED
        else:
            answering.append(r)
    for r, value in zip(answering, quota(len(answering), shares)):
        r[qid] = value


def fill_multiple(respondents, qid, chances, exclusive=None, skip=0.05, shown=lambda r: True):
    """A tick-all-that-apply question: a list of values, [] when shown and nothing ticked."""
    for r in respondents:
        if not shown(r):
            r[qid] = NOT_SHOWN
            continue
        if rng.random() < skip:
            r[qid] = []
            continue
        ticked = [v for v, p in chances.items() if v != exclusive and rng.random() < p]
        r[qid] = ticked or ([exclusive] if exclusive else [max(chances, key=chances.get)])


# ---------------------------------------------------------------- comments

BOYS = ["Tyreece", "Braxton", "Zavier", "Oakleigh"]
GIRLS = ["Marnie-Jo", "Kaylani", "Elowen", "Delphine"]
NAMES = BOYS + GIRLS
SCHOOLS = ["Hollowbrook Academy", "Kingsmead Vale School", "Thornfield College", "St Aldric's CE Primary School"]
PLACES = ["Fennick Green", "Kettleby Vale", "Saltmarsh End", "Upper Wexcombe"]
POSTCODES = ["ZX3 9PL", "ZY14 6TW", "ZX11 2BD"]

SLOTS = {
    "rel": ["mum", "dad", "nan", "brother", "sister", "little brother", "big sister", "grandad", "mam", "nanny"],
    "sib": ["brother", "sister", "brothers", "sisters", "little sister", "baby brother", "siblings"],
    "kin": ["nan", "nanny", "auntie", "grandma", "uncle", "grandad"],
    "pet": ["puppy", "kitten", "hamster", "rabbit", "dog", "guinea pig"],
    "colour": ["purple", "blue", "green", "pink", "grey and yellow"],
    "award": ["star of the week", "a headteacher award", "a certificate", "the most house points"],
    "subject": ["maths", "reading", "spelling", "english", "science"],
    "club": ["drama club", "art club", "cubs", "brownies", "scouts", "music club"],
    "sport": ["football", "swimming", "gymnastics", "karate", "dancing", "trampolining", "boxing", "netball"],
    "game": ["minecraft", "roblox", "fortnite", "on the xbox"],
    "freq": ["week", "2 weeks", "saturday", "month"],
    "course": ["level 2 mechanics", "hair and beauty", "construction", "public services", "level 3 sport"],
    "work": ["a chip shop", "a cafe", "a bakery", "a garage", "the leisure centre"],
    "n": ["2", "3", "4", "5"],
    "many": ["3", "4", "5", "6"],
    "gym": ["most days", "4 times a week", "every morning before college"],
    "teen_act": ["army cadets", "the youth club", "drama club", "boxing club", "music lessons, learning guitar"],
    "day": ["Tuesday morning", "Thursday evening", "monthly", "fortnightly"],
    "issue": ["the self-harm", "the allergies", "the court case", "the school exclusion", "the missing episodes"],
    "years": ["three", "four", "six", "nine"],
    "name": NAMES,
    "boy": BOYS,
    "girl": GIRLS,
    "school": SCHOOLS,
    "place": PLACES,
}

# Each entry: (text, themes a reader would give it[, weight]). {slot} takes a value from SLOTS;
# {a|b|c} takes one of the alternatives ({a|} makes a part optional).
GOING_WELL_CHILD = [
    ("my {foster carers are|carers are|carer is} {kind|nice|kind to me|really nice|the best}", "carers", 3),
    (
        "i like living with my {carers|foster carers|foster family}{| becuase they are kind| they let me have friends round}",
        "carers",
        2,
    ),
    ("living with my {kin} is {good|great|the best}", "home family", 2),
    (
        "my carer {makes nice dinners|takes me to school|helps me with my reading|plays games with me|lets me help cook}",
        "carers",
        2,
    ),
    (
        "me and my carer {bake cakes|watch films|walk the dog|do jigsaws} on {sundays|saturdays|the weekend}",
        "carers",
        2,
    ),
    ("I have my own {room|bedroom} now", "home"),
    ("my {bedroom|room} is {colour}{| and i chose it| i picked the colour}", "home"),
    ("{we got|i have|my carers have} a {pet}", "home"),
    ("playing with {the|my|our} {pet}", "home"),
    ("i have settled {in|in well|in at my new house}", "settled"),
    (
        "I {dont have to move anymore|am not moving again|have been here a long time now|have been here {n} years}",
        "settled",
        2,
    ),
    ("i feel safe {here|at my house|where i live|with my carers}", "feel-safe", 2),
    ("seeing my {rel} {at contact|on saturdays|more|every {freq}}", "family", 3),
    ("family time with my {sib}", "family"),
    ("I went to my {kin}s house {for tea|for a sleepover|at the weekend}", "family"),
    ("school is {going good|going well|better|ok now|good}", "school", 2),
    ("i got {award} at school", "school"),
    ("I am {better at|getting better at|good at} {subject}{| now}", "school"),
    ("my teacher is {nice|kind|funny}{| and helps me}", "school"),
    ("i have {lots of|loads of|new|good} {freinds|friends}", "friends", 2),
    ("playing with my friends {at break|at the park|after school}", "friends"),
    ("I go to {club} {now|on mondays|every week}", "activities"),
    ("{sport} {on saturdays|after school|is going well}", "sport", 2),
    ("i got my {swimming badge|football trophy|karate belt|dance medal}", "sport"),
    ("we went to the {beach|zoo|seaside|farm} in the holidays", "activities"),
    ("{we go to the park|going to the park with my carers}", "activities"),
    ("I got a new bike{| for my birthday}", "activities"),
    ("playing {game}{| with my brother}", "activities"),
    ("my social worker is {nice|kind|fun}{| and takes me for a milkshake}", "social-worker", 2),
    ("{people|my carers|grown ups} listen to me{| more}", "listened-to"),
    ("I dont {lose my temper|get as angry} as much", "health-feelings"),
    ("i sleep better now", "health-feelings"),
    ("im not as worried{| about things}", "health-feelings"),
    ("everything{| is good| is going well}", "everything", 2),
    ("all of it", "everything"),
]
GOING_WELL_CHILD_OTHER = [
    "idk",
    "dont know",
    "i like pizza",
    "my favourite colour is blue",
    "unicorns",
    "not sure",
    "i dont no",
    "spiderman",
    "i have a wobbly tooth",
    "nothing really",
    "i am 9",
    "dinosaurs",
    "my favourite food is pasta",
    "i can do a cartwheel",
    "i dont know what to put",
    "?",
    "my birthday is soon",
]
GOING_WELL_TEEN = [
    ("{college|sixth form|school} is going {well|ok|better than last year}", "school", 2),
    ("doing {course} at college{| and I like it}", "school", 2),
    ("my {grades|attendance} {have|has} gone up", "school"),
    ("my predicted grades for my GCSEs are {good|better}", "school"),
    ("passed my {maths|english} resit", "school"),
    ("got a {part time|saturday} job at {work}", "independence", 2),
    ("learning to cook{| and do my own washing}", "independence"),
    ("I can cook {n} meals on my own now", "independence"),
    ("passed my theory test", "independence"),
    ("got my provisional{| and started driving lessons}", "independence"),
    ("saving money for {driving lessons|a car|when I move out}", "independence"),
    ("{me and my carers get on better|my carers are sound|I get on with my foster carers}", "carers", 2),
    ("my {keyworker|key worker} is {sound|alright|the best}", "carers", 2),
    ("{staff here are alright|the staff are ok now}", "carers"),
    ("my foster family {treat me like one of their own|are good to me}", "carers"),
    ("been in the same placement {n} years now", "settled home", 2),
    ("I feel {settled|more settled|settled for once}", "settled", 2),
    ("I feel safe where I live", "feel-safe home"),
    ("seeing my {rel} more{| since the last review}", "family", 2),
    ("contact with my {sib} is going well", "family"),
    ("i see my mates {at the weekend|after college|more}", "friends"),
    ("my friends{| tbh}", "friends"),
    ("gym {gym}", "sport"),
    ("{football|boxing|basketball|netball} {|is good|twice a week}", "sport"),
    ("boxing has helped with my anger", "sport health-feelings"),
    ("{teen_act}", "activities"),
    ("my mental health is {better|a lot better|improving}", "health-feelings", 2),
    ("CAMHS {has helped|have been good}", "health-feelings"),
    ("seeing a counsellor{| every week}", "health-feelings"),
    ("sleeping better", "health-feelings"),
    ("my sw actually listens now", "social-worker listened-to"),
    ("my social worker is the best one ive had", "social-worker"),
    ("my IRO is {nice|alright|good}", "social-worker"),
    ("people are listening to me more", "listened-to"),
    ("I have more of a say now", "listened-to"),
    ("everything {tbh|really|is fine}", "everything"),
    ("its all good", "everything"),
    ("getting help with my pathway plan", "independence"),
    ("my PA helps me with {bills|money|my CV}", "social-worker independence"),
]
GOING_WELL_TEEN_OTHER = [
    "idk",
    "nothing",
    "not much",
    "?",
    "its ok i guess",
    "dont know",
    "cant think",
    "lol",
    "n/a",
    "meh",
    "nothing much to be fair",
    "its fine",
    "no idea",
    "same as always",
    "dunno",
    "alright i guess",
]
CHANGE_CHILD = [
    ("I want to see my {rel} {more|more often|every week}", "contact-family", 6),
    ("more {time|days} with my {sib}", "contact-family", 4),
    ("i dont see my {rel} enough{| and i miss {her|him|them}}", "contact-family", 3),
    ("not enough contact{| with my {rel}}", "contact-family", 2),
    ("I want {contact|family time} to be longer", "contact-family", 2),
    ("to see my {rel} at the weekend not at the centre", "contact-family"),
    ("i want to live with my {rel}{| again}", "contact-family placement-move", 2),
    ("I want to go home{| to my mum}", "placement-move", 2),
    ("I dont want to move again", "placement-move", 2),
    ("I want to stay here{| forever}", "placement-move"),
    ("my social worker keeps changing{| and i dont like it| every time| again}", "social-worker-change", 4),
    ("i want {the same|to keep my} social worker", "social-worker-change", 2),
    ("I dont want a new social worker{| again}", "social-worker-change", 2),
    ("my social worker to {come and see me more|visit me more|play games with me}", "social-worker", 2),
    ("my social worker to ring me back", "social-worker"),
    ("more pocket money{| please| for sweets| for roblox}", "pocket-money", 3),
    ("{my own phone|a phone like my friends}", "phones-wifi", 2),
    ("more time on the {ipad|tablet|xbox}", "phones-wifi", 2),
    ("the wifi to work in my room", "phones-wifi"),
    ("to go to {sport}", "activities", 2),
    ("more days out", "activities", 2),
    ("i get bored {at weekends|in the holidays}", "activities"),
    ("{sleepovers at my friends house|to have sleepovers}", "normal-life", 2),
    ("to be allowed to go out with my friends", "normal-life"),
    ("{stay up later|a later bedtime}", "normal-life", 2),
    ("people at school {pick on me|are mean}", "bullying school"),
    ("I get bullied at school", "bullying", 1),
    ("more help with {subject} at school", "school", 2),
    ("to not have my review at school", "review-meetings school"),
    ("not as many people at my review", "review-meetings"),
    ("people to listen to me", "listened-to", 2),
    ("ask me what i want", "listened-to"),
    ("I dont feel safe when the big boys are outside", "feel-safe"),
    ("nothing", "nothing-to-change", 3),
    ("nothing i like it here", "nothing-to-change", 2),
    ("nothing everything is good", "nothing-to-change"),
]
CHANGE_CHILD_OTHER = [
    "i want it to snow",
    "to be 11",
    "a pet snake",
    "idk",
    "dont no",
    "i dont know",
    "chips for tea every day",
    "to be taller",
    "my hair",
    "a trip to the moon",
    "i dont know what to write",
    "for my tooth to come out",
]
CHANGE_TEEN = [
    ("stop changing my {social worker|sw}{| every five minutes| pls}", "social-worker-change", 4),
    (
        "ive had {many} social workers {this year|since christmas|in a year} {its too many|its a joke|and I dont trust any of them}",
        "social-worker-change",
        3,
    ),
    (
        "new sw every {5 mins|month|time I get used to one} {its long|its so annoying|whats the point}",
        "social-worker-change",
        2,
    ),
    ("when I get a new social worker I have to tell my {story|whole life} all over again", "social-worker-change", 2),
    ("keep my social worker, {shes|hes} the only one who gets me", "social-worker-change"),
    ("my sw never {replies to my texts|rings me back|turns up on time}", "social-worker", 2),
    ("my social worker to actually {turn up|visit} when {she says she|he says he} will", "social-worker", 2),
    ("{more|proper} contact with my {sib}{| not just once a month| and not in a contact centre}", "contact-family", 4),
    ("why cant I see my {rel} without it being supervised", "contact-family", 2),
    ("contact at the weekend not straight after {school|college}", "contact-family"),
    ("let me see my {rel} on my own", "contact-family", 2),
    ("i dont see my {family|dad|mum} enough{| and its not fair}", "contact-family", 2),
    (
        "{to go to|be allowed} sleepovers without {all the checks|my mates parents being checked|asking my social worker}",
        "normal-life",
        2,
    ),
    ("{curfew|my curfew} is too early{| for my age| compared to my mates}", "normal-life", 2),
    ("less rules{| in the house}", "normal-life"),
    ("{treated like a normal teenager|to be treated like my mates}", "normal-life", 2),
    (
        "{being allowed|to be allowed|let me} {go into town|go to town} with my {friends|mates}{| on my own}",
        "normal-life",
    ),
    ("more money for {clothes|trainers|going out}", "pocket-money", 2),
    ("pocket money is {rubbish|nothing} compared to my mates", "pocket-money"),
    ("{let me|i want to} {have|keep} my phone {at night|in my room at night|after 10}", "phones-wifi", 2),
    (
        "{wifi|the internet} gets turned off at {10|half 9|11}{| which is sooo early| and my mates are still online}",
        "phones-wifi",
        2,
    ),
    ("more {data on my phone|phone credit|screen time}", "phones-wifi"),
    ("I want to move to {semi independent|my own flat}", "placement-move", 2),
    ("I want to stay here till Im 18{| and after}", "placement-move", 2),
    ("move closer to my {rel}", "placement-move contact-family"),
    ("move placement, I dont get on with the other young people here", "placement-move"),
    ("{actually|just|pls} listen to what I {want|say|actually want}", "listened-to", 2),
    (
        "nobody {asks me|bothers asking me|listens to} what I think{| about anything| about my own life}",
        "listened-to",
        2,
    ),
    ("decisions {get made|are made} without me{| all the time| and then im just told}", "listened-to"),
    (
        "{reviews are|my review is} {too long|boring|so long} and there are too many people{| I dont know}",
        "review-meetings",
        2,
    ),
    ("dont have my review in {school|college} time", "review-meetings"),
    ("I want to chair my next review", "review-meetings"),
    ("help with {college|my coursework|my GCSEs}", "school", 2),
    ("more support at school, Im behind in maths", "school"),
    ("I want to {move school|go to a different school|change schools}{| because of my year group}", "school"),
    ("I keep getting detentions for {stupid stuff|nothing}", "school"),
    ("people at college pick on me", "bullying school"),
    ("I dont feel safe {in my area at night|walking back from college|on the estate}", "feel-safe"),
    ("more {trips|days out|activities} and things to do{| in the holidays}", "activities"),
    ("i want to join a gym", "activities"),
    ("theres nothing to do round here", "activities"),
    ("nothing {rn|at the moment}", "nothing-to-change", 2),
    ("nothing {its fine|im happy|its good|tbh|really}", "nothing-to-change", 2),
    ("not really{| no}", "nothing-to-change", 2),
]
CHANGE_TEEN_OTHER = [
    "idk",
    "this form is long",
    "why do we have to fill these in",
    "who even reads these",
    "lol",
    "just want it over with",
    "can i have a mcdonalds after",
    "my hair appointment is on tuesday",
    "ok",
    "nope",
    "whatever",
    "dunno",
    "cant be bothered",
    "will there be food",
    "why is this form so long",
    "k",
]
CARER_HELPS = [
    (
        "{My supervising social worker|Our SSW|My SSW} is always at the end of the phone{| and never makes me feel like a nuisance}.",
        "ssw",
        3,
    ),
    ("Having a supervising social worker who {knows our family|visits regularly|understands the children}.", "ssw", 2),
    ("{Monthly|Regular} supervision where I can be honest about how things are {really going|going at home}.", "ssw"),
    ("Our link worker, who {goes above and beyond|always calls back}.", "ssw"),
    (
        "The {day} support group. Other carers understand in a way that friends and family {can't|never will}.",
        "peer-support",
        2,
    ),
    ("Our buddy carer, who has been through {the same things|it all before|the same with teenagers}.", "peer-support"),
    (
        "The Mockingbird hub home and the other families in our constellation{| - sleepovers there give us a breather}.",
        "peer-support",
    ),
    (
        "The carers' WhatsApp group - {someone always replies, even late at night|it keeps me sane|there is always someone who has been there}.",
        "peer-support",
    ),
    (
        "{The trauma-informed training|The PACE training|Therapeutic parenting training} {completely changed how I respond to our youngest|was the best course I have done|made sense of a lot of behaviour}.",
        "training",
        3,
    ),
    ("Good training, especially the courses run by experienced carers.", "training"),
    ("Being paid on time every month{| - it makes budgeting possible}.", "payments"),
    ("The skills payment {recognises what we do|was a welcome increase}.", "payments"),
    ("Knowing I can ring the out of hours team and someone will {pick up|know what to do}.", "out-of-hours"),
    ("{Respite once a month|Regular short breaks} with the same carers, so the children know them.", "respite"),
    ("CAMHS consultation for carers has been {invaluable|a lifeline}.", "therapeutic-support"),
    ("When the child's social worker keeps us in the loop.", "childs-sw communication"),
    (
        "Being treated as a professional {in meetings about the child|by the children's team|at reviews}{| most of the time}.",
        "feeling-valued",
    ),
    (
        "{Being invited to reviews|Being included in planning meetings} and feeling that my views are respected.",
        "feeling-valued",
    ),
    ("Full information about a child before they arrive. When we get it, it makes all the difference.", "information"),
    ("Having delegated authority agreed at the start, so I can sign school trip forms myself.", "delegated-authority"),
]
CARER_IMPROVE = [
    (
        "{Out of hours support is poor|The out of hours service}. {When we rang EDT late at night nobody knew the child or the plan.|We were told to ring the police.|Nobody called back until Monday.}",
        "out-of-hours",
        4,
    ),
    (
        "{Weekend support|Support at weekends|Bank holiday cover} - there is nobody to talk to from {Friday afternoon|Friday lunchtime} until Monday{| morning}.",
        "out-of-hours",
        3,
    ),
    ("The duty line should be answered by someone who knows {fostering|the children|our family}.", "out-of-hours"),
    (
        "We have {never been offered|not had} respite in {years} years{| of fostering}{|. It is always promised}.",
        "respite",
        3,
    ),
    (
        "{Respite.|Access to respite.|Short breaks for carers.} {We are exhausted and a break every few months would keep us going.|We have asked three times this year and been told nobody is available.|Without it I am not sure we can carry on.}",
        "respite",
        4,
    ),
    ("Proper short breaks for carers of {children with complex needs|sibling groups|teenagers}.", "respite", 2),
    (
        "{More information about children before they arrive.|Honest information before a placement.|Information sharing at referral.} {We were told nothing about {issue}.|The paperwork often arrives weeks later.|We find things out from the child.}",
        "information",
        3,
    ),
    (
        "{Children's social workers change too often|The children's social workers keep changing} and {do not return calls|never reply to emails}.",
        "childs-sw communication",
        3,
    ),
    (
        "Communication between the fostering team and the children's team{| is poor| needs to improve| - we are often the last to know}.",
        "communication",
        2,
    ),
    (
        "Keep us informed about contact arrangements - we often find out {the day before|on the morning}.",
        "communication",
        2,
    ),
    ("Emails to the children's team go unanswered for weeks.", "communication childs-sw"),
    (
        "The allowance has not kept up with {the cost of living|food and energy prices|what teenagers cost}{| and we are now subsidising placements}.",
        "payments",
        3,
    ),
    ("{Mileage claims|Expenses for contact journeys} take {months|weeks} to be paid.", "payments", 2),
    ("Birthday and holiday payments are often late.", "payments"),
    ("Treat us as part of the team, not as {babysitters|a bed for the night|an afterthought}.", "feeling-valued", 2),
    (
        "Foster carers should be treated as professionals and {invited to every meeting about the child|not left out of decisions|told about changes to the plan}.",
        "feeling-valued",
        2,
    ),
    (
        "{Support during allegations.|How allegations are handled.} {I felt completely alone during the investigation.|Nobody told us anything for months.|We were treated as guilty from day one.}",
        "allegations",
        2,
    ),
    (
        "Delegated authority - I still have to ask permission for a {haircut|sleepover at a friend's}.",
        "delegated-authority",
    ),
    ("More training in the evenings or online for carers who work.", "training"),
    (
        "CAMHS waiting lists are far too long{| for children in care}{|. Our child has waited over a year}.",
        "therapeutic-support",
        2,
    ),
    ("More support groups in the {north|east} of the borough.", "peer-support"),
    ("My supervising social worker has changed {three|four} times this year.", "ssw"),
]
CARER_EXTRA_HELPS = [
    "It really helps.",
    "I could not do this without it.",
    "Long may it continue.",
    "It has kept us fostering through a hard year.",
    "The children notice the difference too.",
]
CARER_EXTRA_IMPROVE = [
    "This has been a problem for as long as I have fostered.",
    "It would make a real difference to the children.",
    "I have raised this at my annual review.",
    "Other carers I know say the same.",
    "We love fostering but this wears you down.",
    "I know budgets are tight but this matters.",
]
CARER_OTHER = [
    "Nothing to add.",
    "N/A",
    "No comment.",
    "Happy with everything at the moment.",
    "See previous answer.",
    "The survey could be shorter.",
    "Parking at the civic centre is impossible on training days.",
    "The children themselves - seeing them grow in confidence.",
    "My own family and my faith.",
    "None.",
    "I would rather not say.",
    "My husband.",
    "Too early to say, we were only approved in the autumn.",
]
CICC = [
    ("never heard of the pledge {before today|till now|until this session}", "pledge-awareness", 4),
    ("I didnt know about it, you should tell young people when they come into care", "pledge-awareness", 2),
    ("put it on {instagram|tiktok|snapchat and instagram} so people actually see it", "pledge-awareness", 2),
    ("make posters for the office and the youth club", "pledge-awareness"),
    ("its good but you need to do what you say", "keeping-promises", 3),
    ("promises are just words if nothing changes", "keeping-promises", 2),
    ("sounds nice but does it actually happen{| tho}", "keeping-promises", 2),
    ("stop changing our social workers", "social-worker-change", 3),
    ("ive had {many} social workers in 2 years", "social-worker-change", 2),
    ("my PA is {brilliant|amazing|really good}, she helped me get my flat", "personal-adviser housing", 2),
    ("more help finding a flat when you leave care", "housing", 2),
    ("the setting up home grant doesnt go far now", "money", 2),
    ("help with bills and council tax", "money"),
    ("more contact with my brothers and sisters", "family-contact", 3),
    ("we should be able to see our siblings even if they are adopted", "family-contact"),
    ("dont make us stand out at school", "stand-out", 2),
    ("stop calling us LAC", "stand-out"),
    ("social workers turning up at school with lanyards is embarrassing", "stand-out social-worker"),
    ("CAMHS waiting list is too long", "mental-health", 2),
    ("someone to talk to when things are bad", "mental-health", 2),
    ("celebrate our birthdays properly", "activities-celebration"),
    ("free gym membership for care leavers", "activities-celebration"),
    ("help with college and getting a job", "education-work", 2),
    ("more apprenticeships for care leavers", "education-work"),
    ("actually listen to us", "listened-to", 2),
    ("the CiCC is good cos we get listened to", "listened-to"),
]
CICC_OTHER = [
    "idk",
    "no",
    "its alright",
    "the pizza was nice",
    "can we do the next one somewhere else",
    "good",
    "nothing",
    "no thanks",
    "all good",
]

PERSONAL = {
    "going_well_child": [
        ("my carer called {name} is really kind", "carers"),
        ("I go to {school} and i like my teacher", "school"),
        ("my social worker {name} is nice", "social-worker"),
    ],
    "change_child": [
        ("I want to see my {brother {boy}|sister {girl}} more", "contact-family"),
        ("to see my nan in {place} more", "contact-family"),
    ],
    "going_well_teen": [("my keyworker {name} is the best", "carers"), ("doing well at {school}", "school")],
    "change_teen": [
        ("ring me on {phone} if you want to talk about my review", "review-meetings"),
        ("email me at {email} about my review", "review-meetings"),
        ("my birthday is {dob} and i want my review after it", "review-meetings"),
        ("can my review be at my new place, {n} Kettleby Close {postcode}", "review-meetings"),
        ("my social worker {name} never rings me back", "social-worker"),
    ],
    "carer": [
        (
            "Please call me on {phone}. I have been waiting weeks for a call back about respite.",
            "respite communication",
        ),
        ("Our SSW {name} is excellent.", "ssw"),
        ("Please contact me at {email} about the training dates.", "training"),
    ],
    "cicc": [
        ("my PA {name} is brilliant", "personal-adviser"),
        ("still waiting for repairs at my flat, 14 Brackenbury Court {postcode}", "housing"),
        ("text me on {phone} about the next CiCC, i want to have a say", "listened-to"),
    ],
}
PERSONAL_SHARE = 0.015


def closing_brace(text, start):
    depth = 0
    for i in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return i
    raise ValueError(f"unbalanced braces in {text!r}")


def split_alternatives(body):
    parts, depth, current = [], 0, ""
    for ch in body:
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        depth += {"{": 1, "}": -1}.get(ch, 0)
        current += ch
    return parts + [current]


def fill_slots(text):
    """Replaces every {slot} with a value and every {a|b|c} with one alternative, inside out."""
    while "{" in text:
        start = text.index("{")
        end = closing_brace(text, start)
        body = text[start + 1 : end]
        if "|" in body:
            value = fill_slots(rng.choice(split_alternatives(body)))
        elif body == "phone":
            value = f"07700 900{rng.randint(100, 999)}"
        elif body == "email":
            value = rng.choice(["kaylani.w", "zjb2010", "braxton.r", "mj.carer", "oakleigh22"]) + "@example.org"
        elif body == "dob":
            value = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2009, 2010, 2011])}"
        elif body == "postcode":
            value = rng.choice(POSTCODES)
        else:
            value = fill_slots(rng.choice(SLOTS[body]))
        text = text[:start] + value + text[end + 1 :]
    return text


def child_voice(text):
    """How an 8-12 year old writes: little punctuation, dropped apostrophes, a few slips."""
    if rng.random() < 0.6:
        text = text.replace("I ", "i ").replace("I'm", "im").replace("Im ", "im ")
    swaps = [
        ("because", "becuase"),
        ("friends", "freinds"),
        ("really", "realy"),
        ("a lot", "alot"),
        ("good", "gooood"),
        ("so ", "sooo "),
        ("school", "skool"),
    ]
    for a, b in swaps:
        if a in text and rng.random() < (0.08 if a == "school" else 0.3):
            text = text.replace(a, b, 1)
    if rng.random() < 0.2:
        text += rng.choice(["!!", " :)", "!!!", " x", " and thats all"])
    elif rng.random() < 0.25:
        text = text[0].upper() + text[1:] + "."
    return text


def teen_voice(text):
    if rng.random() < 0.5:
        text = text.lower()
    swaps = [
        ("social worker", "sw"),
        ("because", "cuz"),
        ("to be honest", "tbh"),
        ("you", "u"),
        ("really", "rly"),
        ("please", "pls"),
        ("going to", "gonna"),
    ]
    for a, b in swaps:
        if a in text and rng.random() < 0.2:
            text = text.replace(a, b, 1)
    if rng.random() < 0.12:
        text = rng.choice(["tbh ", "honestly ", "ngl ", "um "]) + text
    if rng.random() < 0.2:
        text += rng.choice([" lol", " idk", " thats it", " x", " thats all", " tbh", " and thats it", "!!", "."])
    return text


def pick_weighted(bank, boosts):
    weights = []
    for entry in bank:
        w = entry[2] if len(entry) > 2 else 1
        for theme, factor in boosts.items():
            if theme in entry[1].split():
                w *= factor
        weights.append(w)
    return rng.choices(bank, weights=weights)[0]


class Comments:
    """Writes comments and records, for the README, how many were designed to be codable."""

    def __init__(self):
        self.designed = {}  # codebook -> [coded, total]

    def make(
        self,
        codebook,
        bank,
        other,
        voice,
        other_share,
        personal_key,
        second=0.25,
        boosts=None,
        join=" and ",
        keep_case=False,
        other_voice=None,
    ):
        """One comment: sometimes a personal detail (to be redacted), sometimes off-topic, else one or two
        themed fragments from `bank` (weights raised by `boosts`, theme -> factor), in the writer's `voice`."""
        tally = self.designed.setdefault(codebook, [0, 0])
        tally[1] += 1
        if rng.random() < PERSONAL_SHARE:
            text, themes = rng.choice(PERSONAL[personal_key])
            tally[0] += 1
            return fill_slots(voice(text))  # names keep their capitals, as most children write them
        if rng.random() < other_share:
            return (other_voice or voice)(rng.choice(other))
        text, themes = pick_weighted(bank, boosts or {})[:2]
        text = fill_slots(text)
        if rng.random() < second:
            other_entry = pick_weighted(bank, {})
            more = fill_slots(other_entry[0])
            if not set(other_entry[1].split()) & set(themes.split()) and "nothing" not in more + text:
                text = text + join + (more if keep_case or more[:2] == "I " else more[0].lower() + more[1:])
        tally[0] += 1
        return text if text.startswith(("nothing", "not r")) else voice(text)


comments = Comments()


def carer_voice(extras):
    def voice(text):
        extra = rng.choice(extras)
        return text + " " + extra if rng.random() < 0.3 and extra not in text else text

    return voice


def as_is(text):
    return text


def teen_plain(text):
    return text if rng.random() < 0.6 else text.capitalize()


def yp_voice(text):
    return teen_voice(text) if rng.random() < 0.7 else text[0].upper() + text[1:] + "."


# ---------------------------------------------------------------- writers


def write_csv(path, rows, delimiter=",", quoting=csv.QUOTE_MINIMAL, bom=False, newline="\r\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator=newline)
    writer.writerows(rows)
    path.write_bytes(("\ufeff" if bom else "").encode() + buffer.getvalue().encode("utf-8"))


def normalise_zip(path, when=(2026, 11, 1, 9, 0, 0)):
    """Rewrites an XLSX with fixed member timestamps, so the bytes do not change from run to run."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members:
            if name == "docProps/core.xml":  # openpyxl stamps the time of saving here
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-11-01T09:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


# ---------------------------------------------------------------- child-review-8-12 (ODK XML, then Kobo CSV)

R812_GROUPS = [
    ("about_me", ["age_band", "placement_type"]),
    (
        "my_life",
        [
            "feel_safe",
            "home_face",
            "knows_social_worker",
            "sees_sw_alone",
            "family_time",
            "school_ok",
            "health_help",
            "hobbies",
            "listened_to",
            "knows_plan",
        ],
    ),
    ("my_review", ["want_attend_review", "chair_review", "who_at_review"]),
    (None, ["feel_today"]),
    ("my_words", ["going_well", "change_one"]),
]
R812_WHO = ["carer", "parents", "social_worker", "teacher", "advocate", "friend"]
R812_FORMS = {  # form version -> (Kobo __version__, has the hobbies question)
    "2025040101": ("vXkR3bN8pQm2TzYwL5aHcE", False),
    "2025091501": ("vG7sD2fJ9kLqW4eR8tYuPz", True),
}


def faces(p_happy, p_sad):
    return {"happy": p_happy, "ok": 1 - p_happy - p_sad, "sad": p_sad}


def review_8_12(i, period, has_hobbies):
    n = [48, 55, 61, 58, 66, 72][i]
    first, last = quarter_bounds(period)
    people = []
    for _ in range(n):
        end = random_moment(first, last, hours=(8, 20))
        people.append({"end": end, "start": end - dt.timedelta(seconds=rng.randint(180, 1500)), "uuid": new_uuid()})
    people.sort(key=lambda r: r["end"])
    fill(people, "age_band", {"8-9": 0.4, "10-12": 0.6}, skip=0)
    fill(people, "placement_type", {"foster": 0.70, "kinship": 0.18, "residential": 0.07, "other": 0.05}, skip=0)
    fill(people, "feel_safe", ysn(lerp(0.86, 0.90, i)))
    fill(people, "home_face", faces(lerp(0.72, 0.78, i), 0.06))
    fill(people, "knows_social_worker", ynsn([0.68, 0.70, 0.73, 0.75, 0.78, 0.81][i]))
    fill(people, "sees_sw_alone", ysn(lerp(0.60, 0.66, i)))
    fill(people, "family_time", ysn([0.62, 0.60, 0.58, 0.57, 0.55, 0.53][i]))
    fill(people, "school_ok", ysn(lerp(0.70, 0.74, i)))
    fill(people, "health_help", ysn(lerp(0.80, 0.82, i)))
    fill(people, "hobbies", ysn(lerp(0.76, 0.81, i)), shown=lambda r: has_hobbies)
    fill(people, "listened_to", ysn([0.74, 0.75, 0.77, 0.78, 0.80, 0.82][i]))
    fill(people, "knows_plan", ynsn(lerp(0.55, 0.62, i)))
    fill(
        people,
        "want_attend_review",
        {"yes": lerp(0.35, 0.40, i), "some": lerp(0.25, 0.27, i), "no": lerp(0.40, 0.33, i)},
    )
    attending = lambda r: r["want_attend_review"] != "no"  # noqa: E731  (ODK relevance)
    fill(
        people, "chair_review", {"yes": lerp(0.12, 0.20, i), "maybe": 0.30, "no": lerp(0.58, 0.50, i)}, shown=attending
    )
    fill_multiple(
        people,
        "who_at_review",
        {"carer": 0.8, "parents": 0.45, "social_worker": 0.5, "teacher": 0.2, "advocate": 0.1, "friend": 0.15},
        shown=attending,
    )
    fill(people, "feel_today", faces(0.65, 0.07))
    for r in people:
        r["going_well"] = (
            comments.make(
                "review-going-well", GOING_WELL_CHILD, GOING_WELL_CHILD_OTHER, child_voice, 0.10, "going_well_child"
            )
            if rng.random() < 0.75
            else SKIPPED
        )
        boosts = {
            "contact-family": 2.0 if r["family_time"] in ("no", "sometimes") else 1.0,
            "social-worker-change": lerp(1.3, 0.8, i),
        }
        r["change_one"] = (
            comments.make(
                "review-change",
                CHANGE_CHILD,
                CHANGE_CHILD_OTHER,
                child_voice,
                0.09,
                "change_child",
                second=0.15,
                boosts=boosts,
            )
            if rng.random() < 0.65
            else SKIPPED
        )
    return people


def odk_submission(r, version):
    kobo_version, _ = R812_FORMS[version]
    lines = [
        "<?xml version='1.0' ?>",
        f'<data xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms" '
        f'id="child-review-8-12" version="{version}">',
        "  <formhub>",
        "    <uuid>3f1c9a7e52b84d0c9e6a0d41b7c2e815</uuid>",
        "  </formhub>",
        f"  <start>{odk_time(r['start'])}</start>",
        f"  <end>{odk_time(r['end'])}</end>",
    ]

    def element(qid, indent):
        value = r[qid]
        if value is NOT_SHOWN:
            return []
        if isinstance(value, list):
            value = " ".join(v for v in R812_WHO if v in value)
        return [f"{indent}<{qid}/>" if value == "" else f"{indent}<{qid}>{escape(value)}</{qid}>"]

    for group, qids in R812_GROUPS:
        if group is None:
            for q in qids:
                lines += element(q, "  ")
            continue
        lines.append(f"  <{group}>")
        for q in qids:
            lines += element(q, "    ")
        lines.append(f"  </{group}>")
    lines += [
        f"  <__version__>{kobo_version}</__version__>",
        "  <meta>",
        f"    <instanceID>uuid:{r['uuid']}</instanceID>",
        "  </meta>",
        "</data>",
    ]
    return "\n".join(lines) + "\n"


def write_8_12_xml(period, people, version):
    folder = BATCHES / "child-review-8-12" / period
    folder.mkdir(parents=True, exist_ok=True)
    for r in people:
        (folder / f"{r['uuid']}.xml").write_text(odk_submission(r, version), encoding="utf-8")


KOBO_TRAILER = [
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "_index",
]


def write_8_12_kobo(period, people, first_id):
    header = ["start", "end"]
    for group, qids in R812_GROUPS:
        for q in qids:
            name = f"{group}/{q}" if group else q
            header.append(name)
            if q == "who_at_review":
                header += [f"{name}/{v}" for v in R812_WHO]
    header += ["meta/instanceID"] + KOBO_TRAILER
    rows = [header]
    kobo_version = R812_FORMS["2025091501"][0]
    next_id = first_id
    for index, r in enumerate(people, start=1):
        row = [odk_time(r["start"]), odk_time(r["end"])]
        for _, qids in R812_GROUPS:
            for q in qids:
                value = r[q]
                if q == "who_at_review":
                    if value is NOT_SHOWN:
                        row += [""] + [""] * len(R812_WHO)
                    else:
                        row += [" ".join(v for v in R812_WHO if v in value)] + [
                            "1" if v in value else "0" for v in R812_WHO
                        ]
                else:
                    row.append("" if value is NOT_SHOWN else value)
        next_id += rng.randint(3, 400)
        submitted = utc(r["end"]) + dt.timedelta(seconds=rng.randint(5, 7200))
        row += [
            f"uuid:{r['uuid']}",
            str(next_id),
            r["uuid"],
            submitted.strftime("%Y-%m-%dT%H:%M:%S"),
            "",
            "",
            "submitted_via_web",
            "",
            kobo_version,
            "",
            str(index),
        ]
        rows.append(row)
    write_csv(
        BATCHES / "child-review-8-12" / period / f"child_review_8_12_{period}_kobo.csv",
        rows,
        delimiter=";",
        quoting=csv.QUOTE_ALL,
    )
    return next_id


# ---------------------------------------------------------------- child-review-13-plus (Google Forms, then MS Forms)

R13_TEXT = [
    ("age_band", "Age group"),
    ("placement_type", "Where I live"),
    ("feel_safe", "Do you feel safe where you live?"),
    ("settled", "Do you feel settled where you live?"),
    ("knows_social_worker", "Do you know who your social worker is and how to contact them?"),
    ("sw_changes", "How many social workers have you had in the last 12 months?"),
    ("trusted_adult", "Is there an adult you trust who you can talk to?"),
    ("family_time", "Do you get enough time with your family?"),
    ("education", "Is school, college or work going well?"),
    ("health_help", "Can you get help with your health and your feelings when you need it?"),
    ("have_say", "Do you get a say in decisions about your life?"),
    ("speak_private", "Can you talk to your social worker in private when you want to?"),
    ("privacy", "Do the adults you live with respect your privacy and your things?"),
    ("independence", "Are you getting help to learn skills for when you're older, like cooking and managing money?"),
    ("knows_plan", "Do you understand your care plan?"),
    ("attend_review", "Do you want to come to your review?"),
    ("chair_review", "Would you like to chair your review?"),
    ("who_at_review", "Who would you like at your review?"),
    ("going_well", "What is going well?"),
    ("change_one", "What would you like to change?"),
    ("anything_else", "Is there anything else you want your reviewing officer (IRO) to know?"),
]
R13_LABELS = {
    "age_band": {"13-15": "13 to 15", "16-17": "16 or 17"},
    "placement_type": {
        "foster": "Foster care",
        "kinship": "With family or friends (kinship care)",
        "residential": "Children's home",
        "other": "Somewhere else (for example supported accommodation)",
    },
    "always-never": {"always": "Always", "mostly": "Most of the time", "sometimes": "Sometimes", "never": "Never"},
    "yes-sometimes-no": {"yes": "Yes", "sometimes": "Sometimes", "no": "No"},
    "yes-not-sure-no": {"yes": "Yes", "not_sure": "Not sure", "no": "No"},
    "sw_changes": {"1": "1", "2": "2", "3-plus": "3 or more", "dont_know": "Don't know"},
    "attend_review": {"yes": "Yes", "part": "For part of it", "views_only": "No, but I'll send my views", "no": "No"},
    "chair_review": {"yes": "Yes", "maybe": "Maybe", "no": "No"},
    "who_at_review": {
        "carer": "My carer or keyworker",
        "family": "My mum, dad or other family",
        "social_worker": "My social worker",
        "school": "Someone from school or college",
        "advocate": "An advocate",
        "pa": "My personal adviser",
        "friend": "A friend",
    },
}
R13_SCALE = {
    "feel_safe": "always-never",
    "settled": "always-never",
    "knows_social_worker": "yes-not-sure-no",
    "trusted_adult": "yes-not-sure-no",
    "family_time": "yes-sometimes-no",
    "education": "yes-sometimes-no",
    "health_help": "always-never",
    "have_say": "always-never",
    "speak_private": "always-never",
    "privacy": "always-never",
    "independence": "yes-sometimes-no",
    "knows_plan": "yes-not-sure-no",
}


def label_13(qid, value):
    labels = R13_LABELS.get(R13_SCALE.get(qid, qid))
    if isinstance(value, list):
        return [labels[v] for v in labels if v in value]
    return labels[value] if labels and value else value


def review_13_plus(i, period):
    n = [112, 131, 145, 138, 156, 170][i]
    first, last = quarter_bounds(period)
    people = []
    for _ in range(n):
        end = random_moment(first, last, hours=(9, 23), weekend_share=0.4)
        people.append({"end": end, "start": end - dt.timedelta(seconds=rng.randint(150, 1800))})
    people.sort(key=lambda r: r["end"])
    fill(people, "age_band", {"13-15": 0.55, "16-17": 0.45}, skip=0.01)
    fill(people, "placement_type", {"foster": 0.60, "kinship": 0.14, "residential": 0.16, "other": 0.10}, skip=0.01)
    fill(people, "feel_safe", always(lerp(0.84, 0.88, i)), skip=0.04)
    fill(people, "settled", always(lerp(0.76, 0.80, i)), skip=0.04)
    fill(people, "knows_social_worker", ynsn([0.74, 0.76, 0.79, 0.81, 0.83, 0.86][i]), skip=0.04)
    one = [0.52, 0.50, 0.55, 0.58, 0.60, 0.63][i]
    three = lerp(0.14, 0.09, i)
    fill(people, "sw_changes", {"1": one, "2": 1 - one - three - 0.06, "3-plus": three, "dont_know": 0.06}, skip=0.04)
    fill(people, "trusted_adult", ynsn(lerp(0.82, 0.85, i)), skip=0.04)
    fill(people, "family_time", ysn([0.55, 0.54, 0.53, 0.52, 0.51, 0.50][i]), skip=0.04)
    fill(people, "education", ysn(lerp(0.62, 0.68, i)), skip=0.05)
    fill(people, "health_help", always(lerp(0.58, 0.60, i)), skip=0.05)
    fill(people, "have_say", always([0.66, 0.68, 0.70, 0.72, 0.74, 0.76][i]), skip=0.04)
    fill(people, "speak_private", always(lerp(0.70, 0.76, i)), skip=0.05)
    fill(people, "privacy", always([0.72, 0.73, 0.75, 0.76, 0.77, 0.78][i]), skip=0.05)
    fill(people, "independence", ysn([0.55, 0.57, 0.60, 0.62, 0.64, 0.66][i]), skip=0.05)
    fill(people, "knows_plan", ynsn(lerp(0.58, 0.65, i)), skip=0.05)
    fill(people, "attend_review", {"yes": 0.30, "part": 0.22, "views_only": 0.28, "no": 0.20}, skip=0.03)
    attending = lambda r: r["attend_review"] in ("yes", "part")  # noqa: E731  (the form branches)
    fill(
        people,
        "chair_review",
        {"yes": lerp(0.10, 0.18, i), "maybe": 0.30, "no": lerp(0.60, 0.52, i)},
        shown=attending,
        skip=0.02,
    )
    fill_multiple(
        people,
        "who_at_review",
        {
            "carer": 0.75,
            "family": 0.40,
            "social_worker": 0.55,
            "school": 0.15,
            "advocate": 0.12,
            "pa": 0.2,
            "friend": 0.18,
        },
        shown=attending,
        skip=0.04,
    )
    for r in people:
        r["going_well"] = (
            comments.make(
                "review-going-well",
                GOING_WELL_TEEN,
                GOING_WELL_TEEN_OTHER,
                teen_voice,
                0.11,
                "going_well_teen",
                second=0.2,
                other_voice=teen_plain,
            )
            if rng.random() < 0.65
            else SKIPPED
        )
        boosts = {
            "contact-family": 1.8 if r["family_time"] in ("no", "sometimes") else 1.0,
            "social-worker-change": (2.0 if r["sw_changes"] == "3-plus" else 1.0) * lerp(1.2, 0.8, i),
        }
        r["change_one"] = (
            comments.make(
                "review-change",
                CHANGE_TEEN,
                CHANGE_TEEN_OTHER,
                teen_voice,
                0.08,
                "change_teen",
                second=0.12,
                boosts=boosts,
                other_voice=teen_plain,
            )
            if rng.random() < 0.70
            else SKIPPED
        )
        r["anything_else"] = (
            comments.make(
                "review-change",
                CHANGE_TEEN,
                CHANGE_TEEN_OTHER,
                teen_voice,
                0.22,
                "change_teen",
                second=0.05,
                boosts=boosts,
                other_voice=teen_plain,
            )
            if rng.random() < 0.30
            else SKIPPED
        )
    return people


def write_13_google(period, people):
    rows = [["Timestamp"] + [text for _, text in R13_TEXT]]
    for r in people:
        row = [r["end"].strftime("%d/%m/%Y %H:%M:%S")]
        for qid, _ in R13_TEXT:
            value = r[qid]
            if value is NOT_SHOWN or value == SKIPPED:
                row.append("")
            elif isinstance(value, list):
                row.append(", ".join(label_13(qid, value)))
            else:
                row.append(label_13(qid, value))
        rows.append(row)
    write_csv(BATCHES / "child-review-13-plus" / period / f"my-review-13-plus-form-responses-{period}.csv", rows)


def write_13_msforms(period, people, first_id):
    from openpyxl import Workbook  # only needed here
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name"] + [text for _, text in R13_TEXT])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, r in enumerate(people, start=first_id):
        row = [number, r["start"].replace(microsecond=0), r["end"].replace(microsecond=0), "anonymous", None]
        for qid, _ in R13_TEXT:
            value = r[qid]
            if value is NOT_SHOWN or value == SKIPPED:
                row.append(None)
            elif isinstance(value, list):
                row.append("".join(label + ";" for label in label_13(qid, value)) or None)
            else:
                row.append(label_13(qid, value))
        sheet.append(row)
    for cell in sheet["B"][1:] + sheet["C"][1:]:
        cell.number_format = "m/d/yy h:mm:ss"
    sheet.column_dimensions["B"].width = sheet.column_dimensions["C"].width = 18
    created = dt.datetime(2026, 11, 1, 9, 0, 0)
    book.properties.creator = "Microsoft Forms"
    book.properties.created = book.properties.modified = created
    path = BATCHES / "child-review-13-plus" / period / f"my-review-13-plus-{period}.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    normalise_zip(path)
    return first_id + len(people)


# ---------------------------------------------------------------- foster-carer-survey (SurveyMonkey, then Qualtrics)

AGREE_ITEMS = [  # id, Qualtrics tag, ImportId, SurveyMonkey header (None: not asked that year), shares by year
    ("ssw_support", "Q4", "QID4", "I get good support from my supervising social worker", (0.79, 0.81)),
    ("out_of_hours", "Q5", "QID5", "I can get help out of office hours when I need it", (0.34, 0.41)),
    (
        "info_before_placement",
        "Q6",
        "QID6",
        "I get enough information about a child before they come to live with me.",
        (0.48, 0.51),
    ),
    (
        "csw_communication",
        "Q7",
        "QID7",
        "Children's social workers keep me informed and return my calls.",
        (0.50, 0.49),
    ),
    ("payments_on_time", "Q8", "QID8", "My allowances and fees are paid on time.", (0.74, 0.80)),
    (
        "payments_enough",
        "Q9",
        "QID9",
        "The allowance covers the cost of caring for the children I look after.",
        (0.44, 0.40),
    ),
    ("training_useful", "Q10", "QID10", "The training I have done in the last year was useful.", (0.84, 0.85)),
    ("respite", "Q11", "QID11", "I can get a short break (respite) when I need one.", (0.27, 0.26)),
    ("feel_valued", "Q12", "QID12", "I feel valued and treated as part of the team around the child.", (0.61, 0.64)),
    ("delegated_authority", "Q13", "QID21", None, (None, 0.66)),
    (
        "allegations_support",
        "Q14",
        "QID14",
        "I know what support I would get if an allegation were made against me.",
        (0.52, 0.57),
    ),
]
AGREE_TEXT = {
    "ssw_support": "I get the support I need from my supervising social worker.",
    "out_of_hours": "I can get help out of hours when I need it.",
    "delegated_authority": "I know which day-to-day decisions I can make for the child (delegated authority).",
}
AGREE_LABELS = {
    "1": "Strongly disagree",
    "2": "Disagree",
    "3": "Neither agree nor disagree",
    "4": "Agree",
    "5": "Strongly agree",
}
CARER_TYPES = [
    ("mainstream", "Mainstream fostering", "1"),
    ("kinship", "Kinship or connected person", "2"),
    ("short-breaks", "Short breaks", "3"),
]
YEARS_BANDS = [
    ("under-2", "Less than 2 years", "1"),
    ("2-5", "2 to 5 years", "2"),
    ("6-10", "6 to 10 years", "3"),
    ("over-10", "More than 10 years", "4"),
]
SUPPORT = [
    ("support-group", "Foster carer support group"),
    ("buddy", "Buddy or mentor carer"),
    ("out-of-hours-line", "Out-of-hours phone line"),
    ("short-breaks", "Short breaks or respite"),
    ("training", "Training courses"),
    ("therapeutic", "Therapeutic or CAMHS consultation"),
    ("none", "None of these"),
]
INTEND = [("yes", "Yes", "1"), ("not-sure", "Not sure", "2"), ("no", "No", "3")]
CARER_QUESTIONS = (
    ["carer_type", "years_band", "years_fostering"]
    + [item[0] for item in AGREE_ITEMS]
    + ["support_used", "intend_to_continue", "what_helps", "what_to_improve"]
)


def carers(j, first, last, n):
    people = []
    for _ in range(n):
        end = random_moment(first, last, hours=(7, 23), weekend_share=0.5)
        people.append({"end": end, "start": end - dt.timedelta(seconds=rng.randint(240, 2400))})
    people.sort(key=lambda r: r["end"])
    fill(people, "carer_type", {"mainstream": 0.68, "kinship": 0.24, "short-breaks": 0.08}, skip=0)
    fill(people, "years_band", {"under-2": 0.20, "2-5": 0.30, "6-10": 0.25, "over-10": 0.25}, skip=0.01)
    spans = {"under-2": (1, 2), "2-5": (2, 5), "6-10": (6, 10), "over-10": (11, 31), "": (1, 20)}
    for r in people:
        low, high = spans[r["years_band"]]
        if rng.random() < 0.15:
            high += 8  # fostered for another agency before
        r["years_fostering"] = str(rng.randint(low, high)) if rng.random() > 0.03 else SKIPPED
    for qid, _, _, sm_text, shares in AGREE_ITEMS:
        if shares[j] is None:
            for r in people:
                r[qid] = NOT_SHOWN
        else:
            fill(people, qid, agree5(shares[j]), skip=0.02)
    fill_multiple(
        people,
        "support_used",
        {
            "support-group": 0.45,
            "buddy": 0.20,
            "out-of-hours-line": 0.25,
            "short-breaks": 0.22,
            "training": 0.80,
            "therapeutic": 0.18,
            "none": 0.06,
        },
        exclusive="none",
        skip=0.03,
    )
    fill(people, "intend_to_continue", {"yes": (0.78, 0.80)[j], "not-sure": 0.15, "no": (0.07, 0.05)[j]}, skip=0.02)
    for r in people:
        r["what_helps"] = (
            comments.make(
                "carer-comments",
                CARER_HELPS,
                CARER_OTHER,
                carer_voice(CARER_EXTRA_HELPS),
                0.11,
                "carer",
                second=0.3,
                join=" ",
                keep_case=True,
                other_voice=as_is,
            )
            if rng.random() < 0.70
            else SKIPPED
        )
        boosts = {
            "respite": 2.0 if r["respite"] in ("1", "2") else 1.0,
            "out-of-hours": 2.0 if r["out_of_hours"] in ("1", "2") else 1.0,
        }
        r["what_to_improve"] = (
            comments.make(
                "carer-comments",
                CARER_IMPROVE,
                CARER_OTHER,
                carer_voice(CARER_EXTRA_IMPROVE),
                0.10,
                "carer",
                second=0.3,
                boosts=boosts,
                join=" ",
                keep_case=True,
                other_voice=as_is,
            )
            if rng.random() < 0.75
            else SKIPPED
        )
    # A few carers stop part-way: everything after a point is left unanswered.
    for r in rng.sample(people, k=max(3, n // 30)):
        stop = rng.randint(4, len(CARER_QUESTIONS) - 2)
        r["stopped_after"] = stop
        for qid in CARER_QUESTIONS[stop:]:
            if r[qid] is not NOT_SHOWN:
                r[qid] = [] if qid == "support_used" else SKIPPED
    return people


def write_carers_surveymonkey(period, people):
    head = [
        "Respondent ID",
        "Collector ID",
        "Start Date",
        "End Date",
        "IP Address",
        "Email Address",
        "First Name",
        "Last Name",
        "Custom Data 1",
    ]
    row1, row2 = list(head), [""] * len(head)
    row1 += ["Type of fostering", "Years fostering with us", "In total, how many years have you been a foster carer?"]
    row2 += ["Response", "Response", "Open-Ended Response"]
    asked = [item for item in AGREE_ITEMS if item[3]]
    for item in asked:
        row1.append(item[3])
        row2.append("Response")
    row1 += ["Which of these have you used in the last 12 months?"] + [""] * (len(SUPPORT) - 1)
    row2 += [label for _, label in SUPPORT]
    row1 += [
        "Do you plan to continue fostering with us over the next 12 months?",
        "What helps you most as a foster carer?",
        "What one thing should we improve?",
    ]
    row2 += ["Response", "Open-Ended Response", "Open-Ended Response"]
    rows = [row1, row2]
    respondent = 11408862011
    when = "%m/%d/%Y %I:%M:%S %p"
    for r in people:
        respondent += rng.randint(1000, 90000)
        collector = "432198765" if rng.random() < 0.85 else "432201177"
        row = [str(respondent), collector, r["start"].strftime(when), r["end"].strftime(when), "", "", "", "", ""]
        row.append({v: label for v, label, _ in CARER_TYPES}.get(r["carer_type"], ""))
        row.append({v: label for v, label, _ in YEARS_BANDS}.get(r["years_band"], ""))
        row.append(r["years_fostering"])
        for item in asked:
            row.append(AGREE_LABELS.get(r[item[0]], ""))
        row += [label if value in r["support_used"] else "" for value, label in SUPPORT]
        row.append({v: label for v, label, _ in INTEND}.get(r["intend_to_continue"], ""))
        row += [r["what_helps"], r["what_to_improve"]]
        rows.append(row)
    write_csv(BATCHES / "foster-carer-survey" / period / "foster-carer-survey-2024-25-all-responses.csv", rows)


def qualtrics_id():
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "R_" + "".join(rng.choice(alphabet) for _ in range(15))


def write_carers_qualtrics(period, people):
    meta = [
        ("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"Europe/London"}'),
        ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"Europe/London"}'),
        ("Status", "Response Type", '{"ImportId":"status"}'),
        ("IPAddress", "IP Address", '{"ImportId":"ipAddress"}'),
        ("Progress", "Progress", '{"ImportId":"progress"}'),
        ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
        ("Finished", "Finished", '{"ImportId":"finished"}'),
        ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"Europe/London"}'),
        ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
        ("RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'),
        ("RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'),
        ("RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'),
        ("ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'),
        ("LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'),
        ("LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'),
        ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
        ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}'),
    ]
    columns = list(meta)
    columns += [
        ("carer_type", "Type of fostering", '{"ImportId":"QID1"}'),
        ("years_band", "Years fostering with us", '{"ImportId":"QID2"}'),
        ("Q3", "In total, how many years have you been a foster carer?", '{"ImportId":"QID3_TEXT"}'),
    ]
    for qid, tag, import_id, sm_text, _ in AGREE_ITEMS:
        columns.append((tag, AGREE_TEXT.get(qid, sm_text), '{"ImportId":"%s"}' % import_id))
    for k, (_, label) in enumerate(SUPPORT, start=1):
        columns.append(
            (
                f"Q15_{k}",
                f"Which of these have you used in the last 12 months? - {label}",
                '{"ImportId":"QID15","choiceId":"%d"}' % k,
            )
        )
    columns += [
        ("Q16", "Do you intend to carry on fostering with us for the next 12 months?", '{"ImportId":"QID16"}'),
        ("Q17", "What helps you most as a foster carer?", '{"ImportId":"QID17_TEXT"}'),
        ("Q18", "What one thing should we improve?", '{"ImportId":"QID18_TEXT"}'),
    ]
    rows = [[c[0] for c in columns], [c[1] for c in columns], [c[2] for c in columns]]
    when = "%Y-%m-%d %H:%M:%S"
    code = {
        "carer_type": {v: c for v, _, c in CARER_TYPES},
        "years_band": {v: c for v, _, c in YEARS_BANDS},
        "intend_to_continue": {v: c for v, _, c in INTEND},
    }
    for r in people:
        finished = "stopped_after" not in r
        progress = 100 if finished else int(100 * r["stopped_after"] / len(CARER_QUESTIONS))
        recorded = r["end"] if finished else r["start"] + dt.timedelta(days=7, seconds=rng.randint(0, 600))
        duration = int((r["end"] - r["start"]).total_seconds())
        row = [
            r["start"].strftime(when),
            (r["end"] if finished else recorded).strftime(when),
            "IP Address",
            "",
            str(progress),
            str(duration if finished else int((recorded - r["start"]).total_seconds())),
            "True" if finished else "False",
            recorded.strftime(when),
            qualtrics_id(),
            "",
            "",
            "",
            "",
            "",
            "",
            "anonymous",
            "EN-GB",
        ]
        row += [
            code["carer_type"].get(r["carer_type"], ""),
            code["years_band"].get(r["years_band"], ""),
            r["years_fostering"],
        ]
        row += [r[item[0]] or "" for item in AGREE_ITEMS]
        row += ["1" if value in r["support_used"] else "" for value, _ in SUPPORT]
        row += [code["intend_to_continue"].get(r["intend_to_continue"], ""), r["what_helps"], r["what_to_improve"]]
        rows.append(row)
    write_csv(
        BATCHES / "foster-carer-survey" / period / "Foster_carer_survey_2025-26_February_23_2026_09.14.csv",
        rows,
        bom=True,
    )


# ---------------------------------------------------------------- cicc-pledge-consultation (LimeSurvey, then paper)

CICC_STATEMENTS = [  # id, LimeSurvey code, short heading on the paper form, agree share by round
    ("knows_social_worker", "Q2", "Know my worker", (0.78, 0.82, 0.86)),
    ("have_say", "Q3", "Listened to", (0.69, 0.73, 0.77)),
    ("family_contact", "Q4", "Family and friends", (0.63, 0.58, 0.54)),
    ("safe_settled", "Q5", "Safe and settled", (0.84, 0.86, 0.88)),
    ("education_help", "Q6", "School and college", (0.71, 0.74, 0.78)),
    ("feelings_help", "Q7", "Help with feelings", (0.55, 0.57, 0.59)),
    ("hobbies", "Q8", "Hobbies and birthdays", (0.79, 0.80, 0.83)),
    ("respect_privacy", "Q9", "Respect and privacy", (0.73, 0.76, 0.79)),
    ("ready_adult", "Q10", "Ready for adult life", (0.60, 0.64, 0.69)),
]
CICC_HEAR = [
    ("social-media", "SQ001", "social media"),
    ("text", "SQ002", "Text message"),
    ("cicc", "SQ003", "CiCC"),
    ("worker", "SQ004", "worker"),
    ("leaflet", "SQ005", "leaflet"),
    ("app", "SQ006", "app"),
]
CICC_AGREE_CODE = {"agree": "A1", "sort-of": "A2", "disagree": "A3", "dont-know": "A4"}


def cicc(k, first, last, n):
    people = []
    for _ in range(n):
        people.append({"end": random_moment(first, last, hours=(10, 20), weekend_share=0.5)})
    people.sort(key=lambda r: r["end"])
    fill(people, "age_band", {"11-15": 0.45, "16-17": 0.30, "18-25": 0.25}, skip=0)
    for r in people:
        r["status"] = (
            "care-leaver"
            if r["age_band"] == "18-25" or (r["age_band"] == "16-17" and rng.random() < 0.1)
            else "in-care"
        )
    fill(people, "heard_of_pledge", {"yes": (0.36, 0.49, 0.62)[k], "no": 1 - (0.36, 0.49, 0.62)[k]}, skip=0.02)
    for qid, _, _, shares in CICC_STATEMENTS:
        fill(people, qid, agree4(shares[k]), skip=0.03)
    fill_multiple(
        people,
        "how_hear",
        {"social-media": 0.55, "text": 0.40, "cicc": 0.30, "worker": 0.45, "leaflet": 0.12, "app": 0.25},
        skip=0.08,
    )
    for r in people:
        boosts = {"family-contact": 2.0 if r["family_contact"] in ("disagree", "sort-of") else 1.0}
        r["pledge_comments"] = (
            comments.make(
                "cicc-comments",
                CICC,
                CICC_OTHER,
                yp_voice,
                0.09,
                "cicc",
                second=0.12,
                boosts=boosts,
                other_voice=teen_plain,
            )
            if rng.random() < 0.55
            else SKIPPED
        )
    return people


def limesurvey_field(value):
    """LimeSurvey quotes every value and writes NULL (a question never reached) as an empty unquoted field."""
    return "" if value is NOT_SHOWN else '"' + str(value).replace('"', '""') + '"'


def write_cicc_limesurvey(period, people):
    header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "ageband", "status", "Q1"]
    header += [code for _, code, _, _ in CICC_STATEMENTS] + [f"Q11[{sq}]" for _, sq, _ in CICC_HEAR] + ["Q12"]
    lines = [",".join(limesurvey_field(h) for h in header)]
    incomplete = set(rng.sample(range(len(people)), 3))
    for number, r in enumerate(people, start=1):
        done = number - 1 not in incomplete
        age = {"11-15": "A1", "16-17": "A2", "18-25": "A3"}[r["age_band"]]
        status = {"in-care": "A1", "care-leaver": "A2"}[r["status"]]
        heard = {"yes": "Y", "no": "N", "": ""}[r["heard_of_pledge"]]
        values = [
            str(number),
            r["end"].strftime("%Y-%m-%d %H:%M:%S") if done else NOT_SHOWN,
            "3" if done else "1",
            "en",
            str(rng.randint(100000000, 2147483647)),
            age,
            status,
            heard,
        ]
        if done:
            values += [CICC_AGREE_CODE.get(r[qid], "") for qid, _, _, _ in CICC_STATEMENTS]
            values += ["Y" if value in r["how_hear"] else "" for value, _, _ in CICC_HEAR]
            values.append(r["pledge_comments"])
        else:
            values += [NOT_SHOWN] * (len(CICC_STATEMENTS) + len(CICC_HEAR) + 1)
        lines.append(",".join(limesurvey_field(v) for v in values))
    path = BATCHES / "cicc-pledge-consultation" / period / "results-survey482915.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def keyed(value, variants):
    """How a member of staff types a paper answer into a spreadsheet."""
    choices = variants.get(value, [(value, 1)])
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


KEYED_AGREE = {
    "agree": [("Agree", 8), ("agree", 2)],
    "sort-of": [("Sort of", 8), ("sort of", 2)],
    "disagree": [("Disagree", 8), ("disagree", 1)],
    "dont-know": [("Don't know", 5), ("DK", 3), ("dont know", 2)],
}
KEYED_OTHER = {
    "yes": [("Yes", 7), ("Y", 2), ("yes", 1)],
    "no": [("No", 7), ("N", 2), ("no", 1)],
    "in-care": [("In care", 8), ("in care", 2)],
    "care-leaver": [("Care leaver", 8), ("leaver", 2)],
}


def write_cicc_paper(period, people, prefix, short_headings):
    header = ["response_id", "date_completed", "age_band", "status", "heard_of_pledge"]
    header += [qid for qid, _, _, _ in CICC_STATEMENTS] + ["how_hear", "pledge_comments"]
    if short_headings:
        header = ["Response ID", "Date completed", "Age group", "In care or care leaver", "Heard of Pledge?"]
        header += [short for _, _, short, _ in CICC_STATEMENTS] + ["How to hear", "Comments"]
    rows = [header]
    for number, r in enumerate(people, start=1):
        row = [
            f"{prefix}-{number:03d}",
            r["end"].strftime("%d/%m/%Y"),
            r["age_band"],
            keyed(r["status"], KEYED_OTHER),
            keyed(r["heard_of_pledge"], KEYED_OTHER),
        ]
        row += [keyed(r[qid], KEYED_AGREE) for qid, _, _, _ in CICC_STATEMENTS]
        row.append(rng.choice(["; ", ";"]).join(word for value, _, word in CICC_HEAR if value in r["how_hear"]))
        row.append(r["pledge_comments"])
        rows.append(row)
    write_csv(BATCHES / "cicc-pledge-consultation" / period / f"pledge-check-{period}-paper-forms.csv", rows, bom=True)


# ---------------------------------------------------------------- main


def main():
    if BATCHES.exists():
        shutil.rmtree(BATCHES)
    next_kobo_id = 318440112
    next_msforms_id = 1
    for i, period in enumerate(QUARTERS):
        version = "2025040101" if i < 2 else "2025091501"
        young = review_8_12(i, period, has_hobbies=R812_FORMS[version][1])
        if i < 3:
            write_8_12_xml(period, young, version)
        else:
            next_kobo_id = write_8_12_kobo(period, young, next_kobo_id)
        older = review_13_plus(i, period)
        if i < 2:
            write_13_google(period, older)
        else:
            next_msforms_id = write_13_msforms(period, older, next_msforms_id)
    write_carers_surveymonkey("2024-25", carers(0, dt.date(2025, 1, 13), dt.date(2025, 2, 21), 212))
    write_carers_qualtrics("2025-26", carers(1, dt.date(2026, 1, 12), dt.date(2026, 2, 20), 246))
    write_cicc_limesurvey("2025-26-Q2", cicc(0, dt.date(2025, 7, 21), dt.date(2025, 9, 26), 64))
    write_cicc_paper("2025-26-Q4", cicc(1, dt.date(2026, 2, 2), dt.date(2026, 3, 27), 88), "CICC-26FEB", False)
    write_cicc_paper("2026-27-Q2", cicc(2, dt.date(2026, 7, 6), dt.date(2026, 9, 25), 103), "CICC-26JUL", True)
    for codebook, (coded, total) in sorted(comments.designed.items()):
        print(f"{codebook}: {total} comments, {coded} written to be codable ({100 * coded / total:.1f}%)")
    coded = sum(c for c, _ in comments.designed.values())
    total = sum(t for _, t in comments.designed.values())
    print(f"all: {total} comments, {100 * coded / total:.1f}% written to be codable")


if __name__ == "__main__":
    main()
