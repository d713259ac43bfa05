"""Names and firms written in Latin letters inside messages in other scripts.

People who write Chinese, Arabic, Persian, Hindi, Bengali, Tamil, Georgian, Armenian, Greek,
Thai or Russian still type their employer ("在深圳Shopee做后端", "مهندسة في Careem",
"TBC Bank-ში ვმუშაობ", "Zoho-ல QA engineer-ஆ வேலை"), their chosen name ("叫我Vivian就好",
"Yukiって呼んでください", "मैं Rohit हूँ") and their pet's name ("柯基叫Mochi") in Latin
letters. ``scripts`` reads each language's own set phrases; these rules read what all of
them share: a capitalised Latin name beside the language's word for "at/in" in a clause that
speaks of work, or after its words for "call me" and "named".

A capitalised Latin word in such a message is as often a tool ("写Go", "SwiftUI") or a town
("Chennai-ல"), so a firm needs a work word in the same clause, a locative right beside it,
and no town of that name in the gazetteer; and the clause's last subject before it must be
the user, not a colleague or "she" ("帮我给同事写…，她…在ByteDance做产品经理").
"""

from __future__ import annotations

import re
import unicodedata

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _name, _works_at
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.extractors.rules.statement_rules.scripts import (
    ARABIC,
    FIELD_WORDS,
    HAN,
    HANGUL,
    KANA,
    NEGATED,
    PET_WORDS,
    SUPPOSE,
    users_subject,
)
from agent.memory.gazetteer import population
from agent.memory.lexicon import ROLE_WORDS
from agent.memory.phrasing import article

RULES: list[Rule] = []
rule = registrar(RULES)

BIG_TOWN = 500_000  # a name this big a town is the town ("Yuki" is a small one in Japan)
# A firm or school as people type it: capitalised, up to three words, digits allowed
# ("TBC Bank", "Brain Station 23", "Cafe Bazaar", "STC", "DeNA").
BRAND = (r"(?-i:[A-Z][A-Za-z0-9&.+]*(?:[ ](?:(?:of|de|and|&)[ ])?(?:[A-Z][A-Za-z0-9&.+]*|"
         r"\d{1,3})){0,2})")
# The clause speaks of work: a verb of working or a title, in any of these languages or in
# English (titles are often typed in English: "Flutter developer হিসেবে কাজ করি").
WORK = re.compile(
    rf"\b(?:{ROLE_WORDS})s?\b|工作|上班|返工|任职|任職|实习|實習|打工|做|當|当|働|勤め|勤務|"
    r"일하|일해|일합|근무|다니|개발자|디자이너|엔지니어|работа[юе]|працю|"
    r"مهندس|محاسب|موظف|مطور|مبرمج|مصمم|أعمل|أشتغل|اشتغل|كار|طراح|برنامه|"
    r"काम|नौकरी|কাজ|চাকরি|ვმუშაობ|աշխատ|வேலை|ทำงาน|δουλεύ|εργάζ|עובד|מפתח|מהנד",
    re.IGNORECASE)
STUDY = re.compile(r"ვსწავლობ|სწავლობ|학부|학과|학년|학생|석사|박사|대학원|공부|"
                   r"তে .{0,40}(?:PhD|পড়|পড়)|পড়াশোনা|"
                   r"सीख|पढ़|读研|读书|念書|上学|学生|留学|учусь|навчаюсь|σπουδάζω|"
                   r"University|Universität|College|Institute", re.IGNORECASE)
# "I am <a word or two> at <firm>": a title no list holds ("أنا مضيفة طيران في Emirates"),
# said in the user's own words right before the firm. Not Hebrew: its "ב" is any "in" or
# "with" ("אני משתמש ב-Figma" uses Figma).
I_AM_AT = re.compile(r"(?:^|\s)(?:أنا|انا|я|είμαι|εγώ)\s+(?:[^\sA-Za-z]+\s+){1,3}"
                     r"(?:في|ب|بـ|в|у|во|στην|στη|στο|στον|σε)\s?$")
