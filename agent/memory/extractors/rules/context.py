"""Reading a short reply against the assistant's previous message.

"lisbon" after "What city do you live in?" means "I live in lisbon", and "yes" after "You're
vegetarian, right?" means "I'm vegetarian". Both are rebuilt here as first-person sentences
and handed to the ordinary statement rules, so context needs no rules of its own.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _verbatim
from agent.memory.extractors.rules.claims import _confirmed_claim
from agent.memory.extractors.rules.patterns import NAME_STOP, STANDING, F
from agent.memory.extractors.rules.requests import _explicit_body
from agent.memory.extractors.rules.statement_rules.scripts import REPLY_LANGUAGE, REPLY_LANGUAGES
from agent.memory.extractors.rules.statements import _statement_candidates
from agent.memory.lexicon import FIELD_NAMES

AFFIRMATIVE = re.compile(
    r"^(?:yes|yeah|yep|yup|correct|exactly|right|that's right|that is right|true|indeed|sure|"
    r"absolutely|definitely|of course|please do|that's me|sí|sì|si|oui|ja|sim|I (?:am|do)\b"
    r"(?=[,.!]|$))\b",
    F,
)



# No answer at all: a refusal, a question back ("why do you need to know that", typed
# without "?"), not knowing.
NEGATIVE_ANSWER = re.compile(r"^(?:no|nope|nah|not really|not at all|never|wrong|incorrect|"
                             r"haha,? no|why|how come|what for|who wants to know|idk|dunno|"
                             r"i don'?t know|not telling|(?:i'?d )?rather not|none of your|"
                             r"prefer not|skip|(?:it )?does(?:n't| not) matter|doesnt matter|"
                             r"not important|whatever|anywhere|nowhere|no matter)\b", F)
# Short answers to the assistant's question become the first-person sentence they stand for,
# and the ordinary statement rules read that sentence. The question must be about the user
# ("your ...", "do you ..."), never about the task ("which city are you asking about?").
ASKS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"what(?:'s| is) your name|(?:have|know|get|tell me) your name|your name\?|"
                r"what should i call you|how should i (?:call|address) "
                r"you|name you'd like|name (?:should|can|do you want) (?:i|me to) (?:use|call)|"
                r"what do you (?:want|like) (?:me )?to (?:call|be called)|who am i (?:talking|"
                r"speaking) to|c[oó]mo te llamas|comment tu t'appelles|wie hei(?:ß|ss)t du", F),
     "call me {name}"),
    (re.compile(r"where do you live|where are you (?:based|located|living|from)|which city do "
                r"you live|(?:which|what) (?:city|town|country) are you (?:in|from|based)\b|"
                r"what city do you live|where(?:'s| is) home|d[oó]nde vives|"
                r"в каком (?:вы |ты )?городе|где (?:вы|ты) (?:живёте|живете|живёшь|живешь)|"
                r"où (?:habites-tu|habitez-vous|vis-tu)|tu (?:habites|vis) où|wo wohnst du|"
                r"dove (?:vivi|abiti)|onde (?:você )?mora|onde vives|waar woon je|"
                r"gdzie mieszkasz|var bor du|hvor bor du|nerede yaşıyorsun|"
                r"(?:kamu|anda|kau) tinggal di mana|tinggal di mana|saan ka nakatira",
                F),
     "I live in {a}"),
    (re.compile(r"which company|where do you work|who do you work for|what company|"
                r"who(?:'s| is) your employer|tu travailles où|où (?:est-ce que tu travailles|"
                r"travailles-tu|travaillez-vous)|d[oó]nde trabajas|wo arbeitest du|"
                r"dove lavori|onde (?:você )?trabalha|waar werk je|gdzie pracujesz|"
                r"(?:kamu|anda) (?:kerja|bekerja) di mana|nerede çalışıyorsun", F),
     "I work at {a}"),
    (re.compile(r"what do you do(?: for (?:a living|work))?\?|what(?:'s| is) your (?:job|"
                r"profession|occupation|role|line of work)|what (?:kind of )?work do you do|"
                r"what (?:kind|sort|type|line) of (?:work|job)\b|"
                r"what do you do for (?:a living|work)|tu fais quoi dans la vie|"
                r"qu'est-ce que tu fais dans la vie|quel est ton métier|a qué te dedicas|"
                r"en qué trabajas|was machst du beruflich|che lavoro fai|"
                r"o que (?:você )?faz da vida|wat (?:voor werk doe je|doe je voor werk)", F),
     "I'm a {a}"),
    (re.compile(r"(?:which|what) (?:programming )?language (?:do you|are you) (?:usually |"
                r"mostly |normally )?(?:work|code|program|write)|programming language do you", F),
     "I prefer {a}"),
    (re.compile(r"(?:which|what) language (?:should|do you want|would you like|do you prefer)"
                r"[^?]*\b(?:reply|respond|answer|use|talk|speak|write to you|"
                r"chat)|language do you prefer (?:i|me to) (?:reply|respond|answer|use)", F),
     "always reply to me in {a}"),
    (re.compile(r"time ?zone", F), "my time zone is {a}"),
    (re.compile(r"\bdiet(?:ary)?\b|do you eat", F), "I'm {a}"),
    (re.compile(r"hoping to achieve|your (?:main |long-term |big )?goal|what do you want to "
                r"achieve|what are you aiming for|what are you working towards", F),
     "my goal is to {a}"),
    (re.compile(r"what(?:'s| is| are) (?:your|the) (?P<kin>[\w-]+)(?:'s|s') names?|"
                r"\byour (?P<kin2>[\w-]+)\b[^?]*\b(?:what(?:'s| is)|and) (?:his|her|their|its) "
                r"name", F),
     "my {kin} is named {name}"),
    (re.compile(r"do you have (?:any )?(?:pets|kids|children|a (?:dog|cat))\b", F),
     "I have {t}"),
    (re.compile(r"\ballerg(?:y|ies|ic)\b", F), "I'm allergic to {a}"),
    (re.compile(r"what (?:kind|sort|type|genre)s? of (?:music|food|cuisine|movies|films|"
                r"books|shows|games|podcasts|coffee|wine|beer|art) do you (?:like|love|enjoy|"
                r"prefer|listen to|read|watch|play)", F), "I like {a}"),
    (re.compile(r"do you (?:generally |usually )?prefer (?P<opts>[^?]+\bor\b[^?]+)", F),
     "I prefer {a} {noun}"),
]


def _from_context(text: str, previous: str | None, explicit: bool = False
                  ) -> list[Candidate]:
    """Short answers to the assistant's question, and confirmations of its statements
    (``explicit``: the user asked for the answer to be remembered)."""
    if not previous or text.rstrip().endswith("?"):
        return []
    if NEGATIVE_ANSWER.match(text):
        return []
    question = _last_question(previous)
    if AFFIRMATIVE.match(text) and len(text.split()) <= 10:
        claim = _confirmed_claim(previous, question)
        if claim and STANDING.search(text) and not STANDING.search(claim):
            claim += " from now on"
        if claim:  # "you're in Toronto, right?" claims where they live
            claim = re.sub(r"^I'm (?:based |living )?in (?=[A-Z])", "I live in ", claim)
            confirmed = _context_sentence(claim, previous)
            if confirmed:
                return confirmed
        # no claim it confirms: "yeah, twins! Noor and Zain" answers "Do you have kids?"
    if question is None:
        return []
    reply = text
    if len(text.split()) > 8:
        # "brisbane, so AEST. no daylight saving up here": the answer, then chatter
        text = YES_LEAD.sub("", text)
        text = re.split(r"\s*(?:[,;.!(]|\s[-—–]\s|\s(?:after|since|but|so)\s)\s*", text,
                        maxsplit=1)[0]
        if not text or len(text.split()) > 4 or re.match(r"(?:I|I'm|my|we)\b", text, F):
            return []
    return _answer_candidates(text, question, previous, reply, explicit)


def _last_question(previous: str) -> str | None:
    """The question a short reply answers is the assistant's last one."""
    questions = re.findall(r"[^.!?]*\?", previous)
    return questions[-1].strip() if questions else None


