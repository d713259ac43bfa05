"""Commands said in chat that no extractor should have to learn: the full opt-out and the
"for this chat only" scope. Rules are right here: the words are few and the cost of a miss
(memories kept after "wipe everything") is high, so every extractor gets the same reading.
"""

from __future__ import annotations

import re

from agent.memory.lexicon import SPARE_WORDS

F = re.IGNORECASE
_VERB = (r"(?:forget|delete|erase|wipe|clear|remove|purge|drop|reset|scrap|get rid of|"
         r"oublie[zr]?|efface[zr]?|supprime[zr]?|vergiss|l[öo]sche|olvida|borra|elimina|"
         r"esque[çc]a|apaga|dimentica|cancella|vergeet|verwijder|wis|zapomnij|usu[ńn]|glöm|glem|slet|"
         r"slett|radera|unut|sil|lupakan|hapus|quên|xóa|xoá|uită|uita|șterge|sterge|zapomeň|"
         r"smaž|kalimutan|burahin|sahau|futa|{final})")
# The infinitives, which put the verb after what it deletes in Dutch, German and others:
# "gewoon alles wissen", "alles vergeten wat je over mij weet", "her şeyi unutmanı istiyorum".
_FINAL = (r"vergeten|wissen|verwijderen|vergessen|l[öo]schen|oublier|effacer|supprimer|"
          r"olvidar|borrar|eliminar|esquecer|apagar|dimenticare|cancellare|zapomnie[ćc]|"
          r"usun[ąa][ćc]|glömma|glemme|slette|unutman\w*|unutmak|silmen\w*|silmek|"
          r"melupakan|menghapus|zapomenout|smazat|[șs]terge\w*|uitat?i?")
_VERB = _VERB.format(final=_FINAL)
_ALL = (r"(?:everything|all(?: of)?(?: the| that| this| my| your)?(?: \w+)?|every (?:memory|"
        r"thing)|whatever|anything|(?:your|my|the) (?:whole |entire )?(?:memory|memories|"
        r"profile|data)|tout|toutes? (?:les|mes|tes)? ?\w*|alles|todo|tudo|tutto|alle[sn]?|"
        r"wszystko|allt|alt|her şey\w*|semua(?:nya)?|tất cả|mọi thứ|toate|tot ce|všechno|"
        r"vše|lahat|kila kitu|yote)")
_ABOUT_ME = (r"(?:about me|(?:I(?:'ve| have)? )?(?:told|said|shared|mentioned)(?: to)? you|"
             r"(?:you(?:'ve| have)?|u) (?:saved|stored|remember(?:ed)?|know|kept|"
             r"learned|noted|collected|have)|on me|de moi|sur moi|über mich|von mir|sobre mí|"
             r"de mí|sobre mim|de mim|su di me|di me|over mij|o mnie|om mig|om meg|hakkımda|"
             r"tentang (?:aku|saya|gue|gw)|về (?:tôi|mình|em|anh)|despre mine|o mně|"
             r"tungkol sa akin|kunihusu|juu yangu|remembered|saved|stored|"
             r"memor(?:y|ies))")
# "Forget everything", "wipe all the stuff you've saved about me", "delete all my memories",
# "oublie tout ce que tu sais sur moi": the verb, an "all", and something that says memory.
FORGET_ALL = re.compile(
    rf"\b{_VERB}\b[^.?!]{{0,20}}?\b{_ALL}\b(?:[^.?!]{{0,40}}?\b{_ABOUT_ME}\b|\s*[.!]*\s*$)|"
    rf"\b{_VERB}\b\s+(?:(?:all|every(?:thing)?)\s+)?(?:my|your) (?:whole |entire )?"
    rf"(?:memory|memories|profile|data)\b|"
    # the verb last: "gewoon alles wissen", "alles vergeten wat je over mij weet"
    rf"\b{_ALL}\b[^.?!]{{0,40}}?\b(?:{_FINAL})\b(?:[^.?!]{{0,40}}?\b{_ABOUT_ME}\b|"
    rf"[^.?!]{{0,20}}$)|"
    # "hakkımda bildiğin her şeyi unut": about me, all, the verb last
    rf"\b{_ABOUT_ME}\b[^.?!]{{0,30}}?\b{_ALL}\b[^.?!]{{0,20}}?\b{_VERB}\b\s*[.!]*\s*$",
    F,
)
# Asking politely is still asking: "hey can you ...?", "wil je ...?", "kannst du ...?".
POLITE_ASK = re.compile(
    r"\W*(?:(?:please|pls|bitte|por favor|stp|svp|proszę|tolong|hey|hi|ok|okay|so|also|and|"
    r"um+|hm+|yo|actually|right)\W+)*(?:(?:can|could|would|"
    r"will) (?:you|u)|wil je|wilt u|kun je|kunt u|kannst du|könntest du|können sie|"
    r"peux[- ]tu|pourrais[- ]tu|pouvez[- ]vous|pourriez[- ]vous|tu peux|puoi|potresti|"
    r"puedes|podr[íi]as|podes|pode|voc[êe] pode|mo[żz]esz|czy mo[żz]esz|kan du|kunne du|"
    r"kan ni|bisa|bisakah|b[ạa]n c[óo] th[ểe]|po[țţt]i|m[ůu][žz]e[šs]|pwede|unaweza|"
    r"yapabilir misin)\b", F)


