"""Facts said in languages of other scripts, read by the rules for them (``scripts.py``).

The sentences are written for these tests, not taken from the training data or eval sets.
Each runs the whole rule pipeline and the policy, so a value the policy would refuse (not
said by the user) fails here too.
"""

from __future__ import annotations

import pytest

from agent.memory.commands import is_forget_all
from agent.memory.extractors.rules import extract_with_rules
from agent.memory.policy import judge


def _stored(message: str) -> set[str]:
    verdict = judge(extract_with_rules(message, None), message, None)
    return {c.text for c in verdict.accepted if c.topic is None and c.op == "add"}


def _deleted(message: str) -> list[str]:
    verdict = judge(extract_with_rules(message, None), message, None)
    return [c.value for c in verdict.accepted if c.op == "delete"]


@pytest.mark.parametrize(("message", "expected"), [
    # Chinese
    ("我叫李静，想请你帮我写一封请假邮件", {"Name is 李静"}),
    ("我住在杭州，周末有什么好玩的地方", {"Lives in 杭州"}),
    ("我在Grab做数据分析，最近在学SQL窗口函数", {"Works at Grab"}),
    ("我家猫叫年糕，最近不太吃饭怎么办", {"Has a cat named 年糕"}),
    ("我们去年从南京搬到深圳了，推荐几家粤菜馆", {"Lives in 深圳"}),
    ("以后都用繁体中文回答我", {"Prefers responses in Traditional Chinese"}),
    # Japanese
    ("山本と申します。よろしくお願いします", {"Name is 山本"}),
    ("神戸に住んでいます。週末のおすすめは？", {"Lives in 神戸"}),
    ("ソニーで働いています。英語のメールを直してほしい", {"Works at ソニー"}),
    ("薬剤師をしています。シフトの組み方を相談したい", {"Is a 薬剤師"}),
    ("これからはいつも英語で返事してください", {"Prefers responses in English"}),
    # Korean
    ("제 이름은 박서연이에요. 자기소개서 좀 봐주세요", {"Name is 박서연"}),
    ("대구에 살아요. 이번 주말에 갈 만한 곳 있어요?", {"Lives in 대구"}),
    ("카카오에서 일하고 있어요. 코드 리뷰 팁 좀 주세요", {"Works at 카카오"}),
    ("우리 강아지 이름이 콩이인데요 산책을 싫어해요", {"Has a dog named 콩이"}),
    # Russian / Ukrainian
    ("Меня зовут Дмитрий, помоги составить резюме", {"Name is Дмитрий"}),
    ("Я живу в Самаре, какая там погода зимой?", {"Lives in Самаре"}),
    ("работаю в Тинькофф, нужен шаблон отчёта", {"Works at Тинькофф"}),
    ("у нас собака Лайма, она боится грозы", {"Has a dog named Лайма"}),
    ("відповідай мені завжди українською", {"Prefers responses in Ukrainian"}),
    # Arabic, Hindi, Thai, Greek, Hebrew
    ("اسمي خالد وأحتاج مساعدة في كتابة سيرة ذاتية", {"Name is خالد"}),
    ("أعيش في عمّان منذ خمس سنوات", {"Lives in عمّان"}),
    ("मेरा नाम प्रिया है और मुझे एक ईमेल लिखना है", {"Name is प्रिया"}),
    ("मैं जयपुर में रहती हूँ, यहाँ घूमने की जगहें बताओ", {"Lives in जयपुर"}),
    ("ผมชื่อสมชาย ช่วยเขียนอีเมลหน่อยครับ", {"Name is สมชาย"}),
    ("Με λένε Ελένη και μένω στην Πάτρα", {"Name is Ελένη", "Lives in Πάτρα"}),
    ("אני גרה בירושלים ומחפשת חוג יוגה", {"Lives in ירושלים"}),
    # goals and diets
    ("来年の3月までにTOEICで900点取るのが目標です", {"Goal is 来年の3月までにTOEICで900点取る"}),
    ("今年的目标是考过CPA，帮我排个计划", {"Goal is 考过CPA"}),
    ("我是素食者，推荐点高蛋白的素食菜谱吧", {"Is vegetarian (素食者)"}),
    ("저 비건이라서 우유 빼고 레시피 주세요", {"Is vegan (비건)"}),
    # phrasings beyond the textbook introduction
    ("저 고려대 경영학과 2학년 이도윤인데요 자소서 봐줄 수 있어요?",
     {"Name is 이도윤", "Works at 고려대"}),
    ("우리 아들 민준이가 수영을 배우는데 수영복 뭐 사요?", {"Has a son named 민준"}),
    ("삼성 다니는데 야근이 너무 많아요", {"Works at 삼성"}),
    ("Меня вообще Кирилл зовут, можно на ты", {"Name is Кирилл"}),
    ("Είμαι ο Γιάννης και μένω Πάτρα", {"Name is Γιάννης", "Lives in Πάτρα"}),
    ("Ο σκύλος μου ο Μπόμπος φοβάται τα βεγγαλικά", {"Has a dog named Μπόμπος"}),
    ("הבת שלי מאיה מתחילה כיתה א", {"Has a daughter named מאיה"}),
    ("मैं Amazon में डेवलपर हूँ, SQL में मदद करो", {"Works at Amazon"}),
    ("दिल्ली में Google में काम करता हूँ", {"Lives in दिल्ली", "Works at Google"}),
    ("在腾讯做运营，帮我写个周报", {"Works at 腾讯"}),
    ("豆豆我们改名叫可乐了", {"Has a pet named 可乐"}),
    ("غيرنا اسم القطة إلى سكر", {"Has a cat named سكر"}),
    ("Відповідай мені, будь ласка, завжди українською", {"Prefers responses in Ukrainian"}),
    # a move said after the place, in Turkish
    ("Bu ay İstanbul'a taşındık! Kadıköy'de veteriner var mı?", {"Lives in İstanbul"}),
])
def test_facts_in_other_scripts(message: str, expected: set[str]) -> None:
    assert expected <= _stored(message), _stored(message)


