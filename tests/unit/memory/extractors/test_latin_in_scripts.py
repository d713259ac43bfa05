"""Firms, schools, names and pets written in Latin letters inside messages in other scripts,
and the look-alikes that must stay unread: a tool, a supposition, someone else's job."""

from __future__ import annotations

import pytest

from agent.memory.extractors.rules import extract_with_rules
from agent.memory.policy import judge


def _stored(message: str) -> set[str]:
    accepted = judge(extract_with_rules(message, None), message, None).accepted
    return {c.text for c in accepted if c.topic is None and c.op == "add"}


@pytest.mark.parametrize(("message", "fact"), [
    ("大家好，我在杭州Alibaba做前端，想问个CSS问题", "Works at Alibaba"),
    ("我喺Cathay Pacific做地勤，想問下點樣寫求職信", "Works at Cathay Pacific"),
    ("أنا مصممة في Noon منذ سنتين، ساعدني في كتابة سيرة ذاتية", "Works at Noon"),
    ("سلام، من برنامه‌نویس توی Digikala هستم و یه سوال دارم", "Works at Digikala"),
    ("मैं Wipro में data analyst का काम करती हूँ, Excel में pivot कैसे बनाऊँ?",
     "Works at Wipro"),
    ("আমি Pathao-তে designer হিসেবে কাজ করি, একটা portfolio দেখে দেবে?", "Works at Pathao"),
    ("நான் Freshworks-ல developer-ஆ வேலை பாக்குறேன்", "Works at Freshworks"),
    ("მე Bank of Georgia-ში ვმუშაობ ანალიტიკოსად", "Works at Bank of Georgia"),
    ("Ես աշխատում եմ Synopsys-ում որպես engineer", "Works at Synopsys"),
    ("Работаю аналитиком в Ozon, помоги с SQL", "Works at Ozon"),
    ("είμαι developer στην Skroutz και θέλω βοήθεια", "Works at Skroutz"),
    ("ทำงานเป็น data engineer ที่ LINE MAN ค่ะ", "Works at LINE MAN"),
    ("저는 Naver 검색 개발자로 일하고 있어요", "Works at Naver"),
    ("나 POSTECH 화학과 2학년이야, 리포트 좀 도와줘", "Studies at POSTECH"),
    ("KIPS-ში ვსწავლობ და პროგრამირება მაინტერესებს", "Studies at KIPS"),
])
def test_a_latin_firm_beside_work_in_another_script_is_the_employer(message: str,
                                                                     fact: str) -> None:
    assert fact in _stored(message)


@pytest.mark.parametrize(("message", "name"), [
    ("你好！叫我Jason就好，想问下简历怎么写", "Name is Jason"),
    ("我係Wing Yan，想學煮飯", "Name is Wing Yan"),
    ("はじめまして、Kenって呼んでください！", "Name is Ken"),
    ("Jiwoo라고 불러줘, 앞으로 반말로 하자", "Name is Jiwoo"),
    ("नमस्ते, मैं Priya हूँ और मुझे cooking सीखनी है", "Name is Priya"),
    ("আমি Rafi, একটু help লাগবে", "Name is Rafi"),
    ("என் பேரு Divya, ஒரு email எழுதணும்", "Name is Divya"),
    ("สวัสดีครับ ชื่อ Beam ครับ อยากได้สูตรอาหาร", "Name is Beam"),
    ("Барев, Ես Կարենն եմ, օգնիր ինձ", "Name is Կարեն"),
    ("Γεια! Μαρία λέγομαι και θέλω μια συνταγή", "Name is Μαρία"),
    ("Привет! Теперь называй меня просто Max", "Name is Max"),
])
def test_a_name_in_latin_letters_or_before_its_verb_is_the_users(message: str,
                                                                  name: str) -> None:
    assert name in _stored(message)


@pytest.mark.parametrize(("message", "pet"), [
    ("我家有只柴犬叫Coco，总是乱叫怎么办", "Has a dog named Coco"),
    ("عندي قطة اسمها Bella وما تاكل، شو أسوي؟", "Has a cat named Bella"),
    ("יש לי כלב בשם Rocky והוא נובח כל הלילה", "Has a dog named Rocky"),
    ("มีน้องแมวชื่อ Milo ค่ะ ไม่ยอมกินข้าว", "Has a cat named Milo"),
])
def test_a_pet_named_in_latin_letters_is_the_users(message: str, pet: str) -> None:
    assert pet in _stored(message)