# A scope that ends with the chat: "for the rest of this conversation call me Chief".
CHAT_SCOPE = re.compile(
    r"\b(?:for|in|during) (?:the rest of )?(?:this|the|our) (?:chat|conversation|session|"
    r"thread)\b|\bfor the rest of (?:this|the|our) (?:chat|conversation|session)\b|"
    r"\b(?:just|only) (?:for )?(?:now|today|this once)\b|\bfor now\b|"
    r"\bwhile (?:we|I)(?:'re|'m| are| am)? \w+ (?:this|it|today)\b|"
    r"\bpour (?:cette|la) (?:conversation|discussion)\b|\bf[üu]r (?:diesen|den) chat\b|"
    r"\b(?:para|en|durante) (?:esta|este) (?:conversaci[óo]n|chat)\b|"
    r"\b(?:nesta|nessa) conversa\b|\bin questa (?:chat|conversazione)\b|"
    r"\bin diesem chat\b|\bdans cette (?:conversation|discussion)\b|"
    r"\bin dit gesprek\b|\bw tej rozmowie\b|\bdi (?:chat|obrolan) ini\b|"
    r"\b(?:solo )?per questa (?:chat|conversazione)\b|\bresten (?:af|av) (?:samtalen|samtalet|"
    r"chatten)\b|\b(?:i|för) (?:den här|denna) (?:chatt|chatten|konversation)\b|"
    r"\btrong cuộc trò chuyện này\b|\b(?:w tym|na ten) czacie\b|\bv tomto chatu\b|"
    r"\bîn (?:această|aceasta) conversație\b|\bsa chat na ito\b|\bbu sohbette\b|"
    r"\bkatika mazungumzo haya\b|\bvoor dit gesprek\b|\bnur (?:für )?jetzt\b|"
    r"\b(?:solo|sólo) por (?:hoy|ahora)\b|\bpour l'instant\b|\bpor enquanto\b|"
    r"\bper ora\b|"
    # ... and in the languages of other scripts
    r"このチャット|この会話|今回だけ|今日だけ|(?:这次|這次|这个|這個|本次|这段)(?:对话|對話|聊天)|"
    r"이번 대화|이 대화|이 채팅|오늘만|в этом (?:чате|разговоре|диалоге)|"
    r"у цьому (?:чаті|діалозі)|у цій розмові|на время (?:этого )?разговора|"
    r"(?:في|ب)هذه المحادثة|في هذه المحادثة|در این (?:چت|گفتگو)|בשיחה הזו|בצ'אט הזה|"
    r"इस (?:चैट|बातचीत)|এই (?:চ্যাটে|কথোপকথনে)|இந்த (?:chat|உரையாடல)|ในแชทนี้|"
    r"ในการสนทนานี้|σε αυτή τη συζήτηση|ამ (?:ჩატში|საუბარში)|այս (?:զրույցում|չաթում)",
    F,
)


