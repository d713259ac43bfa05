"""Rules for where the user lives now and where they are from.

Where someone lives changes the right answer (weather, prices, local services), so it is a
superseding ``location`` slot, kept apart from a ``hometown`` that never moves.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _lives, _place, _works_at
from agent.memory.extractors.rules.patterns import NAME, PROPER, F
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.gazetteer import population

RULES: list[Rule] = []
rule = registrar(RULES)


JOB_TALK = re.compile(r"\bmy (?:hours|shifts?|job|role|team|boss|manager|salary|contract|"
                      r"colleagues|coworkers|commute to work)\b|\b(?:hired|onboarding|"
                      r"new job|the job)\b", F)


# "I've lived in Phoenix my whole life": the home still, not a past one
WHOLE_LIFE = re.compile(r"\s+(?:for\s+)?(?:(?:my|all my|my entire|our)\s+(?:whole\s+)?"
                        r"(?:life|lives)|"
                        r"all my life)\b.*$", F)


@rule(rf"^lived in (?P<v>{PROPER}) (?:my|all my|my entire) (?:whole )?life\b")
def whole_life_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"Lived in Phoenix my whole life and ...": the "I" dropped, the home still."""
    return _lives(m.group("v"), clause)


# A new home said in passing: "now that I'm in Denver my sourdough ...", "writing from the new
# flat in Valletta", "since we're in Lyon now". A stay says what it is for ("now that I'm in
# Rome for the conference", "on holiday"), and then it is no home (the policy's TEMPORARY).
@rule(rf"\b(?:now that|since|now)\s+(?:I'm|I am|we're|we are|I live|we live|I'm living|"
      rf"we're living|I'm based|we're based)\s+(?:here\s+)?in\s+(?P<v>{PROPER})|"
      rf"\b(?:my|our|the)\s+new\s+(?:flat|apartment|house|place|home|condo|digs)\s+"
      rf"(?:here\s+)?in\s+(?P<w>{PROPER})")
def new_home_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if STAY.search(clause[m.end():]):
        return []
    return [c.with_(change=True) for c in _lives(m.group("v") or m.group("w"), clause)]


STAY = re.compile(r"^[^.;!?]{0,40}?\b(?:for (?:a|the|this|my|our|two|three|\d+) "
                  r"(?:few |couple of )?(?:conference|trip|week|weeks|weekend|days?|months?|"
                  r"holidays?|vacation|visit|work|job|course|semester|summer|wedding)|"
                  r"on (?:holiday|vacation|a trip|business)|visiting|till|until)\b", F)


@rule(r"(?:\b(?:I|we)(?:'ve| have)? (?:\w+ly |just |now |still )?(?:live|lived|living|"
      r"livin|reside|moved|relocated)|\b(?:I'm|I am|we're|we are) (?:\w+ly |now |still )?"
      r"(?:living|livin|based|settled)|^(?:currently |now |finally )?(?:living|based|settled)|"
      r"(?:^|:\s*)(?:(?:just|recently|finally|have|'ve)\s+)*(?:moved|relocated)"
      r"(?:\s+(?:my|our) (?:whole |entire )?(?:life|family|stuff|lives))?|"
      r"^(?:I|I'm|I am|I've)\b[^,]*,\s*(?:(?:just|recently|finally)\s+)*(?:moved|relocated)|"
      # "I'm Megan, vegetarian for 10 years, live in Swansea": the "I" said once for all
      r"^(?:I'm|I am)\b[^.;!?]*?,\s*(?:and\s+)?(?:live|living|based)|"
      r"\bhome is|\bmy home is|"
      r"\bmy city is|\bwe(?:'re| are) (?:a |an )?(?:[\w-]+\s+){0,3}?(?:family|couple|"
      r"household)(?:\s+of\s+\w+)?)(?:\s+(?:back|up|down|over|across|out))?\s+"
      r"(?P<p>to|in|at|into|out of|near)\s+"
      r"(?P<v>[\w'. -]+)")
