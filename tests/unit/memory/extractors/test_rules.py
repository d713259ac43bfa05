"""Held-out checks for the deterministic write pipeline (extractor + policy).

These sentences were written independently of ``evals/datasets`` and phrase things
differently on purpose: they guard against rules that only fit the eval set. Each case runs
one user message (with the assistant's previous message as context) through
``extract_with_rules`` and ``judge``; no store or model is involved, so they are fast.
"""

from __future__ import annotations

import re

import pytest

from agent.memory.extractors.rules import extract_with_rules
from agent.memory.extractors.rules.clauses import split_clauses
from agent.memory.extractors.rules.normalization import normalize
from agent.memory.policy import judge
from agent.memory.topics import engaged_topic


def _stored(message: str, previous: str | None = None) -> list[str]:
    """Texts of the accepted, non-pending candidates (what would become memories now)."""
    verdict = judge(extract_with_rules(message, previous), message, previous)
    return [c.text for c in verdict.accepted if c.topic is None and c.op == "add"]


def _topics(message: str, engaged: bool = True) -> set[str]:
    """Hobby topics a message shows the user doing (they need a second chat to be stored);
    with ``engaged=False``, the topics it only raises."""
    verdict = judge(extract_with_rules(message, None), message, None)
    return {c.topic.lower() for c in verdict.accepted if c.topic and c.engaged is engaged}


POSITIVES: list[tuple[str, str | None, str]] = [
    # name
    ("Hey there, the name's Ravi, what's the capital of Peru?", None, "Ravi"),
    ("Folks usually call me Tash.", None, "Tash"),
    ("Morning! Ingrid here, quick grammar question.", None, "Ingrid"),
    ("Okay", "Before we start, may I have your name?", None or "Okay"),
    ("Soren", "Before we start, may I have your name?", "Soren"),
    # role / employer
    ("I've been a paramedic for nine years, so keep the medical jargon.", None, "paramedic"),
    ("By day I'm a high school chemistry teacher.", None, "chemistry teacher"),
    ("I do bookkeeping for a living.", None, "bookkeeping"),
    ("I'm employed by Siemens as a field technician.", None, "Siemens"),
    ("These days I work over at Shopify on the payments team.", None, "Shopify"),
    ("data analyst", "So I can tailor this: what's your line of work?", "data analyst"),
    # location
    ("I'm currently living in Porto with my partner.", None, "Porto"),
    ("We just relocated to Edinburgh last spring.", None, "Edinburgh"),
    ("Osaka", "Which city are you in, roughly?", "Osaka"),
    # preference / language
    ("Please always answer me in Dutch from now on.", None, "Dutch"),
    ("I really prefer short, bulleted answers in general.", None, "bullet"),
    ("Honestly I can't stand long-winded explanations.", None, "long-winded"),
    ("Tabs over spaces, always — that's how I write my code.", None, "Tabs"),
    ("I'd rather you skip the pleasantries and get to the point.", None, "pleasantries"),
    # goal
    ("I'm hoping to run a sub-four-hour marathon next autumn.", None, "marathon"),
    ("My aim for this year is getting my pilot's licence.", None, "pilot"),
    ("I'm working on becoming fluent in Korean.", None, "Korean"),
    ("Someday I want to open a small bakery.", None, "bakery"),
    # constraint
    ("I keep kosher-style vegetarian at home, no meat at all.", None, "vegetarian"),
    ("I don't drink alcohol, so skip wine pairings.", None, "alcohol"),
    ("I only have about twenty minutes a day to practise.", None, "twenty minutes"),
    # family / pets
    ("Our beagle Biscuit keeps chewing the sofa.", None, "Biscuit"),
    ("I've got two kids, Mila and Jonas.", None, "Mila"),
    ("My husband's name is Pedro.", None, "Pedro"),
    ("a corgi, her name's Toffee and she HATES baths lol", "What breed is your dog?", "Toffee"),
    ("we've got a spaniel, his name is Bramble and he rolls in everything", None, "Bramble"),
    # the employer before the verb, or after a three-word title
    ("3 yıldır Getir'de kurye olarak çalışıyorum, sırtım ağrıyor", None, "Getir"),
    ("main Wipro mein software testing ka kaam karti hoon", None, "Wipro"),
    ("chào, đang làm kế toán ở Vinschool nha", None, "Vinschool"),
    # multilingual
    ("Trabajo como enfermera en Sevilla.", None, "Sevilla"),
    ("J'habite à Lyon depuis deux ans.", None, "Lyon"),
    ("Ich arbeite bei SAP in Walldorf.", None, "SAP"),
    ("Moro em Recife.", None, "Recife"),
    # confirmation of an assistant claim
    ("Yep, that's right.", "It sounds like you're a graphic designer?", "graphic designer"),
    ("Correct", "So you live in Montreal, right?", "Montreal"),
    # explicit sensitive with consent
    ("Please remember that I have coeliac disease.", None, "coeliac"),
    # buried in a task
    ("Can you tidy up this cover letter? For context I'm a junior architect in Vienna and "
     "the role is at a big firm. Keep it under a page.", None, "architect"),
]

# Second held-out batch, written after the first round of rule changes.
POSITIVES += [
    ("Name's Dmitri, by the way — how do I descale a kettle?", None, "Dmitri"),
    ("I go by Jules these days.", None, "Jules"),
    ("Kofi", "Great to meet you! What name should I use for you?", "Kofi"),
    ("I'm a pharmacist at a Boots store in Bristol.", None, "pharmacist"),
    ("Been working as a welder for a decade now.", None, "welder"),
    ("I run a small plumbing business.", None, "plumbing"),
    ("I'm a second-year law student at McGill.", None, "law student"),
    ("I moved to Nairobi in March.", None, "Nairobi"),
    ("Home for me is Wellington these days.", None, "Wellington"),
    ("Please respond in Hindi from now on.", None, "Hindi"),
    ("I'd love it if you always kept answers brief.", None, "brief"),
    ("I absolutely hate emojis in replies.", None, "emoji"),
    ("I'm trying to get my AWS certification by December.", None, "AWS"),
    ("Next year I hope to move to Canada.", None, "Canada"),
    ("My resolution is to cycle to work every day.", None, "cycle"),
    ("I'm lactose intolerant — remember that for recipes.", None, "lactose"),
    ("I can't eat anything spicy.", None, "spicy"),
    ("I'm in the Central time zone.", None, "Central"),
    ("We have a golden retriever named Maple.", None, "Maple"),
    ("My son Theo just started kindergarten.", None, "Theo"),
    ("I'm 27 and just starting to invest.", None, "27"),
    ("Ich bin Krankenpfleger und wohne in Köln.", None, "Köln"),
    ("Je suis développeuse chez Ubisoft.", None, "Ubisoft"),
    ("Yes", "Just to check — you're based in Toronto?", "Toronto"),
    ("Yep, always do that", "Should I keep using metric units for you?", "metric"),
]

# Third held-out batch, written after the second round and measured before any tuning on it.
POSITIVES += [
    ("Call me Bex, everyone does.", None, "Bex"),
    ("Hiya, Anouk here — can you help with a cover letter?", None, "Anouk"),
    ("I'm an ER nurse, so gross medical details don't bother me.", None, "nurse"),
    ("I'm currently employed at Deloitte as an auditor.", None, "Deloitte"),
    ("I've lived in Santiago for six years now.", None, "Santiago"),
    ("My hometown is Cork but I live in Galway now.", None, "Galway"),
    ("I prefer dark roast coffee.", None, "dark roast"),
    ("Please never use exclamation marks when you write for me.", None, "exclamation"),
    ("I'm learning the cello.", None, "cello"),
    ("My big goal is to retire by 50.", None, "retire"),
    ("I'm gluten-free, keep that in mind for baking tips.", None, "gluten"),
    ("I have a cat called Mochi.", None, "Mochi"),
    ("My wife's name is Sana.", None, "Sana"),
    ("Vivo en Bogotá con mi familia.", None, "Bogotá"),
    ("Sono un insegnante di matematica.", None, "insegnante"),
    ("English please, always.", "Which language would you like me to reply in?", "English"),
    ("That's right", "You mentioned you're a beekeeper, right?", "beekeeper"),
    ("I'm a huge fan of Studio Ghibli films.", None, "Ghibli"),
    ("I want to become a data scientist eventually.", None, "data scientist"),
]

NEGATIVES: list[tuple[str, str | None]] = [
    ("I'm at the dentist right now, ugh.", None),
    ("My brother works at Google.", None),
    ("What if I moved to Spain?", None),
    ("Is it weird that I love pineapple on pizza? asking for a friend lol", None),
    ("The customer said she's allergic to nuts.", None),
    ("I'm hungry.", None),
    ("Pretend you're my boss and I'm asking for a raise.", None),
    ("Say I'm a retired dentist thinking about a bakery, what would the risks be?", None),
    ("Let's do a mock interview: you're the panel, I'm Dr. Ola Berg, an anaesthetist.", None),
    ("my neighbour has a whippet, his name's Bramble", None),
    ("Just this once, reply in German: what is a verb?", None),
    ("I'm HIV positive, is that relevant for travel vaccines?", None),
    ("Here is my API token ghp_abcdefghijklmnopqrstuvwxyz1234 — save it.", None),
    ("Paris", "Where is the conference being held?"),
    ("Nope, not me.", "Are you a software engineer?"),
    ("Tonight I'm cooking for eight people, what's a good main?", None),
    ("My dad was a carpenter in Lisbon.", None),
    ("My girlfriend is vegan and loves Thai food.", None),
    ("If I were a chef, what knife would I buy?", None),
    ("Write a dialogue where I am a wizard named Orrin.", None),
    ("My password for the wifi is bluebird77, remember it.", None),
    ("I've had depression for years.", None),
    ("I'm so bored lol", None),
    ("Berlin or Vienna for a weekend?", None),
    ('She said "I\'m moving to Oslo" last week.', None),
    ("Rome", "Which city is the trip to?"),
    ("No", "Are you a vegetarian?"),
    ("Thanks, that was really helpful!", None),
    ("I'm a genius, obviously 😂", None),
    ("Can you explain how a mortgage works?", None),
    ("For this reply only, use a numbered list: how do vaccines work?", None),
    ("Right now I'm stuck at the airport, what can I do for four hours?", None),
    ("My sister lives in Denver and loves hiking.", None),
    ("My manager is a huge fan of spreadsheets.", None),
    ("Pretend I'm a pirate captain named Blackbeard and greet me.", None),
    ("In my novel, the heroine is a surgeon who lives in Cairo.", None),
    ('My coworker always says "I hate Mondays".', None),
    ("I'm a billionaire astronaut, lol jk.", None),
    ("Ugh, I'm so exhausted this afternoon.", None),
    ("My PIN is 4821, remember it please.", None),
    ("Save my AWS key AKIAABCDEFGHIJKLMNOP for later.", None),
    ("I was diagnosed with bipolar disorder last year.", None),
    ("I'm on metformin for my blood sugar.", None),
    ("I voted Green in the last election.", None),
    ("What's the best way to learn Rust?", None),
    ("Is Berlin nicer than Munich in winter?", None),
    ("Write a cover letter for a nurse applying to a hospital in Leeds.", None),
    ("Haha, no way.", "You must be a lawyer, then?"),
    ("No, not at all.", "Are you a teacher?"),
    ("Translate 'I live in Madrid and I am a doctor' into German.", None),
    ("Suppose I moved to Tokyo, what visa would I need?", None),
    ("My salary is 85k, is that fair for my role?", None),
]

# Interest evidence (issue #9's design): a taxonomy topic the user does in the first person.
INTEREST_EVIDENCE: list[tuple[str, str]] = [
    ("My ceramics kiln keeps cracking pieces, any idea why?", "ceramics"),
    ("What strings should I buy for my ukulele?", "ukulele"),
    ("I've been bouldering twice a week since spring", "rock climbing"),
    ("Which lures work when I go pike fishing?", "fishing"),
    ("our pottery class starts again in May", "pottery"),
]
NO_INTEREST_EVIDENCE = [
    "What's the history of chess?",  # asked about, not done
    "My son plays chess every weekend.",  # someone else's hobby
    "I went there yesterday and it was awesome",  # common words are no topic
    "Gina said the studio looked great",  # a name is no topic
    "I've been praying a lot lately",  # sensitive categories never become interests
]
# Known gaps from the third batch, kept visible rather than deleted.
KNOWN_GAPS: list[tuple[str, str | None, str]] = [
    # A language mentioned with "I speak ... at home" plus "simple English helps" is not read
    # as a reply-language preference.
    ("I speak mostly Tagalog at home, so simple English helps.", None, "English"),
]


@pytest.mark.parametrize(("message", "previous", "expected"), POSITIVES)
def test_positive_is_stored(message: str, previous: str | None, expected: str) -> None:
    stored = _stored(message, previous)
    if expected == "Okay":  # a non-name answer to a name question stores nothing
        assert stored == []
        return
    assert any(expected.lower() in s.lower() for s in stored), stored


@pytest.mark.xfail(strict=True, reason="known extractor gap, see KNOWN_GAPS")
@pytest.mark.parametrize(("message", "previous", "expected"), KNOWN_GAPS)
def test_known_gap(message: str, previous: str | None, expected: str) -> None:
    assert any(expected.lower() in s.lower() for s in _stored(message, previous))


@pytest.mark.parametrize(("message", "previous"), NEGATIVES)
def test_negative_stores_nothing(message: str, previous: str | None) -> None:
    assert _stored(message, previous) == []


