"""Rules for likes, dislikes, favourites, tools and how the user wants to be answered.

Preferences shape tone and examples rather than correctness; the verb the user used
("love", "can't stand", "fan of") is kept in the memory's wording.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _my_to_their, _trim
from agent.memory.extractors.rules.patterns import (
    FOR_GOOD,
    PRONOUN_OBJECTS,
    PROPER,
    STANDING,
    F,
)
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.lexicon import LANGUAGES
from agent.memory.phrasing import LAUGHTER, article

RULES: list[Rule] = []
rule = registrar(RULES)

PREFERENCE_LABELS = {
    "love": "Loves", "loves": "Loves", "like": "Likes", "likes": "Likes",
    "enjoy": "Enjoys", "enjoys": "Enjoys", "adore": "Loves", "prefer": "Prefers",
    "prefers": "Prefers", "fan": "Is a fan of", "into": "Is into",
    "passionate about": "Is passionate about", "obsessed with": "Loves",
    "fond of": "Likes", "keen on": "Likes",
}


def _preference_parts(m: re.Match[str]) -> tuple[str, str]:
    """Which preference verb matched, and the raw object after it."""
    if m.group("fan"):
        return "fan", m.group("fv")
    if m.group("into"):
        return m.group("into").lower(), m.group("iv")
    return m.group("verb").lower(), m.group("v")


@rule(r"\bmy (?:favou?rite|fav|preferred|go-to) (?P<k>[\w ]+?) is (?P<v>[^,.;!?]+)|"
      r"\b(?P<v2>[\w+#. -]+?) is my (?:favou?rite|fav|preferred|go-to) (?P<k2>[\w ]+)|"
      r"\b(?P<v3>[\w+#. -]+?) is my (?P<k3>[\w ]+?) of choice")
def favorite_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    kind = (m.group("k") or m.group("k2") or m.group("k3")).strip().lower()
    value = _trim(m.group("v") or m.group("v2") or m.group("v3"))
    value = re.sub(r"^(?:no,?\s+)?(?:probably|definitely|honestly|actually)\s+", "", value,
                   flags=F)
    if not value or PRONOUN_OBJECTS.match(value) or kind.split()[0] in {"one", "part"}:
        return []  # "my favorite one to jam to is a theme from a movie": which, unsaid
    return [_fact(f"Favorite {kind} is {value}", "preference", value, clause,
                  f"favorite_{kind}")]

# What a like says nothing durable about: "I'm keen on two projects in particular" (which,
# the next sentence says), "that's why I love my job so much" (which job, the profile has).
VAGUE_OBJECT = re.compile(
    r"^(?:(?:a|one|two|three|some|many|a few|a couple of|several|both|all)\s+)?(?:things?|"
    r"stuff|projects?|ideas?|ones?|parts?|bits?|aspects?|options?)(?:\s+in particular)?$|"
    r"^my (?:job|life|work|family|friends|kids|team|colleagues|coworkers|people|town|city)"
    r"(?:\s+(?:so much|a lot|too|as well))?$", F)


@rule(r"\bI(?:\s+(?:really|absolutely|totally|just|also|genuinely|truly|kinda|kind of|much|"
      r"definitely|generally|usually|mostly|always|still|\w+ly))*\s+(?P<verb>love|loves|like|likes|enjoy|"
      r"enjoys|adore|prefer|prefers|dislike|hate|can't stand|cannot stand|don't like|"
      r"do not like|avoid)\s+(?P<v>.+)$|(?:\bI(?:'m| am) (?:a )?|^)(?:big |huge |massive )?"
      r"(?P<fan>fan) of (?P<fv>.+)$|\bI(?:'m| am) (?:really |very |super )?(?P<into>into|"
      r"passionate about|obsessed with|fond of|keen on) (?P<iv>.+)$")
def preference_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    verb, said = _preference_parts(m)
    # "short, bulleted answers" keeps both words; "jazz, especially X" is a like of its own.
    # "I hate cilantro, it tastes like soap": what follows a comma as a new clause is the why
    said = re.split(r",\s+(?=(?:it|it's|that|this|they|they're|which|so|but|because|since|"
                    r"tastes?|smells?|looks?|feels?|makes?|gives?|reminds?)\b)",
                    said, maxsplit=1, flags=F)[0]
    raw = re.sub(r"^(\w+),\s+(?=\w+ \w+)", r"\1 ", ESPECIALLY.sub("", said))
    value = re.sub(r"^(?:also|too|even|still)\s+", "", _trim(raw), flags=F)  # "I like also X"
    if not value or PRONOUN_OBJECTS.match(value) or VAGUE_OBJECT.match(value) or \
            len(value.split()) > 8:
        return []
    if re.match(r"^(?:to\s+)?(?:know|ask|have|get|see|make|help|thank|talk about)\b|"
                r"^(?:how|the way|that|what|when) (?:you|u)\b|^(?:your|ur)\b", value, F):
        return []
    label = PREFERENCE_LABELS.get(verb, "Dislikes")
    extra = _especially(said, clause) if label != "Dislikes" else []
    return [_fact(f"{label} {_my_to_their(value)}", "preference", value, clause), *extra]

# "I'm a big Liverpool fan", "lifelong Cubs fan here": a team or a band the user follows.
@rule(rf"\bI(?:'m| am) (?:a |an )?(?:big |huge |massive |lifelong |die-hard |diehard |"
      rf"longtime |long-time )?(?P<v>{PROPER}(?:\s+{PROPER}){{0,2}}) fan\b|"
      rf"^(?:a )?(?:big |huge |lifelong |die-hard |diehard )(?P<w>{PROPER}(?:\s+{PROPER}){{0,2}})"
      rf" fan(?: here)?\b")
def fan_of_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v") or m.group("w")
    return [_fact(f"Is a {value} fan", "preference", value, clause)]

# "odio el cilantro", "j'ai horreur des emojis", "non sopporto i funghi", "nie lubię długich
# wstępów", "ayoko ng mahahabang sagot": a dislike in another language, the thing as said.
FOREIGN_DISLIKE = (r"odio|detesto|no soporto|no aguanto|no me gusta(?:n)?|je déteste|j'ai horreur "
                   r"d[eu]s?|je ne supporte pas|je supporte (?:vraiment )?pas|je n'aime pas|"
                   r"j'aime pas|ich hasse|ich mag keine?n?|ich kann "
                   r"\w+ nicht ausstehen|odeio|não suporto|não gosto d[aeo]s?|non sopporto|non mi "
                   r"piace|non mi piacciono|odio|ik haat|"
                   r"ik heb (?:echt |écht |zo'n )?een (?:grote |enorme )?hekel aan|ik hou niet van|"
                   r"nienawidzę|nie lubię|nie znoszę|jag hatar|jag tål inte|jag gillar inte|"
                   r"nesnáším|nemám rád[a]?|urăsc|nu suport|nu-mi place|ayoko(?: talaga| na)? ng|"
                   r"ayaw ko(?: talaga)? ng|"
                   r"nefret ediyorum|sevmiyorum|aku benci|gak suka|nggak suka|tidak suka|"
                   r"mình ghét|tôi ghét|mình không thích|tôi không thích|nachukia|sipendi|"
                   r"терпеть не могу|ненавижу|не люблю|не переношу|ненавиджу|не терплю")


# "ich hasse es": "it" names nothing (the refusal before it may: see ``refused_foreign_rule``).
IT = (r"es|sie|ihn|das|het|dat|lo|la|los|las|ça|cela|isso|isto|o|a|go|jej|tego|det|den|itu|"
      r"bunu|onu|to|it")
# "no me gusta nada": "not at all", no thing disliked.
NOTHING = frozenset("nada rien nichts niente nothing nic nimic nada mesmo".split())
# "no me gusta nada este día": a mood about this day, not a lasting dislike.
THIS_THING = re.compile(r"(?:nada\s+)?(?:este|esta|esto|ese|esa|eso|ce|cet|cette|ça|dieser|diese|"
                        r"dieses|das|dit|deze|questo|questa|este|isso|isto|ten|ta|to|den|det|"
                        r"này|ini|itu|bu)\b", F)


# What may open the clause before the dislike: an interjection ("oye odio el cilantro"), or
# the subject where the verb phrase has none ("aku gak suka kopi").
DISLIKE_LEAD = (r"(?:(?:oye|ey|mira|bueno|pues|uf|uff|ah|oh|eh|ugh|mano|cara|nossa|gente|beh|"
                r"allora|boh|sinceramente|ehrlich gesagt|eerlijk gezegd|szczerze mówiąc|"
                r"честно говоря|ну)[,!]?\s+)*(?:(?:aku|saya|gue|gw|я)\s+)?")


@rule(rf"(?:^{DISLIKE_LEAD}|[,;]\s*|\b(?:y|e|et|und|en|i|och|a|și|dan|at|na|ve|và|и|maar|"
      rf"pero|mais|aber|ma|mas|men|ale|но)\s+)"
      rf"(?P<verb>{FOREIGN_DISLIKE})\s+(?P<v>[^,.;!?]+)")
def foreign_dislike_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    # "odio el cilantro con toda mi alma": the thing, not how much
    value = re.split(r"\s+(?:con|avec|mit|com|met|z|med|cu)\s+(?:toda|todo|tout|toute|tutto|"
                     r"tutta|ganzem|ganzer|całego|hela)\b", m.group("v"), maxsplit=1)[0].strip()
    value = LAUGHTER.sub("", value)  # "odio Excel jaja"
    # "odeio coentro kkkk tira do guacamole": the laugh ends the thing disliked
    value = re.split(r"\s+(?:k{3,}|(?:ja){2,}|(?:ha){2,}|lol|rs(?:rs)+|haha\w*)\b", value,
                     maxsplit=1, flags=F)[0]
    if not value or len(value.split()) > 5 or THIS_THING.match(value) or \
            re.fullmatch(IT, value, F) or value.lower() in NOTHING:
        return []
    return [_fact(f"Dislikes {value}", "preference", value, clause)]


# "niente coriandolo, lo odio", "sin cebolla por favor, la odio", "ohne Koriander, ich hasse
# es": the thing refused, then a dislike of "it" (as "no mushrooms please, I hate them").
ASKING = r"per favore|por favor|porfa|porfis|s'il te plaît|bitte|alsjeblieft|proszę|pls|please"


@rule(rf"\b(?:niente|senza|sin|nada de|sans|pas de|ohne|keine?n?|sem|geen|bez|"
      rf"fără|tanpa|inga|ingen)\s+(?!embargo|doute|dúvida|dubbio|problema)(?P<v>[\w'-]+(?:\s+(?!{ASKING})[\w'-]+)?)\s*"
      rf"(?:{ASKING})?\s*[,;.!]\s*(?:(?:{ASKING})\s*,?\s*)?"
      # ... a few words may come first: "sin cebolla porfa, la cebolla me da un asco ..."
      r"(?:[^.!?]{0,40}?\b)??"
      r"(?:(?:lo|la|li|le|los|las|l')\s*(?:odio|detesto|odeio)|je (?:le|la|les) déteste|"
      r"me da(?:n)? (?:un |mucho )?asco|no (?:lo|la|los|las) (?:soporto|aguanto)|"
      r"ich hasse (?:es|sie|ihn|das)|ik haat (?:het|dat)|(?:eu )?(?:o|a|os|as) odeio|"
      r"nienawidzę (?:go|jej|tego)|(?:îl|o) urăsc|aku benci|jag hatar (?:det|den)|"
      r"je (?:ne )?(?:le |la |les )?supporte (?:vraiment |pas du tout )?pas(?: ça)?)\b")
def refused_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    return [_fact(f"Dislikes {value}", "preference", value, clause)]

# A dislike said as a verdict on the thing or without "I": "ugh anything with mushrooms is a
# no from me", "cilantro is a hard no", "not a fan of emojis in replies", "no horror for me
# ever".
@rule(r"^(?:(?:ugh|honestly|tbh|also|and|but|oh|ok|so)[,!]?\s+)*(?:anything with\s+|any\s+)?"
      r"(?P<x>[\w' -]{2,30}?)\s+(?:is|are)\s+(?:always\s+)?(?:a\s+(?:hard|big|firm|total)\s+no|"
      r"a\s+no(?:-go)?\s+(?:from|for)\s+me|a\s+hard\s+pass|a\s+dealbreaker\s+for\s+me|"
      r"(?:a\s+)?no(?:-go)?\s+for\s+me)\b|"
      r"(?:^|\bI'm\s+|\bI am\s+)(?:(?:tbh|honestly|personally|really)\s+)?not (?:a |really a |"
      r"much of a |the biggest |a big )?fan of (?P<v>[^,.;!?]{2,40}?)(?=\s*(?:$|[,.;!?]|\s+(?:tbh|"
      r"tho|though|so|but|lol|honestly|either)\b))|"
      r"^no (?P<w>[\w-]+(?: [\w-]+)?) for me,? (?:ever|ever again|in general|at all|thanks ever)\b|"
      # "mushrooms = absolutely not", "coriander: hard no"
      r"^(?P<q>[\w' -]{2,30}?)\s*(?:=|:)\s*(?:absolutely not|hard no|a hard no|big no|never|"
      r"nope|no way|no)\s*[.!]*$")
def said_dislike_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("x") or m.group("v") or m.group("w") or m.group("q"))
    if not value or PRONOUN_OBJECTS.match(value) or THIS_THING.match(value) or \
            re.match(r"(?:this|that|it|which|the (?:answer|idea|plan|new|first|second|last))\b",
                     value, F):
        return []  # "that one is a hard no": the thing at hand
    return [_fact(f"Dislikes {value}", "preference", value, clause)]


# "i cant handle spice at all", "I can't stomach coffee": a lasting intolerance of a taste.
@rule(r"(?:^|\bI )(?:can't|cannot|can not|cant)\s+(?:really\s+|even\s+)?(?:do(?=\s+(?:spicy|spice|"
      r"dairy|gluten|caffeine|coffee|alcohol|meat|seafood|fish|pork|sugar|heat)\b)|handle|"
      r"stomach|tolerate)\s+(?P<v>(?!(?:it|this|that|them|the|my|any|all|more|much|how|what|another|one|"
      r"people|work|life|stress|pressure|today|tonight)\b)[\w-]+(?:\s+(?:food|foods|dishes|"
      r"drinks))?)(?=\s*(?:$|[,.;!?]|\s+(?:at all|anymore|any more|either|whatsoever|"
      r"tho|though|so|but|and|my|lol)\b))")
def cannot_handle_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    return [_fact(f"Can't handle {value}", "preference", value, clause)]


# "i take my coffee black, always have": how the user has a drink, every time.
@rule(r"\bI (?:always\s+|only\s+)?(?:take|drink|have|like)\s+my\s+(?P<k>coffee|tea|espresso)\s+"
      r"(?P<v>black|white|with(?:out)? [\w ]{2,20}?|strong|sweet|unsweetened|plain)"
      r"(?=\s*(?:$|[,.;!?]|\s+(?:always|every|and|but|so)\b))")
def drink_how_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = f"{m.group('k').lower()} {m.group('v')}"
    return [_fact(f"Takes {value}", "preference", m.group("v"), clause)]


# "always metric pls", "I use metric": units every answer should use.
@rule(r"\b(?:(?:always|only)\s+(?:use\s+)?(?P<v>metric|imperial)(?:\s+units)?\s*(?:pls|please|"
      r"for me)?(?=\s*(?:$|[,.;!?]))|I (?:always |only )?(?:use|think in|work in) "
      r"(?P<w>metric|imperial)(?: units)?(?=\s*(?:$|[,.;!?]|\s+(?:so|and|but)\b))|"
      # "switch me to imperial units from now on", "Always give me metric units please"
      r"\b(?:switch|change|move|put) (?:me|it|everything|things) (?:over |back )?to "
      r"(?P<x>metric|imperial)\b|\balways (?:give|use|show) (?:me )?(?P<y>metric|imperial)\b)")
def units_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if re.match(r"(?:yes|yeah|yep|yup|sure|ok|okay|please)\b", clause, F):
        return []  # "yes, always metric" takes up the assistant's offer: the context reads it
    value = (m.group("v") or m.group("w") or m.group("x") or m.group("y")).lower()
    return [_fact(f"Prefers {value} units", "preference", value, clause, "units")]


# "Mac only household here", "Linux only, sorry": one platform, said as a limit.
@rule(r"\b(?P<v>Mac|Linux|Windows|Android|iPhone|iOS|Ubuntu)(?:-| )only\b")
def platform_only_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return [_fact(f"Uses only {m.group('v')}", "preference", m.group("v"), clause)]


# "Ich nutze privat und beruflich nur Linux", "ik gebruik alleen Android", "solo uso Vim",
# "j'utilise que Firefox", "używam tylko Linuxa": one tool only, said as a limit.
@rule(r"\b(?:(?:ich (?:nutze|benutze|verwende)|(?:ik )?gebruik)\s+(?:(?:privat|beruflich|und|"
      r"en|zakelijk|thuis|op|werk|privé|eigentlich|echt)\s+){0,4}(?:nur|alleen|enkel)|"
      r"(?:yo )?(?:solo|sólo) uso|uso (?:solo|sólo)|(?:eu )?só uso|uso só|"
      r"j'utilise (?:que|uniquement|seulement)|je n'utilise que|używam (?:tylko|wyłącznie)|"
      r"jag använder bara|jeg bruker bare|používám jen|(?:ben )?sadece)\s+"
      r"(?P<v>(?-i:[A-Z][\w+#.-]+)(?:\s+(?-i:[A-Z][\w+#.-]+))?)")
def only_tool_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return [_fact(f"Uses only {m.group('v')}", "preference", m.group("v"), clause)]


# "honestly I only use Figma (plus Procreate for sketches)": one tool, said as a limit (not
# "for this one", "today").
@rule(r"\b(?:I|we)\s+(?:only|exclusively)\s+use\s+(?P<v>(?-i:[A-Z][\w+#.-]+)"
      r"(?:\s+(?-i:[A-Z][\w+#.-]+))?)(?=\s*(?:$|[,.;!(]|\s+(?:and|so|these days|now|at work|"
      r"at home)\b))")
def only_use_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return [_fact(f"Uses only {m.group('v')}", "preference", m.group("v"), clause)]


# The tool, then "and nothing else": "chez moi c'est LibreOffice et rien d'autre", "I use
# Firefox and nothing else", "uso Linux y nada más".
@rule(r"\b(?:chez moi c'est|j'utilise|I use|we use|at home it's|uso|eu uso|ich nutze)\s+"
      r"(?P<v>(?-i:[A-Z][\w+#.-]+)(?:\s+(?-i:[A-Z][\w+#.-]+))?)\s+"
      r"(?:et rien d'autre|and nothing else|y nada más|e mais nada|und sonst nichts|"
      r"und nichts anderes)\b")
def nothing_else_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return [_fact(f"Uses only {m.group('v')}", "preference", m.group("v"), clause)]


@rule(r"\bI(?:'d| would) (?:love|like|prefer) it if you (?P<v>.+)$")
def if_you_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    if not value or not STANDING.search(clause):
        return []
    return [_fact(f"Would like it if you {_my_to_their(value)}", "preference", value,
                  clause)]

@rule(r"\bI (?:always|generally|usually|really) (?:want|need|expect|like) (?P<v>(?!to\b).+)$")
def always_want_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    if not value or PRONOUN_OBJECTS.match(value):
        return []
    return [_fact(f"Always wants {_my_to_their(value)}", "preference", value, clause)]

# "I'm a cat person", "i'm not a morning person at all", "I'm a night owl": a lasting trait
# that shapes suggestions (meeting times, pets, plans); "not" is part of it.
@rule(r"\bI(?:'m| am)(?P<neg> not|n't)? (?:really |exactly |much of )?(?:a|an) "
      r"(?:(?P<v>[\w-]+(?:\s+[\w-]+)?) person|(?:total |real |huge |big )?"
      r"(?P<w>night owl|early bird|early riser))\b")
def kind_of_person_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v") or m.group("w")
    if value.lower() in {"good", "bad", "nice", "real", "normal", "different", "busy"}:
        return []
    noun = f"{value} person" if m.group("v") else value
    is_ = "Is not" if m.group("neg") else "Is"
    return [_fact(f"{is_} {article(value)} {noun}", "preference", value, clause)]

@rule(r"\bI (?:mostly |mainly |always |only |exclusively )?(?:use|code in|program in|"
      r"write code in|develop in) (?P<v>[\w+#.-]+(?:\s+[\w+#.-]+)?)(?=\s+(?:for everything|"
      r"for all|exclusively|every day|daily|at work|for work)\b|\s*$|\s*,)")
def tool_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    words = value.split()
    if len(words) == 2 and words[0].lower() in {"a", "an", "the"} and words[1][:1].isupper():
        value = words[1]  # "I use a Mac exclusively": a product, named
    if not value or PRONOUN_OBJECTS.match(value) or value.lower().split()[0] in {
            "a", "an", "the", "my", "to", "it", "that", "this"}:
        return []
    only = re.search(r"\b(?:only|exclusively)\b", m.group(0) + clause[m.end():m.end() + 14], F)
    return [_fact(f"Uses {'only ' if only else ''}{value}", "preference", value, clause)]


# "i'm on a mac at work AND at home", "I'm on Linux": the platform answers must fit.
PLATFORMS = {"mac": "a Mac", "macbook": "a MacBook", "iphone": "an iPhone",
             "chromebook": "a Chromebook", "windows": "Windows", "linux": "Linux",
             "ubuntu": "Ubuntu", "android": "Android"}


@rule(rf"\bI(?:'m| am)(?: \w+ly)? on (?:a |an )?(?P<v>{'|'.join(PLATFORMS)})\b"
      r"(?!\s+(?:right now|today|for now|at the moment)\b)")
def platform_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    return [_fact(f"Uses {PLATFORMS[value.lower()]}", "preference", value, clause)]


# "so please stop giving me Windows shortcuts", "can you stop suggesting recipes with pork?":
# what the assistant should leave out from now on.
@rule(r"\b(?:stop|quit) (?:giving|sending|suggesting|recommending|showing|offering|using) "
      r"(?:me )?(?P<v>[^,;.!?]+)")
def stop_giving_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    if not value or PRONOUN_OBJECTS.match(value) or re.match(
            r"(?:the same|this|that|these|those|such|so)\b", value, F):
        return []  # "stop giving me the same answer" is about this conversation
    return [_fact(f"Does not want {value}", "preference", value, clause)]

# "when you give me code examples use TypeScript please": a standing wish about a kind of
# answer, said as a condition on every such answer rather than with "always".
@rule(r"\bwhen(?:ever)? you (?:give|write|show|send|suggest|make) me (?P<k>(?:[\w-]+\s+){0,2}?"
      r"(?:code|examples?|snippets?|recipes?|answers?|replies|plans?|workouts?|translations?|"
      r"emails?|summaries|explanations?))\s*,?\s+(?:please\s+)?(?:always\s+)?"
      r"(?:use|do (?:it|them) in|write (?:it|them) in|(?P<how>make|keep) (?:it|them))\s+"
      r"(?P<v>(?!(?:it|this|that|them)\b)[\w+#.-]+(?:\s+(?!please\b)[\w+#.-]+)*)")
def when_you_give_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    if not value:
        return []
    joint = " " if m.group("how") else " in "  # "keep them short": how, not in what
    return [_fact(f"Wants {m.group('k')}{joint}{value}", "preference", value, clause)]

# "keep answers short pls", "always keep your replies brief": every answer, so a lasting
# wish; "keep it short" or "make this one shorter" is about the answer at hand.
@rule(r"(?:^|\b(?:pls|please|and|so|also|btw|just)\s+|,\s*)(?:always\s+)?(?:keep|make)\s+"
      r"(?:your\s+|ur\s+|the\s+)?(?P<what>answers|replies|responses|explanations|em|'em|"
      r"them)\s+(?:(?:nice and|really|super|very|pretty)\s+)?(?P<v>short|brief|concise|simple|"
      r"to the point|detailed|long|casual)\b(?!\s+(?:today|for now|this time|here)\b)")
def answer_length_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"keep your answers short"; "keep em short unless I ask for more" (the answers said
    by a condition on every one of them, or a dislike said before it)."""
    if m.group("what").lower() in {"em", "'em", "them"} and not (
            STANDING.search(clause) or FOR_GOOD.search(clause) or
            re.search(r"\bI hate long\b", clause, F)):
        return []
    value = m.group("v")
    return [_fact(f"Prefers {value.lower()} answers", "preference", value, clause)]


