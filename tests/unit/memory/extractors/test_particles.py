"""Facts said with particles and suffixes: Tagalog, Swahili, Hungarian, Finnish, Greek in Latin
letters, Turkish, Hinglish, Vietnamese, Catalan, and the family words of Tagalog, Vietnamese
and Romanian. Messages are written for these tests, in the constructions the rules read; each
language also has a look-alike that must store nothing of the user's."""

from __future__ import annotations

import pytest

from agent.memory.extractors.rules import extract_with_rules
from agent.memory.policy import judge


def _stored(message: str) -> set[str]:
    verdict = judge(extract_with_rules(message, None), message, None)
    return {c.text for c in verdict.accepted if c.topic is None and c.op == "add"}


@pytest.mark.parametrize(("message", "expected"), [
    # Tagalog: title, "ako", "sa" firm; a title beside the name; "taga-" and "dito sa"
    ("teacher ako sa Ateneo, pwede mo ba akong tulungan sa lesson plan?",
     {"Works as teacher", "Works at Ateneo"}),
    ("Ako si Liza, data analyst sa Globe, taga-Davao ako. paano mag pivot table?",
     {"Name is Liza", "Works as data analyst", "Works at Globe", "Lives in Davao"}),
    # Swahili: "mimi ni" + title, "nafanya kazi X kama Y", "naishi"
    ("Mimi ni daktari hapa Kisumu. Nisaidie na ratiba ya zamu",
     {"Works as daktari", "Lives in Kisumu"}),
    ("nafanya kazi Equity kama karani, naishi Nakuru",
     {"Works at Equity", "Works as karani", "Lives in Nakuru"}),
    # Hungarian: "-ként dolgozom", "-nál/-nél dolgozom", the town's case ending taken off
    ("Péter vagyok, ápolóként dolgozom és Szegeden élek.",
     {"Name is Péter", "Works as ápoló", "Lives in Szeged"}),
    ("a Telekomnál dolgozom, Győrben lakom", {"Works at Telekom", "Lives in Győr"}),
    # Finnish: "nimeni on", "teen töitä X-na", "olen töissä"
    ("Hei, nimeni on Mikko ja teen töitä opettajana", {"Name is Mikko", "Works as opettaja"}),
    # Greek in Latin letters
    ("geia, me lene Eleni, douleuw nosileutria stin Patra",
     {"Name is Eleni", "Works as nosileutria", "Lives in Patra"}),
    # Turkish: the title with "I am" as its suffix, after the workplace
    ("Merhaba, ben Ayşe, Garanti'de yazılım geliştiriciyim.",
     {"Name is Ayşe", "Works as yazılım geliştirici", "Works at Garanti"}),
    ("hastanede hemşireyim, gece nöbetlerim çok yorucu",
     {"Works as hemşire"}),
    # Hinglish: firm "mein" title "hoon"
    ("main Wipro mein data analyst hoon, SQL ka ek sawaal hai",
     {"Works at Wipro", "Works as data analyst"}),
    # Vietnamese: "làm" title "ở"
    ("mình làm giáo viên ở Huế", {"Works as giáo viên", "Lives in Huế"}),
    # Catalan: "sóc" + a lower-case title
    ("sóc infermera i visc a Lleida", {"Works as infermera", "Lives in Lleida"}),
    # family and pets
    ("may pusa kaming si Mingming at anak ko si Paolo",
     {"Has a child named Paolo"}),
    ("con trai mình tên Nam, 5 tuổi", {"Has a son named Nam"}),
    ("Bună! Avem un motan pe nume Tigru și vrem să-i facem o căsuță din lemn",
     {"Has a cat named Tigru"}),
    ("ho una cagnolina bianca che si chiama Nuvola", {"Has a dog named Nuvola"}),
])
def test_facts_said_with_particles(message: str, expected: set[str]) -> None:
    assert expected <= _stored(message)


@pytest.mark.parametrize("message", [
    "Yung kapatid ko nurse na sa Dubai, proud na proud ako!",   # a sibling's job
    "Rafiki yangu ni daktari huko Mombasa, nimwandikie barua",  # a friend's, over there
    "Ankara'da doğdum ama şimdi burada sorayım",                # born there (past), a verb
    "Aselsan'da yazılım mühendisi olarak çalışan arkadaşım var",  # a friend's job
    "mera bhai Infosys mein manager hai",                       # a brother's job
    "bạn mình làm kỹ sư ở Đà Nẵng",                             # a friend's job
])
def test_other_peoples_facts_in_those_languages_are_not_the_users(message: str) -> None:
    stored = _stored(message)
    assert not any(t.startswith(("Works as", "Works at", "Name is")) for t in stored), stored


@pytest.mark.parametrize(("message", "expected"), [
    # names: Finnish, Greek in Latin letters, Romanian without accents, Vietnamese without
    # accents, Indian English "Myself X", one name after Indonesian "aku" and a "from"
    ("Moi, olen Aleksi ja asun Oulussa", {"Name is Aleksi"}),
    ("geia sas, eimai o Kostas, exw ena mikro kafe", {"Name is Kostas"}),
    ("buna, ma numesc Andreea si lucrez ca asistenta", {"Name is Andreea"}),
    ("chao ban, minh ten la Hoa, minh can giup viet email", {"Name is Hoa"}),
    ("Good morning! Myself Suresh, working in Bangalore", {"Name is Suresh"}),
    ("halo, aku Dimas dari Surabaya, mau tanya soal laptop", {"Name is Dimas"}),
    # jobs and homes in Czech and Turkish
    ("Dobrý den, jsem kuchař ve Lidl a bydlím v Plzni.", {"Works as kuchař", "Works at Lidl"}),
    ("pracuju jako řidič v Ostravě, potřebuju poradit", {"Works as řidič", "Lives in Ostravě"}),
    ("Ankara'da Çankaya'da oturuyorum. Kış lastiği önerir misin?", {"Lives in Çankaya"}),
    # goals in more languages; an Arabic goal ends at "because"
    ("jövőre szeretném letenni a nyelvvizsgát angolból", {
        "Wants to letenni a nyelvvizsgát angolból"}),
    ("haluan oppia espanjaa ennen kesää", {"Wants to oppia espanjaa ennen kesää"}),
    ("أريد أن أتعلم الإسبانية عشان شغلي الجديد", {"Wants to أتعلم الإسبانية"}),
    # Catalan home
    ("sóc dissenyadora i visc a Tarragona", {"Works as dissenyadora", "Lives in Tarragona"}),
])
def test_names_jobs_homes_and_goals_in_more_languages(message: str, expected: set[str]) -> None:
    assert expected <= _stored(message)


