"""Rules for a change said in one breath: moved from X to Y, left X for Y, renamed the pet.

They run on whole sentences, before the clause rules: the clause splitter would cut "I quit
Siemens in May and now I'm at Bosch" in two, leaving a retraction and a clause ("now I'm at
Bosch") that alone says nothing. The new value supersedes through its slot (location,
employer); a pet has no slot, so a rename also retracts the pet under its old name.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules import job_changes
from agent.memory.extractors.rules.builders import (
    _cap,
    _fact,
    _lives,
    _name,
    _retraction,
    _role,
    _surname,
    _works_at,
)
from agent.memory.extractors.rules.patterns import NAME, PROPER, F
from agent.memory.extractors.rules.statement_rules import family_news
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.gazetteer import population
from agent.memory.lexicon import (
    COMMON_WORDS,
    DOG_BREEDS,
    FAMILY,
    KIN_ENGLISH,
    KIN_FOREIGN,
    OTHER_PEOPLE,
    PARTNER_WORDS,
    PETS,
)
from agent.memory.phrasing import article

RULES: list[Rule] = []
PET_KINDS = frozenset({"dog", "cat", "rabbit", "horse", "parrot", "hamster"})
rule = registrar(RULES)


@rule(rf"\b(?:moved|relocated|moving|relocating)\b[^.?!]{{0,30}}?\b(?:from|out of)\s+"
      rf"(?:{PROPER})\s+(?:to|over to|and (?:in)?to)\s+(?P<v>{PROPER})|"
      # "my sister moved to Oslo, and we finally moved too — Bergen!"
      rf"\b(?:moved|relocated)(?:\s+(?:too|as well|house|at last))?\s*[—–:-]+\s*"
      rf"(?P<w>{PROPER})(?=\s*(?:$|[!.,;]|\s+(?:now|at last|finally)\b))")
def moved_from_to_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if not _by_user(clause[:m.start()]):
        return []
    # the user's own part of the sentence: "my sister moved to Oslo and we moved too — Bergen"
    cut = [sep.end() for sep in re.finditer(r"[,;]|\band\b", clause[:m.start()])]
    return _lives(m.group("v") or m.group("w"), clause[cut[-1] if cut else 0:].strip())


def _by_user(before: str) -> bool:
    """The change is the user's: "we finally relocated ...", "Guess what, I moved ...", or
    no subject at all ("moved from Leeds to York last spring"), not "the company moved"."""
    return not before.strip(" ,!:-") or bool(re.search(r"\b(?:I|we)\b[^,.;]*$", before, F))


# "on a déménagé de Lyon à Bordeaux", "von Köln nach Leipzig gezogen", "ci siamo trasferiti
# da Milano a Torino", "mudámo-nos do Porto para Lisboa": from X to Y beside a verb of moving,
# wherever the language puts the verb.
FOREIGN_MOVE = re.compile(r"\b(?:déménag|demenag|mud[aáeé]|trasferit|trasloca|gezogen|umgezogen|"
                          r"verhuisd|przeprowadzi|flyttade|flyttet|flyttede|pindah|taşın|"
                          r"mutat|přestěhoval|nos fuimos|nos vinimos)", F)


@rule(rf"\b(?:de|du|desde|von|vom|aus|do|da|dal|dalla|van|uit|z|ze|från|fra|dari|din)\s+"
      rf"(?:{PROPER})\s+(?:à|a|au|en|nach|para|pra|naar|do|till|til|ke|la|în|in|to)\s+"
      rf"(?:(?:o|a|os|as|le|la|les|el|il|lo|het|de|den)\s+)?(?P<v>{PROPER})")
def foreign_moved_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _lives(m.group("v"), clause) if FOREIGN_MOVE.search(clause) else []


# The one who quit is named before the verb, and is not the user: "Elena just quit the
# pharmacy and started at Amazon", "my sister left Deloitte".
SOMEONE_ELSE_DID = re.compile(rf"(?:^|[,;]\s*|\b(?:and|but|so)\s+)(?:(?!I\b){NAME}|he|she|they|"
                              rf"(?:my|our) (?:\w+ )?(?:{OTHER_PEOPLE}))\s+"
                              rf"(?:(?:just|finally|has|had|recently|actually)\s+)*$", F)


@rule(rf"(?:\b(?:quit|left|leaving|resigned from)\s+|\b(?:not|no longer) (?:at|with)\s+)"
      rf"(?P<o>{PROPER}|[a-z][\w&'-]+)\b"
      rf"[^.?!]{{0,60}}?"
      rf"(?:\b(?:now (?:I'm|I am) (?:at|with)|(?:I've |I have |I )?(?:joined|started at)|"
      rf"now (?:work|working) (?:at|for)|(?:I'm|I am|im)(?: now)? (?:at|with)|"
      rf"(?:went|switched|jumped ship) (?:over )?to)|"
      rf"(?<=,)\s*now (?:at|with)|"
      # "left Barclays, I'm now a senior data analyst at AstraZeneca"
      rf"(?:I'm|I am|im) now (?:a|an) (?P<t>(?:[\w-]+\s+){{0,3}}?[\w-]+) (?:at|with|for))\s+"
      rf"(?P<v>{PROPER}|[a-z][\w&'-]+)(?P<as>\s+as\s+(?:a|an)\s+[\w -]+)?")
def left_for_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"I quit Siemens in May and now I'm at Bosch", "left Deloitte in march, I'm at Monzo
    now", "not at Google anymore, I'm at Stripe now", "I'm no longer at Amazon, started at
    Stripe on monday"."""
    if m.group("o").lower() in COMMON_WORDS or SOMEONE_ELSE_DID.search(clause[:m.start()]):
        return []  # "left work early and started at the gym" names no employer
    found = _works_at(m.group("v"), clause)  # "left siemens btw, started at bosch on monday"
    title = m.group("t") or re.sub(r"^\s+as\s+(?:a|an)\s+", "", m.group("as") or "")
    return found + (_role(title, "", clause) if found and title else [])  # "... as a test engineer"


