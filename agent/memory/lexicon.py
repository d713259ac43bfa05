"""Every word list of the memory writer: extractors, policy and reconciliation share them.

Kept as data, apart from the rules that use them, so they can grow without touching logic.
"""

from __future__ import annotations

import re

ROLE_WORDS = (
    "engineer|developer|specialist|coordinator|supervisor|advisor|adviser|representative|"
    "programmer|coder|scientist|analyst|designer|architect|teacher|professor|"
    "lecturer|researcher|student|nurse|doctor|physician|surgeon|dentist|pharmacist|therapist|"
    "psychologist|lawyer|attorney|paralegal|accountant|auditor|consultant|manager|director|"
    "founder|co-founder|entrepreneur|writer|author|journalist|reporter|editor|artist|illustrator|"
    "animator|musician|composer|singer|photographer|chef|cook|baker|barista|bartender|waiter|"
    "waitress|farmer|mechanic|electrician|plumber|carpenter|pilot|driver|firefighter|"
    "police officer|officer|soldier|veterinarian|vet|librarian|translator|interpreter|marketer|"
    "salesperson|recruiter|administrator|sysadmin|technician|paramedic|intern|freelancer|"
    "economist|biologist|chemist|physicist|mathematician|statistician|tester|ceo|cto|cfo|"
    "product owner|scrum master|professor|tutor|coach|trainer|caregiver|midwife|optometrist|"
    "radiologist|dietitian|nutritionist|social worker|civil servant|banker|trader|broker|"
    "investor|realtor|real estate agent|cashier|clerk|secretary|receptionist|assistant|"
    "babysitter|nanny|housekeeper|janitor|welder|machinist|surveyor|geologist|pharmacologist|"
    "ux researcher|sre|data engineer|homemaker|retiree|pensioner|postdoc|phd student|"
    "undergrad|graduate student|grad student|game designer|copywriter|project manager|"
    "product manager|pm|devops|sales rep|youtuber|streamer|podcaster|blogger|influencer|dev|"
    "physiotherapist|physio|paediatrician|pediatrician|hairdresser|optician|hygienist|"
    "postman|postwoman|mail carrier|sparky|tailor|seamstress|butcher|florist|gardener|"
    "landscaper|roofer|bricklayer|plasterer|decorator|painter|stylist|barber|beautician|"
    "courier|dispatcher|warehouse worker|forklift driver|lorry driver|truck driver|trucker|"
    "solicitor|barrister|notary|sonographer|radiographer|anaesthetist|anesthetist|"
    "psychiatrist|counsellor|counselor|chiropractor|pharmacy tech|lab tech|vet tech|"
    "carer|care worker|support worker|teaching assistant|headteacher|lifeguard|cleaner|porter"
)
ROLE_STOP = frozenset(
    "beginner fan lover believer member user owner customer newbie noob person guy girl man "
    "woman kid fool mess night owl early bird morning person big huge little bit".split()
)
ROLE_SUFFIX = re.compile(r"^[a-z-]{4,}(?:er|or|ist|ian|ant|ent)$")

LANGUAGES = (
    "english|spanish|french|german|italian|portuguese|dutch|swedish|norwegian|danish|finnish|"
    "polish|czech|russian|ukrainian|greek|turkish|arabic|hebrew|hindi|bengali|urdu|japanese|"
    "korean|chinese|mandarin|cantonese|vietnamese|thai|indonesian|malay|tagalog|swahili|"
    "romanian|hungarian|catalan|basque|irish|welsh|persian|farsi|"
    "español|inglés|francés|alemán|français|anglais|espagnol|allemand|deutsch|englisch|"
    "spanisch|französisch|italiano|inglese|português|inglês"
)
LANGUAGE_CANON = {
    "español": "Spanish", "inglés": "English", "francés": "French", "alemán": "German",
    "français": "French", "anglais": "English", "espagnol": "Spanish", "allemand": "German",
    "deutsch": "German", "englisch": "English", "spanisch": "Spanish", "französisch": "French",
    "italiano": "Italian", "inglese": "English", "português": "Portuguese", "inglês": "English",
}
# Languages as their own speakers name them, for a reply-language request made in that
# language ("contestame en español", "odpowiadaj mi po polsku", "trả lời bằng tiếng Việt").
NATIVE_LANGUAGE_NAMES = {
    "castellano": "Spanish", "francais": "French", "italien": "Italian",
    "italienisch": "Italian", "francese": "French", "tedesco": "German", "spagnolo": "Spanish",
    "portugues": "Portuguese", "português de portugal": "European Portuguese",
    "nederlands": "Dutch", "engels": "English", "duits": "German", "frans": "French",
    "po polsku": "Polish", "po angielsku": "English", "svenska": "Swedish",
    "engelska": "English", "dansk": "Danish", "norsk": "Norwegian", "engelsk": "English",
    "bahasa indonesia": "Indonesian", "bahasa inggris": "English", "türkçe": "Turkish",
    "turkce": "Turkish", "ingilizce": "English", "tiếng việt": "Vietnamese",
    "tiếng anh": "English", "česky": "Czech", "čeština": "Czech", "anglicky": "English",
    "română": "Romanian", "romana": "Romanian", "engleză": "English", "hinglish": "Hinglish",
    "taglish": "Taglish", "tagalog": "Tagalog", "hindi": "Hindi", "suomeksi": "Finnish",
    **LANGUAGE_CANON,
}

DIETS = (
    "vegetarian|vegan|pescatarian|pescetarian|keto|vegetariano|vegetariana|végétarien|végétarienne|"
    "vegetarier|vegetarierin|vegano|vegana|végane|veganer|veganerin|vegetariër|veganist|"
    "wegetarianką|wegetarianinem|weganką|weganinem|vejetaryen|vegetarisk|vegetarisch|"
    "wegetariańsko|wegańsko|veganistisch|vegetarián|vegetariánka|veganka|vegetáriánus|vegán|"
    "kasvissyöjä|vegaani|vegetarijanac|vegetarijanka|vegetarian|pescetariano|pescetariana|"
    "pescatariano|pescatariana|pescetarien|pescetarienne|pescétarien|pescétarienne|"
    "pescetarier|pescetarierin|pescetariër|pescetarisch"
)
# A diet said in another language, as the memory names it in English.
DIET_ENGLISH = {"vegetariano": "vegetarian", "vegetariana": "vegetarian",
                **dict.fromkeys(("pescetariano pescetariana pescatariano pescatariana "
                                 "pescetarien pescetarienne pescétarien pescétarienne "
                                 "pescetarier pescetarierin pescetariër pescetarisch "
                                 "pescetarian").split(), "pescatarian"),
                "végétarien": "vegetarian", "végétarienne": "vegetarian",
                "vegetarier": "vegetarian", "vegetarierin": "vegetarian",
                "vegetariër": "vegetarian", "wegetarianką": "vegetarian",
                "wegetarianinem": "vegetarian", "vejetaryen": "vegetarian",
                "vegetarisk": "vegetarian", "vegano": "vegan", "vegana": "vegan",
                "végane": "vegan", "veganer": "vegan", "veganerin": "vegan", "veganist": "vegan",
                "weganką": "vegan", "weganinem": "vegan", "vegetarisch": "vegetarian",
                "wegetariańsko": "vegetarian", "wegańsko": "vegan", "veganistisch": "vegan",
                "vegetarián": "vegetarian", "vegetariánka": "vegetarian", "veganka": "vegan",
                "vegetáriánus": "vegetarian", "vegán": "vegan", "kasvissyöjä": "vegetarian",
                "vegaani": "vegan", "vegetarijanac": "vegetarian",
                "vegetarijanka": "vegetarian"}

PETS = (
    "pet|dog|cat|puppy|kitten|parrot|rabbit|bunny|hamster|horse|turtle|tortoise|snake|lizard|fish|"
    "hen|chicken|goat|"
    "goldfish|bird|ferret|guinea pig|pony|gecko|pup|pooch|kitty|tabby|budgie|cockatiel|"
    "hedgehog|chinchilla|canary|parakeet|cockatoo|macaw|lovebird|iguana|axolotl|betta"
)
# Months and weekdays: when, never where ("being an ICU nurse in January", "moved to denver
# in march").
CALENDAR = frozenset("january february march april may june july august september october "
                     "november december monday tuesday wednesday thursday friday saturday "
                     "sunday".split())
# Common dog breeds: people name the breed, not the species ("our beagle Waffles").
DOG_BREEDS = (
    "greyhound|whippet|beagle|labrador|lab|poodle|terrier|spaniel|collie|retriever|husky|"
    "dachshund|corgi|pug|bulldog|chihuahua|shepherd|lurcher|schnauzer|boxer|rottweiler|"
    "doberman|dalmatian|pomeranian|shih tzu|cockapoo|labradoodle|goldendoodle|mutt|pit ?bull|"
    "heeler|kelpie|staffie|staffy|malinois|akita|shiba|samoyed|vizsla|weimaraner|mastiff|"
    "basset|bichon|maltese|yorkie|westie|cavapoo|maltipoo|sheepdog|setter|springer|cavalier"
)
FAMILY = (
    "wife|husband|partner|spouse|fiancé|fiancée|fiance|fiancee|son|daughter|kid|child|baby|"
    "brother|sister|mom|mum|mother|dad|father|grandma|grandmother|grandpa|grandfather|twin|"
    "boyfriend|girlfriend|stepson|stepdaughter|grandson|granddaughter|grandchild|grandkid"
)
# The words a memory or a message uses for the user's partner.
PARTNER_WORDS = r"husband|wife|spouse|partner|boyfriend|girlfriend|fianc[ée]e?"

