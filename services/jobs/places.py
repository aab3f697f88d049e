"""Where a job is and where the user wants to work: municipalities, postcodes and distances.

``data/municipalities.csv`` holds the municipalities the service knows, each with its centre
(latitude, longitude) and the postcodes that lie in it. A postcode is placed at its
municipality's centre, so "within 20 km of 0557" means "within 20 km of Oslo's centre":
good enough to tell Oslo from Drammen, not street by street. A postcode or municipality
that is not in the table cannot be placed, and a radius wish does not match it.
"""
import csv
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "municipalities.csv"
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Municipality:
    name: str
    county: str
    latitude: float
    longitude: float
    postcodes: tuple[str, ...]


@lru_cache(maxsize=1)
def municipalities() -> dict[str, Municipality]:
    """The known municipalities by their name in lower case."""
    with DATA.open(encoding="utf-8") as file:
        rows = [Municipality(row["municipality"], row["county"], float(row["latitude"]), float(row["longitude"]),
                             tuple(row["postcodes"].split())) for row in csv.DictReader(file)]
    return {m.name.casefold(): m for m in rows}


@lru_cache(maxsize=1)
def _by_postcode() -> dict[str, Municipality]:
    return {code: m for m in municipalities().values() for code in m.postcodes}


def municipality_named(name: str | None) -> Municipality | None:
    return municipalities().get((name or "").strip().casefold())


def municipality_of_postcode(postcode: str | None) -> Municipality | None:
    return _by_postcode().get((postcode or "").strip())


def distance_km(a: Municipality, b: Municipality) -> float:
    """Great-circle distance between two municipality centres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def place_of_location(location: dict) -> Municipality | None:
    """A feed ``workLocation``'s municipality, by its postcode or else by its municipality's name."""
    return municipality_of_postcode(location.get("postalCode")) or municipality_named(location.get("municipal"))


def place_name(location: dict) -> str:
    """The name an SMS gives a work location: its municipality ("Oslo"), else the feed's own words."""
    place = place_of_location(location)
    if place is not None:
        return place.name
    return (location.get("municipal") or location.get("city") or "").strip().title()


def first_place(locations: list[dict]) -> str:
    return next((name for name in map(place_name, locations) if name), "")