@rule(rf"\b(?:sa[ií] d[ao]|deixei [ao]|dej[eé]|me fui de|j'ai quitté|ho lasciato|lasciato|"
      rf"odszedłem z|odeszłam z|ya no (?:estoy|trabajo) en|já não (?:estou|trabalho) n[ao]|"
      rf"je ne suis plus chez|non (?:sono|lavoro) più (?:in|da|per))\s+(?P<o>{PROPER})\b"
      rf"[^.?!]{{0,60}}?"
      rf"\b(?:(?:agora|ahora|maintenant|ora|teraz|od \w+)\s+)?"
      rf"(?:(?:tô|to|estou|trabalho) (?:na|no)|(?:estoy|trabajo) en|"
      rf"je (?:suis|bosse|travaille) chez|(?:sono|lavoro) (?:in|da|per)|"
      rf"(?:jestem|pracuję) w|"
      # "dejé Inditex ... y el lunes empiezo en Mango": where the user starts next
      rf"(?:empiezo|empecé|comienzo|entro) (?:a trabajar )?en|(?:começo|comecei|entro) (?:na|no)|"
      rf"je commence chez|(?:inizio|comincio) (?:da|in|a lavorare da)|zaczynam w)\s+"
      rf"(?P<v>{PROPER}|[a-z]+[A-Z][\w&'-]*)")
def left_for_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"saí da Ambev e agora tô na Natura", "dejé Telefónica y ahora trabajo en BBVA"."""
    return _works_at(m.group("v"), clause)


# A new job said as its start, in the other languages: "je viens de commencer chez
# Decathlon", "j'ai rejoint Doctolib", "hab bei Bosch angefangen", "comecei na Natura",
# "ho iniziato da Luxottica", "ik ben begonnen bij Coolblue", "zaczęłam pracę w Allegro".
@rule(rf"\b(?:je viens de commencer (?:à travailler )?chez|j'ai commencé (?:à travailler )?chez|"
      rf"je commence chez|j'ai rejoint|j'ai intégré|comecei (?:a trabalhar )?(?:na|no)|"
      rf"entrei (?:na|no)|empecé (?:a trabajar )?en|he empezado (?:a trabajar )?en|"
      rf"entré (?:a trabajar )?en|ho (?:appena )?iniziato (?:a lavorare )?(?:da|in|alla|al|presso)|"
      rf"ik ben (?:net |pas )?(?:begonnen|gestart) bij|zacząłe[mś] pracę w|zaczęłam pracę w)\s+"
      rf"(?P<v>{PROPER})|"
      rf"\b(?:ich\s+)?(?:habe|hab)\s+(?:\w+\s+){{0,2}}?bei\s+(?P<d>{PROPER})\s+angefangen\b")
def started_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _works_at(m.group("v") or m.group("d"), clause)


# German says where first: "bei Siemens hab ich gekündigt, ab Montag bin ich bei Schaeffler"
@rule(rf"\bbei\s+(?P<o>{PROPER})\s+(?:hab|habe)\s+ich\s+gekündigt\b[^.?!]{{0,40}}?"
      rf"\b(?:ab \w+|jetzt|seit \w+|nun)\s+bin\s+ich\s+bei\s+(?:der\s+|dem\s+)?(?P<v>{PROPER})")
def left_for_german_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    old = m.group("o")
    return [_retraction(old, clause),
            *_works_at(m.group("v"), clause)]


# Turkish puts the verbs last: "Yeşilvadi'den ayrıldım, şimdi Hamsiköy Kooperatifi'nde
# çalışıyorum" (left Yeşilvadi, now working at ...).
@rule(rf"{PROPER}['’](?:den|dan|ten|tan)\s+(?:de\s+|da\s+)?ayrıldım\b[^.?!]{{0,40}}?"
      rf"(?P<v>{PROPER})['’]n?(?:de|da|te|ta)\s+(?:\w+\s+){{0,2}}?çalışıyorum\b")
def left_for_turkish_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _works_at(m.group("v"), clause)


@rule(rf"\b(?:left|quit|ditched|leaving|swapped)\s+(?P<o>{PROPER})\s+for\s+(?P<v>{PROPER})"
      rf"(?!\s+(?:a|an|the)\b)")
def left_one_for_another_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"since I left Spotify for Canva", "we left Leeds for Bristol in May": the new firm, or
    the new home when a town is named (a town list tells them apart); someone else's change
    ("my sister left Google for Meta") is not the user's."""
    if not _by_user(clause[:m.start()]):
        return []
    new = m.group("v")
    if population(new) is not None:
        return _lives(new, clause)
    return [_retraction(m.group("o"), clause), *_works_at(new, clause)]


@rule(rf"\b(?:chang|renam)(?:ed|ing|e)\s+(?P<o>{NAME})(?:'s name)?\s+to\s+(?P<v>{NAME})|"
      # typed in lower case: "we renamed pixel to Mochi"
      rf"\brenam(?:ed|ing|e)\s+(?!(?:the|my|our|him|her|it|them|his|their)\b)"
      rf"(?P<o2>[a-z][a-z'-]+)\s+to\s+(?P<v2>{NAME})")
def named_pet_renamed_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"we changed Noodle's name to Churro": the old name is retracted (whatever it named),
    the new one kept as a pet's (the kind is in the memory being replaced, not here)."""
    old, name = m.group("o") or m.group("o2"), _cap(m.group("v") or m.group("v2"))
    retract = _retraction(old, clause)
    return [retract, _fact(f"Has a pet named {name}", "personal", name, clause)]


@rule(rf"\b(?:chang|renam)(?:ed|ing|e)\s+(?:the|my|our)\s+(?P<k>{PETS})(?:'s name)?\b"
      rf"[^.?!]{{0,25}}?"
      rf"(?:\bto|\b(?:he|she|it)(?:'s| is)|\b(?:hes|shes)|\bis now|\bcalled|\bnamed)\s+"
      rf"(?:now\s+)?"
      rf"(?P<v>{NAME})|"
      rf"\brenamed\s+(?:the|my|our)\s+(?P<k2>{PETS})\s+(?P<v2>{NAME})")
