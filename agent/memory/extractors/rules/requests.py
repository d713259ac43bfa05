"""Explicit memory requests: "remember ..." bodies and "forget ..." / "no longer" retractions.

An explicit request changes how a message is read (its body is stored even when no rule
understands it) and a retraction turns the message into delete candidates; both are
recognised here before the ordinary statement rules see the text.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _retraction
from agent.memory.extractors.rules.claims import _confirmed_claim
from agent.memory.extractors.rules.clauses import split_clauses
from agent.memory.extractors.rules.patterns import NAME, NAME_STOP, STANDING, F
from agent.memory.lexicon import COMMON_WORDS, PERSONAL_SIGNAL, SPARE_WORDS

# A request to remember placed mid-message: "I have ADHD - please remember that, and ...".
CONSENT = re.compile(
    r"(?:^|(?<=[,;:.!—–-])|\b(?:please|can you|could you|you can|you may|feel free to|"
    r"I(?:'d like| would like| want| need) you to|"
    r"(?:fine|ok|okay) to|and|yes|also|actually|so|bitte|por favor|s'il te plaît|stp|"
    r"per favore|alsjeblieft|proszę|snälla|vă rog|lütfen))\s*(?:(?:remember|save|store|"
    r"note down|"
    r"keep in mind|memori[sz]e|make a note of)\s+(?:this|that|it|both|these|them|the fact|"
    r"for later|for the future|my|that I)|(?:keep|bear|have) (?:this|that|it) in mind|"
    # ... and in the other languages the rules read: "bitte merk dir das", "souviens-t'en"
    r"merk dir das|merke dir das|souviens-t'en|souviens-toi de ça|recuérdalo|acuérdate|"
    r"lembra disso|lembre-se disso|ricordatelo|ricordalo|onthoud dat|onthoud dit|"
    r"zapamiętaj to|kom ihåg det|kom ihåg det här|husk det|ține minte asta|tine minte asta|"
    r"pamatuj si to|zapamatuj si to|ingat ya|ingat itu|tandaan mo|kumbuka hilo|bunu hatırla|"
    r"bunu unutma|nhớ nhé|nhớ giúp mình)\b"
    r"[^,.;:!?]*[,.;:!?]?",
    F,
)


# "By the way, remember that book I was talking about?": "that" points at a thing the two
# share, and the question asks whether the listener recalls it ("can you remember that for
# me?" and "remember that I'm vegan?" still ask to keep what was said).
RECALLED = re.compile(r"\b(?:this|that|these|those)\s+(?!(?:for|please|too|as|I|I'm|I've|"
                      r"my|we|we're|our|ok|okay)\b)\w[^?]*\?\s*$", F)


# "... Also please remember I'm lactose intolerant when you suggest recipes": the request
# stands before the statement it asks to keep, mid-message.
CONSENT_BEFORE = re.compile(r"(?<=[,;:.!—–-])\s*(?:(?:also|and|so|oh)\s+)?(?:please\s+|pls\s+)?"
                            r"(?:remember|note|keep in mind)\s+(?:that\s+)?"
                            r"(?=(?:I'm|I am|I have|I've)\b)", F)


# A fact of the user's followed by a wish that it shape every answer from now on is a request
# to keep it in mind: "I'm allergic to sesame so please always leave it out of anything you
# suggest", "I keep kosher, take that into account". "it" points back at the fact; said of a
# task's thing ("the recipe has walnuts, leave them out") it has no "I" before it.
AVOID_CONSENT = re.compile(
    r"(?:^|(?<=[,;:.!—–-])|\b(?:please|pls|so|and))\s*(?:please\s+|pls\s+)?"
    r"(?:(?:always\s+)?(?:leave|keep) (?:it|that|them|those) out(?: of (?:everything|anything|"
    r"all)\b[^,.;:!?]*)?|(?:always\s+)?(?:take|factor) (?:that|this|it) (?:into account|in)|"
    r"(?:never|don't|do not) (?:ever\s+)?(?:suggest|include|use|add|put in|give me|recommend) "
    r"(?:it|that|them|those|anything (?:with|containing|made with) [\w -]+)\b(?: again| ever)?)"
    r"[^,.;:!?]*", F)
OWN_BEFORE = re.compile(r"\b(?:I|I'm|I've|I have|we|we're|we have)\b", F)
SENTENCE_BREAK = re.compile(r"[.!?\n]\s*")


def avoid_request(text: str) -> tuple[str, str] | None:
    """(The fact the user asks to have kept in mind, the rest of the message) when a sentence
    says a fact of the user's and then asks that it shape every answer (``AVOID_CONSENT``);
    None otherwise. The rest is read as any message is."""
    avoid = AVOID_CONSENT.search(text)
    if not avoid or avoid.start() == 0 or CONSENT.search(text):
        return None
    head = text[:avoid.start()]
    breaks = list(SENTENCE_BREAK.finditer(head.rstrip()))
    earlier, fact = (head[:breaks[-1].end()], head[breaks[-1].end():]) if breaks else ("", head)
    fact = re.sub(r"[\s,;:—–-]*(?:\b(?:so|and))?[\s,;:—–-]*$", "", fact, flags=F)
    if not OWN_BEFORE.search(fact):
        return None
    return fact, f"{earlier} {text[avoid.end():].lstrip(' ,.;:!?')}".strip()


def _strip_consent(text: str) -> str | None:
    """The message without its mid-message consent phrase, or None when it has none.

    A phrase at the very start ("Remember that I'm vegan? ...") is the request itself, whose
    body the explicit reader already turned down: what follows it is not a fact to keep.
    """
    before = CONSENT_BEFORE.search(text)
    if before and not CONSENT.search(text):
        return (text[:before.start()] + " " + text[before.end():]).strip(" ,.;:—–-")
    match = CONSENT.search(text)
    if not match or match.start() == 0 or re.search(
            r"\b(?:don't|do not|can't|do you|did you|I)\s*$", text[:match.start()], F) or \
            RECALLED.search(match.group(0)):
        return None
    rest = (text[:match.start()] + " " + text[match.end():]).strip(" ,.;:—–-")
    rest = re.sub(r"^(?:and|so)\s+", "", rest, flags=F)
    return rest or None



EXPLICIT = re.compile(
    r"^(?:(?:hey|ok|okay|also|and|yes|actually|so)[,!]?\s+)?(?:please\s+|can you\s+|"
    r"could you\s+|would you\s+|you can\s+|you may\s+|feel free to\s+|"
    r"I(?:'d like| would like| want| need) you to\s+|it's (?:fine|ok|okay) "
    r"to\s+|go ahead and\s+)?(?:(?:please|bitte|por favor|per favore|s'il te plaît|proszę|"
    r"alsjeblieft|tolong|lütfen|pls|plz)\s+)?"
    r"(?:remember|don't forget|do not forget|keep in mind|make a note|note down|note|"
    r"save|store|memori[sz]e|recuerda|recuérdame|souviens-toi|retiens|merk dir|merke dir|"
    r"lembre-se|lembra|ricorda|ricordati|kom ihåg|husk|onthoud|zapamiętaj|zapamatuj si|"
    r"pamatuj si|ține minte|tine minte|ingat|ingatlah|tandaan mo|tandaan|kumbuka|hatırla|"
    r"unutma|nhớ giúp mình|nhớ giùm|hãy nhớ)\b"
    r"(?:\s+(?:this|that|for me|for later|for the future|about me|to memory|in memory)|"
    r",?\s+(?:please|pls|plz|per favore|por favor|bitte|s'il te plaît|stp|proszę|"
    r"alsjeblieft|snälla|vær så snill|ya|yah|ha|yaar))*"
    r"\s*,?\s*(?:that|que|dass|che|att|dat|że|že|că|bahwa|na|ki|rằng)?\s*[:,-]?\s*"
    r"(?P<body>.+)$",
    F,
)
EXPLICIT_TAIL = re.compile(
    r"^(?P<body>.+?)[.!,]?\s*(?:please\s+)?(?:remember|save|note|keep in mind)\s+"
    r"(?:that|this|it)(?:\s+for (?:me|later|the future))?(?:,?\s*please)?[.!]?$",
    F,
)


def _explicit_body(text: str) -> str | None:
    """The content of an explicit "remember ..." request, or None.

    A body that says nothing of the user or of how to answer them is no request to remember
    ("Remember the Alamo! lol ok but when was it"): it needs a person ("I", "my", "we", in
    any language the signal knows) or a standing wish ("always", "from now on")."""
    body = _request_body(text)
    if body and not (PERSONAL_SIGNAL.search(body) or STANDING.search(body)):
        return None
    return body


def _request_body(text: str) -> str | None:
    match = EXPLICIT.match(text)
    if match:
        body = match.group("body").strip()
        if _reminder(body):
            return None
        if POLITE.match(text) and body.count("?") == 1:
            # "Can you remember that I'm Muslim? It matters ...": the '?' is the ask's own.
            body = re.sub(r"^([^.!?]+)\?", r"\1.", body)
        body = _without_questions(body)
        if body:
            return body
    tail = EXPLICIT_TAIL.match(text)
    if tail:
        return tail.group("body").strip()
    return None


def _reminder(body: str) -> bool:
    """"Don't forget to take it easy", "remember to drink water": a reminder or advice, not
    something to remember about the user; "remember to always answer in metric" and "remember
    to call me Sam" are standing wishes about them."""
    first = re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0]
    return bool(re.match(r"to\s", first, F)) and not (
        STANDING.search(first) or re.search(r"\b(?:me|my)\b", first, F))