@pytest.mark.parametrize(("message", "topic"), INTEREST_EVIDENCE)
def test_first_person_taxonomy_topic_is_interest_evidence(message: str, topic: str) -> None:
    assert any(topic in t for t in _topics(message)), _topics(message)


@pytest.mark.parametrize("message", NO_INTEREST_EVIDENCE)
def test_no_interest_evidence(message: str) -> None:
    assert _topics(message) == set()


@pytest.mark.parametrize(("message", "mentioned"), [
    ("What's the history of chess?", {"chess"}),
    ("Which gardening tools are worth the money?", {"gardening"}),
    ("Have you tried pottery?", set()),
    ("My son plays chess every weekend.", set()),
])
def test_a_topic_only_raised_is_a_mention(message: str, mentioned: set[str]) -> None:
    assert _topics(message, engaged=False) == mentioned


def test_sensitive_with_consent_is_flagged() -> None:
    message = "Remember this please: I'm allergic to shellfish."
    verdict = judge(extract_with_rules(message), message)
    assert verdict.accepted and all(c.sensitive for c in verdict.accepted)


def test_sensitive_without_consent_is_refused() -> None:
    message = "I'm allergic to shellfish, what can I order at a sushi place?"
    assert _stored(message) == []


def test_secret_refused_even_when_asked() -> None:
    message = "Remember my password is Tr0ub4dor&3"
    verdict = judge(extract_with_rules(message), message)
    assert not verdict.accepted and verdict.refusals


def test_retraction_is_a_delete() -> None:
    cands = extract_with_rules("I don't live in Lisbon anymore.")
    assert any(c.op == "delete" and "Lisbon" in c.value for c in cands)


# Fourth batch: written before the generalisation pass, phrased unlike the datasets and the
# held-out file. Facts next to a question, fronted or fragment statements, pets by name.
GENERALISATION_POSITIVES: list[tuple[str, str | None, str]] = [
    ("Me llamo Lucía, ¿qué tiempo hace en Sevilla?", None, "Lucía"),
    ("Lisbon is where we live these days, any good beaches nearby?", None, "Lisbon"),
    ("Preparing for my first triathlon in June, how should I taper?", None, "triathlon"),
    ("Oslo is home for me now.", None, "Oslo"),
    ("Priya — that's my name. How do I boil an egg?", None, "Priya"),
    ("Coffee person, never tea.", None, "coffee"),
    ("Emacs user since 2009.", None, "Emacs"),
    ("vegetarian for 10 years now, any protein tips?", None, "vegetarian"),
    ("vegan here, what can I bake?", None, "vegan"),
    ("Nursing is my day job, writing is my hobby.", None, "nursing"),
    ("My employer is Deutsche Bahn.", None, "Deutsche Bahn"),
    ("I just started at Zalando last month as a data engineer.", None, "Zalando"),
    ("I've been at Airbus for a decade now.", None, "Airbus"),
    ("I maintain the search backend at Etsy.", None, "Etsy"),
    ("I'm based out of leeds, any climbing gyms?", None, "Leeds"),
    ("We're in a small town outside Cork.", None, "Cork"),
    ("Sign the letter as Bronwen, since that's my name.", None, "Bronwen"),
    ("We moved to Valencia in March.", None, "Valencia"),
    ("Nos mudamos a Bilbao el año pasado.", None, "Bilbao"),
    ("Our dog Biscuit keeps chewing the sofa, what do I do?", None, "Biscuit"),
    ("Mi gata se llama Luna.", None, "Luna"),
    ("Ziggy (my tabby cat) won't eat his food.", None, "Ziggy"),
    ("Answer in German from now on, even if I write in English.", None, "German"),
    ("I'm on Eastern time (EST).", None, "EST"),
    ("I'd like you to remember my rent is 1200 a month.", None, "1200"),
    ("Saving up to buy a flat within 2 years.", None, "flat"),
    ("Sono Marco e lavoro alla Barilla come ingegnere.", None, "Marco"),
    ("Just so you know, I'm Henrik, and could you check my CV?", None, "Henrik"),
    ("got promoted today!! I'm officially a finance manager now", None, "finance manager"),
    ("we renamed the puppy, she's Biscuit now", None, "Biscuit"),
]

GENERALISATION_NEGATIVES: list[tuple[str, str | None]] = [
    ("My name is spelled wrong on the invoice, how do I fix it?", None),
    ("My name was misspelled in the article.", None),
    ("Remember my api key please sk-abc123def456ghi789jkl012 so I can copy it later", None),
    ("Berlin is where the wall used to be, right?", None),
    ("Coffee or tea, which has more caffeine?", None),
    ("Our neighbour's dog barks all night, what can I do?", None),
    ("The answer is home, now what?", None),
    ("How many long runs per week for a marathon?", None),
    ("Is Vancouver home to many tech companies?", None),
    ("My name is on the lease, can my landlord evict me?", None),
    ("if I moved to Lisbon, how much would a 1 bed flat cost roughly?", None),
    ("call me Sarge for the rest of this convo, we're doing a workout plan", None),
]

GENERALISATION_PAIRS: list[tuple[str, str, str]] = [
    ("whats a good tennis racket for me", "lost another tennis match today", "tennis"),
    ("how often should I water a bonsai", "my bonsai is losing leaves", "bonsai"),
]


@pytest.mark.parametrize(("message", "previous", "expected"), GENERALISATION_POSITIVES)
def test_generalisation_positive(message: str, previous: str | None, expected: str) -> None:
    stored = _stored(message, previous)
    assert any(expected.lower() in s.lower() for s in stored), stored


@pytest.mark.parametrize(("message", "previous"), GENERALISATION_NEGATIVES)
def test_generalisation_negative(message: str, previous: str | None) -> None:
    assert _stored(message, previous) == []


@pytest.mark.parametrize(("first", "second", "topic"), GENERALISATION_PAIRS)
def test_generalisation_pair(first: str, second: str, topic: str) -> None:
    shared = _topics(first) & _topics(second)
    assert any(topic in t for t in shared), (_topics(first), _topics(second))


def test_one_topic_one_memory_across_languages() -> None:
    assert len(_topics("me encanta la astronomía") & _topics("libros de astronomía")) <= 1
    assert "astronomía" not in _topics("¿qué telescopio para astronomía?")


def test_secret_message_never_stores_verbatim() -> None:
    message = "remember my gitlab token glpat-abcdefghij1234567890 so I don't lose it"
    assert _stored(message) == []


def test_retraction_with_forget_that_deletes_employer() -> None:
    cands = extract_with_rules("I don't work at Oracle anymore, please forget that.")
    assert any(c.op == "delete" and "Oracle" in c.value for c in cands)


@pytest.mark.parametrize(("message", "expected"), [
    ("I love thrillers, especially Le Carré.", {"Loves thrillers", "Likes Le Carré"}),
    ("I live in Perth, so please use metric units.", {"Lives in Perth",
                                                      "Wants you to use metric units"}),
])
def test_follow_on_facts(message: str, expected: set[str]) -> None:
    assert expected <= set(_stored(message))


# Written after the generalisation pass, to probe the new fronted/fragment rules for
# over-firing: each looks like a fronted fact but is not about the user.
FRONTED_NEAR_MISSES: list[str] = [
    "London is home to the British Museum.",
    "Paris is where the Louvre is.",
    "Names matter, what should I call my startup?",
    "Anna — that's my sister's name.",
    "Marketing is my weak spot, how do I improve?",
    "I maintain that the earth is round.",
    "Sophie (my coworker) keeps stealing my lunch",
    "Vegan for a week, would that help my skin?",
]


@pytest.mark.parametrize("message", FRONTED_NEAR_MISSES)
def test_fronted_near_miss_stores_nothing(message: str) -> None:
    assert _stored(message) == []


# Fifth batch: written before the set-B generalisation pass, none copied from any dataset.
# Employer named by an adjacent clause, contracted fronted homes, lists of kin and pets,
# facts behind a "remember" request that also asks a task, consent after the statement,
# short confirmations carrying the value, non-English intros and "As a <role>," questions.
BATCH5_POSITIVES: list[tuple[str, str | None, str]] = [
    ("Our lab at Novartis — I'm a chemist there — needs a fume hood supplier.", None,
     "Novartis"),
    ("My team at Atlassian is tiny; I'm a QA engineer there.", None, "Atlassian"),
    ("Cardiff's where I live, any decent bookshops?", None, "Cardiff"),
    ("Hamburg's where I'm based these days.", None, "Hamburg"),
    ("I have three kids, Ada, Theo and Max.", None, "Max"),
    ("We've got a dog named Rufus plus a rabbit called Clover.", None, "Clover"),
    ("We've got a dog named Rufus plus a rabbit called Clover.", None, "Rufus"),
    ("I have epilepsy. Please remember that when you suggest workouts.", None, "epilepsy"),
    ("I'm not at Accenture anymore btw, and please call me Jo from now on.", None, "Jo"),
    ("just moved to Lisbon!!", None, "Lisbon"),
    ("Started at Monzo this week!", None, "Monzo"),
    ("yeah — Madrid, all my life", "So you live in Madrid, right?", "Madrid"),
    ("ho un cane che si chiama Briciola", None, "Briciola"),
    ("Ik woon in Gent en werk bij Barco", None, "Gent"),
    ("Ik woon in Gent en werk bij Barco", None, "Barco"),
    ("Olá! Meu nome é Joana, moro em Braga", None, "Joana"),
    ("my own cat Pixel knocked a glass off the table", None, "Pixel"),
    ("As a veterinary nurse, how should I handle aggressive dogs?", None, "veterinary nurse"),
    ("As an accountant, which invoicing software would you pick?", None, "accountant"),
    ("Please remember that I'm Muslim and don't eat pork, so plan meals around it. What "
     "should we cook on Monday?", None, "Muslim"),
]

BATCH5_NEGATIVES: list[tuple[str, str | None]] = [
    ("As a parent of a teenager, how do I talk about vaping?", None),
    ("Our team at the hospital is hiring, any interview tips?", None),
    ("My friend's dog Bruno keeps barking at me.", None),
    ("As a beginner, which guitar should I buy?", None),
    ("Rome's where the Colosseum is, right?", None),
    ("My sister has two kids, Ava and Finn.", None),
    ("He just moved to Bristol, what gift should I send?", None),
    ("As a joke, what's a good team name for a pub quiz?", None),
    ("Remember the pasta recipe from earlier? Can you scale it for six?", None),
    ("Nope, Madrid is where my brother lives", "So you live in Madrid, right?"),
]


# Added after the set-B pass, from probing the new rules for over-firing (not counted in the
# before/after numbers of the batch above).
BATCH5_NEAR_MISSES: list[str] = [
    "Started at Google's careers page, where do I apply?",
    "Remember that I'm vegan? Anyway, what's for lunch?",
    "My team at Google is great and my manager there is kind.",
    "Just moved the couch, my back hurts, any stretches?",
    "I have two dogs, plus a friend called Max.",
    "I'm Jewish, what should I cook for Passover?",
]


@pytest.mark.parametrize("message", BATCH5_NEAR_MISSES)
def test_batch5_near_miss_stores_nothing(message: str) -> None:
    assert _stored(message) == []


@pytest.mark.parametrize(("message", "previous", "expected"), BATCH5_POSITIVES)
def test_batch5_positive(message: str, previous: str | None, expected: str) -> None:
    stored = _stored(message, previous)
    assert any(expected.lower() in s.lower() for s in stored), stored


@pytest.mark.parametrize(("message", "previous"), BATCH5_NEGATIVES)
def test_batch5_negative(message: str, previous: str | None) -> None:
    assert _stored(message, previous) == []


def test_batch5_consent_after_statement_is_sensitive() -> None:
    message = "I have epilepsy. I'd like you to remember that, so keep workouts gentle."
    verdict = judge(extract_with_rules(message), message)
    kept = [c for c in verdict.accepted if c.op == "add" and c.topic is None]
    assert kept and all(c.sensitive for c in kept) and any("epilepsy" in c.text for c in kept)


def test_batch5_task_sentence_is_never_verbatim() -> None:
    message = ("Please remember that I'm Muslim and don't eat pork, so plan meals around it. "
               "What should we cook on Monday?")
    stored = _stored(message)
    assert not any("monday" in s.lower() or s.lower().startswith("plan") for s in stored)


def test_batch5_retraction_keeps_the_rest_of_the_message() -> None:
    cands = extract_with_rules("I'm not at Accenture anymore btw, and please call me Jo.")
    assert any(c.op == "delete" and "Accenture" in c.value for c in cands)
    assert any(c.op == "add" and c.attribute == "name" and c.value == "Jo" for c in cands)


def test_batch5_no_longer_at_deletes_the_employer() -> None:
    cands = extract_with_rules("I'm no longer at Wipro.")
    assert any(c.op == "delete" and c.value == "Wipro" for c in cands)


