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
    "product manager|pm|devops|sales rep|youtuber|streamer|podcaster|blogger|influencer"
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
    "surfing": r"surf(?:ing|board)s?",
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