POLITE = re.compile(r"^(?:\w+[,!]?\s+)?(?:please\s+)?(?:(?:can|could|would|will) you|tu peux|"
                    r"peux-tu|pourrais-tu|pouvez-vous|kannst du|könntest du|puoi|puedes|"
                    r"podrías|(?:você )?pode|możesz)\b", F)


def _without_questions(body: str) -> str:
    """The statements of a request body: 'remember I'm vegan. Dinner ideas?' keeps only the
    fact, so a task or question never becomes a verbatim memory. A body that opens with a
    question ('remember that I asked ...?') is a question about memory, not a request."""
    sentences = [s.strip() for s in re.findall(r"[^.!?]+[.!?]*", body) if s.strip()]
    if not sentences or sentences[0].endswith("?"):
        return ""
    return " ".join(s for s in sentences if not s.endswith("?"))


FORGET = re.compile(
    r"(?:^|[,;.!—–]\s*|\s-\s|:\s*(?=(?:please\s+|pls\s+)?(?:forget|oubli|olvid|vergiss|esque[çc]|"
    r"dimentic|vergeet|zapomnij|I'd|I would|I'm not|I am not|can you|could you))|"
    # after an emoji or a "but": "... doesn't allow cats 😢 can you forget about her",
    # "random but can you stop remembering where I work?"
    r"(?<=[^\x00-\x7f\w])\s+|\bbut\s+)(?:(?:ok|okay|also|actually|and|hey|no|so|ugh|honestly|"
    r"just|right|oh|yeah|anzi|tolong)[,!]?\s+){0,3}"
    r"(?:please\s+|pls\s+|te rog(?:\s+să)?\s+|can you\s+|could you\s+|you can\s+(?:now\s+)?|"
    r"(?:tu peux|peux-tu|pourrais-tu|vous pouvez|pouvez-vous|kannst du|puoi|puedes|podrías|"
    r"(?:você )?pode|możesz)\s+|"
    r"feel free to\s+|"
    r"go ahead and\s+)?"
    r"(?:forget|delete|remove|erase|drop|stop remembering|scrap|get rid of|take out|"
    r"(?:quit|stop) mentioning|borra|efface|supprime|elimina|cancella|togli|usuń|verwijder|"
    r"lösche|apaga|hapus|"
    r"(?:wipe|clear)(?=\s+(?:everything|all|what you|my)\b)|"
    r"(?:you )?(?:don't|do not|no need to|needn't) (?:remember|keep|store|save|hang on to|"
    r"hold on to)|not (?:remember|keep|store|save|hang on to|hold on to)(?= (?:that|this|it|my|"
    r"where|what)\b)|"
    # "I'd feel better if you didn't hang on to my kids' names", "I'm not comfortable with
    # you knowing what city I live in"
    r"(?:I'd|I would) (?:feel better|prefer it|be happier|like it) if you (?:didn't|did not|"
    r"wouldn't|would not) (?:remember|keep|store|save|hang on to|hold on to|know)|"
    r"(?:I'm|I am) not (?:comfortable|ok|okay|happy) with you (?:knowing|keeping|storing|"
    r"remembering)|"
    r"stop (?:storing|keeping|saving)|(?:I'd|I would) rather you (?:didn't|did not|don't) "
    r"(?:remember|keep|store|save)|olv[ií]d\w*|oublie\w*|vergiss|vergessen|"
    r"esque[çc][ae]\w*|dimentica\w*|vergeet|zapomnij|glöm|glem|lupakan|unut|zapomeň|uită|"
    r"(?:să )?uiți|"
    r"забудь(?:те)?|удали(?:те)?|видали|ξέχασε|ξεχάστε|انس[ىَ]?|امسح|תשכח(?:י)?|תמחק|quên|"
    r"xóa|xoá|kalimutan|sahau)"
    r"\b(?:,?\s+(?:bitte|por favor|s'il te plaît|s'il vous plaît|per favore|alsjeblieft|"
    r"proszę|please|пожалуйста|будь ласка|παρακαλώ)\b,?)?"
    r"(?:\s+(?:the memory|the fact|what you know|everything you know|that you know))?"
    r"(?:,?\s+(?:about|that|the fact that|que|dass|che|dat|że|att|at|bahwa|că|что|що|про|ότι|"
    r"أن|أني|إني))?"
    r"(?:\s+(?:eu|yo|je|j'|ich|io|ik|jag|jeg)\s+(?:te\s+|t'|dir\s+)?(?:falei|dije|ai dit|"
    r"dit|gesagt habe|hab gesagt|ho detto|heb gezegd|sa|sagde|told you)(?:\s+(?:que|dass|che|"
    r"dat|att|at))?)?\s*[:,-]?\s*(?P<body>.+)$",
    F,
)
# Requests to forget where the verb ends the sentence or needs no "that": Japanese, Korean
# and Hindi put it last ("横浜に住んでるって言ったやつ、忘れてください"), Chinese and Thai
# put it first without a subordinator ("请忘记我住在成都", "ช่วยลืมเรื่องที่...").
FORGET_SCRIPTS = re.compile(
    r"^(?P<body>.+?)[、,，\s]*(?:を|は|를|을|은|는)?\s*(?:(?:忘れて|消して|削除して|覚えておかないで|"
    r"覚えないで|記憶しないで)(?:ください|下さい|ほしい|"
    r"くれ|ね|。|$)|忘れろ|(?:잊어|지워)\s?(?:줘|주세요|버려)|भूल (?:जाओ|जाइए|जाना))|"
    r"(?:^|[，,。\s])(?:请|請)?(?:帮我)?(?:忘记|忘掉|删除|删掉|刪除)(?P<zh>.+)$|"
    r"把(?P<ba>.+?)(?:忘了|忘掉|删了|删掉)|(?:ช่วย)?ลืม(?:เรื่อง)?(?P<th>.+?)(?:ไปเลย|ไป)?"
    r"(?:นะ|ครับ|ค่ะ|คะ)*$")
