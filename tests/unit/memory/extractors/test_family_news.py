"""Family news as people break it: babies born and named, new partners, engagements, children
and pets named in a list or before whose they are; and the same words about someone else."""

from __future__ import annotations

import pytest

from agent.memory.extractors import offline_extractor
from tests.support.judged import stored


@pytest.mark.parametrize(("message", "facts"), [
    ("¡Ya nació Lucía!! 3 kilos y todo perfecto, ¿qué papeles necesito?",
     {"Has a child named Lucía"}),
    ("È nato Tommaso!!! stiamo tutti bene, mi aiuti con un messaggio per i nonni?",
     {"Has a son named Tommaso"}),
    ("Urodził się nasz synek Antek! Jak zgłosić go do ZUS?", {"Has a son named Antek"}),
    ("Nasceram!!! Helena e Bento, gêmeos, estão ótimos", {"Has a child named Helena",
                                                          "Has a child named Bento"}),
    ("Elle est née hier soir : notre fille Inès ! Tu peux m'aider pour le faire-part ?",
     {"Has a daughter named Inès"}),
    ("Our little girl Freya arrived on Sunday, what do newborns need?",
     {"Has a daughter named Freya"}),
    ("so I've got a new girlfriend lol her name's Aoife and she's vegan, recipe ideas?",
     {"Has a girlfriend named Aoife"}),
    ("WE GOT ENGAGED!! 💍 Tomasz said yes on the beach, help me plan the party",
     {"Has a partner named Tomasz"}),
    ("Ola mi się oświadczył?? no wait, Marek mi się wczoraj oświadczył 💍",
     {"Has a partner named Marek"}),
    ("Juno and Rafe (my twins) turn five on Friday, party games?",
     {"Has a child named Juno", "Has a child named Rafe"}),
    ("we've got two hamsters, Pip and Squeak, what bedding is best?",
     {"Has a hamster named Pip", "Has a hamster named Squeak"}),
    ("Tengo dos hijas, Vera (9) y Alba (6), ¿qué libros les gustarán?",
     {"Has a daughter named Vera", "Has a daughter named Alba"}),
    ("sono in ospedale con la mia compagna Chiara, mi consigli un libro?",
     {"Has a partner named Chiara"}),
    ("my new gf Sadie is vegetarian, what do I cook for her on Friday?",
     {"Has a girlfriend named Sadie"}),
    ("we've got a 4 year old (Arlo) so somewhere with a playground please",
     {"Has a child named Arlo"}),
    ("found a stray kitten in the garden and I'm keeping him, I'm calling him Biscuit",
     {"Has a kitten named Biscuit"}),
    ("I've got a betta called Neptune, he won't eat his pellets",
     {"Has a betta named Neptune"}),
    ("うちの猫のMilo（3歳）が夜中に鳴きます", {"Has a cat named Milo"}),
    ("Mijn nieuwe vriendin Lotte houdt van wandelen, tips voor een date?",
     {"Has a girlfriend named Lotte"}),
    ("meri beti Kavya ko maths mein help chahiye", {"Has a daughter named Kavya"}),
])
def test_the_users_family_news_is_remembered(message: str, facts: set[str]) -> None:
    assert facts <= stored(message)


@pytest.mark.parametrize(("message", "name"), [
    ("my sister had her baby! little Rafferty was born at 3am", "Rafferty"),
    ("È nata la figlia di Marco, si chiama Anna: che regalo le porto?", "Anna"),
    ("Nació el hijo de mi amiga, Bruno, ¿qué le regalo?", "Bruno"),
    ("my friend has a new boyfriend, his name's Callum, and I don't trust him", "Callum"),
    ("Sam has arrived so I have to go, thanks!", "Sam"),
    ("Jonas said yes to the job offer so we're celebrating", "Jonas"),
    ("mera bhai Bangalore mein kaam karta hai, usko gift kya doon?", "Bangalore"),
    # three people, not a girlfriend named Toby (a pup's name, in a real chat)
    ("Last Tuesday, my gf, Toby, and I went to the lake", "Toby"),
    ("our class guinea pig Oreo needs a name tag, can you design one?", "Oreo"),
    ("Je garde la chatte de mon voisin, elle s'appelle Praline et ne mange pas", "Praline"),
    ("I'm dog sitting this week, a spaniel who's called Bramble, any walk tips?", "Bramble"),
])
def test_someone_elses_news_is_not_the_users(message: str, name: str) -> None:
    assert not {t for t in stored(message) if name in t}


def test_a_list_the_reader_reads_as_one_name_is_each_name() -> None:
    """The span reader may read "Elena y Nico" as one span; each name is its own child."""
    read = {c.text for c in offline_extractor("gated")(
        "Tengo dos hijos, Elena y Nico, y un perro que se come todo", None)}
    assert not {t for t in read if " y " in t}
    assert {"Has a child named Elena", "Has a child named Nico"} <= read
