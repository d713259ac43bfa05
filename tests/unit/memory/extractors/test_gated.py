"""The gated extractor's combination logic: what the classifier may veto and add.

The classifier is replaced by a scripted one here (its own quality is measured by the evals);
these tests pin down which rule candidates it may veto and which clauses it may add.
"""

from __future__ import annotations

from typing import Any, cast

import pytest

from agent.memory.extractors.gated import GatedExtractor
from agent.memory.extractors.learned import LearnedExtractor
from agent.memory.extractors.rules import RuleExtractor


class ScriptedClassifier:
    """P(fact) per clause from a table (default 1.0); clauses sure to be a given kind; the
    span reader's values per clause (none by default), and which slots it was asked for."""

    def __init__(self, p_fact: dict[str, float], kinds: dict[str, str] | None = None,
                 values: dict[str, dict[str, str]] | None = None,
                 titles: dict[str, str] | None = None,
                 sure: dict[str, dict[str, str]] | None = None) -> None:
        self.p_fact = p_fact
        self.sure = sure or {}
        self.kinds = kinds or {}
        self.values = values or {}
        self.titles = titles or {}
        self.asked: list[tuple[str, list[str]]] = []
        self.asked_title: list[str] = []

    def read_role(self, clause: str) -> tuple[int, int] | None:
        """The job-title reader: where the scripted title is in the clause."""
        self.asked_title.append(clause)
        title = self.titles.get(clause)
        return (clause.index(title), clause.index(title) + len(title)) if title else None

    def likeliest(self, clauses: list[str], slot: str, after: Any = None
                  ) -> tuple[str, float] | None:
        """The first value given for ``slot`` in any clause, if the text before it fits."""
        for clause in clauses:
            value = self.values.get(clause, {}).get(slot)
            if value and (after is None or after.search(clause[:clause.find(value)])):
                return value, 0.9
        return None

    def prefetch_spans(self, clauses: list[str]) -> None:
        """Nothing to encode: the values are scripted."""

    def confirms(self, clause: str, slot: str, value: str) -> bool:
        return self.values.get(clause, {}).get(slot) == value

    def read_all(self, clause: str, slot: str) -> list[tuple[int, str]]:
        value = self.values.get(clause, {}).get(slot)
        return [(clause.index(value), value)] if value else []

    def read_values(self, clause: str, slots: list[str], at_least: float | None = None
                    ) -> dict[str, str]:
        """The scripted values of the wanted slots; asked for values it must be sure of
        (``at_least``), only those in ``sure``."""
        if at_least is not None:
            return {slot: value for slot, value in self.sure.get(clause, {}).items()
                    if slot in slots}
        if slots:
            self.asked.append((clause, slots))
        return {slot: value for slot, value in self.values.get(clause, {}).items()
                if slot in slots}

    def read(self, clauses: list[str], previous: str | None) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for clause in clauses:
            if clause in self.kinds:
                out[clause] = {"none": 0.05, self.kinds[clause]: 0.95}
            else:
                p = self.p_fact.get(clause, 1.0)
                out[clause] = {"none": 1.0 - p, "location": p}
        return out


def gated(p_fact: dict[str, float], kinds: dict[str, str] | None = None,
          values: dict[str, dict[str, str]] | None = None,
          titles: dict[str, str] | None = None,
          sure: dict[str, dict[str, str]] | None = None) -> GatedExtractor:
    learned = cast(LearnedExtractor, cast(Any, ScriptedClassifier(p_fact, kinds, values,
                                                                  titles, sure)))
    return GatedExtractor(RuleExtractor(), learned, gate=0.5, add=0.7, value=0.5)


def test_rule_fact_in_a_clause_judged_factless_is_dropped() -> None:
    message = "I live in Lyon"
    kept = gated({"I live in Lyon": 0.9})(message, None)
    dropped = gated({"I live in Lyon": 0.1})(message, None)
    assert [c.text for c in kept] == ["Lives in Lyon"] and dropped == []


def test_commands_and_explicit_requests_are_never_vetoed() -> None:
    veto_all = gated({})
    veto_all.learned = cast(LearnedExtractor, cast(Any, ScriptedClassifier({}, {})))
    veto_all.gate = 1.01
    assert [c.op for c in veto_all("Forget that I live in Lyon", None)] == ["delete"]
    assert veto_all("Please remember that I live in Lyon", None)