OTHER_PEOPLE = (
    "friend|friends|boss|coworker|co-worker|colleague|colleagues|manager|neighbor|neighbour|"
    "roommate|flatmate|classmate|teacher|client|customer|cousin|uncle|aunt|nephew|niece|"
    "teammate|landlord|doctor|professor|student|students|buddy|pal|ex|mentor|employee|"
    "coach|team|company|wife|husband|partner|son|daughter|kid|kids|child|children|brother|"
    "sister|mom|mum|mother|dad|father|parents|grandma|grandpa|boyfriend|girlfriend"
)

# Hobby topics: a mention in one chat is noise, mentions in two chats are an interest.
TOPICS: dict[str, str] = {
    "astronomy": r"astronom\w*|stargaz\w*|telescopes?|nebula\w*|galax(?:y|ies)|constellations?",
    "chess": r"chess",
    "photography": r"photograph\w*|cameras?|lenses|aperture|shutter speed",
    "gardening": r"garden\w*|tomato plants?|compost\w*|seedlings?|allotments?",
    "baking": r"bak(?:e|ing|ed)|sourdough|pastr(?:y|ies)|croissants?",
    "birdwatching": r"bird ?watching|birding|binoculars for birds",
    "rock climbing": r"rock climbing|bouldering|climbing gym|climbing shoes|climbing|"
                     r"climb(?:s|ed)?|(?<=I )boulder",
    "guitar": r"guitars?",
    "piano": r"pianos?",
    "running": r"running shoes|marathons?|half[- ]marathons?|\b5k\b|\b10k\b|jogging|parkrun|"
               r"(?:my|long|morning|evening|weekend|easy|tempo|trail) runs?",
    "cycling": r"cycling|road bikes?|mountain bik\w*|bicycles?|(?<=I )(?:cycle|bike)\b|"
               r"(?:cycle|bike) to (?:work|the office)",
    "hiking": r"hiking|hikes?|trails?|backpacking",
    "knitting": r"knit\w*|crochet\w*|yarn",
    "woodworking": r"woodwork\w*|carpentry|wood ?turning|lathe",
    "fishing": r"fishing|fly ?fishing|fishing rods?",
    "yoga": r"yoga",
    "cooking": r"cooking|cuisine",
    "painting": r"painting|watercolou?rs?|acrylics|oil paint\w*",
    "video games": r"video games?|gaming|playstation|xbox|nintendo|steam deck",
    "anime": r"anime|manga",
    "football": r"football|soccer|premier league|five-a-side|5-a-side|futsal|footy",
    "basketball": r"basketball|nba",
    "tennis": r"tennis",
    "surfing": r"surf(?:ing|boards?|ers?)?",
    "skateboarding": r"skate ?bo?a?rd\w*|skating|skate ?parks?|ollies?|kickflips?",
    "skiing": r"ski(?:ing|s)?\b|snowboard\w*",
    "history": r"roman empire|world war|medieval|ancient egypt\w*|history",
    "philosophy": r"philosoph\w*|stoicism|existentialism",
    "investing": r"investing|stocks?|index funds?|etfs?",
    "coffee": r"espresso|coffee beans|pour[- ]over|latte art",
    "wine": r"wines?|sommelier",
    "board games": r"board games?|catan|dungeons (?:and|&) dragons|d&d",
    "music production": r"music production|ableton|synthesi[sz]ers?|daw\b",
    "aquariums": r"aquariums?|fish tanks?",
    "origami": r"origami",
    "calligraphy": r"calligraphy",
    "sailing": r"sailing|sailboats?|dinghy|(?<=I )sail\b",
    "swimming": r"swimming|(?<=I )swim\b",
    "dancing": r"dancing|salsa|ballet|tango",
    "languages": r"language learning|duolingo",
    "3d printing": r"3d print\w*",
    "robotics": r"robotics|arduino|raspberry pi",
    "bowls": r"(?:lawn|crown green|indoor|short mat) bowls|(?:play(?:s|ed|ing)?|at) bowls\b|"
             r"bowls (?:club|league|match|green|team|season|tournament)|p[ée]tanque|boules",
}

# Kin and pet words in the other languages we read ("mi hija se llama ...").
# Family members and pets in the other languages the rules read, with the English word a
# memory uses ("mi perra Chispa" -> "Has a dog named Chispa").
KIN_ENGLISH = {
    "esposa": "wife", "esposo": "husband", "marido": "husband", "mujer": "wife",
    "hija": "daughter", "hijo": "son", "hijas": "daughter", "hijos": "child",
    "hermana": "sister", "hermano": "brother", "perro": "dog", "perra": "dog",
    "perrita": "dog", "perrito": "dog", "gato": "cat", "gata": "cat", "gatito": "cat",
    "gatita": "cat", "novio": "boyfriend", "novia": "girlfriend",
    "filha": "daughter", "filho": "son", "filhos": "child", "cachorro": "dog",
    "cachorra": "dog", "cadela": "dog", "cão": "dog", "namorado": "boyfriend",
    "gatinha": "cat", "gatinho": "cat", "cachorrinha": "dog", "cachorrinho": "dog",
    "namorada": "girlfriend", "irmã": "sister", "irmão": "brother",
    "femme": "wife", "mari": "husband", "fille": "daughter", "fils": "son",
    "enfants": "child", "chien": "dog", "chienne": "dog", "chat": "cat", "chatte": "cat",
    "copain": "boyfriend", "copine": "girlfriend", "sœur": "sister", "frère": "brother",
    "frau": "wife", "mann": "husband", "tochter": "daughter", "sohn": "son", "kinder": "child",
    "hund": "dog", "hündin": "dog", "katze": "cat", "kater": "cat", "freund": "boyfriend",
    "freundin": "girlfriend", "schwester": "sister", "bruder": "brother",
    "moglie": "wife", "marito": "husband", "figlia": "daughter", "figlio": "son",
    "compagna": "partner", "compagno": "partner",
    "figli": "child", "cane": "dog", "cagnolina": "dog", "cagnolino": "dog", "gatto": "cat",
    "gattina": "cat", "fratello": "brother", "sorella": "sister",
    "chaton": "cat", "chiot": "dog", "gattino": "cat", "cucciolo": "dog", "cucciola": "dog",
    "kätzchen": "cat", "welpe": "dog",
    "hond": "dog", "kat": "cat", "poes": "cat", "zoon": "son", "dochter": "daughter",
    "vriendin": "girlfriend", "vriend": "boyfriend",
    "kinderen": "child", "vrouw": "wife", "broer": "brother", "zus": "sister",
    "pies": "dog", "psa": "dog", "kot": "cat", "kota": "cat", "syn": "son", "syna": "son",
    "córka": "daughter", "córkę": "daughter", "mąż": "husband", "żona": "wife",
    "córką": "daughter", "synem": "son", "mężem": "husband", "żoną": "wife", "psem": "dog",
    "kotem": "cat", "gatos": "cat", "perros": "dog", "cachorros": "dog", "gatti": "cat",
    "cani": "dog", "chats": "cat", "chiens": "dog", "hunde": "dog", "katzen": "cat",
    "katt": "cat", "dotter": "daughter", "fru": "wife", "sambo": "partner",
    "flickvän": "girlfriend", "pojkvän": "boyfriend", "kæreste": "partner",
    "kjæreste": "partner", "fidanzata": "girlfriend", "fidanzato": "boyfriend",
    "katten": "cat", "honden": "dog", "hondje": "dog", "katje": "cat", "dochters": "daughter",
    "zonen": "son", "koty": "cat", "psy": "dog", "hundar": "dog", "katter": "cat",
    "konijn": "rabbit", "konijntje": "rabbit", "królik": "rabbit", "kanin": "rabbit",
    "coniglio": "rabbit", "conejo": "rabbit", "lapin": "rabbit", "kaninchen": "rabbit",
    "coelho": "rabbit", "caballo": "horse", "cheval": "horse", "pferd": "horse",
    "cavallo": "horse", "paard": "horse", "cavalo": "horse", "loro": "parrot",
    "perroquet": "parrot", "papagei": "parrot", "pappagallo": "parrot", "papegaai": "parrot",
    "papagaio": "parrot", "hámster": "hamster", "hamster": "hamster", "chomik": "hamster",
}
# Where the possessive is part of the word ("kedim Pamuk": my cat; "kucingku namanya Oyen"):
# Turkish -im / -ım, Indonesian and Malay -ku or a following "saya" / "aku".
KIN_SUFFIXED = {
    "kedim": "cat", "kedimiz": "cat", "köpeğim": "dog", "köpeğimiz": "dog", "kızım": "daughter",
    "oğlum": "son", "kocam": "husband", "karım": "wife", "eşim": "partner",
    "kucingku": "cat", "kucing saya": "cat", "kucing aku": "cat", "anjingku": "dog",
    "anjing saya": "dog", "anakku": "child", "anak saya": "child", "suamiku": "husband",
    "suami saya": "husband", "istriku": "wife", "istri saya": "wife",
}
KIN_FOREIGN = "|".join(sorted(KIN_ENGLISH, key=len, reverse=True))

