"""Names, homes and reply languages in the languages ``scripts`` does not read: Bulgarian and
Serbian (Cyrillic), Persian and Urdu (Arabic script), Marathi, Bengali, Tamil, Telugu,
Amharic, Armenian and Georgian.

The same bet as ``scripts``: each language says "my name is", "I live in" and "always answer
in" with a few set phrases in the first person ("Казвам се …", "живим у …", "اسمم …",
"میرا نام … ہے", "নাশিকলা রাহতে" …), so a phrase per fact reads most introductions, and
anything else in these languages is left unstored. A bare "I am X" is read only where the
script marks a proper name (Armenian capitals) or a comma closes it right after a greeting
("मी स्नेहा, …"): elsewhere "I am a teacher" would give a name. Values keep the user's
script; a town's case ending is cut where the language adds it as a plain suffix
(Armenian "-ում", Georgian "-ში", Telugu "-లో", Marathi "-ला").
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _lives, _name
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.extractors.rules.statement_rules.scripts import (
    ARABIC,
    CYR_PROPER,
    DEVA,
    LATIN_BRAND,
    _matched,
    _said,
    _someone_elses,
    held_back,
)

RULES: list[Rule] = []
rule = registrar(RULES)

BENGALI = "\u0980-\u09ff"
TAMIL = "\u0b80-\u0bff"
TELUGU = "\u0c00-\u0c7f"
ETHIOPIC = "\u1200-\u135a"
HY_PROPER = r"(?-i:[\u0531-\u0556][\u0561-\u0587]+)"
GEORGIAN = "\u10d0-\u10f0"
ZWNJ = "\u200c"
# Where a greeting may open the message before "I am X,": "Здравей! Аз съм Ива, ..."
OPENS = r"(?:^|[!.,।]\s*)"

NAME_PHRASES = (
    rf"(?:казвам се|името ми е|зовем се|моје име је|име ми је) (?P<bg>{CYR_PROPER})|"
    rf"{OPENS}(?:аз съм|ја сам) (?P<bg2>{CYR_PROPER})(?=$|[,.!?;:])|"
    rf"(?:اسمم|اسم من|نام من)\s+(?P<fa>[{ARABIC}]+)|"
    rf"میرا نام (?P<ur>[{ARABIC}]+)(?: [{ARABIC}]+)? ہے|"
    rf"(?:माझे|माझं|माझा|माझ) नाव (?P<mr>[{DEVA}]+)|{OPENS}मी (?P<mr2>[{DEVA}]+),|"
    rf"আমার নাম (?P<bn>[{BENGALI}]+)|{OPENS}আমি (?P<bn2>[{BENGALI}]+),|"
    rf"(?:என் பெயர்|என் பேரு|என்னோட பேரு|என் பேர்) (?P<ta>[{TAMIL}]+)|{OPENS}நான் (?P<ta2>[{TAMIL}]+),|"
    rf"నా పేరు (?P<te>[{TELUGU}]+)|"
    rf"ስሜ (?P<am>[{ETHIOPIC}]+) ነው|"
    rf"(?:Իմ անունը|Անունս) (?P<hy>{HY_PROPER})|"
    rf"(?:მქვია|ჩემი სახელია|ჩემი სახელი არის) (?P<ka>[{GEORGIAN}]+)"
)


@rule(NAME_PHRASES)
def more_scripts_name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'Казвам се Десислава', 'اسمم بهاره است', 'میرا نام عائشہ ہے', 'আমার নাম তানভীর',
    'ስሜ ሰላማዊት ነው', 'მქვია ნინო' ("Ես Արամն եմ" is ``latin_in_scripts``'s)."""
    if held_back(clause, m.start(), m.end()):
        return []
    return [_name(_matched(m), clause)]