def test_a_clause_no_rule_read_is_added_from_the_classifier() -> None:
    message = "I've kept a low-sodium diet for six years now"
    found = gated({}, {message: "constraint"})(message, None)
    assert [c.text for c in found] == ["Has kept a low-sodium diet for six years now"]


def test_a_classifier_fact_is_the_users_own_statement_inside_the_clause() -> None:
    """"This is a dream come true for me, as I've always wanted to ...": the dream is a goal
    of the user's; the memory is their statement, not the clause about "this"."""
    message = "This is a dream come true, as I've always wanted to learn auto engineering"
    found = gated({}, {message: "goal"})(message, None)
    assert [c.text for c in found] == ["Has always wanted to learn auto engineering"]
    deictic = "It's great having the freedom to create a space for dancers"
    assert gated({}, {deictic: "preference"})(deictic, None) == []


def test_a_sensitive_kind_is_never_added_on_the_classifier_alone() -> None:
    message = "I've been feeling depressed for years"
    assert gated({}, {message: "sensitive"})(message, None) == []


def test_a_clause_a_rule_read_is_not_added_twice() -> None:
    message = "I live in Lyon"
    found = gated({message: 0.9}, {"I live in Lyon": "preference"})(message, None)
    assert [c.text for c in found] == ["Lives in Lyon"]


def test_a_self_introduction_is_never_vetoed() -> None:
    """Unusual names ("Annc56b") looked factless to the classifier and were lost."""
    for name in ("Annc56b", "Xq7", "Jo"):
        message = f"My name is {name}"
        assert [c.text for c in gated({message: 0.0})(message, None)] == [f"Name is {name}"]


def test_a_bare_i_am_name_is_still_judged() -> None:
    """Without a name cue the clause may be no introduction ("I am Legend")."""
    message = "I'm Ingrid"
    assert gated({message: 0.0})(message, None) == []
    assert [c.text for c in gated({message: 0.9})(message, None)] == ["Name is Ingrid"]


def test_a_value_no_rule_read_comes_from_the_span_reader() -> None:
    message = "we've been in Manchester for almost three years now"
    found = gated({}, {message: "location"}, {message: {"location": "Manchester"}})(message,
                                                                                      None)
    assert [(c.text, c.attribute) for c in found] == [("Lives in Manchester", "location")]


def test_the_span_reader_is_not_asked_for_a_slot_a_rule_read() -> None:
    message = "I live in Lyon"
    extractor = gated({}, {message: "location"}, {message: {"location": "Lyon"}})
    found = extractor(message, None)
    assert [c.text for c in found] == ["Lives in Lyon"]
    assert cast(ScriptedClassifier, cast(Any, extractor.learned)).asked == []


def test_the_span_reader_is_only_asked_where_the_classifier_sees_that_slot() -> None:
    message = "Paris was lovely in the spring"
    extractor = gated({message: 0.0}, None, {message: {"location": "Paris"}})
    assert extractor(message, None) == []
    assert cast(ScriptedClassifier, cast(Any, extractor.learned)).asked == []


@pytest.mark.parametrize(("message", "read"), [
    # the clause reads as a name, its word of work says the firm is the user's employer
    ("I'm Thiago, on the payments team at Nubank", ["Works at Nubank"]),
    # ... without one, a firm the reader is sure of is no employer
    ("I'm Thiago, a big fan of Nubank", []),
])
def test_a_value_the_reader_is_sure_of_is_read_in_a_clause_of_another_kind(
        message: str, read: list[str]) -> None:
    extractor = gated({}, {message: "name"}, sure={message: {"employer": "Nubank"}})
    assert [c.text for c in extractor(message, None) if c.attribute == "employer"] == read


def test_a_value_the_reader_is_sure_of_is_not_read_in_a_factless_clause() -> None:
    message = "the Nubank app is down again"
    extractor = gated({message: 0.2}, None, sure={message: {"employer": "Nubank"}})
    assert extractor(message, None) == []


def test_a_vetoed_value_stays_when_the_span_reader_reads_it_too() -> None:
    message = "we adopted a puppy named Waffles and he ate a sock"
    vetoed = gated({message: 0.0})(message, None)
    confirmed = gated({message: 0.0}, None, {message: {"family_pet": "Waffles"}})(message, None)
    assert vetoed == []
    assert [c.text for c in confirmed] == ["Has a puppy named Waffles"]