# "my rabbit", "our old beagle", "my daughter": the user's own pet or relative, named next.
# "my new bf Marco" too (bf/gf are kin only here, right before a name: not in ``FAMILY``,
# where "my gf, Toby, and I" would make the pup Toby a girlfriend)
MY_KIN = rf"(?i:\b(?:my|our)\s+(?:[\w-]+\s+)?(?:{PETS}|{FAMILY}|{DOG_BREEDS}|bf|gf))"

# Demonyms and adjectives that follow "I'm" and look like capitalised names.
DEMONYMS = frozenset(
    "american canadian mexican german french spanish italian british english irish scottish "
    "welsh dutch belgian swiss austrian polish russian ukrainian chinese japanese korean "
    "indian pakistani brazilian argentinian argentine chilean colombian peruvian australian "
    "nigerian kenyan egyptian turkish greek swedish norwegian danish finnish portuguese "
    "african european asian latin jewish muslim christian catholic".split()
)

TIMEZONES = (
    r"(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::\d\d)?|UTC|GMT|CET|CEST|EET|EEST|WET|BST|IST|JST|KST|"
    r"AEST|AEDT|ACST|AWST|NZST|NZDT|HST|AKST|[ECMP][SD]T|eastern|pacific|central|mountain|"
    r"atlantic"
)

# Assistive setups a user reads or works with: stable constraints on how to answer.
ACCESS_AIDS = (
    r"(?:a |the )?(?:large|larger|big|bigger) (?:font|fonts|text|print)|(?:a |the )?screen ?"
    r"readers?|(?:the )?keyboard(?: only)?|(?:a |the )?(?:screen )?magnifier|captions|"
    r"subtitles|(?:a )?wheelchair|hearing aids?|voice (?:input|control)|dictation|"
    r"high contrast(?: mode)?|dark mode"
)

# Everyday words that recur across unrelated chats and never name a hobby on their own.
COMMON_WORDS = frozenset(
    """
    about above after again against also always another answer anyone anything apps around
    because been before being best better between beginner beginners both bring buy cant
    change cheap choose could days does doing done down during each easy easiest else
    enough even ever every everything example examples explain fast first find fine from
    full gets getting give going good great guide have having help here idea ideas into
    just keep kind know last learn least less like little long look lose make many maybe
    mean more most much must need never next nice often only other over people pick plan
    please point quick quite rather really right same should show since some someone
    something soon start started still stop such sure take tell than thank thanks that
    their them then there these they thing things think this those though through time
    tips today tomorrow tonight total tried trying under until very want ways week well
    were what whats when where which while will with without work works worth would year
    years your yours again anyway actually recommend recommendations suggest suggestions
    best way ways good bad first new old small big budget under over cost price money
    apps app book books list plan plans trip question questions problem problems issue
    issues step steps part parts reason reasons sure okay yeah nope hello thing stuff
    keeps always never safe hard harder simple simpler free minute minutes hour hours
    month months morning evening night weekend weekends home work job team class lesson
    lessons beginner's shoes store stores online video videos steep curve learning
    one two three four five six seven eight nine ten
    """.split()
)


# -- policy vocabulary (agent.memory.policy) ------------------------------------------
F = re.IGNORECASE

TEMPORARY = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening|week|weekend|"
    r"month|time|once)|right now|for now|at the moment|for the moment|just for now|"
    r"for (?:this|the) (?:chat|conversation|convo|session|answer|reply|response|thread|task|"
    r"question|email|message|one|document|draft|trip)|in (?:this|your next|the next) (?:answer|"
    r"reply|response|chat|conversation|convo|message)|for the rest of (?:this|the|our) "
    r"(?:chat|conversation|convo|session|thread|day)|just this once|only this time|only for now|"
    r"(?:only|just) (?:this|the next) (?:answer|reply|response|one|message)|"
    r"until (?:we're|we are|I'm|I am) (?:done|finished)|until (?:we|I) (?:finish|wrap up|"
    r"get through|are done)|while we (?:work|finish|are working) on|"
    r"until the end of (?:this|the|our) (?:chat|conversation|convo|session)|"
    r"for the next (?:\w+ )?(?:minutes?|hours?|answers?|replies|messages)|"
    r"for the (?:weekend|week|day|night|holidays?)|on (?:holiday|vacation|a (?:business )?trip)|"
    # a need of the moment: "I could use some cheering", "been searching for my keys for the
    # last half hour" (hours and minutes only: "for the last ten years" is lasting)
    r"could (?:really |totally |definitely )?use (?:some|a|an)|for the (?:last|past) "
    r"(?:half (?:an )?hour|(?:few |couple of |\w+ )?(?:minutes?|hours?))|"
    r"until (?:tomorrow|"
    r"tonight|later)|hoy|ce soir|aujourd'hui|(?<!ab )(?<!seit )heute|oggi|hoje|vandaag|ngayon|"
    r"hari ini|dnes|idag|"
    r"i dag|bugün|hôm nay|dzisiaj|dziś|azi|(?:untuk|buat) chat (?:ni|ini)|"
    # "for this chat" / "for the rest of the conversation" in the other languages read
    r"pour (?:cette|la|le reste de (?:la|cette)) conv\w*|(?:para|por|durante) (?:el resto de )?"
    r"esta conv\w*|(?:für|in) (?:diesen|den|dem) chat|für (?:dieses|das) gespräch|"
    r"für den rest (?:des|dieses) (?:chats|gesprächs)|per (?:questa|il resto della) conv\w*|"
    r"(?:nesta|para esta|por esta|durante esta) conversa|voor (?:de rest van )?(?:dit|het) "
    r"gesprek|in dit gesprek|in diesem (?:chat|gespräch)|w tej rozmowie|"
    r"do końca (?:tej )?rozmowy|i den här chatten|"
    r"resten av (?:chatten|samtalet|samtalen)|untuk (?:obrolan|percakapan|chat) ini|"
    r"bu sohbet(?:te|lik)|v tomto chatu|(?:pentru|în) conversația asta|sa usapang ito|"
    # "just for this question / this once": "juste pour cette question", "solo esta vez"
    r"pour cette (?:question|réponse|fois)|juste cette fois|para esta (?:pregunta|respuesta|"
    r"pergunta|resposta)|solo esta vez|só (?:desta|essa|esta) vez|für diese (?:frage|antwort)|"
    r"nur dieses (?:eine )?mal|per questa (?:domanda|risposta)|solo questa volta|"
    r"voor deze (?:vraag|keer)|tylko tym razem|na to pytanie)\b",
    F,
)

# Support offered to the person spoken to ("I'm always here for you", "always here if you
# need to chat", "I'm cheering for you", "I've got your back"): about the listener, never a fact.
SUPPORT_OFFER = re.compile(
    r"\b(?:(?:I'm|I am|im|I'll be|I will be)\s+)?(?:always\s+|still\s+|just\s+|right\s+)?"
    r"here\s+(?:for you|to (?:help|support|listen|chat|talk|cheer)|if you|whenever you|"
    r"when you)|\b(?:I'm|I am) (?:cheering|rooting) (?:for )?you\b|"
    r"\b(?:I've|I have|I) got your back\b|\bhave your back\b", F)

# How the user feels now, said of themself ("I'm feeling motivated and ready to keep pushing",
# "I'll definitely stay motivated"): a mood, however lasting its words sound.
MOOD = re.compile(
    r"\b(?:I'm|I am|I feel|I'm feeling|I am feeling|feeling|I'll (?:\w+ )?(?:stay|keep|be|"
    r"feel)|I will (?:\w+ )?(?:stay|keep|be|feel))\s+(?:so |really |super |very |totally |"
    r"definitely |pretty |quite )?(?:motivated|happy|excited|grateful|thankful|tired|"
    r"exhausted|stressed|sad|great|good|fine|inspired|pumped|stoked|blessed|proud|nervous|"
    r"anxious|overwhelmed|relieved|lucky|glad|bored|hyped|positive|optimistic|focused)\b", F)

# A name right after these words is the person spoken to ("Hey Gina!", "thanks Sam"), not
# the speaker; "hey, it's Mei-Ling", "hi, I'm Tom" and "hiya, Anouk here" introduce one.
ADDRESSEE = (r"\b(?:hi|hey|hello|hiya|heya|yo|dear|thanks|thank you|thx|cheers|bye|goodbye|"
             r"good (?:morning|night|evening)|morning|congrats|congratulations|sorry|oh|ok|"
             r"okay|wow|aw+|hola|salut|bonjour|ciao|hallo|oi|olá)\s*[,!]?\s+")

# A place said with these words is a trip, not a home ("back from a trip to Canada"), unless
# the clause also says the user lives, moved or is based there (SETTLED).
TRAVEL = re.compile(r"\b(?:trips?|travel\w*|visit\w*|vacation|vacay|honeymoon|"
                    # not the holidays one plans for others ("staff holidays", "bank holiday")
                    r"(?<!staff )(?<!team )(?<!public )(?<!bank )(?<!school )holidays?"
                    r"(?! (?:rota|schedule|planner|calendar|cover|requests?|allowance))|"
                    r"tour\w*|excursions?|flights?|fly(?:ing)? to|went to|go(?:ing)? to|"
                    r"(?:driv|head|road-?trip)(?:e|ing|ed)? (?:down |up |over |out )?to|"
                    r"been to|back from|got back|sights|sightseeing|festival|conference|"
                    r"(?:was|were|'ll be|will be|gonna be) (?:also )?in|when I'm in|airport|"
                    r"hotel|layover|stuck (?:here )?in|"
                    # a stay, and a journey said in the other languages the rules read (not
                    # their words for time off: "tengo vacaciones" is no trip)
                    r"airbnb|hostel|hostal|guesthouse|b&b|hôtel|viaje|viagem|voyage|reise|"
                    r"(?:arrived|landed|got here|cheguei|chegamos|llegu[ée]|llegamos|"
                    r"arriv[ée]e?s?|angekommen|arrivat[oaie]) (?:[\w']+\s+){0,3}?(?:yesterday|"
                    r"today|this morning|last night|ontem|hoje|ayer|hoy|anoche|hier|"
                    r"aujourd'hui|gestern|heute|ieri|oggi)|"
                    # a stay with a purpose: "I'm in Bristol for a hen do / for the weekend"
                    r"for (?:a|an|the|my|our|his|her|their) (?:[\w-]+\s+){0,2}?(?:wedding|"
                    r"hen do|stag do|bachelorette|party|match|gig|concert|meeting|interview|"
                    r"workshop|funeral|graduation|work thing))\b", F)