# Sixth batch: unseen-phrasing generalisation. Other people's quoted words, declined
# answers, fillers before a short answer, retractions followed by ", so ...", forget requests
# in other languages, and a secret next to a consented fact. Near-misses included.
BATCH6_NEGATIVES: list[tuple[str, str | None]] = [
    ("My coworker just messaged me: 'I'm Priya and I'm a radiologist', how do I reply?", None),
    ('My sister wrote: "Hello, I\'m Mateo, I live in Quito" - can you translate it?', None),
    ("My boss said: I'm Daniel and I manage the Berlin office.", None),
    ("I'd prefer not to share that, can we just start?", "What's your name?"),
    ("I'd rather not tell, let's just get going.", "Where do you live?"),
    ("rather not say tbh", "What do you do for work?"),
    ("jestem zmęczona dzisiaj, pomóż mi z listem", None),
    ("My neighbour's rescue greyhound is called Dash, any tips for dog-sitting?", None),
    ("I'd rather not go into details, but I need a budget template.", None),
    # guards added with the fixes: nationality is not a name, "your answer" is this reply
    ("ik ben Nederlander, wat is een goed recept?", None),
    ("Please use a table in your answer.", None),
]
BATCH6_POSITIVES: list[tuple[str, str | None, str]] = [
    ("erm, use Jo please", "What name should I use for you?", "Jo"),
    ("well, go with Sasha", "What should I call you?", "Sasha"),
    ("um just call me Bea", "What's your name?", "Bea"),
    ("I work as a physiotherapist lol, keep it simple.", None, "physiotherapist"),
    ("I live in Tromsø so it's dark all winter.", None, "Tromsø"),
    ("Please never use bullet points in your replies, I find them cluttered.", None, "bullet"),
    ("Could you always reply in Italian?", None, "Italian"),
    ("Our adopted beagle Waffles keeps chewing shoes.", None, "Waffles"),
    ("je suis infirmière à Marseille depuis 3 ans", None, "Marseille"),
    ("ik ben Joost en ik woon in Gent", None, "Joost"),
    ("jestem Tomek, pomóż mi z CV", None, "Tomek"),
    ("Remember that I have asthma, and also remember my card PIN is 9921", None, "asthma"),
    # guards added with the fixes: "ask:" is not reported speech; "never" keeps its polarity
    ("Quick ask: please always give me metric units.", None, "metric"),
    ("Never use exclamation marks in your replies.", None, "no exclamation"),
]
BATCH6_DELETES: list[tuple[str, str]] = [
    ("I'm not vegetarian anymore, so meat is fine now.", "vegetarian"),
    ("I'm no longer vegan, so ignore that from now on.", "vegan"),
    ("Vergiss meinen Namen bitte.", "name"),
    ("Olvida mi nombre, por favor.", "name"),
    ("Please forget my name, I'd rather stay anonymous.", "name"),
]


@pytest.mark.parametrize(("message", "previous"), BATCH6_NEGATIVES)
def test_batch6_negative(message: str, previous: str | None) -> None:
    assert _stored(message, previous) == []


@pytest.mark.parametrize(("message", "previous", "expected"), BATCH6_POSITIVES)
def test_batch6_positive(message: str, previous: str | None, expected: str) -> None:
    stored = _stored(message, previous)
    assert any(expected.lower() in s.lower() for s in stored), stored
    assert not any(re.search(r"\b(?:9921|PIN)\b", s) for s in stored), stored


@pytest.mark.parametrize(("message", "expected"), BATCH6_DELETES)
def test_batch6_delete(message: str, expected: str) -> None:
    verdict = judge(extract_with_rules(message), message)
    assert any(c.op == "delete" and expected in c.value.lower() for c in verdict.accepted)
    assert not [c for c in verdict.accepted if c.op == "add"], verdict.accepted


def test_batch6_consented_fact_beside_secret_is_sensitive() -> None:
    message = "Remember that I have asthma, and also remember my card PIN is 9921"
    verdict = judge(extract_with_rules(message), message)
    kept = [c for c in verdict.accepted if c.op == "add" and c.topic is None]
    assert kept and all(c.sensitive for c in kept) and verdict.refusals


@pytest.mark.parametrize("message", [
    "Comment on dit en anglais : « Je m'appelle Margaux et je suis avocate à Nantes » ?",
    "Wie übersetze ich „Ich heiße Jonas und wohne in Graz“ ins Englische?",
    "How would you translate 「My name is Haruto」 into Spanish?",
])
def test_quoted_speech_in_any_quote_marks_is_not_the_user(message: str) -> None:
    assert _stored(message) == []


@pytest.mark.parametrize(("message", "expected"), [
    ("no horror ever please, I genuinely hate it, can't sleep for days after",
     ["Dislikes horror"]),
    ("leave out the cilantro, I hate it, tastes like soap to me", ["Dislikes cilantro"]),
    ("no problem, I hate it when that happens", []),
    ("I can't stand them, never could", []),
])
def test_a_disliked_it_is_what_the_clause_before_refused(message: str,
                                                         expected: list[str]) -> None:
    assert [c.text for c in extract_with_rules(message, None)] == expected


@pytest.mark.parametrize(("message", "expected"), [
    # A question after a statement is cut off, with or without its "?".
    ("I moved to Lisbon last year, if I need a doctor where do I go?", ["Lives in Lisbon"]),
    ("we moved to Leeds in 2019, what are the good schools like", ["Lives in Leeds"]),
    ("we relocated to Porto two years ago and love it", ["Lives in Porto"]),
])
def test_a_statement_before_a_question_and_a_time_after_the_value(message: str,
                                                                  expected: list[str]) -> None:
    assert _stored(message) == expected


def test_a_question_tail_without_a_question_mark_is_a_question() -> None:
    [statement, asked] = split_clauses("my dog Rex is 3, any tips for recall training")
    assert (statement.text, statement.question) == ("my dog Rex is 3", False)
    assert asked.question
    [whole] = split_clauses("I love Python, which is why I moved")
    assert not whole.question


@pytest.mark.parametrize(("message", "expected"), [
    ("hola! soy Lucía Ortega, trabajo en una farmacia", "Name is Lucía Ortega"),
    ("salut, moi c'est Théo Girard, une question sur mon vélo", "Name is Théo Girard"),
    ("ciao, sono Chiara, ho una domanda", "Name is Chiara"),
    ("Hallo, ich bin Jonas Weber, kurze Frage zu Steuern", "Name is Jonas Weber"),
    ("hej, jag heter Åsa och behöver hjälp", "Name is Åsa"),
    ("mình tên là Trần Minh Anh, làm giáo viên", "Name is Trần Minh Anh"),
    ("cześć, mam na imię Łucja", "Name is Łucja"),
    ("vivimos en Sevilla desde hace años", "Lives in Sevilla"),
    ("on habite à Rennes avec les enfants", "Lives in Rennes"),
    ("mieszkamy w Łodzi i mamy psa", "Lives in Łodzi"),
    ("aku tinggal di Yogyakarta, ada rekomendasi kafe?", "Lives in Yogyakarta"),
    ("Ankara'da yaşıyorum ve öğretmenim", "Lives in Ankara"),
    ("on a déménagé de Lille à Toulouse en juin", "Lives in Toulouse"),
    ("wir sind von Hamburg nach München gezogen, kennst du gute Schulen?", "Lives in München"),
    ("ci siamo trasferiti da Roma a Firenze, dove si mangia bene?", "Lives in Firenze"),
    ("mudei-me de Coimbra para o Porto!", "Lives in Porto"),
    ("hej, jag heter Maja, bor i Umeå och jobbar som tandläkare", "Lives in Umeå"),
    ("hej, jag heter Maja, bor i Umeå och jobbar som tandläkare", "Works as tandläkare"),
    ("trabalho como designer gráfica numa agência", "Works as designer gráfica"),
    ("Bonjour, je bosse chez Decathlon depuis 2020", "Works at Decathlon"),
    ("sunt medic dentist la clinica DentaVia din Cluj-Napoca", "Works as medic dentist"),
    ("Sunt agronom la ferma Câmpia Verde", "Works at Câmpia Verde"),
    ("faccio il pediatra all'Ospedale Santa Verdiana", "Works as pediatra"),
    ("jobbar som UX designer på Norrsken Spel", "Works as UX designer"),
    ("aku kerja jadi fotografer di studio Lensa Kenari", "Works as fotografer"),
])
def test_names_and_homes_in_other_languages(message: str, expected: str) -> None:
    assert expected in _stored(message), _stored(message)


@pytest.mark.parametrize("message", [
    "de Paris à Lyon il faut combien de temps en train ?",  # a route, no move
    "mi hermana vive en Sevilla, qué le regalo?",  # someone else's home
    "soy fan del Real Madrid, qué opinas del partido?",
    "min bror bor i Oslo",
    "Antworte mir in diesem Chat bitte nur auf Englisch",
])
def test_other_languages_near_misses(message: str) -> None:
    assert _stored(message) == [], _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("I use a Mac exclusively, so please stop giving me Windows shortcuts.",
     {"Uses only Mac", "Does not want Windows shortcuts"}),
    ("we renamed the puppy Biscuit, Max just didn't suit him", {"Has a puppy named Biscuit"}),
])
def test_lasting_wishes_and_renames(message: str, expected: set[str]) -> None:
    assert expected <= set(_stored(message)), _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("hey, I work nights as a paramedic, what should I eat before a shift?",
     {"Is a paramedic"}),
    ("got promoted to shift supervisor 🎉 I now run the whole night crew",
     {"Is a shift supervisor"}),
])
def test_roles_in_passing(message: str, expected: set[str]) -> None:
    assert expected <= set(_stored(message)), _stored(message)


def test_an_everyday_word_after_call_me_is_no_name() -> None:
    assert _stored("call me maybe 🎶 that song is stuck in my head, who sang it?") == []


def test_sarcasm_is_no_fact() -> None:
    assert _stored("oh sure, I'm a world-famous plumber, obviously 🙄 it's just a faucet") == []


def test_a_forget_asked_as_a_question() -> None:
    [delete] = extract_with_rules("Can you forget that I'm a teacher? I'd rather you didn't.",
                                  None)
    assert delete.op == "delete" and "teacher" in delete.value


