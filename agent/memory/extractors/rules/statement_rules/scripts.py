"""Introductions, homes, work, family and pets, reply languages, goals and diets in the
languages of other scripts.

The encoder and the learned readers see English; Chinese, Japanese, Korean, Russian,
Ukrainian, Arabic, Hindi, Thai, Greek and Hebrew reach the writer only through these rules.
Each language says these few facts with a handful of set phrases ("我叫…", "…と申します",
"제 이름은 …", "меня зовут …", "اسمي …", "मेरा नाम … है", "ผมชื่อ…"), so a phrase per fact
reads most of what users write; anything else in these scripts is left unstored, which is the
safe side. Values are kept in the user's script ("Lives in 札幌"), as the user wrote them.

Scripts without spaces (Chinese, Japanese, Thai) have no word edges, so a value there ends at
punctuation, a particle or a known next word; Hangul names end before the copula.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import (
    _fact,
    _lives,
    _name,
    _retraction,
    _role,
    _works_at,
    diet_text,
)
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.phrasing import article

RULES: list[Rule] = []
rule = registrar(RULES)


HAN = "\u4e00-\u9fff\u3400-\u4dbf"
KANA = "\u30a0-\u30ff\u31f0-\u31ff"  # katakana: names and loan words; hiragana is grammar
# The common Korean family names: a full name is one of them and two syllables ("김하늘").
KO_SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진"
HANGUL = "\uac00-\ud7a3"
THAI = "\u0e00-\u0e7f"
DEVA = "\u0900-\u0963\u0966-\u097f"  # without the danda, which ends a sentence
ARABIC = "\u0620-\u065f\u0670-\u06d3"  # letters with their vowel marks
HEBREW = "\u05d0-\u05ea"
LATIN_BRAND = r"[A-Za-z][\w&.+-]*(?:\s[A-Z][\w&.+-]*){0,2}"
CYR_PROPER = (r"(?-i:[А-ЯЁІЇЄҐЂЈЉЊЋЏ][а-яёіїєґђјљњћџ'’-]+"  # with the Serbian letters
              r"(?:[\s-][А-ЯЁІЇЄҐЂЈЉЊЋЏ][а-яёіїєґђјљњћџ'’-]+)?)")
GREEK_PROPER = r"(?-i:[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)"
# Chinese: a value ends at punctuation or the next clause's usual opening word.
ZH_NEXT = (r"(?=$|[\s,.!?;:，。！？、；：]|在|是|今年|来自|住|做|当|，|这边|这里|那边|的|了|呢|"
           r"啊|吧)")
# Thai: a value ends at a space, punctuation or a polite particle.
TH_NEXT = r"(?=$|[\s,.!?]|ค่ะ|คะ|ครับ|นะ|จ้ะ|แล้ว)"

def _said(m: re.Match[str]) -> tuple[str, str]:
    """The group name and value of whichever language's alternative matched (one named
    group per language)."""
    return next((k, v) for k, v in m.groupdict().items() if v)


def _matched(m: re.Match[str]) -> str:
    """The value of whichever language's alternative matched."""
    return _said(m)[1]


NAME_PHRASES = (
    rf"我叫(?![他她它你了车醒])(?P<zh>[{HAN}]{{2,4}}?|[A-Z][a-z]+){ZH_NEXT}|我的名字(?:是|叫)(?P<zh2>[{HAN}]{{2,4}}?|"
    rf"[A-Z][a-z]+){ZH_NEXT}|"
    rf"(?P<ja>[{HAN}{KANA}]{{1,8}})と申します|(?:^|[、,。\s])(?:はじめまして|初めまして|こんにちは)"
    rf"[、,。!！\s]*(?P<ja2>[{HAN}{KANA}]{{2,8}}|[A-Z][a-z]{{1,12}})\s?です|名前は(?P<ja3>[{HAN}{KANA}]{{1,8}})です|"
    # a Latin-script name opening the message: "Haruto です。大阪に住んでます。"
    rf"^(?P<ja4>[A-Z][a-z]{{2,12}})\s?です(?=[。！!、,]|$)|"
    rf"(?:제|내|저의) 이름은 (?P<ko>[{HANGUL}]{{2,4}}?)(?:이에요|예요|입니다|이야|야|이고|$|[,.!])|"
    rf"저는 (?P<ko2>[{HANGUL}]{{2,4}}?)(?:이?라고 (?:해요|합니다|하고))|"
    rf"(?:меня зовут|мене звати|зовут меня) (?P<ru>{CYR_PROPER})|"
    rf"(?:меня|мене) (?:\S+ )?(?P<ru3>{CYR_PROPER}) (?:зовут|звати)|"
    rf"(?:^|[,.!]\s*)(?:привет|привіт|здравствуйте|добрый день|вітаю)?[,!]?\s*я "
    rf"(?P<ru2>(?-i:[А-ЯЁІЇЄҐ][а-яёіїєґ]+))(?=$|[,.!?;:)])|"
    rf"(?:^|\s|،)(?:أنا )?اسمي (?P<ar>[{ARABIC}]+(?:\s+ال[{ARABIC}]+)?)|"
    rf"मेरा नाम (?P<hi>[{DEVA}]+(?:\s+[{DEVA}]+)?)\s+(?:है|हैं)|"
    rf"(?<!แมว)(?<!หมา)(?<!สุนัข)(?<!ลูก)(?<!ของ)(?:ผม|ฉัน|ดิฉัน|หนู|เรา)ชื่อ(?P<th>[{THAI}]+?)"
    rf"{TH_NEXT}|"
    rf"(?:με λένε|λέγομαι|ονομάζομαι|το όνομά μου είναι) (?P<el>{GREEK_PROPER})|"
    rf"(?:^|[,.!]\s*)(?:γεια(?: σου)?[,!]?\s*)?είμαι (?:η|ο) (?P<el2>{GREEK_PROPER})|"
    rf"(?:^|היי,? |שלום,? )אני (?P<he2>[{HEBREW}]+)(?=,)|"
    rf"(?:^|저 |전 |저는 )(?:\S+ ){{0,4}}?(?P<ko3>[{KO_SURNAMES}][{HANGUL}]{{2}})"
    rf"(?:인데요|인데|입니다|이에요|이라고|이고(?=\s))|"
    rf"(?:קוראים לי|השם שלי הוא|השם שלי|שמי) (?P<he>[{HEBREW}]+)"
)