def test_i_live_here_takes_the_place_named_in_the_message() -> None:
    question, here = "what's fun indoors around Leeds", "lived here 8 years"
    message = f"{question}? {here} and I never know what to suggest"
    extractor = gated({}, None, {question: {"location": "Leeds"}})
    assert [c.text for c in extractor(message, None)] == ["Lives in Leeds"]
    assert gated({question: 0.0}, None, {question: {"location": "Leeds"}})(f"{question}?",
                                                                          None) == []


def test_a_name_from_the_span_reader_needs_an_introduction() -> None:
    intro, game = "hallo, ich bin Sabine", "I'm currently playing AC Valhalla"
    values = {intro: {"name": "Sabine"}, game: {"name": "AC Valhalla"}}
    assert [c.text for c in gated({}, {intro: "name"}, values)(intro, None)] == [
        "Name is Sabine"]
    assert gated({}, {game: "name"}, values)(game, None) == []


def test_an_employer_from_the_span_reader_needs_words_of_work() -> None:
    job, praise = "my first week at Bosch is done and the new team is nice", \
        "I've heard great things about Universal Studios"
    values = {job: {"employer": "Bosch"}, praise: {"employer": "Universal Studios"}}
    assert [c.text for c in gated({}, {job: "employer"}, values)(job, None)] == [
        "Works at Bosch"]
    assert gated({}, {praise: "employer"}, values)(praise, None) == []


def test_the_classifier_does_not_veto_a_clause_in_a_language_it_cannot_read() -> None:
    spanish = "vivo en Sevilla con mi pareja"
    english = "I live in Seville with my partner"
    veto = gated({spanish: 0.0, english: 0.0})
    assert [c.text for c in veto(spanish, None)] == ["Lives in Sevilla"]
    assert veto(english, None) == []


def test_a_vetoed_fact_is_judged_again_on_its_own_statement() -> None:
    message = "fwiw I'm a line cook, so when I say quick I mean under 10 min"
    whole = "fwiw I'm a line cook, so when I say quick I mean under 10 min"
    kept = gated({whole: 0.1, "fwiw I'm a line cook": 0.9})(message, None)
    dropped = gated({whole: 0.1, "fwiw I'm a line cook": 0.1})(message, None)
    assert [c.text for c in kept] == ["Is a line cook"] and dropped == []


def test_a_job_title_no_rule_knows_is_read_where_the_classifier_says_role() -> None:
    clause = "I'm a night-shift security guard at a hospital"
    read = gated({}, kinds={clause: "role"})(clause, None)
    assert [(c.text, c.attribute) for c in read] == [("Is a night-shift security guard", "role")]
    assert gated({clause: 0.0})(clause, None) == []
    fan = "I'm a massive fan"  # the classifier's mistake is caught by the title's last word
    assert gated({fan: 0.0}, kinds={fan: "role"})(fan, None) == []


def test_the_users_own_pet_by_name_is_kept_whatever_the_clause_is_about() -> None:
    clause = "My rabbit Clover hasn't touched her hay since this morning"
    kept = gated({clause: 0.0})(clause + ". Should I be worried?", None)
    assert [c.text for c in kept] == ["Has a rabbit named Clover"]
    other = "my friend's dog Max bit me this morning"
    assert gated({other: 0.0})(other, None) == []


def test_a_field_of_work_where_the_classifier_says_role() -> None:
    clause = "I work in HR at a hospital"
    assert [c.text for c in gated({}, kinds={clause: "role"})(clause, None)] == ["Works in HR"]
    place = "I work in London"
    assert gated({place: 0.0}, kinds={place: "role"})(place, None) == []


def test_a_job_clause_is_read_for_the_place_too() -> None:
    """The classifier gives a job's clause one kind, role; the place said with it ("a
    florist in ghent") is asked of the span reader all the same."""
    message = "i'm a florist in ghent"
    found = gated({}, {message: "role"}, {message: {"location": "Ghent"}})(message, None)
    assert {c.text for c in found} == {"Is a florist", "Lives in Ghent"}
    other = "my job is fine, thanks"
    extractor = gated({other: 0.0}, None, {other: {"location": "Ghent"}})
    assert extractor(other, None) == []


def test_a_second_phrase_fact_saying_it_again_is_not_added() -> None:
    """"Always use metric please. I never use the other system": one preference."""
    first, second = "Always use metric please", "I never use the other system"
    found = gated({}, {second: "preference"})(f"{first}. {second}.", None)
    assert [c.text for c in found] == ["Prefers metric units"]