# What follows the end of something in the same breath, read as a new fact: "... and
# started an electrician apprenticeship", "... and now I'm a dog groomer".
THEN_NEW = r"\s+and\s+(?=(?:now|then|started|became|joined|went|got|I|I'm|am)\b)"
NO_LONGER = re.compile(
    r"\bI(?:'m| am)\s+no longer\s+(?:into|interested in)\s+(?P<e>[^,.;!?]+)|"
    r"\bI(?:'m| am)\s+(?:no longer|not)\s+(?:working\s+)?(?:at|with)\s+(?P<g>[^,.;!?]+?)"
    r"(?:\s+any\s?more)?(?:\s+btw)?$|"
    r"\bI(?:'m| am)\s+(?:no longer|not)\s+(?:a |an )?(?!(?:allowed|supposed|able|going|gonna|"
    r"sure|ready|meant|about|trying)\b)(?P<a>[^,.;!?]+?)(?:\s+any\s?more)?$|"
    r"\bI\s+(?:no longer|don't|do not)\s+(?P<b>[^,.;!?]+?)(?:\s+any\s?more)?$|"
    r"\bI\s+(?:just\s+|finally\s+|officially\s+)?(?:stopped|quit)\s+(?:being\s+)?(?:a |an )?"
    r"(?P<c>[^,.;!?]+?)"
    # "I quit the coffee shop and started an apprenticeship": what comes next is read after
    rf"(?:{THEN_NEW}[^,.;!?]*)?$|"
    r"\bI(?:'ve| have)?\s+(?:given|gave) up (?:on\s+)?(?P<d>[^,.;!?]+)(?=$|,)|"
    # "I got laid off from Siemens last month" (or, the "I" dropped, "got laid off from ..."),
    # "I left Google to start my own company"
    r"(?:\bI(?:'ve| have)?\s+|^)(?:got|been|was)\s+(?:laid off|let go|fired|made redundant)\s+"
    r"(?:from|by|at)\s+(?P<i>(?-i:[A-Z])[\w&.'-]*(?:\s+(?-i:[A-Z])[\w&.'-]*)*)|"
    r"\bI(?:'ve| have)?\s+(?:just\s+|finally\s+)?left\s+(?P<j>(?-i:[A-Z])[\w&.'-]*"
    r"(?:\s+(?-i:[A-Z])[\w&.'-]*)*)(?=\s+(?:to (?:start|join|work|launch|become|focus|pursue|go)|"
    r"after \w+ (?:years?|months?)|last (?:month|year|week|spring|summer|fall|autumn|winter)|"
    r"in (?:\d{4}|January|February|March|April|May|June|July|August|September|October|"
    r"November|December))\b)|"
    # "I pulled out of the marathon", "dropped out of the Berlin half": a goal given up
    r"(?:\bI(?:'ve| have)?\s+|^)(?:just\s+|finally\s+|officially\s+)?(?:pulled out of|"
    r"dropped out of|withdrew from|backed out of)\s+(?:the\s+|my\s+)?(?P<p>[^,.;!?]+?)"
    r"(?=\s*(?:$|[,.;!?]|\s+(?:because|since|as|after|this|last)\b))|"
    # "handed in my notice at school 😬", "I resigned from Deloitte": the employer is over
    r"(?:\bI(?:'ve| have)?\s+|^)(?:just\s+|finally\s+|officially\s+)?(?P<q>handed in my notice|"
    r"resigned)(?:\s+(?:at|from)\s+(?P<q2>[^,.;!?]+?))?"
    r"(?=\s*(?:$|[,.;!?]|\s+(?:today|yesterday|this|last|and|so)\b|[^\w\s]))|"
    # "I graduated!": the user is a student no longer
    r"\bI(?:'ve| have)?\s+(?:just\s+|finally\s+|officially\s+)?(?P<n>graduated)\b(?!\s+(?:in|"
    r"from high school) \d)|"
    # "I started eating meat again", "not veggie anymore, started eating fish again": the
    # diet is over, whichever it was
    r"(?:\bI(?:'ve| have)?\s+|\bI(?:'m| am)\s+|^|,\s*)(?:(?:started|began) eating|eating) "
    r"(?:meat|fish|chicken|dairy|pork|"
    r"beef|animal products)\s+(?P<k>again)\b|"
    # "I'm back to eating meat and fish now", "ho mollato la dieta vegana", "adesso mangio di
    # nuovo di tutto", "esse wieder Fleisch", "volví a comer carne"
    r"\bI(?:'m| am|'ve gone| have gone)\s+(?:now\s+)?(?P<k2>back) (?:to eating|on) (?:meat|fish|"
    r"chicken|dairy|animal products|everything)\b|"
    r"\b(?:ho (?:mollato|lasciato|abbandonato|smesso)(?: con)?|j'ai arrêté|dejé|he dejado|"
    r"hab(?:e)? aufgehört mit) (?:la |le |el |der )?(?:dieta |régime |diät )?"
    r"(?P<k3>vegan\w*|vegetarian\w*|végétarien\w*|végane?|vegetarisch\w*)|"
    r"\b(?:mangio di nuovo|ricomincio a mangiare|remange|je mange à nouveau|esse wieder|"
    r"vuelvo a comer|volví a comer|voltei a comer|jem znowu|jem znów) (?P<k4>carne|pesce|"
    r"di tutto|de (?:la )?viande|du poisson|Fleisch|Fisch|pescado|peixe|mięso|ryby)\b|"
    # "Milo passed away last week": the memory holding the name goes
    r"(?:^(?:(?:sadly|unfortunately|so|well|update|ugh|rip)\W+)?|\b(?:our|my)\s+(?:\w+\s+)?)"
    r"(?P<m>(?-i:[A-Z])[a-z]+)\s+(?:passed away|died|crossed the "
    r"rainbow bridge)\b|"
    r"\b(?:ya no|je ne|ich \w+ nicht mehr|não|non)\s+(?P<f>[^,.;!?]+)|"
    # the same change in more languages, the cue before what is over: "już nie jestem
    # weganką", "bin nicht mehr bei Hallmann", "ik ben geen vegetariër meer", "nu mai sunt",
    # "inte längre", "artık vejetaryen değilim", "sudah tidak vegan", "không còn ăn chay"
    # ("artık" without a negation is "now": "artık İzmir'de yaşıyorum")
    r"(?:\bjuż nie|\bnie \w+ już|\b(?:bin|arbeite|wohne|lebe|esse)\s+(?:nicht|kein\w*)"
    r"(?:\s+mehr\b)?|\b(?:ben|werk|woon|eet)\s+(?:niet|geen)(?:\s+meer\b)?|"
    r"\binte längre|\bikke (?:længere|lenger|mere|mer)\b|\bnu mai|\buž (?:ne|nejsem|nepracuji)|"
    r"\bartık(?=[^,.;!?]*(?:\bdeğil|\byok\b|m[ıiuü]yor|m[ae]m\b|m[ae]z\b))|"
    r"\b(?:sudah|udah|sdh) (?:tidak|tdk|nggak|gak|ga|bukan)|\b(?:tidak|bukan) lagi|"
    r"\bkhông còn|\bhindi na|\bjá não|\bnon (?:sono|lavoro|vivo|abito|mangio) più|"
    r"\bne (?:suis|travaille|vis|mange|habite) plus|\bn'(?:habite|aime) plus|"
    r"\bnão (?:sou|trabalho|moro|como) mais)\s+(?P<l>[^,.;!?]+)|"
    # "hab bei Bosch gekündigt", "Siemens verlassen": the employer is over
    r"\b(?:bei|von)\s+(?P<o>(?-i:[A-Z])[\w&.'-]*(?:\s+(?-i:[A-Z])[\w&.'-]*)*)\s+"
    r"(?:gekündigt|weg)\b|"
    # "ok confession: not vegan anymore": the subject dropped, "anymore" makes it a change
    r"(?:^|:\s*)(?:(?:ok|okay|so|well|confession|update|btw|welp)\W+)*not\s+(?:a |an )?"
    r"(?P<h>[^,.;!?:]+?)\s+any\s?more\b",
    F,
)