@rule(NAME_PHRASES)
def script_name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'我叫王磊', '佐藤と申します', '제 이름은 김민준이에요', 'меня зовут Ольга', 'اسمي يوسف'."""
    value = _matched(m)
    return [_name(value, clause)]


LIVE_PHRASES = (
    rf"我住在(?P<zh>[{HAN}]{{2,6}}?){ZH_NEXT}|坐标(?P<zh2>[{HAN}]{{2,4}}?){ZH_NEXT}|"
    rf"(?:(?:从|從)[{HAN}]{{2,4}}?|已经|已經|我|刚|剛)(?:搬到|搬來|搬来|搬去)(?P<zh3>[{HAN}]{{2,4}}?)"
    rf"(?=了|$|[，。,.！!]|工作|上班|读书|讀書|生活)|(?:现在|現在)住(?:在)?(?![{HAN}]{{1,3}}[区區])(?P<zh4>[{HAN}]{{2,4}}?)"
    rf"(?=$|[，。,.！!])|"
    rf"(?P<ja>[{HAN}{KANA}]{{1,6}}|[A-Z][A-Za-z]{{2,12}})\s?(?:に住んで(?:い|お|ま)|に住んでる|(?<![现現])在住|"
    rf"に引っ越し(?:まし)?た|に引っ越してきました)|"
    # "住んでいるのは神戸です" (where I live is Kobe), "집은 수원이에요" (home is Suwon)
    rf"住んでいる(?:の|ところ)は(?P<ja2>[{HAN}{KANA}]{{1,6}})(?:です|だ|で)|"
    rf"(?:^|\s)(?:우리\s)?집은 (?P<ko3>[{HANGUL}]{{1,6}}?)(?:이에요|예요|입니다|이고|이라)|"
    rf"(?:^|\s)(?P<ko4>[{HANGUL}]{{1,6}}(?: [{HANGUL}]{{1,6}})?) (?:쪽|근처|부근)에 "
    rf"(?:살아요|살고|삽니다|살아)|"  # "부산 해운대 쪽에 살아요": near Haeundae, Busan
    rf"(?:^|\s)(?P<ko>(?!쪽|근처|부근)[{HANGUL}]{{1,6}}?)(?:에서|에)? "
    rf"(?:살아요|살고 있어요|살고있어요|삽니다|살아|"
    rf"살고 있습니다|거주)|(?:^|\s)(?P<ko2>[{HANGUL}]{{1,6}}?)(?:으로|로) 이사(?:했|왔|갔)|"
    rf"(?:живу|живём|живем|проживаю|мешкаю|живу зараз) (?:в|во|у) (?P<ru>{CYR_PROPER}|"
    rf"(?-i:[A-Z][a-z]{{2,15}}))|"  # ... a town written in Latin letters ("живу в Tbilisi")
    rf"(?:переехал[аи]?|переїхал[аи]?|переехали|переїхали)(?: из \S+| з \S+)? (?:в|во|до|у) "
    rf"(?P<ru2>{CYR_PROPER})|"
    rf"(?:أعيش|أسكن|ساكن|ساكنة|عايش|عايشة|ساكنين) (?:في |ب)(?P<ar>[{ARABIC}]+)|"
    rf"(?:انتقلت|انتقلنا)(?: من [{ARABIC}]+)? (?:إلى|الى) (?P<ar2>[{ARABIC}]+)|"
    rf"मैं (?P<hi>[{DEVA}]+) में रह(?:ता|ती) (?:हूँ|हूं|हु)|"
    rf"(?:ผม|ฉัน|ดิฉัน|หนู|เรา)(?:ตอนนี้)?(?:อาศัย)?อยู่(?:ที่)?(?!บ้าน|ที่ทำงาน|ออฟฟิศ|ใน)"
    rf"(?P<th>[{THAI}]+?){TH_NEXT}|มาอยู่(?:ที่)?(?P<th2>[{THAI}]+?){TH_NEXT}|"
    rf"(?:^|\s)อยู่(?:ที่)?(?!บ้าน|ที่ทำงาน|ออฟฟิศ|ใน|แล้ว)(?P<th3>[{THAI}]+?){TH_NEXT}|"
    rf"(?:मैं |^|[,،]\s*)(?P<hi2>[{DEVA}]+) में (?:{LATIN_BRAND}|[{DEVA}]+) में (?:काम|नौकरी)|"
    rf"(?:μένω|ζω|μετακόμισα|μετακομίσαμε)(?: από (?:την |τη |το |τον |τα )?\S+)? "
    rf"(?:στην |στη |στο |στον |στα |σε )?(?P<el>{GREEK_PROPER})|"
    rf"(?:אני )?(?:גר|גרה|גרים) ב(?P<he>[{HEBREW}]+)|(?:עברתי|עברנו) ל(?P<he2>[{HEBREW}]+)"
)


@rule(LIVE_PHRASES)
def script_home_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'我住在成都', '札幌に住んでいます', '부산 살아요', 'живу в Казани', 'أعيش في دبي'."""
    value = _matched(m)
    return _lives(value, clause)


