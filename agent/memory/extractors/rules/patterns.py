"""Regex vocabulary shared by several stages of the rule-based extractor.

Names, proper nouns, job titles, value-trimming tails and "lasting instruction" markers are
read by the rules, the value builders and the context reader alike; keeping them in one
place means each stage matches exactly the same words.
"""

from __future__ import annotations

import re

from agent.memory.lexicon import ROLE_WORDS

F = re.IGNORECASE
NAME_STOP = frozenset(
    "a an the on not in at is was just here there now fine ok okay good back sorry when if "
    "what who how why you me it this that going about from with and but so very really also "
    "still home done sure new your my his her our their tired busy ready glad happy".split()
)
PRONOUN_OBJECTS = re.compile(
    r"^(?:it|that|this|them|those|these|you|your\b.*|(?:that|this|those|these|it|them) .*|"
    r"the (?:answer|idea|response|suggestion)\b.*)$",
    F,
)
# "From now on" / "always" in the other languages the rules read.
STANDING_WISH = re.compile(
    r"\b(?:a partir de (?:ahora|agora|maintenant)|desde ahora|de ahora en adelante|siempre|"
    r"toujours|dorénavant|désormais|ab (?:jetzt|sofort)|immer|von nun an|d'ora in poi|"
    r"da (?:adesso|ora)|sempre|voortaan|altijd|vanaf nu|od teraz|od dzisiaj|zawsze|"
    r"från och med nu|alltid|fra nu af|fra nå av|mulai sekarang|selalu|bundan sonra|hep|"
    r"từ giờ|luôn|odteď|vždy|de acum|mereu|from now on|from here on(?: out)?|going forward|"
    r"lagi|hamesha|seterusnya|"
    r"selanjutnya|ke depannya|aage se|отныне|всегда|с этого момента|впредь|これから|今後|"
    r"앞으로|항상)\b", F)
TEMPORAL_TAIL = re.compile(
    r"\s+(?:today|tonight|right now|from (?:now|here) on|going forward|moving forward|now|"
    r"this (?:week|weekend|morning|evening|time)|"
    r"for now|at the moment|currently|lately|these days|too|as well|also|a lot|very much|"
    r"so much|instead|anymore|any more|though|actually|please|recently|yesterday|"
    r"last (?:year|month|week|weekend|spring|summer|autumn|fall|winter)|this (?:year|month)|"
    r"earlier this \w+|back in|in (?:19|20)\d\d|"
    r"(?:a|an|one|two|three|four|five|six|a few|a couple of|\d+) (?:\w+ )?(?:years?|months?|"
    r"weeks?|days?) ago)\b.*$",
    F,
)
_NOT_WHEN = r"(?<!before )(?<!after )(?<!until )(?<!till )(?<!once )(?<!time )"
VALUE_STOP = re.compile(
    r"\s*(?:[,;:()]|\band\b|\bbut\b|\bbecause\b|\bso\b|\bwhich\b|\bwhere\b|\bwho\b|\bsince\b|"
    r"\bwhen\b|\bif\b|\bthough\b|\bbtw\b|\bfwiw\b|\bfyi\b|\btbh\b|\bimo\b|"
    # "before I turn 40", "by the time I'm 30": a time said by a clause of its own stays
    r"\bcan you\b|\bcould you\b|\bplease\b|" + _NOT_WHEN + r"(?:\bi'm\b|\bi am\b|"
    r"\bi\b)|\bwith you\b).*$",
    F,
)