def _answer_candidates(text: str, question: str, previous: str, reply: str,
                       explicit: bool = False) -> list[Candidate]:
    """Rebuild the sentence a short answer stands for, from the question's template (``text``
    is the answer, ``reply`` the whole message it opens)."""
    answer = _short_answer(text)
    if not answer:
        return []
    for pattern, template in ASKS:
        match = pattern.search(question)
        if not match:
            continue
        name = answer.split()[0]
        if "{name}" in template and re.match(r"(?:she|he|they|it)(?:'s| is| are)$", name, F):
            # "she's 7, Marisol": the name comes after the age
            later = re.search(r"\b(?-i:[A-Z][a-z]+)\b", reply[len(name):])
            name = later.group(0) if later else name
        if "{name}" in template and (name.lower() in NAME_STOP | TITLES or
                                     not name[:1].isalpha()):
            return []  # "Mr. Whiskers": one word of the name would be a wrong one
        near = re.match(r"(?:just\s+)?(?:outside(?: of)?|close to|around|near)\s+(?P<p>.+)$",
                        answer, F) if template == "I live in {a}" else None
        if near:  # "outside Leeds, small village": the home is near it
            place = near.group("p")
            return [_fact(f"Lives near {place}", "location", place, text, "location")]
        groups = match.groupdict()
        noun = ""
        if groups.get("opts"):
            nouns = re.findall(r"\b(\w+s)\b", groups["opts"])
            noun = nouns[0] if nouns else ""
        if template == "I'm a {a}" and FIELD.match(answer):
            return [_fact(f"Works in {answer}", "role", answer, text, "role")]
        named = re.search(REPLY_LANGUAGE, answer) if template.endswith("me in {a}") else None
        if named:  # "日本語でお願いします。...": the language as the user wrote it
            key = named.group(0)
            return [_fact(f"Prefers responses in {REPLY_LANGUAGES[key]}", "language", key,
                          text, "language")]
        whole = YES_LEAD.sub("", reply.strip())
        sentence = template.format(a=answer, name=name,
                                   kin=groups.get("kin") or groups.get("kin2") or "",
                                   noun=noun, t=re.sub(r"!\s*", ", ", whole)).strip()
        if explicit or REMEMBER.search(reply):  # "tree nuts. please remember that"
            sentence = f"remember that {sentence}"
        return _context_sentence(sentence, previous)
    return []