# Chinese and Korean employers are only taken when they cannot be a city: a Latin-script
# brand ("在Shopee"), or a name with an organisation's ending (公司, 银行, 大学, ...).
ZH_ORG = (rf"(?:[{HAN}]{{1,8}}(?:公司|集团|银行|医院|大学|学院|中学|小学|学校|研究所|研究院|科技|"
          rf"工作室))")
WORK_PHRASES = (
    rf"在(?P<zh>{LATIN_BRAND}|{ZH_ORG})(?:工作|上班|任职|实习|做|当)|"
    rf"在(?P<zh2>[{HAN}]{{2,6}}?)(?:做|当)(?!饭|菜|作业|运动)[{HAN}]|"
    rf"在[{HAN}]{{2,3}}的(?P<zh3>[{HAN}]{{2,6}}?)(?:做|当|工作|上班)(?!饭|菜|作业|运动)|"
    # a Latin name whole, from its first letter: "BlueHarbor社で働き始めました"
    rf"(?<![A-Za-z])(?P<ja>[{HAN}{KANA}A-Za-z]{{2,16}})\s?(?:で働いて|で働き始め|に勤めて|勤務|でエンジニア|"
    rf"で[{HAN}{KANA}A-Za-z]{{2,8}}を?"
    rf"(?:やって|して))|"
    rf"(?:^|\s)(?P<ko>{LATIN_BRAND}|[{HANGUL}]{{2,8}}?)에서 "
    rf"(?:(?-i:[{HANGUL}a-z ]){{1,20}}?(?:로|으로) )?"  # no firm between: "판교에서 Kakao ..."
    rf"(?:일해요|일하고 있(?:어요|습니다|고|는데)|일합니다|근무(?:해요|하고|합니다|중))|"
    rf"(?:^|\s)(?P<ko2>{LATIN_BRAND}|[{HANGUL}]{{2,8}}) (?:다니는데|다녀요|다니고 있어요|다닙니다|"
    rf"출근해요|출근합니다|출근하|입사했)|"
    rf"(?:^|\s)(?P<ko3>[{HANGUL}]{{1,6}}대(?:학교)?) (?:[{HANGUL}]+학과 |[{HANGUL}]+과 )?\d학년|"
    rf"(?:работаю|працюю)(?: \w+ом| \w+ем| \w+ой| \w+кою| \w+ою| \w+ею)? (?:в|во|у) "
    rf"(?P<ru>(?-i:[А-ЯЁІЇЄA-Z][\w-]+))|"
    rf"(?:أعمل|أشتغل|اشتغل|اعمل)(?: [{ARABIC}]+){{0,2}} (?:في |ب)(?P<ar>{LATIN_BRAND}|[{ARABIC}]+)|"
    rf"(?P<hi>{LATIN_BRAND}|[{DEVA}]+) में (?:काम|नौकरी) कर(?:ता|ती) (?:हूँ|हूं)|"
    rf"मैं (?P<hi2>{LATIN_BRAND}|[{DEVA}]+) में [{DEVA}]+(?: [{DEVA}]+)? (?:हूँ|हूं)|"
    rf"(?:अब )?(?P<hi3>{LATIN_BRAND}) (?:जॉइन|ज्वाइन) कर|"
    rf"ทำงาน(?:เป็น[{THAI}]+?)?(?:ที่(?!ยว)|ให้|กับ)\s?(?P<th>{LATIN_BRAND}|[{THAI}]+?){TH_NEXT}|"
    rf"(?:δουλεύω|εργάζομαι)(?: \S+)? (?:στην |στη |στο |στον |σε )(?P<el>{GREEK_PROPER}|"
    rf"{LATIN_BRAND})|"
    rf"(?:עובד|עובדת|מפתח|מפתחת|מהנדס|מהנדסת|מנהל|מנהלת)(?: [{HEBREW}]+)? "
    rf"ב-?(?P<he2>{LATIN_BRAND})|"
    rf"(?:אני )?(?:עובד|עובדת) ב(?P<he>[{HEBREW}]+|{LATIN_BRAND})"
)
# Words that are a job's field or a degree, never the firm ("UX 설계", "QA-інженер").
FIELD_WORDS = frozenset("ux ui qa it hr pm ml ai api sql phd mba ceo cto cfo ios "
                       "android web ok".split())