def _forget_candidates(text: str, previous: str | None = None) -> list[Candidate]:
    """"Forget that I live in Paris" / "I'm no longer vegetarian" -> delete candidates."""
    match = FORGET.search(text)
    if match:
        body = match.group("body").strip(" .!,")
        asked = text[text.rfind(".", 0, match.start() + 1) + 1:match.start("body")].strip()
        if POLITE.match(text) or POLITE.match(asked):
            # "Can you forget that I'm a teacher?": the '?' is the ask's
            body = body.split("?")[0]
        if _about_the_task(body):
            return []  # "forget the last paragraph", "vergiss das Budget erstmal"
        if FORGET_IT.search(text[match.start():match.start("body")]):
            body = ""  # "olvídalo": what was said before it, if anything, else the task
        body = _forget_target(body or "that", previous, text[:match.start()])
        if body:
            # "forget my son's name and my husband's name": one memory each
            return [*(_delete(part, text) for part in re.split(r",?\s+and\s+(?=my\s)", body)),
                    *_more_forgets(text, match.start("body"))]
        # "I don't work at Google anymore, please forget that": 'that' is the statement
        # before the request, so read that part as the retraction.
        text = text[:match.start()].strip(" ,;.") or text
    else:
        scripts = FORGET_SCRIPTS.search(text)
        if scripts:
            body = next(g for g in scripts.groups() if g).strip(" .!,、。，")
            return [_delete(body, text)] if body else []
    out: list[Candidate] = []
    for clause in split_clauses(text):
        # "I'm no longer vegan, so feel free to ...": the consequence after ", so" is not
        # part of what is retracted, and must not stop the retraction from being read.
        head = re.split(r",\s*(?:so|which means|meaning|and so|therefore)\b", clause.text,
                        maxsplit=1)[0]
        m = NO_LONGER.search(head)
        if not m or clause.question:
            continue
        # the branches in other languages carry their own cue of change ("już nie", "bei X
        # gekündigt"); the others must say it somewhere ("I don't eat meat" is no change)
        if not (m.group("l") or m.group("o") or m.group("k2") or m.group("k3") or
                m.group("k4") or m.group("p") or m.group("q")) and not re.search(
                r"any\s?more|no longer|stopped|quit|given up|gave up|ya no|plus\b|nicht mehr|"
                r"mais\b|più\b|laid off|let go|fired|redundant|left|again|passed away|died|"
                r"rainbow bridge|graduated", head, F):
            continue
        body = "diet" if m.group("k") or m.group("k2") or m.group("k3") or m.group("k4") \
            else "student" if m.group("n") else _notice_given(m) if m.group("q") else \
            next(g for g in m.groups() if g)
        out.append(_delete(body.strip(), clause.text))
    return out