def location_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    # "I basically live at the gym" is a figure of speech; an adverb after the place ("I
    # live in Bergen so it rains basically every day") is about something else.
    head = clause[m.start():m.end("v") if m.group("v") else m.end()]
    head = re.split(r"\s+(?:so|and|but|where|which)\s+", head, maxsplit=1)[0]
    if re.search(r"\ball (?:day|the time)\b|\bbasically\b|\bpractically\b", head, F):
        return []
    if re.match(r"(?:I|we) lived\b", m.group(0), F) and not WHOLE_LIFE.search(m.group("v")):
        return []  # "we lived in a caravan in Wales when I was a kid": a past home
    if m.group("p").lower() == "out of" and re.search(r"\b(?:moved|relocated)\b", m.group(0), F):
        return []  # "we moved out of London": where they left ("based out of Leeds" is home)
    value = _place(WHOLE_LIFE.sub("", m.group("v"))) if m.group("p").lower() != "near" else ""
    if re.match(r"with\b", m.group("v"), F):
        # "Moved in with my partner in Ghent": the town after the person, if one is said
        town = re.search(rf"\b(?:in|to)\s+(?P<p>{PROPER})", m.group("v"))
        value = _place(town.group("p")) if town else ""
    if not value and re.search(r"\bliv|\bresid", m.group(0), F):
        # "we live in a tiny flat in Paris", "I live near the Wadden Sea in Friesland": the
        # town the home is in.
        inside = DWELLING_IN.match(m.group("v"))
        value = _place(inside.group("p")) if inside else ""
    if not value:
        return []
    moved = re.search(r"\b(?:moved|relocated)\b", m.group(0), F)
    if moved and JOB_TALK.search(clause) and population(value) is None:
        # "since I moved over to Reckitt in March my hours are way more predictable": a move
        # to a name no town list knows, said with work, is a move to a firm
        return [c.with_(change=True) for c in _works_at(value, clause)]
    fact = _fact(f"Lives in {value}", "location", value, clause, "location")
    # A move said in so many words is a change ("Settled in Hamburg finally!"), which the
    # clause classifier, having seen few, does not judge (see ``Candidate.change``).
    moved = re.search(r"\b(?:moved|relocated|settled)\b", m.group(0), F)
    return [fact.with_(change=True) if moved else fact]


# "pracuję zdalnie z Lublina", "trabajo en remoto desde Valencia", "je bosse en télétravail
# depuis Nantes", "ich arbeite remote aus Leipzig": where the user works remotely from is home.
@rule(rf"\b(?:pracuję zdalnie z|trabajo (?:en remoto|a distancia|desde casa) (?:desde|en)|"
      rf"(?:je travaille|je bosse) (?:à distance|en télétravail|en remote) (?:depuis|de|à)|"
      rf"(?:ich )?arbeite (?:remote|von zu hause|im homeoffice) (?:aus|in)|"
      rf"lavoro (?:da remoto|in smart working) da|trabalho (?:remoto|remotamente|de casa) "
      rf"(?:de|desde|em)|ik werk (?:op afstand|remote|thuis) (?:vanuit|in)|"
      rf"jobbar (?:på distans|remote|hemifrån) (?:från|i))\s+(?P<v>{PROPER})")
def remote_from_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _lives(m.group("v"), clause)


# Hindi in Latin letters puts the verb last: "Indore mein hi rehta hoon", "main Pune me
# rehti hu" (I live in Indore / Pune).
@rule(rf"(?P<v>{PROPER})\s+(?:mein|me|mai)\s+(?:hi\s+|abhi\s+)?(?:rehta|rehti|rehte|rahta|"
      rf"rahti)\s+(?:hoon|hun|hu|hai|hain)\b")
def hinglish_home_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _lives(m.group("v"), clause)


# "our apartment in Tacoma gets zero sun", "my flat in Leith is tiny": the user's dwelling
# in a town is their home (not an old, a holiday or a second one).
@rule(rf"\b(?:my|our) (?!(?:old|former|previous|last|holiday|summer|vacation|beach|second|"
      rf"parents'?|future|dream)\b)(?:(?:new|little|tiny|small|rented|shared|current)\s+)?"
      rf"(?P<d>apartment|flat|house|home|condo|studio|bungalow|cottage|townhouse|duplex|"
      rf"place)\s+(?:here\s+)?in\s+(?P<v>{PROPER})")
