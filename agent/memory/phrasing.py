"""Turning a predicted fact into the memory's text: fixed templates for values, and the
user's own clause in the third person for preferences, goals and the like."""

from __future__ import annotations

import re

from agent.memory.language_id import reads_as_english

F = re.IGNORECASE
MAX_WORDS = 16
LEADING = re.compile(
    r"^(?:(?:so|and|but|also|btw|by the way|oh|well|honestly|actually|anyway|fyi|plus|"
    r"just so you know|for the record|as|since|because|though|ok|okay|yeah|yes|"
    r"no(?=\s*[,.!:;-])|hey|hi|"
    r"hello|lol|haha|tbh|fwiw|ps|p\.s\.|note|heads up|quick note|"
    # "also in general, don't give me full solutions": how long it holds, not the fact
    r"in general|generally|as a rule|in future|in the future|going forward|from now on)"
    r"\b[\s,:;.!-]*)+", F)
# What follows the fact and asks something of the assistant ("..., so please stop giving me
# Windows shortcuts", "...; keep that in mind") is the request, not the fact: it is cut.
TRAILING_REQUEST = re.compile(
    r"(?:(?:\s*[,;:]\s*|\s+-+\s+|\s*[—–]\s*)(?:(?:and\s+)?so\s+|which\s+means\s+)?"
    r"|\s+(?:and\s+)?so\s+)"
    r"(?:please|pls|kindly|bear (?:that|this) in mind|keep (?:that|this) in mind|"
    r"(?:don't|do not|never|stop|avoid)\s+(?:give|giving|suggest|suggesting|send|sending|"
    r"recommend|recommending|offer|offering|show|showing)|"
    r"(?:can|could|would) you|you (?:should|can|could|might want to)|make sure|"
    r"let me know|lemme know|let's|lets (?:chat|talk|catch up)|feel free|"
    # what the user asks next: "i don't drive so whats the usual way ...", "..., suggest a
    # salsa without it"
    r"what|whats|what's|how|which|where|is there|are there|any (?:ideas|tips|suggestions|"
    r"recommendations)|suggest|recommend|give me|help me|tell me|show me)\b.*$", F)
SUBJECT_VERB = [
    (re.compile(r"^(?:i'm|im|i am)\s+", F), "Is "),
    (re.compile(r"^(?:i've|ive|i have)\s+", F), "Has "),
    (re.compile(r"^i\s+(?:don't|dont|do not)\s+", F), "Does not "),
    (re.compile(r"^i\s+(?:can't|cant|cannot|can not)\s+", F), "Cannot "),
    (re.compile(r"^i\s+(?:won't|will not)\s+", F), "Will not "),
    (re.compile(r"^i\s+(?:haven't|havent|have not)\s+", F), "Has not "),
    (re.compile(r"^i\s+(?:didn't|didnt|did not)\s+", F), "Did not "),
    (re.compile(r"^i\s+(?:wasn't|wasnt|was not)\s+", F), "Was not "),
    (re.compile(r"^i\s+(?:wouldn't|would not)\s+", F), "Would not "),
    (re.compile(r"^i\s+(?:couldn't|could not)\s+", F), "Could not "),
    (re.compile(r"^i'd\s+", F), "Would "),
    (re.compile(r"^i\s+(?:was|used to)\s+", F), "Was "),
    (re.compile(r"^i\s+(?:will|'ll)\s+|^i'll\s+", F), "Will "),
    (re.compile(r"^(?:my|our)\s+", F), ""),
]
PRONOUNS = [(re.compile(r"\bmyself\b", F), "themselves"), (re.compile(r"\bmy\b", F), "their"),
            (re.compile(r"\bmine\b", F), "theirs"), (re.compile(r"\bme\b", F), "them"),
            (re.compile(r"\bI'm\b|\bI am\b"), "they are"), (re.compile(r"\bI\b"), "they")]
IRREGULAR = {"have": "has", "do": "does", "go": "goes", "am": "is", "be": "is"}
# Past forms stay as they are: the third person of "I was" is "Was".
PAST = frozenset("was were had did went got made took gave found ran swam rode caught won "
                 "lost bought sold left met saw came became began chose wrote thought felt told "
                 "said knew heard kept meant built sent spent brought taught fought sang drank "
                 "drove ate fell flew forgot grew held led paid rang rose shook slept spoke "
                 "stood stole threw understood woke wore".split())
# Modal verbs take no "-s" either: "I would prefer slow steps" -> "Would prefer slow steps".
MODAL = frozenset("would could should can will must might may shall".split())


def article(value: str) -> str:
    """"a" or "an" by sound: "an engineer", "a UX designer", "an SRE", "a university tutor"."""
    first = value.split()[0] if value.split() else ""
    # an initialism is read letter by letter ("an SRE", "an MSc student", "a PhD student")
    if len(first) > 1 and (first.isupper() or re.fullmatch(r"[A-Z]{1,2}[a-z]?[A-Z][a-z]?", first)):
        return "an" if first[0] in "AEFHILMNORSX" else "a"
    if re.match(r"(?:uni|use|usu|eu|one\b)", first, re.IGNORECASE):
        return "a"
    if re.match(r"(?:hour|honest|honou?r|heir)", first, re.IGNORECASE):
        return "an"
    return "an" if first[:1].lower() in "aeiou" else "a"


def slot_text(slot: str, value: str) -> str:
    """The memory for a value slot ("Name is Priya Raman", "Works at Bosch")."""
    if slot == "name":
        return f"Name is {value}"
    if slot == "role":
        bare = re.sub(r"^(?:a|an|the)\s+", "", value, flags=F)
        return f"Is {article(bare)} {bare}"
    if slot == "employer":
        return f"Works at {value}"
    if slot == "location":
        return f"Lives in {value}"
    if slot == "language":
        return f"Prefers replies in {value}"
    if slot == "interest":
        return f"Interested in {value}"
    return value