# "I forget everything I said": the verb with a subject is a statement, not a command.
_STATEMENT = re.compile(rf"(?<!can )(?<!could )(?<!would )(?<!will )(?<!please )"
                        rf"\b(?:I|we|they|he|she|it|you)\s+(?:\w+ly\s+|always\s+|never\s+|"
                        rf"not\s+(?:to\s+)?|can't\s+|won't\s+)?{_VERB}\b|"
                        rf"\b(?:not|never|n't)\s+(?:to\s+)?{_VERB}\b|"
                        # "j'oublie tout", "ich vergesse alles": a subject in another language
                        rf"(?:\bj['’]\s*|\b(?:je|tu|il|elle|on|ich|du|er|sie|wir|yo|eu|io|ik)"
                        rf"\s+(?:\w+\s+){{0,2}}){_VERB}", F)


# The same opt-out in languages of other scripts: "забудь всё", "全部忘れて", "모두 잊어줘",
# "忘掉所有关于我的", "انس كل شيء", "सब कुछ भूल जाओ", "ลืมทุกอย่าง", "תשכח הכל". A verb of
# deleting counts only beside a word for memory: "удали все дубликаты" is a task.
_MEMORY_WORD = (r"(?:обо мне|про меня|про мене|память|記憶|覚えて|私について|기억|关于我|記住|"
                r"记住|عني|मेरे बारे)")
FORGET_ALL_SCRIPTS = re.compile(
    r"(?:забудь|забудьте)\s+(?:\S+\s+)?(?:всё|все|усе)\b|(?:全部|すべて|全て|ぜんぶ)(?:を)?忘れて|"
    r"(?:모두|전부|다) 잊어|(?:忘掉|忘记)(?:所有|全部|一切)|انس كل|सब (?:कुछ )?भूल जा|ลืมทุกอย่าง|"
    r"ξέχασε (?:τα πάντα|όλα)|תשכח (?:את )?הכל", F)
DELETE_MEMORY = re.compile(
    rf"(?:удали|удалите|видали|сотри|消して|削除して|지워|删除|删掉|刪除|امسح|احذف|תמחק)"
    rf"(?=.*{_MEMORY_WORD})|{_MEMORY_WORD}.*(?:удали|сотри|消して|削除して|지워|删除|删掉|刪除)",
    F)  # "Удали всё, что ты обо мне знаешь": a capital opens the sentence
# ... which is the opt-out only when it names nothing in particular, or says "all": "제가 어느
# 회사 다니는지는 기억에서 지워 주세요" (erase which firm I work at) forgets the firm alone
# (``requests.FORGET_SCRIPTS``), "기억에서 다 지워 주세요" everything.
NAMED_THING = re.compile(
    r"회사|직장|이름|주소|어디|어느|会社|名前|住所|どこ|公司|名字|地址|哪|работ|имя|имени|адрес|"
    r"город|где|شركة|عنوان|اسمي|أين|नौकरी|पता|कहाँ|חברה|כתובת|איפה")
ALL_WORD = re.compile(r"(?<!\w)(?:всё|все|усе|всю|모두|전부|다|全部|すべて|全て|所有|一切|كل|सब|"
                      r"הכל|όλα)(?!\w)")


def _deletes_memory(message: str) -> bool:
    return DELETE_MEMORY.search(message) is not None and (
        ALL_WORD.search(message) is not None or NAMED_THING.search(message) is None)


# "forget everything about me except my name": not the full opt-out, a wide retraction that
# the writer reads (``requests.ALL_BUT``).
SPARING = re.compile(rf"\b(?:everything|all)\b[^.?!]*?\s(?:{SPARE_WORDS})\s+"
                     r"(?:my|where|what|the)\b", re.IGNORECASE)


# "delete all you know about me, ok?": a tag asks for agreement, the sentence is a request.
TAG_QUESTION = re.compile(r",?\s*(?:ok|okay|right|yeah|alright|pls|please|thx|thanks|yes)"
                          r"\s*\?+\s*$", F)


def is_forget_all(message: str) -> bool:
    """Whether the user asks to forget everything remembered about them."""
    return FORGET_ALL_SCRIPTS.search(message) is not None or _deletes_memory(message) or any(
        _asks_forget_all(s) for s in _sentences(message))


def after_forget_all(message: str) -> str:
    """What the message says after its last "forget everything" sentence, read as new:
    "delete everything you know about me. from here on just remember I prefer metric"."""
    sentences = _sentences(message)
    asked = [i for i, s in enumerate(sentences)
             if _asks_forget_all(s) or FORGET_ALL_SCRIPTS.search(s) or _deletes_memory(s)]
    return "".join(sentences[asked[-1] + 1:]).strip() if asked else ""