# A supposition: "ধরো আমি Toronto তে চলে গেলাম আর Amazon-এ একটা চাকরি পেলাম" (say I moved ...)
NEGATED = re.compile(r"不|没|沒|じゃな|ではな|않|안 |(?<!\w)(?:не|ні|لا|لست|نه|نمی|לא|नहीं|না|"
                     r"இல்லை|არ|ոչ|δεν)(?!\w)|ไม่")
SUPPOSE = re.compile(r"ধরো|ধরুন|যদি|假如|如果|要是|假設|假设|もし|만약|만일|(?<!\w)(?:если|якщо|ако|"
                     r"لو|إذا|اگر|אם|अगर|यदि|जर|ஒருவேளை|ఒకవేళ|եթե|თუ|αν|εάν)(?!\w)|สมมติ|ถ้า",
                     re.IGNORECASE)
# A negation the language puts after the verb: "আমি ঢাকায় থাকি না", "मी पुण्यात राहत नाही".
AFTER_NEGATED = re.compile(r"\s?(?:না|नाही|नहीं|نہیں|இல்லை|లేదు|չեմ|არ)(?!\w)")


def held_back(clause: str, start: int, end: int) -> bool:
    """Whether the fact at ``clause[start:end]`` is only supposed or denied: a supposition
    anywhere before it ("ако живея в София", "如果我在Google做"), a negation just before it
    ("Не работаю в Яндексе": a capital may open it) or right after it."""
    before = clause[:start].lower()
    return bool(SUPPOSE.search(before) or NEGATED.search(before[-6:]) or
                AFTER_NEGATED.match(clause, end))
GENERIC_WORKPLACE = frozenset("病院 会社 学校 大学 職場 회사 학교 병원 在宅 自宅 家 집".split())