INTENSIFIERS = re.compile(r"\b(?:really|also|just|still|absolutely|totally|basically)\s+", F)


# A clause that drops its "I" before a verb of wanting, liking or habit ("just want to ...",
# "really hate cilantro", "never eat pork"): those verbs open no other kind of sentence.
SUBJECTLESS = re.compile(r"^(?:(?:really|also|just|always|usually|only|mostly|still|never)\s+)*"
                         r"(?:want|wanna|need|love|hate|prefer|plan|hope|enjoy|avoid|"
                         r"speak)\b(?!\s+(?:is|are|was)\b)", F)
NO_THING = re.compile(r"^no\s+(?=\w)(?!(?:one|idea|way|problem|worries|thanks|clue|"
                      r"longer|more)\b)", F)
# A request about answers, said without a subject ("just always give me metric").
IMPERATIVE = re.compile(r"^(?:(?:just|please|pls|plz|kindly)\s+)*(?P<rest>(?:(?:always|never|"
                        r"only)\s+)?(?:give|use|write|answer|reply|respond|keep|show|convert|"
                        r"stick to|assume|avoid|call|talk|speak|format|include|explain)\b.*)$",
                        F)
# Laughter at the end of a statement is no part of it, in any language ("odio Excel jaja").
LAUGHTER = re.compile(r"(?:\s+(?:ja(?:ja)+|ha(?:ha)+|he(?:he)+|lol|lmao|xd|k{3,}|rs(?:rs)+|"
                      r"wk(?:wk)+|5{3,}|😂|🤣|😅)\W*)+$", F)
SLANG = {"wanna": "want to", "gonna": "going to", "tryna": "trying to", "gotta": "have to"}
SLANG_VERB = re.compile(r"\b(?:wanna|gonna|tryna|gotta)\b", re.IGNORECASE)


def third_person(clause: str) -> str:
    """"I keep strictly kosher" -> "Keeps strictly kosher"; other languages stay as said
    ("porfa no me pongas libras": the English "me" -> "them" would garble it)."""
    if not reads_as_english(clause):
        text = clause.strip().strip(" ,;:.!?-—–")
        return text[:1].upper() + text[1:]
    text = LEADING.sub("", clause.strip().replace("’", "'")).strip(" ,;:.!?-—–")
    text = TRAILING_REQUEST.sub("", text).strip(" ,;:.!?-—–") or text
    text = SLANG_VERB.sub(lambda m: SLANG[m.group(0).lower()], text)  # "wanna" -> "Wants to"
    text = re.sub(r"[\s,]+(?:please|pls|plz|thanks|thx)$", "", text, flags=F)
    refused = NO_THING.match(text)  # "No emojis in your replies please"
    if refused:
        text = re.sub(r"\byour\s+", "", text[refused.end():], flags=F)
    if SUBJECTLESS.match(text):
        text = f"I {text}"  # "honestly just want to pass my driving test": the "I" is implied
    asked = IMPERATIVE.match(text)
    if asked:  # "actually just always give me metric": how the user wants answers
        rest = asked.group("rest")
        text = f"you to {rest[:1].lower()}{rest[1:]}"
    words = text.split()
    if len(words) > MAX_WORDS:
        text = " ".join(words[:MAX_WORDS])
    # "I really don't do spicy food": the adverb goes, the negation is read as one
    text = re.sub(r"^(i|we)\s+(?:really|just|honestly|actually|literally|truly|simply)\s+"
                  r"(?=(?:don't|dont|do not|can't|cant|cannot|won't)\b)", r"\1 ", text, flags=F)
    for pattern, replacement in SUBJECT_VERB:
        if pattern.match(text):
            text = pattern.sub(replacement, text, count=1)
            break
    else:
        match = re.match(r"^(?:i|we)\s+((?:(?:really|also|just|always|usually|only|mostly|"
                         r"still|absolutely|totally|never|ever|rarely|seldom|often|sometimes|"
                         r"generally|normally|mainly|basically)\s+)*)(\w+)", text, F)
        if match:
            # "I never use X" -> "Never uses X": an adverb of how often or how much stays
            # ("really", "just" go), and the verb agrees.
            adverbs = INTENSIFIERS.sub("", match.group(1))
            verb = third_person_verb(match.group(2))
            text = (adverbs + verb.lower() if adverbs else verb) + text[match.end():]
    for pattern, replacement in PRONOUNS:
        text = pattern.sub(replacement, text)
    if asked:
        text = f"Wants {text}"
    elif refused:
        text = f"Prefers no {text}"
    text = LAUGHTER.sub("", re.sub(r"\s*\([^)]*$", "", text))  # "Only uses Linux (Arch"
    return text[:1].upper() + text[1:] if text else text


def third_person_verb(verb: str) -> str:
    """A first-person verb in the third person: "keep" -> "Keeps"; a past form or a modal
    stays."""
    low = verb.lower()
    if low in PAST or low in MODAL or (low.endswith("ed") and not low.endswith("eed") and
                       low not in {"embed", "shed", "shred", "wed", "bed"}):
        return verb.capitalize()  # "I started a shop" -> "Started a shop", not "Starteds"
    if low in IRREGULAR:
        return IRREGULAR[low].capitalize()
    if re.search(r"(?:s|sh|ch|x|z|o)$", low):
        return verb.capitalize() + "es"
    if re.search(r"[^aeiou]y$", low):
        return verb[:-1].capitalize() + "ies"
    return verb.capitalize() + "s"