def dwelling_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if re.search(r"\b(?:used to|had|was|were|sold|left|rent out|renting out)\b", clause, F):
        return []  # "the house we had in Leeds", "we're renting out our flat in Porto"
    if m.group("d").lower() == "place" and population(m.group("v")) is None:
        return []  # "my place in the Top 10": only a known town makes "our place" a home
    return _lives(m.group("v"), clause)


DWELLING_IN = re.compile(rf"(?:(?:a|an|the|our|my)\s+(?:[a-z-]+\s+){{0,3}}?|"
                         rf"(?:the\s+)?(?:{PROPER})\s+)in\s+(?P<p>{PROPER})")

# "vivimos en Valencia", "on habite à Nantes", "wir leben in Zürich", "mieszkam w Krakowie",
# "aku tinggal di Bandung", "nos instalamos en Bilbao", "przeprowadziłam się do Poznania":
# "I / we live in" and "moved to" in other languages, the place read by its capitals (what
# follows it is often the next clause, which the splitter does not cut in every language).
FOREIGN_HOME = (
    r"viv(?:o|imos) en|resid(?:o|imos) en|(?:estamos|estoy) instalad[oa]s? en|"
    r"nos (?:instalamos|mudamos) a|me (?:instalé|mudé) a|"
    r"(?:on|j') ?habite (?:à|a|en|au)|nous habitons (?:à|a|en|au)|(?:on|je) vi[st] (?:à|a|en)|"
    r"(?:on a|j'ai|nous avons) déménagé (?:à|a|en|au)|(?:on s'est|je me suis) installée?s? à|"
    r"(?:ich |wir )?(?:wohne|wohnen|wohn|lebe|leben)(?: (?:seit|schon seit) \w+(?: \w+)?| jetzt|"
    r" nun| mittlerweile| inzwischen| aber| eigentlich| selbst| privat)? in|"
    r"je viens de déménager (?:à|a)|(?:j'habite|on habite) depuis \w+(?: \w+)? (?:à|a|en)|"
    r"viv(?:o|imos) desde hace \w+(?: \w+)? en|(?:ik |we )?(?:woon|wonen) al \w+(?: \w+)? in|"
    r"(?:moro|moramos|vivo|vivemos|a gente mora|a gente vive) (?:em|no|na)|"
    r"(?:tô|to|estou|estamos|tamo|tamos) (?:morando|vivendo) (?:em|no|na)|"
    r"(?:me mudei|nos mudamos|mudámo-nos|"
    r"mudei-me|mudamos|mudei) (?:para|pra|pro)|"
    r"(?:abito|abitiamo|vivo|viviamo) (?:a|in)|(?:mi sono|ci siamo) trasferit[oaie] (?:a|in)|"
    r"(?:ik |we |wij )?(?:woon|wonen)(?: nu| tegenwoordig| inmiddels)? in|"
    # "ik ben vorige maand verhuisd naar", "przeprowadziłem się w zeszłym tygodniu do": when
    r"(?:ik ben|we zijn|wij zijn) (?:\w+ ){0,3}?verhuisd naar|"
    r"mieszka(?:m|my) w|przeprowadzi(?:łem|łam|liśmy|łyśmy) się (?:\w+ ){0,3}?do|"
    r"(?:jag|vi|jeg|och|og) bor i|(?:(?<=^)|(?<=, ))bor i|(?:jag|vi) flyttade till|"
    r"(?:jeg|vi) (?:flyttet|flyttede) til|"
    r"bydlí(?:m|me) v|žij(?:u|eme) v|přestěhoval[a]? (?:jsem|jsme) se do|"
    r"locui(?:esc|m) (?:în|in)|(?:m-am|ne-am) mutat (?:în|in|la)|"
    r"(?:aku|saya|kami|kita|gue|gw) (?:\w+ )?(?:tinggal (?:di|kat)|duduk (?:di|kat)|pindah ke)|"
    # Malay drops the subject and says "kat" for "di": "duduk Kuala Lumpur", "dah pindah ke"
    r"(?:(?<=^)|(?<=, )|(?<=: ))(?:tinggal (?:di|kat)|duduk(?: di| kat)?|"
    r"(?:dah|sudah|baru) pindah ke|"
    r"(?:đang )?sống (?:ở|tại))|"
    r"pour s'installer à|(?:on|nous) (?:est|sommes) installés à|"
    r"(?:ako|ko|kami) (?:ay )?nakatira sa|nakatira (?:ako|kami) sa|"
    r"(?:mình|tôi|em|anh|chị|tớ|chúng tôi) (?:\w+ )?sống (?:ở|tại)|"
    r"(?:bin|sind) (?:\w+ )?nach|visc a|vivim a")