SETTLED = re.compile(r"\b(?:live[sd]?|living|moved|moving|relocat\w*|based|settled|home|"
                     r"reside\w*|grew up|"
                     # ... and in the other languages whose trips TRAVEL reads
                     r"vivo|vivimos|vivemos|moro|moramos|habito|habitamos|abito|abitiamo|"
                     r"j'habite|habite|wohne|wohnen|woon|wonen|mieszkam|mieszkamy|bor)\b", F)

# "I live here": the home is a place named elsewhere in the message ("what's fun around
# Leeds? lived here 8 years"), found by the span reader.
HOME_HERE = re.compile(
    r"\b(?:I|we)(?:'ve| have)?\s+(?:\w+\s+)?(?:live|lived|living)\s+(?:right\s+)?"
    r"(?:here|in (?:the|this) city|in town)\b|\b(?:lived|living|been living) here\b|"
    # "moved here in january for work" (the chat drops the "I")
    r"(?:^|[.!?]\s+|\b(?:I|we)(?:'ve| have)?\s+)(?:just\s+|recently\s+|only\s+)?"
    r"(?:moved|relocated) here\b|"
    r"\b(?:mieszkam|mieszkamy) tu\b|\b(?:bor|bodde) (?:här|her)\b|"
    r"\b(?:vivo|vivimos|moro|moramos) (?:aquí|aqui|acá)\b|\b(?:wohne|wohnen|woon|wonen) "
    r"(?:\w+ )?hier\b|\b(?:j'habite|on habite|nous habitons|je vis) ici\b|"
    r"\b(?:abito|viviamo) qui\b|\b(?:tinggal|nakatira) (?:di sini|dito)\b", F)

# The word before a place name, in the languages HOME_HERE reads.
PLACE_BEFORE = re.compile(r"\b(?:in|around|near|at|from|to|w|we|i|en|à|a|em|no|na|nach|naar|"
                          r"di|bei|aus|rond|kring)\s+$", F)

# Where a clause runs on into another statement: "I'm a chef in Ghent, and this week was
# chaos", "I live in Austin and the heat this week is biblical", "I live in Birmingham if you
# know any halal butchers", "as a paramedic on 12h shifts what should i meal prep".
STATEMENT_BREAK = re.compile(r"\s*[,;]\s*(?:(?:and|but|so|though|because)\s+)?|\s+(?:and|but|so|"
                             r"because|though|although|while|whereas|if|unless)\s+|\s+[—–-]\s+|"
                             r"\s+(?=(?:what|how|which)\s)|(?<!what)(?<!how)(?<!which)\s+"
                             r"(?=(?:should|can|could|would|do)\s+(?:i|you|u|we)\b)", F)

# When a lasting change happened is not a time limit on it: "started at KPMG this week!" is
# a new employer, "moved to Bristol yesterday" a new home. Only that phrase is ignored, so a
# real limit elsewhere ("for now") still makes the clause temporary. The same for a promotion,
# a retirement or a wedding ("Promoted to staff engineer yesterday").
EVENT_TIME = re.compile(r"\b(?:started|joined|moved|relocated|began|got hired|switched|"
                        r"promoted|retired|graduated|got married|renamed|transferred|"
                        r"first day|new job|accepted|signed|adopted|rescued|brought home|"
                        rf"(?:got|picked up) (?:a|an|our|my) (?:new )?(?:{PETS}|{DOG_BREEDS})|"
                        r"born)\b"
                        r"[^.?!]*?\s*\b(?:today|yesterday|this (?:morning|week|"
                        r"weekend|month))\b|"
                        # the time first: "today was my first day as a junior developer"
                        r"\b(?:today|yesterday|this week)\s+(?:was|is)\s+my\s+first\s+"
                        r"(?:day|week|shift)\b", F)

FICTION = re.compile(
    r"\b(?:imagine|pretend|let's say|lets say|suppose|supposing|hypothetically|what if|"
    r"(?<!I'd )(?<!would )say (?:I'm|I am|I was)\b|mock interview|"
    r"let'?s play\b|you(?:'re| are) (?:now )?(?-i:[A-Z])\w+(?: \w+)? and I(?:'m| am)\b|"
    r"(?:I|we) wish (?:I|we)\b|if only (?:I|we)\b|"
    r"if (?:I|we) (?:were|was|had|became|moved|went|lived|got|took|quit|switched|joined|"
    r"started|decided|ever (?:move|moved|go|went|get|got))|"
    r"in (?:my|a|the) (?:story|novel|book|game|script|"
    r"screenplay|poem|dream|fanfic|campaign|fiction)|my character|role-?play|roleplaying|"
    r"once upon a time|write (?:a|me a) (?:story|poem|scene|dialogue)|the (?:hero|protagonist|"
    r"villain)|(?:you(?:'re| are)|be) (?:the|my) (?:narrator|dungeon master|game master)|"
    r"as a (?:game|joke)|in character|for a story|character named|"
    r"playing (?:a|the) (?:role|character)|"
    r"(?:write|writing|wrote)\b[^.?!]{0,40}\b(?:story|poem|scene|novel|"
    # ... a program's script is no play's: "write a bash script that renames files"
    r"dialogue|(?<!bash )(?<!shell )(?<!python )(?<!powershell )(?<!sql )(?<!node )"
    r"(?<!cron )(?<!build )(?<!deploy )(?<!automation )(?<!js )(?<!lua )(?<!apps )script|"
    r"screenplay|tale|monologue)|in (?:the )?first person|"
    r"(?:une|una|uma|eine|ein) (?:histoire|historia|história|geschichte|storia|cuento|"
    r"conto|poème|poema|gedicht|roman|novela)|"
    # "if I (moved)" in other languages: "kalau misalnya aku pindah", "si me mudara"
    r"kalau misalnya|(?:kalau|kalo|jika|jikalau) (?:aku|saya|gue|gw|kami|kita) "
    r"(?:\w+ )?(?:pindah|tinggal|kerja|jadi|pergi)|seandainya|andaikan|"
    r"si (?:yo |je |j')?(?:me mudara|fuera|tuviera|"
    r"déménageais|étais|avais|vivía|viviera|habitais|vivais)|se eu (?:me mudasse|fosse|tivesse|"
    r"morasse)|gdybym|eğer|(?:mal )?angenommen|stell dir vor|wenn ich \w+(?: \w+){0,4} würde|"
    r"ich würde (?:\w+ ){0,4}(?:wohnen|leben|ziehen|arbeiten)|supongamos|imaginemos|"
    r"imaginons|supposons|supponiamo|immagina|se (?:io )?(?:vivessi|abitassi|fossi|avessi)|"
    r"suponhamos|imagina se|stel dat|stel je voor|als ik \w+(?: \w+){0,4} zou|załóżmy|"
    r"wyobraź sobie|anta att|tänk om|om jag skulle|předpokládejme|kdybych|să presupunem|"
    r"dacă aș|misalkan|diyelim ki|"
    # role play: "Lass uns ein Rollenspiel machen: Ich bin Kommissar Weber"
    r"rollenspiel\w*|juego de rol|jeu de rôle|gioco di ruolo|rollenspel|rollspel|jogo de rpg|"
    r"odgrywani\w* ról|rol yapalım|facciamo finta|fais semblant|finjamos|vamos fingir|"
    r"udawajmy|doe alsof|låtsas)\b|"
    # ... and in the languages of other scripts, where a word edge cannot be asked for (no
    # spaces in Chinese, Japanese and Thai): "если бы я переехал", "如果我搬到", "もし"
    r"если бы|что если|представь|якби|уяви|如果我|假如|要是我|もし|만약|لو كنت|لو انتقلت|"
    r"अगर मैं|ถ้าฉัน|ถ้าผม|αν ήμουν|אילו|לו הייתי|"
    # role-play: "пограємо в рольову гру", "角色扮演", "ロールプレイ"
    r"рольов\w* гр|ролев\w* игр|ролева игра|角色扮演|ロールプレイ|롤플레이|역할극|لعب الأدوار|"
    r"لعب دور|रोलप्ले|παιχνίδι ρόλων|משחק תפקידים|บทบาทสมมติ",
    F,
)

# A message that opens like a letter or an email is text written for someone else, pasted to
# be edited or sent ("Dear Hiring Manager, I am a certified electrician ...").
PASTED = re.compile(r"^\W*(?:dear\s+\w+|to whom it may concern|subject\s*:|re\s*:|"
                    r"hi (?:all|team|everyone)\s*[,!])", F)
