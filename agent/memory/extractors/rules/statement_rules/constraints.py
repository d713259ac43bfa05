"""Rules for hard limits on useful answers: diet, abstentions, availability, timezone, access.

An answer that ignores one of these is wrong for this user (a meat recipe for a vegetarian),
so they are stored as constraints, with any consequence the user spelt out.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _retraction, _trim, diet_text
from agent.memory.extractors.rules.patterns import PRONOUN_OBJECTS, F
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.lexicon import ACCESS_AIDS, DIET_ENGLISH, DIETS, TIMEZONES

RULES: list[Rule] = []
rule = registrar(RULES)

ABSTAIN_STOP = frozenset("know think want have understand like mind care see get need".split())


# A negation right before "I am" in the languages that put it there.
NEGATED_BEFORE = re.compile(r"\b(?:no|nie|non|não|nao|ne|nu|не)\s+$", F)


@rule(rf"\b(?:I(?:'m| am)|(?:we|and I)(?:'re| are)(?: both| all)?|I keep|I eat|I(?:'ve| have) "
      rf"(?:gone|become|turned|been)|we(?:'ve| have) been|I went)\s+(?:a\s+|an\s+)?"
      rf"(?:[\w-]+-style\s+)?(?:strict(?:ly)?\s+"
      rf"|fully\s+|mostly\s+|completely\s+)?(?P<v>{DIETS}|halal|kosher)\b|"
      rf"\b(?:soy|je suis|ich bin|sou|sono|ik ben|jestem|jag är|me hice|me volví|virei|"
      rf"(?:je suis )?devenue?|(?:sono )?diventat[oa]|(?:me )?tornei|zostałam|zostałem|"
      rf"ik eet(?: trouwens)?|je mange|eu como|como|mangio|ich esse|jem|jag äter|jsem|"
      # the verb first after a clause: "seit ich in Leipzig wohne, esse ich vegan"
      rf"esse ich(?: jetzt| nur noch)?|eet ik(?: nu)?|"
      rf"olen|sam|eimai)\s+"
      rf"(?:(?:completamente|totalmente|del tutto|complètement|strikt|streng|volledig|100%|"
      rf"solo|só|nur|seulement|alleen)\s+)?"
      rf"(?:un |una |um |uma |ein |eine |een )?(?P<w>{DIETS})\b|"
      # "Ich lebe seit drei Jahren vegan", "je vis végétarien depuis 2019"
      rf"\b(?:ich lebe|ich ernähre mich|ik leef|je vis|vivo|żyję|jag lever)\s+"
      rf"(?:(?:seit|desde|depuis|da|sinds|od|sedan|há)\s+\w+(?:\s+\w+)?\s+)?(?P<x>{DIETS})\b|"
      # "I'm eating fish again so pescatarian I guess": the diet a change comes to
      # ("not vegan anymore, eating fish again so basically pescatarian now": without "I")
      rf"(?:\bI(?:'m| am|'ve|\s+\w+ed)\b|\bnot\s+\w+\s+any\s?more\b|"
      rf"^(?:(?:started|been|back to|now)\s+)?eating\b)[^;]*\bso\s+"
      rf"(?:basically\s+|pretty much\s+|technically\s+)?(?:I'm\s+|I am\s+)?(?P<y>{DIETS})\s+"
      rf"(?:I guess|now|then|these days)\b|"
      # Hungarian puts "I am" after it: "vegetáriánus vagyok"
      rf"\b(?P<z>{DIETS})\s+vagyok\b|"
      # the diet as the last of what the user is: "im a dental hygienist in Cork and vegetarian"
      rf"\bI(?:'m| am)\b[^.;!?]*?\band\s+(?:also\s+)?(?P<a>{DIETS})"
      rf"(?=\s*(?:$|[,.;!?)]|\s+(?:so|btw|too|now|lol|but)\b))")
def diet_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = (m.group("v") or m.group("w") or m.group("x") or m.group("y") or
             m.group("z") or m.group("a")).lower()  # as said
    diet = DIET_ENGLISH.get(value, value)
    if NEGATED_BEFORE.search(clause[:m.start()]):
        # "No soy vegana", "Nie jestem weganką": not that diet, as "I'm not vegan" says
        return [_retraction(diet, clause)]
    return [_fact(diet_text(diet), "constraint", value, clause, "diet")]


# The diet said bare, as a sentence of its own ("paramedic. 12h shifts. veggie. meal prep
# plan?", "vegetarian. trying to hit 120g protein"): a fragment that is only the diet.
@rule(rf"^(?:(?:strict(?:ly)?|fully|mostly|full|100%|lifelong)\s+)?(?P<v>{DIETS}|veggie)"
      rf"(?:\s+(?:here|btw|fyi|since \w+(?: \w+)?|for \w+ years?))?$")
def bare_diet_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v").lower()
    diet = {"veggie": "vegetarian"}.get(value) or DIET_ENGLISH.get(value, value)
    return [_fact(diet_text(diet), "constraint", m.group("v"), clause, "diet")]

# A diet said with a verb of eating in other languages: "Helal beslenirim", "Mình ăn chay
# trường", "ich ernähre mich glutenfrei", "como sin gluten": the diet by its English name.
FOREIGN_DIETS = {"helal": "halal", "ăn chay": "vegetarian", "ăn chay trường": "vegetarian",
                 "ăn thuần chay": "vegan", "glutenfrei": "gluten-free",
                 "sin gluten": "gluten-free", "sans gluten": "gluten-free",
                 "senza glutine": "gluten-free", "sem glúten": "gluten-free",
                 "bezglutenowo": "gluten-free", "glutenvrij": "gluten-free",
                 "glutenfritt": "gluten-free"}


@rule(r"\b(?P<a>helal|halal)\s+(?:beslenirim|besleniyorum|yerim|yiyorum)\b|"
      r"\b(?:mình|tôi|em|anh|chị|nhà mình)\s+(?:\w+\s+)?(?P<b>ăn (?:thuần )?chay(?: trường)?)\b|"
      r"\b(?:ich ernähre mich|ich esse|je mange|como|mangio|eu como|jem|ik eet|jag äter)\s+"
      r"(?:\w+\s+)?(?P<c>glutenfrei|sin gluten|sans gluten|senza glutine|sem glúten|"
      r"bezglutenowo|glutenvrij|glutenfritt)\b")
def foreign_diet_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    said = m.group("a") or m.group("b") or m.group("c")
    diet = FOREIGN_DIETS.get(said.lower(), "halal")
    return [_fact(diet_text(diet), "constraint", said, clause, "diet")]


@rule(r"\bI (?:don't|do not|never|can't|cannot|won't) (?P<verb>eat|drink|consume|own|"
      r"smoke|drive|do)\s+(?P<v>[\w\s-]+)")
def abstain_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    verb = m.group("verb").lower()
    if not value or PRONOUN_OBJECTS.match(value) or value.lower().split()[0] in ABSTAIN_STOP:
        return []
    if verb == "do" and len(value.split()) > 2:
        return []
    return [_fact(f"Does not {verb} {value}", "constraint", value, clause)]

# "I work from home most days", "I work fully remote": where the user works shapes their
# days (commutes, lunches, equipment), so it lasts as a constraint.
@rule(r"\bI(?:'m| am)? (?:\w+ly |mostly |now |still )?(?:work|working) (?P<v>from home|remotely|"
      r"remote|fully remote|from a home office)\b(?!\s+(?:today|this week|for now|tomorrow|on|"
      r"as much as|sometimes|some days|occasionally|when|a (?:few|couple)|one|two|twice|"
      r"once)\b)")
def works_from_home_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    where = "from home" if "home" in m.group("v").lower() else "remotely"
    return [_fact(f"Works {where}", "constraint", m.group(0), clause, "work_place")]


# "I don't drink, never have", "I don't smoke": said without an object, the verb means
# alcohol or tobacco, a lasting habit that shapes suggestions (bars, gifts, recipes).
@rule(r"\bI (?:don't|do not|never|no longer|don't even) (?P<verb>drink|smoke)(?:\s+(?:at all|"
      r"anymore|any more|either))?(?=\s*(?:[,.;!]|$|\s+(?:and|so|but|never|because)\b))")
def abstain_bare_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    verb = m.group("verb").lower()
    text = "Does not drink alcohol" if verb == "drink" else "Does not smoke"
    return [_fact(text, "constraint", verb, clause)]

# "I work nights", "I'm on night shifts", "I do 12-hour shifts": when the user works shapes
# every plan (sleep, meals, meetings), so it lasts as a constraint.
@rule(r"(?:\bI(?:'m| am)? (?:(?:permanently|mostly|always|currently|now|still) )?"
      r"(?:work|do|am on|'m on|on) (?:the |mostly |permanent )?|"
      # said in passing, without "I": "I'm a pharmacist, permanent nights at St Aldric's"
      r"(?:^|,\s*)(?:on\s+)?(?:permanent|perm|fixed|always on|only)\s+|"
      # ... or after the job: "I'm an ICU nurse on permanent nights"
      r"\bon\s+(?:permanent|perm|fixed)\s+)"
      r"(?P<v>nights|night shifts?|overnights?|graveyard shifts?|night duty|evening shifts?|"
      r"early shifts?|rotating shifts|12[- ]hour shifts|twelve[- ]hour shifts|weekend shifts)\b"
      r"(?!\s+(?:this|next|tonight|today|tomorrow)\b)")
def shifts_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    said = m.group("v")
    value = "night shifts" if said.lower() in {"nights", "overnights", "night duty"} else \
        said.lower()
    return [_fact(f"Works {value}", "constraint", said, clause, "schedule")]


# Night shifts in other languages: "trabalho no turno da noite", "trabajo de noche", "je
# travaille de nuit", "ich arbeite Nachtschicht", "lavoro di notte", "pracuję na nocki".
@rule(r"\b(?:trabalho|trabajo|je travaille|je bosse|ich arbeite|arbeite|lavoro|werk|"
      r"pracuję|pracuju|jobbar|çalışıyorum)\s+(?:(?:no|en el|na|im|in|nel|op|w|på)\s+)?"
      r"(?:(?:turno|turno fijo|shift)\s+(?:da|de|di)\s+(?:noite|noche|notte)|de (?:noche|nuit)|"
      r"di notte|à noite|(?:in der )?nachtschicht|nachts|nachtdienst|nachtdiensten|"
      r"na nocki|na noční|nattskift|gece vardiyası(?:nda)?)\b|"
      # Hinglish: "call center mein night shift karta hoon"
      r"\b(?:night|raat ki) shifts?\s+(?:mein kaam\s+)?(?:karta|karti|karte)\s+"
      r"(?:hoon|hu|hun|hain)\b")
def shifts_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return [_fact("Works night shifts", "constraint", m.group(0), clause, "schedule")]


# "main pure veg hoon", "hum jain hain": a diet in Hinglish.
@rule(r"\b(?:main|mai|hum)\s+(?:pure\s+|full\s+|strict\s+|ek\s+)?(?P<v>veg|vegetarian|vegan|"
      r"jain|eggetarian)\s+(?:hoon|hu|hun|hain)\b")
def diet_hinglish_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    said = m.group("v").lower()
    diet = {"veg": "vegetarian", "jain": "Jain vegetarian"}.get(said, said)
    return [_fact(diet_text(diet), "constraint", m.group("v"), clause, "diet")]


# "je ne bois jamais d'alcool", "no bebo alcohol", "ich trinke keinen Alkohol", "saya tak
# makan pedas": what the user never eats or drinks, in other languages.
@rule(r"\b(?:je ne bois (?:jamais|pas) d'alcool|je bois (?:jamais|pas) d'alcool|"
      r"(?:no|nunca) (?:bebo|tomo)(?: nada de)? "
      r"alcohol|ich trinke (?:keinen|nie) alkohol|não bebo álcool|non bevo alcol(?:ici)?|"
      r"ik drink geen alcohol|nie piję alkoholu|alkol (?:içmiyorum|kullanmıyorum))\b|"
      r"\b(?:saya|aku|gue|gw)\s+(?:tak|tidak|nggak|gak|ga)\s+(?:makan|minum)\s+"
      r"(?P<v>[a-z]+)(?:\s+(?:langsung|sama sekali|lah))?\b")
def abstain_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if m.group("v"):
        said = m.group("v").lower()
        thing = {"pedas": "spicy food", "babi": "pork", "daging": "meat", "ikan": "fish",
                 "alkohol": "alcohol"}.get(said, said)
        verb = "drink" if "minum" in m.group(0).lower() else "eat"
        return [_fact(f"Does not {verb} {thing}", "constraint", m.group("v"), clause)]
    return [_fact("Does not drink alcohol", "constraint", m.group(0), clause)]


# Hinglish "main sirf Android use karta hoon": only one platform or tool, said as a limit.
@rule(r"\b(?:main|mai|hum)\s+(?:sirf|hamesha|bas)\s+(?P<v>[\w+#.-]+(?:\s+(?!hi\b)[\w+#.-]+)?)\s+(?:hi\s+)?"
      r"(?:use|istemal|chalata|chalati)\s+(?:karta|karti|karte|hoon|hu)\b")
def only_hinglish_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    how = "Always uses" if re.search(r"\bhamesha\b", m.group(0), F) else "Uses only"
    return [_fact(f"{how} {m.group('v')}", "constraint", m.group("v"), clause)]

@rule(r"\bI can only (?P<v>(?:work|code|train|practi[sc]e|study|exercise|meet|read|cook|"
      r"travel|game|play)\b[\w\s'-]*)|\bI (?:only |just )?(?:ever |really )?(?:have|get) "
      r"(?P<w>(?:about |around |roughly |like |maybe )?[\w-]+ ?(?:min|mins|minutes?|hours?|"
      r"hrs?|days?|evenings?)\s+(?:(?:a|per|each) (?:day|week|night|month)|(?:to|for) \w+"
      r"(?: \w+)? (?:on|during|most|every|in the) (?:weeknights|weekdays|weekends|evenings|"
      r"nights|days|mornings|week)|on (?:weeknights|weekdays|weekends))[\w ]*)")
def availability_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"I can only train at lunch", "I only ever have about 20 min to cook on weeknights"."""
    if m.group("v"):
        value = _trim(m.group("v"))
        return [_fact(f"Can only {value}", "constraint", value, clause)] if value else []
    value = _trim(m.group("w"))
    return [_fact(f"Only has {value}", "constraint", value, clause)] if value else []