def pet_renamed_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """The pet of that kind is retracted, under either word ("the puppy" may be stored as the
    dog it is)."""
    return _renamed_pet((m.group("k") or m.group("k2")).lower(),
                        _cap(m.group("v") or m.group("v2")), clause)


def _has_pet(kind: str, name: str, clause: str) -> Candidate:
    return _fact(f"Has {article(kind)} {kind} named {name}", "personal", name, clause)


def _renamed_pet(kind: str, name: str, clause: str) -> list[Candidate]:
    """The pet of that kind retracted, under either word ("the puppy" may be stored as the
    dog it is), and kept under its new name."""
    grown = {"puppy": "dog", "pup": "dog", "kitten": "cat", "kitty": "cat"}.get(kind)
    retract = [_retraction(f"{k} named", clause) for k in filter(None, (kind, grown))]
    return [*retract, _has_pet(kind, name, clause)]


# "abbiamo rinominato il cane: ora si chiama Biscotto", "wir haben den Hund umbenannt, er
# heißt jetzt Fips": a rename in another language, the pet's word mapped to English.
@rule(rf"\b(?:rinominat[oa]|umbenannt|renommé|renommée|rebautizad[oa]|renomead[oa]|"
      rf"hernoemd|przemianowa\w*)\s+(?:(?:il|la|lo|den|die|das|le|el|o|a|de|het|naszego|"
      rf"naszą|nostro|nostra|notre|nuestro|nuestra|nosso|nossa|onze|unseren|unsere)\s+)?"
      rf"(?P<k>{KIN_FOREIGN})\b[^.?!]{{0,40}}?\b(?:si chiama|heißt|s'appelle|se llama|se chama|"
      rf"heet|nazywa się|ma na imię)\s+(?:(?:ora|jetzt|maintenant|ahora|agora|nu|teraz)\s+)?"
      rf"(?P<v>{NAME})|\b(?P<k2>{KIN_FOREIGN})\b[^.?!]{{0,20}}?\b(?:umbenannt|rinominat[oa])\b"
      rf"[^.?!]{{0,40}}?\b(?:si chiama|heißt)\s+(?:(?:ora|jetzt)\s+)?(?P<v2>{NAME})")
def pet_renamed_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    kind = KIN_ENGLISH[(m.group("k") or m.group("k2")).lower()]
    return _renamed_pet(kind, m.group("v") or m.group("v2"), clause) if kind in PET_KINDS \
        else []


# The name changed, said with the pet in the dative or after "name of": "zmieniliśmy psu imię
# na Bruno", "le cambiamos el nombre al perro a Toby", "on a changé le nom du chat en Kiwi".
# The Polish datives stay here: in ``KIN_ENGLISH`` "psu" would also read a PC's "PSU" as a dog.
POLISH_PET_DATIVES = {"psu": "dog", "suni": "dog", "kotu": "cat", "kotce": "cat"}


@rule(r"\bzmieni(?:liśmy|łam|łem|łyśmy|li|ła|ł) (?P<k>psu|suni|kotu|kotce) imię na "
      rf"(?P<v>{NAME})|\bcambi(?:amos|é|ado) el nombre (?:al|a la|a mi|a nuestr[oa]) "
      rf"(?P<k2>perr[oa]|gat[oa]) (?:a|por) (?P<v2>{NAME})|\bchangé le nom (?:du|de la|de mon|"
      rf"de ma|de notre) (?P<k3>chien(?:ne)?|chat(?:te)?) (?:en|pour) (?P<v3>{NAME})")
def pet_name_changed_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    word = (m.group("k") or m.group("k2") or m.group("k3")).lower()
    kind = POLISH_PET_DATIVES.get(word) or KIN_ENGLISH[word]
    return _renamed_pet(kind, m.group("v") or m.group("v2") or m.group("v3"), clause)


