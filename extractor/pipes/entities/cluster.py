"""Document-level reasoning: mentions grouped per referent, one label per group by weighted votes.

Names are linked when the article itself shows they are one referent: the same
name; a surname (or a shorter form of a personal name) after or before the full
name; an acronym defined as "Long Name (LN)", or a known expansion; a short
form that starts a longer organisation name ("Wagner" / "Wagner group"); a place
name and its designator form ("Unity" / "Unity State"). The group's label is the
one with most evidence over all its mentions; names that the model missed are
then found again in the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc

from extractor.casing import shouted
from extractor.pipes.entities.gazetteer import MEDIUM, Gazetteer
from extractor.pipes.entities.patterns import lexicon, word_class

PLACE_LABELS = ("GPE", "LOC", "FAC")
# capitalised head words of bodies ("Senate", "Committee", "Army"), from the factory's lexicon
ORG_HEADS = lexicon("org_heads.txt")
# last words of a market index's name: "Nasdaq" alone is the exchange, not "Nasdaq Composite Index"
_INDEX_WORDS = frozenset({"index", "average", "composite"})
KIN_NOUNS = lexicon("kin_nouns.txt")
_PARTICLES = frozenset("al el bin ibn abu de da di del della van von der le la du dos das ben".split())
_PLACE_SUFFIXES = frozenset("state county province region district city".split())
# normalised street words after a street's own name: its first word alone is a short form of it
_STREET_WORDS = frozenset("street st avenue ave aves road rd boulevard blvd".split())
# generational suffixes that end a full name but are not the surname: "Arcade Joseph Comeaux Jr."
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
# a company's legal form at the end of its name: "Conseco Inc.", "Erbamont N.V.", "Montedison S.p.A."
COMPANY_END = re.compile(
    r"\s(?:" + "|".join(map(re.escape, sorted(word_class("company_suffixes"), key=len, reverse=True))) + r")\.?$"
)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    votes: dict[str, float] = field(default_factory=dict)
    source: str = "ner"
    label: str = ""
    designator: str | None = None
    defines: str | None = None
    kind: str | None = None  # label fixed by a designator phrase ("Island of Qeshm": LOC)


@dataclass
class EntityCluster:
    label: str
    canonical: str
    mentions: list[Mention] = field(default_factory=list)
    extra_aliases: list[str] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        seen: list[str] = []
        for name in [m.text for m in self.mentions] + self.extra_aliases:
            if name != self.canonical and name not in seen:
                seen.append(name)
        return seen


def normalise(name: str) -> str:
    """Key for comparing names: NFKC, case-folded, no leading 'the', no punctuation."""
    name = unicodedata.normalize("NFKC", name).casefold()
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"[^\w\s+]", " ", name)  # "Google+" is not "Google"
    return " ".join(name.split())


def best_label(votes: dict[str, float]) -> str:
    """Arg-max label; the pseudo-label PLACE goes to the best of GPE/LOC/FAC (GPE by default)."""
    votes = dict(votes)
    place = votes.pop("PLACE", 0.0)
    if place:
        target = max(PLACE_LABELS, key=lambda lab: (votes.get(lab, 0.0), lab == "GPE"))
        votes[target] = votes.get(target, 0.0) + place
    if not votes:
        return "ORG"
    return max(sorted(votes), key=lambda lab: votes[lab])


@dataclass
class _Name:
    """One normalised name and its mentions. Read only once all mentions are in: the pairwise linking
    asks for text, words and label thousands of times, so each is worked out once."""

    key: str
    mentions: list[Mention]
    votes: dict[str, float]

    @cached_property
    def text(self) -> str:
        return max((m.text for m in self.mentions), key=lambda t: (sum(c.isupper() for c in t[1:]) == 0, len(t)))

    @cached_property
    def words(self) -> list[str]:
        return self.key.split()

    @cached_property
    def label(self) -> str:
        return best_label(self.votes)

    @cached_property
    def quoted(self) -> frozenset[str]:
        """Quoted words inside the name, normalised: a nickname in 'Jose Luis "Sepy" Orozco'."""
        return frozenset(normalise(q) for q in _QUOTED.findall(self.text)) if '"' in self.text or "“" in self.text \
            else frozenset()


def _person_core(words: list[str]) -> list[str]:
    core = [w for w in words if w not in _PARTICLES]
    while len(core) > 1 and core[-1] in NAME_SUFFIXES:
        core = core[:-1]
    return core


def cluster_mentions(
    doc: Doc, mentions: list[Mention], gaz: Gazetteer, allowed: Callable[[Doc, int, int], bool],
    loose: list[tuple[int, int]] = (), nicknames: list[tuple[int, int]] = (),
    first_names: frozenset[str] = frozenset(),
) -> list[EntityCluster]:
    names: dict[str, _Name] = {}
    for m in mentions:
        key = normalise(m.text)
        if not key:
            continue
        n = names.setdefault(key, _Name(key, [], defaultdict(float)))
        n.mentions.append(m)
        for lab, w in m.votes.items():
            n.votes[lab] += w

    parent: dict[str, str] = {k: k for k in names}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(short: str, long: str) -> None:
        a, b = find(short), find(long)
        if a != b:
            parent[a] = b

    surname_links: set[str] = set()
    product_links: set[str] = set()
    ordered = sorted(names.values(), key=lambda n: (-len(n.words), -len(n.key)))
    # given names that open exactly one full personal name of the article: "Alice" after "Alice McMeekin"
    openers: dict[str, list[str]] = defaultdict(list)
    for n in ordered:
        core = _person_core(n.words)
        if n.label == "PERSON" and len(core) > 1 and n.mentions[0].text[:1].isupper():
            openers[core[0]].append(n.key)
    given = {k: v[0] for k, v in openers.items() if len(set(v)) == 1}
    text = doc.text if given else ""
    # acronym definitions: the short form names the long form's referent
    for n in names.values():
        for m in n.mentions:
            if m.defines:
                short = normalise(m.defines)
                if short in names:
                    union(short, n.key)
    expanded = {n.key for n in ordered if any(m.text in gaz.expansions for m in n.mentions)}
    company_links = _company_short_forms(ordered, gaz)
    for short, long in company_links.items():
        union(short, long)
    for short in ordered:
        if short.key in company_links:
            continue
        full = given.get(short.key)
        if full is not None and _given_name_of(short, names[full], gaz, first_names, text):
            surname_links.add(short.key)
            union(short.key, full)
            continue
        for long in ordered:
            shorter = len(long.words) <= len(short.words) and len(long.key) <= len(short.key)
            if shorter and long.key not in expanded:
                continue
            if _linked(short, long, gaz):
                if short.label != "PERSON" and long.label == "PERSON" or _nickname_of(short, long):
                    surname_links.add(short.key)
                elif long.label == "PRODUCT" and short.label != "PRODUCT":
                    product_links.add(short.key)
                union(short.key, long.key)
                break

    # a misspelt place name: two adjacent letters swapped ("Browsnville" / "Brownsville")
    places = [n for n in ordered if n.label in PLACE_LABELS and len(n.words) == 1 and len(n.key) >= 7]
    for i, a in enumerate(places):
        for b in places[i + 1 :]:
            if _swapped(a.key, b.key):
                union(a.key, b.key)

    # one name spelt two ways: "Taleban" / "Taliban", "World Food Program" / "World Food Programme"; an
    # organisation's name with and without a plural or possessive "s" ("Acme Foods" / "Acme Food's")
    variants = [n for n in ordered if len(n.key) >= 7 and n.key[:1].isalpha()]
    for i, a in enumerate(variants):
        for b in variants[i + 1 :]:
            if (
                a.key[0] == b.key[0] and len(a.words) == len(b.words) and find(a.key) != find(b.key)
                and not (a.label == b.label == "PERSON") and not (gaz.get(a.text) and gaz.get(b.text))
                and (_spelling_variant(a.words, b.words)
                     or "ORG" in (a.label, b.label) and _s_variant(a.words, b.words))
            ):
                union(a.key, b.key)

    # one party or people in its forms: "Democrat" / "Democrats" / "Democratic", "Greek" / "Greeks",
    # "African-American" / "African-Americans" (a hyphenated name is one word of the text)
    by_base: dict[str, str] = {}
    for n in ordered:
        if n.label == "NORP" and " " not in n.text:
            for base in _norp_bases(n.key):
                union(by_base.setdefault(base, n.key), n.key)

    groups: dict[str, list[_Name]] = defaultdict(list)
    for k in names:
        groups[find(k)].append(names[k])

    clusters: list[EntityCluster] = []
    for members in groups.values():
        votes: dict[str, float] = defaultdict(float)
        for n in members:
            if n.key in surname_links:
                votes["PERSON"] += len(n.mentions)
            elif n.key in company_links:
                votes["ORG"] += len(n.mentions)
            elif n.key in product_links:
                votes["PRODUCT"] += len(n.mentions)
            else:
                for lab, w in n.votes.items():
                    votes[lab] += w
        label = best_label(votes)
        kinds = [m.kind for n in members for m in n.mentions if m.kind]
        if kinds:
            label = max(sorted(set(kinds)), key=kinds.count)  # the designator says what the place is
        ms = sorted((m for n in members for m in n.mentions), key=lambda m: m.start)
        for m in ms:
            m.label = label
        clusters.append(EntityCluster(label, _canonical(ms), ms))

    _join_nicknames(clusters, nicknames, doc.text)
    _add_missed(doc, clusters, allowed, loose)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
        c.canonical = _canonical(c.mentions, gaz, loose)
        if c.label == "NORP" and all(" " not in m.text for m in c.mentions):
            c.canonical = min((m.text for m in c.mentions), key=lambda t: (len(t), t))  # "Democrat", "Greek"
        extra = [m.designator for m in c.mentions if m.designator]
        for m in c.mentions:
            exp = gaz.expansions.get(m.text)
            if exp:
                extra.append(exp)
        c.extra_aliases = list(dict.fromkeys(x for x in extra if x != c.canonical))
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def _norp_bases(key: str) -> set[str]:
    """The forms a nationality, people or party shares with its other forms: the word, and the word
    without a plural or adjective ending ("democrats", "democratic" → "democrat"; "hispanics" →
    "hispanic"). Two forms with a base in common name one group."""
    return {key} | {key[: -len(end)] for end in ("s", "es", "ic") if key.endswith(end) and len(key) > len(end) + 2}


def _canonical(ms: list[Mention], gaz: Gazetteer | None = None, loose: list[tuple[int, int]] = ()) -> str:
    """The fullest name used: most words, then longest, then written outside a headline (``loose``: a
    title-case headline's "Acmes Food" is a slip beside the article's "Acme Foods"), then first.

    A generic end of an acronym's expansion is no fuller name: with "NYPD" (New York City Police
    Department) and "the Police Department" in the text, the canonical is "NYPD".
    """
    if gaz is not None:
        tails = [normalise(gaz.expansions[m.text]).split() for m in ms if m.text in gaz.expansions]
        if tails:
            def generic(m: Mention) -> bool:
                w = normalise(m.text).split()
                return any(len(t) > len(w) and t[-len(w) :] == w for t in tails)

            named = [m for m in ms if not generic(m)]
            ms = named or ms
    # a name shouted in an all-caps dateline or headline ("NAIROBI, Kenya (AP)") is the article's
    # typography, not its spelling: when the same name is also written in mixed case, that form wins
    mixed = {normalise(m.text) for m in ms if not m.text.isupper()}
    if mixed:
        written = [m for m in ms if not (m.text.isupper() and normalise(m.text) in mixed)]
        ms = written or ms
    return max(ms, key=lambda m: (len(m.text.split()), len(m.text), not any(a <= m.start < b for a, b in loose),
                                  -m.start)).text


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w[0].isupper())


_QUOTED = re.compile(r"[\"“]([^\"“”]{1,40})[\"”]")


def _given_name_of(short: _Name, full: _Name, gaz: Gazetteer, first_names: frozenset[str], text: str = "") -> bool:
    """A lone given name used after the full name, when the article has one person of that given name:
    "Alice" after "Alice McMeekin" (even though Alice is also a small town somewhere). Before the full
    name only as a relative's name ("his wife, Alice", "her son Tom"): the family is already named.

    Not when the word is a strong place name ("Georgia") or the model calls it something else
    strongly and it is no common given name.
    """
    if len(short.words) != 1 or short.text in (None, "") or not short.text[:1].isupper():
        return False
    first = min(short.mentions, key=lambda m: m.start)
    if first.start < min(m.start for m in full.mentions):
        kin = re.search(r"\b(\w+),? $", text[max(0, first.start - 30) : first.start])
        if kin is None or kin.group(1).lower() not in KIN_NOUNS:
            return False  # the full name must come first
    known = gaz.get(short.text)
    if known and known[1] >= 3.0:
        return False
    if short.label == "PERSON" or short.text in first_names:
        return True
    # "Wang" after "Wang Donghai": a first word that is no common given name is a family name written
    # first (Chinese, Korean, Hungarian order), whatever the model called it alone
    return (
        len(full.words) == 2 and first.start > min(m.start for m in full.mentions) and not known
        and max(short.votes.values(), default=0.0) < 3.0
    )


def _nickname_of(short: _Name, long: _Name) -> bool:
    """'Sepy' and 'Jose Luis "Sepy" Orozco': a quoted nickname inside a full personal name."""
    return long.label == "PERSON" and short.key in long.quoted


def _join_nicknames(clusters: list[EntityCluster], spans: list[tuple[int, int]], text: str) -> None:
    """'known by the nickname "Sepy"': the nickname names the person mentioned last before it."""
    for s, e in spans:
        people = [(m.end, c) for c in clusters if c.label == "PERSON" for m in c.mentions if m.end <= s]
        if not people:
            continue
        person = max(people, key=lambda p: p[0])[1]
        own = next((c for c in clusters if any(m.start == s and m.end == e for m in c.mentions)), None)
        if own is person:
            continue
        if own is None:
            person.mentions.append(Mention(s, e, text[s:e], {}, "nickname", "PERSON"))
            continue
        if any(m.label != own.label or m.text != text[s:e] for m in own.mentions if m.start != s):
            continue  # the same words name something else elsewhere in the article
        for m in own.mentions:
            m.label = "PERSON"
        person.mentions.extend(own.mentions)
        clusters.remove(own)


def _company_short_forms(ordered: list[_Name], gaz: Gazetteer) -> dict[str, str]:
    """Short forms of company names that end in a legal form: "Conseco" after "Conseco Inc.", "Ralston"
    after "Ralston Purina Co.", whatever label the model gave the short form alone (a surname, a small
    town). The short form is the whole name before the legal form, or the start of exactly one such name;
    never a nationality or a well-known place ("British" in "British Petroleum Co.", "U.S." in
    "U.S. Trust Corp.")."""
    bases: list[tuple[list[str], str]] = []
    for n in ordered:
        m = COMPANY_END.search(n.text)
        if m and len(n.words) > 1:
            base = normalise(n.text[: m.start()]).split()
            if base:
                bases.append((base, n.key))
    if not bases:
        return {}
    out: dict[str, str] = {}
    for short in ordered:
        sw = short.words
        if any(short.key == key for _, key in bases) or not short.text[:1].isupper():
            continue
        known = gaz.get(short.text)
        if known and (known[1] >= MEDIUM or known[0] == "NORP") or "NORP" in short.votes:
            continue
        exact = [key for base, key in bases if base == sw]
        starts = [key for base, key in bases if len(base) > len(sw) and base[: len(sw)] == sw]
        if exact:
            out[short.key] = exact[0]
        elif len(set(starts)) == 1:
            out[short.key] = starts[0]
    return out


# British and American spellings of one word, reduced to one form: "Programme", "Organisation",
# "Labour", "Centre", "Defence"
_SPELLING = (
    (re.compile(r"(?<=\w{4})amme$"), "am"),
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w{2}[^aeiou])our(s|ed|ing)?$"), r"or\1"),
    (re.compile(r"(?<=\w{2}[^aeiou])re$"), "er"),
    (re.compile(r"(?<=\w{3})ence$"), "ense"),
    (re.compile(r"(?<=\w{3})ogue$"), "og"),
)
_DOUBLED = re.compile(r"([a-z])\1+")


def _spelling_key(word: str) -> str:
    for pattern, repl in _SPELLING:
        word = pattern.sub(repl, word)
    return word


def _spelling_variant(a: list[str], b: list[str]) -> bool:
    """Words equal but for spelling: a British/American pattern ("Programme", "Organisation"), a doubled
    letter ("Gadafi" / "Gaddafi"), or, in a word of seven letters or more, one letter inside the word
    ("Taleban" / "Taliban", "Nuremburg" / "Nuremberg"). Never a difference in digits or first letters."""
    differ = False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if x[:1] != y[:1] or not (x.isalpha() and y.isalpha()):
            return False
        differ = True
        if _spelling_key(x) == _spelling_key(y) or (
            min(len(x), len(y)) >= 6 and _DOUBLED.sub(r"\1", x) == _DOUBLED.sub(r"\1", y)
        ):
            continue
        if len(x) != len(y) or len(x) < 7 or x[-1] != y[-1] or sum(p != q for p, q in zip(x, y, strict=True)) != 1:
            return False
    return differ


def s_variant_key(words: list[str]) -> str:
    """The words without a final "s" on any of them: two names with one key are equal but for such an "s"
    ("acme foods" / "acme food", from "Acme Food's")."""
    return " ".join(w[:-1] if w.endswith("s") else w for w in words)


def _s_variant(a: list[str], b: list[str]) -> bool:
    """Names of two words or more whose words are equal but for a final "s" on some of them: a slip between
    the plural and the possessive, one name."""
    return len(a) > 1 and a != b and s_variant_key(a) == s_variant_key(b)


def _swapped(a: str, b: str) -> bool:
    """Equal but for one pair of adjacent letters swapped (a typing slip)."""
    if len(a) != len(b) or a == b or a[0] != b[0]:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _linked(short: _Name, long: _Name, gaz: Gazetteer) -> bool:
    """Does the shorter name refer to the same thing as the longer one?"""
    s_lab, l_lab = short.label, long.label
    sw, lw = short.words, long.words
    if _nickname_of(short, long):
        return True
    # personal names: surname / shorter variant of a full name
    if l_lab == "PERSON" and len(lw) > 1:
        core_s, core_l = _person_core(sw), _person_core(lw)
        strong_other = any(w >= 3.0 for lab, w in short.votes.items() if lab not in ("PERSON",)) and len(sw) > 1
        if core_s and core_s[-1] == core_l[-1] and set(core_s) <= set(core_l) and not strong_other:
            if s_lab == "PERSON" or len(core_s) == 1:
                return True
    # "Ms. Atimadi" after "Homira Atimadi", which the model alone read as something else: an honorific
    # makes the surname a person, and the full name with it when nothing strong says otherwise
    if (
        s_lab == "PERSON" and l_lab != "PERSON" and len(sw) == 1 and 2 <= len(lw) <= 3 and lw[-1] == sw[0]
        and short.votes.get("PERSON", 0.0) >= 3.0 and max(long.votes.values(), default=0.0) < 3.0
        and all(w[:1].isupper() for w in long.text.split())
    ):
        return True
    # acronym of a longer organisation name (same label), or a known expansion
    stext = short.text
    if stext.endswith(".") and " " not in stext and stext in gaz.expansions:
        return normalise(gaz.expansions[stext]) == long.key  # "Tex." / "Texas": a known abbreviation
    if stext.isupper() and len(stext) >= 2 and " " not in stext:
        exp = gaz.expansions.get(stext)
        if exp is not None:
            return normalise(exp) == long.key
        initials = _acronym(long.text.replace("-", " ").split())
        if s_lab == l_lab == "ORG" and initials == stext.replace(".", ""):
            return True  # "S.E.C." after "Securities and Exchange Commission": the dots do not count
    # short form at the start of a longer organisation name: "Wagner" / "Wagner group"
    if (
        s_lab == l_lab and l_lab in ("ORG", "FAC") and lw[: len(sw)] == sw and len(sw) < len(lw)
        and not (len(sw) == 1 and short.text in ORG_HEADS)
        and (lw[-1] not in _INDEX_WORDS or not _INDEX_WORDS.isdisjoint(sw))  # "Nasdaq" is not its index
    ):
        return True  # but "Senate" alone is not "Senate Appropriations Committee"
    # "Senate" / "United States Senate": a body's own head word after the place it belongs to
    if (
        len(sw) == 1 and short.text in ORG_HEADS and l_lab == "ORG" and len(lw) > 1 and lw[-1] == sw[0]
        and (gaz.get(long.text.rsplit(" ", 1)[0]) or ("",))[0] == "GPE"
    ):
        return True
    # a product and its bare name after the company's: "Keep" / "Google Keep"
    if (
        l_lab == "PRODUCT" and len(lw) > len(sw) and lw[-len(sw) :] == sw
        and (gaz.get(" ".join(long.text.split()[: len(lw) - len(sw)])) or ("",))[0] == "ORG"
    ):
        return True
    # the generic end of an organisation's full name: "the Police Department" / "NYPD" (New York City
    # Police Department), "Supreme Court" / "Brooklyn Supreme Court"
    if s_lab == l_lab == "ORG" and len(sw) >= 2:
        clean = all(w[:1].isupper() or w in ("of", "and", "for", "&") for w in long.text.split())
        fulls = [lw] * clean + [normalise(gaz.expansions[m.text]).split()
                                for m in long.mentions if m.text in gaz.expansions]
        if any(len(f) > len(sw) and f[-len(sw) :] == sw for f in fulls):
            return True
    # the short form of a street: "Nostrand" / "Nostrand Avenue", "Snyder" / "Snyder Ave"
    if l_lab == "FAC" and len(sw) == 1 and len(lw) == 2 and lw[0] == sw[0] and lw[1] in _STREET_WORDS:
        known = gaz.get(short.text)
        if not (known and known[1] >= 3.0):
            return True
    # a place and its "Designator of" form: "Qeshm" / "Island of Qeshm"
    if len(lw) == len(sw) + 2 and lw[1] == "of" and lw[2:] == sw and any(m.kind for m in long.mentions):
        return True
    # a place and its designator form: "Unity" / "Unity State"
    if l_lab in PLACE_LABELS and s_lab in PLACE_LABELS and len(lw) == len(sw) + 1:
        if lw[: len(sw)] == sw and lw[-1] in _PLACE_SUFFIXES:
            return True
    return False


def _add_missed(doc: Doc, clusters: list[EntityCluster], allowed: Callable[[Doc, int, int], bool],
                loose: list[tuple[int, int]] = ()) -> None:
    """Occurrences of a name already found in the document that the model missed become mentions."""
    forms: dict[str, EntityCluster] = {}
    for c in clusters:
        for m in c.mentions:
            if len(m.text) >= 2 and m.text[:1].isupper():
                forms.setdefault(m.text, c)
    # the surname of a full personal name, used alone after it ("Carrasquillo ordered Lopez to the roof"),
    # when no other person or name of the article shares it
    surnames: dict[str, list[EntityCluster]] = defaultdict(list)
    for c in clusters:
        if c.label != "PERSON":
            continue
        for m in c.mentions:
            words = m.text.split()
            core = _person_core([w.casefold().strip(".,") for w in words])
            if len(words) > 1 and len(core) > 1:
                last = next((w for w in reversed(words) if w.casefold().strip(".,") == core[-1]), "")
                if len(last) >= 3 and last[:1].isupper() and last[1:].islower() and last.isalpha():
                    surnames[last].append(c)
    first_seen = {id(c): min(m.start for m in c.mentions) for c in clusters}
    surname_of: dict[str, EntityCluster] = {}
    for name, owners in surnames.items():
        if len({id(c) for c in owners}) == 1 and name not in forms:
            surname_of[name] = owners[0]
            forms[name] = owners[0]
    if not forms:
        return
    text = doc.text
    taken = bytearray(len(text))
    for c in clusters:
        for m in c.mentions:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    # a name shouted in an all-caps headline ("SMITH RETIRES", "ROVERS SIGN DOE"): its upper-case form,
    # matched only inside such lines
    upper_forms = {f.upper(): f for f in forms if len(f) >= 3 and f.upper() != f}
    pattern = re.compile(
        r"(?<![\w])(?:" + "|".join(re.escape(f) for f in sorted({*forms, *upper_forms}, key=len, reverse=True))
        + r")(?![\w])"
    )
    for match in pattern.finditer(text):
        s, e = match.span()
        if any(taken[s:e]) or not allowed(doc, s, e):
            continue
        caps = match.group(0) not in forms
        if caps and not _caps_line(text, s):
            continue
        if not caps and not any(a <= s < b for a, b in loose) and _inside_longer_name(text, s, e):
            continue
        form = upper_forms[match.group(0)] if caps else match.group(0)
        c = forms[form]
        if form in surname_of and s < first_seen[id(c)] and not caps:
            continue  # a surname alone before the full name may be someone else
        c.mentions.append(Mention(s, e, match.group(0), {}, "added", c.label))
        taken[s:e] = b"\x01" * (e - s)


def _caps_line(text: str, pos: int) -> bool:
    """Is the line around pos an all-caps line?"""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return shouted(text[a : b if b >= 0 else len(text)])


def _inside_longer_name(text: str, s: int, e: int) -> bool:
    """Capitalised words glued to the match (not across a line end) mean a longer, unknown name."""
    after = re.match(r"[ \t]+([A-Z][\w-]*)", text[e : e + 40])
    before = re.search(r"([A-Z][\w-]*)[ \t]+$", text[max(0, s - 40) : s])
    if after and after.group(1) not in ("I",):
        return True
    if before:
        word = before.group(1)
        at_sentence_start = re.search(r"(^|[.!?\"“]\s*)" + re.escape(word) + r"[ \t]+$", text[max(0, s - 60) : s])
        return not at_sentence_start
    return False