# The same where the place comes before the verb: "nach Leipzig gezogen", "İzmir'de
# yaşıyorum", "İstanbul'a taşındık", "Pune mein rehta hoon".
FOREIGN_HOME_AFTER = (r"\s+(?:gezogen|umgezogen|verhuisd)\b|['’](?:de|da|te|ta) (?:yaşıyorum|"
                      r"yaşıyoruz|oturuyorum|oturuyoruz)\b|['’](?:a|e|ya|ye) taşındı(?:m|k)\b|"
                      # "Bursa'ya taşındığımızdan beri": since we moved to Bursa
                      r"['’](?:a|e|ya|ye) taşındığı(?:m|mız)dan beri\b|"
                      r"\s+(?:mein|me) (?:rehta|rehti|rehte) (?:hoon|hu|hun|hain)\b|"
                      # the verb last after "seit ich in" / "sinds ik in": "seit ich in
                      # Leipzig wohne", "sinds ik in Utrecht woon" (first person only)
                      r"\s+(?:wohne|lebe)\b(?=[,.;!?]|\s+(?:esse|bin|habe|arbeite)\b)|"
                      r"\s+woon\b(?=[,.;!?]|\s+(?:ben|heb|werk|eet)\b)")


# Typed without capitals or the apostrophe: "izmirde yaşıyorum" (İzmir'de), not a kind of
# place ("köyde yaşıyorum": in a village).
@rule(r"(?:^|(?<=\s))(?P<v>[a-zçğıöşü]{3,}?)(?:de|da|te|ta)\s+(?:yaşıyorum|yaşıyoruz|"
      r"oturuyorum|oturuyoruz)\b")
def turkish_home_lower_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if m.group("v") in TURKISH_PLACE_KINDS:
        return []
    return _lives(m.group("v").capitalize(), clause)


TURKISH_PLACE_KINDS = frozenset("ev köy şehir apartman yurt site merkez kasaba mahalle ilçe "
                                "sahil dağ yurtdışı bura ora şura".split())


# The home named after the dwelling: "estamos instalados en el piso nuevo en Bilbao".
FOREIGN_DWELLING = (r"(?:(?:el|la|un|una|nuestro|nuestra|mi|le|notre|mon|ma|o|um|uma|nosso|"
                    r"nossa|il|nostro|nostra|een|ons|onze|unsere?m?|einer?m?)\s+(?:[\w-]+\s+)"
                    r"{0,3}?(?:en|à|em|no|na|a|in)\s+)?")


@rule(rf"\b(?:{FOREIGN_HOME})\s+{FOREIGN_DWELLING}(?P<v>{PROPER})|"
      rf"(?P<w>{PROPER})(?=(?:{FOREIGN_HOME_AFTER}))")
def foreign_home_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if m.group("w"):  # Hinglish "Main Pune mein rehta hoon": "main" / "hum" is "I" / "we"
        # ... and Turkish "Artık" / "Şimdi" ("now") open the sentence before the place
        place = re.sub(r"^(?:Main|Mai|Hum|Ham|Artık|Şimdi|Halen|Hâlâ|Hala)\s+(?=\S)", "",
                       m.group("w"))
        # "İstanbul'da Kadıköy'de oturuyorum": the last, nearest place is the home
        return _lives(re.split(r"['’](?:da|de|ta|te)\s+", place)[-1], clause)
    return _lives(m.group("v"), clause)


# A move from one place to another in the languages the rules read: "Vi har flyttat från
# Malmö till Göteborg", "Mình mới chuyển từ Hà Nội vào Sài Gòn", "Lumipat na kami from Cavite
# to Cebu", "nos mudamos de Lima a Cusco": the move's word, then "from X to Y".
MOVE_WORD = (r"flyttat|flyttade|flyttet|flyttede|verhuisd|umgezogen|gezogen|déménagé|"
             r"mudamos|mudé|mudei|mudámos|trasferit[oaie]|przeprowadzi\w+|přestěhoval\w*|"
             r"mutat|pindah|chuyển|lumipat|taşındı\w*|hamia|tumehamia|nimehamia")