# Capitalised proper noun phrase, matched case-sensitively even inside IGNORECASE rules.
# The capital and small letters of every Latin-script alphabet (Basic Latin to Latin
# Extended-B, and the Vietnamese of Latin Extended Additional): "Łukasz", "İzmir", "Dvořák",
# "Nguyễn" are names as much as "Lucas".
_LATIN = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00))]
UPPER = "[" + "".join(c for c in _LATIN if c.isupper()) + "]"
LOWER = "".join(c for c in _LATIN if c.islower())
LETTER = UPPER[:-1] + LOWER + "]"
# "Bank of America", "Banco do Brasil", "Universidad del Valle": small words join a name
PROPER = (rf"(?-i:(?:the\s+)?{UPPER}[\w&.'-]*(?:\s+(?:of|de|do|da|dos|das|del|di|du|&|\+|and)\s+"
          rf"{UPPER}[\w&.'-]*|"
          rf"\s+{UPPER}[\w&.'-]*)*)")
NAME = rf"(?-i:{UPPER}[{LOWER}'-]+(?:{UPPER}[{LOWER}']+)*)"  # "Mei-Ling", "O'Brien"
ROLE_HEAD = rf"(?:{ROLE_WORDS})s?"
# "senior software engineer", "high school chemistry teacher", "freelance illustrator".
ROLE_NP = rf"(?P<v>(?:[\w-]+\s+){{0,3}}?{ROLE_HEAD})"
STANDING = re.compile(
    r"\b(?:always|never|whenever|from now on|going forward|in (?:the )?future|every time|"
    r"by default|in every (?:conversation|chat|answer)|for all (?:future|my)|all (?:future|your) "
    r"(?:replies|answers|responses)|any (?:recipe|answer|code|plan)s?\b|for every|"
    r"stop (?:giving|using|sending|suggesting|recommending|adding|putting|calling))\b",
    F,
)
# Said for good, beyond "always": a wish about answers that holds past the one at hand, even
# in a clause that says "right now" ("B1 right now, so from now on answer me in Spanish").
FOR_GOOD = re.compile(r"\b(?:from now on|going forward|from here on(?: out)?|for good|by default|"
                      r"in general|as a rule|general rule|unless I ask|not (?:just|only) "
                      r"(?:for )?now|inte bara nu|niet alleen (?:voor )?nu|"
                      r"nicht nur (?:jetzt|heute))\b", F)
EMPLOYER_STOP = frozenset(
    "home night nights the a an my this it all myself weekends night shifts least first "
    "last once times work school uni university college hospital office company startup bank "
    "shop store restaurant cafe hours now".split()
)

# "no horror ever please, I genuinely hate it": what a refusal names, for the pronoun of the
# dislike that follows it.
REFUSED_THING = re.compile(
    # the refusal may end a request: "need a green sauce for mackerel but NO coriander"
    # or follow it after a comma: "a week of cheap dinners for one, no mushrooms pls"
    r"^(?:[^,;]*?\s(?:but|and)\s+|[^;]*?,\s*)?"
    r"\W*(?:(?:ugh|oh|and|also|so|pls|please|ok|okay|honestly)\W+)*(?:no|never|without|"
    r"leave out|skip|drop|hold|no more|nothing with|nothing containing)\s+"
    r"(?:the\s+|any\s+|more\s+)?"
    r"(?!(?:problem|problemo|worries|thanks|way|idea|clue|offen[cs]e|rush|doubt|biggie|"
    r"joke|kidding)\b)(?P<x>[\w' -]{2,30}?)"
    r"(?:\s+(?:ever|please|pls|again|for me|thanks|at all))*\W*$", F)
DISLIKE_OF_IT = re.compile(r"^\W*(?:and\s+)?I\s+(?:\w+ly\s+|just\s+|really\s+)*(?:hate|"
                           r"can't stand|cannot stand|don't like|do not like|dislike|loathe|"
                           r"detest)\s+(?:it|them|'?em|that|those|(?:the|that|this) stuff)\b"
                           r"(?!\s+(?:when|if|that|how)\b)|"
                           # "no tofu pls, the texture makes me gag"
                           r"^\W*(?:the (?:texture|taste|smell|flavou?r)|it|they)\s+"
                           r"(?:makes?|make)\s+me\s+(?:gag|sick|nauseous|want to (?:gag|puke|"
                           r"throw up))\b",
                           F)