def test_the_span_reader_gives_no_home_from_a_past_one() -> None:
    message = "we stayed in a cottage in Kerry when I was a kid"
    found = gated({}, {message: "location"}, {message: {"location": "Kerry"}})(message, None)
    assert found == []


def test_a_job_said_as_a_joke_is_no_title() -> None:
    """"I'm basically a professional snacker at this point lol": hyperbole, read as a role."""
    message = "I'm basically a professional snacker at this point lol"
    assert gated({}, {message: "role"})(message, None) == []
    real = "I'm a pastry chef at this bakery"
    assert [c.text for c in gated({}, {real: "role"})(real, None)] == ["Is a pastry chef"]


def test_a_title_in_any_wording_comes_from_the_job_title_reader() -> None:
    clause = "field tech for Otis"
    read = gated({}, {clause: "role"}, titles={clause: "field tech"})(
        "I fix elevators lol. " + clause, None)
    assert ("Is a field tech", "role") in [(c.text, c.attribute) for c in read]
    assert "Works at Otis" in [c.text for c in read]
    # not where the classifier sees no job, nor in a language the encoder cannot read
    quiet = gated({clause: 0.0}, titles={clause: "field tech"})
    assert quiet(clause, None) == []
    assert cast(Any, quiet.learned).asked_title == []
    dutch = "mijn dagelijkse werk is nachtdienst verpleegkundige bij het ziekenhuis hier"
    foreign = gated({}, {dutch: "role"}, titles={dutch: "nachtdienst verpleegkundige"})
    assert "Is a nachtdienst verpleegkundige" not in [c.text for c in foreign(dutch, None)]


def test_the_job_title_reader_is_not_asked_when_a_rule_read_the_title() -> None:
    clause = "I'm a nurse at St Mary's"
    reader = gated({}, {clause: "role"}, titles={clause: "nurse at St"})
    assert [c.text for c in reader(clause, None) if c.attribute == "role"] == ["Is a nurse"]
    assert cast(Any, reader.learned).asked_title == []


def test_a_new_title_said_as_news_is_not_vetoed() -> None:
    """"I'm officially head chef at Nopi": a change of job, which the classifier, having seen
    few, does not judge (as a move)."""
    clause = "I'm officially head chef at Nopi since Monday"
    kept = [c.text for c in gated({clause: 0.0})(clause, None)]
    assert "Is a head chef" in kept and "Works at Nopi" in kept


def test_the_job_title_reader_reads_no_title_in_the_listeners_news() -> None:
    clause = "congrats on your new job, being a sales lead at a big firm like that must be wild"
    reader = gated({}, {clause: "role"}, titles={clause: "sales lead"})
    assert [c for c in reader(clause, None) if c.attribute == "role"] == []
    assert cast(Any, reader.learned).asked_title == []


def test_a_greeting_before_a_name_addresses_the_listener() -> None:
    """"Yo Tim!" and "Bye Sam." speak to someone: the span reader's name is not the user's."""
    for clause, name in [("Yo Tim", "Yo Tim"), ("Bye Sam", "Bye Sam"),
                         ("Oof, Sam, so embarrassing!", "Oof")]:
        assert gated({}, {clause: "name"}, {clause: {"name": name}})(clause, None) == []


def test_an_employer_in_lower_case_that_is_a_common_word_is_none() -> None:
    """"I made a tool for one charitable foundation": "one" is no firm."""
    clause = "I built a tool for one charity through work"
    values = {clause: {"employer": "one"}}
    assert gated({}, {clause: "employer"}, values)(clause, None) == []


def test_cheering_the_listener_on_is_no_fact_of_the_users() -> None:
    """"Keep pushing for your goals!", "Let's keep going": the listener's, not a goal."""
    for clause in ["Keep pushing for your goals", "Let's keep pushing for our goals",
                   "Congrats on your success", "Hope you both have weighed the pros and cons"]:
        assert gated({}, {clause: "goal"})(clause, None) == []
    own = "Keep my answers short please"
    assert gated({}, {own: "preference"})(own, None) != []


def test_a_judgement_of_a_thing_is_not_the_users_fact() -> None:
    """"For me, it's writing and reading", "Starting my own store ... is scary": the classifier
    reads a preference, but the clause judges an activity; nothing is added."""
    for clause in ("For me, it's writing and reading",
                   "Starting my own store and taking risks is both scary and rewarding"):
        found = gated({}, {clause: "preference"})(clause, None)
        assert [c.text for c in found if c.topic is None] == []  # interest evidence may stay
    own = "I never skip my morning pages"
    assert [c.text for c in gated({}, {own: "preference"})(own, None)] == [
        "Never skips their morning pages"]