@rule(WORK_PHRASES)
def script_employer_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'在腾讯做…' (with a brand), '楽天でエンジニア', '네이버에서 일하고', 'работаю в Яндексе'."""
    value = _matched(m).strip()
    if value in GENERIC_WORKPLACE or value.lower() in FIELD_WORDS:
        return []  # "病院で看護師": a hospital, not which one; "在UX做了三年": a field
    if held_back(clause, m.start(), m.end()):
        return []  # "如果我在Google做工程师": a supposition; "אני לא עובד באף אחת": not
    if _someone_elses(clause, m.start()) or not users_subject(clause, m.start()):
        return []  # "友達の健太が京都でラーメン屋やってる": the friend's shop
    return _works_at(value, clause)


# Someone else as the subject just before: a friend, a colleague, a relative (Japanese,
# Chinese, Korean).
SOMEONE_ELSE = re.compile(r"友達|友人|同僚|彼氏|彼女|夫|妻|兄|姉|弟|妹|父|母|息子|娘|上司|"
                          r"先輩|後輩|朋友|同事|老公|老婆|哥哥|姐姐|弟弟|妹妹|爸爸|妈妈|"
                          r"儿子|女儿|친구|동료|남편|아내|형|누나|오빠|언니|동생|아빠|엄마|"
                          r"아들|딸|"
                          # Hebrew "X שלי" (my X), Arabic, Hindi, Russian: a friend, partner,
                          # sibling ("חברה שלי עובדת ב-Wix": my friend works at Wix)
                          r"שלי|אשתי|בעלי|אחי|אחותי|صديقي|صديقتي|زوجي|زوجتي|أخي|أختي|"
                          r"दोस्त|पत्नी|पति|भाई|बहन|"
                          r"(?<!\w)(?:друг|подруг|муж|жен|брат|сестр)\w{0,2}(?!\w)|"
                          r"(?<!\w)(?:коллег|колег|начальни|сосед|сусід|знаком|дочь|дочк|"
                          r"сын|син|мам|пап|тёт|тит|дяд)\w{0,4}(?!\w)|"
                          # Persian, Bengali, Tamil, Armenian, Georgian, Greek, Thai; and a
                          # story's hero ("主人公はKaito…Tescoでバイト")
                          r"همکار|دوستم|پسرخاله|دخترخاله|پسرعمو|برادرم|خواهرم|همسرم|همسایه|"
                          r"বন্ধু|সহকর্মী|ভাই|বোন|স্বামী|স্ত্রী|প্রতিবেশী|நண்ப|தம்பி|அக்கா|அண்ண|"
                          r"ընկեր|գործընկեր|եղբայր|քույր|მეგობარ|მეზობ|კოლეგა|ძმა|"
                          # Bulgarian, Serbian, Marathi, Telugu
                          r"(?<!\w)(?:приятел|комшиј|съсед)\w{0,3}(?!\w)|मित्र|मैत्रीण|शेजारी|"
                          r"స్నేహిత|"
                          r"(?<!\w)(?:φίλ[οη]ς?|συνάδελφ\w*|αδερφ\w*)(?!\w)|เพื่อน|"
                          r"主人公|主角|캐릭터|주인공|персонаж|герой|"
                          r"قصة|داستان|סיפור|कहानी|গল্প|கதை|ιστορία|นิยาย|მოთხრობ|պատմվածք|"
                          r"小説|小说|故事|소설|рассказ|оповідання")


def _someone_elses(clause: str, start: int) -> bool:
    """Whether someone else is named in the part of the clause just before ``start`` (since
    the last punctuation)."""
    return SOMEONE_ELSE.search(re.split(r"[。！？!?、,.]", clause[:start])[-1]) is not None


# The user as the subject, and someone else as one, in the languages above.
FIRST_PERSON = re.compile(r"我|私|僕|저|나는|내가|(?<!\w)(?:я|أنا|من|אני|मैं|আমি|მე|Ես|ես|"
                          r"நான்|εγώ)(?!\w)|ผม|ฉัน|ดิฉัน")
THIRD_PERSON = re.compile(r"她|他|彼女|彼は|그녀|(?<!\w)(?:он|она|هي|هو|او|היא|הוא|वह|वो|"
                          r"সে|ის|նա|அவர்|αυτός|αυτή)(?!\w)|เขา|เธอ")


def users_subject(clause: str, start: int) -> bool:
    """Whether the user is the last subject before ``start``: no colleague, friend or
    third person named after the user's last "I"."""
    before = clause[:start]
    mine = max((m.end() for m in FIRST_PERSON.finditer(before)), default=-1)
    other = max((m.end() for m in [*THIRD_PERSON.finditer(before),
                                    *SOMEONE_ELSE.finditer(before)]), default=-1)
    return other < mine or other < 0


# A job title, where the phrase makes it one: a title before "at" a firm, a Japanese or
# Korean title ending in a word for a trade, Russian "работаю <title>" or "я <title>".
JA_TITLE = (rf"[{HAN}{KANA}]{{0,6}}(?:師|員|者|士|職|医|官|エンジニア|デザイナー|プログラマー|"
            rf"大学生|学生)")
KO_TITLE = (rf"(?:[{HANGUL}A-Za-z]+ )?[{HANGUL}]*(?:개발자|자|사|원|생|디자이너|엔지니어|교수|작가|"
            rf"간호사)")
RU_TITLE = (r"(?-i:[а-яёіїєґ]+(?:-[а-яёіїєґ]+)?(?:ист|ер|ор|ик|чик|щик|тель|ач|лог|ант|ент|ец|"
            r"граф|ница|ка|ар|ир|ёр|вед|ус|ог))")
TITLE_PHRASES = (
    rf"(?P<ja>{JA_TITLE})(?:です|をしています|をしてます|をしてる|やってます|やっています|やってて|"
    rf"やってる|として働)|"
    rf"(?:저는|전|나는) (?:[{HANGUL}A-Za-z]+(?:에서|의) )?(?:[{HANGUL}]+는 )?(?P<ko>{KO_TITLE})"
    rf"(?:예요|이에요|입니다|이고|로 일)|"
    rf"(?:работаю|працюю) (?P<ru>[а-яёіїєґ-]+(?:ом|ем|ой|ою|кою|ею))\b|"
    rf"(?:^|[,.!]\s*|\s)я (?P<ru2>{RU_TITLE})(?= в | у |$|[,.!])|"
    rf"我是(?:一名|一个|一位)?(?P<zh>[{HAN}]{{1,6}}(?:师|员|生|家|医生|经理|老师|护士|律师|工程师)){ZH_NEXT}|"
    rf"(?:做|当)(?P<zh2>[{HAN}]{{1,6}}(?:师|员|经理|开发|设计|老师|护士|律师|工程师)){ZH_NEXT}"
)