# "delete everything you've got stored about my job", "oublie tout sur mon travail", "удали
# всё про мою работу": everything about one thing is that thing's retraction, not the opt-out.
SCOPED = re.compile(
    r"\b(?:about|regarding|related to|to do with|concerning|on)\s+(?:my|where|what|who|how)\s+"
    r"(?!(?:self|memory|memories|data|profile|info|information|details|stuff|life)\b)\w|"
    r"\b(?:about|regarding)\s+(?-i:[A-Z])[a-z]|"
    r"\b(?:sur|über|sobre|su|over|o|про|о|об)\s+(?:mon|ma|mes|meine?[nmrs]?|mi|mis|meu|minha|"
    r"(?:il |la )?mi[oa]|mijn|moj\w*|mą|мо\w+)\s+(?!(?:vie|leben|vida|vita|leven|życie|"
    r"жизн\w*)\b)\w", F)


def _asks_forget_all(s: str) -> bool:
    if not FORGET_ALL.search(s) or SPARING.search(s) or SCOPED.search(s):
        return False  # "forget everything except my name" spares something: the writer's
    if POLITE_ASK.match(s):  # "wil je alles vergeten ...?": "je" is "you" here
        return True
    return not _STATEMENT.search(s) and not TAG_QUESTION.sub("", s).strip().endswith("?")


def chat_scoped(clause: str, message: str) -> bool:
    """Whether the clause's sentence limits it to this chat (or to now); "all the time, not
    just today" says the opposite. A contrast ends the limit: "I'm a teacher for now but I
    want to become a developer" limits the job, not the aim."""
    at = _locate(clause, message)
    for sentence in _sentences(message):
        start = message.find(sentence)
        if at < 0 or start <= at < start + len(sentence):
            said = NOT_ONLY_NOW.sub(" ", sentence)
            if any(not _someone_elses(said, m.start(), clause) and
                   (at < 0 or not _contrast_between(said, m.start(), at - start))
                   for m in CHAT_SCOPE.finditer(said)):
                return True
    return False


# "but" and its kin set what follows against what came before.
CONTRAST = re.compile(r"\b(?:but|though|although|however|mais|pero|aber|maar)\b", F)


def _contrast_between(sentence: str, limit: int, clause: int) -> bool:
    """Whether a contrast stands between the time limit and the clause it would limit."""
    low, high = sorted((limit, clause))
    return CONTRAST.search(sentence, low, high) is not None


def _locate(clause: str, message: str) -> int:
    """Where the clause is in the message (its start, or else the last character of its end:
    the rules read normalised text, "im" -> "I'm"); -1 when it is not there."""
    at = message.find(clause[:40]) if clause.strip() else -1
    if at < 0 and clause.strip():
        end = message.find(clause[-25:])
        at = end + len(clause[-25:]) - 1 if end >= 0 else -1
    return at


def _someone_elses(sentence: str, at: int, clause: str) -> bool:
    """Whether the time limit at ``at`` is said of someone else, in a part of the sentence
    the clause is not in: "moved to denver for a job at Palantir, my gf stayed in austin for
    now" limits the girlfriend's stay, not the user's job."""
    starts = [0, *(m.end() for m in PART.finditer(sentence, 0, at))]
    part = sentence[starts[-1]:]
    end = PART.search(part)
    part = part[:end.start()] if end else part
    return bool(OTHER_SUBJECT.match(part)) and (not clause or clause[:40] not in part)


PART = re.compile(r"[,;]\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+")
OTHER_SUBJECT = re.compile(r"\s*(?:my|our|his|her|their)\s+(?!own\b)\w+(?:\s+\w+)?\s+"
                           r"(?!and I\b)|\s*(?:he|she|they)\b", re.IGNORECASE)


NOT_ONLY_NOW = re.compile(r"\bnot (?:just|only) (?:for )?(?:now|today|this once|this chat)\b",
                          re.IGNORECASE)


# An emoji ends a sentence as a full stop does in chat: "for this chat call me Captain 🫡 im a
# sous chef in Ghent" limits the name, not the job.
_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF"
SENTENCE = re.compile(rf"[^.!?\n{_EMOJI}]+[.!?{_EMOJI}\ufe0f]*")


def _sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.findall(text) if s.strip()]
