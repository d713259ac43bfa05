"""Cutting a message into the clauses the rules read, each marked question or statement.

Rules match one statement at a time ("I'm an engineer who loves Python" is two facts), quoted
speech is someone else's words, and a question ("do I need a visa?") states nothing about the
user; all three are decided here, before any rule runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.memory.extractors.rules.patterns import F

QUESTION_START = re.compile(
    r"^(?:what|where|when|who|whom|whose|why|how|which|is|are|am|do|does|did|can|could|"
    r"should|would|will|shall|may|might|have|has|qu[eé]|c[oó]mo|d[oó]nde|cu[aá]l|"
    r"est-ce|wie|was|wo|warum|welche?)\b",
    F,
)


# Where a statement turns into a question inside one sentence: "Me llamo Ignacio, ¿me
# ayudas ...?", "my dog ate a carrot, that's fine?". Only the part after the turn
# is the question; the declarative part before it is read like any statement.
QUESTION_TURN = re.compile(
    r"\s*[,:;]?\s*¿|\s+(?:so|and)\s+(?=(?:can|could|would) (?:you|u)\b)|"
    # "I work nights so when's the best time for the gym?"
    r"(?<=\w)\s+so\s+(?=(?:what|what's|whats|when|when's|where|how|how's|which|who|"
    r"should I|can I|do I|is it|any)\b)|"
    r"(?:[,:;،]|\s+[-—–]+|\s*[^\w\s,.;:!?'\"()¿،-]+)\s+(?:(?:and|but|so)\s+)?(?=(?:what|what's|whats|wats|how|hows|how's|which|where|why|who|"
    r"can|could|would|should|is|are|do|does|any|anything|ideas?|tips?|thoughts?|"
    r"that's|that is|if|when|please|pls|"
    # ... and in the other languages the rules read
    r"qué|cómo|dónde|cuál|quoi|comment|où|quel|quelle|was|wie|wo|welche[snm]?|kannst|"
    r"kennst|cosa|dove|quale|o que|como|onde|qual|wat|hoe|waar|welke|jak|gdzie|jaki|czy|"
    r"vad|hur|var|apa|apakah|ada|gimana|bagaimana|bisa|nasıl|nerede|"
    # ... and their "can you": "je prépare le CRFPA, tu peux me faire un planning ?"
    r"tu peux|tu pourrais|peux-tu|pourrais-tu|vous pouvez|(?:me )?puedes|(?:me )?podrías|"
    r"me ayudas|me haces|me armas|me das|me dices|me recomiendas|pode|podes|você pode|"
    r"consegue|könntest du|kun je|kan je|zou je|możesz|mógłbyś|mogłabyś|(?:mi )?puoi|"
    r"(?:mi )?potresti|mi fai|mi scrivi|kan du|kunde du|skulle du|bisakah|tolong|můžeš|"
    r"mohl bys|mohla bys|poți|poţi|puteți|yapabilir misin|pwede mo ba|puwede mo ba|"
    r"pwede ba|paano|ano|saan|bakit|unaweza|naomba|nisaidie|tudnál|segítenél|voitko|mporeis|"
    r"bạn (?:có thể|giúp)|mi consigli|mi dici|mi aiuti|mi suggerisci|pásame|dame|"
    r"recomiéndame|me ajuda|me indica|me passa|подскажи|посоветуй|помоги|составь|"
    r"ada rekomendasi|mit|hogyan|hol|mikor|miért|melyik|mitä|miten|missä|milloin|miksi|"
    r"kuinka|mikä|"
    # Hinglish, Turkish and Malay openers of the ask: "..., koi tips?", "..., şu query'yi
    # hızlandırabilir misin?", "..., boleh tolong?"
    r"koi|kya|kaise|kaisa|kaun|kitna|kitne|kahan|batao|bata do|bataiye|"
    r"şu|şunu|bunu|bana|hangi|neden|kaç|boleh|macam mana|"
    r"da dove|di cosa|perché|por dónde|por qué|de qué|par où|pourquoi|combien|por onde|"
    r"por que|por quê|cuánto|quanto|"
    # ... and in the languages of other scripts
    r"что|как|какая|какой|какие|какое|где|куда|когда|почему|зачем|сколько|можешь|можно|"
    r"що|як|яка|який|які|де|коли|чому|чи|τι|πώς|πού|ποιο|ποια|μπορείς|뭐|어떻게|어디|언제|"
    r"왜|무슨|어떤|هل|ما|كيف|أين|متى|لماذا)\b)",
    F,
)
# The same turn in a sentence not ended by "?": "we live in a flat in Glasgow, what veg can I
# grow on a windowsill". Only words that open a request count here: without the "?", ", which
# is why", ", is that" and ", when I" are as often the statement going on.
QUESTION_TAIL = re.compile(
    r"\s*[,:;]\s+(?:(?:and|but|so)\s+)?(?=(?:what|what's|whats|how|any (?:tips|ideas|advice)|"
    r"can (?:you|u)|could (?:you|u)|would (?:you|u)|should I|do you|is there|are there|"
    r"where (?:can|should|do)|ideas|tips)\b)",
    F,
)


STATEMENT_LEAD = re.compile(
    r"^(?P<s>(?:(?:hi|hey|hello|hola|salut|bonjour|ciao|hallo|oi|olá|hej|cześć|ok|so)[,!]?\s+)?"
    r"(?:(?:since|da|dal|desde|depuis|seit|od|sinds|sedan)\s+\w+\s+)?"  # "da marzo sono ..."
    r"(?:I|I'm|I've|my|we|we're|we've|our|je|j'|moi|yo|soy|vivo|tengo|trabajo|mi|mis|ich|"
    r"mein|meine|wir|unser|unsere|ik|mijn|io|sono|ho|il mio|la mia|eu|sou|moro|tenho|meu|"
    r"minha|jestem|mam|mieszkam|jag|vi|min|mitt|mina|trabalho|estudo|estou|tô|lavoro|studio|"
    r"arbeite|werk|pracuję|jobbar|aku|saya|on|nous)\b[^,?]{3,}),\s+(?P<q>[^,]+\S)$", F)


@dataclass(frozen=True)
class Clause:
    """A piece of a message, with whether it was asked as a question."""

    text: str
    question: bool



# In chat an emoji between words ends a sentence as a full stop does: "got promoted to team
# lead 😎 I now manage 4 people", "we renamed her Tofu 😂 anyway what toys ..." (not in a
# list: "I love 🍕 and sushi").
EMOJI_BREAK = re.compile(r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF][\U0001F300-\U0001FAFF"
                         r"\u2600-\u27BF\uFE0F\u200D\U0001F3FB-\U0001F3FF]*\s+(?=\w)(?!(?:and|or|n)\b)")


ASIDE = re.compile(r"\s*\(((?:I|I'm|I've|I am|we|we're|we've)\b[^()]*)\)\s*", F)


UNSURE_TAIL = re.compile(r"\b(?:I guess|I think|I suppose)\s*\?+$", F)
# A statement closed by a tag ("sou vegana há cinco anos, então nada de ovo, tá?", "I'm on
# nights, ok?") asks for agreement, not for information: it is read as a statement.
TAG_TAIL = re.compile(r",\s*(?:tá|ta|ok|okay|right|yeah|vale|ja|oder|d'accord|hein|né|ne|eh|"
                      r"ya|yaar|na|lah|sí|capisci|okej|oké|dobra|alright)\s*\?+$|"
                      # ... or without the comma: "so in general give me temps in Fahrenheit ok?",
                      # "sempre me responde em português tá?"
                      r"\s+(?:ok|okay|dobra|alright|tá|né|vale|d'accord|capisci)\s*\?+$", F)


def split_clauses(text: str) -> list[Clause]:
    """Split into sentences, then at conjunctions that start a new first-person statement."""
    text = EMOJI_BREAK.sub(". ", _strip_quotes(text))
    clauses: list[Clause] = []
    for match in re.finditer(r"[^.!?\n]+[.!?]*", text):
        sentence = match.group(0).strip()
        if not sentence:
            continue
        # "so pescatarian I guess?": a statement said unsure, not a question
        tagged = TAG_TAIL.search(sentence)
        if tagged:
            sentence = sentence[:tagged.start()]
        question = sentence.endswith("?") and not UNSURE_TAIL.search(sentence)
        sentence = sentence.rstrip(".!? ")
        # "I'm an engineer who loves Python" -> "I'm an engineer" + "I love Python".
        sentence = re.sub(
            r"^(.*\bI(?:'m| am)\b[^,]*?)\s+(?:who|that)\s+(love|like|enjoy|prefer)s?\b",
            r"\1 | I \2",
            sentence,
            flags=F,
        )
        # "I'm Honda, a software engineer" -> "I'm Honda" + "I'm a software engineer".
        sentence = re.sub(r"\b(I'm|I am) ([A-Z][\w'-]+), (an? )", r"\1 \2 | \1 \3", sentence)
        # "... since HVAC season is slow (I'm an HVAC tech, summer is busy)": an aside in
        # the first person is a statement of its own, not the end of the sentence around it.
        sentence = ASIDE.sub(r" | \1 | ", sentence)
        # At a conjunction before "I", "my", ... ("I'm a nurse and I live in Leeds"), but
        # not in "my girlfriend, Toby and I are going camping": one subject of three people.
        parts = re.split(
            r"\s*(?:\||,?\s+(?:and|but|so|also|plus|though)\s+(?=(?:I|I'm|I've|my|me|we|"
            r"we're|our)\b)(?!I (?:are|were)\b)|;|"
            r",\s+(?=(?:I|I'm|I've|my|we|we're|our|living|based|originally)\b)|\s+[-—–]+\s+|\s*[—–]\s*|:\s+(?=(?:I|I'm|I've|my)\b)|"
            r"\bbtw\b|\bby the way\b|,?\s+and\s+(?:also\s+)?(?=remember\s+(?:that|this|my|I)\b)|"
            r"\by\s+(?=(?:soy|vivo|me|trabajo|mi|tengo|vivimos|somos|nuestr[oa]s?)\b)|"
            r"\bet\s+(?=(?:je|j'|mon|ma|mes|on|nous)\b)|"
            r"\bund\s+(?=(?:ich|mein|meine|bin|wir|unser|unsere)\b)|"
            r"\bi\s+(?=(?:pracuję|pracuje|mieszkam|jestem|mam|moja|mój)\b)|\ben\s+(?=(?:ik|werk|woon|mijn)\b)|\be\s+(?=(?:sou|moro|eu|meu|sono|vivo|mi|"
            r"trabalho|lavoro)\b))\s*",
            sentence,
            flags=F,
        )
        if question and len(parts) == 1:
            # "je suis infirmière de nuit, t'as des conseils pour dormir ?": a first-person
            # statement, then the ask after its comma, in any language.
            lead = STATEMENT_LEAD.match(parts[0])
            if lead:
                parts = [lead.group("s"), lead.group("q")]
        turn = QUESTION_TURN if question else QUESTION_TAIL
        for piece in parts:
            split = turn.split(piece)
            for i, part in enumerate(split):
                part = part.strip(" ,")
                if part:
                    asked = (i > 0 if not question else
                             piece is parts[-1] and i == len(split) - 1)
                    clauses.append(Clause(part, asked or _is_question(part)))
    return clauses


def _is_question(part: str) -> bool:
    # "can't do spicy food at all": a negative opening states ("can't", "don't", "won't")
    return bool(QUESTION_START.match(part)) and not re.match(r"^(?:is|am|when|where|was|"
                                                             r"wo)\b|^\w+(?:n['’]t|nt)\b|"
                                                             r"^cannot\b", part, F) and \
        not GREETING_ASKED.match(part) and not RELATIVE.match(part)


# ", which is sweet but terrifying because I'm a welder": a relative clause goes on with the
# sentence before it; it asks nothing (a question would end with "?", read before this).
RELATIVE = re.compile(r"^which (?:is|was|means|meant|makes|made|has|had|sounds|seems)\b(?!.*\?)",
                      F)


# Greetings worded as questions open a statement as often as "hi" does: "qué onda, soy
# enfermero ...", "what's up, I'm Dev ...".
GREETING_ASKED = re.compile(r"^(?:qu[eé] onda|qu[eé] tal|qu[eé] pasa|what's up|whats up|"
                            r"how's it going|how are you|how r u|wie geht's|wie gehts|"
                            r"comment ça va|como vai|como estás|come va)\s*[,!.]\s*\S", F)


# "<someone> says: ..." introduces another person's words, quoted or not; the user's own
# "I said: ..." is left alone. Quoted speech runs to its closing quote, unquoted speech to
# the end of its sentence.
REPORTED_SPEECH = re.compile(
    r"(?<!\bI )\b(?:says?|said|writes?|wrote|texts?|texted|messaged(?: me)?|repl(?:y|ies|ied)|"
    r"asks|asked|goes|tells me|told me)\s*:\s*"
    r"(?:\"[^\"]*\"?|'.*?'(?![A-Za-z])|[^.!?\n]*[.!?]*)",
    F,
)
# A single-quoted passage may contain apostrophes ("'Hi, I'm Wiktoria'"): an apostrophe
# followed by a letter is inside a word, so only a quote not followed by one closes it.
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«|「[^」]*」|"
                    r"(?<![A-Za-z])'(?=\S)(?:[^']|'(?=[A-Za-z]))+?'(?![A-Za-z])")


def _strip_quotes(text: str) -> str:
    """Quoted and reported speech is someone else's words: drop it before reading statements."""
    return QUOTED.sub(" ", REPORTED_SPEECH.sub(" ", text))
