"""Names, homes, origins, pets and reply languages written in the user's own script, in the
languages ``more_scripts`` reads, and the look-alikes that must stay unread: a supposition,
a negation, a friend's cat, a role-play, a one-off request for a language."""

from __future__ import annotations

import pytest

from agent.memory.commands import is_forget_all
from tests.support.judged import stored


@pytest.mark.parametrize(("message", "facts"), [
    ("Здравейте! Казвам се Пламен и живея в Пловдив. Как да сготвя мусака?",
     {"Name is Пламен", "Lives in Пловдив"}),
    ("Зовем се Јована, живим у Новом Саду. Треба ми рецепт за пасуљ.",
     {"Name is Јована", "Lives in Новом Саду"}),
    ("سلام، اسمم نیلوفر است و در تبریز زندگی می‌کنم. یه دستور پخت آش می‌خوام",
     {"Name is نیلوفر", "Lives in تبریز"}),
    ("میرا نام فرحان ہے اور میں کراچی میں رہتا ہوں، مجھے بریانی کی ترکیب چاہیے",
     {"Name is فرحان", "Lives in کراچی"}),
    ("नमस्कार! माझं नाव प्रिया आहे, मी पुण्यात काम करते आणि नागपूरला राहते.",
     {"Name is प्रिया", "Lives in नागपूर"}),
    ("আমার নাম রুমানা, আমি চট্টগ্রামে থাকি। একটা চিঠি লিখে দেবে?",
     {"Name is রুমানা", "Lives in চট্টগ্রাম"}),
    ("என் பெயர் அருண். மதுரையில் வசிக்கிறேன், ஒரு கடிதம் எழுத உதவுங்கள்",
     {"Name is அருண்"}),
    ("నా పేరు లక్ష్మి, విజయవాడలో ఉంటాను. ఒక ఇమెయిల్ రాయడంలో సహాయం చేయండి",
     {"Name is లక్ష్మి", "Lives in విజయవాడ"}),
    ("ሰላም፣ ስሜ ዮናስ ነው። ሀዋሳ ነው የምኖረው። የንግድ ደብዳቤ እንድጽፍ እርዳኝ",
     {"Name is ዮናስ", "Lives in ሀዋሳ"}),
    ("Բարև, իմ անունը Տիգրան է, ապրում եմ Վանաձորում։", {"Lives in Վանաձոր"}),
    ("გამარჯობა, მქვია გიორგი და ვცხოვრობ ქუთაისში.", {"Name is გიორგი", "Lives in ქუთაის"}),
])
def test_a_name_and_a_home_in_the_users_own_script_are_read(message: str,
                                                           facts: set[str]) -> None:
    assert facts <= stored(message)


@pytest.mark.parametrize(("message", "fact"), [
    ("Здрасти, от Варна съм, а сега уча в София.", "Is from Варна"),
    ("سلام، اهل مشهدم و دنبال یه کار پاره‌وقتم", "Is from مشهد"),
    ("Имам куче на име Бъстър, което не спира да лае.", "Has a dog named Бъстър"),
    ("من یه گربه به اسم پشمک دارم که غذا نمی‌خوره", "Has a cat named پشمک"),
    # "دوست دارم" is "I like", not a friend: the pet is the user's
    ("من گربه‌ها را دوست دارم و یک گربه به اسم نازی دارم", "Has a cat named نازی"),
    ("माझ्याकडे मोती नावाचा एक कुत्रा आहे", "Has a dog named मोती"),
    ("আমার মিনু নামের একটা বিড়াল আছে", "Has a cat named মিনু"),
    ("ჩემი კატა სახელად ფისო ავად არის", "Has a cat named ფისო"),
    ("柴犬のきなこを飼っています。散歩のコツを教えて", "Has a dog named きなこ"),
    ("از این به بعد همیشه به فارسی جواب بده لطفاً", "Prefers responses in Persian (به فارسی)"),
    ("ఇక నుంచి ఎప్పుడూ తెలుగులో సమాధానం ఇవ్వండి", "Prefers responses in Telugu (తెలుగులో)"),
])
def test_origins_pets_and_lasting_reply_languages_are_read(message: str, fact: str) -> None:
    assert fact in stored(message)