@rule(TITLE_PHRASES)
def script_title_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'看護師をしています', '백엔드 개발자로 일하고', 'работаю бухгалтером', '做产品经理'."""
    if not users_subject(clause, m.start()):
        return []  # "帮我给同事写…，她叫刘婷，在ByteDance做产品经理": the colleague's job
    value = _matched(m).strip()
    return _role(value, "", clause)


PET_WORDS = {
    "狗": "dog", "狗狗": "dog", "猫": "cat", "猫咪": "cat", "犬": "dog", "柴犬": "dog",
    "猫ちゃん": "cat", "강아지": "dog", "개": "dog", "고양이": "cat", "кот": "cat",
    "кошка": "cat", "собака": "dog", "пёс": "dog", "пес": "dog", "кіт": "cat",
    "قطة": "cat", "قط": "cat", "كلب": "dog", "كلبة": "dog", "बिल्ली": "cat", "कुत्ता": "dog",
    "แมว": "cat", "หมา": "dog", "สุนัข": "dog", "γάτα": "cat", "σκύλος": "dog",
    "חתול": "cat", "חתולה": "cat", "כלב": "dog", "כלבה": "dog",
    "女儿": "daughter", "儿子": "son", "娘": "daughter", "息子": "son", "딸": "daughter",
    "아들": "son", "дочь": "daughter", "дочка": "daughter", "сын": "son", "بنتي": "daughter",
    "ابني": "son", "बेटी": "daughter", "बेटा": "son", "قطتي": "cat", "قطي": "cat",
    "كلبي": "dog", "كلبتي": "dog", "우리 딸": "daughter", "우리 아들": "son",
    "우리 강아지": "dog", "우리 고양이": "cat", "הבן שלי": "son", "הבת שלי": "daughter",
    "הכלב שלי": "dog", "הכלבה שלי": "dog", "החתול שלי": "cat", "החתולה שלי": "cat",
    "ο σκύλος": "dog", "η σκυλίτσα": "dog", "η γάτα": "cat", "ο γάτος": "cat", "ο γιος": "son",
    "η κόρη": "daughter",
}
PET = "|".join(sorted(PET_WORDS, key=len, reverse=True))
PET_PHRASES = (
    rf"(?:我家|我的|我们家|我們家)(?:的)?(?P<kind_zh>{PET})(?:的名字)?叫(?P<zh>[{HAN}]{{1,4}}?){ZH_NEXT}|"
    rf"(?:うちの|私の)(?P<kind_ja>{PET})(?:[、,]\s*|の|は)(?P<ja>[\u3040-\u309f{KANA}{HAN}]{{1,6}}?|"
    rf"(?-i:[A-Z][a-z]{{1,12}}))(?:って(?:名前|いい|言)|っていう|と(?:いい|言)|です|が|は|$|[、,。（(])|"
    # "柴犬のこむぎ（3歳）を飼っています": the kind, then the name, kept (飼う) by the user
    rf"(?P<kind_ja2>{PET})の(?P<ja2>[\u3040-\u309f{KANA}]{{2,6}})(?=（|\(|を飼|、|と(?:いう|言う))|"
    rf"(?P<kind_ko>{PET}) 이름(?:이|은) (?P<ko>[{HANGUL}]{{1,4}}?)"
    rf"(?:인데|이에요|예요|이야|야|입니다|이고)|"
    rf"(?:у меня|у нас|мой|моя|наш|наша) (?P<kind_ru>{PET}) (?P<ru>{CYR_PROPER})|"
    rf"(?P<kind_ar>{PET}) (?:اسمها|اسمه) (?P<ar>[{ARABIC}]+)|"
    rf"(?P<kind_ko2>우리 (?:딸|아들|강아지|고양이)) (?P<ko2>[{HANGUL}]{{1,3}}?)"
    rf"(?:이가|이는|이를|이랑|가|는|를|이)|"
    rf"(?P<kind_he2>(?:הבן|הבת|הכלב|הכלבה|החתול|החתולה) שלי) (?P<he2>[{HEBREW}]+)|"
    rf"(?P<kind_ru2>сын\w*|син\w*|доч\w*|донь\w*|кот|кота|коту|котом|кіт|пса|пёс|пес|собак\w*) "
    rf"(?P<ru2>{CYR_PROPER})|"
    rf"मेरी (?P<kind_hi>{PET}) का नाम (?P<hi>[{DEVA}]+) (?:है|हैं)|"
    rf"(?P<kind_th>{PET})(?:ของ)?(?:ฉัน|ผม|หนู|เรา)?ชื่อ(?P<th>[{THAI}]+?){TH_NEXT}|"
    rf"(?P<kind_el>ο σκύλος|η σκυλίτσα|η γάτα|ο γάτος|ο γιος|η κόρη) μου,? (?:ο |η )?"
    rf"(?P<el>{GREEK_PROPER})|"
    rf"(?P<kind_he>{PET}) (?:שלי |שלנו )?(?:בשם|שקוראים לו|שקוראים לה) (?P<he>[{HEBREW}]+)"
)


# Russian and Ukrainian decline the word: "сина Марка", "кота Бублика", "доньки Соні".
CYRILLIC_KIN = (("сын", "son"), ("син", "son"), ("доч", "daughter"), ("донь", "daughter"),
                ("кот", "cat"), ("кіт", "cat"), ("пс", "dog"), ("пёс", "dog"), ("пес", "dog"),
                ("собак", "dog"))


def _kind(word: str) -> str:
    low = word.lower()
    return PET_WORDS.get(low) or next(kind for stem, kind in CYRILLIC_KIN if low.startswith(stem))


@rule(PET_PHRASES)
def script_kin_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'我家狗叫旺财', 'うちの犬はポチっていいます', '고양이 이름이 두부인데요', 'кот Барсик'."""
    if _someone_elses(clause, m.start()):
        return []  # "친구 강아지 이름이 콩이": a friend's puppy
    if m.group("ja2") and "飼" not in clause:
        return []  # "柴犬のこむぎ" without "飼っています" may be anyone's dog
    groups = {k: v for k, v in m.groupdict().items() if v}
    kind = _kind(next(v for k, v in groups.items() if k.startswith("kind_")))
    name = next(v for k, v in groups.items() if not k.startswith("kind_"))
    return [_fact(f"Has {article(kind)} {kind} named {name}", "personal", name, clause)]