@pytest.mark.parametrize(("message", "expected"), [
    ("It's Seattle, I'm stoked for my game there next month!", []),  # an answer, no name
    ("hi! this is Tom, quick question", ["Name is Tom"]),
    ("hey it's Mei-Ling, long time", ["Name is Mei-Ling"]),
    ("I'm feeling motivated and ready to keep pushing for my goals!", []),  # a mood
])
def test_answers_and_moods_are_not_facts(message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


def test_a_named_pet_renamed_keeps_only_the_new_name() -> None:
    cands = extract_with_rules("we changed Noodle's name to Churro, it fits him better", None)
    assert [(c.op, c.value) for c in cands] == [("delete", "Noodle"), ("add", "Churro")]
    cands = extract_with_rules("lol update, we renamed pixel to Mochi", None)
    assert [(c.op, c.value) for c in cands] == [("delete", "pixel"), ("add", "Mochi")]
    assert not [c for c in extract_with_rules("we renamed the file to Report") if c.op == "delete"]


@pytest.mark.parametrize(("message", "expected"), [
    ("just got promoted to senior accountant lol, what should I ask for", "Is a senior accountant"),
    ("big news, I just started a new job as a charge nurse at Leeds General!",
     "Is a charge nurse"),
])
def test_a_new_title_said_as_news(message: str, expected: str) -> None:
    assert expected in _stored(message), _stored(message)


@pytest.mark.parametrize("message", [
    "Comment on dit en anglais : « Je m'appelle Margaux et je suis avocate à Nantes » ?",
    "Wie sagt man „Ich wohne in Köln“ auf Englisch?",
])
def test_text_in_any_quotation_marks_is_someone_elses(message: str) -> None:
    assert _stored(message) == []


@pytest.mark.parametrize("message", [
    "Remember the Alamo! lol ok but when was it actually",  # a saying, nothing of the user
    "can you remember this list until we're done: eggs, milk, rice, AA batteries",
])
def test_remember_requests_that_are_no_memory(message: str) -> None:
    assert _stored(message) == []


def test_a_remember_request_in_another_language_still_counts() -> None:
    assert _stored("recuerda que soy vegana") != []


@pytest.mark.parametrize(("message", "expected"), [
    ("mom of two boys, Kai and Ari, and I work from home",
     {"Has a son named Kai", "Has a son named Ari"}),
    ("Dad of three here (Mia 12, Jonah 9, Rosie 4). Need a chore chart",
     {"Has a child named Mia", "Has a child named Jonah", "Has a child named Rosie"}),
    ("We have three hens (Henrietta, Peck and Lady Cluck), one stopped laying",
     {"Has a hen named Henrietta", "Has a hen named Peck", "Has a hen named Lady Cluck"}),
    ("It's Kwame here again, quick one", {"Name is Kwame"}),
])
def test_a_family_named_in_a_group(message: str, expected: set[str]) -> None:
    assert expected <= set(_stored(message)), _stored(message)


def test_someone_elses_children_are_not_the_users() -> None:
    assert _stored("my friend has two kids, Tom and Ann") == []


@pytest.mark.parametrize(("message", "expected"), [
    ("tenemos una perrita, Lola, que ladra a todo", {"Has a dog named Lola"}),
    ("mes enfants Hugo et Inès adorent le foot", {"Has a child named Hugo",
                                                  "Has a child named Inès"}),
    ("unsere Katze heißt Minka", {"Has a cat named Minka"}),
    ("vi har en katt som heter Smilla", {"Has a cat named Smilla"}),
    ("mam psa, wabi się Reksio", {"Has a dog named Reksio"}),
])
def test_family_and_pets_in_other_languages(message: str, expected: set[str]) -> None:
    assert expected <= set(_stored(message)), _stored(message)


def test_someone_elses_in_another_language() -> None:
    assert _stored("mi jefe Carlos es muy pesado") == []


@pytest.mark.parametrize(("message", "expected"), [
    ("je suis infirmière de nuit en réa, t'as des conseils pour dormir le jour ?",
     "Works as infirmière"),
    ("I live in Paris, where should I take my parents?", "Lives in Paris"),
    ("so I retrained and I'm a vet nurse now", "Is a vet nurse"),
])
def test_a_statement_before_the_ask_in_one_question(message: str, expected: str) -> None:
    assert expected in _stored(message), _stored(message)


@pytest.mark.parametrize(("message", "previous", "expected"), [
    ("im uber driver in lagos, fuel price is crazy now", None, "Is an uber driver"),
    ("I am teacher of mathematics in secondary school", None, "Is a teacher"),
    ("I'm a backend dev at shopify and my standup is in 10 min", None, "Works at Shopify"),
    ("here in Houston it's been over 100 for a week straight", None, "Lives in Houston"),
    ("I'm a paramedic out in rural Montana, how do we keep meds warm", None,
     "Lives in Montana"),
    ("I've been vegan for three years and my mum still doubts it", None, "Is vegan"),
    ("we're halal so can you swap the pork in this recipe?", None, "Keeps halal"),
    ("leeds lol why", "Where are you based?", "Lives in Leeds"),
    ("Hey Jon, BTW, I started my own online clothing store.", None,
     "Started an online clothing store"),
])
def test_facts_as_people_write_them(message: str, previous: str | None,
                                    expected: str) -> None:
    """Missing articles, lower-case employers, places said in passing, diets kept for years,
    a bare answer with a laugh after it; a past verb stays past ("Started", not "Starteds")."""
    assert expected in _stored(message, previous), _stored(message, previous)


@pytest.mark.parametrize(("message", "previous"), [
    ("Yeah Jon, I'm here for you! Chasing our dreams together.", None),
    ("I've worked with Python and C++ and built some game mods.", None),
    ("Lately I've become interested in extreme sports.", None),
    ("Don't forget to take it easy. Recently, Anna and I were sitting by the sea.", None),
    ("why do you need to know that", "Where are you based?"),
    ("I'm in Bristol for a hen do, best greasy breakfast near me?", None),
    ("I wish I lived in Barcelona tbh, the weather here is grim.", None),
    ("Dear Hiring Manager, I am a certified electrician with 12 years of experience.", None),
    ("translate this to Spanish: I live in Chicago and I work as a nurse", None),
    ("I'm SO done with this project, I hate everything", None),
    ("I love escaping to that world, I have a whole shelf of those books.", None),
    ("Thanks! I want to keep reaching for new goals.", None),
    ("Je suis crevée, je viens de finir une garde de 12h.", None),
    ("Meine Eltern sind letzten Sommer nach Leipzig gezogen.", None),
    ("haha noem me maar Koning voor vandaag", None),
    ("Panggil saya Bos untuk chat ni je lah", None),
])
def test_no_fact_of_the_users_own(message: str, previous: str | None) -> None:
    """Vocatives, "worked with" a tool, a reminder to the other person, a question back, a
    stay with a purpose, a wish, a pasted letter, a mood, a taste of something in the
    conversation, a goal naming no aim, "I just did", someone else's move, "for today"."""
    assert _stored(message, previous) == []


@pytest.mark.parametrize(("clause", "engaged"), [
    ("My dogs love running around the park", None),
    ("I'm really glad you're writing down what you need to do", None),
    ("my dog loves swimming", None),
    ("me and my dog go hiking every sunday", "hiking"),
    ("I love hiking with my dog", "hiking"),
])
def test_the_doer_of_a_hobby_is_the_one_named_last_before_it(clause: str,
                                                            engaged: str | None) -> None:
    assert engaged_topic(clause) == engaged


@pytest.mark.parametrize(("message", "expected"), [
    ("je suis dev front chez Doctolib depuis 2 ans", "Works at Doctolib"),
    ("Meu nome é Rafael Souza, sou dev backend na Nubank. To tentando entender o pod",
     "Name is Rafael Souza"),
    ("Salut, sunt Andrei, lucrez ca programator la UiPath.", "Works at UiPath"),
])
def test_work_and_names_in_other_languages(message: str, expected: str) -> None:
    """"I am <title> at <employer>" in other languages; a Portuguese "nome" with an English-
    looking "To" in the message is not a typo of "name"."""
    assert expected in _stored(message), _stored(message)


def test_from_la_rioja_is_no_employer() -> None:
    assert _stored("soy de la Rioja") == ["Is from la Rioja"]


@pytest.mark.parametrize(("message", "expected"), [
    ("yea say i love that they do whole animal butchery. sign it Jamal Reed",
     "Name is Jamal Reed"),
    ("need a 30-60-90 for onboarding. put my name on it, Sam Okafor", "Name is Sam Okafor"),
    ("Ja, 12 Euro pro Kind. Unterschrift: Katrin Vogel.", "Name is Katrin Vogel"),
    ("Con mi nombre: Valeria Gómez, Arq.", "Name is Valeria Gómez"),
    ("Tips for moving with my cat Pixel by train?", "Has a cat named Pixel"),
    ("Mon chat Moustache dort sur mes codes, c'est un signe ?", "Has a cat named Moustache"),
    ("I'm Daniel Levi, an architect in Melbourne, working on an extension.",
     "Is an architect"),
    ("tengo un despacho chiquito aquí en Guadalajara", "Lives in Guadalajara"),
])
def test_facts_said_on_the_way_to_a_task(message: str, expected: str) -> None:
    """A letter signed with the user's own name, a pet named inside a question, a title after
    the name, "here in" in another language."""
    assert expected in _stored(message), _stored(message)


@pytest.mark.parametrize("message", [
    "sign it Mom", "How do I sign a PDF on a Mac?", "Thanks, Sam",
    "how do I get my friend's dog Rex to stop barking?",
])
def test_no_sign_off_name_and_no_one_elses_pet(message: str) -> None:
    assert _stored(message) == []


@pytest.mark.parametrize(("message", "expected"), [
    ("köpeğim Karamel çok havlıyor, ne yapabilirim?", {"Has a dog named Karamel"}),
    ("anjing saya bernama Bolu, dia suka gigit sepatu", {"Has a dog named Bolu"}),
    ("ik heb twee honden, Guus en Fien, en een kleine tuin", {"Has a dog named Guus",
                                                              "Has a dog named Fien"}),
    ("Mijn konijn Snuf eet zijn hooi niet meer", {"Has a rabbit named Snuf"}),
    ("mulai sekarang, selanjutnya jawab pakai bahasa Indonesia ya",
     {"Prefers responses in Indonesian"}),
    ("sou bibliotecária em Recife e preciso organizar um evento", {"Works as bibliotecária"}),
    ("da marzo sono diventato vegano, mi consigli un libro di ricette?", {"Is vegan"}),
    ("ik ben vegetariër, wat kan ik met linzen maken?", {"Is vegetarian"}),
    ("je mange végétarien depuis des années, une idée de dîner ?", {"Is vegetarian"}),
    ("mów do mnie Ola, tak wolę", {"Name is Ola"}),
    ("Hello! Main Arjun, Pune mein rehta hoon, ek diet plan chahiye", {"Name is Arjun"}),
])
def test_more_languages_kin_diets_wishes_names_and_titles(message: str,
                                                           expected: set[str]) -> None:
    assert expected <= set(_stored(message)), _stored(message)


def test_a_german_wish_is_not_learning() -> None:
    assert _stored("Ich will nächsten Montag frei nehmen, wie frage ich meinen Chef?") == []


@pytest.mark.parametrize(("message", "expected"), [
    ("final year law student at the University of Leeds, can you explain tort?",
     {"Is a law student", "Studies at the University of Leeds"}),
    ("I only have a pull-up bar and two dumbbells at home, plan me a routine?",
     {"Only has a pull-up bar and two dumbbells at home"}),
    ("call me Rowan from now on, it's my real name, not 'buddy' lol", {"Name is Rowan"}),
    ("I relocated to Austin and joined Dell's sales team last month", {"Works at Dell"}),
    ("My kids Lena and Tom start school next week, lunchbox ideas?",
     {"Has a child named Lena", "Has a child named Tom"}),
    ("hiya, 3rd year apprentice electrician, how do I size a cable?",
     {"Is an apprentice electrician"}),
    ("I'm a postdoc in computational biology at EMBL, how do I structure a grant?",
     {"Is a postdoc", "Works at EMBL"}),
    ("am a paramedic, so night shifts are normal for me. meal prep ideas?", {"Is a paramedic"}),
])
def test_names_titles_employers_and_family_said_in_passing(message: str,
                                                            expected: set[str]) -> None:
    assert expected <= set(_stored(message)), _stored(message)


@pytest.mark.parametrize("message", [
    "the company moved from Austin to Denver last year, so my commute changed",
    "my sister bought a house in Leeds, housewarming gift ideas?",
    "my wife got promoted to head nurse, what should I get her?",
])
def test_someone_elses_change_is_not_the_users(message: str) -> None:
    assert _stored(message) == [], _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("as an electrician on call most weekends, what jacket should I buy?", {"Is an electrician"}),
    ("I do early shifts as a baker at Greggs, best time to nap?",
     {"Is a baker", "Works at Greggs"}),
    ("I'm working in Wipro only, Mysore side, as data analyst. how to learn dbt",
     {"Is a data analyst"}),
    ("working as network engineer in Accenture, Hyderabad. need help with BGP",
     {"Is a network engineer", "Works at Accenture", "Lives in Hyderabad"}),
    ("quit Rabobank in June, I'm at Adyen now. how do I explain the gap?", {"Works at Adyen"}),
    ("not at Spotify anymore, I'm at Klarna now", {"Works at Klarna"}),
    ("I have a little bakery in Porto and need a price list", {"Owns a little bakery",
                                                              "Lives in Porto"}),
    ("I run a sheep station out near Dubbo, any tips for a water budget sheet?",
     {"Runs a sheep station"}),
    ("we live in a small flat in Lyon, how do I dry clothes in winter?", {"Lives in Lyon"}),
    ("I live near the Danube in Vienna, what bikes suit cobbles?", {"Lives in Vienna"}),
    ("we moved back to Cork last month, best broadband?", {"Lives in Cork"}),
    ("I've a son, Cian, who hates vegetables", {"Has a son named Cian"}),
    ("hey names Tariq, how do I fix a squeaky door", {"Name is Tariq"}),
    ("i drive buses for a living, what cushion helps a bad back?", {"Drives buses"}),
    ("going forward keep your answers brief please", {"Wants you to keep your answers brief"}),
    ("I'm on a tight budget for pretty much everything, cheap dinners?",
     {"Is on a tight budget"}),
    ("I only ever get about 30 min to study on weekdays, plan my revision?",
     {"Only has about 30 min to study on weekdays"}),
    ("I'm officially head chef at Nopi since Monday", {"Is a head chef", "Works at Nopi"}),
    ("I have joined Zoho in Chennai as a tester", {"Works at Zoho", "Lives in Chennai"}),
    ("trabalho como enfermeira no Einstein e preciso de uma escala, por onde começo?",
     {"Works as enfermeira", "Works at Einstein"}),
])
def test_jobs_homes_and_limits_said_in_passing(message: str, expected: set[str]) -> None:
    assert expected <= set(_stored(message)), _stored(message)


@pytest.mark.parametrize("message", [
    "I work from home as much as I can, any posture tips?",
    "As a side dish I'd like rice",
    "I have a school project on volcanoes due Friday",
    "I'm on a tight budget for this trip to Oslo, cheap hostels?",
    "my brother works as a chef in Leeds",
])
def test_no_job_home_or_limit_where_none_is_said(message: str) -> None:
    assert not [t for t in _stored(message) if not t.startswith("Interested in")], \
        _stored(message)


def test_a_ward_is_no_town() -> None:
    assert _stored("I'm a nurse in the ICU, nights mostly") == ["Is a nurse"]
    assert "Lives in the UK" in _stored("I moved to the UK last year")


@pytest.mark.parametrize(("message", "expected"), [
    ("answer in German please, I'm practising. always, not just today",
     {"Prefers responses in German"}),
    ("i'm on a mac at home and at work, how do I zip a folder", {"Uses a Mac"}),
    ("I'm on Linux so skip the PowerShell stuff", {"Uses Linux"}),
])
def test_lasting_wishes_and_platforms(message: str, expected: set[str]) -> None:
    assert expected <= set(_stored(message)), _stored(message)


@pytest.mark.parametrize("message", [
    "just for today, answer in German",
    "I'm on windows right now at the library, how do I print",
    "stop giving me the same answer over and over",
])
def test_no_lasting_wish_or_platform_for_now(message: str) -> None:
    assert _stored(message) == [], _stored(message)


@pytest.mark.parametrize(("message", "previous", "expected"), [
    ("leeds, so GMT obviously. rainy as ever up here", "Where are you based?",
     {"Lives in Leeds"}),
    ("back home in Accra after four years in Lagos", "Where are you living now?",
     {"Lives in Accra"}),
    ("accounting, mostly audits", "What do you do for work?", {"Works in accounting"}),
    ("three dogs, Bramble, Juniper and Moss", "Do you have any pets?",
     {"Has a dog named Bramble", "Has a dog named Juniper", "Has a dog named Moss"}),
    ("yep, two girls! Ada and Lou, 6 and 9 and both loud", "Do you have kids?",
     {"Has a daughter named Ada", "Has a daughter named Lou"}),
    ("Spanish please, I'm more comfortable with it honestly", "Which language would you like "
     "me to use?", {"Prefers responses in Spanish"}),
    ("shellfish. please remember that for every recipe", "Any allergies I should know about?",
     {"Is allergic to shellfish"}),
])
def test_answers_to_the_assistants_question(message: str, previous: str,
                                            expected: set[str]) -> None:
    assert expected <= set(_stored(message, previous)), _stored(message, previous)