@rule(rf"\brenamed\s+(?:him|her|it|them)\s+(?:to\s+)?(?P<v>{NAME}(?:\s+{NAME})?)")
def pronoun_renamed_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"we renamed her Tofu, Mochi just never stuck": the new name is kept as a pet's; any
    other name in the sentence is retracted, which only deletes a memory holding that name."""
    name = _cap(m.group("v"))
    old = [o for o in re.findall(NAME, clause) if o not in m.group("v").split() and
           not re.match(r"(?:I|I'm|We|We're|She|He|It|They|The|My|Our)$", o)]
    return [*(_retraction(o, clause)
              for o in old),
            _fact(f"Has a pet named {name}", "personal", name, clause)]


PARTNERS = rf"{PARTNER_WORDS}|bf|gf"
SHORT_KIN = {"bf": "boyfriend", "gf": "girlfriend"}


def _who(n: int) -> str:
    """Someone the user parts from, by name or as "my boyfriend" (groups k<n>, o<n>)."""
    return rf"(?:(?:my|our)\s+(?P<k{n}>{PARTNERS})\s*)?(?P<o{n}>{NAME}|[a-z][a-z'-]{{2,}})?"


@rule(rf"\b(?:(?P<a>{NAME}|[a-z][a-z'-]{{2,}}) and (?:I|me)|(?:I|me) and (?P<b>{NAME})|"
      rf"(?:my|the) (?P<ka>{PARTNERS}) and (?:I|me)|(?:me|I) and (?:my|the) (?P<kb>{PARTNERS}))"
      rf"\s+"
      rf"(?:(?:just|finally|have|have been|officially|are|'re|got|now)\s+)*"
      rf"(?:broke up|split up|split|separated|divorced|"
      rf"called it quits|no longer together|not together (?:anymore|any more))\b|"
      # "Linnea och jag har gjort slut", "Ana y yo nos separamos", "Jonas und ich haben uns
      # getrennt", "Sem en ik zijn uit elkaar", "Marco e io ci siamo lasciati"
      rf"\b(?P<c>{NAME}) (?:och|og|y|et|e|und|en|i) (?:jag|jeg|yo|moi|io|eu|ich|ik|ja),? "
      rf"(?:har gjort slut|har separerat|skilde oss|har slått opp|nos (?:hemos )?"
      rf"(?:separado|separamos|divorciamos|divorciado)|hemos roto|lo dejamos|lo hemos dejado|"
      rf"terminamos|on s'est séparés|(?:nous )?(?:nous )?sommes séparés|avons rompu|"
      rf"ci siamo lasciati|ci siamo separati|nos separamos|haben uns getrennt|"
      rf"sind (?:jetzt )?(?:getrennt|geschieden)|zijn uit elkaar|zijn gescheiden|"
      rf"(?:się )?rozstaliśmy(?: się)?)\b|"
      rf"\b(?:broke up|split up|split|separated|divorced)\s+(?:from|with)\s+{_who(1)}|"
      # "terminei com o Pedro", "terminé con Diego", "j'ai rompu avec Luc", "mit Jonas Schluss
      # gemacht", "mi sono lasciata con Marco", "het uitgemaakt met Sem", "rozstałam się z Kubą"
      rf"\b(?:terminei|terminamos|termin[eé]|cort[eé]|rompí|j'ai rompu|on a rompu|"
      rf"sono lasciat[oa]|uitgemaakt|rozstał(?:a)?m się|ayrıldım)\s+(?:com|con|avec|met|z|ile)\s+"
      rf"(?:(?:o|a|el|la|il|mein\w*|mi|meu|minha|mon|ma|mijn)\s+)?{_who(2)}|"
      rf"\bmit\s+(?:meine[mr]\s+(?:Freund(?:in)?|Partner(?:in)?|Mann|Frau)\s*)?(?P<g>{NAME})\s+"
      rf"Schluss gemacht")
def parted_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"dominic and i broke up", "terminei com o Pedro": the partner is no longer one. The
    name is retracted (which deletes only a memory holding it), and so is the partner by kin
    word when the user names none ("my boyfriend and I split")."""
    name = next((g for g in (m.group("a"), m.group("b"), m.group("c"), m.group("o1"),
                             m.group("o2"), m.group("g")) if g and g.lower() not in COMMON_WORDS),
                None)
    kin = m.group("ka") or m.group("kb") or m.group("k1") or m.group("k2")
    gone = [name] if name else [f"{SHORT_KIN.get(kin.lower(), kin.lower())} named"] \
        if kin else []
    return [_retraction(g, clause)
            for g in gone]


# A parting said without whom: "single again as of March", "we broke up last month" (the
# "we" of someone who had said a partner). Every partner memory goes, however it was worded.
@rule(r"\b(?:(?:I'm|im|I am)\s+)?(?:(?:officially|finally|now)\s+)?(?:single again|newly single|"
      r"back to being single)\b|^\W*(?:so\s+|well\s+|yeah\s+)?we(?:'ve| have)?\s+"
      r"(?:(?:just|finally|officially)\s+)?(?:broke up|split up|separated|called it quits)\b")
def single_again_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """The partner is an ex now: the one retraction "forget my ex" makes (``reconcile.EX``
    finds the partner however the memory words it)."""
    return [_retraction("my ex", clause)]


@rule(rf"(?:^\W*|\b(?:my|our)\s+(?:old\s+|sweet\s+|beloved\s+)?(?:{PETS}|{FAMILY})\s+|"
      # "Minha gata Luna morreu", "mein Kater Felix ist gestorben": the kin word as said
      rf"\b(?:minha|meu|mi|mia|mio|ma|mon|mein|meine|unser|unsere|moja|mój|mijn|onze)\s+"
      rf"(?:[a-zà-ÿ]+\s+)?|"
      # "I am sorry to say Sunny passed away", "a Pipoca faleceu": the name mid-sentence
      rf"\b(?:say|that|a|o|el|la|il|le|der|die|das)\s+)"
      rf"(?P<o>{NAME})\s+(?:(?:sadly|just|"
      rf"finally)\s+)?(?:died|passed away|passed|crossed the rainbow bridge|è mort[oa]|"
      rf"è venut[oa] a mancare|murió|se murió|falleció|morreu|faleceu|est mort[e]?|"
      rf"ist gestorben|ist tot|is overleden|is dood|nie żyje|zmarł[a]?|öldü)\b|"
      rf"\b(?:we|I) (?:lost|had to put down|put down|(?:had to )?rehome[d]?|gave away|"
      rf"had to give away|had to give up|(?:had to |have to )?(?:say|said) goodbye to)\s+"
      rf"(?:(?:my|our)\s+(?:old\s+)?(?:{PETS})\s+)?(?P<l>{NAME})\b|"
      rf"\bhad to (?:put|let) (?P<d>{NAME}) (?:down|go)\b|\bput (?P<e>{NAME}) to sleep\b")
def died_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"Pippo è morto la settimana scorsa", "we lost our cat Miso in May", "we had to
    rehome our dog Bruno": a pet (or relative) who died or went to another home is no longer
    in the user's life; the memory holding the name goes."""
    name = m.group("o") or m.group("l") or m.group("d") or m.group("e")
    # an emoji ends a sentence as a full stop does: "... goodbye to Biscuit 💔 how do I ...?"
    said = re.split(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]", clause[m.end():])[0]
    if name.lower() in COMMON_WORDS or said.rstrip().endswith("?"):
        return []  # "Queen Elizabeth died in 2022, right?" asks about the news
    return [_retraction(name, clause)]


@rule(rf"\b(?:got|adopted|rescued|brought home|picked up|getting|adopting)\s+(?:a|an|our|my)\s+"
      rf"(?:new\s+)?(?:[\w-]+\s+)?(?P<k>{PETS}|{DOG_BREEDS})\b[^.?!]{{0,40}}?"
      rf"\b(?:we're|we are|I'm|I am|we've|I've|we|I|gonna be|going to)\s+(?:(?:probably|"
      rf"prob|gonna|going to)\s+)?(?:calling|naming|call|name|called|named)\s+(?:him|her|it)\s+"
      rf"(?P<v>{NAME})")