# "मैं खुद Infosys में 5 साल से हूँ" (I've been at Infosys five years): a tenure at the firm
# ... or "Wipro में तीन साल हो गए" (three years at Wipro now)
TENURE_AFTER = re.compile(r"\s?-?में\s+(?:\d+|[\u0900-\u0963]+)\s+(?:साल|सालों|वर्ष|वर्षों)\s+"
                          r"(?:से\s+(?:हूँ|हूं|हु|काम)|हो\s+(?:गए|गये|गया))")
TITLE_AFTER = re.compile(rf"[\s-]*(?:{ROLE_WORDS})s?\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?。！？।։;]\s*|\s[—–-]\s")
PIECE_END = re.compile(r"[.!?。！？।։;,،，、]\s*|\s[—–-]\s")
EMPLOYER_PHRASES = (
    # Chinese, Cantonese: "在(深圳)(的)Shopee做…", "喺HSBC做compliance"
    rf"(?:在|喺|於|于)(?:[{HAN}]{{1,4}}的?)?\s?(?P<zh>{BRAND})\s?(?:做|當|当|工作|上班|返工|任职|任職|"
    rf"实习|實習|打工|读研|读博|读书|讀書|念书|念書|上学|上學|留学|留學)|"
    # Korean: "Kakao 백엔드 개발자로 일하고" (the title between firm and verb)
    rf"(?:^|\s)(?P<ko>{BRAND}) (?:[{HANGUL}A-Za-z]+ ){{0,2}}[{HANGUL}A-Za-z]+(?:으로|로) "
    rf"(?:일|근무)|"
    # Korean: "KAIST 전산학부 3학년" (a school by the year of study)
    rf"(?P<ko_year>{BRAND}) (?:[{HANGUL}]+(?:학부|학과|과) )?\d학년|"
    # Korean: "KAIST 기계공학과 석사과정 학생이에요" (a school by its student)
    rf"(?P<ko_student>{BRAND}) (?:[{HANGUL}]+ ){{0,2}}(?:학부생|대학원생|학생|석사|박사)|"
    # Arabic, Persian, Hebrew, Russian, Ukrainian, Greek, Thai: a word for "at/in" before it
    rf"(?:(?<!\w)(?:في|ب|بـ|لدى|عند|توی|تو|در|в|у|во|στην|στη|στο|στον|σε)\s|ב-?|ที่\s?)"
    rf"(?P<at>{BRAND})|"
    # Hindi, Bengali, Tamil, Georgian, Armenian, Japanese, Korean: a postposition after it
    rf"(?P<post>{BRAND})\s?(?:-?में|-?এ(?=\s)|-?তে(?=\s)|-?ல(?=\s)|-?இல்|-ში|-ում|에서|で(?!は))"
)


def _script_firm(value: str) -> str | None:
    """The firm's name, or None where the word is a field or a job's acronym. A big town
    read here ("在Melbourne读研", "Chennai-ல") is turned into the home by ``town_as_home``."""
    value = value.strip(" .-")
    return None if not value or value.lower() in FIELD_WORDS else value