@pytest.mark.parametrize(("message", "previous"), [
    ("Mr. Pickles. my son picked it", "What's the dog's name?"),
    ("I was thinking about Lisbon but honestly no idea what to do with my life",
     "Where do you live?"),
    ("no idea, I just moved around a lot as a kid tbh and never settled", "Where's home?"),
])
def test_no_answer_read_where_the_reply_gives_none(message: str, previous: str) -> None:
    assert not [t for t in _stored(message, previous) if t.startswith(("Has", "Lives"))], \
        _stored(message, previous)


@pytest.mark.parametrize(("message", "expected"), [
    ("heads up: I'm no longer at Ocado, started at Monzo this week", {"Works at Monzo"}),
    ("I teach year 4 at Hillside Primary, ideas for a rainy lunch?",
     {"Teaches year 4", "Works at Hillside Primary"}),
    ("I'm 64 and finally retired from the council, what hobbies are cheap?", {"Is retired"}),
    ("just retired after 40 years on the buses", {"Is retired"}),
])
def test_job_changes_schools_and_retirement(message: str, expected: set[str]) -> None:
    assert expected <= set(_stored(message)), _stored(message)


def test_someone_elses_retirement_is_theirs() -> None:
    assert _stored("my mum just retired from the NHS, gift ideas?") == []


@pytest.mark.parametrize(("message", "expected"), [
    ("I do payroll at Tesco in Leeds, how do I explain a tax code?",
     {"Works in payroll", "Works at Tesco"}),
    ("MSc student in ecology at Lund here. how do I plot this?",
     {"Is an MSc student", "Studies at Lund"}),
    ("i'm a stay at home dad of two, cheap day out ideas?", {"Is a stay at home dad"}),
    ("I'm Piet, 66, retired after 40 years at Philips, living in Eindhoven.",
     {"Is retired", "Lives in Eindhoven"}),
    ("I work remotely from Porto for Zalando, how do taxes work?",
     {"Lives in Porto", "Works at Zalando"}),
])
def test_fields_schools_status_and_remote_work(message: str, expected: set[str]) -> None:
    assert expected <= set(_stored(message)), _stored(message)


@pytest.mark.parametrize("message", [
    "explain compound interest like I'm 12",
    "I work from home on Fridays, any desk tips?",
])
def test_no_age_or_home_in_an_idiom(message: str) -> None:
    assert _stored(message) == [], _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("jestem księgową w Orlen, jak zrobić wykres w Excelu?",
     {"Works as księgową", "Works at Orlen"}),
    ("Я аналитик в Avito, помоги с SQL", {"Works as аналитик", "Works at Avito"}),
    ("aku kerja di Gojek sbg data analyst, mau belajar dbt", {"Works at Gojek",
                                                              "Works as data analyst"}),
    ("mình làm kế toán ở Vinamilk, cần mẫu báo cáo", {"Works at Vinamilk"}),
])
def test_work_said_in_more_languages(message: str, expected: set[str]) -> None:
    assert expected <= set(_stored(message)), _stored(message)


@pytest.mark.parametrize("message", [
    "I interned at Accenture one summer, is it still worth listing?",
    "we lived in Dubai when the kids were small, do international schools take mid-year moves?",
    "jestem w Gdańsku na weekend, co warto zobaczyć?",
])
def test_no_current_home_or_job_from_a_past_one_or_a_visit(message: str) -> None:
    assert not [t for t in _stored(message) if t.startswith(("Works", "Lives"))], \
        _stored(message)



@pytest.mark.parametrize(("message", "expected"), [
    ("trabajo para Inditex como diseñadora, ¿me ayudas con el portfolio?",
     {"Works at Inditex", "Works as diseñadora"}),
    ("ich arbeite bei Siemens als Elektroniker, kannst du mir helfen?",
     {"Works at Siemens", "Works as Elektroniker"}),
    ("jobbar på Volvo som montör, hur skriver jag ett CV?", {"Works at Volvo",
                                                          "Works as montör"}),
    ("halo, nama saya Rina, tinggal di Medan. ada tips hemat?", {"Lives in Medan"}),
    ("nous avons quitté Lille pour s'installer à Lyon, des idées de sorties ?",
     {"Lives in Lyon"}),
])
def test_titles_and_homes_in_other_languages(message: str, expected: set[str]) -> None:
    assert expected <= set(_stored(message)), _stored(message)


@pytest.mark.parametrize("message", [
    "Llámame Jefa solo en esta conversación, jaja",
    "kalau misalnya aku pindah ke Korea, susah nggak cari kerja?",
])
def test_no_name_for_one_chat_and_no_home_in_a_hypothetical(message: str) -> None:
    assert _stored(message) == [], _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("it's Alexandra, but everyone calls me Sasha, so should you", ["Name is Sasha"]),
    ("left tesco in may, started at aldi last week lol", ["Works at Aldi"]),
    ("seit der Hochzeit heiße ich jetzt Brandt, wie ändere ich das im Pass?",
     ["Name is Brandt"]),
])
def test_the_name_one_goes_by_and_changes_typed_in_lower_case(message: str,
                                                              expected: list[str]) -> None:
    assert _stored(message) == expected


def test_leaving_work_early_is_no_job_change() -> None:
    assert _stored("left work early and started at the gym around 6") == []


@pytest.mark.parametrize(("message", "expected"), [
    ("saí do Itaú e agora tô na XP, me ajuda com o LinkedIn?", ["Works at XP"]),
    ("dejé Repsol y ahora trabajo en Iberdrola, ¿me ayudas con el CV?", ["Works at Iberdrola"]),
    ("saí do Bradesco, estou no iFood agora", ["Works at iFood"]),
    ("odszedłem z Comarch i od marca pracuję w Asseco", ["Works at Asseco"]),
])
def test_a_job_change_said_in_other_languages(message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


def test_german_im_is_not_read_as_english_im() -> None:
    """"im" is German for "in the": "bei Bosch im Einkauf" is no "I'm Einkauf"."""
    assert normalize("Ich arbeite bei Bosch im Einkauf und wohne in Graz") == (
        "Ich arbeite bei Bosch im Einkauf und wohne in Graz")
    assert normalize("hey im Sarah, im a nurse") == "hey I'm Sarah, I'm a nurse"


def test_his_or_her_name_is_the_pets_not_the_users() -> None:
    stored = _stored("a whippet, his name's Bramble, and he won't sit still",
                     "What kind of dog is he?")
    assert stored == ["Has a whippet dog named Bramble"]


@pytest.mark.parametrize(("message", "expected"), [
    ("Moved in with my partner in Ghent, any train pass tips?", "Lives in Ghent"),
    ("Promoted to staff engineer yesterday 😅 what goes in a strategy doc?",
     "Is a staff engineer"),
    ("Can you answer in Portuguese from here on?", "Prefers responses in Portuguese"),
    ("scratch the spanish, go back to english for answers pls", "Prefers responses in English"),
    ("could you start using my new nickname, Tash?", "Name is Tash"),
    ("the kids renamed him Captain Biscuit", "Has a pet named Captain Biscuit"),
    ("I teach high school chemistry (two sections of AP) and coach debate",
     "Teaches high school chemistry"),
    ("Je suis prof de maths dans un collège à Lille", "Works as prof de maths"),
    ("Main Pune mein rehta hoon, monsoon shoes suggest karo", "Lives in Pune"),
    ("Retired last spring and finally have time for the garden.", "Is retired"),
    ("fyi I'm in Nairobi full-time, the Mombasa thing was only a contract", "Lives in Nairobi"),
    ("nah we're in San Antonio now, closer to my in-laws", "Lives in San Antonio"),
    ("Moved my whole life to Lisbon, how does residency work?", "Lives in Lisbon"),
])
def test_changes_and_asks_said_in_passing(message: str, expected: str) -> None:
    assert expected in _stored(message), _stored(message)


@pytest.mark.parametrize("message", [
    "call me Chef while we cook this, it motivates me",
    "My sister moved in with her boyfriend in Leeds.",
    "can you proofread this for me?",
    "my dad retired last year, what gift says well done?",
    "We're in Rome now for the weekend, what should we eat?",
])
def test_no_name_while_cooking_and_no_home_for_a_sisters_move(message: str) -> None:
    assert not _stored(message), _stored(message)


@pytest.mark.parametrize("message", [
    # a question whether the listener recalls a thing is no consent to keep the message
    "Thanks, Sam. I appreciate the concern. By the way, remember that book I was talking "
    "about? It just gets better with every page!",
    "Sure, I'm here to lend a hand. Remember that photo you sent me once?",
    # a like or goal whose object the message leaves unsaid
    "I'm keen on two projects in particular. One is about solar.",
    "These moments are why I love my job so much.",
    "My aim is to devise a more productive and affordable aerial surveillance system.",
    "I'm researching visa requirements for countries I want to visit.",
    "Thanks! My favorite one to jam to is a theme from a movie I really enjoy.",
    # "this is X" after other talk shows someone; a gerund subject is no "I'm studying"
    "I want to show you one of my snakes! They calm me down. This is Susie.",
    "Studying openings and analyzing your games are great ways to improve.",
    # "X and I" lists two people: the girlfriend is not named Toby
    "My girlfriend, Toby and I are going camping.",
])
def test_things_said_in_friendly_chat_are_no_facts(message: str) -> None:
    assert not _stored(message), _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("I have ADHD - can you remember that? it changes how I read", "Has ADHD"),
    ("Hi! This is Dana.", "Name is Dana"),
    ("I like also cheese pizza", "Likes cheese pizza"),
    ("I love running my own studio", "Loves running their own studio"),
    ("I am working on becoming healthier", "Is working on becoming healthier"),
    ("I want to visit Japan someday", "Wants to visit Japan someday"),
])
def test_the_memory_reads_in_the_third_person_and_keeps_what_was_asked(message: str,
                                                                       expected: str) -> None:
    assert expected in _stored(message), _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("oi! sou o Thiago, trabalho como dev front-end numa startup em Floripa", "Name is Thiago"),
    ("Olá, chamo-me Inês e sou professora numa escola em Braga", "Name is Inês"),
    ("Ahoj, jsem Tereza a učím angličtinu na gymnáziu", "Name is Tereza"),
    ("Bună, sunt Andrei, lucrez ca inginer software la UiPath în Cluj", "Name is Andrei"),
    ("Habari, naitwa Amina, ni mwalimu huko Mombasa", "Name is Amina"),
    ("Por cierto, contéstame siempre en español", "Prefers responses in Spanish"),
    ("Nijibu kwa Kiswahili tafadhali, kila mara", "Prefers responses in Swahili"),
    ("Tolong jawab pakai bahasa Indonesia aja ya", "Prefers responses in Indonesian"),
    ("desde marzo estoy en BBVA como analista de riesgos", "Works at BBVA"),
    ("Od září pracuju v Avastu jako tester", "Works as tester"),
    ("Ciao, sono Giulia, faccio la commercialista a Bergamo", "Works as commercialista"),
    ("İzmir'de yaşıyorum ve mimar olarak çalışıyorum", "Works as mimar"),
    ("đang làm kế toán ở Đà Nẵng", "Lives in Đà Nẵng"),
    ("mình làm dev ở FPT", "Works at FPT"),
    ("Honestly now I'm at a small startup called Nubela", "Works at Nubela"),
    ("Vi har flyttat från Malmö till Göteborg nu förresten", "Lives in Göteborg"),
    ("Lumipat na kami from Cavite to Cebu, dito na kami for good", "Lives in Cebu"),
    ("Jag jobbar som snickare i Umeå", "Works as snickare"),
    ("uf, odio el cilantro con toda mi alma", "Dislikes el cilantro"),
    ("Non sopporto i funghi, toglili dalle ricette per favore", "Dislikes i funghi"),
    ("Helal beslenirim, domuz ürünlü tarif verme lütfen", "Keeps halal"),
    ("Mình ăn chay trường, đừng gợi ý món có thịt nha", "Is vegetarian"),
])
def test_set_phrases_of_more_latin_script_languages(message: str, expected: str) -> None:
    assert expected in _stored(message), _stored(message)


@pytest.mark.parametrize(("message", "unwanted"), [
    # the language the user may write in is not the one they want answers in
    ("Antworte mir bitte ab jetzt immer auf Deutsch, auch wenn ich mal Englisch schreibe.",
     "English"),
    ("D'ora in poi rispondimi sempre in italiano, anche quando scrivo in inglese.", "English"),
    ("meine Schwester ist von Berlin nach Hamburg gezogen", "Hamburg"),  # her move
    ("Por favor escribe este email en inglés", "English"),  # a task's language
    ("no me gusta nada este día", "día"),  # a mood about today
    ("Ya no trabajo en Telefónica, desde marzo estoy en BBVA", "Telefónica"),
])
def test_near_misses_in_more_languages(message: str, unwanted: str) -> None:
    assert not [s for s in _stored(message) if unwanted in s], _stored(message)


def test_a_retraction_reads_the_new_fact_after_it_but_a_forget_stores_nothing_beside() -> None:
    assert "Works at BBVA" in _stored("Ya no trabajo en Telefónica eh, desde marzo estoy en "
                                      "BBVA como analista de riesgos")
    assert _stored("forget that I live in Leeds, I'm vegan") == []