@rule(r"\b(?:I(?:'m| am)|we(?:'re| are)|I live|we live|I've been|we've been)\s+(?:\w+\s+){0,3}?"
      r"on (?:a|an) (?:(?:really|very|super|pretty|quite|extremely)\s+)?(?P<v>tight|small|limited|"
      r"strict|shoestring|fixed|low) budget\b(?P<rest>[^,.;!?]*)")
def budget_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"I'm a pensioner on a tight budget for everything": a lasting limit on useful
    answers; not one for a single trip or purchase ("on a tight budget for this trip")."""
    if re.search(r"\b(?:this|that|the|our|my) (?:trip|holiday|vacation|month|week|weekend|"
                 r"party|wedding|project|purchase|move)\b", m.group("rest"), F):
        return []
    return [_fact(f"Is on a {m.group('v').lower()} budget", "constraint", m.group("v"), clause)]

# What one has to work with, lastingly: "I only have two kettlebells at home", "I just have a
# microwave and a kettle in my dorm".
@rule(r"\bI (?:only|just) (?:have|own|got) (?P<v>(?:an? |one |two |three |some |[\w-]+ )?"
      r"[\w\s,&-]{2,50}?)\s+(?:at home|in my (?:kitchen|flat|apartment|dorm|garage|room|"
      r"house|place))\b")
def equipment_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v").strip(" ,")
    where = re.sub(r"\bmy\b", "their", m.group(0)[m.end("v") - m.start():].strip())
    return [_fact(f"Only has {value} {where}", "constraint", value, clause)]

@rule(r"\b(?:only\s+)?(?P<v>[\w]+-free)\s+(?P<n>recipes|food|meals|options|dishes|diet)\b"
      r"(?=.*\b(?:for me|I|my)\b)|\bI(?:'m| am) (?P<w>[\w]+-free)\b")
def free_from_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = (m.group("v") or m.group("w")).lower()
    return [_fact(f"Needs {value} food", "constraint", value, clause)]

@rule(r"\bI(?:'m| am) (?P<v>bipolar|autistic|diabetic|epileptic|asthmatic|jewish|muslim|"
      r"christian|catholic|hindu|buddhist|sikh|atheist|agnostic|mormon|gay|lesbian|bisexual|"
      r"queer|transgender|non-binary)\b|\b(?:I )?keep (?P<k>kosher|halal)\b|"
      r"\bI(?:'m| am) (?P<c>(?:lactose|gluten) intolerant|coeliac|celiac)\b")
def trait_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'I'm bipolar': lasting and sensitive, so the policy stores it only with consent; read
    here so consent stores the fact, not the whole sentence. 'I keep kosher' is a diet, a
    lasting constraint like 'I'm vegetarian', kept without being asked."""
    if m.group("c"):
        return [_fact(f"Is {m.group('c').lower()}", "constraint", m.group("c"), clause)]
    if m.group("k"):
        return [_fact(f"Keeps {m.group('k').lower()}", "constraint", m.group("k"), clause)]
    value = m.group("v")
    value = value.capitalize() if value.lower() in RELIGIONS else value.lower()
    return [_fact(f"Is {value}", "personal", value, clause)]