@pytest.mark.parametrize("message", [
    "我在北京工作，想问一下怎么办签证",  # a city or a firm? Not guessed
    "日本語で答えてください",  # this question only: no word for "always"
    "我哥哥住在上海，他下个月结婚",  # the brother's city, not the user's
    "前に横浜に住んでるって言ったやつ、忘れてください",  # a retraction, not a restatement
    "забудь, что я живу в Казани",
    "ช่วยลืมเรื่องที่ฉันบอกว่าทำงานที่ธนาคารไปเลยนะ",
    "我妈妈是素食者，她生日吃什么好",  # the mother's diet
    "我叫他老王就行",  # what the user calls someone else
    "я Москву люблю больше Питера",  # a city, not an introduction
    "Мой муж вегетарианец, что приготовить на ужин?",
    "я не вегетарианка, просто не люблю свинину",
    "Chị gái mình làm y tá ở Huế, nên tặng gì nhỉ?",  # the sister's job and city
    "在家做饭太累了",  # cooking at home, not an employer
])
def test_nothing_stored_for_a_guess_a_one_off_or_a_retraction(message: str) -> None:
    assert not _stored(message), _stored(message)


@pytest.mark.parametrize(("message", "named"), [
    ("前に横浜に住んでるって言ったやつ、忘れてください", "横浜"),
    ("забудь, что я живу в Казани", "Казани"),
    ("请忘记我住在成都", "成都"),
])
def test_a_retraction_in_other_scripts_names_what_to_delete(message: str, named: str) -> None:
    assert any(named in value for value in _deleted(message)), _deleted(message)


@pytest.mark.parametrize(("message", "everything"), [
    ("забудь всё, что ты обо мне знаешь", True),
    ("全部忘れてください", True),
    ("내 기억 다 지워줘", True),
    ("请删除你记住的关于我的一切", True),
    ("удали все дубликаты из списка", False),  # a task: no word for memory
    ("删除所有空行", False),
    ("このファイルを全部消して", False),
])
def test_the_full_opt_out_in_other_scripts(message: str, everything: bool) -> None:
    assert is_forget_all(message) is everything


def test_a_pets_name_said_with_my_is_not_the_users_name() -> None:
    """Thai "แมวผมชื่อส้ม" ("my cat is called Som") holds "ผมชื่อ" ("my name is")."""
    assert _stored("แมวผมชื่อส้ม ชอบกัดสายชาร์จ") == {"Has a cat named ส้ม"}