# ... or text handed over to be worked on: whatever follows "translate this to Spanish:",
# "proofread my bio:", "summarise the following:" is the text, not the user talking.
# So is a block after a blank line that follows the ask ("this is my brother's CV, can u make
# it sound more professional?\n\nRahul Mehta\nMechanical Engineer, ...").
_EDIT_ASK = (r"translate|proofread|rewrite|reword|rephrase|paraphrase|correct|polish|edit|"
             r"summari[sz]e|shorten|improve|check")
PASTE_INTRO = re.compile(rf"\b(?:{_EDIT_ASK})\b[^.!?:\n]{{0,40}}:|"
                         rf"\b(?:{_EDIT_ASK}|fix|format|make (?:it|this|them) (?:sound |look )?"
                         rf"(?:more|less|better))\b[^\n]{{0,80}}\n[ \t]*\n", F)

JOKE = re.compile(r"\b(?:jk|j/k|just kidding|just joking|kidding(?! (?:myself|yourself|me\b))|"
                  r"not really|lmao jk|yeah right|^oh sure|"
                  r"(?:lol|haha)\s+(?:jk|no)|obviously not)\b|🙄|(?:^|\s)/s\b", F)

# The same in the other languages the rules read: "meine Eltern sind nach Leipzig gezogen",
# "mijn schoonouders wonen in Zwolle", "mi jefe vive en Madrid".
OTHER_PEOPLE_FOREIGN = (
    rf"{KIN_FOREIGN}|eltern|schwiegereltern|schwiegermutter|chef|chefin|kollegin|kollege|"
    r"ouders|schoonouders|schoonmoeder|baas|collega|vriend|vriendin|moeder|vader|"
    r"padres|suegros?|suegra|jefe|jefa|amigos?|amigas?|compañer[oa]s?|madre|padre|mamá|papá|"
    r"parents|beaux-parents|belle-mère|patron|patronne|collègue|ami|amie|mère|père|"
    r"pais|sogros?|sogra|chefe|colega|mãe|pai|genitori|suoceri|suocera|capo|amico|amica|"
    r"mamma|papà|rodzice|teściowie|teściowa|szef|szefowa|przyjaciel|przyjaciółka|mama|tata|"
    r"föräldrar|svärföräldrar|chef|kompis|vän|mamma|pappa|forældre|foreldre|venn|veninde|"
    r"brat|brata|siostra|siostrę|mąż|męża|żona|żonę|chłopak|dziewczyna|bror|syster|sambo|fru|"
    r"man|bratr|sestra|manžel|manželka|kamarád|kamarádka|šéf|šéfová|broer|zus|man|vrouw"
)
OTHERS_FOREIGN = (r"\b(?:mi|mis|mes|mon|ma|meine?|meinen|meiner|mijn|onze|ons|il mio|la mia|"
                  r"i miei|le mie|mio|mia|meu|minha|meus|minhas|nossa|nosso|moja|mój|moi|moje|"
                  r"min|mitt|mina|mine|notre|nos|unsere?|nuestros?|nuestras?|můj|moje|moji|"
                  r"mé)\s+"
                  # "ma meilleure amie", "mi mejor amiga", "meine beste Freundin"
                  r"(?:(?:meilleure?|mejor|beste[nr]?|migliore|melhor|nouvelle?|nuev[oa]|"
                  r"neue[nr]?|nuov[oa]|nov[oa]|ancienne?|antigu[oa]|alte[nr]?|vecchi[oa]|"
                  r"velh[oa]|najlepsz[aey]|bästa)\s+)?"
                  rf"(?:{OTHER_PEOPLE_FOREIGN})\b")
# Languages that put "my" after the person ("chị gái mình", "kakak saya") or inside the word
# (Turkish "ablam", "arkadaşım", Indonesian "kakakku").
OTHERS_POSTPOSED = (r"\b(?:chị gái|chị|anh trai|anh|em gái|em trai|mẹ|bố|ba|má|bạn|vợ|chồng|sếp|"
                    r"đồng nghiệp|con gái|con trai)\s+(?:mình|tôi|tớ)\b|"
                    r"\b(?:kakak|adik|ibu|ayah|bapak|teman|bos|suami|istri|pacar|rekan)\s*"
                    r"(?:saya|aku|ku|gue|gw)\b|"
                    r"\b(?:annem|babam|ablam|abim|kardeşim|arkadaşım|patronum|eşim|kocam|karım|"
                    r"kızım|oğlum)\b|"
                    r"\b(?:fratele|sora|soțul|sotul|soția|sotia|mama|tata|prietenul|prietena|"
                    r"șeful|seful|șefa|colegul|colega)\s+(?:meu|mea)\b")
# ... and the people around the user in the languages of other scripts ("我妈妈", "夫が",
# "남편은", "мой муж", "زوجي", "मेरी बहन", "แฟนของฉัน", "ο άντρας μου", "אחותי").
OTHERS_SCRIPTS = (r"我(?:的)?(?:妈妈|爸爸|老公|老婆|男朋友|女朋友|朋友|同事|老板|哥哥|姐姐|弟弟|"
                  r"妹妹|儿子|女儿|父母)|(?:母|父|夫|妻|彼氏|彼女|友達|同僚|上司|兄|姉|弟|妹|"
                  r"息子|娘)(?:は|が)|(?:엄마|아빠|남편|아내|남자친구|여자친구|친구|동료|상사|형|"
                  r"누나|언니|오빠|동생)(?:는|은|가|이) |(?:мой|моя|мои|мій) (?:мама|папа|муж|"
                  r"жена|друг|подруга|брат|сестра|начальник|коллега|чоловік|дружина)|"
                  r"(?:أمي|أبي|زوجي|زوجتي|صديقي|صديقتي|أخي|أختي|مديري)|(?:मेरी|मेरा|मेरे) "
                  r"(?:माँ|मां|पापा|पति|पत्नी|दोस्त|भाई|बहन|बॉस)|(?:แม่|พ่อ|สามี|ภรรยา|แฟน|"
                  r"เพื่อน|หัวหน้า)(?:ของ)?(?:ฉัน|ผม|หนู|เรา)|(?:η μητέρα|ο πατέρας|ο άντρας|"
                  r"η γυναίκα|ο φίλος|η φίλη|ο αδερφός|η αδερφή) μου|(?:אמא שלי|אבא שלי|בעלי|אשתי|"
                  r"החבר שלי|החברה שלי|אחי|אחותי)")
# The people the user works with, named with their workplace: "my manager at Stripe", "my
# coworkers at Boots". The workplace is the user's too (the rules and the policy agree).
WORKMATES_AT = (r"\bmy (?:line |new |old )?(?:manager|boss|supervisor|team ?lead|coworkers?|"
                r"co-workers?|colleagues?|shift lead|head of department) (?:at|in|from)\s+")
OTHERS = re.compile(rf"\b(?:my|our|a|his|her|their)\s+(?:best\s+|old\s+|new\s+)?"
                    rf"(?:{OTHER_PEOPLE})(?:'s)?\b|^(?:he|she|they|his|her|their)\b|"
                    rf"\b(?:he|she|they)(?:'s| is| are| loves?| likes?| lives?| works?)\b|"
                    rf"{OTHERS_FOREIGN}|{OTHERS_POSTPOSED}|{OTHERS_SCRIPTS}", F)

REPORTED = re.compile(r"\b(?:said|says|told me|asked me|wrote|quote|quoting|tweeted|"
                      r"according to)\b", F)

CODE_LIKE = re.compile(r"[{}=<>]|\bdef |\breturn\b|\(\w*,\s*\w*\)|```")

SENSITIVE = re.compile(
    r"\b(?:diabet\w*|cancer|asthma|allerg\w*|epilep\w*|migraines?|hiv|aids|hepatitis|"
    r"celiac|coeliac|lactose intoleran\w*|intoleran\w*|medication|medicine|meds|prescri\w*|insulin|"
    r"antidepressants?|sertraline|prozac|zoloft|lexapro|adderall|ritalin|xanax|ozempic|"
    r"diagnos\w*|disorder|depress\w*|anxiety|adhd|autis\w*|bipolar|ptsd|ocd|schizo\w*|"
    r"therapy|mental health|pregnan\w*|miscarriage|chemo\w*|surgery|disabilit\w*|chronic|"
    r"illness|disease|blood pressure|cholesterol|std|sti|"
    r"christian|catholic|protestant|muslim|islam\w*|jewish|judaism|hindu\w*|buddhis\w*|"
    r"sikh|atheist|agnostic|mormon|church|mosque|synagogue|temple|pray\w*|"
    r"religio\w*|gay|lesbian|bisexual|queer|homosexual|heterosexual|asexual|pansexual|"
    r"transgender|trans (?:man|woman|person)|non-?binary|genderqueer|genderfluid|"
    r"democrat\w*|republican\w*|conservative|liberal|labour|tory|socialist|communist|"
    r"libertarian|left-wing|right-wing|vote[ds]?|voting|political party|"
    r"ethnicity|ethnic|race|hispanic|latino|latina|african american|caucasian|"
    r"criminal record|convicted|conviction|felony|arrested|prison|jail|probation|"
    r"salary|income|earn\w*|net worth|debt|owe|mortgage|credit score|savings|bankrupt\w*|"
    r"\$\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:dollars|euros|pounds|usd|eur|gbp)|"
    r"gambl\w*|addict\w*|recovering|alcoholic|sober|sobriety|rehab|relapse\w*|"
    r"lgbtq?\w*|faith|spiritual\w*|bible|quran|torah|gender identity|sexual orientation|"
    # "came out" of an oven or a kiln is no coming out: "two mugs came out with pinholes"
    r"coming out|came out(?!\s+(?:with|of|great|well|fine|perfect|ok|okay|right|wrong|better|"
    r"worse|flat|dry|dense|burnt|too|really|so|pretty|nice|good|bad|amazing|lovely|looking|"
    r"at|in|on|like)\b)|transition(?:ed|ing)?|adopt(?:ed|ion)|foster care|divorc\w*|"
    r"grief|griev\w*|funeral|passed away|miscarr\w*|abortion|suicid\w*|self-harm)\b",
    F,
)