RELIGIONS = frozenset("jewish muslim christian catholic hindu buddhist sikh mormon".split())


@rule(rf"\b(?:my time ?zone is|time ?zone(?:'s| is)|mi zona horaria es|mon fuseau horaire "
      rf"est|meine zeitzone ist|I'm in the|I am in the|I live in the|I'm on|I am on|"
      rf"I use|use)\s+(?P<v>{TIMEZONES})\b(?P<rest>.*)$")
def timezone_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    lead = m.group(0)[: m.start("v") - m.start()].lower()
    if re.search(r"\b(?:i'm in the|i am in the|i live in the)\s*$", lead) and not re.match(
            r"\s*time ?zone", m.group("rest"), F):
        return []
    if re.search(r"\buse\s*$", lead) and not re.search(r"\btimes?\b", m.group("rest"), F):
        return []
    abbr = re.match(r"\s*(?:time\s*)?\((?P<a>[A-Z]{2,5})\)", m.group("rest"))
    if abbr and abbr.group("a").lower() != value.lower():
        value = f"{value} time ({abbr.group('a')})"  # keep the abbreviation the user wrote
    return [_fact(f"Timezone is {value}", "constraint", value, clause, "timezone")]

@rule(rf"\bI (?:use|rely on|need|read \w+ with|\w+ with|\w+ everything with|\w+ using)\s+"
      rf"(?P<v>{ACCESS_AIDS})|\bI(?:'m| am) (?P<w>colou?r[- ]?blind|hard of hearing|deaf|"
      rf"blind|dyslexic|visually impaired)")
def accessibility_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if m.group("v"):
        value = re.sub(r"^(?:a|the) ", "", m.group("v"), flags=F)
        return [_fact(f"Uses {value}", "constraint", value, clause)]
    return [_fact(f"Is {m.group('w')}", "constraint", m.group("w"), clause)]

# "fyi I'm left-handed so half the tutorials are useless", "I'm a lefty": a lasting fact that
# changes instructions (tools, diagrams, sports).
@rule(r"\bI(?:'m| am)\s+(?:(?:fully|totally|completely)\s+)?(?:left[- ]handed|a lefty|a leftie|"
      r"a southpaw)\b")
def left_handed_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return [_fact("Is left-handed", "constraint", m.group(0), clause, "handedness")]