@pytest.mark.parametrize(("message", "word"), [
    # a tool or a product in a later sentence, though work was said before
    ("मैं Infosys में tester का काम करता हूँ। अभी Selenium में एक bug है", "Selenium"),
    ("நான் Zoho-ல developer. இப்போ Postman-ல API test எப்படி?", "Postman"),
    # a supposition: "say I moved to Toronto and got a job at Amazon"
    ("ধরো আমি Toronto তে গেলাম আর Amazon-এ চাকরি পেলাম, ট্যাক্স কত?", "Amazon"),
    ("如果我在Google做工程师，工资大概多少？", "Google"),
    # a colleague's or her job, not the user's
    ("帮我给同事写段话，她在ByteDance做产品经理", "ByteDance"),
    ("帮我给同事写段话，她在ByteDance做产品经理", "产品经理"),
    ("صديقي مهندس في Careem ويريد نصيحة", "Careem"),
    # a field or a tool beside a locative, not a firm
    ("我在UX做了三年", "UX"),
    # a friend, a colleague or a story's hero in the scripts without set phrases
    ("همکارم می‌خواد توی Philips به عنوان engineer کار کنه، یه نامه بنویس", "Philips"),
    ("আমার বন্ধু Rumi কাল থেকে Robi এ চাকরি শুরু করছে, একটা মেসেজ লেখো", "Robi"),
    ("Իմ ընկերը սկսում է աշխատել Krisp-ում որպես designer", "Krisp"),
    ("短編小説の主人公は昼にLawsonでバイトしてる設定です", "Lawson"),
    # work said beside another firm, not this one; work denied
    ("আমি Banglalink এ চাকরি করি, অফিস থেকে Walton এ কিছু ডিসকাউন্ট পাই", "Walton"),
    ("אני לא עובד באף אחת מהן, רק שואל על Intel", "אף"),
    ("我不在Tencent工作，只是好奇", "Tencent"),
    # a tool used beside the firm worked at; a colleague's firm in Russian
    ("היי, אני מפתחת ב-Monday ומשתמשת ב-Vue כל יום", "Vue"),
    ("Мой коллега работает в Avito, помоги написать ему поздравление", "Avito"),
    # "I use X": Hebrew's "ב" is any "in" or "with"
    ("אני מעצבת ומשתמשת ב-Figma כל יום", "Figma"),
])
def test_tools_suppositions_and_others_jobs_are_not_the_users(message: str,
                                                             word: str) -> None:
    assert not {t for t in _stored(message) if word in t}


def test_a_big_town_read_in_a_firms_place_is_the_home() -> None:
    stored = _stored("我在Melbourne读研，学data science")
    assert "Lives in Melbourne" in stored and not {t for t in stored if "Works" in t}


def test_i_am_a_title_no_list_holds_at_a_latin_firm() -> None:
    assert "Works at Etihad" in _stored("أنا مضيف طيران في Etihad، أحتاج خطة نوم")


@pytest.mark.parametrize("message", [
    "このチャットの間だけKenって呼んでください",
    "В этом чате называй меня Max, ладно?",
    "في هذه المحادثة ناديني Sam من فضلك",
    "在这次对话里叫我Jason就好",
])
def test_a_name_for_this_chat_only_is_not_kept_in_other_scripts(message: str) -> None:
    assert not {t for t in _stored(message) if t.startswith("Name is")}


@pytest.mark.parametrize(("message", "fact"), [
    # a negation later in the stretch belongs to what follows the work, not to the work
    ("ჩემი და Nino ფიქრობს Wissol-ში გადასვლაზე. მე Liberty Bank-ში ვმუშაობ 4 წელია და არ "
     "მინდა ცუდი რჩევა მივცე", "Works at Liberty Bank"),
    # a tenure at the firm: "I've been at Wipro for six years"
    ("मैं खुद Wipro में 6 साल से हूँ, तो fresher को क्या सलाह दूँ?", "Works at Wipro"),
])
def test_the_users_firm_after_someone_elses_or_said_by_tenure(message: str, fact: str) -> None:
    assert fact in _stored(message)


@pytest.mark.parametrize("message", [
    "আমি Grameenphone এ চাকরি করি না, আমার ভাই করে",   # not the user's, said after the verb
    "मैं Infosys में 2 साल से नहीं हूँ, अब घर पर हूँ",     # no longer
])
def test_a_negation_right_after_the_work_still_holds_it_back(message: str) -> None:
    assert not {f for f in _stored(message) if f.startswith("Works at")}