# A person named by a condition, a faith, an orientation or an addiction ("Diabetikerin",
# "katolikiem", "диабетик"): what "I am" plus a noun says in languages that say it so, and no
# job. Word stems in the languages the rules read; a job about one ("diabetes nurse",
# "Diabetologin", "Religionslehrerin") is more than one word or has a specialist's ending.
PERSON_BY_KIND = re.compile(
    r"(?:diabet|dijabet|диабет|cukrzy|epilep|эпилеп|asthm|asmát|astmat|autis|аутис|allergi|"
    r"celiak|zöliak|coeliak|alkohol|alcohol|alcool|алкогол|narkoman|наркоман|"
    r"katoli|cattoli|catól|cathol|католи|ateist|atheist|athée|ateo|atea|атеист|"
    r"muzułma|musulm|muslim|moslim|müslüm|мусульм|żyd|jüd|juif|juive|judí|ebre[oa]|еврей|"
    r"chrześcija|christ(?=in$|en$|$|ian)|cristian|chrétien|христиан|prawosław|православ|ortodoss|protestan|"
    r"ewangeli|buddy[sj]|buddh|budis|hinduist|gej|lesb|homoseks|homosex|schwul|bisek|bisex)"
    r"(?!\w*(?:olog|berat|schwest|pfleg|therap|lehr|teach))\w*$",
    F)

# A job title is not sensitive ("prison officer"), unless it names a condition.
SENSITIVE_ROLE = re.compile(r"\b(?:gambl\w*|addict\w*|recovering|alcoholic|patient|survivor)\b",
                            F)

SECRET_WORDS = re.compile(
    r"\b(?:password|passcode|pin|api[ _-]?key|secret key|token|ssn|social security|"
    r"credit card|card number|iban|account number|routing number|passport number|cvv|"
    r"seed phrase|recovery (?:code|phrase|key)|private key|login|credentials?|"
    r"(?:door|gate|alarm|lock|entry|access|security|garage|safe) code|combination|"
    r"contraseña|mot de passe|passwort|kennwort|geheimzahl|senha|parola d'ordine|"
    # ... in the other languages the rules read: "Şifrem Karadeniz61, unutma"
    r"wachtwoord|pincode|lösenord|passord|adgangskode|salasana|hasł[oaeu]\w*|heslo|"
    r"şifre\w*|parola(?:m|mı|yı|sı)|kata sandi|parola mea|"
    # a card's or a door's code: "le code de ma carte bancaire", "el código de mi tarjeta"
    r"code (?:de (?:ma |la |mon )?(?:carte|cb|porte|portail|coffre)|secret|pin|d'accès)|"
    r"código (?:de (?:mi |la )?(?:tarjeta|puerta|acceso)|secreto|pin)|pin-?code|"
    r"codice (?:della (?:mia )?carta|segreto|pin|d'accesso)|kod (?:pin|do karty|dostępu))\b",
    F,
)

REQUEST = re.compile(r"\b(?:remember|save|store|note down|keep in mind)\b", F)

# Laughter, in words or faces: a grimace, tears, a heart or a cat is no laugh ("signed up for
# my first marathon 😬", "our new kitten 🐱").
LAUGH = re.compile(r"\b(?:lol|lmao|haha\w*|rofl|jk)\b|[😀😁😂😃😄😅😆😉😋😛😜😝🙃🤣🤪😹😸🤭]", F)

# Laughing while asking for help ("lost another chess game lol, how do I stop blundering")
# is self-deprecation, not a joke about the hobby.
HELP_SEEKING = re.compile(r"\?|\b(?:(?:how|what|which|where|when|why)(?:\s+\w+){0,2}?\s+(?:do|can|"
                          r"should|could|would)\s+(?:I|we|u|you)|any (?:tips|ideas|advice)|"
                          r"help me|recommend|why (?:does|do|did|is|are|won't|doesn't|don't|"
                          r"can't|isn't|am)|how (?:to|come))\b", F)

# -- extraction gates (agent.memory.extractors) -----------------------------------------
# A message with none of these words cannot carry a fact about the user (LLM pre-check).
PERSONAL_SIGNAL = re.compile(
    r"\b(?:i|i'm|i am|im|i've|ive|i'd|my|mine|me|myself|call me|remember|forget|"
    r"we|we're|we've|we'd|our|ours|us|"
    r"yo|soy|mi|me llamo|je|j'|mon|ma|mes|ich|mein|meine|mich|eu|meu|minha|sou|io|sono|il mio|"
    r"nous|nosotros|vivo|vivimos|tengo|somos|estamos|wir|unser|unsere|wohnen|noi|nós|nosso|"
    r"nossa|moro|moramos|ik|mijn|wij|onze|wonen|mieszkamy|bor|"
    r"jestem|mam|mieszkam|jag|min|mitt|vi|vår|ben|benim|aku|saya|ako|ko|"
    r"yes|yeah|yep|correct|that's right)\b",
    F,
)
# Words that make a statement an explicit request to remember (consent for sensitive facts).
EXPLICIT_REQUEST = re.compile(r"\b(?:remember|don't forget|keep in mind|note that)\b", F)


# -- cues for the learned extractor (agent.memory.extractors.learned.features) -------------
# What sentence embeddings are blind to: who the subject is, whether it is asked, supposed,
# denied, reported or limited in time. Each is one input feature; the model weighs them.
CUES: dict[str, re.Pattern[str]] = {
    "first_person": re.compile(
        r"\b(?:i|i'm|im|i've|ive|i'd|id|i'll|my|mine|me|myself|we|our|us|"
        r"je|j'|moi|mon|ma|mes|yo|mi|mis|me|soy|estoy|tengo|vivo|trabajo|ich|mein|meine|mich|"
        r"mir|bin|wohne|arbeite|eu|meu|minha|sou|moro|io|mio|mia|sono|abito|lavoro|ik|mijn|"
        r"woon|werk|jestem|mój|moja|mam|mieszkam|pracuję|ben|benim|jag|min|mitt|bor)\b", F),
    "starts_first_person": re.compile(
        r"^\W*(?:i|i'm|im|i've|ive|i'd|my|me|je|j'|moi|mon|ma|yo|mi|soy|ich|mein|eu|meu|"
        r"io|mio|ik|mijn|jestem|mój|ben|benim|jag|min)\b", F),
    "other_person": re.compile(
        rf"\b(?:he|she|they|his|her|their|him|them)\b|\b(?:my|our|a|his|her)\s+"
        rf"(?:{OTHER_PEOPLE})\b", F),
    "question": re.compile(r"\?\s*$|^\W*(?:what|which|who|where|when|why|how|can|could|"
                           r"should|would|is|are|do|does|did|any)\b", F),
    "hypothetical": re.compile(r"\b(?:if|imagine|suppose|pretend|what if|would|wouldn't|"
                               r"could be|let's say|hypothetically|si|wenn|se|als)\b", F),
    "negation": re.compile(r"\b(?:not|never|no longer|don't|dont|doesn't|isn't|aren't|"
                           r"wasn't|can't|won't|anymore|no|ne|pas|nicht|kein\w*|não|nie)\b", F),
    "reported": re.compile(r"\b(?:said|says|told|tells|asked|according to|quote|wrote|"
                           r"claims?|thinks?)\b", F),
    "temporary": re.compile(r"\b(?:today|tonight|tomorrow|right now|for now|this (?:chat|"
                            r"conversation|session|answer|time|once|week|weekend|morning|"
                            r"evening)|just (?:for|this)|at the moment|for the rest of)\b", F),
    "past_event": re.compile(r"\b(?:yesterday|last (?:night|week|weekend|month|year|time)|"
                             r"ago|earlier today|this morning|went|had a|was at)\b", F),
    "explicit": re.compile(r"\b(?:remember|keep in mind|note that|don't forget|save this|"
                           r"store this|for future|from now on|always|retiens|recuerda|"
                           r"merk dir|lembra)\b", F),
    "change": re.compile(r"\b(?:moved|relocated|switched|changed|now|anymore|no longer|"
                         r"left|joined|started|quit|new)\b", F),
    "laugh": re.compile(r"\b(?:lol|lmao|haha\w*|jk|kidding|joking)\b", F),
    "fiction": re.compile(r"\b(?:story|novel|character|role-?play|game|poem|script|"
                          r"fiction|dream)\b", F),
}

# Capitalised words join into one candidate value across these ("Maria da Silva", "Bank of
# America", "Den Haag"); these capitalised words are never one.
NAME_JOINERS = frozenset("de da do dos das del della di van von der den la le of the y e & "
                         "bin al el du des ter".split())
NOT_A_VALUE = frozenset("i i'm i've i'd i'll im ok okay hi hey hello thanks yes no".split())