def new_pet_named_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"got a puppy yesterday, a beagle, we're calling him Rocket": the clause splitter cuts
    the pet from its name, so the sentence is read whole."""
    kind = m.group("k").lower()
    kind = kind if re.fullmatch(PETS, kind) else "dog"  # a breed names a dog
    return [_has_pet(kind, _cap(m.group("v")), clause)]


# "adotamos um gatinho, o nome dele é Bolacha", "adoptamos una perrita, se llama Luna", "on a
# adopté un chaton, il s'appelle Filou", "wir haben einen Hund adoptiert, er heißt Bruno":
# a new pet and its name in the same sentence, in other languages.
@rule(rf"\b(?:adot(?:amos|ei|ámos)|adopt(?:amos|é|ado)|(?:on a|nous avons|j'ai) adopté|"
      rf"abbiamo adottato|ho adottato|adottato|adoptiert|geadopteerd|adoptowali(?:śmy)?|"
      rf"adoptowałam|adoptowałem|hemos adoptado|he adoptado|pegamos|trouxemos|"
      rf"(?:wir haben|ich habe|hab)\s+(?:einen|eine|ein)\b)"
      rf"[^.?!]{{0,30}}?\b(?P<k>{KIN_FOREIGN})\b[^.?!]{{0,40}}?"
      rf"\b(?:o nome dele é|o nome dela é|chama-se|se chama|se llama|il s'appelle|"
      rf"elle s'appelle|s'appelle|(?:er|sie|es) heißt|heißt|si chiama|het heet|heet|"
      rf"nazywa się|ma na imię)\s+(?P<v>{NAME})")
def new_pet_named_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    kind = KIN_ENGLISH.get(m.group("k").lower(), "")
    return [_has_pet(kind, _cap(m.group("v")), clause)] if kind in PET_KINDS else []


# A new employer said by its start, in the user's words: "starting at Spire on the 14th",
# "two weeks in at Spire", "my new place is Etxe", "contracting for Tesco now", "the stock
# report at Screwfix where I work", "empecé el lunes en el Quirónsalud", "je suis chez Ankama
# depuis lundi", "Getir'e geçtim", "freeeに転職しました".
@rule(rf"(?:^\W*|\b(?:I|I'm|I am|I've|I have|and|so|,)\s+)(?:just\s+|finally\s+|officially\s+)?"
      rf"(?:started|starting|start|began|begin)\s+(?:at|with)\s+(?P<a>{PROPER})(?!['’])"
      # ... said with when: "starting at Spire on the 14th", "started with Deloitte last week"
      rf"(?=\s+(?:on|this|last|next|in|today|yesterday|tomorrow|as|from|back in)\b)"
      rf"(?!\s+(?:on|in)\s+(?:the\s+)?(?:page|site|website|app|bottom|top|beginning)\b)|"
      rf"\b(?:weeks?|days?|months?|one|two|three|four|five|six)\s+in\s+at\s+(?P<b>{PROPER})|"
      rf"\bmy new (?:place|job|work|employer|company|gig) is (?:at\s+)?(?P<c>{PROPER})|"
      rf"\b(?:I'm |I am |now )?(?:contracting|freelancing|consulting) for (?P<d>{PROPER})|"
      rf"\bat (?P<e>{PROPER}),? where I work\b|"
      rf"\b(?:empecé|empiezo|he empezado|comencé)(?: (?:el|este|hoy|ayer) ?\w*)? "
      rf"(?:a trabajar )?en (?:el |la )?(?P<f>{PROPER})|"
      rf"\bje suis chez (?P<g>{PROPER}) depuis\b|"
      rf"(?P<h>{PROPER})['’](?:e|a|ye|ya)\s+(?:(?:\S+\s+){{1,3}}?olarak\s+)?geçtim\b|"
      rf"(?P<i>[A-Za-z][\w&.-]+|[\u30a0-\u30ff\u4e00-\u9fff]{{2,10}})に(?:転職|入社)")
def started_at_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """The firm the user starts at is the employer now (the employer slot supersedes the old
    one); someone else's start ("my son started at Oakwood Primary") is not the user's."""
    if m.group("a"):
        said = re.split(r"[,;]|\band\b", clause[:m.start("a")])[-1]
        subject = re.sub(r"(?:\s|just|finally|officially)*(?:started|starting|start|began|begin)"
                         r"\s+(?:at|with)\s*$", "", said, flags=F)
        if not _by_user(subject):
            return []
    value = next(v for v in m.groupdict().values() if v)
    # "先月メルカリに転職": when, not who
    value = re.sub(r"^(?:先月|今月|来月|先週|今週|昨日|去年|今年|春から|4月から)", "", value)
    return _works_at(re.sub(r"\s+and\s+I\b.*$", "", value), clause)  # "Spire and I sleep"


# A word the user mends: "actually I said Leeds but it's Bradford", "earlier I typed Aidan
# but his name is Aodhán", "it's Bradford, not Leeds", "sorry, I meant Porto not Lisbon".
MENDED = rf"(?P<{{}}>{NAME}(?:\s+{NAME})?)"


@rule(rf"\bI (?:said|typed|wrote|put|told you|gave you)\s+{MENDED.format('o')},?\s+but\s+"
      rf"(?:(?:it's|it is|it should be|that should be|I meant|I mean|I actually meant|"
      rf"(?:his|her|my|their|the) (?:real |actual )?name(?:'s| is)|(?:he|she)(?:'s| is)|"
      rf"I(?:'m| am| (?:actually )?(?:live|work|study|am)) (?:in|at))\s+)(?:actually\s+)?"
      rf"{MENDED.format('v')}|"
      rf"\b(?:it's|it is|I meant|I mean|(?:it|that) should be|actually|I said|I typed|"
      # "her name's Juno, not Juniper": the name said again, rightly
      rf"(?:his|her|their|its) (?:real |actual )?name(?:'s| is)(?: actually)?|"
      # "my boyfriend is Jonas not Jonah 🙈": the relative or pet named again, rightly
      rf"(?:my|our) (?:{FAMILY}|{PETS})(?:'s name)? is(?: actually)?)\s+{MENDED.format('v2')}"
      rf",?\s+not\s+{MENDED.format('o2')}(?=\s*(?:$|[,.!;—–-]|[^\w\s]|\s+(?:sorry|lol|haha|"
      rf"btw)\b))")
def mended_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """The wrong word goes wherever it was stored and the right one takes its place (the
    memory knows the slot: a home, a child's name)."""
    old, new = m.group("o") or m.group("o2"), m.group("v") or m.group("v2")
    if old.casefold() == new.casefold() or {old.lower(), new.lower()} & COMMON_WORDS:
        return []
    return [Candidate(text=new, category="other", value=new, clause=clause, op="correct",
                      old=old)]


# Someone the user had named as their own, mended as someone else's: "sorry I mixed things
# up — Maya is my friend's daughter, I don't have kids".
# The people whose child or pet the user may have named as their own by mistake.
THEIRS = (r"friend|colleague|coworker|co-worker|neighbou?r|cousin|sister|brother|boss|flatmate|"
          r"roommate")


@rule(rf"(?:^|[,;.!—–-]\s*)(?P<o>{NAME}) is (?:actually |really |just )?(?:my|a) (?:{THEIRS})"
      rf"(?:'s|’s) (?:daughter|son|kid|child|baby|dog|cat|puppy|kitten|wife|husband|partner|"
      rf"girlfriend|boyfriend)\b")
def someone_elses_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """The memory that made them the user's goes; only said as a mending ("sorry", "mixed up",
    "actually", "I don't have kids"), else it is news about a friend's family."""
    if not MENDING_CUE.search(clause) or m.group("o").lower() in COMMON_WORDS:
        return []
    return [_retraction(m.group("o"), clause)]


MENDING_CUE = re.compile(r"\b(?:sorry|mixed (?:things |it )?up|mix-up|my bad|actually|confused|"
                         r"got (?:it|that) wrong|not mine|I don't have (?:kids|children|a "
                         r"(?:dog|cat|daughter|son))|fix (?:that|it))\b", F)


# "got engaged to Sofia last night!!!": the user's partner, named.
@rule(rf"(?:^(?:(?:so|omg|ok|okay|guess what|news)\W+)*|\b(?:I|we)\s+)(?:(?:just|finally)\s+)?"
      rf"got engaged to\s+(?P<v>{NAME})\b")
def engaged_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return [_fact(f"Has a partner named {m.group('v')}", "personal", m.group("v"), clause)]


@rule(rf"\bI(?:'m| am|'ve been| have been)\s+(?:now\s+)?(?:seeing|dating)\s+(?:someone|somebody|"
      rf"a (?:guy|girl|man|woman))(?:\s+new)?\s*(?:,|—|–|-|:|\.\.\.|\s+called|\s+named)\s*"
      rf"(?P<v>{NAME})\b")
def seeing_someone_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"ok so I'm seeing someone new, Marco 🙈": the user's partner, named."""
    return [_fact(f"Has a partner named {m.group('v')}", "personal", m.group("v"), clause)]


@rule(rf"\bchang(?:ed|ing|e)\s+my\s+(?:sur|last |family |maiden )?name\b[^.?!]{{0,40}}?"
      rf"\b(?:to|it's|it is|is now|now)\s+(?P<v>{NAME}(?:\s+{NAME})?)")
def name_changed_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"I got married and changed my surname, it's Hannah Okafor now": the name slot
    supersedes the old one; a family name alone ("changed my last name to Okafor") keeps the
    first name."""
    value = m.group("v")
    if " " not in value and re.search(r"\b(?:sur|last |family |maiden )name", m.group(0), F):
        return [_surname(value, clause)]
    return [_name(value, clause)]


@rule(rf"\bmy (?:sur|last |family )name (?:is now|'s now|changed to|has changed to|is|will be)"
      rf"\s+(?P<v>{NAME})(?!\s+{NAME})|"
      rf"^(?:it's|it is|I'm|I am) (?:now )?(?:Mrs|Ms|Mr|Mx)\.? (?P<w>{NAME})\s+now\b")
def surname_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"my surname changed to Haddad", "It's Mrs. Kowalczyk-Reyes now": a new family name."""
    return [_surname(m.group("v") or m.group("w"), clause)]


# A home bought or rented is where one lives ("we finally closed on a house in Boise"), not a
# holiday or second home.
@rule(r"\b(?:bought|closed on|got the keys to|signed the lease on|moved into|rented)\s+"
      r"(?:a|an|our|my|the)\s+(?:(?:new|first|little|tiny|small|own)\s+)?"
      r"(?:house|home|flat|apartment|condo|place|townhouse)\s+in\s+(?P<v>(?-i:[A-Z][\w'-]+"
      r"(?:\s+[A-Z][\w'-]+)?))")
def new_home_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if re.search(r"\b(?:holiday|vacation|summer|beach|second|rental|investment|airbnb)\b",
                 clause[:m.end()], re.IGNORECASE) or not _by_user(clause[:m.start()]):
        return []
    return _lives(m.group("v"), clause)


@rule(r"\b(?:I(?:'ve| have)? )?(?:just |finally |officially )?(?:got |been |was |get |getting )?"
      r"promoted to (?:a |an |the )?(?P<v>(?:[\w-]+\s+){0,3}?[\w-]+)"
      r"(?=\s*(?:$|[^\w\s'’-]|\s+(?:at|for|in|and|but|so|with|since|mostly|today|yesterday|"
      r"last|this|lol|lmao|haha\w*|btw|now)\b))")
def promoted_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"guess who got promoted to analytics team lead 😎": the new title (the role slot
    supersedes the old one). The one rule for promotions: a change, read before the clauses."""
    return _role(m.group("v"), clause[m.end():], clause)


def change_candidates(text: str) -> list[Candidate]:
    """Every change stated in the message, sentence by sentence."""
    out: list[Candidate] = []
    sentences = re.findall(r"[^.!?\n]+[.!?]*", text)
    for i, sentence in enumerate(sentences):
        found = [c for pattern, build in [*RULES, *job_changes.RULES]
                 for match in pattern.finditer(sentence) for c in build(match, sentence.strip())]
        if not found:
            found = _renamed_then_named(sentence, sentences[i + 1:i + 3])
        if not found:
            found = family_news.born_after_here(sentence, sentences[i + 1:i + 2])
        if not found:
            found = _mine_is(sentence, sentences[max(0, i - 2):i])
        if not found:
            found = _offer_taken(sentence, text)
        if not found:
            found = _pet_named(sentence, text)
        if not found and WORK_SAID.search(text):
            found = _moved_to_firm(sentence)
        if not found and NEW_JOB.search(text):
            found = [c for at in AT_NOW.finditer(sentence)
                     for c in _works_at(at.group("v"), sentence.strip())]
        out.extend(c.with_(change=True) for c in found)
    return out


# "Mochi is actually my sister's cat, I was cat-sitting. Mine is Pickle": the user's own, of
# the kind just said to be someone else's.
THEIRS_KIND = re.compile(rf"\b(?:{THEIRS}|parents|mum|mom|dad)(?:'s|’s|')\s+(?P<k>{PETS})\b", F)
MINE_IS = re.compile(rf"^\W*(?:and\s+|but\s+)?(?:mine|my own(?: one)?)(?:'s| is)"
                     rf"(?:\s+(?:actually|called|named|really))?\s+(?P<v>{NAME})\b", F)


def _mine_is(sentence: str, before: list[str]) -> list[Candidate]:
    mine = MINE_IS.match(sentence)
    theirs = [k for b in before if mine for k in THEIRS_KIND.findall(b)]
    return [_has_pet(theirs[-1].lower(), mine.group("v"), sentence.strip())] \
        if mine and theirs and mine.group("v").lower() not in COMMON_WORDS else []


RENAMED_KIND = re.compile(rf"\b(?:renamed|changed the name of|changed)\s+(?:the|my|our)\s+"
                          rf"(?P<k>{PETS})\b(?!'s\s+name\s+to)", F)
RENAMED_NAME = re.compile(rf"\brenamed\s+(?P<o>{NAME})\b(?!\s+to\b)")
NOW_NAMED = re.compile(rf"^\s*(?:[^,.!?]*,\s*)?(?:and\s+)?"
                       rf"(?:(?:he|she|it)(?:'s| is)(?: now| called| named)?|"
                       rf"(?:he|she|it) goes by|now (?:he|she|it)(?:'s| is))\s+"
                       rf"(?P<v>{NAME})(?:\s+now)?\s*[.!]*\s*$", F)


def _renamed_then_named(sentence: str, following: list[str]) -> list[Candidate]:
    """"we renamed the puppy — Rocket didn't fit. He's Moose now.", "we renamed the kitten.
    Muffin just didn't suit her, she's Nova now.": the new name said in one of the next two
    sentences."""
    renamed = RENAMED_KIND.search(sentence)
    old = None if renamed else RENAMED_NAME.search(sentence)
    if not renamed and not old:
        return []
    for later in following:
        named = NOW_NAMED.match(later)
        if not named:
            continue
        name, both = _cap(named.group("v")), f"{sentence.strip()} {later.strip()}"
        if renamed:
            return _renamed_pet(renamed.group("k").lower(), name, both)
        # "we renamed Rocket, he got scared of it. He's Biscuit now.": the kind is unsaid
        gone = old.group("o") if old else ""
        return [_retraction(gone, both),
                _fact(f"Has a pet named {name}", "personal", name, both)]
    return []


# A pet named after it came home, the kind said elsewhere in the message or by an emoji:
# "Kitten is home!! Named him Biscuit", "brought home a lab puppy and named her Juniper",
# "we went with Pippa for the greyhound", "Por fin tiene nombre: Canela 🐶", "Adını Pamuk
# koyduk 🐱", "nu har vi en kattunge, hon heter Majken".
NAMED_NOW = re.compile(
    rf"(?:^\W*|\band\s+|[,;—–]\s*|[\U0001F000-\U0001FAFF]\s*|"
    rf"\b(?:we|I)(?:'ve| have)?\s+(?:just\s+|finally\s+)?)"
    rf"(?:named|called)\s+(?:him|her|it|them)\s+(?P<v>{NAME})\b|"
    rf"\b(?:I'm|I am|im|we're|we are)\s+(?:calling|naming)\s+(?:him|her|it|them)\s+"
    rf"(?P<c>{NAME})\b|"
    rf"\bwent with (?P<w>{NAME}) for (?:the|our|my) |"
    rf"\b(?:tiene nombre|ya tiene nombre|se llama|se chama|o nome dele é|o nome dela é|"
    rf"s'appelle|(?:er|sie|es) heißt|si chiama|(?:hon|han) heter|ze heet|hij heet)\s*:?\s+"
    rf"(?P<f>{NAME})\b|\bAdını (?P<t>{NAME}) koy", re.IGNORECASE)
PET_EMOJI = {"🐶": "dog", "🐕": "dog", "🐩": "dog", "🐱": "cat", "🐈": "cat", "🐰": "rabbit",
             "🐇": "rabbit", "🐹": "hamster", "🦎": "gecko", "🐦": "bird", "🦜": "parrot"}
PET_WORD = re.compile(rf"\b(?P<k>{PETS}|{DOG_BREEDS}|{KIN_FOREIGN}|kattunge|valp|yavru|"
                      rf"kedi|köpek)\b", re.IGNORECASE)
FOREIGN_YOUNG = {"kattunge": "cat", "valp": "dog", "kedi": "cat", "köpek": "dog"}
ENGLISH_LOOKALIKES = frozenset({"chat", "chats", "pies", "cane", "kat", "kit", "loro"})


# Someone else's animal the user minds: "the dog of my neighbour" in the Romance and Germanic
# forms, "my sister's cat", "dog-sitting", "looking after".
MINDING = re.compile(
    rf"\b(?:{PETS}|chien|chienne|chiot|chat|chatte|chaton|perro|perra|gato|gata|cane|gatto|"
    rf"cão|cadela|hund|katze|hond|kat)\s+(?:de|du|di|del|della|dello|do|da|von|van)\s+"
    rf"(?:ma|mon|mes|mi|mis|mia|mio|minha|meu|meiner|meinem|meines|mijn)\s+\w+|"
    rf"\b(?:neighbou?r|friend|sister|brother|mum|mom|cousin|colleague|boss|aunt|uncle)['’]s\s+"
    rf"(?:\w+\s+)?(?:{PETS})\b|\b(?:dog|cat|pet|house)[- ]sitting\b|\blooking after (?:a|the|"
    rf"their|her|his)\b|\bje garde (?:le|la)\b|\bcuido (?:al|a la|el|la)\b", re.IGNORECASE)


def _pet_named(sentence: str, message: str) -> list[Candidate]:
    """The name given to a pet the message speaks of (a baby named is left to the kin
    rules: without a pet word or emoji nothing is read)."""
    named = NAMED_NOW.search(sentence)
    if not named:
        return []
    name = _cap(next(v for v in named.groupdict().values() if v))
    if name.lower() in COMMON_WORDS:
        return []
    said = [k.group("k").lower() for k in PET_WORD.finditer(message)]
    # English words first: "Long time no chat" names no French cat
    english = [k if re.fullmatch(PETS, k) else "dog" for k in said
               if re.fullmatch(rf"{PETS}|{DOG_BREEDS}", k, re.I)]
    foreign = [KIN_ENGLISH.get(k, FOREIGN_YOUNG.get(k, "")) for k in said
               if k not in ENGLISH_LOOKALIKES]
    kinds = english or [k for k in foreign if k in PET_KINDS]
    kind = next((k for k in kinds if k), "") or next(
        (PET_EMOJI[ch] for ch in message if ch in PET_EMOJI), "")
    if not kind or re.search(r"\b(?:baby|born|daughter|son|nasceu|nació|geboren)\b", message, re.I):
        return []
    if MINDING.search(message):
        return []  # "Je garde le chien de ma voisine … qui s'appelle Filou": the neighbour's
    return [_has_pet(kind, name, sentence.strip())]


OFFER = re.compile(rf"\b(?:got|accepted|took|signed|landed)\s+(?:the|an?|my)\s+"
                   rf"(?P<v>{PROPER}|(?-i:[A-Z][A-Z&-]+))\s+(?:(?:job\s+)?offer|(?P<job>job)"
                   rf"(?!\s+(?:interview|application|ad|advert|posting|listing|description|fair|"
                   rf"test|offer)\b))\b", F)
TAKEN = re.compile(r"\b(?:accepted|signed|took it|taking it|said yes|last day at|start(?:ing)? "
                   r"(?:on|next|in)|handed in my notice)\b", F)


WITHDRAWN = re.compile(r"\b(?:rescind\w*|withdr[ae]w\w*|pulled (?:it|the offer)|fell through|"
                       r"turned (?:it|them) down|declined|not sure (?:if|whether|I)|should I "
                       r"(?:take|accept)|whether to (?:take|accept))\b", F)
# "fingers crossed I got the Stripe job", "hope I got the job": not known yet
HOPED = re.compile(r"\b(?:fingers crossed|hope|hoping|if I|praying)\b", F)


def _offer_taken(sentence: str, message: str) -> list[Candidate]:
    """"I GOT THE SPOTIFY OFFER!!! accepted it, last day at Wayfair is friday": an offer the
    message says was taken is the new employer; one only received is not yet. "GOT THE MONZO
    JOB!!!" is the job, taken."""
    offer = OFFER.search(sentence)
    if not offer or not (offer.group(0).lower().startswith("accepted") or offer.group("job") or
                         TAKEN.search(message)):
        return []
    if WITHDRAWN.search(message) or offer.group("job") and HOPED.search(sentence):
        return []  # "accepted the Meta offer and then they rescinded it": still where they were
    value = offer.group("v")
    shouted = sum(ch.isupper() for ch in sentence) > sum(ch.islower() for ch in sentence)
    return _works_at(value.title() if shouted else value, sentence.strip())


# "new job! I'm at Sainsbury's now": where the user is now, in a message about a new job
# Work said anywhere in the message: "I work at Deloitte in audit — actually sorry, I moved
# to KPMG in January" moves to a firm, not a town.
WORK_SAID = re.compile(r"\bI (?:work|worked) (?:at|for|in)\b|\bmy (?:job|boss|manager|team|"
                       r"employer|company|firm|colleagues|coworkers|review|performance review)\b|"
                       r"\bperformance review\b", F)
MOVED_TO = re.compile(rf"\b(?:I|I've|I have|I just|I recently)\s+(?:just\s+)?moved (?:over )?to "
                      rf"(?P<v>{PROPER})", F)


def _moved_to_firm(sentence: str) -> list[Candidate]:
    """"I moved to KPMG in January" beside work talk: a name no town list knows is a firm."""
    moved = MOVED_TO.search(sentence)
    if not moved or population(moved.group("v")) is not None:
        return []
    return _works_at(moved.group("v"), sentence.strip())


NEW_JOB = re.compile(r"\bnew (?:job|role|position|gig|employer|company)\b|"
                     r"\b(?:changed|switched|moved) (?:jobs|companies|employers|firms)\b|"
                     # "I'm at KPMG now, switched in March" (not "switched to oat milk")
                     r"\bswitched\b(?!\s+(?:to|from|off|on|it|them|over to)\b)", F)
AT_NOW = re.compile(rf"\b(?:I'm|I am|im)\s+(?:now\s+)?(?:at|with)\s+(?P<v>{PROPER})"
                    rf"(?=\s+now\b|\s*$|\s*[,.!])", F)