# A field of work given for "what do you do?": "nursing", "IT", "hospitality".
FIELD = re.compile(rf"^(?:[a-z]+ing|{FIELD_NAMES})$")
YES_LEAD = re.compile(r"^(?:yes|yeah|yep|yup)\b[,!.]*\s*", F)  # "yeah, twins! ..."
TITLES = frozenset("mr mrs ms miss dr sir lady lord captain professor".split())
REMEMBER = re.compile(r"\b(?:remember|keep in mind|note) (?:that|this|it)\b", F)


def _short_answer(text: str) -> str:
    """The value in a short reply: 'lisbon, since 2019' -> 'lisbon', 'mostly Rust' -> 'Rust'."""
    # Hesitation ("uhh", "well,") and "go with X" / "use X" wrap the value itself.
    answer = re.sub(r"^(?:(?:u+h+|u+m+|h+m+|er+m*|well|so|ok|okay)\b[,.!]*\s*)+", "",
                    text.strip(" .!"), flags=F)
    answer = re.split(r"\s*(?:[,;(]|\.\s|\s[-—–]\s|\bbut\b)\s*", answer)[0]
    answer = re.sub(r"^(?:(?:just|maybe|probably)\s+)?(?:(?:let's\s+)?go\s+(?:with|w/)|use|"
                    r"(?:you\s+can\s+)?call\s+me)\s+", "", answer, flags=F)
    answer = re.sub(r"\s+(?:after|since)\s.*$", "", answer, flags=F)
    answer = re.sub(r"^(?:(?:it's|its|it is|i'm|i am|call me|just|my name is|i live in|"
                    r"back home in|back in|home in|"
                    r"mostly|usually|mainly|probably|definitely|in|a|an|the|i work at|i work "
                    r"for|в|во|à|en|em|w|at|for|chez|bei|bij|di|da|na|no|presso|u)\s+)+", "",
                    answer, flags=F)
    answer = re.sub(r"\s*(?:please|thanks|thank you|thx|ty|always|from now on|strictly|is fine|"
                    r"works|is good|is perfect|would be great)\b.*$", "", answer, flags=F)
    answer = re.sub(r"\s+(?:lol|lmao|haha\w*|tbh|why|idk|tho|though|originally|now)\b.*$", "",
                    answer, flags=F)  # "leeds lol why"
    answer = answer.strip(" .!,")
    return answer if 0 < len(answer.split()) <= 8 else ""

def _context_sentence(sentence: str, previous: str) -> list[Candidate]:
    """Read a sentence built from the assistant's words as if the user had said it."""
    if FICTION_CONTEXT.search(previous):
        return []
    body = _explicit_body(sentence)
    if body is not None:
        facts = [c for c in _statement_candidates(body) if c.topic is None]
        return [c.with_(explicit=True) for c in (facts or [_verbatim(body)])]
    return _statement_candidates(sentence)


FICTION_CONTEXT = re.compile(r"\b(?:story|character|novel|poem|game|script)\b", F)
