"""Is a candidate a well-formed fact? Checks on the value, whatever extractor proposed it.

Real chat is full of clauses that look like facts to any pattern or model and are not:
"I'm so glad" is no name, "I work at different places" no employer, "I love the energy"
refers to something in the conversation, "keep going and never give up" cheers a friend on.
The policy calls ``malformed`` and refuses such candidates with the reason it returns.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.lexicon import (
    CALENDAR,
    COMMON_ADJECTIVES,
    COMMON_WORDS,
    DOG_BREEDS,
    FAMILY,
    FUNCTION_WORDS,
    KIN_FOREIGN,
    NAME_PARTICLES,
    NOT_NAMES,
    PETS,
)

F = re.IGNORECASE
# What a preference object must not start with: it points at something in the conversation
# ("I love the energy", "love how they fly", "love her"), not a lasting taste.
DEICTIC = re.compile(r"^(?:the|this|that|these|those|it|its|them|her|him|his|their|they|how|"
                     r"what|when|where|which|who|why|is|was|are|being|seeing|hearing|your|"
                     r"you|that's|all|so|such|every|each|everything|nothing|"
                     # "anything garlicky" is a taste; "anything" alone points at the talk
                     r"anything(?!\s+(?:with\s+\w|\w+(?:y|ic|ish)\b))|"
                     r"stuff|things)\b", F)
# ... or points at it further on ("escaping to that world", "working on it to chill out",
# "walks on this nearby trail"), or stops before its object ("sharing what", "to say"): a
# memory is read later, in another chat, where "that world" means nothing.
POINTS_BACK = re.compile(r"\b(?:this|these|those)\s+\w+|\b(?:to|in|on|at|into|about|with|"
                         r"for|from|of)\s+(?:that|it|them)\b|\b(?:on|about|with)\s+it\b|"
                         r"^(?:while|whenever|especially|if|because)\b|\b(?:keep|do|did|try|"
                         r"tried|love|loved|like|liked|enjoy|enjoyed|\w+ing)\s+(?:that|this|"
                         r"it|them)"
                         r"\b(?!\s+(?:is|was|'s)\b)", F)
DANGLING = re.compile(r"\b(?:what|which|who|to|the|a|an|and|or|of|with|for|say|tell|mention|"
                      r"do)$", F)
# A memory whose first words hand the verb a pronoun for its object.
LEANS_BACK = re.compile(r"^(?:\w+\s+){0,2}(?:it(?!\s+when\b)|him|her|them|that|this|those|these)\b"
                        r"(?!\s+(?:is|was|'s)\b)", F)
# "Hates when you put emojis in replies": a habit the user wants changed, not a pointer.
HABIT = re.compile(r"^(?:it )?when (?:you|people|answers|replies|responses)\b(?!.*\b(?:that|"
                   r"this|it)\s*$)", F)
TASTE = re.compile(r"^(?:Loves|Likes|Enjoys|Dislikes|Hates|Is passionate about|Is a fan of|"
                   r"Is into|Favorite)\b")
# "Has a dog named Rex": the kind must be a pet or a relative, the name a name.
NAMED = re.compile(r"^Has (?:a|an) (?P<k>.+?) named (?P<n>.+)$")
# "Learning another language is tough": a clause about the activity, with its own verb.
ACTIVITY = re.compile(r"^(?:Loves|Likes|Enjoys|Is learning)\b")
COPULA = re.compile(r"(?<!than )(?<!as )\b(?:is|are|was|were|can|makes?|made|reminded)\b", F)
# Cheering the other person on is addressed to them, not an instruction about answers.
ENCOURAGEMENT = re.compile(r"\b(?:yourself|your (?:goals?|dreams?|passion|music|art|work)|"
                           r"never give up|keep (?:going|pushing|it up|at it|up the|on keepin)|"
                           r"stay (?:positive|motivated|strong)|you got this|rock on)\b", F)


# A Turkish place in the ablative ("İstanbul'dan taşındık": moved FROM Istanbul) is never
# the home.
FROM_SUFFIX = re.compile(r"['’](?:dan|den|tan|ten)$")


def malformed(cand: Candidate) -> str | None:
    """Why this candidate is not a fact worth keeping, or None when it is well formed."""
    if cand.op != "add" or cand.topic:
        return None
    if cand.attribute == "name":
        return None if _is_name(cand.value) else "not a name"
    if cand.attribute == "employer" and not _is_proper(cand.value):
        return "not an employer"
    if cand.attribute == "location" and not _is_proper(cand.value):
        return "not a place"
    if cand.attribute == "location" and FROM_SUFFIX.search(cand.value):
        return "where the user comes from, not where they live"
    named = NAMED.match(cand.text)
    if named and not (re.fullmatch(rf"(?:[\w-]+\s+){{0,2}}(?:{PETS}|{FAMILY}|{KIN_FOREIGN}|"
                                   rf"{DOG_BREEDS})\w?", named.group("k"), F)
                      and _is_name(named.group("n"))):
        return "not a pet or relative by name"
    if len(cand.text.split()) < 2:
        return "no content"
    if cand.explicit:
        return None
    taste = _as_said(cand, _object(cand)) if TASTE.match(cand.text) else None
    if taste is not None and not HABIT.match(taste) and (
            DEICTIC.match(taste) or POINTS_BACK.search(taste) or DANGLING.search(taste)):
        return "refers to something in the conversation"
    if cand.category == "goal" and not _aim(cand.text):
        return "no aim named"
    if cand.value == cand.clause and _leans_on_context(cand):
        return "refers to something in the conversation"
    activity = ACTIVITY.match(cand.text)
    if activity and COPULA.search(cand.text[activity.end():]):
        return "says something about the activity, not the user"
    goal = re.match(r"Goal is to (?P<w>\S+)", cand.text)
    if goal and (goal.group("w").lower() in FUNCTION_WORDS - AIM_VERBS
                 or goal.group("w").lower() in COMMON_ADJECTIVES):
        return "not a goal"
    if cand.text.startswith("Wants you to") and ENCOURAGEMENT.search(cand.text):
        return "encouragement, not an instruction"
    if len(_content_words(cand.value or cand.text)) == 0:
        return "no content"
    return None


# Verbs among the function words, that open a goal well: "Goal is to be fluent in Spanish".
AIM_VERBS = frozenset("be have get become do".split())
# "keep it metric", "make it short": the "it" of a standing wish is the answers, no pointer.
ANSWERS_IT = re.compile(r"\b(?P<v>keep|make)\s+it\s+(?=(?!(?:up|going|there|on|off|in|out)\b)\w)",
                        F)


def _leans_on_context(cand: Candidate) -> bool:
    """Whether a whole clause, read by the model, leans on something said before it ("Would
    love to", "Will give it a try", "Loves making him happy"): the memory would mean nothing
    in another chat. The user's own "me", which the memory words as "them" ("Teach them like
    they are five, always"), points at no one else."""
    value = ANSWERS_IT.sub(r"\g<v> ", cand.value)
    leans = LEANS_BACK.match(_as_said(cand, ANSWERS_IT.sub(r"\g<v> ", cand.text)))
    return bool(POINTS_BACK.search(value) or DANGLING.search(cand.text) or leans)


def _as_said(cand: Candidate, text: str) -> str:
    """The memory words the user's "me" as "them" ("tastes like soap to me" -> "... to
    them") and "my" as "their" ("I like my feedback blunt" -> "their feedback blunt"): put
    back, they point at no one else."""
    value = cand.value or ""
    if re.search(r"\bme\b", value, F):
        text = re.sub(r"\bthem\b", "me", text, flags=F)
    if re.search(r"\bmy\b", value, F):
        text = re.sub(r"\btheir\b", "my", text, flags=F)
    return text


# Words that name no aim of their own: "Wants to keep reaching for new goals", "Is gonna keep
# pursuing their goals", "Wants to be in the future" say only that there is a goal.
AIMLESS = frozenset("""
want wants wanted goal goals dream dreams aim aims plan plans future keep keeping reach reaching
pursue pursuing achieve achieving chase chasing follow following continue continuing work
working be being do doing get getting make making go going gonna try trying new best better
more ready things stuff something everything way life great good big always someday one day
opportunities opportunity is has hope hoping wish definitely really
""".split())


def _aim(text: str) -> bool:
    """Whether a goal names what it aims at (a word beyond wanting, goals and the future)."""
    return any(w not in AIMLESS for w in _content_words(text))


def _object(cand: Candidate) -> str:
    """What a taste is about: the text after its verb ("Loves the smell" -> "the smell")."""
    match = TASTE.match(cand.text)
    return cand.text[match.end():].strip() if match else cand.text


def _is_name(value: str) -> bool:
    tokens = value.strip(" .,!?").split()
    if not 1 <= len(tokens) <= 4:
        return False
    if any(t.lower().strip("'") in NOT_NAMES for t in tokens):
        return False
    if "," in value:
        return False
    if tokens[0][:1].islower() and len(tokens) > 1:
        return False
    return all(t[:1].isupper() or t.lower() in NAME_PARTICLES or len(tokens) == 1
               for t in tokens)


def _is_proper(value: str) -> bool:
    """An organisation or a place: not a common word on its own ("New", "Different")."""
    words = value.strip(" .,!?").split()
    if not words:
        return False
    return not (len(words) == 1 and words[0].lower() in COMMON_WORDS | NOT_NAMES | CALENDAR
                | {"different", "various", "several", "many", "some", "other"})





def _content_words(text: str) -> list[str]:
    """Words that carry meaning ("34" and "morning person" do; "what" and "it" do not)."""
    return [w for w in re.findall(r"\w+", text.lower()) if w not in FUNCTION_WORDS]