@rule(EMPLOYER_PHRASES)
def latin_employer_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'在深圳Shopee做后端', 'مهندسة برمجيات في Careem', 'TBC Bank-ში ვმუშაობ' -> the employer;
    'KIU-ში ვსწავლობ', 'Jadavpur University তে PhD' -> the school. Work or study must be
    said in the same sentence ("…का काम करता हूँ। अभी Selenium में एक XPath…" is a tool)."""
    if _latin_clause(clause):
        return []  # English, Spanish, ...: the Latin-script rules read those
    group = next(k for k, v in m.groupdict().items() if v)
    value = _script_firm(m.group(group))
    start, end = m.span(group)
    if value is None or not users_subject(clause, start):
        return []
    # Work is said in the same stretch between commas ("আমি Grameenphone এ চাকরি করি, অফিস
    # থেকে Samsung এ কিছু ডিসকাউন্ট": the discount's firm is no employer), and the firm's own
    # name is no work word ("Postman-ল API test": a postman is a job).
    blanked = clause[:start] + " " * (end - start) + clause[end:]
    piece_start, piece_end = _stretch_span(blanked, start)
    piece = blanked[piece_start:piece_end]
    if SUPPOSE.search(_stretch(clause, start, SENTENCE_END)) or \
            NEGATED.search(_up_to_the_verb(blanked, piece_start, piece_end, end)):
        return []
    if WORK.search(piece) and not _nearer_brand(piece, piece_start, start) or \
            group == "at" and I_AM_AT.search(PIECE_END.split(clause[:start])[-1]) or \
            group == "post" and TENURE_AFTER.match(clause, end):
        return _works_at(value, clause)
    if STUDY.search(piece):
        return [_fact(f"Studies at {value}", "personal", value, clause, "employer")]
    return []


def _up_to_the_verb(blanked: str, piece_start: int, piece_end: int, end: int) -> str:
    """The stretch up to the work or study word after the firm, and a few letters past it for
    a negation that follows the verb ("করি না"): "მე TBC-ში ვმუშაობ ... და არ მინდა ..." (I work
    at TBC ... and I don't want ...) negates the wish, not the work."""
    verb = WORK.search(blanked, end, piece_end) or STUDY.search(blanked, end, piece_end)
    stop = min(piece_end, verb.end() + 8) if verb else piece_end
    return blanked[piece_start:stop]


def _nearer_brand(piece: str, offset: int, start: int) -> bool:
    """Whether another Latin name in the same stretch sits nearer the work word: "אני מפתח
    ב-Wix ומשתמש ב-React" works at Wix, not at React. ``piece`` is the stretch around
    ``start`` (with this name blanked out), ``offset`` where it starts in the clause."""
    work = [w.start() + offset for w in WORK.finditer(piece)]
    # a field or tool in a title is no firm: "QA engineer", "Flutter developer"
    others = [b.start() + offset for b in re.finditer(BRAND, piece)
              if b.group(0).lower() not in FIELD_WORDS and not TITLE_AFTER.match(piece, b.end())]

    def distance(at: int) -> int:
        return min(abs(at - w) for w in work)

    return bool(work) and any(distance(o) < distance(start) for o in others)


def _stretch_span(clause: str, at: int, ends: re.Pattern[str] = PIECE_END) -> tuple[int, int]:
    """Where the stretch of ``clause`` around position ``at`` between two ``ends`` (commas
    and sentence ends by default; ``SENTENCE_END`` for the sentence) starts and stops."""
    marks = list(ends.finditer(clause))
    start = max((e.end() for e in marks if e.end() <= at), default=0)
    stop = min((e.start() for e in marks if e.start() >= at), default=len(clause))
    return start, stop


def _stretch(clause: str, at: int, ends: re.Pattern[str] = PIECE_END) -> str:
    """The text of ``_stretch_span``."""
    start, stop = _stretch_span(clause, at, ends)
    return clause[start:stop]


def _latin_clause(clause: str) -> bool:
    """Whether the clause is written in Latin letters (then this module has nothing to add):
    under a fifth of its letters and marks from other scripts (Tamil's vowel signs are
    marks, not letters)."""
    letters = [c for c in clause if unicodedata.category(c)[0] in "LM"]
    other = sum(not c.isascii() and unicodedata.name(c, "").split()[0] not in {"LATIN",
                "COMBINING"} for c in letters)
    return not letters or other / len(letters) < 0.2


NAME_PHRASES = (
    # "call me X": 叫我 / って呼んで / 라고 불러 / বলে(ই) ডেকো / называй меня / ناديني / صدام کن
    rf"(?:叫我|喊我|称呼我|稱呼我)\s?(?P<zh>{BRAND})|"
    rf"(?P<ja>{BRAND}|[{KANA}]{{2,8}})\s?(?:って|と)呼んで|"
    rf"(?P<ko>{BRAND}|[{HANGUL}]{{2,4}})(?:이?라고|으로|로) 불러|"
    rf"(?P<bn>{BRAND})\s?বলে(?:ই)? (?:ডাক|ডেকো|ডেকে)|"
    rf"(?:называй(?:те)? меня|зови(?:те)? меня|називай(?:те)? мене|клич(?:те)? мене) "
    rf"(?:просто |just )?"
    rf"(?P<ru>{BRAND}|(?-i:[А-ЯЁІЇЄҐ][а-яёіїєґ]+))|"
    rf"(?:ناديني|نادني|صدام کن|صدام بزن) (?P<ar>{BRAND}|[{ARABIC}]+)|"
    # "I am X" with a Latin name: 我係 / 我是 / मैं X हूँ / আমি X, / என் பேரு X / ชื่อ X
    rf"(?:我係|我系|我是|英文名(?:叫|是)?|英文名字(?:叫|是)?)\s?(?P<zh2>{BRAND})(?=[，,。.!！\s]|$)|"
    rf"(?:^|\s)मैं (?P<hi>{BRAND}) (?:हूँ|हूं|हु)|"
    rf"(?:^|\s)(?:আমি (?P<bn2>{BRAND})(?=[,।!])|আমার নাম (?P<bn3>{BRAND}))|"
    rf"(?:என் பேரு|என் பெயர்|என்னோட பேரு|என் பேர்) (?P<ta>{BRAND})|"
    rf"(?:^|\s)ชื่อ\s?(?P<th>{BRAND})(?=\s|$)|"
    rf"(?:^|[!,.։]\s*)(?:Ես|ես) (?P<hy>(?-i:[Ա-Ֆ][ա-ֆ]+?))ն? եմ|"
    rf"(?:^|[!,.]\s*)(?P<el>(?-i:[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)) (?:λέγομαι|με λένε)"
)


@rule(NAME_PHRASES)
def latin_name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'叫我Vivian就好', 'Yukiって呼んでください', 'मैं Rohit हूँ', 'Ես Արամն եմ', 'Νίκος λέγομαι'."""
    value = next(v for v in m.groupdict().values() if v).strip()
    if value.lower() in FIELD_WORDS or (population(value) or 0) >= BIG_TOWN:
        return []  # "我是UX designer", "ชื่อ Bangkok" (many names are some small town too)
    return [_name(value, clause)]


PET_WORD = "|".join(sorted([*PET_WORDS, "柯基", "柴犬", "小狗", "小猫", "狗子", "น้องหมา",
                            "น้องแมว", "σκυλάκι", "γατούλα", "كلبتي", "قطتي", "כלבה", "כלב"],
                           key=len, reverse=True))
PET_NAMED = (rf"(?P<kind>{PET_WORD})\s?(?:叫|名字叫|的名字是|って名前の|という|이름은|이름이|"
             rf"اسمها|اسمه|بשם|בשם|ชื่อ|по имени|по кличке|на ім'я|на имя|που τον λένε|"
             rf"που την λένε)\s?(?P<name>{BRAND})")


@rule(PET_NAMED)
def latin_pet_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'家里有只柯基叫Mochi', 'قطة اسمها Luna', 'כלבה בשם Pixel', 'น้องหมาชื่อ Butter'."""
    if _latin_clause(clause) or not users_subject(clause, m.start()):
        return []
    kind = PET_WORDS.get(m.group("kind"), "dog" if re.search(
        r"柯基|柴犬|狗|หมา|σκυλ|كلب|כלב", m.group("kind")) else "cat")
    if kind not in {"dog", "cat"}:
        return []  # a child's name is read by the kin rules, with its own cues
    name = m.group("name")
    return [_fact(f"Has {article(kind)} {kind} named {name}", "personal", name, clause)]