# What a "forget" about the work at hand names: a part of the answer or the task ("forget
# the last paragraph", "forget the budget question", "vergiss das Budget erstmal", "lupakan
# soal anggaran dulu"). "olvídalo" (forget it) points at what was said
# before it ("Ya no trabajo en Telefónica, olvídalo"), and with nothing before, at the task.
TASK_THING = re.compile(
    r"^(?:about\s+)?(?:the|this|that|those|these|your|das|die|der|den|el|la|los|las|le|les|il|"
    r"lo|soal)\s+(?:[\w-]+\s+){0,2}?(?:paragraph|bullet|sentence|line|section|draft|e-?mail|"
    r"mail|message|text|list|table|spreadsheet|sheet|formula|budget|anggaran|presupuesto|"
    r"question|formatting|format|tone|style|idea|recipe|code|query|intro|title|subject|answer|"
    r"reply|response|version|option|suggestion|link|file|chart|slide|point|step|calculation|"
    r"search|Budget|Frage|pregunta|question|domanda)s?\b", F)
FORGET_IT = re.compile(r"olv[ií]dalo|esquece isso|oublie ça|oublie-le|vergiss es|dimenticalo|"
                       r"vergeet het|zapomnij o tym", F)


def _about_the_task(body: str) -> bool:
    said = body.strip()
    return bool(TASK_THING.match(said))