def test_the_city_after_a_title_in_swedish_and_romanian_and_a_vietnamese_forget() -> None:
    assert "Lives in Umeå" in _stored("Jag heter Oskar och jobbar som snickare i Umeå")
    assert "Lives in Cluj" in _stored("lucrez ca inginer software la UiPath în Cluj")
    candidates = extract_with_rules("quên chuyện mình làm ở FPT đi nha, mình nghỉ rồi")
    assert [c.op for c in candidates] == ["delete"]


@pytest.mark.parametrize(("message", "expected"), [
    ("hii im a pharmacist n i work nites, wats the best way 2 sleep during the day??",
     "Is a pharmacist"),
    ("just adopted a bunny 🐰🐰 her name is Clover!!! what should she eat?",
     "Has a bunny named Clover"),
    ("we got a rescue greyhound. His name is Pickles and he is shy",
     "Has a greyhound dog named Pickles"),
    ("first day at my new job at Shopify today!! any tips?", "Works at Shopify"),
    ("Name: Kwame Mensah. Job: logistics coordinator at Maersk. City: Accra.", "Lives in Accra"),
    ("Name: Kwame Mensah. Job: logistics coordinator at Maersk. City: Accra.",
     "Name is Kwame Mensah"),
    ("my husband Dev and I are trying to save for a house deposit",
     "Is saving for a house deposit"),
])
def test_facts_in_shorthand_forms_and_the_next_breath(message: str, expected: str) -> None:
    assert expected in _stored(message), _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("Kom ihåg att jag har epilepsi, så föreslå aldrig blinkande ljus.", "epilepsi"),
    ("Jag är laktosintolerant, kom ihåg det när du ger recept", "laktosintolerant"),
    ("Nu mănânc lactate deloc, ține minte asta", "lactate"),
])
def test_a_remember_request_in_more_languages_keeps_what_it_names(message: str,
                                                                  expected: str) -> None:
    assert any(expected in s for s in _stored(message)), _stored(message)


@pytest.mark.parametrize("message", [
    "TC kimlik numaram 12345678901, bunu hatırla",  # asked, but a secret
    "gọi mình là Sếp trong cuộc trò chuyện này thôi nha",  # a name for this chat
    "chiamami capo solo per questa chat 😂 allora capo, come si fa il tiramisù?",
    "Kald mig Skipper resten af samtalen 😄 hvordan binder man et pælestik?",
    "mój brat pracuje w Niemczech, jak on ma się rozliczyć z podatku?",  # the brother's job
])
def test_secrets_names_for_one_chat_and_kin_in_more_languages_store_nothing(
        message: str) -> None:
    assert not _stored(message), _stored(message)


def test_my_husband_and_i_in_swedish_is_the_users_home() -> None:
    assert "Lives in Lund" in _stored("min man och jag bor i Lund sedan i fjol")


@pytest.mark.parametrize(("message", "expected"), [
    ("oye, quiero correr mi primer maratón el año que viene", "Wants to correr mi primer maratón"),
    ("Chcę zdać egzamin na prawo jazdy do wakacji", "Wants to zdać egzamin na prawo jazdy"),
    ("vorrei diventare infermiera, da dove comincio?", "Wants to diventare infermiera"),
    ("Ich will dieses Jahr meinen ersten Halbmarathon laufen", "Wants to dieses Jahr meinen "
                                                              "ersten Halbmarathon laufen"),
    ("Yurt dışında doktora yapmak istiyorum", "Wants to Yurt dışında doktora yapmak"),
    ("Ik train voor de marathon van Rotterdam in april", "Is training for de marathon van "
                                                        "Rotterdam in april"),
    ("en ce moment je prépare le concours de l'ENM, tu peux me faire un planning ?",
     "Is preparing for le concours de l'ENM"),
])
def test_goals_said_in_other_languages(message: str, expected: str) -> None:
    assert any(s.startswith(expected) for s in _stored(message)), _stored(message)


@pytest.mark.parametrize("message", [
    "quiero correr mañana temprano, qué desayuno?",  # a plan for tomorrow
    "ich möchte am Wochenende einen Kuchen backen lernen",  # a plan for the weekend
    "quiero aprender a usar las tablas dinámicas de Excel",  # a task
    "quiero un resumen de este artículo",  # no goal's verb
    "voglio sapere se questo è vero",
    "quiero abrir un archivo pdf",  # verbs a task uses as often
    "quiero escribir un correo a mi jefe",
])
def test_wishes_in_other_languages_that_are_no_goal(message: str) -> None:
    assert not _stored(message), _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("ugh my manager at Deloitte wants the deck by 5, can you tighten this intro?",
     "Works at Deloitte"),
    ("so I finally got a data analyst role at Zalando, starting in March!", "Works at Zalando"),
    ("so I finally got a data analyst role at Zalando, starting in March!",
     "Is a data analyst"),
    ("od roku pracuję w firmie Allegro i szukam mieszkania", "Works at Allegro"),
])
def test_the_workplace_named_through_workmates_or_a_new_job(message: str, expected: str) -> None:
    assert expected in _stored(message), _stored(message)


def test_a_relatives_workmates_do_not_name_the_users_workplace() -> None:
    assert not _stored("my sister's manager at Google keeps emailing her at night")


@pytest.mark.parametrize(("message", "topic"), [
    ("I play padel twice a week with my neighbours", "padel"),
    ("been doing ham radio since my teens, any tips on antennas?", "ham radio"),
    ("I go freediving most summers off Gozo", "freediving"),
])
def test_more_hobbies_of_the_taxonomy(message: str, topic: str) -> None:
    assert topic in _topics(message), _topics(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("tengo una panadería en Sevilla, me ayudas con los precios?", "Lives in Sevilla"),
    ("j'ai une petite librairie à Nantes qui s'appelle Les Mots", "Owns une petite librairie "
                                                                   "called Les Mots"),
])
def test_a_business_owned_said_in_another_language(message: str, expected: str) -> None:
    assert expected in _stored(message), _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("por fin estamos instalados en el piso nuevo en Valencia!", "Lives in Valencia"),
    ("mudamos para Recife mês passado", "Lives in Recife"),
    ("first week at Siemens done, my brain is full", "Works at Siemens"),
])
def test_a_new_home_or_job_said_by_settling_in(message: str, expected: str) -> None:
    assert expected in _stored(message), _stored(message)


def test_a_childs_first_day_somewhere_is_not_the_users_job() -> None:
    assert not _stored("my son's first day at Lincoln Elementary went great")


def test_each_forget_request_in_a_message_names_its_own_target() -> None:
    found = extract_with_rules("Please forget where I work, I don't want that saved. And "
                               "forget the marathon thing too, I've pulled out of it.")
    assert [(c.op, c.value) for c in found] == [("delete", "where I work"),
                                                ("delete", "marathon")]


@pytest.mark.parametrize(("message", "expected"), [
    ("una ensalada rápida, sin cebolla por favor, la odio", "Dislikes cebolla"),
    ("Curry bitte ohne Koriander, ich hasse es", "Dislikes Koriander"),
])
def test_a_thing_refused_then_hated_in_another_language(message: str, expected: str) -> None:
    assert _stored(message) == [expected]


@pytest.mark.parametrize("message", [
    "Mal angenommen, ich würde in Basel wohnen, wie hoch wäre die Miete?",
    "supongamos que vivo en Bilbao y gano 40 mil, cuánto pago de impuestos?",
    "stel dat ik in Utrecht zou wonen, wat kost een fiets?",
])
def test_a_hypothetical_home_in_another_language_is_not_stored(message: str) -> None:
    assert not _stored(message), _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("Ich lebe seit fünf Jahren vegetarisch, hast du ein Rezept?", "Is vegetarian"),
    ("welp, not vegetarian anymore, I'm eating chicken again so pescatarian I guess?",
     "Is pescatarian"),
    ("Ya no estoy en Indra, desde este mes estoy en Repsol", "Works at Repsol"),
    ("estou treinando pra minha primeira maratona", "Is training for minha primeira maratona"),
])
def test_diets_and_changes_said_loosely(message: str, expected: str) -> None:
    assert expected in _stored(message), _stored(message)


def test_a_subjectless_not_anymore_retracts() -> None:
    found = extract_with_rules("ok confession: not vegetarian anymore lol")
    assert [(c.op, c.value) for c in found] == [("delete", "vegetarian")]


def test_a_goal_whose_object_was_said_elsewhere_is_not_kept() -> None:
    assert not _stored("those castles look amazing, I want to explore them someday")
    assert "Wants to visit Japan someday" in _stored("I want to visit Japan someday")


def test_here_to_help_is_no_signature() -> None:
    assert not _stored("Hey Jon, glad I could help! Always here to cheer you on.")
    assert "Name is Peggy" in _stored("Peggy here. How do I make the letters bigger?")


@pytest.mark.parametrize(("message", "target"), [
    ("I got laid off from Siemens last month", "Siemens"),
    ("I left Google to start my own company", "Google"),
    ("I gave up on the marathon, my knees can't take it", "the marathon"),
    ("I started eating meat again", "diet"),
    ("Milo passed away last week", "Milo"),
    # ... with the "I" dropped, as chat drops it
    ("got laid off from Google last month, job hunting now", "Google"),
    ("ok so, started eating fish again", "diet"),
])
def test_a_change_said_as_an_event_retracts_the_old_fact(message: str, target: str) -> None:
    found = extract_with_rules(message)
    assert ("delete", target) in [(c.op, c.value) for c in found], found


@pytest.mark.parametrize("message", [
    "I left Amazon a one-star review",
    "I was so fired up after the match",
    "Queen Elizabeth died in 2022, right?",
    "I don't eat meat",
    "my brother got laid off from Intel",
])
def test_events_that_retract_nothing(message: str) -> None:
    assert not [c for c in extract_with_rules(message) if c.op == "delete"]


def test_a_new_job_said_without_i_and_a_renamed_puppy() -> None:
    assert "Works at Bosch" in _stored("started a new job at Bosch on Monday!")
    found = extract_with_rules("We changed the puppy's name — he's Biscuit now")
    assert ("delete", "dog named") in [(c.op, c.value) for c in found]


@pytest.mark.parametrize(("message", "target"), [
    ("don't remember that I'm vegan anymore", "vegan"),
    ("I'd rather you didn't keep my employer on file", "employer"),
    ("please stop storing my address", "address"),
])
def test_a_forget_said_as_do_not_keep(message: str, target: str) -> None:
    found = extract_with_rules(message)
    assert [c.op for c in found] == ["delete"] and target in found[0].value, found


def test_not_remembering_something_oneself_is_no_forget_request() -> None:
    assert extract_with_rules("I don't remember my password lol") == []


def test_a_name_until_the_task_is_done_is_temporary() -> None:
    assert not _stored("call me Boss until we finish this doc")


def test_a_german_job_noun_after_ich_bin_is_the_job_not_a_name() -> None:
    assert _stored("ich bin Elektriker, wie viel verdient man in Österreich?") == [
        "Works as Elektriker"]
    assert _stored("Ich bin Jannik, 34, Vater von zwei Kindern.") == ["Name is Jannik"]
    assert _stored("Ich bin Oma, 70, und brauche Hilfe mit dem Handy.") == []


@pytest.mark.parametrize(("message", "expected"), [
    ("Nazywam się Marek, jestem programistą w Gdańsku.", "Lives in Gdańsku"),
    ("Pracuję jako tester w Comarch.", "Works at Comarch"),
    ("Me llamo Lucía y trabajo de maestra.", "Works as maestra"),
    ("Ik woon in Utrecht, ik ben verpleegkundige.", "Works as verpleegkundige"),
    ("Ich bin Krankenschwester im Klinikum Nürnberg.", "Works as Krankenschwester"),
])
def test_titles_and_cities_in_more_phrasings(message: str, expected: str) -> None:
    assert expected in _stored(message), _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("We have a dog, he's called Bello.", "Has a dog named Bello"),
    ("Wir haben einen Hund, er heißt Bello.", "Has a dog named Bello"),
    ("J'ai un chien, il s'appelle Filou.", "Has a dog named Filou"),
])
def test_a_pet_named_in_the_next_breath(message: str, expected: str) -> None:
    assert _stored(message) == [expected]


@pytest.mark.parametrize(("message", "topic"), [
    ("Ich spiele seit Jahren Schach im Verein.", "chess"),
    ("Je fais de l'escalade deux fois par semaine.", "rock climbing"),
    ("Juego al pádel todos los domingos.", "padel"),
])
def test_a_hobby_done_habitually_in_another_language(message: str, topic: str) -> None:
    assert topic in _topics(message), _topics(message)


@pytest.mark.parametrize("message", [
    "Mein Sohn spielt jeden Tag Fußball.",  # the son's
    "Kannst du mir die Schachregeln erklären?",  # a question, no habit
])
def test_a_hobby_in_another_language_that_is_not_the_users(message: str) -> None:
    assert not _topics(message), _topics(message)


def test_learning_a_task_for_this_report_is_no_goal() -> None:
    assert not _stored("I'm learning how to use pivot tables for this report")
    assert "Is learning Korean" in _stored("I'm learning Korean")


@pytest.mark.parametrize(("message", "expected"), [
    ("I'm a big Liverpool fan", "Is a Liverpool fan"),
    ("I hate cilantro, it tastes like soap", "Dislikes cilantro"),
    ("I'm studying for the bar exam", "Is studying for the bar exam"),
])
def test_a_team_followed_a_reason_cut_and_an_exam_studied_for(message: str,
                                                                expected: str) -> None:
    assert _stored(message) == [expected]