LIVE_PHRASES = (
    rf"(?:живея|живеем) (?:в|във) (?P<bg>{CYR_PROPER})|"
    rf"(?:живим|живимо) у (?P<sr>{CYR_PROPER})|"
    # "Ауто је у Крагујевцу, ту живим": the town, then "I live there"
    rf"(?:у|в|във) (?P<here>{CYR_PROPER}),? (?:ту|тамо|тук|там|тут) (?:живим|живея|живу)|"
    rf"(?:در|تو) (?P<fa>[{ARABIC}]+|{LATIN_BRAND}) زندگی می{ZWNJ}?\s?کنم|ساکن (?P<fa2>[{ARABIC}]+)"
    rf"(?:{ZWNJ}?ام| هستم)|"
    rf"میں (?P<ur>[{ARABIC}]+) میں (?:رہتا|رہتی|رہتے) (?:ہوں|ہیں)|"
    rf"(?P<mr>[{DEVA}]+?)(?:ला| मध्ये|मध्ये) (?:राहतो|राहते|राहतात|राहतोय|राहतेय)|"
    rf"(?:থাকি|থাকছি) (?P<bn>[{BENGALI}]+)|(?P<bn2>[{BENGALI}]+?)(?:-?এ|-?তে|য়|ে) (?:থাকি|থাকছি)|"
    rf"(?P<ta>[{TAMIL}]+) (?:வசிக்கிறேன்|வசிக்கிறோம்|வாழ்கிறேன்|இருக்கிறேன்|இருக்கேன்)|"
    rf"(?P<te>[{TELUGU}]+?){ZWNJ}?లో (?:ఉంటాను|ఉంటున్నాను|నివసిస్తున్నాను|నివసిస్తాను)|"
    rf"(?:^|[\s\u1361-\u1368])(?P<am>[{ETHIOPIC}]+(?: [{ETHIOPIC}]+)?) ነው የምኖረው|"
    rf"(?:ապրում|բնակվում) եմ (?P<hy>{HY_PROPER})|(?P<hy2>{HY_PROPER}) (?:եմ ապրում|եմ բնակվում)|"
    rf"(?:ვცხოვრობ|ვცხოვრობთ) (?P<ka>[{GEORGIAN}]+)|"
    rf"(?<![{GEORGIAN}])(?!(?:და|მე|ახლა|აქ|იქ|ჩვენ|ისევ) )(?P<ka2>[{GEORGIAN}]+) "
    rf"(?:ვცხოვრობ|ვცხოვრობთ)"
)
# A town's plain case suffixes, cut from the value (the rest stays as written).
SUFFIXES = {"hy": ("ում",), "hy2": ("ում",), "ka": ("ში",), "ka2": ("ში",),
            "bn": ("তে", "য়", "ে")}
# Home itself, or here: "घरी राहते" (I stay at home), "இங்கே இருக்கேன்" (I'm here).
NOT_A_PLACE = frozenset("घरी घर घरात বাড়ি বাড়িতে বাসা বাসায় இங்கே இங்கு வீட்டில்".split())


@rule(LIVE_PHRASES)
def more_scripts_home_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'живея в Пловдив', 'در شیراز زندگی می‌کنم', 'میں لاہور میں رہتی ہوں', 'नाशिकला राहते',
    'থাকি ঢাকায়', 'హైదరాబాద్‌లో ఉంటాను', 'አዲስ አበባ ነው የምኖረው', 'ապրում եմ Գյումրիում'."""
    if held_back(clause, m.start(), m.end()):
        return []
    group, value = _said(m)
    for suffix in SUFFIXES.get(group, ()):
        if value.endswith(suffix) and len(value) > len(suffix) + 2:
            value = value[:-len(suffix)]
            break
    if value in NOT_A_PLACE:
        return []
    return _lives(value, clause)


FROM_PHRASES = (
    rf"(?:^|\s)от (?P<bg>{CYR_PROPER}) съм|(?:^|\s)(?:из (?P<sr>{CYR_PROPER}) сам|родом сам из "
    rf"(?P<sr2>{CYR_PROPER}))|"
    rf"اهل (?P<fa>[{ARABIC}]+?)(?:م|{ZWNJ}ام| هستم)(?=[\s،,.!]|$)|"
    rf"میرا تعلق (?P<ur>[{ARABIC}]+) سے ہے"
)


@rule(FROM_PHRASES)
def more_scripts_from_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'от София съм', 'из Ниша сам', 'اهل شیرازم', 'میرا تعلق ملتان سے ہے' -> 'Is from …'."""
    if held_back(clause, m.start(), m.end()):
        return []
    value = _matched(m)
    return [_fact(f"Is from {value}", "personal", value, clause, "hometown")]