@rule(r"\b(?:zawsze )?odpowiadaj (?:mi )?(?:zawsze )?(?P<pl>krótko)|"
      r"\bresp[oó]nde(?:me)? (?:siempre )?(?P<es>corto|breve)|"
      r"\bantworte (?:mir )?(?:immer )?(?P<de>kurz)|"
      r"\bréponds(?:-moi)? (?:toujours )?(?P<fr>court|brièvement)|"
      r"\brispondimi (?:sempre )?(?P<it>brevemente|in breve)")
def answer_length_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"Zawsze odpowiadaj mi krótko", "antworte mir immer kurz": every answer short."""
    said = next(v for v in m.groupdict().values() if v)
    return [_fact("Prefers short answers", "preference", said, clause)]


@rule(r"\bI learn (?:best|better|most) (?P<v>(?:from|with|by|through) [^,;.!?]+)")
def learning_style_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    return [_fact(f"Learns best {value}", "preference", value, clause)] if value else []

# "I'd rather not say / share / go into it" declines to answer: it is not a preference.
DECLINE = re.compile(r"not (?:to )?(?:say|share|tell|disclose|answer|give|reveal|mention|"
                     r"discuss|go into|get into|talk about|get personal)\b", F)


@rule(r"\bI(?:'d| would) (?:much )?rather (?P<v>(?!(?:to )?(?:talk|chat|speak|communicate)"
      r"\b).+)$")
def rather_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    if not value or re.match(rf"(?:{LANGUAGES})\b", value, F) or DECLINE.match(value):
        return []
    return [_fact(f"Would rather {_my_to_their(value)}", "preference", value, clause)]

@rule(r"^(?P<a>[\w+#-]+(?:\s+[\w+#-]+)?) over (?P<b>[\w+#-]+(?:\s+[\w+#-]+)?)\b"
      r"(?=.*\b(?:always|any day|every time|that's how I)\b)")
def over_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = f"{m.group('a')} over {m.group('b')}"
    return [_fact(f"Prefers {value}", "preference", value, clause)]

@rule(r"\b(?:me encanta(?:n)?|me gusta(?:n)?|prefiero|j'adore|j'aime|je préfère|ich liebe|"
      r"ich mag|ich bevorzuge|eu adoro|adoro|eu gosto de|gosto de|amo|mi piace|mi piacciono|"
      r"preferisco)\s+(?P<v>.+)$")
def preference_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if re.search(r"\b(?:no|non|não|nie|ne|n')\s*$", clause[:m.start()], F):
        return []  # "no me gusta ...", "non mi piace ...": the dislike rule reads it
    value = re.sub(r"^(?:mucho|muito|molto|beaucoup|sehr)\s+", "", _trim(m.group("v")), flags=F)
    if not value or THIS_THING.match(value) or re.match(r"(?:que|qu'|que\s|dass|che|quando|"
                                                        r"wenn|si|se|cuando)\b", value, F):
        return []  # "je préfère que ce ne soit pas enregistré": a wish, not a liking
    return [_fact(f"Likes {value}", "preference", value, clause), *_especially(m.group("v"),
                                                                             clause)]


ESPECIALLY = re.compile(r",\s*(?:and\s+)?(?:especially|particularly|above all|mostly|surtout|"
                        r"notamment|sobre todo|especialmente|vor allem|besonders|soprattutto|"
                        r"principalmente)\s+(?P<x>[^,.;!?]+)", F)


def _especially(raw: str, clause: str) -> list[Candidate]:
    """'J'adore le jazz, surtout Miles Davis' -> the named favourite is a like of its own."""
    match = ESPECIALLY.search(raw)
    value = _trim(match.group("x")) if match else ""
    return [_fact(f"Likes {value}", "preference", value, clause)] if value else []