def test_a_job_title_said_of_the_listener_or_wanted_is_not_the_users() -> None:
    """The title reader reads "good salesperson" in "you must be a good salesperson", and
    "Marley flooring" after "I'm after"; neither is the user's job."""
    listener = "Wow, you must be a good salesperson because I'm almost sold on this class"
    wanted = "I'm after Marley flooring, which is what dance studios usually use"
    titles = {listener: "good salesperson", wanted: "Marley flooring"}
    for clause in (listener, wanted):
        assert gated({}, {clause: "role"}, titles=titles)(clause, None) == []
    own = "so yeah I'm basically the night manager these days"
    read = gated({}, {own: "role"}, titles={own: "night manager"})(own, None)
    assert [c.text for c in read] == ["Is a night manager"]


def test_a_place_from_the_span_reader_needs_a_place_word_or_the_user() -> None:
    club = "Manchester City are in bad form and their transfer policy is terrible"
    home = "been in Leeds about six years now"
    values = {club: {"location": "Manchester City"}, home: {"location": "Leeds"}}
    assert gated({}, {club: "location"}, values)(f"I'm sure you're wrong. {club}!", None) == []
    found = gated({}, {home: "location"}, values)(f"I'm good. {home}", None)
    assert [c.text for c in found] == ["Lives in Leeds"]


def test_a_question_an_interjection_or_a_past_verb_is_never_a_learned_fact() -> None:
    asked = "Anything else you're looking forward to doing in Japan"
    assert gated({}, {asked: "goal"})(f"I loved it. {asked}?", None) == []
    ooh = "Ooh, I'm so jealous"
    assert gated({}, {ooh: "name"}, {ooh: {"name": "Ooh"}})(ooh, None) == []
    baked = "I made meringue for the first time"
    assert gated({}, {baked: "role"}, titles={baked: "made meringue"})(baked, None) == []


def test_a_short_clause_takes_the_language_of_its_message() -> None:
    """"Soy arquitecta" alone is too short to tell; inside a Spanish message it is Spanish, and
    the English-only classifier may not veto the rule's reading of it."""
    message = ("Hola, me puedes ayudar con un correo para un cliente? Soy arquitecta y tengo un "
               "estudio pequeño, el cliente quiere cambiar el diseño de la cocina otra vez")
    found = gated({"Soy arquitecta": 0.0})(message, None)
    assert "Works as arquitecta" in [c.text for c in found]
    english = "I'm a nurse"
    assert gated({english: 0.0})(english, None) == []


def test_a_title_after_my_or_in_a_clause_read_as_a_goal_is_not_the_users() -> None:
    boss = "my manager at Stripe is super formal"
    read = gated({}, {boss: "role"}, titles={boss: "manager"})(boss, None)
    assert "Is a manager" not in [c.text for c in read]
    aim = "I'm studying to become a credentialed LVT, exam in the fall"
    read = gated({}, {aim: "role"}, titles={aim: "exam"})(aim, None)
    assert [c.text for c in read] == ["Is learning to become a credentialed LVT"]


def test_a_thing_judged_or_the_listener_cheered_is_no_phrase_fact() -> None:
    for clause in ("Sushi is delicious", "Rock's awesome",
                   "Reach for your goals and don't forget to enjoy the journey",
                   "Gaming has always been an awesome escape for me"):
        found = gated({}, {clause: "preference"})(clause, None)
        assert [c for c in found if c.topic is None] == [], clause  # (gaming is a hobby)
    own = "I love sushi"
    assert [c.text for c in gated({}, {own: "preference"})(own, None)] == ["Loves sushi"]


def test_a_place_something_comes_from_is_no_home() -> None:
    photo = "Here is one more photo from Rio de Janeiro"
    found = gated({}, {photo: "location"}, values={photo: {"location": "Rio de Janeiro"}})
    assert found(f"{photo}. We went on many excursions there.", None) == []
    home = "been in Dayton about six years now"
    found = gated({}, {home: "location"}, values={home: {"location": "Dayton"}})
    assert [c.text for c in found(f"I'm good. {home}", None)] == ["Lives in Dayton"]