# -- interest taxonomy (agent.memory.topics) ----------------------------------------------
# Activities, hobbies and subjects an interest may be. A learned "interest" span becomes
# evidence only when it names one of these (or a TOPICS pattern above): never a person, a
# common word or a sensitive category (health, religion, politics, sexuality, ...).
INTEREST_TAXONOMY = frozenset("""
anime aquariums archery architecture arduino astronomy astrophotography athletics badminton
baking ballet baseball basketball beekeeping biking biology birding birdwatching bouldering
bowling boxing brewing calligraphy camping canoeing carpentry cars cello ceramics chemistry
chess choir cinema climbing cocktails coding coffee comics composing cooking cosplay crafts
cricket crochet cross-stitch crossfit cycling dancing darts diving documentaries drawing
drumming economics electronics embroidery esports fantasy fencing fermentation film
filmmaking fishing fitness flute football foraging french gaming gardening genealogy
geocaching german golf guitar gymnastics handball harp hiking history hockey hunting italian
japanese jazz jiu-jitsu jogging journaling judo juggling karaoke karate kayaking kickboxing
kitesurfing knitting korean lacrosse languages leatherwork lego literature magic mandarin
manga marathons mathematics meditation metalworking mixology modeling motorcycles
mountaineering movies music netball novels opera orienteering origami paddleboarding
painting paragliding parkour philosophy photography physics piano pilates podcasts poetry
portuguese pottery programming puzzles quilting racing reading robotics rowing rugby running
sailing salsa saxophone sci-fi scrapbooking sculpting sculpture sewing singing skateboarding
sketching skiing skydiving snorkeling snowboarding soccer softball sourdough spanish squash
stargazing surfing swimming tango tennis theater theatre travel traveling travelling
triathlon trumpet ukulele violin volleyball watercolor watercolour weightlifting windsurfing
wine woodworking wrestling writing yoga zumba art bonsai
padel pickleball scuba freediving spearfishing snowshoeing backpacking trekking canyoning
caving aikido taekwondo capoeira kendo bmx motocross karting frisbee biathlon flamenco
breakdancing woodturning woodcarving whittling blacksmithing glassblowing macrame weaving
felting printmaking powerlifting bodybuilding calisthenics accordion mandolin banjo harmonica
clarinet trombone oboe djing synthesizers poker backgammon sudoku crosswords warhammer
philately numismatics equestrian dressage showjumping homesteading permaculture hydroponics
aquascaping terrariums footy blogging podcasting vlogging rollerblading
skating bodyboarding wakeboarding rafting kayaks volunteering
""".split())
# The taxonomy's hobbies as named in the other Latin-script languages the rules read ("ich
# spiele seit Jahren Schach", "je fais de l'escalade", "juego al pádel todos los domingos").
FOREIGN_TOPICS: dict[str, str] = {
    "chess": r"schach|échecs|ajedrez|scacchi|xadrez|schaken|szach\w*|schack",
    "rock climbing": r"klettern|bouldern|escalade|escalada|arrampicata|klimmen|boulderen|"
                     r"wspinaczk\w*|wspinam się|klättring|klättrar|lezení|lezu",
    "running": r"joggen|course à pied|running|corsa|corrida|hardlopen|biegam|bieganie|löpning|"
               r"springer|běhám",
    "swimming": r"schwimmen|natation|nage|natación|nadar|nuoto|nuotare|natação|zwemmen|"
                r"pływanie|pływam|simning|simmar|plavu|plavání",
    "cycling": r"radfahren|rennrad|cyclisme|ciclismo|fietsen|wielrennen|kolarstwo|cykling|"
               r"cyklistika",
    "hiking": r"wandern|randonnée|senderismo|escursionismo|caminhadas?|wandelen|"
              r"wędrówki|vandring|turistika",
    "yoga": r"yoga|joga|jógu|jóga",
    "photography": r"fotografieren|fotografie|photographie|fotografía|fotografia|"
                   r"fotografering|fotografování",
    "painting": r"malen|peinture|pintar|pintura|dipingere|pittura|schilderen|malowanie|"
                r"maluję|måla|målar|malování",
    "gardening": r"gärtnern|gartenarbeit|jardinage|jardinería|giardinaggio|jardinagem|"
                 r"tuinieren|ogrodnictwo|trädgård|zahrádk\w*",
    "baking": r"backen|repostería|hornear|cuocere dolci|confeitaria|bakken|pieczenie|piekę|"
              r"bakar|pečení",
    "knitting": r"stricken|tricot|tricoter|tejer|lavorare a maglia|tricô|breien|"
                r"na drutach|stickar|sticka|pletení",
    "guitar": r"gitarre|guitare|guitarra|chitarra|gitaar|gitar\w*|kytar\w*",
    "piano": r"klavier|pianoforte|fortepian\w*|klavír",
    "tennis": r"tennis|tenis|tênis",
    "padel": r"pádel|padel",
    "football": r"fußball|fussball|fútbol|calcio|futebol|voetbal|piłk\w* nożn\w*|fotboll|"
                r"fotbal",
    "basketball": r"baloncesto|pallacanestro|basquete|koszyków\w*|basket",
    "dancing": r"tanzen|danse|danser|bailar|ballare|dançar|dansen|taniec|tańczę|dansar|tanec",
    "reading": r"lesen|lecture|leer|lectura|leggere|lettura|leitura|lezen|czytam|läser|čtení",
    "surfing": r"surfen|surf",
    "skiing": r"skifahren|esquí|esquiar|sciare|skiën|narciarstwo|skidåkning|lyžování",
    "fishing": r"angeln|pêche|pesca|pescar|pescare|vissen|wędkarstwo|wędkuję|fiske|rybaření",
    "diving": r"tauchen|plongée|buceo|bucear|immersioni|mergulho|duiken|nurkowanie|dykning|"
              r"potápění",
    "jiu-jitsu": r"jiu-jitsu|jiu jitsu",
    "sewing": r"nähen|couture|coser|cucire|costura|naaien|szycie|szyję|syr|šití",
    "volleyball": r"volleyball|voleibol|vôlei|pallavolo|volejbal|siatkówk\w*",
    "pottery": r"töpfern|poterie|cerámica|ceramica|cerâmica|pottenbakken|ceramik\w*|keramik",
    "martial arts": r"kampfsport|judo|karate|taekwondo|kickboxen|boxen|boxe|boxeo|pugilato",
}

# Multi-word entries, matched as phrases.
# A taxonomy word used for a task or in an idiom, not a hobby: "I'm running late", "a running
# total", "I'm writing an email to my landlord", "reading the docs", "cooking dinner for 8".
# A recipe asked for is a task too (not in the taxonomy's patterns).
NOT_A_HOBBY = (
    r"\brunning (?:late|out|behind|low|short|total|sum|errands|slow|fast|smoothly|again|"
    r"locally|a (?:business|company|shop|team|store|restaurant|bakery|query|script|test))\b|"
    r"\bwriting (?:(?:a|an|the|my|this|that|some|up|back|out)\s+)?(?:[\w-]+\s+)?(?:e-?mails?|"
    r"letters?|reports?|essays?|code|tests?|functions?|scripts?|quer(?:y|ies)|proposals?|"
    r"messages?|speech|toast|cards?|notes?|reviews?|complaints?|cv|resume|bio|posts?|captions?|"
    r"invoices?|docs|documentation|specs?|tickets?|texts?|thank-you|cover letter)\b|"
    r"\breading (?:(?:the|my|this|that|your)\s+)?(?:docs|documentation|manual|contract|"
    r"instructions|e-?mails?|messages?|terms|fine print|labels?|menu|reports?|logs?)\b|"
    r"\bcooking (?:dinner|lunch|breakfast|tonight|for (?:\d+|my|the|a|two|four|six|eight|ten))\b|"
    # a language's name said of people or things: "facts to tell German tourists"
    r"\b(?:french|german|spanish|italian|japanese|korean|portuguese|mandarin)\s+(?:tourists|"
    r"people|guests|visitors|customers|clients|colleagues?|friends?|family|food|restaurants?|"
    r"fries|toast|bread|wine|cheese|dish|press|cars?|company|market|border|news|keyboard|"
    r"version|site|website|shepherd|omelett?e)\b")

INTEREST_PHRASES = frozenset({
    "board games", "card games", "graphic design", "horse riding", "horseback riding",
    "ice skating", "jewelry making", "martial arts", "model trains", "mountain biking",
    "music production", "rock climbing", "roller skating", "scuba diving", "stand-up comedy",
    "table tennis", "tai chi", "trail running", "wine tasting", "bread making", "home brewing",
    "video games", "3d printing", "art history", "formula 1", "vinyl records", "bird watching",
    "ham radio", "amateur radio", "fly fishing", "ice hockey", "figure skating", "disc golf",
    "ultimate frisbee", "stained glass", "candle making", "soap making", "rc cars",
    "tabletop games", "escape rooms", "muay thai", "stand up paddling", "model building",
    "coin collecting", "stamp collecting", "open water swimming",
})


# -- value checks (agent.memory.values) -------------------------------------------------------
# Lower-case particles inside personal names (Ludwig van Beethoven, Ana de Armas).
NAME_PARTICLES = frozenset("de da do dos das del della di du van von der den ten ter la le al "
                           "el bin ibn y".split())
NOT_NAMES = frozenset("""
i i'm im me my you your he she it we they this that there here same new just not so very
really sure fine okay ok good great glad happy sorry tired busy ready back home done going
thanks thank hi hey hello yes no well also still already actually definitely totally
someone somebody anyone everyone nobody user assistant friend buddy mate dude bro sis man
""".split())
COMMON_ADJECTIVES = frozenset("awesome great good nice cool amazing important tough hard "
                              "easy fun new old big small".split())