FROM_TO = (rf"\b(?:{MOVE_WORD})\b(?:\s+[\w-]+){{0,3}}?\s+(?:från|fra|van|von|de|da|dal|z|ze|"
           rf"din|dari|từ|from|mula sa|kutoka)\s+{PROPER}\s+(?:till|til|naar|nach|a|à|para|"
           rf"pra|in|do|în|la|ke|vào|ra|đến|to|sa|hadi)\s+(?P<v>{PROPER})")
# Who moved: a participle does not say ("meine Schwester ist ... gezogen"), so the clause must
# name the user or their household, or use a first-person form of the verb.
MOVER = re.compile(r"\b(?:I|we|jag|vi|jeg|ich|wir|ik|wij|je|j'|on|nous|io|ci|sono|siamo|eu|nós|"
                   r"nos|me|mudé|mudei|mudámos|aku|saya|kami|kita|gue|mình|tôi|em|ako|kami|"
                   r"ben|biz|taşındım|taşındık|nimehamia|tumehamia|jsem|jsme|m-am|ne-am|"
                   r"przeprowadziłe[mś]|przeprowadziłam|przeprowadziliśmy)\b", re.I)


@rule(FROM_TO)
def moved_from_to_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if not MOVER.search(clause):
        return []
    return [c.with_(change=True) for c in _lives(m.group("v"), clause)]


# Where the user is said in passing: "here in Houston it's been over 100", "I'm a paramedic
# out in rural Montana", "we're over in Leeds" (a trip says so: the policy reads its words).
@rule(rf"(?:\bhere|\b(?:I'm|I am|im|we're|we are|us|me)\s+(?:\w+\s+){{0,4}}?(?:over|out|up|down))"
      rf"\s+in\s+(?:(?:rural|downtown|central|north(?:ern)?|south(?:ern)?|east(?:ern)?|"
      rf"west(?:ern)?|upstate)\s+)?(?P<v>{PROPER})|"
      # "here in" in other languages ("aquí en Guadalajara", "qui a Bologna")
      rf"\b(?:aquí|aqui|acá|cá|ici|qui|hier|tutaj|burada)\s+(?:en|em|à|a|in|w)\s+"
      rf"(?P<f>{PROPER})")
def here_in_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _lives(m.group("v") or m.group("f"), clause)

@rule(rf"\b(?:my )?home(?: for (?:me|us))? is (?:now )?(?:in )?(?P<v>{PROPER})")
def home_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _lives(m.group("v"), clause)

@rule(rf"(?P<v>{PROPER})\s*(?:\(|,|—|–|\s-)\s*(?:which is |that's )?where (?:I|we) "
      rf"(?:live|(?:'m|am|'re|are) based)\b(?!\s+(?:until|till|before|when)\b)|"
      # "di Bandung tempat saya tinggal", "en Sevilla, donde vivo", "à Lyon, où j'habite"
      rf"\b(?:di|en|à|a|em|no|na|in|w|i)\s+(?P<w>{NAME}(?:\s+{NAME})?)\s*(?:\(|,)?\s*"
      rf"(?:tempat (?:saya|aku|gue|kami|kita) tinggal|"
      rf"donde (?:vivo|vivimos)|où (?:j'habite|je vis|nous vivons|on habite|on vit)|"
      rf"onde (?:eu )?(?:moro|moramos|vivo)|wo (?:ich wohne|wir wohnen|ich lebe)|"
      rf"dove (?:abito|vivo|abitiamo)|waar (?:ik woon|wij wonen|we wonen)|"
      rf"gdzie mieszkam|där jag bor)\b")