# Places of work named by kind, not by name: the employer slot is what they leave.
WORKPLACES = re.compile(r"(?:the |my )?(?:school|work|job|hospital|office|bank|shop|store|"
                        r"restaurant|firm|company|agency|clinic|practice|warehouse|factory)$", F)


def _notice_given(m: re.Match[str]) -> str:
    """"handed in my notice at Deloitte" retracts Deloitte; "at school", or no place named,
    retracts whichever employer is stored."""
    place = (m.group("q2") or "").strip()
    return place if place and not WORKPLACES.match(place) else "employer"


def _more_forgets(text: str, start: int) -> list[Candidate]:
    """"Please forget where I work. And forget the marathon thing too": each request after
    the first names its own target."""
    out: list[Candidate] = []
    while (match := FORGET.search(text, start)) is not None:
        start = match.start("body")
        body = _forget_target(match.group("body").strip(" .!,"), None)
        if body:
            out.append(_delete(body, text))
    return out


# "forget everything about me except my name": the opt-out with what it spares.
ALL_BUT = re.compile(r"^(?:everything|all|all of it|me)(?:\s+(?:about me|you know|you have))*"
                     rf"\s*,?\s+(?:{SPARE_WORDS})\s+(?P<keep>[^,;.!?]+)", F)


# "forget about her", "zapomnij o nim": someone the message named before the request.
PRONOUN = re.compile(r"^(?:(?:ce que je t'ai dit|ce que j'ai dit|what I (?:told you|said))\s+)?"
                     r"(?:(?:about|sur|de|über|di|su)\s+)?(?:her|him|them|elle|lui|eux|ella|él|"
                     r"ihn|lei)$|^d'(?:elle|eux)$|^o (?:nim|niej|nich)$", F)