@pytest.mark.parametrize("message", [
    "mình muốn học cách dùng excel nhanh hơn",      # learning how to use a tool: a task
    "haluan oppia miten tämä kaava toimii",         # the same in Finnish
    "Ankara'da doğdum, burada yaşıyorum",           # "burada" (here) is no town
])
def test_look_alikes_of_goals_and_homes_store_nothing(message: str) -> None:
    stored = _stored(message)
    assert not any(t.startswith(("Wants to", "Lives in")) for t in stored), stored


@pytest.mark.parametrize(("message", "expected"), [
    # dislikes after an interjection or a subject, and in Russian
    ("bueno odio los musicales, recomiéndame una peli de acción", {"Dislikes los musicales"}),
    ("saya gak suka durian, ada ide dessert lain?", {"Dislikes durian"}),
    ("Ненавижу длинные видео, подскажи текстом", {"Dislikes длинные видео"}),
    # a Russian goal with a horizon between the wish and its verb
    ("Хочу в этом году сдать IELTS на 7", {"Wants to сдать IELTS на 7"}),
    # night shifts in other languages; Hinglish "only"
    ("je travaille de nuit aux urgences, des idées de repas ?", {"Works night shifts"}),
    ("main sirf Linux use karta hoon, ubuntu mein kaise karu", {"Uses only Linux"}),
])
def test_tastes_goals_and_schedules_in_more_languages(message: str, expected: set[str]) -> None:
    assert expected <= _stored(message)


@pytest.mark.parametrize("message", [
    "no me gusta nada este día",                 # today's mood, not a taste
    "mera bhai sirf Android use karta hai",      # a brother's phone
    "ich arbeite heute Nacht länger",            # tonight, not a schedule
])
def test_moods_and_other_peoples_habits_store_nothing(message: str) -> None:
    assert not _stored(message)


@pytest.mark.parametrize("message", [
    "I'm Sam, going to Paris in May",           # a trip after the name, not a title
    "Sam here, just back at Heathrow",         # where the user is now
])
def test_english_after_a_name_is_no_title(message: str) -> None:
    assert not any(t.startswith(("Works", "Lives")) for t in _stored(message))


@pytest.mark.parametrize(("message", "expected"), [
    # a greeting worded as a question opens a statement
    ("qué onda, soy enfermera en el turno de noche acá en Puebla", {"Works as enfermera"}),
    # one German first name, then a job and where it is done
    ("Hallo, ich bin Jana, Werkstudentin bei Bosch in Stuttgart", {"Name is Jana"}),
    # Quebec French "chu" (je suis)
    ("Chu infirmière à Laval pis j'ai une question", {"Works as infirmière"}),
    # diets in Czech, Hungarian and Finnish
    ("jsem vegetariánka, dej mi recept na večeři", {"Is vegetarian"}),
    ("vegán vagyok, mit főzzek ma?", {"Is vegan"}),
    ("olen vegaani, mitä voisin syödä aamulla", {"Is vegan"}),
    # the Swahili title runs to the end of its phrase
    ("nafanya kazi NMB kama afisa mikopo, naishi Dodoma",
     {"Works at NMB", "Works as afisa mikopo", "Lives in Dodoma"}),
])
def test_openings_diets_and_titles_in_more_languages(message: str, expected: set[str]) -> None:
    assert expected <= _stored(message)


def test_a_turkish_job_change_names_the_new_employer() -> None:
    message = "Migros'tan ayrıldım, şimdi Koç Holding'de analist olarak çalışıyorum."
    assert "Works at Koç Holding" in _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("aku perawat di RS Sentosa, mau tanya soal jadwal tidur", {"Works as perawat"}),
    ("ich arbeite als Erzieherin bei der Stadt Köln", {"Works as Erzieherin",
                                                       "Works at Stadt Köln"}),
])
def test_titles_with_an_article_or_after_indonesian_i(message: str, expected: set[str]) -> None:
    assert expected <= _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("Ich wohn in Kiel mit meinem Mann Jonas und unserer Katze Mia.",
     {"Lives in Kiel", "Has a husband named Jonas", "Has a cat named Mia"}),
    ("Mijn vriend Bas en ik eten veel samen, maar ik heb echt een hekel aan spruitjes",
     {"Has a boyfriend named Bas", "Dislikes spruitjes"}),
    ("THY'nin kargo biriminde değil, Pegasus'ta pilotum. Bir köpeğimiz var, adı Zeytin.",
     {"Works as pilot", "Has a dog named Zeytin"}),
    ("faccio l'infermiere all'Ospedale San Paolo", {"Works at Ospedale San Paolo"}),
    ("i drive trams in Porto, early shifts mostly", {"Drives trams"}),
])
def test_kin_cases_titles_and_dislikes_in_more_word_orders(message: str,
                                                          expected: set[str]) -> None:
    assert expected <= _stored(message)
