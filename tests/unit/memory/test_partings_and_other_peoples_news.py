"""A partner the user parted from, named or as "my ex", in several languages; the job as a
whole taken back; and news that is someone else's (a friend who quit and started elsewhere,
a form filled in for a friend's baby, a move only being weighed), over chats on a real mem0
store. Also the sign-offs people really write: "LG Katrin" on the last line, "ta,\\nEilidh",
a name with an aside in brackets."""

from __future__ import annotations

import pytest

from agent.personal_memory import PersonalMemory
from tests.support.judged import check_after_chats, stored


@pytest.mark.parametrize(("messages", "kept", "gone"), [
    (("my husband Nikhil and I both work full time, our daughter Riya is 6",
      "Nikhil and I are divorced now. Anyway, science party ideas for Riya?"),
     ["Riya"], ["Nikhil"]),
    (("my husband Nikhil and I both work full time, our daughter Riya is 6",
      "please forget everything about my ex, I don't want him in your memory at all."),
     ["Riya"], ["Nikhil"]),
    (("Jag och min sambo Linnea ska renovera badrummet i vår.",
      "Linnea och jag har gjort slut. Tips på hur man hittar en etta snabbt?",
      "Min nya flickvän Sara fyller år på fredag, tips på en present?"),
     ["Sara"], ["Linnea"]),
    (("Vivo en Sevilla con mi novio Álvaro.",
      "Álvaro y yo nos separamos el mes pasado, ayúdame con el presupuesto."),
     ["Sevilla"], ["Álvaro"]),
    (("my gf Sara and I are looking for a flat in Leeds",
      "me and my gf are not together anymore, so just a one-bed now"),
     [], ["Sara"]),
    # the job as a whole: title and firm, the rest stays
    (("Hi I'm Abi, I live in Croydon and I'm a nurse at St Thomas' doing nights.",
      "Could you delete what you know about my work? Anyway, gift ideas for my mum?"),
     ["Abi", "Croydon"], ["nurse", "Thomas"]),
])
def test_what_is_kept_after_the_change(mem: PersonalMemory, user_id: str,
                                       messages: tuple[str, ...], kept: list[str],
                                       gone: list[str]) -> None:
    check_after_chats(mem, user_id, messages, kept, gone)


@pytest.mark.parametrize("message", [
    "Elena just quit the pharmacy and started at Amazon's logistics office!! help me plan "
    "a surprise dinner",
    "Ma meilleure amie vient de déménager à Montréal et commence lundi chez Ubisoft, tu "
    "peux m'aider à écrire un petit message ?",
    "Can you write a cute birth announcement for my best friend's baby? Name: Lucía Romero "
    "Vidal, born 2 April. Parents are Ana and Javi.",
    "We denken erover om volgend jaar misschien naar Utrecht te verhuizen, maar we twijfelen "
    "nog. Hoe zijn de huurprijzen?",
])
def test_someone_elses_news_or_a_plan_keeps_nothing(message: str) -> None:
    assert stored(message) == set()


@pytest.mark.parametrize(("message", "facts"), [
    ("I'm a nurse at St Thomas' doing nights on a cardiac ward.",
     {"Is a nurse", "Works at St Thomas'"}),
    ("Wie strukturiere ich 10 Folien, damit der Kunde nicht einschläft? LG Katrin",
     {"Name is Katrin"}),
    ("My tap has been dripping for a week. Can you walk me through it?\n\nta,\nEilidh",
     {"Name is Eilidh"}),
    ("Formulas please, not a template.\n\nThanks a ton!\n— Devraj (my fiancée Marisol says "
     "hi too)", {"Name is Devraj", "Has a fiancée named Marisol"}),
    ("I quit Siemens and started at Bosch on Monday", {"Works at Bosch"}),
])
def test_said_in_passing(message: str, facts: set[str]) -> None:
    assert stored(message) == facts