CAPITALISED = re.compile(rf"(?<![\w'’]){NAME}(?![\w'’])")


# Greetings open a message where a name would: "Bonjour. Claire et moi, ..." names Claire.
GREETINGS = frozenset("hi hello hey bonjour bonsoir salut hola hallo ciao buongiorno olá oi "
                      "cześć hej merhaba moin servus".split())


def _named_before(before: str) -> str:
    """The first name in the message before a request that points back with a pronoun:
    "Pickles went to live with my sister ... can you forget about her" -> Pickles; "Callum and
    I split up. I kept Mabel. please forget him" would name Callum (the news opens with whom
    it is about). Capitalised words common in English are no name."""
    return next((w for w in CAPITALISED.findall(before)
                 if w.lower() not in COMMON_WORDS | GREETINGS and w.lower() not in NAME_STOP), "")


ALL_ABOUT = re.compile(
    r"^(?:everything|all|всё|все|tout|alles|todo|tudo|tutto|wszystko)\b[^.!?]{0,40}?"
    r"(?:\b(?:about|regarding|on|sur|über|sobre|su|over|o)|(?<!\w)(?:про|о|об))\s+"
    r"(?P<t>(?:my|mon|ma|mes|meine?[nmrs]?|mi|mis|meu|minha|il mio|la mia|mijn|moj\w*|"
    r"мо[юйёиея]\w*)\s+[^,.;!?—–]+)", F)