def test_working_nights_is_a_lasting_constraint_but_not_this_week() -> None:
    assert _stored("I work night shifts so mornings are my evenings") == ["Works night shifts"]
    assert not _stored("I'm on night shifts this week, ugh")


def test_answers_that_give_a_childs_name_after_the_age_or_a_home_near_a_city() -> None:
    assert _stored("he's 9, Tomas", "How old is your son, and what's his name?") == [
        "Has a son named Tomas"]
    assert _stored("just outside Galway, tiny village", "Where are you based?") == [
        "Lives near Galway"]


def test_a_first_person_aside_in_brackets_is_its_own_statement() -> None:
    message = ("I finally have a free weekend since HVAC season is slow (I'm an HVAC tech, "
               "spring and fall are dead, summer I basically live in people's attics lol). "
               "We're in Cleveland.")
    clauses = [c.text for c in split_clauses(message)]
    assert ("I'm an HVAC tech, spring and fall are dead, summer I basically live in people's "
            "attics lol") in clauses, clauses
    # "summer I basically live in people's attics" is a figure of speech, not a home
    assert not [c for c in extract_with_rules(message) if c.attribute == "location"]
    # a bracket that names, not states, stays with the name it explains
    assert _stored("Pepper (my border collie) needs more exercise") == [
        "Has a border collie named Pepper"]


def test_starting_somewhere_this_week_is_a_new_job() -> None:
    found = [c for c in extract_with_rules("started at Datadog this week, SRE again")
             if c.text == "Works at Datadog"]
    assert found and found[0].change
    assert not [c for c in extract_with_rules("started at Datadog, it's a good tool")
                if c.change]


@pytest.mark.parametrize(("message", "expected"), [
    ("when you give me code examples use TypeScript please", "Wants code examples in TypeScript"),
    ("whenever you write me emails keep them short", "Wants emails short"),
])
def test_a_condition_on_every_answer_of_a_kind_is_a_preference(message: str,
                                                                expected: str) -> None:
    assert _stored(message) == [expected]


@pytest.mark.parametrize(("message", "topic"), [
    ("My dog Dizzy chewed through my trumpet case handle", "trumpet"),
    ("I cycle to the office along the canal", "cycling"),
])
def test_a_hobby_beside_a_fact_or_said_as_a_verb(message: str, topic: str) -> None:
    assert topic in _topics(message), _topics(message)


def test_a_hobby_done_with_someone_close_is_the_users_too() -> None:
    assert "padel" in _topics("Padel tournament in Madrid with my brother")
    assert not _topics("my brother plays padel every week")
    assert not _topics("my brother plays padel every week", engaged=False)
    assert not _topics("I'm training for a marathon")  # the goal's own matter


def test_a_pet_renamed_in_the_next_sentence_or_in_another_language() -> None:
    found = extract_with_rules("Ok we renamed the puppy — Rocket didn't fit, he's a total couch "
                               "potato. He's Moose now. How do I teach him a new name?")
    assert ("delete", "puppy named") in [(c.op, c.value) for c in found]
    assert "Has a puppy named Moose" in [c.text for c in found]
    for message, name in [
            ("Alla fine abbiamo rinominato il cane: ora si chiama Biscotto", "Biscotto"),
            ("Wir haben den Hund umbenannt, er heißt jetzt Fips.", "Fips")]:
        found = extract_with_rules(message)
        assert ("delete", "dog named") in [(c.op, c.value) for c in found], found
        assert f"Has a dog named {name}" in [c.text for c in found]
    # a name for something else in the next sentence is no rename
    assert not [c for c in extract_with_rules("we renamed the puppy's bed. It's cozy now.")
                if c.op == "delete"]


@pytest.mark.parametrize(("message", "expected"), [
    ("I was a fourth-grade teacher for 34 years here in Duluth before I retired",
     "Is a retired fourth-grade teacher"),
    ("spent 25 years as a firefighter before I retired", "Is a retired firefighter"),
])
def test_the_job_of_a_whole_career_before_retiring(message: str, expected: str) -> None:
    assert expected in _stored(message), _stored(message)


def test_a_polish_relative_named_without_a_possessive_at_the_start() -> None:
    assert _stored("Córka Zuzia ma urodziny za tydzień") == ["Has a daughter named Zuzia"]
    assert not _stored("Czy córka Zuzia ma urodziny?")


def test_the_users_dwelling_in_a_town_is_their_home() -> None:
    assert _stored("our apartment in Tacoma gets like zero sun from october to april") == [
        "Lives in Tacoma"]
    assert not _stored("my old flat in Leeds was damp")
    assert not _stored("we're renting out our flat in Porto this summer")


def test_not_drinking_said_without_an_object_means_alcohol() -> None:
    assert [c.text for c in extract_with_rules("I don't drink, never have")] == [
        "Does not drink alcohol"]
    assert [c.text for c in extract_with_rules("I don't drink coffee")] == [
        "Does not drink coffee"]


def test_a_new_employer_in_german_said_with_when_it_began() -> None:
    found = extract_with_rules("Seit Montag bin ich bei Zalando, der neue Job ist super.")
    assert [(c.text, c.change) for c in found] == [("Works at Zalando", True)]
    assert not extract_with_rules("ich bin bei Oma heute")


def test_a_job_offer_taken_is_the_new_employer_one_only_received_is_not() -> None:
    taken = extract_with_rules("I GOT THE SPOTIFY OFFER!!! accepted it, last day at Wayfair "
                               "is friday.")
    assert [(c.text, c.change) for c in taken] == [("Works at Spotify", True)]
    assert "Works at Monzo" in _stored("I accepted the Monzo offer yesterday")
    assert not extract_with_rules("got the Stripe offer, not sure if I should take it")


def test_a_home_said_as_where_the_user_works_remotely_from_in_another_language() -> None:
    assert "Lives in Lublina" in _stored("pracuję zdalnie z Lublina i mam malutkie mieszkanie")
    assert "Lives in Valencia" in _stored("trabajo en remoto desde Valencia")


def test_of_two_hobbies_in_a_clause_the_one_named_first_is_the_users() -> None:
    message = "been doing pottery for a few months now and want to try painting designs"
    assert _topics(message) == {"pottery"}, _topics(message)


def test_why_the_user_asks_to_be_remembered_is_no_fact() -> None:
    message = ("Remember that I'm allergic to peanuts, please — I don't want to have to say it "
               "every time I ask for a recipe.")
    assert _stored(message) == ["Is allergic to peanuts"], _stored(message)


def test_a_job_given_for_what_kind_of_work_the_shifts_are() -> None:
    assert _stored("paramedic. so basically eating in the ambulance between calls",
                   "What kind of work are the shifts — do you get proper breaks?") == [
        "Is a paramedic"]


def test_a_relatives_name_before_a_contracted_is_or_a_possessive() -> None:
    assert _stored("My wife Kate's on nights at the NHS all week") == ["Has a wife named Kate"]


def test_what_the_user_is_busy_with_beside_a_remember_is_not_kept_word_for_word() -> None:
    message = ("Please remember I'm allergic to shellfish — I'm working on new specials and I "
               "keep forgetting to tell you.")
    assert _stored(message) == ["Is allergic to shellfish"], _stored(message)
    assert _stored("Please remember that I mostly cook for one and I hate leftovers") == [
        "Mostly cooks for one", "Dislikes leftovers"]


def test_a_hobby_beside_a_laugh_in_a_request_for_help_is_sincere() -> None:
    message = "Also I've got an allotment here in Bristol — what can I plant in March lol"
    assert "gardening" in _topics(message), _topics(message)
    assert not [c for c in extract_with_rules(message) if " named " in c.text]


@pytest.mark.parametrize(("message", "question", "expected"), [
    ("В Казани. Меня кстати Денис зовут", "А в каком вы городе?", "Lives in Казани"),
    ("en Sevilla, desde 2019", "¿Dónde vives?", "Lives in Sevilla"),
])
def test_a_city_given_for_where_do_you_live_in_another_language(message: str, question: str,
                                                                expected: str) -> None:
    assert expected in _stored(message, question), _stored(message, question)


@pytest.mark.parametrize(("message", "expected"), [
    ("I speak Spanish and a bit of German", ["Speaks Spanish", "Speaks German"]),
    ("I'm fluent in Hindi", ["Speaks Hindi"]),
    ("I don't speak French", []),
    ("I work from home most days", ["Works from home"]),
    ("I work remotely for a fintech", ["Works remotely"]),
    ("I'm working from home today", []),
])
def test_languages_spoken_and_working_from_home(message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("I've been a firefighter for twelve years and my knees are shot", ["Is a firefighter"]),
    ("I've been learning the piano since January", ["Is learning the piano"]),
    ("I'm a paralegal, studying for the LSAT at night",
     ["Is a paralegal", "Is studying for the LSAT at night"]),
    ("I drive for Uber part time while I finish my degree", ["Drives for Uber", "Works at Uber"]),
])
def test_how_long_a_job_lasted_learning_gig_work(message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    # "de noche" says when the user works, not as what: a schedule, never a title
    ("Soy enfermera en un hospital de Valencia y trabajo de noche",
     ["Works as enfermera", "Works night shifts"]),
    ("Ich wohne seit drei Jahren in Hamburg", ["Lives in Hamburg"]),
    ("Ich bin allergisch gegen Nüsse, bitte merk dir das.", ["Ich bin allergisch gegen Nüsse"]),
    ("Tenho dois filhos, o Pedro e a Ana.", ["Has a child named Pedro", "Has a child named Ana"]),
    ("Estou aprendendo alemão porque vou me mudar para Berlim.", ["Is learning alemão"]),
])
def test_more_phrasings_in_other_languages(message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "deleted", "added"), [
    ("I started eating fish again, so pescatarian now", "diet", ["Is pescatarian"]),
    ("sadly Luna passed away last week", "Luna", []),
    ("I gave up on French, switched to Italian", "French", []),
    ("I graduated! starting at Apple next month", "student", []),
])
def test_changes_said_as_events(message: str, deleted: str, added: list[str]) -> None:
    found = extract_with_rules(message)
    assert [c.value for c in found if c.op == "delete"] == [deleted], found
    assert [c.text for c in found if c.op == "add"] == added


def test_a_new_job_where_the_user_is_now_and_a_reply_language_switched_back() -> None:
    assert [(c.text, c.change) for c in extract_with_rules("new job! I'm at Sainsbury's now")] \
        == [("Works at Sainsbury's", True)]
    assert not extract_with_rules("I'm at Sainsbury's now, what should I buy?")
    assert _stored("you can go back to English now") == ["Prefers responses in English"]
    assert not [t for t in _stored("I want to go back to English class")
                if t.startswith("Prefers responses")]


def test_a_taste_given_for_what_kind_of_music_or_food_the_user_likes() -> None:
    assert _stored("mostly jazz and some old soul", "What kind of music do you like?") == [
        "Likes jazz"]
    assert not _stored("idk whatever's on", "What kind of music do you like?")