def test_an_answer_rebuilt_from_the_question_is_judged_by_the_reply() -> None:
    reply, question = "he's 9, Tomas", "How old is your son, and what's his name?"
    rebuilt = "my son is named Tomas"
    found = gated({rebuilt: 0.0, reply: 0.9})(reply, question)
    assert [c.text for c in found] == ["Has a son named Tomas"]
    assert gated({rebuilt: 0.0, reply: 0.0})(reply, question) == []


def test_a_home_said_as_the_users_dwelling_is_not_vetoed() -> None:
    message = "our apartment in Tacoma gets like zero sun from october to april"
    assert "Lives in Tacoma" in [c.text for c in gated({message: 0.05})(message, None)]
    other = "the apartment in Tacoma gets like zero sun from october to april"
    assert gated({other: 0.05})(other, None) == []  # not said as the user's own


def test_a_job_that_frames_the_users_statement_is_not_vetoed() -> None:
    message = "as a vet tech I see this all the time"
    assert [c.text for c in gated({message: 0.05})(message, None)] == ["Is a vet tech"]
    plain = "I'm a vet tech and I see this all the time"
    judged = gated({plain: 0.05, "I'm a vet tech": 0.05, "I see this all the time": 0.05})
    assert judged(plain, None) == []  # said plainly, it is judged


def test_thanks_bets_and_looking_forward_are_no_learned_facts() -> None:
    for message in ("Thanks for encouraging me to try new game genres",
                    "I bet we'll be higher than you in the final standings",
                    "I'm looking forward to expanding our family"):
        assert gated({}, {message: "preference"})(message, None) == [], message
    mine = "I like to collect jerseys and old programmes"
    assert gated({}, {mine: "preference"})(mine, None)


def _kin(message: str, clause: str, name: str, previous: str | None = None) -> list[str]:
    """What the gated extractor keeps when the classifier reads ``clause`` as about family or
    pets and the span reader reads ``name`` in it as a relative's or pet's name."""
    extractor = gated({}, {clause: "family_pet"}, {clause: {"family_pet": name}})
    return [c.text for c in extractor(message, previous)]


def test_a_pet_named_where_no_rule_reads_it_gets_the_kin_word_before_it() -> None:
    message = "my dog (a beagle called Fig) ate a grape"
    assert _kin(message, message, "Fig") == ["Has a beagle dog named Fig"]


def test_a_name_the_clause_gives_takes_the_kin_word_of_the_message_or_the_question() -> None:
    assert _kin("we just got a puppy!! a beagle called Biscuit", "a beagle called Biscuit",
                "Biscuit") == ["Has a beagle dog named Biscuit"]
    reply = "Ava is 4 and Noah just turned 1"
    assert _kin(reply, reply, "Noah", "How old are your kids?") == ["Has a child named Noah"]
    assert _kin(reply, reply, "Noah") == []  # no "I", no question about the user's family


def test_someone_elses_pet_or_a_list_of_people_is_no_kin_of_the_users() -> None:
    for message, name in [("my friend Jake has a dog called Rolo", "Rolo"),
                          ("My girlfriend, Toby and I are going camping", "Toby"),
                          ("My daughter Lena starts primary school in September", "September")]:
        assert [t for t in _kin(message, message, name) if name in t] == [], message
    mutts = "Two of them are Jack Russell mixes"
    assert _kin(f"They're all mutts. {mutts}", mutts, "Jack Russell") == []


def test_a_pet_said_of_her_or_him_in_another_language_is_theirs() -> None:
    she_has = "Hon älskar fjällvandring och har en labrador som heter Doris"
    assert _kin(she_has, she_has, "Doris") == []
    we_have = "Vi har en labrador som heter Doris"
    assert [t for t in _kin(we_have, we_have, "Doris") if "Doris" in t]


def test_a_statement_without_i_is_read_too() -> None:
    """"tiny flat in Glasgow with no oven": chat drops the "I"; the classifier, not a list of
    first-person words, decides whether the clause states a fact."""
    clause = "tiny flat in Glasgow with no oven"
    extractor = gated({}, {clause: "location"}, {clause: {"location": "Glasgow"}})
    assert [c.text for c in extractor(f"{clause}. dinner ideas?", None)] == ["Lives in Glasgow"]


