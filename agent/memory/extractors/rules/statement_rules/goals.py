"""What the user is aiming for: stated goals, plans and what they are learning or training for.

A "want to" only counts as a goal when its verb is goal-like or the clause gives a horizon
("someday", "by 2027"), so passing wishes in a task ("I want to fix this bug") stay out.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _my_to_their, _trim
from agent.memory.extractors.rules.patterns import PRONOUN_OBJECTS, F
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)

GOAL_VERBS = (
    r"become|becoming|learn|learning|master|switch|switching|move|moving|open|opening|launch|"
    r"climb|climbing|run|running|finish|finishing|complete|retire|save|saving|read|publish|"
    r"get (?:my|a|into|fit|fluent|certified|promoted|hired|in shape)|getting (?:my|a|into|"
    r"fluent|certified)|land|pass|passing|earn|visit|travel|lose|build my own|ship|buy a "
    r"(?:house|home|flat|apartment)|start (?:my own|a business|a company)|sail|sailing|hike|"
    r"speak|compete|qualify|graduate|write (?:a|my) (?:novel|book|memoir)|be fluent|go back to"
)
HORIZON = re.compile(
    r"\b(?:some ?day|one day|eventually|long[- ]term|this year|next year|by (?:\d{4}|the end "
    r"of|next)|before I (?:turn|die|\w+ \d+)|in (?:the next )?(?:a few|two|three|five|\d+) "
    r"years?|within (?:a|\w+) years?|next (?:spring|summer|autumn|fall|winter)|in the future|"
    r"before (?:summer|winter|spring|autumn|the end))\b",
    F,
)


# A goal cut short where its noun phrase was still open: "devise a more productive" (of
# "a more productive and affordable surveillance system"): no goal is better than half of one.
NOUNLESS = re.compile(r"\b(?:a|an|the)\s+(?:more|less|most|least|very|really)\s+\w+$", F)
# "I'd like to ..." is mostly a polite request; with these verbs it is an aim
POLITE_GOALS = (r"(?:learn (?!how|about|more|what|why)|become|master|speak|retire|be fluent|"
                r"get fluent|switch careers|change careers|move abroad|move to)\b")
# A goal verb that needs its object: "countries I want to visit" says what, before the verb.
NEEDS_OBJECT = frozenset({"visit", "learn", "master", "open", "launch", "finish", "complete",
                          "read", "publish", "land", "pass", "earn", "buy", "become", "save",
                          "lose", "get", "start", "build", "write", "speak"})


@rule(r"(?:\b(?:my|the|our)\s+|^|,\s+)(?:[\w-]+\s+){0,2}?(?:goal|dream|aim|ambition|resolution|"
      r"objective)s?\b(?P<when>[^:]{0,40}?)(?:\s+(?:is|was)\b|\s*[:=])\s*(?:to\s+)?"
      r"(?P<v>.+)$")
def goal_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if re.search(r"\b(?:since|when|because)\b", m.group("when"), F):
        return []  # "it's been my goal since I was a kid": the "was" is the childhood's
    value = _trim(m.group("v"))
    if not value or PRONOUN_OBJECTS.match(value) or re.match(r"^(?:that|this|it)\b", value) \
            or NOUNLESS.search(value):
        return []
    value = re.sub(r"\s+(?:tho|though|lol|haha\w*|ha)$", "", value, flags=F)
    # "my big goal this year is passing the JLPT N2", "end goal is a half marathon": a thing
    if re.match(r"\w+ing\b|(?:a|an|the|my|our)\s", value, F):
        return [_fact(f"Goal is {_my_to_their(value)}", "goal", value, clause)]
    return [_fact(f"Goal is to {_my_to_their(value)}", "goal", value, clause)]

@rule(r"\b(?:mi objetivo|mon objectif|mein ziel|meu objetivo|il mio obiettivo|"
      r"mi meta|mon rêve|mi sueño|mein traum|mój cel|moim celem|mijn doel)\b[^:]*?"
      r"\b(?:es|est|ist(?: es)?|é|è|c'est|to|jest|is)\s*,?"
      r"\s*(?:de |d'|a |di )?(?P<v>.+)$")
def goal_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    return [_fact(f"Goal is to {value}", "goal", value, clause)] if value else []

@rule(r"(?:\bI(?:'d| would)?\s+(?:really\s+|still\s+)?(?:want|plan|hope|intend|aim|love|"
      r"dream)|\bI(?:'d| would)\s+(?:really\s+)?like|"
      r"\b(?:I(?:'m| am)|and I are)\s+(?:really\s+)?(?:hoping|planning|trying|aiming|"
      r"working on|"
      r"determined)|^(?:I'm\s+)?trying|"
      # the subject said once for both: "I'm a data analyst in Gurgaon, want to learn Python"
      r"(?P<same>(?:,\s*(?:and\s+)?|\s+and\s+)(?:really\s+)?(?:want|wanna|hoping|planning|trying|aiming)"
      r"(?=\s+to\b)))\s+(?:to\s+|of\s+|on\s+)?(?P<g>.+)$")
def want_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if m.group("same") and not re.match(r"\s*(?:\w+\W+){0,2}?(?:I|I'm|I am|I've|im)\b",
                                        clause, F):
        return []  # "my sister's a nurse, wants to ...": the subject must be the user
    goal = re.sub(r"^(?:finally|eventually|someday|one day|actually|really)\s+", "",
                  _trim(m.group("g")), flags=F)
    if re.search(r"\blike\s+(?:to\s+)?$", m.group(0)[:m.start("g") - m.start()], F) and \
            not re.match(POLITE_GOALS, goal, F):
        return []  # "I'd like to open a ticket" asks for something now
    if not goal or not (re.match(rf"(?:{GOAL_VERBS})\b", goal, F) or HORIZON.search(clause)):
        return []
    if re.search(r"trying\s+to\s+$", m.group(0)[:m.start("g") - m.start()] + " ", F) and \
            re.match(r"save (?:up )?(?:for|to)\b", goal, F):
        return []  # "trying to save for a house deposit": the saving rule reads it
    if goal.lower() in NEEDS_OBJECT or re.match(
            r"[\w-]+\s+(?:them|it|this|that|those|these|there)\b(?!\s+(?:is|are)\b)", goal, F):
        return []  # "I want to explore them someday": the goal is said elsewhere
    if re.search(r"\bworking on$", m.group(0)[:m.start("g") - m.start()].strip(), F) and \
            goal.split()[0].lower().endswith("ing"):  # "I'm working on becoming healthier"
        return [_fact(f"Is working on {_my_to_their(goal)}", "goal", goal, clause)]
    if re.match(r"(?:learn|learning) (?:how|about|more|what|why)\b|(?:know|ask|make sure)\b",
                goal, F) and not HORIZON.search(clause):
        return []
    return [_fact(f"Wants to {_my_to_their(goal)}", "goal", goal, clause)]

# "I'm learning a ton", "been studying real hard": how much or how hard, not what.
HOW_MUCH = re.compile(r"(?:a (?:ton|lot|bunch|great deal)|lots|tons|loads|heaps|so much|"
                      r"(?:real(?:ly)?|very|super|so|pretty) hard|hard|nonstop|every day|"
                      r"a little|a bit|more|constantly|like crazy)\W*$", F)


@rule(r"(?:\bI(?:'m| am|'ve been| have been)\s+|^(?:been\s+)?|,\s+(?=studying|training|preparing|"
      r"saving)|"
      # a household's saving is the user's too: "me and my partner are saving up for a house"
      r"\b(?:we(?:'re| are|'ve been| have been)|(?:me and my|my) (?:partner|wife|husband|"
      r"fianc[ée]e?|girlfriend|boyfriend|family)(?:\s+(?-i:[A-Z])[a-z]+)?(?: and I)? "
      r"(?:are|have been))\s+"
      r"(?=saving|trying to save))"
      r"(?:currently\s+|slowly\s+|still\s+)?(?:learning|studying|"
      r"training for|preparing for|studying for|working towards|working toward|"
      r"(?:saving|trying to save) (?:up )?(?:for|to))\s+(?P<v>.+)$|"
      r"\b(?:quiero aprender|je veux apprendre) (?P<f>.+)$|"
      r"\bich (?:will|möchte) (?P<d>.+?) lernen\b|"  # "ich will Spanisch lernen", not any wish
      r"\b(?:estoy aprendiendo|j'apprends|ich lerne|estou aprendendo|sto imparando)"
      r"\s+(?P<l>.+)$")
def learning_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v") or m.group("f") or m.group("d") or m.group("l") or "")
    # "estou aprendendo alemão porque vou me mudar": what, not why
    value = re.split(r"\s+(?:porque|porqué|parce que|weil|perché|omdat|ponieważ|bo|eftersom|"
                     r"because|cause|cuz)\b", value, maxsplit=1, flags=F)[0]
    # "saving up for a house deposit for like 2 years now": what, not for how long
    value = re.sub(r"\s+for\s+(?:like\s+|about\s+|around\s+|almost\s+|nearly\s+|over\s+)?"
                   r"(?:\d+|a|an|one|two|three|four|five|six|a few|a couple of|several)\s+"
                   r"(?:years?|yrs?|months?|weeks?)\b.*$|\s+for (?:ages|years|months|a while|"
                   r"forever)\b.*$", "", value, flags=F)
    if not value or PRONOUN_OBJECTS.match(value) or HOW_MUCH.match(value):
        return []
    if not re.match(r"I", m.group(0), F) and re.search(r"\b(?:is|are|was|were)\b",
                                                      m.group("v") or "", F):
        return []  # "Studying openings ... are great ways to improve": a subject, not "I'm"
    if re.search(r"\b(?:this|that) (?:code|bug|function|file|document)\b|\bfor (?:this|my|the|"
                 r"a) (?:report|project|task|assignment|presentation|meeting|email|deck|"
                 r"spreadsheet|interview)\b", value, F) or \
            re.match(r"how to\b", value, F) and not HORIZON.search(clause) or \
            (m.group("f") or m.group("l")) and re.match(USE_HOW, value, F) or \
            not m.group("v") and SOON.search(clause):
        return []  # "quiero aprender a usar Excel" is a task, "am Wochenende" a plan
    verb = re.search(r"learning|studying|training|preparing|working|saving|(?<=trying to )save|"
                     r"aprend|apprend|"
                     r"lerne|impar", clause, F)
    label = {
        "training": "Is training for", "preparing": "Is preparing for",
        "working": "Is working towards", "saving": "Is saving for", "save": "Is saving for",
    }.get(verb.group(0).lower() if verb else "", "Is learning")
    if label == "Is saving for" and re.search(r"\bsaving (?:up )?to\b", clause, F):
        label = "Is saving up to"
    if re.search(r"\bstudying for\b", clause, F):
        label = "Is studying"  # "studying for the bar exam": an exam, not a subject
    return [_fact(f"{label} {_my_to_their(value)}", "goal", value, clause)]


# A wish in another language counts as a goal when its verb is a goal's, as in English:
# "quiero correr mi primer medio maratón este año", "chcę nauczyć się niemieckiego do poziomu
# B1", "je voudrais devenir infirmière" (not "quiero un resumen", "quiero saber si ...").
FOREIGN_GOAL_VERBS = (
    # Verbs a task uses as often ("abrir un archivo", "escribir un correo", "terminar este
    # informe", "hablar con alguien", "starta om datorn") are left out: they are no goal's sign.
    # es / pt
    r"aprender|correr|aprobar|passar|llegar a|chegar a|ser|convertirme en|virar|me tornar|"
    r"tornar-me|emprender|empreender|ahorrar|economizar|juntar dinheiro|bajar de peso|"
    r"perder peso|emagrecer|adelgazar|mudarme|mudar-me|vivir en|morar em|alcanzar|alcançar|"
    r"comprar (?:una casa|un piso|uma casa|um apartamento)|hacer (?:un|una|el|la) "
    r"(?:máster|maestría|doctorado)|fazer (?:um|uma|o|a) (?:mestrado|doutorado)|"
    # fr / it
    r"apprendre|courir|réussir|devenir|économiser|perdre du poids|déménager|atteindre|"
    r"imparare|correre|superare|diventare|risparmiare|dimagrire|trasferirmi|raggiungere|"
    # pl / cs / ro
    r"nauczyć się|przebiec|zdać|zostać|oszczędzić|schudnąć|przeprowadzić się|osiągnąć|"
    r"naučit se|uběhnout|zvládnout|stát se|ušetřit|zhubnout|přestěhovat se|dosáhnout|"
    r"învăț|alerg|devin|economisesc|slăbesc|mă mut|"
    # sv / id
    r"lära mig|springa|klara|bli|spara|gå ner i vikt|"
    r"belajar|lari|lulus|menjadi|jadi|menabung|nabung|pindah ke|mencapai|"
    # climbing a summit, in the languages above
    r"escalar|subir al|gravir|scalare|vylézt na|wejść na|besteigen|bestiga|"
    # hu / fi / sw / tl / vi / ar, whose wish words are below
    r"lefutni|megtanulni|letenni|elvégezni|lefogyni|megmászni|"
    r"oppia|juosta|valmistua|laihduttaa|kiivetä|"
    r"kujifunza|kukimbia|kupanda|kuwa|kufaulu|kuhamia|"
    r"matuto|matutong|tumakbo|maging|pumasa|"
    r"học|chạy|trở thành|đậu|thi đỗ|leo|"
    r"أتعلم|أتعلّم|أصير|أصبح|أنجح|"
    # ru
    r"выучить|научиться|пробежать|сдать|стать|похудеть|переехать|накопить"
)
FOREIGN_WANT = (r"quiero|quisiera|me gustaría|quero|queria|pretendo|gostaria de|je veux|"
                r"je voudrais|j'aimerais|je compte|voglio|vorrei|ho intenzione di|chcę|"
                r"chciałbym|chciałabym|planuję|chci|chtěl bych|chtěla bych|vreau să|aș vrea să|"
                r"jag vill|saya ingin|saya mau|aku ingin|aku mau|aku pengen|pengen|ingin|"
                r"szeretnék|szeretném|haluan|nataka|ninataka|gusto kong|gusto ko|"
                r"(?:mình|tôi|em|tớ) (?:rất )?muốn|أبغى|أبي|أريد أن|أريد|хочу|хотел бы|"
                r"хотела бы|я хочу")
# German and Dutch put the verb last: "ich will dieses Jahr meinen ersten Marathon laufen".
VERB_LAST_GOAL = (r"laufen|schaffen|bestehen|werden|eröffnen|gründen|sparen|abnehmen|"
                  r"erreichen|umziehen|schreiben|leren|lopen|halen|worden|openen|beginnen|"
                  r"afvallen|verhuizen|schrijven")
# Turkish puts the wish after the verb: "yüksek lisans yapmak istiyorum".
TURKISH_GOAL = (r"öğrenmek|koşmak|bitirmek|geçmek|olmak|açmak|kurmak|biriktirmek|vermek|"
                r"taşınmak|ulaşmak|yazmak|yapmak")
# A day or this week named says a plan, not a goal: "quiero correr mañana", "jag vill lära mig
# baka kanelbullar till helgen".
SOON = re.compile(r"\b(?:mañana|amanhã|demain|morgen|domani|jutro|zítra|mâine|imorgon|besok|"
                  r"yarın|hoy|hoje|aujourd'hui|heute|oggi|dzisiaj|dnes|azi|idag|hari ini|"
                  r"bugün|vandaag|(?:till|i|na|w|ce|este|am|questo|dit|o|în|au) ?(?:helgen|"
                  r"weekend|week-end|wochenende|fin de semana|fim de semana|víkendu|"
                  r"hafta sonu|akhir pekan)|esta semana|la semana que viene|cette semaine|"
                  r"la semaine prochaine|diese woche|nächste woche|questa settimana|"
                  r"la prossima settimana|w tym tygodniu|w przyszłym tygodniu|denna vecka|"
                  r"nästa vecka|deze week|volgende week|bu hafta|minggu ini|tento týden|"
                  r"săptămâna asta|próxima semana)\b", F)
# A task's "learn to use this" is a one-off request, in any language.
USE_HOW = (r"(?:a |à |ad? |jak |cara |hur )?(?:usar|utiliser|usare|używać|používat|"
           r"menggunakan|använda|cómo|como|comment|come|jak|cara|hur|wie)\b")
HOW_TO = re.compile(r"^(?:aprender|apprendre|imparare|nauczyć się|naučit se|belajar|lära mig|"
                    rf"lernen|học|oppia|kujifunza|matuto|megtanulni)\s+(?:{USE_HOW}|cách\b|"
                    r"miten\b|jinsi\b|paano\b|hogyan\b)", F)


@rule(rf"\b(?:{FOREIGN_WANT})\s+(?:(?:mucho|muito|vraiment|davvero|bardzo|really)\s+)?"
      # a horizon between the wish and its verb: "хочу к лету выучить немецкий"
      rf"(?:(?:к|до)\s+\w+\s+|в этом году\s+|в следующем году\s+)?"
      rf"(?P<v>(?:{FOREIGN_GOAL_VERBS})\b.+)$|"
      rf"\b(?:ich|ik)\s+(?:will|möchte|wil|zou graag)\s+(?P<d>.+?\s+(?:{VERB_LAST_GOAL}))\b|"
      rf"(?P<t>\S+(?:\s+\S+){{0,4}}?\s+(?:{TURKISH_GOAL}))\s+istiyorum\b")
def goal_foreign_want_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v") or m.group("d") or m.group("t"))
    # Arabic script ends a clause with its own comma and question mark, or goes on with
    # "because" ("أبغى أتعلم Python عشان أحلل ..."): the goal is what comes before.
    value = re.split(r"\s*(?:[،؟]|\b(?:عشان|لأن|علشان)\b)", value)[0]
    if not value or SOON.search(clause) or HOW_TO.match(value) or \
            re.match(r"(?:quiero aprender|je veux apprendre)\b", m.group(0), F):
        return []  # (the learning rule reads those two)
    return [_fact(f"Wants to {value}", "goal", value, clause)]


# Training or preparing for something, in another language: "ik train voor de Dam tot
# Damloop", "je prépare le CRFPA pour septembre", "przygotowuję się do matury".
@rule(r"\b(?:me estoy preparando para|estoy preparando|me preparo para|entreno para|"
      r"estoy entrenando para|estou me preparando para|estou a preparar|treino para|"
      r"(?:estou|tô|to|tou) treinando (?:para|pra)|treino pra|je prépare|je me prépare (?:pour|à)|"
      # "to estudando pra passar na OAB", "estudio para aprobar el MIR": the exam to pass
      r"(?:(?:estou|tô|to|tou) )?estudando (?:para|pra) passar (?:na|no|em)|"
      r"estudio para (?:aprobar|pasar) (?:el|la)|"
      r"je m'entraîne pour|"
      r"sto preparando|mi sto preparando per|mi preparo per|mi alleno per|"
      r"ich trainiere für|ich bereite mich auf|ik train voor|ik bereid me voor op|"
      r"przygotowuję się do|trenuję do|jag tränar (?:för|inför)|jag pluggar (?:till|inför)|"
      r"připravuju se na|připravuji se na|trénuju na|mă pregătesc pentru|"
      r"(?:saya |aku )?(?:sedang |lagi )?(?:persiapan|latihan untuk)|"
      r"(?:đang )?(?:luyện thi|ôn thi)|(?:ni|na)jiandaa kwa|készülök|valmistaudun)"
      r"\s+(?P<v>.+)$")
def preparing_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    if not value or SOON.search(clause) or PRONOUN_OBJECTS.match(value):
        return []
    verb = m.group(0)[:m.start("v") - m.start()].lower()
    label = "Is training for" if re.search(r"entren|trein|entraîne|allen|train|trénuj|tren|"
                                           r"latihan", verb) else "Is preparing for"
    if re.search(r"estud", verb):
        label = "Is studying to pass"
    return [_fact(f"{label} {value}", "goal", value, clause)]