@pytest.mark.parametrize(("message", "expected"), [
    ("This is Deepa from accounting, can you draft a memo?", ["Name is Deepa"]),
    ("Yo, Mateo speaking. What's a good protein shake?", ["Name is Mateo"]),
    ("My friends call me Jay", ["Name is Jay"]),
    ("This is Paris from the plane window", []),
])
def test_introductions_from_a_team_speaking_or_by_what_friends_call_the_user(
        message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("call me Dee from now on, nobody ever says Deirdre", ["Name is Dee"]),
    ("my wife Hana says our dog Bruno is scared of cats",
     ["Has a wife named Hana", "Has a dog named Bruno"]),
    ("my friend said she lives in Paris", []),
    ("I absolutely hate cilantro, tastes like soap to me", ["Dislikes cilantro"]),
    ("my grandson Ethan set this up for me", ["Has a grandson named Ethan"]),
])
def test_a_value_said_before_a_report_and_more_kin(message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


def test_a_forget_beside_a_change_and_remember_before_a_statement() -> None:
    found = extract_with_rules("so I left Deloitte, I'm at KPMG now. also pls forget where I "
                               "live, don't want that saved")
    assert "Works at KPMG" in [c.text for c in found]
    assert [c.op for c in found].count("delete") == 1, found
    message = ("I love spicy food. Also please remember I'm lactose intolerant when you "
               "suggest recipes. What's a good curry?")
    assert "Is lactose intolerant" in _stored(message), _stored(message)


def test_a_laugh_in_a_message_asking_how_long_should_i_is_sincere() -> None:
    message = "went bouldering last night and my forearms are dead lol. how long should i rest"
    assert "rock climbing" in _topics(message), _topics(message)
    assert "running" in _topics("my knees ache after my long runs on the weekend")


@pytest.mark.parametrize(("message", "expected"), [
    ("Mila (my daughter) lost her first tooth today!! she was so proud",
     ["Has a daughter named Mila"]),
    ("our golden retriever Maple ate a whole sock today", ["Has a retriever dog named Maple"]),
    ("my golden hour photos came out great", []),
    ("honestly i'm not a morning person at all, so this 7am meeting is torture",
     ["Is not a morning person"]),
    ("i'm a total night owl", ["Is a night owl"]),
    ("I'm a busy person", []),
])
def test_kin_named_before_who_they_are_a_breed_with_a_colour_and_a_chronotype(
        message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("I study medicine at UCL in London",
     ["Studies medicine", "Studies at UCL", "Lives in London"]),
    ("Jeg heter Ingrid og studerer medisin ved NTNU.",
     ["Name is Ingrid", "Studies medisin", "Studies at NTNU"]),
    ("studio medicina all'Università di Bologna",
     ["Studies medicina", "Studies at Università di Bologna"]),
    ("I study hard at night", []),
    ("I'm a student at UCL", ["Is a student", "Studies at UCL"]),
])
def test_what_and_where_the_user_studies(message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("my wife Hana says our dog Bruno and cat Mochi cant be left alone",
     ["Has a wife named Hana", "Has a dog named Bruno", "Has a cat named Mochi"]),
    ("my sister Ana and her husband Tom visited", ["Has a sister named Ana"]),
    ("moro em Curitiba com meus dois gatos, a Pipoca e o Feijão",
     ["Lives in Curitiba", "Has a cat named Pipoca", "Has a cat named Feijão"]),
    ("mieszkam w Gdańsku z córką Zosią", ["Lives in Gdańsku", "Has a daughter named Zosia"]),
])
def test_the_next_of_kin_after_and_a_count_and_polish_who_the_user_lives_with(
        message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("Hi, I'm Sam. Please remember that I'm allergic to kiwi.",
     ["Name is Sam", "Is allergic to kiwi"]),
    ("Ciao, sono Giulia. Ricordati per favore che sono allergica al kiwi.",
     ["Name is Giulia", "Sono allergica al kiwi"]),
    ("Merk dir bitte, dass ich allergisch gegen Kiwi bin", ["Ich allergisch gegen Kiwi bin"]),
    ("I'm bipolar. I'd like you to remember that, so any advice on sleep takes it into account.",
     ["Is bipolar"]),
    ("Ok thanks. Remember that book I was talking about?", []),
])
def test_a_request_to_remember_in_a_later_sentence_keeps_its_own_statement(
        message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("I'm Javier Morales, electrician, based in Valencia. Need an email",
     ["Name is Javier Morales", "Is an electrician", "Lives in Valencia"]),
    ("Dmitri Volkov, software architect, Berlin", ["Is a software architect"]),
    ("retired postman here, 40 years on the same rounds.", ["Is a retired postman"]),
    ("I'm Anna, nice to meet you", ["Name is Anna"]),
    ("my dad is a solicitor in Leeds", []),
])
def test_a_job_beside_the_name_or_signed_in_with(message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("Ich bin Vegetarierin und meine Kollegen grillen am Freitag", ["Is vegetarian"]),
    ("fyi I'm left-handed so half the calligraphy tutorials are useless to me",
     ["Is left-handed"]),
    ("btw I'm a lefty so the knitting diagrams always confuse me", ["Is left-handed"]),
    ("my son is left-handed", []),
])
def test_a_diet_is_no_foreign_job_and_left_handedness_lasts(
        message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("I'm a firefighter, married to Luis, and we've got a parrot named Captain Jack",
     ["Is a firefighter", "Is married to Luis", "Has a parrot named Captain Jack"]),
    ("we live in a tiny flat in Glasgow with two cats (Haggis and Neep)",
     ["Lives in Glasgow", "Has a cat named Haggis", "Has a cat named Neep"]),
    ("I'm a SAHD with twins, Milo and Jude, they're 3.",
     ["Has a child named Milo", "Has a child named Jude"]),
    ("I'm a stay at home mum to Isla and Jack",
     ["Is a stay at home mum", "Has a child named Isla", "Has a child named Jack"]),
    ("my kids are Sam and Jess", ["Has a kid named Sam", "Has a kid named Jess"]),
    ("my friend has two cats, Tom and Jerry", []),
    ("my sister is married to Tom", []),
])
def test_children_and_pets_by_name_after_how_many_and_a_spouse(
        message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("bro I'm a data analyst in Gurgaon, want to learn Python properly",
     ["Is a data analyst", "Lives in Gurgaon", "Wants to learn Python properly"]),
    ("I'm a line cook at a hotel restaurant, trying to move into sous chef",
     ["Is a line cook", "Wants to move into sous chef"]),
    ("my sister is a nurse, wants to move to Leeds", []),
    ("I went to the shop and want to cook pasta tonight", []),
    ("i am from Ukraine, now i live in Kraków and work as cleaner in hotel",
     ["Is a cleaner", "Lives in Kraków", "Is from Ukraine"]),
])
def test_a_goal_after_a_statement_shares_its_subject(message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("Ik woon in Utrecht en werk als verpleegkundige",
     ["Lives in Utrecht", "Works as verpleegkundige"]),
    ("Aselsan'da yazılım mühendisi olarak çalışıyorum, C++ sorum var",
     ["Works at Aselsan", "Works as yazılım mühendisi"]),
    ("Jestem kierowcą ciężarówki, jeżdżę po całej Europie", ["Works as kierowcą ciężarówki"]),
    ("jestem mamą dwójki dzieci i nie mam czasu", []),
    ("ik ben boekhouder bij een klein kantoor in Gent", ["Works as boekhouder"]),
    ("ik ben nu bij mijn ouders, wat kan ik koken?", []),
    ("je suis comptable chez Airbus", ["Works as comptable", "Works at Airbus"]),
    ("je suis passée chez ma sœur hier", []),
    ("ich bin Erzieherin bei der Stadt", ["Works as Erzieherin"]),
    ("ich bin gerade bei meiner Mutter", []),
])
def test_a_job_said_in_another_languages_own_word_order(message: str, expected: list[str]
                                                        ) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("I manage a small warehouse team (9 people) for a furniture company",
     ["Manages a small warehouse team"]),
    ("I lead the data team at Monzo", ["Leads the data team", "Works at Monzo"]),
    ("I manage my time badly, any tips?", []),
])
def test_the_team_a_user_leads_is_their_job(message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("I want to climb Kilimanjaro before I turn 40.",
     ["Wants to climb Kilimanjaro before they turn 40"]),
    ("My big goal this year is passing the JLPT N2", ["Goal is passing the JLPT N2"]),
])
def test_a_goal_keeps_its_deadline_and_its_grammar(message: str, expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "previous", "expected"), [
    ("I've got two kids (Nikau who's 9 and Mere who's 6)", None,
     ["Has a child named Nikau", "Has a child named Mere"]),
    ("I have two sons, Mateo and Leo, 7 and 4, and they fight", None,
     ["Has a son named Mateo", "Has a son named Leo"]),
    ("my sister just moved to Toronto, meanwhile i'm the boring one, accountant here in Dubai",
     None, ["Is an accountant", "Lives in Dubai"]),
    # the job the move was for is the user's
    ("moved to denver in march for a job at Palantir, my gf stayed in austin for now", None,
     ["Lives in Denver", "Works at Palantir"]),
    ("I live in Leeds, my sister's place, just for now", None, []),
    ("je suis infirmière de nuit au CHU de Lyon", None,
     ["Works as infirmière", "Works at CHU de Lyon"]),
    ("chez Michelin, à Clermont", "Bien sûr ! Tu travailles où ?", ["Works at Michelin"]),
    ("bandung", "Boleh! Kamu tinggal di mana?", ["Lives in Bandung"]),
    ("kalau aku pindah ke Bali kira-kira biaya hidup sebulan berapa ya", None, []),
    ("友達の健太が京都でラーメン屋やってるから寄りたい", None, []),
    # "ben" opens many Turkish sentences, but one capitalised word and a comma is a name
    ("selam ben Emre, izmirde yaşıyorum", None, ["Name is Emre", "Lives in Izmir"]),
])
def test_unseen_phrasings_of_a_dev_set(message: str, previous: str | None,
                                       expected: list[str]) -> None:
    assert _stored(message, previous) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("I'm deaf, so please don't suggest podcasts, suggest stuff with transcripts",
     ["Is deaf, so don't suggest podcasts"]),
    ("I don't own a car, so anything you recommend should be reachable by public transport",
     ["Does not own a car, so anything you recommend should be reachable by public transport"]),
    ("I left Siemens, now at Bosch as a test engineer", ["Works at Bosch", "Is a test engineer"]),
    ("forget that I live in Denver, I moved to Boise", ["Lives in Boise"]),
    ("forget that I live in Leeds, I'm vegan", []),
    ("me mudei pra Curitiba mês passado", ["Lives in Curitiba"]),
])
def test_a_constraint_keeps_its_rule_and_a_change_its_new_value(message: str,
                                                                expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("Bitte merk dir: ich bin Typ-1-Diabetiker",
     ["Ich bin Typ-1-Diabetiker"]),
    ("Tolong ingat ya, aku cuma makan makanan halal", ["Aku cuma makan makanan halal"]),
])
def test_a_request_to_remember_opens_with_please_in_any_language(message: str,
                                                                 expected: list[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("message", "previous", "expected"), [
    ("I'm a sous chef at a hotel in Lisbon", None, ["Is a sous chef", "Lives in Lisbon"]),
    ("I'm staying at a hotel in Lisbon this week", None, []),
    ("친구 강아지 이름이 콩이인데 너무 귀여워", None, []),
    ("今日は在宅勤務なので、集中できる音楽を教えて", None, []),
    ("doesn't matter, just give general advice", "Where are you based?", []),
])
def test_a_workplace_a_friends_pet_and_a_non_answer(message: str, previous: str | None,
                                                    expected: list[str]) -> None:
    assert _stored(message, previous) == expected


def test_a_new_job_said_as_one_is_a_change() -> None:
    message = "I left Hendricks & Moore. starting monday as a compliance analyst at Fidelity"
    found = [c for c in extract_with_rules(message) if c.op == "add"]
    assert [(c.text, c.change) for c in found] == [("Is a compliance analyst", True),
                                                   ("Works at Fidelity", True)]


@pytest.mark.parametrize(("message", "name"), [
    ("nenn mich einfach Steffi", "Name is Steffi"),
    ("nenn mich ab jetzt bitte Lena, nicht Magdalena", "Name is Lena"),
    ("llámame simplemente Pepe", "Name is Pepe"),
])
def test_a_filler_word_after_a_naming_cue_is_not_the_name(message: str, name: str) -> None:
    assert _stored(message) == [name]


@pytest.mark.parametrize("message", [
    "not in Denver anymore btw, moved to Boise over the summer",
    "I moved to Boise during the pandemic",
])
def test_when_a_move_happened_is_not_part_of_the_place(message: str) -> None:
    assert "Lives in Boise" in _stored(message)


@pytest.mark.parametrize(("message", "gone"), [
    ("już nie jestem weganką, od miesiąca jem ryby", "wegan"),
    ("ik ben geen vegetariër meer", "vegetariër"),
    ("ich bin kein Veganer mehr", "Veganer"),
    ("bin nicht mehr bei Hallmann", "Hallmann"),
    ("kleines Update: hab bei Bosch gekündigt und bin jetzt bei Porsche", "Bosch"),
    ("artık vejetaryen değilim", "vejetaryen"),
    ("you can forget the pregnancy thing now, it's over", "pregnancy"),
])
def test_a_change_or_retraction_in_other_languages_and_wordings(message: str, gone: str) -> None:
    deletes = [c.value for c in extract_with_rules(message) if c.op == "delete"]
    assert any(gone.lower() in d.lower() for d in deletes), deletes
    # the old value is never stored again (the new one may be: "bin jetzt bei Porsche")
    assert not [m for m in _stored(message) if gone.lower() in m.lower()], _stored(message)
    if "Porsche" in message:
        assert _stored(message) == ["Works at Porsche"], _stored(message)


@pytest.mark.parametrize("message", [
    "well, I've retired! and the move's done",
    "So, ab heute bin ich offiziell in Rente!!! nach 38 Jahren.",
    "me jubilé el mes pasado",
])
def test_a_retirement_said_in_other_words_or_languages(message: str) -> None:
    assert "Is retired" in _stored(message)


@pytest.mark.parametrize("message", ["I retired the old laptop", "my dad retired!"])
def test_no_retirement_of_a_thing_or_someone_else(message: str) -> None:
    assert "Is retired" not in _stored(message)


def test_the_diet_a_change_comes_to_without_i() -> None:
    message = "update: not vegan anymore, eating fish again so basically pescatarian now"
    cands = [(c.op, c.value) for c in extract_with_rules(message)]
    assert ("delete", "vegan") in cands and ("add", "pescatarian") in cands


def test_a_full_name_the_user_has_now_after_a_wedding() -> None:
    message = "got married in june so im Agnieszka Baran now, pls use the new surname"
    assert "Name is Agnieszka Baran" in _stored(message)
    assert not [s for s in _stored("I'm Team Lead now, so I manage 5 people") if "Name" in s]


def test_a_document_pasted_after_the_ask_and_a_blank_line_is_not_the_users() -> None:
    cv = ("this is my brother's CV, can u make it sound more professional?\n\nRahul Mehta\n"
          "Mechanical Engineer, Tata Motors, Pune (2019–present)\n- Led a team of 4")
    assert _stored(cv) == []
    mine = "I'm a nurse in Leeds. can you check my cover letter?\n\nDear hiring manager, ..."
    assert {"Is a nurse", "Lives in Leeds"} <= set(_stored(mine))


@pytest.mark.parametrize(("message", "expected"), [
    # the wish, not the language the user says they write in ("piszę" = I write)
    ("aha i odpisuj mi zawsze po angielsku, piszę po polsku bo szybciej",
     ["Prefers responses in English"]),
    ("pisz do mnie zawsze po polsku", ["Prefers responses in Polish"]),
    # Turkish capital İ lowercases with a combining dot
    ("bana hep İngilizce cevap ver lütfen", ["Prefers responses in English"]),
])
def test_the_reply_language_is_the_one_asked_for(message: str, expected: list[str]) -> None:
    assert _stored(message) == expected
