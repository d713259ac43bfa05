"""The name (and job) a user signs their message with.

People sign chat messages the way they sign mail: "thx!\\nSiobhán", "Best,\\nMarcus Webb |
Senior PM, Atlassian". The clause splitter reads lines one at a time, so a closing line and
the name under it never meet there; this reads the end of the message as a whole.

A sign-off is the user's only when it ends the message and nothing before it hands over
someone else's text: after "reply to this email:" or "my landlord wrote", the closing and
the name under it are the other person's.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _lives, _name, _role, _works_at
from agent.memory.extractors.rules.patterns import NAME, NAME_STOP, F
from agent.memory.extractors.rules.statement_rules.more_scripts import (
    BENGALI,
    GEORGIAN,
    HY_PROPER,
    TAMIL,
    TELUGU,
)
from agent.memory.extractors.rules.statement_rules.scripts import (
    ARABIC,
    CYR_PROPER,
    DEVA,
    GREEK_PROPER,
    HAN,
    HANGUL,
    HEBREW,
    KANA,
    THAI,
)
from agent.memory.gazetteer import population
from agent.memory.lexicon import PASTE_INTRO

# A line that closes a message before the name under it, in the languages the rules read.
CLOSING = re.compile(
    r"^(?:best(?: regards| wishes)?|kind regards|warm regards|regards|cheers|warmly|"
    r"thanks(?: so much| again| a lot| in advance| kindly| a mil(?:lion)?| a bunch| loads|"
    r" heaps| a ton)?|thank you(?: so much| kindly)?|"
    r"thx|ty|tia|ta|cheers mate|"
    r"many thanks|sincerely|yours(?: truly)?|br|all the best|"
    r"mfg|mit freundlichen grüßen|viele grüße|liebe grüße|lg|vg|gruß|grüße|saludos|un saludo|"
    r"atentamente|gracias|cordialement|bien à vous|merci(?: d'avance| beaucoup)?|"
    r"grazie(?: mille)?|cordiali saluti|saluti|obrigad[oa]|abraços?|atenciosamente|"
    r"pozdrawiam|dziękuję|dzięki|danke(?: schön| sehr| dir| euch)?|vielen dank|"
    r"bedankt|tack|takk|teşekkürler|kiitos|"
    r"díky|mulțumesc|terima kasih|groetjes|met vriendelijke groet|hälsningar|mvh|"
    # ... and in the languages of other scripts
    r"спасибо(?: заранее)?|заранее спасибо|с уважением|всего доброго|дякую(?: заздалегідь)?|"
    r"з повагою|благодаря(?: предварително)?|поздрави|хвала(?: унапред| унапријед)?|поздрав|"
    r"срдачно|ευχαριστώ(?: πολύ| εκ των προτέρων)?|με εκτίμηση|φιλικά|شكرا|شكراً|مع تحياتي|"
    r"ممنون|مرسی|با تشکر|باتشکر|شکریہ|धन्यवाद|ধন্যবাদ|நன்றி|ధన్యవాదాలు|շնորհակալություն|"
    r"მადლობა|תודה(?: מראש| רבה)?|בברכה|よろしくお願いします|よろしくお願いいたします|"
    r"감사합니다|谢谢|謝謝|ขอบคุณ(?:ครับ|ค่ะ)?|"
    r"[-—–~]+)\s*[,.!，、！。]*$", F)
# A name under the closing written in another script: one or two words (capitalised where
# the script has capitals), "Хвала унапред,\nНемања".
SCRIPT_NAME = (rf"{CYR_PROPER}|{GREEK_PROPER}|{HY_PROPER}|[{ARABIC}]+(?: [{ARABIC}]+)?|"
               rf"[{HEBREW}]+(?: [{HEBREW}]+)?|[{DEVA}]+(?: [{DEVA}]+)?|[{BENGALI}]+|[{TAMIL}]+|"
               rf"[{TELUGU}]+|[{GEORGIAN}]+|[{HAN}]{{2,4}}|[{HANGUL}]{{2,4}}|[{THAI}]{{2,12}}")
# The name line: the name, and maybe "| title, firm", ", title at firm", ", town" or
# "(retired schoolteacher, Galway)" after it.
NAME_LINE = re.compile(rf"^[-—–~]*\s*(?:(?:xx+|xoxo|x)\s+)?"  # "xx Priya"
                       rf"(?P<n>{NAME}(?:\s+{NAME}){{0,2}}|{SCRIPT_NAME})\s*"
                       rf"(?:[|,·•]\s*(?P<job>[^\n]+?)|\((?P<aside>[^)\n]+)\))?\s*$")
# The closing and the name on one line: "thanks!! - Chiamaka, Lagos", "Cheers, Declan" (not
# the assistant thanked by a name: "Thanks, Claude").
NOT_THE_ASSISTANT = r"(?!(?:Claude|ChatGPT|GPT|Gemini|Copilot|Siri|Alexa|Bard|Bot)\b)"
CLOSED_NAME = re.compile(rf"^(?P<c>[^-—–~,，\n]{{2,40}}?)\s*(?:[-—–~]+|[,，])\s*{NOT_THE_ASSISTANT}"
                         rf"(?P<n>(?:{NAME}|{SCRIPT_NAME})[^\n]*)$")
# Closings that follow the name: "田中より" (from Tanaka), "김민수 드림", "李娜 敬上".
NAME_THEN_CLOSING = re.compile(rf"^(?P<n>[{HAN}{KANA}]{{2,5}}|[{HANGUL}]{{2,4}})\s?"
                               rf"(?:より|드림|올림|敬上|谨上|謹上)$")
# The closing and the name ending the message's last sentence: "... agresywnie. Dzięki! — Marta"
TAIL_CLOSED = re.compile(rf"(?:^|(?<=[.!?…。！]\s)|(?<=[。！]))"
                         rf"(?P<c>[^.!?。！？\n—–~,，-]{{2,30}}[.!]*)\s*(?:[-—–~]+|[,，]|(?<=!)\s)\s*"
                         rf"{NOT_THE_ASSISTANT}(?P<n>{NAME}(?:\s+{NAME})?|{SCRIPT_NAME})\s*$")
# German closings run straight into the name on the last line: "... einschläft? LG Katrin".
TAIL_GERMAN = re.compile(rf"(?:^|(?<=[.!?…]\s))(?P<c>LG|VG|MfG|Liebe Grüße|Viele Grüße|"
                         rf"Beste Grüße|Gruß|Grüße)[,!]?\s+(?P<n>{NAME}(?:\s+{NAME})?)\s*$")
# Words that close a message where a name would stand: "thanks! Bye", "Grazie! Ciao".
FAREWELLS = frozenset("bye byee ciao cheers love hugs later peace salut tschüss tschüs adios "
                      "adiós tchau doei hej hi hello hey thanks".split())
# A dash alone closing the message after its last sentence: "... to track it? — Jess".
TAIL_DASH = re.compile(rf"(?<=[.!?…。！？])\s*(?:[—–~]+|\s-+)\s*{NOT_THE_ASSISTANT}"
                       rf"(?P<n>{NAME}(?:\s+{NAME})?|{SCRIPT_NAME})\s*$")
# "Senior PM, Atlassian", "Senior PM @ Atlassian", "Senior PM at Atlassian"
JOB_LINE = re.compile(r"^(?P<t>[\w][\w .&/+-]{1,40}?)\s*(?:,|@|\bat\b|\||·)\s*"
                      r"(?P<e>[A-Z][\w&.' -]{1,40})$")
# Before the sign-off: words that say the text that ends with it is someone else's.
HANDED = re.compile(r"\b(?:wrote|sent|forwarded|replied|reply to|respond to|answer this|"
                    r"from my|from our|from the|this email|this message|this letter|"
                    r"got this|received)\b|^\s*(?:from|to|subject)\s*:|:\s*$", F | re.M)


def split_signoff(text: str) -> tuple[str, list[Candidate]]:
    """The message without its sign-off, and the name (with the title and firm beside it)
    the sign-off gives; the message unchanged and no candidates when it is not signed."""
    lines = [line.strip() for line in text.rstrip().splitlines()]
    closed = CLOSED_NAME.match(lines[-1]) if len(lines) > 1 else None
    if closed and CLOSING.match(closed.group("c")):  # one line: split it in two
        lines[-1:] = [closed.group("c"), closed.group("n")]
    elif (tail := TAIL_CLOSED.search(lines[-1])) and CLOSING.match(tail.group("c")):
        lines[-1:] = [lines[-1][:tail.start()].strip(), tail.group("c"), tail.group("n")]
    elif tail := TAIL_GERMAN.search(lines[-1]):
        lines[-1:] = [lines[-1][:tail.start()].strip(), tail.group("c"), tail.group("n")]
    elif dash := TAIL_DASH.search(lines[-1]):
        lines[-1:] = [lines[-1][:dash.start()].strip(), "—", dash.group("n")]
    elif (named := NAME_THEN_CLOSING.match(lines[-1])) and len(lines) > 1:
        lines[-1:] = ["—", named.group("n")]  # the closing word read as a dash line
    for at in range(max(1, len(lines) - 3), len(lines)):
        if not CLOSING.match(lines[at - 1]):
            continue
        name_line = NAME_LINE.match(lines[at])
        before = "\n".join(lines[:at - 1])
        if not name_line or not before.strip() or HANDED.search(before) or \
                _pasted_up_to_the_end(before):
            return text, []
        words = name_line.group("n").split()
        if any(w.lower() in NAME_STOP or w.lower() in FAREWELLS for w in words):
            return text, []
        clause = "\n".join(lines[at - 1:])
        job = name_line.group("job") or name_line.group("aside") or (
            lines[at + 1] if at + 1 < len(lines) else "")
        titles = _job(job, clause)
        if not titles and name_line.group("aside"):
            # "— Devraj (my fiancée Marisol says hi too)": an aside, read as the user's words
            before = f"{before}\n{name_line.group('aside')}"
        return before, [_name(" ".join(words), clause), *titles]
    return text, []


# A passage pasted in quotes that closes before the message goes on: "reword this: 'the
# invoice is overdue.' I need to send it today. Thanks!! xx Priya".
QUOTED_PASTE = re.compile(r"\s*(?P<q>[\"'“‘«]).+?[\"'”’»](?=\s|$)(?P<rest>.*)", re.S)


def _pasted_up_to_the_end(before: str) -> bool:
    """Whether the text before the closing is someone else's pasted in: after "edit this:"
    and not a passage in quotes that closes before the user goes on in their own words."""
    intro = PASTE_INTRO.search(before)
    if intro is None:
        return False
    quoted = QUOTED_PASTE.match(before, intro.end())
    return not (quoted and quoted.group("rest").strip())


def _job(line: str, clause: str) -> list[Candidate]:
    """"Senior PM, Atlassian" under (or beside) the name: the title and the firm; "Nurse,
    Lagos": the title and the town (a known town of any size, see ``gazetteer``)."""
    line = line.strip()
    if population(line):
        return _lives(line, clause)  # "- Chiamaka, Lagos"
    m = JOB_LINE.match(line)
    if not m:
        return []
    where = m.group("e").strip()
    return _role(m.group("t"), "", clause) + (
        _lives(where, clause) if population(where) else _works_at(where, clause))


def is_signoff(clause: str) -> bool:
    """Whether a candidate's clause is a sign-off read here (a closing line, then the name):
    the name under "Best," says what it is as plainly as "my name is"."""
    first, _, rest = clause.partition("\n")
    return bool(rest) and CLOSING.match(first) is not None