# A pet renamed: "汤圆我们改名叫年糕了", "غيرنا اسم القطة إلى سكر", "名前をモカに変えた",
# "이름을 콩이로 바꿨어요", "перейменували на Бублика". The new name is kept as a pet's and
# the old one, when said, retracted (it only deletes a memory holding that name).
RENAMED = (
    rf"(?P<o_zh>[{HAN}]{{1,4}}?)?(?:我们|我)?(?:改名|改名字|改了名)(?:叫|为|成)(?P<zh>[{HAN}]{{1,4}}?)"
    rf"{ZH_NEXT}|(?:غيرنا|غيرت) اسم(?:ها|ه)? (?:(?P<kind_ar>القطة|القط|الكلب|الكلبة) )?"
    rf"(?:إلى|الى|ل)\s?(?P<ar>[{ARABIC}]+)|"
    rf"名前を(?P<ja>[{KANA}{HAN}\u3040-\u309f]{{1,6}}?)に(?:変え|かえ)|"
    rf"이름을 (?P<ko>[{HANGUL}]{{1,4}}?)(?:으)?로 바꿨|"
    rf"(?:перейменували|переименовали|перейменував|переименовал[аи]?) (?:\S+ )?на "
    rf"(?P<ru>{CYR_PROPER})"
)


ARABIC_PETS = {"القطة": "cat", "القط": "cat", "الكلب": "dog", "الكلبة": "dog"}


@rule(RENAMED)
def script_renamed_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """A renamed pet: the new name kept as a pet's, the old one retracted."""
    groups = {k: v for k, v in m.groupdict().items() if v}
    old = groups.pop("o_zh", None)
    kind = ARABIC_PETS.get(groups.pop("kind_ar", ""), "")
    name = next(iter(groups.values()))
    # the old name when said ("汤圆"), else the pet of that kind ("cat named")
    gone = old or (f"{kind} named" if kind else "")
    retract = [_retraction(gone, clause)
               ] if gone else []
    return [*retract, _fact(f"Has {article(kind or 'pet')} {kind or 'pet'} named {name}",
                            "personal", name, clause)]


# A standing reply language: the language and a word for "always" or "from now on".
REPLY_LANGUAGES = {
    "中文": "Chinese", "简体中文": "Simplified Chinese", "繁体中文": "Traditional Chinese",
    "繁體中文": "Traditional Chinese", "英文": "English", "日本語": "Japanese", "英語": "English",
    "한국어": "Korean", "영어": "English", "по-русски": "Russian", "на русском": "Russian",
    "по-английски": "English", "на английском": "English", "українською": "Ukrainian",
    "بالعربية": "Arabic", "بالعربي": "Arabic", "بالعربية الفصحى": "Arabic",
    "بالإنجليزي": "English", "हिंदी": "Hindi", "हिन्दी": "Hindi", "अंग्रेज़ी": "English",
    "ภาษาไทย": "Thai", "ภาษาอังกฤษ": "English", "ελληνικά": "Greek", "בעברית": "Hebrew",
}
REPLY_LANGUAGE = "|".join(sorted(map(re.escape, REPLY_LANGUAGES), key=len, reverse=True))
ALWAYS = (r"以后|今后|以後|一直|都用|これから|今後|いつも|ずっと|앞으로|항상|всегда|завжди|"
          r"теперь|дальше|دائما|دائماً|هميشه|हमेशा|ต่อไป|เสมอ|πάντα|מעכשיו|תמיד")


@rule(rf"(?P<v>{REPLY_LANGUAGE})(?:で|로|으로|में)?\s*(?:回答|回复|回覆|答えて|返事|返して|話して|お願い|"
      rf"답해|대답|말해|ही )|(?:回答|回复|回覆|отвечай|отвечайте|пиши|пишите|говори|відповідай|"
      rf"جاوبني|رد علي|كلمني|ตอบ(?:เป็น)?|απάντα)\S*(?:\s+\S+){{0,5}}?\s*(?P<w>{REPLY_LANGUAGE})|"
      rf"(?:用|使用)(?P<x>{REPLY_LANGUAGE})")