def test_the_parent_of_children_has_children_not_a_parent() -> None:
    """"dad of three girls here lol. Maya, Zoe and Lily": the user is the dad; the names are
    his daughters', and none of them is his."""
    names = "Maya, Zoe and Lily"
    assert _kin(f"dad of three girls here lol. {names}. they want a treehouse", names,
                "Lily") == ["Has a daughter named Lily"]
    mum = "mum of 2, Jonah and Isla"
    assert _kin(mum, mum, "Jonah") == ["Has a child named Jonah"]
    listed = gated({}, {names: "name"}, sure={names: {"name": "Maya"}})
    assert "Name is Maya" not in [c.text for c in listed(f"dad of three. {names}", None)]


def test_a_move_says_where_home_is_now() -> None:
    clause = "finally done moving to Turku"
    found = gated({}, {clause: "location"}, {clause: {"location": "Turku"}})
    assert [c.text for c in found(f"{clause}. how do i register", None)] == ["Lives in Turku"]
    flight = "flying to Turku"
    found = gated({}, {flight: "location"}, {flight: {"location": "Turku"}})
    assert found(f"{flight}. what to pack", None) == []


def test_years_at_a_firm_say_the_user_works_there() -> None:
    clause = "been at Accenture 4 yrs and still cant write a status update"
    found = gated({}, {clause: "employer"}, {clause: {"employer": "Accenture"}})
    assert [c.text for c in found(clause, None)] == ["Works at Accenture"]
    visit = "been at Disneyland 3 days with the kids"
    found = gated({}, {visit: "employer"}, {visit: {"employer": "Disneyland"}})
    assert found(visit, None) == []


def test_the_new_value_beside_a_change_is_read_and_the_old_one_is_not() -> None:
    """Beside a change (not a forget request) the learned reader still reads the message:
    "bin nicht mehr bei Hallmann. jetzt bei Kessler" keeps Kessler, never Hallmann."""
    old, new = "bin nicht mehr bei Hallmann", "jetzt bei Kessler"
    extractor = gated({}, {old: "employer", new: "employer"},
                      {old: {"employer": "Hallmann"}, new: {"employer": "Kessler"}})
    found = [(c.op, c.text) for c in extractor(f"{old}. {new}", None)]
    assert ("delete", "Hallmann") in found and ("add", "Works at Kessler") in found, found
    assert ("add", "Works at Hallmann") not in found
    forget = "forget that I worked at Hallmann. jetzt bei Kessler"
    assert [c.op for c in extractor(forget, None)] == ["delete"]  # a forget reads only itself


def test_a_job_said_of_he_or_she_in_another_language_is_not_the_users() -> None:
    """The reader is sure "Galp" is an employer in both clauses; only the one whose subject
    is the user ("eu") gives a memory, not the one about "ele" (he)."""
    his = "ele mora em Lisboa, trabalha na Galp como engenheiro"
    mine = "eu trabalho na Galp como engenheiro"
    # "il" opens an Italian clause as "the", not "he": the user's own job
    article = "il mio ufficio è a Torino, lavoro da Galp come ingegnere"
    for clause, kept in ((his, False), (mine, True), (article, True)):
        found = gated({}, {clause: "employer"}, values={clause: {"employer": "Galp"}})(clause,
                                                                                     None)
        assert any("Galp" in c.text for c in found) is kept, (clause, found)


@pytest.mark.parametrize(("clause", "title", "read"), [
    # the object of a doing is a thing dealt with, not the user's title
    ("I'm working on my online store, growing the customer base", "customer base", []),
    ("I'm busy hiring a designer for the shop", "designer", []),
    # ... being one is the user's
    ("I love being a midwife", "midwife", ["Is a midwife"]),
])
def test_the_object_of_a_doing_is_no_title(clause: str, title: str, read: list[str]) -> None:
    found = gated({}, {clause: "role"}, titles={clause: title})(clause, None)
    assert [c.text for c in found if c.attribute == "role"] == read


@pytest.mark.parametrize(("clause", "place", "read"), [
    ("As a Manchester City fan, I can't agree with you", "Manchester City", []),
    ("I've got a Boca Juniors season ticket", "Boca Juniors", []),
    ("I'm in Manchester these days, love it here", "Manchester", ["Lives in Manchester"]),
])
def test_a_place_named_as_a_team_is_no_home(clause: str, place: str, read: list[str]) -> None:
    found = gated({}, {clause: "location"}, {clause: {"location": place}})(clause, None)
    assert [c.text for c in found if c.attribute == "location"] == read