def where_i_live_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"flying out from Toronto (where I live)", "Leeds, where we live, has ..."."""
    return _lives(m.group("v") or m.group("w"), clause)

# "I'm in Nairobi full-time", "nah we're in San Antonio now", "I'm in Galway since March":
# where the user is for good (not "since Monday": a stay).
@rule(rf"\b(?:I'm|I am|we're|we are) (?:now |currently )?in (?P<v>{PROPER})(?=\s+(?:now|"
      rf"these days|nowadays|full-time|full time|for good|permanently|since (?:January|February|"
      rf"March|April|May|June|July|August|September|October|November|December|\d{{4}}|"
      rf"last (?:year|spring|summer|autumn|fall|winter)|the move|we moved|I moved))\b)")
def now_in_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _lives(m.group("v"), clause)

@rule(r"(?:\b(?:I'm|I am) (?:originally )?from|\bI come from|^(?:I )?grew up in|"
      r"^originally from|\bsoy de|\bje viens de|\bich komme aus|\bsou de|"
      r"\b(?:sono di|je suis de|ik kom uit|jestem z)(?=\s+(?-i:[A-ZÀ-Ý])))\s+(?P<v>[\w'. -]+)")
def hometown_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if m.group(0).lower().startswith("je viens") and m.group("v")[:1].islower():
        return []  # "je viens de finir une garde": "I just did", not "I come from"
    # "sono di Lecce e vorrei ...": the town, up to "and" or "but" in the user's language
    raw = re.split(r"\s+(?:e|y|et|und|en|i|ma|pero|mais|aber|maar|ale|mas)\s+", m.group("v"),
                   maxsplit=1)[0]
    if re.match(r"sono di|je suis de|ik kom uit|jestem z", m.group(0), F) and \
            not population(_place(raw)):
        return []  # "sono di turno": only a town any list knows, "sono di Bari"
    value = _place(raw)
    if not value:
        return []
    return [_fact(f"Is from {value}", "personal", value, clause, "hometown")]


# A verb of living right before a place: "I actually live in Worthing", "wohne aber in
# Potsdam", "moro em Taguatinga", "Indore mein hi rehta hoon" (the verb after it).
LIVE_VERB = re.compile(r"\b(?:live[sd]?|living|reside[sd]?|wohnen?|wohn|lebe|leben|moro|moramos|"
                       r"viv[oe]|vivimos|vivemos|habite|habitons|mieszkam|mieszkamy|woon|wonen|"
                       r"abito|abitiamo|tinggal|bor|asuu|yaşıyorum)\b", F)
LIVE_AFTER = re.compile(r"^\W{0,3}(?:\w+\s+){0,2}?(?:rehta|rehti|rehte|rahta|rahti)\b", F)


def one_home(found: list[Candidate], message: str) -> list[Candidate]:
    """Of two homes read in one message, the one said with a verb of living: "at American
    Express in Brighton but I actually live in Worthing" works in one town and lives in the
    other (the town a job is in is the home only when no other is said)."""
    homes = [c for c in found if c.op == "add" and c.attribute == "location"]
    if len({c.value.casefold() for c in homes}) < 2:
        return found
    mended = _mended_to(homes, message)
    if mended is not None:
        return [c for c in found if c not in homes or c.value == mended.value]
    lived = [c for c in homes if _lived_in(c.value, message)]
    if not lived:
        return found
    return [c for c in found if c not in homes or c in lived]


# The user mending what they just said: "Ik woon in Utrecht – o wacht, sorry, we zijn naar
# Amersfoort verhuisd", "I live in Leeds, sorry, I mean York".
MENDING = re.compile(r"\b(?:sorry|oops|I mean|I meant|o wacht|oh wacht|pardon|perdón|perdon|"
                     r"quiero decir|je veux dire|ich meine|anzi|scusa|desculpa|quer dizer|"
                     r"przepraszam)\b", F)


def _mended_to(homes: list[Candidate], message: str) -> Candidate | None:
    """The last of two homes when the user mends the first between them."""
    placed = sorted((message.casefold().find(c.value.casefold()), i) for i, c in enumerate(homes))
    placed = [(at, i) for at, i in placed if at >= 0]
    if len(placed) < 2:
        return None
    (first, _), (last, i) = placed[-2], placed[-1]
    return homes[i] if MENDING.search(message, first, last) else None


def _lived_in(value: str, message: str) -> bool:
    """A verb of living among the four words before the place, or right after it."""
    at = message.casefold().find(value.casefold())
    if at < 0:
        return False
    before = " ".join(message[max(0, at - 40):at].split()[-4:])
    return bool(LIVE_VERB.search(before) or LIVE_AFTER.match(message[at + len(value):]))