def script_reply_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'以后回答都用简体中文', 'これからは日本語で答えて', 'отвечай мне всегда по-русски'."""
    if not re.search(ALWAYS, clause):
        return []  # "日本語で答えてください" alone may be for this one question
    key = next(v for v in (m.group("v"), m.group("w"), m.group("x")) if v)
    # The value is the language as the user named it: the policy checks it was said.
    return [_fact(f"Prefers responses in {REPLY_LANGUAGES[key]}", "language", key, clause,
                  "language")]


# A goal named as one: "TOEICで900点取るのが目標です", "今年的目标是考过CPA", "목표는 토익
# 900점 넘기는 거예요", "моя цель — B2 к лету", "هدفي أوصل لـ IELTS 7".
GOAL_PHRASES = (
    r"(?P<ja>[^。、,，!?！？]{2,40}?)(?:のが|ことが)目標|目標は(?P<ja2>[^。!?！？]{2,40}?)"
    r"(?:こと)?です|目标是(?P<zh>[^，。,!?！？]{2,40})|"
    r"목표는 (?P<ko>[^.!?]{2,40}?)(?: 거| 것)?(?:이에요|예요|에요|입니다)|"
    r"(?:моя |мо[яє] )?(?:цель|мета)\s*(?:[—:–-]|это|—)\s*(?P<ru>[^.!?]{2,60})|"
    r"هدفي (?P<ar>[^.!?؟،]{2,60})|मेरा लक्ष्य (?:है )?(?P<hi>[^।.!?]{2,60})|"
    r"เป้าหมาย\S{0,12}คือ(?P<th>[^.!?\s]{2,40})|στόχος μου είναι (?P<el>[^.!?;]{2,60})|"
    r"המטרה שלי (?:היא )?(?P<he>[^.!?]{2,60})"
)


@rule(GOAL_PHRASES)
def script_goal_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'来年までにTOEICで900点取るのが目標です' -> 'Goal is 来年までにTOEICで900点取る'."""
    value = _matched(m).strip(" 、,，")
    return [_fact(f"Goal is {value}", "goal", value, clause)]


# A diet named by its word, the English name in the memory and the user's word beside it.
DIETS = {
    "素食者": "vegetarian", "吃素": "vegetarian", "素食": "vegetarian", "纯素": "vegan",
    "全素": "vegan", "ベジタリアン": "vegetarian", "菜食主義": "vegetarian",
    "ヴィーガン": "vegan", "채식주의자": "vegetarian", "채식": "vegetarian", "비건": "vegan",
    "вегетарианец": "vegetarian", "вегетарианка": "vegetarian", "вегетаріанець": "vegetarian",
    "вегетаріанка": "vegetarian", "веган": "vegan", "веганка": "vegan",
    "शाकाहारी": "vegetarian", "मांसाहार नहीं": "vegetarian", "มังสวิรัติ": "vegetarian",
    "วีแกน": "vegan", "نباتي": "vegetarian", "نباتية": "vegetarian", "χορτοφάγος": "vegetarian",
    "χορτοφάγα": "vegetarian", "צמחוני": "vegetarian", "צמחונית": "vegetarian",
    "טבעוני": "vegan", "טבעונית": "vegan", "清真": "halal", "ハラール": "halal", "할랄": "halal",
    "халяль": "halal", "حلال": "halal", "כשר": "kosher", "כשרות": "kosher",
}
DIET = "|".join(sorted(map(re.escape, DIETS), key=len, reverse=True))
# "不是素食者", "ベジタリアンじゃない", "я не вегетарианец": a diet said not to be kept.
NOT_DIET = re.compile(r"不是|不吃素|じゃない|ではない|아니|\bне\b|\bні\b|ليس|لست|नहीं हूँ|ไม่ใช่|"
                      r"\bδεν\b|\bלא\b")


@rule(rf"(?P<v>{DIET})")
def script_diet_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'我是素食者', '채식주의자라서', 'я вегетарианка', 'أنا نباتية' -> 'Is vegetarian (…)'."""
    first = re.search(DIET, clause)
    if NOT_DIET.search(clause) or first is not None and first.start() != m.start():
        return []  # not kept, or said twice ("我是素食者…素食菜谱"): one memory
    word = m.group("v")
    diet = DIETS[word]
    return [_fact(f"{diet_text(diet)} ({word})", "constraint", word, clause, "diet")]


# "仕事でもPythonしか使わない", "Linux만 써요": one tool only, named in Latin letters.
@rule(r"(?P<v>[A-Za-z][\w+#.-]*(?: [A-Z][\w+#.-]*)?)\s?(?:しか使(?:わない|いません|ってない|わん)|"
      r"만 (?:써요|씁니다|쓰고|써서|사용해요|사용합니다|사용하고))")
def script_only_tool_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return [_fact(f"Uses only {m.group('v')}", "preference", m.group("v"), clause)]
