"""Word lists the deterministic extractor and policy share.

Kept as data, apart from the rules that use them, so they can grow without touching logic.
"""

from __future__ import annotations

import re

ROLE_WORDS = (
    "engineer|developer|programmer|coder|scientist|analyst|designer|architect|teacher|professor|"
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
    "physiotherapist|physio|paediatrician|pediatrician|hairdresser|optician|hygienist"
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

DIETS = (
    "vegetarian|vegan|pescatarian|pescetarian|vegetariano|vegetariana|végétarien|végétarienne|"
    "vegetarier|vegetarierin|vegano|vegana|végane"
)

PETS = (
    "dog|cat|puppy|kitten|parrot|rabbit|bunny|hamster|horse|turtle|tortoise|snake|lizard|fish|"
    "goldfish|bird|ferret|guinea pig|pony|gecko"
)
# Common dog breeds: people name the breed, not the species ("our beagle Waffles").
DOG_BREEDS = (
    "greyhound|whippet|beagle|labrador|lab|poodle|terrier|spaniel|collie|retriever|husky|"
    "dachshund|corgi|pug|bulldog|chihuahua|shepherd|lurcher|schnauzer|boxer|rottweiler|"
    "doberman|dalmatian|pomeranian|shih tzu|cockapoo|labradoodle|goldendoodle|mutt|pit ?bull"
)
FAMILY = (
    "wife|husband|partner|spouse|fiancé|fiancée|fiance|fiancee|son|daughter|kid|child|baby|"
    "brother|sister|mom|mum|mother|dad|father|grandma|grandmother|grandpa|grandfather|twin|"
    "boyfriend|girlfriend|stepson|stepdaughter"
)
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
    "gardening": r"garden\w*|tomato plants?|compost\w*|seedlings?",
    "baking": r"bak(?:e|ing|ed)|sourdough|pastr(?:y|ies)|croissants?",
    "birdwatching": r"bird ?watching|birding|binoculars for birds",
    "rock climbing": r"rock climbing|bouldering|climbing gym|climbing shoes",
    "guitar": r"guitars?",
    "piano": r"pianos?",
    "running": r"running shoes|marathons?|half[- ]marathons?|\b5k\b|\b10k\b|jogging",
    "cycling": r"cycling|road bikes?|mountain bik\w*|bicycles?",
    "hiking": r"hiking|hikes?|trails?|backpacking",
    "knitting": r"knit\w*|crochet\w*|yarn",
    "woodworking": r"woodwork\w*|carpentry|wood ?turning|lathe",
    "fishing": r"fishing|fly ?fishing|fishing rods?",
    "yoga": r"yoga",
    "cooking": r"cooking|recipes?|cuisine",
    "painting": r"painting|watercolou?rs?|acrylics|oil paint\w*",
    "video games": r"video games?|gaming|playstation|xbox|nintendo|steam deck",
    "anime": r"anime|manga",
    "football": r"football|soccer|premier league",
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
    "sailing": r"sailing|sailboats?",
    "swimming": r"swimming",
    "dancing": r"dancing|salsa|ballet|tango",
    "languages": r"language learning|duolingo",
    "3d printing": r"3d print\w*",
    "robotics": r"robotics|arduino|raspberry pi",
}

# Kin and pet words in the other languages we read ("mi hija se llama ...").
KIN_FOREIGN = (
    "esposa|esposo|marido|mujer|hija|hijo|hermana|hermano|perro|perra|gato|gata|filha|filho|"
    "cachorro|cadela|femme|mari|fille|fils|chien|chienne|chat|chatte|frau|mann|tochter|sohn|"
    "hund|katze|moglie|marito|figlia|figlio|cane|gatto|irmã|irmão|sœur|frère|schwester|bruder"
)

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
    """.split()
)
