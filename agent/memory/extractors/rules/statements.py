"""Running the rules over every clause of a statement, and what to do when none match.

A statement clause gives facts from the rule registry, or a lasting instruction ("always
answer in grams"), or else hobby evidence; a question gives hobby evidence or, when it is a
lasting request ("can you always ..."), facts. Task-like messages give no hobby evidence.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _my_to_their, _verbatim
from agent.memory.extractors.rules.clauses import Clause, split_clauses
from agent.memory.extractors.rules.interests import _topic_candidates
from agent.memory.extractors.rules.patterns import (
    DISLIKE_OF_IT,
    EMPLOYER_STOP,
    PROPER,
    REFUSED_THING,
    STANDING,
    STANDING_WISH,
    F,
)
from agent.memory.extractors.rules.statement_rules import (
    RULES,
    family,
    identity,
    latin_in_scripts,
    more_scripts,
    scripts,
)
from agent.memory.extractors.rules.statement_rules.family_news import family_news
from agent.memory.lexicon import PERSON_BY_KIND
from agent.memory.topics import habitual, topic_of


def _statement_candidates(text: str, verbatim: bool = False) -> list[Candidate]:
    """Candidates from every clause; questions only give hobby evidence or lasting requests.

    Messages carrying code or a long task brief are work in progress, not hobbies: a topic
    the user is busy with there is only mentioned, so a follow-up on the same task in
    another chat is not an interest (the writer needs one chat where the user does it). A
    hobby said there as a habit is done all the same ("I've been bouldering 3x a week since
    the spring" in a brief comparing gym memberships).
    """
    found = _clause_facts(text, verbatim) + _team_employer(text)
    read = {f.text for f in found}
    found += [c for c in family.apposed_kin(text) if c.text not in read]
    read = {f.text for f in found}
    found += [c for c in family_news(text) if c.text not in read]
    if TASK_LIKE.search(text) or len(text.split()) > 60:
        found = [c.with_(engaged=False) if c.topic and c.engaged and not habitual(c.clause)
                 else c for c in found]
    return found


TEAM_AT = re.compile(rf"\b(?:my|our) (?:team|lab|group|department|office|squad|unit) (?:at|in) "
                     rf"(?P<e>{PROPER})", F)
WORK_THERE = re.compile(r"\bI(?:'m| am| work| have worked|'ve worked)\b[^.?!—–]*\bthere\b", F)


def _team_employer(text: str) -> list[Candidate]:
    """'Our team at Shopify — I'm a backend dev there': 'there' is the company named in the
    adjacent clause, so the employer is stated across two clauses no single rule sees."""
    team = TEAM_AT.search(text)
    there = WORK_THERE.search(text[team.end():]) if team else None
    if not team or not there:
        return []
    name = team.group("e")
    if name.lower() in EMPLOYER_STOP or name.lower().startswith("the "):
        return []
    return [_fact(f"Works at {name}", "personal", name, there.group(0), "employer")]


TASK_LIKE = re.compile(r"```|\bdef \w+\(|\w+_\w+\(|[{};]\s*$|\b(?:follow-up|following up|"
                       r"back to|pull request|PR|stack trace|traceback|for this (?:answer|reply|"
                       r"response|one) only)\b", re.M | F)


GREETED = identity.GREETED
SHOWN = re.compile(r"^(?:(?:and|oh|so|look|here)[,!]?\s+)?this is\b", F)
IN_QUESTIONS = [(p, b) for p, b in identity.RULES if b is identity.as_role_rule]


def _someone_after(clause: Clause, clauses: list[Clause]) -> bool:
    """"This is Max – he's so lovable": the next clause speaks of whom it showed."""
    at = clauses.index(clause)
    return at + 1 < len(clauses) and THIRD_NEXT.match(clauses[at + 1].text) is not None


THIRD_NEXT = re.compile(r"^\W*(?:he|she|they|it|he's|she's|they're|it's|his|her|their)\b", F)


def _opens(clause: Clause, clauses: list[Clause]) -> bool:
    """The clause opens the message, after a greeting at most ("Hi! This is Dana.")."""
    before = clauses[:clauses.index(clause)]
    return all(GREETED.match(c.text) and len(c.text.split()) <= 3 for c in before)


def _clause_facts(text: str, verbatim: bool) -> list[Candidate]:
    """Per clause: statements give facts, questions give hobby evidence or lasting requests.

    With an explicit "remember", a first-person clause no rule understands is kept verbatim.
    """
    found: list[Candidate] = []
    clauses = split_clauses(text)
    for clause in clauses:
        if clause.question:
            request = REQUEST.match(clause.text)
            facts = _clause_candidates(request.group("rest")) if request else []
            if not (STANDING.search(clause.text) or STANDING_WISH.search(clause.text)):
                # "could you start using my new nickname, Tash?": asking to be called by a
                # name lasts without "from now on"; other asks do not
                facts = [c for c in facts if c.attribute == "name"]
            found.extend([c for c in facts if c.topic is None] or
                         list(_topic_candidates(clause.text)))
            # "Tips for moving with my cat Pixel by train?": the user's own pet or child,
            # named inside a question, is theirs all the same.
            found.extend(c for pattern, build in family.RULES
                         for match in pattern.finditer(clause.text)
                         for c in build(match, clause.text)
                         if " named " in c.text and c.text not in {f.text for f in found})
            # "as a paramedic on 12h shifts what should i meal prep??": the job framing it.
            # The set phrases of other scripts are statements wherever they stand ("저 ...
            # 김하늘인데요 ... 봐줄 수 있어요?"): those languages ask in the same breath.
            found.extend(c for pattern, build in [*IN_QUESTIONS, *scripts.RULES,
                                                    *latin_in_scripts.RULES,
                                                    *more_scripts.RULES]
                         for match in pattern.finditer(clause.text)
                         for c in build(match, clause.text))
            continue
        facts = _clause_candidates(clause.text)
        if SHOWN.match(clause.text) and (not _opens(clause, clauses) or
                                         _someone_after(clause, clauses)):
            # "I want to show you one of my snakes! ... This is Susie.": after other talk,
            # "this is X" shows someone; only a message that opens with it introduces the user
            facts = [c for c in facts if c.attribute != "name"]
        if verbatim and not [c for c in facts if c.topic is None] and FIRST_PERSON.search(
                clause.text) and not BESIDE_THE_REQUEST.search(clause.text):
            facts = [_verbatim(clause.text)]
        found.extend(facts)
    found = _refused_and_disliked([c.text for c in clauses], found)
    if not any(c.topic and c.engaged for c in found):
        done = _neighbour_topic([c.text for c in clauses],
                                {c.clause for c in found if c.topic})
        topics = {c.topic for c in done}
        found = [c for c in found if c.topic not in topics] + done
    return found


# Why the user asks to be remembered is no fact of its own ("remember I'm allergic to
# peanuts — I don't want to have to say it every time"), nor what they are busy with now or
# say to the listener ("— I'm working on new specials and I keep forgetting to tell you").
BESIDE_THE_REQUEST = re.compile(r"\b(?:I'm|I am|I keep|I'll be) \w+ing\b|"
                          r"\b(?:say|tell|repeat|explain|mention|remind|type|write)(?:ing)?\s+"
                          r"(?:it|this|that|you|them|myself)\b(?:\s+\w+){0,3}\s+"
                          r"(?:again|every time|each time|all the time|over and over)\b|"
                          r"\bforget to (?:say|tell|mention)\b", F)


def _refused_and_disliked(clauses: list[str], found: list[Candidate]) -> list[Candidate]:
    """"No mushrooms please, I can't stand them": the dislike's "them" is what the clause
    before refused. Returns ``found`` with the dislike read that way, in place of the one
    that only points back ("Dislikes em always have")."""
    out = list(found)
    # ... in two clauses, or in one cut at its comma ("no tofu pls, the texture makes me gag")
    pairs = [*zip(clauses, clauses[1:], strict=False),
             *(tuple(part.strip() for part in c.split(",", 1)) for c in clauses if "," in c)]
    for first, second in pairs:
        thing, dislike = REFUSED_THING.match(first), DISLIKE_OF_IT.match(second)
        if not (thing and dislike):
            continue
        said = [c for c in out if c.clause == second and c.topic is None]
        if any(not IT_SAID.match(c.value or "") for c in said):
            continue  # the clause says what it dislikes itself
        value = thing.group("x").strip()
        out = [c for c in out if c not in said]
        out.append(_fact(f"Dislikes {value}", "preference", value, f"{first}, {second}"))
    return out


# The dislike's object that only points back: the policy drops "Dislikes the stuff" itself.
IT_SAID = re.compile(r"(?:it|them|'?em|that|those|(?:the|that|this) stuff)\b", F)


def _neighbour_topic(clauses: list[str], named: set[str]) -> list[Candidate]:
    """A topic named in one clause (``named``: the clauses that mention one) and done in the
    first person in the next: "How should climbing shoes fit? Mine feel painfully tight."
    (one topic a message, as per clause)."""
    for first, second in zip(clauses, clauses[1:], strict=False):
        if first not in named and second not in named:
            continue
        found = [c for c in _topic_candidates(f"{first} {second}") if c.engaged]
        if found:
            return found[:1]
    return []


REQUEST = re.compile(r"^(?:(?:hi|hello|hey|guten tag|hallo|bonjour|hola|ciao|olá)[,!]?\s+)?"
                     r"(?:please\s+)?(?:(?:can|could|would|will) (?:you|u) (?:please )?|"
                     r"(?:kannst|könntest) du (?:mir )?(?:bitte )?|(?:kun|kan|wil) je |"
                     # the formal "you": "könnten Sie mir bitte ...", "pourriez-vous ..."
                     r"(?:können|könnten|würden) Sie (?:mir )?(?:bitte )?|pourriez-vous |"
                     r"pouvez-vous |(?:me )?podría |(?:mi )?potrebbe |poderia |"
                     r"(?:podes|pode|podrías|puedes|puoi|potresti|peux-tu|pourrais-tu|tu peux|"
                     r"możesz|kan du|bisa|bisakah|můžeš|poți|pwede) )(?P<rest>.+)$", F)
# "don't use emojis in your answers": a request about answers in general (plural) lasts
# like one said with "always"; "in your answer" is about the reply being written now.
ALL_ANSWERS = re.compile(r"\bin (?:all |any of )?your (?:answers|replies|responses|messages)\b",
                         F)
FIRST_PERSON = re.compile(r"^(?:I(?!'ll|'d| will| would)|my)\b", F)
IMPERATIVE = re.compile(
    r"^(?:(?:so|and|also|but|btw|then)\s+)?"  # "Trained in France, so please always give ..."
    r"(?:(?:from now on|going forward|moving forward|in (?:the )?future)\s*,?\s+)?"
    r"(?:please\s+)?(?:(?P<adv>always|never|just|only)\s+)?(?P<v>(?:use|give|write|reply|respond|"
    r"answer|keep|format|include|avoid|skip|don't|do not|show|explain|assume|stick to|stick "
    r"with|put|add|list|mention|convert|quote|cite|break|prefer|default to|talk|speak)\b.+)$",
    F,
)



def _clause_candidates(clause: str) -> list[Candidate]:
    """Facts in one statement clause; a clause that states no fact may still name a hobby."""
    out: list[Candidate] = []
    for pattern, build in RULES:
        for match in pattern.finditer(clause):
            out.extend(build(match, clause))
    # "Ich bin Diabetikerin", "jestem katolikiem": read as a job by the "I am" + noun rules,
    # it is a condition or a faith; no job is read (a sensitive fact is kept only when asked,
    # and then in the user's own words)
    out = [c for c in out if not (c.attribute == "role" and PERSON_BY_KIND.match(c.value))]
    out = [_with_wider_place(c, clause) for c in out]
    out.extend(_standing_instruction(clause, out))
    out.extend(_instruction_from_fact(clause, out))
    out = [_with_consequence(c, clause) for c in out]
    # a hobby named beside a fact of who the user is, or whom they live with, is evidence
    # too ("my dog chewed my trumpet case"); it is kept only once the topic comes up in
    # another chat. Beside a wish, a goal or a constraint the topic is the wish's own matter
    # ("training for a marathon", "carbs per serving in recipes").
    if any(f.category not in {"personal", "location", "role"} or topic_of(f.value)
           for f in out):
        return out
    return out + list(_topic_candidates(clause))


# The town or region right after the place read, as its apposition: "Vivo en Russafa, en
# Valencia", "I live in Headingley, Leeds", "the North End in Boise", "abito in Bolognina, a
# Bologna". Only a capitalised name that ends there (a stop, "and", "with", "now" ...): in
# "I live in Leeds, Jess in York" the name goes on to say something else.
WIDER_PLACE = re.compile(
    rf"^(?:\s+(?:in|en|em|à)\s+|,\s*(?:(?:in|en|em|a|à|in der|im|w|we|v|ve|i|na|no|nel|nella|"
    rf"nei|di|de)\s+)?)(?P<p>{PROPER})(?=\s*(?:$|[,.;:!?)(])|\s+(?:now|with|and|since|but|so|where|"
    rf"which|con|y|e|et|und|com|avec|mit|met|med|z|ze|up|near|too)\b)", F)


CALENDAR = re.compile(r"(?:january|february|march|april|may|june|july|august|september|"
                      r"october|november|december|monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday|spring|summer|autumn|fall|winter|christmas|easter)$", F)


def _with_wider_place(cand: Candidate, clause: str) -> Candidate:
    """A home read with the town or region it is in, when the message says both."""
    if cand.category != "location" or not cand.value:
        return cand
    at = clause.lower().find(cand.value.lower())
    wider = WIDER_PLACE.match(clause[at + len(cand.value):]) if at >= 0 else None
    if wider is None or wider.group("p").lower() in cand.value.lower() or \
            CALENDAR.match(wider.group("p")):
        return cand  # "moved to Leeds in January": a month, not a region
    town = re.sub(r"^the\s+", "", wider.group("p"), flags=F)
    # the value as said, so the policy finds it in the clause; the memory says it plainly
    said = clause[at:at + len(cand.value) + wider.end()]
    return cand.with_(text=cand.text.replace(cand.value, f"{cand.value}, {town}"), value=said)


def _with_consequence(cand: Candidate, clause: str) -> Candidate:
    """Keep what a constraint means for answers: 'no car, so ... by public transport'."""
    tail = re.search(r",?\s+so\s+(?P<t>.+)$", clause, F)
    if cand.category != "constraint" or cand.attribute or not tail or \
            ASKS_NEXT.match(tail.group("t")):
        return cand  # "i don't drive so whats the usual way ...": a question, not a rule
    said = re.sub(r"\b(?:please|pls|plz)\s+", "", tail.group("t"), flags=F)
    said = re.split(r"\s*[,;]\s+", said, maxsplit=1)[0]  # "don't suggest podcasts, suggest ..."
    consequence = _my_to_their(re.sub(r"\bme\b", "them", said, flags=F))
    return cand.with_(text=f"{cand.text}, so {consequence}")


# A question after "so": what the user asks now, not what the constraint means for answers.
ASKS_NEXT = re.compile(r"(?:what|whats|what's|how|which|where|when|who|is there|are there|"
                       r"can you|could you|can u|do you|should I)\b", F)


SO_INSTRUCTION = re.compile(r",?\s+so\s+(?:please\s+)?(?:always\s+)?(?P<v>(?:use|give|write|"
                            r"answer|reply|keep|show|convert|stick to|assume|avoid|stop)\b.+)$",
                            F)


def _instruction_from_fact(clause: str, found: list[Candidate]) -> list[Candidate]:
    """'I'm based in Melbourne, so please use celsius' -> the request lasts as the fact does.

    Constraints already carry their consequence (see ``_with_consequence``); for any other
    lasting fact the "so please ..." is how the user wants answers from now on.
    """
    match = SO_INSTRUCTION.search(clause)
    facts = [c for c in found if c.topic is None and c.category != "constraint"]
    if not match or not facts:
        return []
    instruction = re.sub(r"\s+please$", "", match.group("v").strip(" .!"), flags=F)
    if re.match(r"keep (?:that|this|it) in mind\b", instruction, F):
        return []  # "so keep that in mind" is consent to remember the fact, not a request
    if any(c.value and c.value.lower() in instruction.lower() for c in found):
        return []  # already read as its own fact ("so reply in French" -> language)
    text = _my_to_their(re.sub(r"\bme\b", "them", instruction, flags=F))
    return [_fact(_instruction_text(text, None), "preference", instruction, clause)]


def _standing_instruction(clause: str, found: list[Candidate]) -> list[Candidate]:
    """'Always give me quantities in grams' -> a lasting preference about how to answer."""
    if found or not (STANDING.search(clause) or ALL_ANSWERS.search(clause)):
        return []
    parts = [p.strip() for p in re.split(r"\s*[,;:—–]\s*", clause) if p.strip()]
    for i, part in enumerate(parts):
        match = IMPERATIVE.match(part)
        # what makes it last is said of this request ("from now on, give me ..."), not of
        # another part: "give me facts to tell the tourists, they always ask" is one answer
        near = [*parts[max(0, i - 1):i + 1],
                *[q for q in parts[i + 1:i + 2] if len(q.split()) <= 3]]  # "..., always"
        lasting = [q for q in near if STANDING.search(q)] or ALL_ANSWERS.search(part)
        if not match or not lasting:
            continue
        # "use British spelling for me please (colour, organise, etc)": the examples go
        instruction = re.sub(r"\s*\([^)]*$", "", match.group("v"))
        instruction = re.sub(r"\s+(?:please|thanks)$", "", instruction, flags=F)
        if re.match(r"keep (?:that|this|it) in mind", instruction, F):
            continue
        tail = ", ".join(parts[i + 1:i + 2])
        if tail and re.match(r"(?:not|never|no|rather|instead)\b", tail, F):
            instruction = f"{instruction}, {tail}"
        text = _my_to_their(re.sub(r"\bme\b", "them", instruction, flags=F))
        return [_fact(_instruction_text(text, match.group("adv")), "preference", instruction,
                      clause)]
    return []


def _instruction_text(text: str, adverb: str | None) -> str:
    """The memory for a standing request, keeping its polarity: "never use emojis" and
    "don't use emojis" are both "Prefers no emojis", never "Wants you to use emojis"."""
    negative = (adverb or "").lower() == "never"
    neg = re.match(r"(?:don't|do not|never|stop)\s+(?P<rest>.+)$", text, F)
    if neg:
        negative, text = True, neg.group("rest")
    if not negative:
        return f"Wants you to {text}"
    use = re.match(r"(?:use|using|(?:giving|suggesting|sending|showing)(?: them| the user)?)"
                   r" (?:any )?(?P<x>.+)$", text, F)
    return f"Prefers no {use.group('x')}" if use else f"Wants you to never {text}"