# Hinglish "mujhe bahut spicy khana pasand hai" (I like ...), "mujhe karela pasand nahi"
# (I don't like ...): the thing between "mujhe" (to me) and "pasand" (liked).
@rule(r"\b(?:mujhe|mujhko|muje)\s+(?:(?:bahut|bohot|bht|kaafi|zyada)\s+)?"
      r"(?P<v>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:(?:bahut|bohot|bht|kaafi|zyada|bilkul)\s+)?"
      r"(?:(?P<n>nahi|nahin|nai)\s+)?pasand\b(?:\s+(?P<m>nahi|nahin|nai)\b)?")
def hinglish_taste_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    if re.match(r"(?:ye|yeh|woh|wo|is|us|iska|uska|ek)\b", value, F):
        return []  # "mujhe ye pasand hai": the thing at hand
    verb = "Dislikes" if m.group("n") or m.group("m") else "Likes"
    return [_fact(f"{verb} {value}", "preference", value, clause)]


# "lowkey obsessed with matcha", "I'm kinda obsessed with bouldering rn": a strong liking said
# in slang (the thing at hand, "obsessed with this song", is dropped by the values check).
@rule(r"(?:^|\bI'm\s+|\bI am\s+|\bim\s+)(?:(?:lowkey|low-key|highkey|kinda|kind of|so|totally|"
      r"honestly|lowkey|a bit|a little|weirdly|genuinely)\s+)*obsessed with\s+"
      r"(?P<v>[^,.;!?]{2,30}?)(?=\s*(?:$|[,.;!?]|\s+(?:lately|rn|right now|tbh|lol|like|and|"
      r"these days)\b))")
def obsessed_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    if not value or PRONOUN_OBJECTS.match(value) or THIS_THING.match(value):
        return []
    return [_fact(f"Loves {value}", "preference", value, clause)]


# "I always go by train", "I only ever take the bus": how the user travels, always.
@rule(r"\bI\s+(?:always|only ever|only|usually)\s+(?:go|travel|get around|commute)\s+by\s+"
      r"(?P<v>train|rail|bus|coach|bike|bicycle|car|tube|subway|metro|ferry|public transport)\b|"
      r"\bI\s+(?:always|only ever|only)\s+(?:take|ride)\s+the\s+"
      r"(?P<w>train|bus|tube|subway|metro|ferry)\b")
def travels_by_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v") or m.group("w")
    return [_fact(f"Always travels by {value}", "preference", value, clause)]