@pytest.mark.parametrize("message", [
    # a supposition, a negation
    "Ако живея в Бургас, колко ще ми струва наемът?",
    "Не живея в София, само работя там.",
    "اگر در اصفهان زندگی می‌کنم کجا بروم؟",
    # a friend's cat, a neighbour's dog
    "Моята приятелка има котка на име Мица, какво да ѝ подаря?",
    "دوستم یه گربه به اسم نازی داره، براش اسم دیگه‌ای پیشنهاد بده",
    # a reply language for this one answer
    "این یکی رو به فارسی جواب بده",
    # role-play in another script: the names and towns belong to the game
    "Давай пограємо в рольову гру: ти продавець у Харкові, а я — Тарас, покупець.",
    "我们来角色扮演吧：你是面试官，我叫李雷，住在北京。",
])
def test_suppositions_negations_others_and_games_keep_nothing(message: str) -> None:
    assert not {f for f in stored(message) if f.startswith(("Name", "Lives", "Is from",
                                                             "Has a", "Prefers"))}


def test_a_condition_in_a_script_without_spaces_ends_at_its_full_stop() -> None:
    """"如果我搬到上海..." is a question; the name and home said after "？" are true."""
    facts = stored("如果我搬到上海工作，房租大概多少？我叫王磊，现在住在成都。")
    assert {"Name is 王磊", "Lives in 成都"} <= facts
    assert not any("上海" in f for f in facts)


def test_a_district_after_now_living_is_not_a_second_town() -> None:
    facts = stored("跟你说一下，我上个月已经搬到深圳了，现在住南山区。")
    assert "Lives in 深圳" in facts
    assert not any("南山" in f for f in facts)


@pytest.mark.parametrize(("message", "name"), [
    ("Напиши объявление о продаже велосипеда.\n\nСпасибо,\nАртём", "Name is Артём"),
    # the closing and the name on one line, or ending the last sentence
    ("Помогите составить письмо соседу.\n\nЗаранее спасибо, Ольга", "Name is Ольга"),
    ("Помогите составить письмо соседу. Спасибо! — Ольга", "Name is Ольга"),
    ("Βοήθησέ με με ένα γράμμα. Ευχαριστώ πολύ, Ελένη", "Name is Ελένη"),
    ("请帮我写一封信。谢谢，李娜", "Name is 李娜"),
    # closings that follow the name
    ("手紙の書き方を教えてください。\n\n田中より", "Name is 田中"),
    ("편지 좀 써 주세요.\n\n김민수 드림", "Name is 김민수"),
    ("请帮我写一封信。\n\n李娜 敬上", "Name is 李娜"),
    ("请帮我改一下这封邮件。\n\n谢谢，\n李娜", "Name is 李娜"),
    ("Βοήθησέ με με ένα βιογραφικό.\n\nΕυχαριστώ,\nΕλένη", "Name is Ελένη"),
])
def test_a_sign_off_in_another_script_names_the_user(message: str, name: str) -> None:
    assert name in stored(message)


def test_a_sign_off_word_in_lower_case_is_no_name() -> None:
    assert not stored("Помоги написать письмо начальнику.\n\nСпасибо,\nпока")


@pytest.mark.parametrize(("message", "everything"), [
    ("제가 어느 회사 다니는지는 기억에서 지워 주세요.", False),
    ("удали мой адрес из памяти", False),
    ("기억에서 다 지워 주세요", True),
    ("Удали всё, что ты обо мне знаешь", True),
    ("删除关于我的记忆", True),
])
def test_erasing_one_thing_from_memory_is_not_forgetting_everything(message: str,
                                                                    everything: bool) -> None:
    assert is_forget_all(message) is everything


def test_a_persian_home_typed_in_latin_letters_is_read() -> None:
    facts = stored("پسرعموم از Shopify آفر گرفته برای Ottawa. من خودم ۴ ساله تو Montreal "
                     "زندگی می‌کنم، نظرت چیه؟")
    assert "Lives in Montreal" in facts
    assert not any("Ottawa" in f for f in facts)


@pytest.mark.parametrize(("message", "fact"), [
    ("আমি এখন থাকি ঢাকায়, একটা রেসিপি দাও", "Lives in ঢাকা"),
    ("আমি খুলনাতে থাকি", "Lives in খুলনা"),
])
def test_a_bengali_town_loses_only_its_case_ending(message: str, fact: str) -> None:
    assert fact in stored(message)


@pytest.mark.parametrize("message", ["मी घरी राहते, मुलांसाठी खेळ सुचवा", "আমি বাড়িতে থাকি"])
def test_home_itself_is_no_town(message: str) -> None:
    assert not {f for f in stored(message) if f.startswith("Lives")}