FUNCTION_WORDS = frozenset("""
a an the and or but of to in on at for with from by as is are was were be been am what which
who whom whose how when where why that this these those it its them their they her him his
there here all some any so such just really very too
""".split()) | NOT_NAMES

# -- interest evidence (agent.memory.topics) -------------------------------------------------
# Someone else's activity ("my son plays chess") is not the user's interest.
OTHER_SUBJECT = re.compile(r"\b(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|kids?|children|wife|"
                           r"husband|partner|friends?|brother|sister|mom|mum|dad|mother|father|"
                           r"boss|colleague|coworker|neighbou?r|girlfriend|boyfriend|cousin|"
                           r"aunt|uncle|grandma|grandpa|niece|nephew)\b(?!\s+and\s+I\b)", F)


# Words of work: an organisation the span reader finds is an employer only beside one
# ("first week at Bosch, the new team is nicer"), not any company named ("heard great things
# about Universal Studios").
# Where a job title sits in a first-person statement, whatever the title: "I'm a night-shift
# security guard at a hospital", "I work as an English teacher", "my day job is pharmacist".
# The title is read up to the first word that ends it; the clause classifier says whether the
# clause states a role at all (``GatedExtractor._roles``).
_TITLE_WORDS = r"(?P<v>[\w&/'-]+(?:\s+[\w&/'-]+){0,4}?)"
# When or how someone works, between "I work" and "as": "I work nights as a nurse".
WORK_WHEN = (r"(?:nights|days|weekends|evenings|mornings|part[- ]time|full[- ]time|remotely|"
             r"freelance|mostly|currently|there|here)")
ROLE_PHRASE = re.compile(
    # "ugh, night shift again. being an ICU nurse in January is something else"
    r"(?:^\W*(?:(?:ugh|so|and|but|well|honestly|tbh|yeah|man)\W+)*being\s+(?:a|an)|"
    r"\b(?:I'm|I am|im|I've been|I have been)\s+(?:(?:now|officially|currently|actually|"
    r"still|just|basically|finally|technically|proudly|also)\s+)*(?:a|an)|"
    r"\b(?:I (?:now )?work(?: " + WORK_WHEN + r")? as|I'm working as|I am working as|"
    r"working as|my (?:day |real )?job is|my (?:day |real )?job as|my job title is|"
    r"(?:I |I'll |I'm )?(?:start|starting)(?: (?:on |in |next )?\w+)? as)(?:\s+(?:a|an))?)\s+" +
    _TITLE_WORDS +
    r"(?=\s*(?:$|[^\w\s'’-]|\s+(?:at|for|in|with|from|on|so|and|but|who|that|which|living|"
    r"based|since|lol|haha|btw|tbh|by|now|here|because|&|of|to|until|when|while|and|is|"
    r"means|makes)\b))", F)

# "I work in HR at a hospital", "I work in logistics": the field, where the classifier says role.
# Fields of work named on their own ("I do HR at Wipro", "IT" answering "what do you do?").
FIELD_NAMES = (r"HR|IT|PR|QA|UX|admin|payroll|accounts|marketing|sales|recruiting|recruitment|"
               r"logistics|procurement|compliance|tech|finance|retail|hospitality|healthcare|"
               r"education|law|construction|insurance")
WORK_FIELD = re.compile(r"\bI(?: mostly| currently| now)? work in "
                        r"(?P<v>[\w&/-]+(?:\s+[\w&/-]+){0,2}?)"
                        r"(?=\s*(?:$|[,.;:!?()—–]|\s+(?:at|for|with|and|so|but|since|as|on|"
                        r"in|now|lol)\b))", F)

# A workplace named by its kind: "I work at a bakery in town", "just started working in a
# care home": the job as the user gives it, when no title is said.
WORKPLACE_KIND = re.compile(
    r"\bI(?:'ve| have)?(?: just| now| currently| recently)? (?:work|started working|"
    r"(?:am|'m) working|got a job|work part-time|work full-time) (?:at|in) "
    r"(?P<v>an? (?:[\w-]+ ){0,2}?(?:bakery|caf[eé]|coffee shop|shop|store|restaurant|bar|pub|"
    r"hotel|hospital|school|warehouse|factory|garage|salon|bank|clinic|pharmacy|nursery|"
    r"supermarket|call cent(?:re|er)|farm|gym|library|daycare|kindergarten|startup|agency|"
    r"law firm|care home|nursing home|vet(?:'s|erinary practice)?|bookshop|bookstore|"
    r"hair salon|kitchen|laboratory|lab))\b", F)
WORK_CUE = re.compile(r"\b(?:work\w*|job|jobs|joined|join|hired|employ\w*|intern\w*|company|"
                      r"team|office|boss|manager|colleagues?|coworkers?|shifts?|career|"
                      r"trabaj\w*|trabalh\w*|arbeit\w*|bei|chez|travaill\w*|boulot|lavor\w*|"
                      r"werk\w*|baan|pracuj\w*|pracy|jobb\w*|kerja|bekerja|çalış\w*)\b|"
                      # years at a firm: "been at Accenture 4 yrs", "6 years at Ocado now"
                      r"\bbeen (?:at|with) [^,.;!?]{2,40}?\b(?:\d+|a few|several|many) "
                      r"(?:yrs?|years?)\b|\b(?:\d+|a few|several|many) (?:yrs?|years?) "
                      r"(?:at|with) (?-i:[A-Z])", F)

# What comes right before a name the span reader may take for the user's own: a naming cue,
# "I'm" in any of the languages read, or nothing (the clause starts with it).
NAME_BEFORE = re.compile(r"(?:^|\b(?:I'm|I am|im|it's|its|this is|ich bin|je suis|soy|sou|sono|"
                         r"jestem|ik ben|jag heter|jag är|aku|saya|ako si|ben)\W*|"
                         r"\b(?:name(?:'s| is)?|call me|me llamo|je m'appelle|heiße|heisse|heet|"
                         r"chamo|chiamo|nazywam się|mam na imię)\W*)$", F)

# The words that spare something from a wide request ("forget everything except my name").
SPARE_WORDS = r"except(?: for)?|but|apart from|other than|besides|save for"

# Words that sign a letter the user asks for with the name that follows: "sign it Jamal Reed",
# "put my name on it, Sam Okafor", "Unterschrift: Katrin Vogel", "Signe Margaux Lefèvre",
# "con mi nombre: Valeria Gómez", "署名は Misaki Sato".
SIGN_CUE = (r"(?:\bsign(?:ed)?(?:\s+(?:it|off|this|that|the \w+))?(?:\s+(?:as|with))?|"
            r"\bput my name(?:\s+on it)?|\bmy name(?=\s*:|\s+(?-i:[A-Z]))|\bunterschrift|"
            r"\bunterschreib\w*(?:\s+mit)?|\bsigne[rz]?|\bfirma(?:lo|la)?(?:\s+como)?|"
            r"\bassin(?:a|e|ado)(?:\s+como)?|\bcon mi nombre|\bcom (?:o )?meu nome|"
            r"\bpodpis(?:z)?|\bonderteken(?:ing|en)?(?:\s+met)?|署名は)")

# Words that say the next word is the speaker's name, in the languages the rules read ("my
# name is", "call me", "je m'appelle" ...): unlike a bare "I'm X", the value is labelled.
NAME_CUE = (r"(?:my name(?:'s| is|,)|(?<!his )(?<!her )(?<!its )(?<!their )name's|"
            r"(?:you can |please |just )?call me|people call me|"
            r"everyone calls me|i go by|i'm called|i am called|address me as|refer to me as|"
            r"my (?:new )?nickname(?: is)?,?|"
            r"(?:start )?(?:using|use) my (?:new |real |actual |full )?(?:nick)?name,?|"
            r"me llamo|mi nombre es|je m'appelle|mon nom est|llámame|zeg maar|noem me(?: maar)?|"
            r"mon prénom est|ich hei(?:ß|ss)e|hei(?:ß|ss)e ich(?: jetzt| nun)?|mein name ist|"
            r"meu nome é|eu me chamo|me chamo|chamo-me|naitwa|jina langu ni|em dic|el meu nom és|"
            r"me chamar de|appelle-moi|nenn mich|mi chiamo|chiamami|il mio nome è|ik heet|"
            r"mijn naam is|noem me|nazywam się|mam na imię|mów mi|mów do mnie|jag heter|kalla mig|"
            r"jeg hedder|jeg heter|kald mig|kall meg|jmenuji se|jmenuju se|říkej mi|"
            r"mă numesc|ma numesc|numele meu (?:este|e)|spune-mi|nama saya|nama aku|namaku|"
            r"panggil aku|panggil saya|mera naam|meri naam|benim adım|adım|ismim|"
            # Arabic in Latin letters (Levantine, Egyptian, Darija): "ana esmi Rami"
            r"(?:ana )?(?:esmi|ismi|2esmi)|smiti|smiya dyali|"
            r"ang pangalan ko ay|tawagin mo akong|(?:tôi|mình|em|anh|tớ) tên là|"
            r"tên (?:tôi|mình|em|anh|tớ) là|gọi (?:tôi|mình|em|anh|tớ) là|me lene|"
            r"(?:minun )?nimeni on|(?:em|minh|toi|anh) ten la|a nevem)")