def _forget_target(body: str, previous: str | None, before: str = "") -> str:
    """What a retraction points at: 'that' resolves to the assistant's last claim, 'her' or
    'him' to the name said before the request."""
    spared = ALL_BUT.match(body.strip())
    if spared:
        keep = re.sub(r"\s+(?:please|pls|thanks|thx)$", "", spared.group("keep").strip(), flags=F)
        return f"everything except {keep}"
    # "delete everything you've got stored about my job", "удали всё, что ты запомнил про мою
    # работу": everything about one thing is that thing
    about = ALL_ABOUT.match(body.strip())
    if about:
        body = about.group("t")
    # "forget my old job, I've got a new one": up to the next statement ("forget that I have
    # a dog" keeps its own "I have")
    body = re.split(r"\s*(?:[,;.!—–]|\?(?=\s+\S)|\s-\s|\bbut\b)\s*|\s+(?:I've|I have)\b\s*",
                    body.strip(),
                    maxsplit=1)[0]
    body = re.sub(r"\s+(?:too|as well|now)$", "", body, flags=F)
    # "the job stuff you have on me": what is kept on the user is what the request names
    body = re.sub(r"\s+(?:that\s+)?(?:you(?:'ve| have)?\s+(?:got|have|saved|stored|kept|know)|"
                  r"you know)\s+(?:on|about)\s+me$", "", body, flags=F)
    body = re.sub(r"^(?:the|my|that)\s+(?=\w+\s+(?:thing|things|part|stuff|bit|bits|goal|one|"
                  r"info|details)\b)", "", body, flags=F)
    body = re.sub(r"\s+(?:thing|things|part|stuff|bit|bits|one|info|details)$", "", body,
                  flags=F)
    # "the bit about my diet", "la parte sulla dieta": what the part is about
    body = re.sub(r"^(?:the|that|la|le|el|die|das)\s+(?:bit|part|stuff|thing|parte|partie|Teil)\s+"
                  r"(?:about|on|re|regarding|sulla|sul|sur|über|sobre)\s+", "", body, flags=F)
    body = re.sub(r"\s*(?:please|for me|from memory|from your memory|on file|in (?:your )?"
                  r"memory|any\s?more|per favore|por favor|s'il te pla[iî]t|bitte|"
                  r"alsjeblieft|proszę|por favor|stp|svp|pls|plz)$", "", body, flags=F)
    if re.match(r"^(?:it|that|this|about it|that goal|that one)$", body, F):
        claim = _confirmed_claim(previous, None) if previous else None
        if claim:
            return claim
        return "" if body.lower() != "that goal" else "goal"
    if PRONOUN.match(body):
        return _named_before(before)
    if re.match(r"^where I live$", body, F):
        return "location"
    return body if body and not body.endswith("?") else ""


# "Oublie mon prénom", "Vergiss meinen Namen", "olvida mi nombre": a forget request that
# names the attribute in another language deletes the same memory as "forget my name".
FOREIGN_NAME = re.compile(r"^(?:mon|ma|mi|meinen|mein|meu|o meu|il mio|mijn|moje|moj[ae]?)\s+"
                          r"(?:pr[ée]nom|nom|nombre|namen?|nome|naam|imi[eę])$", F)

# "dimentica il mio lavoro", "olvida mi trabajo": "my" in another language, so the slot word
# after it names a slot as it does after "my".
FOREIGN_MY = re.compile(r"^(?:il mio|la mia|mi|mon|ma|meinen|meine|mein|o meu|a minha|meu|"
                        r"minha|mijn|moj[ae]?|mój|min|mitt|мою|мой|моё|мое|мои)\s+", F)


def _delete(body: str, clause: str) -> Candidate:
    body = "name" if FOREIGN_NAME.match(body) else FOREIGN_MY.sub("my ", body)
    body = re.sub(r"^(?:that\s+)?(?:I'm|I am|I|my)\s+", "", body, flags=F)
    body = re.sub(r"\s+(?:any\s?more|btw|now|mehr|meer|più|plus|lagi|längre)$", "", body, flags=F)
    # "nicht mehr bei Hallmann": the firm, not the preposition, names the memory
    body = re.sub(r"^(?:bei|chez|bij|presso|hos|at|with|for)\s+(?=\S)", "", body, flags=F)
    return _retraction(body, clause)