# A pet named with "named X" in each language: "котарак на име Мърморко", "چنگی नावाची मांजर".
PET_KINDS = {"котарак": "cat", "котка": "cat", "коте": "cat", "куче": "dog", "кученце": "dog",
             "мачка": "cat", "мачак": "cat", "пас": "dog", "куца": "dog", "گربه": "cat",
             "سگ": "dog", "بلی": "cat", "کتا": "dog", "मांजर": "cat", "मांजरी": "cat",
             "कुत्रा": "dog", "कुत्री": "dog", "বিড়াল": "cat", "বেড়াল": "cat", "কুকুর": "dog",
             "பூனை": "cat", "நாய்": "dog", "పిల్లి": "cat", "కుక్క": "dog", "կատու": "cat",
             "շուն": "dog", "კატა": "cat", "ძაღლი": "dog"}
PET_KIND = "|".join(sorted(PET_KINDS, key=len, reverse=True))
PET_PHRASES = (
    rf"(?P<kind>{PET_KIND}) (?:на име|по имену|који се зове|която се казва) (?P<cyr>{CYR_PROPER})|"
    rf"(?P<kind2>{PET_KIND})(?:{ZWNJ}?ای|ی)? (?:به اسم|به نام) (?P<fa>[{ARABIC}]+)|"
    rf"(?P<mr>[{DEVA}]+) (?:नावाची|नावाचा|नाम की|नाम का) (?:एक )?(?P<kind3>{PET_KIND})|"
    rf"(?P<bn>[{BENGALI}]+) নামের (?:একটা |একটি )?(?P<kind4>{PET_KIND})|"
    rf"(?P<ta>[{TAMIL}]+) (?:என்ற|என்கிற) (?P<kind5>{PET_KIND})|"
    rf"(?P<te>[{TELUGU}]+) అనే (?P<kind6>{PET_KIND})|"
    rf"(?P<hy>{HY_PROPER}) անունով (?P<kind7>{PET_KIND})|"
    rf"(?P<kind8>{PET_KIND}) სახელად (?P<ka>[{GEORGIAN}]+)"
)


@rule(PET_PHRASES)
def more_scripts_pet_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'Имам котарак на име Мърморко', 'چنگی नावाची एक मांजर आहे' -> 'Has a cat named …'."""
    # a friend's, a neighbour's or a relative's animal is not the user's
    if held_back(clause, m.start(), m.end()) or _someone_elses(clause, m.start()):
        return []
    said = {k: v for k, v in m.groupdict().items() if v}
    kind = PET_KINDS[next(v for k, v in said.items() if k.startswith("kind"))]
    name = next(v for k, v in said.items() if not k.startswith("kind"))
    return [_fact(f"Has a {kind} named {name}", "personal", name, clause)]


# The reply language as the user names it, with the English name in the memory.
REPLY_LANGUAGES = {
    "فارسی": "Persian", "به فارسی": "Persian", "اردو": "Urdu", "اردو میں": "Urdu",
    "मराठी": "Marathi", "मराठीत": "Marathi", "मराठीतच": "Marathi", "বাংলায়": "Bengali",
    "বাংলাতে": "Bengali", "தமிழில்": "Tamil", "தமிழிலேயே": "Tamil", "తెలుగులో": "Telugu",
    "తెలుగులోనే": "Telugu", "በአማርኛ": "Amharic", "հայերեն": "Armenian", "հայերենով": "Armenian",
    "ქართულად": "Georgian", "ქართულ ენაზე": "Georgian", "на български": "Bulgarian",
    "на српском": "Serbian", "српски": "Serbian",
}
REPLY_LANGUAGE = "|".join(sorted(map(re.escape, REPLY_LANGUAGES), key=len, reverse=True))
# "from now on", "always", "every time" in those languages
ALWAYS = re.compile(r"از این به بعد|همیشه|هميشه|ہمیشہ|آئندہ|नेहमी|यापुढे|সবসময়|এখন থেকে|"
                    r"எப்போதும்|இனிமேல்|ఎప్పుడూ|ఇక నుంచి|ఇకపై|ሁልጊዜ|ከአሁን ጀምሮ|միշտ|"
                    r"այսուհետ|ყოველთვის|ამიერიდან|винаги|отсега|увек|убудуће|отсад")


@rule(rf"(?P<v>{REPLY_LANGUAGE})")
def more_scripts_reply_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'از این به بعد همیشه فارسی جوابم رو بده' -> 'Prefers responses in Persian (فارسی)'.
    Without "always" or "from now on" it may be for this one answer, and is not kept."""
    if not ALWAYS.search(clause):
        return []
    word = m.group("v")
    return [_fact(f"Prefers responses in {REPLY_LANGUAGES[word]} ({word})", "language", word,
                  clause, "language")]
