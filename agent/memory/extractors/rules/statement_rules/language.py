"""Rules for the language the user wants answers in, and their native language.

A reply-language request is a lasting instruction to the assistant, not a passing mention of
a language, so it has its own slot and its own rules.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _lang
from agent.memory.extractors.rules.patterns import STANDING_WISH, F
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.lexicon import LANGUAGES, NATIVE_LANGUAGE_NAMES

RULES: list[Rule] = []
rule = registrar(RULES)


@rule(rf"\b(?:respond|answer|reply|talk|speak|write|communicate|chat)(?:\s+(?:to |with )?me)?"
      rf"(?:\s+(?:always|only))?\s+in\s+(?P<a>(?:simple|plain|basic|formal|informal|"
      rf"european|brazilian|british|american|latin american)\s+)?(?P<v>{LANGUAGES})\b|"
      rf"\b(?:use|switch to|stick to|stick with|speak|talk)\s+(?P<a2>(?:simple|plain|"
      rf"european|brazilian)\s+)?(?P<w>{LANGUAGES})\b(?=.*\b(?:with me|from now on|always|"
      rf"going forward|future|every|default|whenever))|"
      rf"\b(?:responses|replies|answers)(?:\s+\w+)?\s+in\s+(?P<x>{LANGUAGES})\b|"
      rf"\b(?:default|preferred) language(?: with you)? (?:should be|is)\s+(?P<y>{LANGUAGES})|"
      # "go back to english for answers pls": a return to a reply language
      rf"\b(?:go|switch|get) back to (?P<z>{LANGUAGES})\b(?=.*\b(?:answers?|replies|"
      rf"responses|pls|please)\b)")
def reply_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if re.search(r"\bI\s*$", clause[:m.start()]):  # "even if I write in English"
        return []
    name = _lang(m.group("v") or m.group("w") or m.group("x") or m.group("y") or m.group("z"))
    adj = (m.group("a") or m.group("a2") or "").strip()
    label = f"{adj} {name}".strip() if adj.lower() in {"simple", "plain", "basic"} else name
    return [_fact(f"Prefers responses in {label}", "language", name, clause, "language")]

@rule(rf"\b(?:I prefer|I'd prefer|I would prefer|my preferred language is|I'd rather)\s+"
      rf"(?:to (?:talk|chat|speak|communicate|be answered)\s+in\s+|answers in\s+|"
      rf"responses in\s+|replies in\s+)?(?P<v>{LANGUAGES})\b(?!\s+(?:food|cuisine|wine|"
      rf"films?|movies?|music|cars?))")
def prefer_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    name = _lang(m.group("v"))
    return [_fact(f"Prefers responses in {name}", "language", name, clause, "language")]

@rule(rf"\bmy (?:native|first|mother) (?:language|tongue) is\s+(?P<v>{LANGUAGES})\b|"
      rf"\bI'm a native (?P<w>{LANGUAGES}) speaker")
def native_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    name = _lang(m.group("v") or m.group("w"))
    return [_fact(f"Native language is {name}", "language", name, clause, "native_language")]


# "you can go back to English now", "switch back to German please": the reply language
# changes back (supersedes the one kept); only for how to answer, not "back to English class".
@rule(rf"\b(?:you can |please |let's |can you |could you )?(?:go|switch|change|revert|get) back "
      rf"to (?P<v>{LANGUAGES})\b(?!\s+(?:class|lessons?|food|cuisine|music|songs?|texts?))")
def back_to_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    name = _lang(m.group("v"))
    return [_fact(f"Prefers responses in {name}", "language", name, clause, "language")
            .with_(change=True)]


# "I speak Spanish and a bit of German", "I'm fluent in Hindi": languages the user speaks
# (what they can read an answer in, and what a translation may skip), not how to answer.
@rule(rf"\bI (?:can )?speak (?:(?:fluent|good|decent|native|some|basic|a (?:bit|little) of)\s+)?"
      rf"(?P<v>{LANGUAGES})(?:(?:,|,? and| and a (?:bit|little) of| and some)\s+"
      rf"(?P<w>{LANGUAGES}))?\b(?!\s+(?:food|cuisine|to\b))|"
      rf"\bI(?:'m| am) (?:fluent|bilingual) in (?P<x>{LANGUAGES})(?:\s+and\s+(?P<y>{LANGUAGES}))?")
def speaks_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if re.search(r"\b(?:don't|do not|can't|cannot|barely|wish|if)\b", clause[:m.start()] +
                 m.group(0), F):
        return []
    names = [_lang(v) for v in (m.group("v"), m.group("w"), m.group("x"), m.group("y")) if v]
    return [_fact(f"Speaks {name}", "language", name, clause) for name in names]


# "oye a partir de ahora contestame en español", "rispondimi sempre in italiano", "wil je
# voortaan in het Nederlands antwoorden?", "bundan sonra bana hep Türkçe cevap ver": a verb of
# answering and a language named in the user's own language, said as a standing wish (a word
# for "from now on" / "always") or to "me" ("réponds-moi"), not "écris cet email en anglais".
REPLY_VERB = (r"contest\w*|contést\w*|respond\w*|respónd\w*|"
              r"répond\w*|repond\w*|écri\w*|antwort\w*|schreib\w*|"
              r"rispond\w*|scriv\w*|escrev\w*|antwoord\w*|odpowiad\w*|odpisuj\w*|"
              # "pisz" (write!), not "piszę" (I write): the language the user writes in
              r"pisz(?!ę)\w*|"
              r"svar\w*|jawab\w*|balas\w*|cevap|yaz\w*|trả lời|odpovíd\w*|odpověz\w*|"
              r"r[ăa]spun\w*|baat kar\w*|mag-\w+|sagot\w*|nijibu|jibu|nijibie|"
              r"niandikie")
TO_ME = re.compile(r"\b(?:me|moi|mir|mi|mnie|mig|meg|bana|mình|tôi|aku|saya|mujhse)\b|"
                   r"(?:contest|respond|rispond|scriv|escrev|r[ăa]spunde)\w*(?:me|mi)\b|"
                   r"-(?:moi|me|mi)\b", re.IGNORECASE)
# Words that make the thing answered a text, not the user: "écris cet email en anglais".
OBJECT = re.compile(r"\b(?:this|that|it|cet|cette|ce|ceci|esto|este|esta|eso|questo|questa|"
                    r"isso|isto|dies|das|den|diesen|dit|dat|to|ten|tą|det|ini|itu|bunu|"
                    r"email|mail|text|texto|texte|brief|carta|lettre|lettera|message|mensaje)\b",
                    re.IGNORECASE)
_NATIVE = "|".join(sorted((re.escape(k) for k in NATIVE_LANGUAGE_NAMES), key=len, reverse=True))
_ANY = f"{_NATIVE}|{LANGUAGES}"  # the normaliser writes some names in English ("italian")
_IN = (r"(?:\b(?:en|in|auf|em|na|på|bằng|dalam|pake|pakai|v|în|op|mein|sa|kwa)\s+"
       r"(?:het\s+|de\s+)?)?")
# What may stand before a request's verb: nothing, or a word for "please".
POLITE = re.compile(r"(?:tolong|mohon|por favor|porfa|bitte|per favore|proszę|prosím|vă rog|"
                    r"lütfen|làm ơn|pakisuyo|tafadhali|please|pls)?", re.I)
# "antworte mir immer auf Deutsch, auch wenn ich mal Englisch schreibe": the language the user
# may write in, after "even if" or "when", is not the one they want answers in.
EVEN_IF = re.compile(r"\b(?:aunque|aun si|wenn|même si|si|anche se|se|mesmo que|ainda que|"
                     r"ook al|zelfs als|även om|nawet jeśli|i když|chiar dacă|kahit|hata|"
                     r"meskipun|walaupun|kể cả khi|dù|hata kama|even if|if|"
                     # "... anche quando scrivo in inglese": when, in the same sense
                     r"quando|cuando|quand|when|wanneer|när|kiedy|khi)\b[^,;.]*$", re.I)

# A text to write in that language: "mi aiuti a scrivere una breve bio in inglese", "écris-moi
# une lettre en allemand": the language of the text, not of the answers.
WRITES_A_TEXT = re.compile(r"(?:écri|scriv|escrev|schreib|pisz|yaz|redact|redig)\w*\s*"
                           r"(?:-?(?:moi|mi|me)\b|mir\b)?\s*"
                           r"(?:\w+\s+)?(?:un|una|uno|une|um|uma|ein\w*|la|le|il|lo|el|den|die|"
                           r"das|een|het|de|bir|o|a)\s", re.IGNORECASE)


@rule(rf"\b(?P<verb>{REPLY_VERB})\b(?P<gap>[^.?!]{{0,40}}?){_IN}(?P<v>{_ANY})\b|"
      rf"{_IN}(?P<w>{_ANY})\b[^.?!]{{0,25}}?\b(?:{REPLY_VERB})\b")
def native_reply_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    imperative = (m.group("verb") is not None and POLITE.fullmatch(clause[:m.start()].strip())
                  and len(m.group("gap").split()) <= 2 and not OBJECT.search(m.group("gap")))
    if not (STANDING_WISH.search(clause) or TO_ME.search(clause) or imperative) or \
            EVEN_IF.search(clause[:m.start()]) or WRITES_A_TEXT.match(
                f"{m.group('verb') or ''} {m.group('gap') or ''}"):
        return []
    said = m.group("v") or m.group("w")  # the value as said: the policy checks it was
    # Turkish capital İ lowercases to "i" plus a combining dot: "İngilizce" is "ingilizce".
    name = NATIVE_LANGUAGE_NAMES.get(said.lower().replace("i\u0307", "i")) or _lang(said)
    return [_fact(f"Prefers responses in {name}", "language", said, clause, "language")]
