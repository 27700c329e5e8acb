"""The ``news_entities`` factory: NER, gazetteers and document-level reasoning, one cluster per referent.

Steps, each general (no rule for one article):

1. Candidates from the model's ``doc.ents``, repaired: titles and roles split off
   PERSON spans (the organisation before a title becomes its own mention),
   PERSON spans cut short extended over the rest of the proper-noun run, ship
   prefixes kept in PRODUCT names, "X group" kept whole, a nationality that
   only premodifies a common noun reduced to the NORP.
2. Gazetteer candidates (countries, capitals, cities, states, regions, IGOs,
   nationalities, landmarks; plus user files), "Long Name (LN)" acronym
   definitions, and pattern candidates (``patterns.py``): products (maker +
   model, maker or designator + vehicle/weapon noun, cartridge names), names
   before a lower-case designator ("Bukit Sama village") or organisation-type
   noun ("the Marfin bank"), lower-case proper names ("eurozone"); names fixed by the words
   around them: "Island of Qeshm" (the designator gives the kind), "the 67th Police Precinct",
   "a gang called 8 Block", every name of a list governed by a place noun ("the villages were
   A, B and C"); and other occurrences of a multi-word name found elsewhere in the article,
   so that "a Hawaiian Gardens apartment" is not read as NORP "Hawaiian". Model spans in
   title-case headlines that the article does not confirm are dropped or trimmed first.
3. Overlaps resolved longest first, so names nested in longer names are no
   mentions of their own; lower-case category words dropped.
4. Evidence per mention (model label, gazetteer weight, head nouns, context
   such as "in X", "X county", "X, Michigan", "Mr X", "the city of X",
   "heading to X", "the X and Y areas", "an X resident", "X, a working-class city",
   "X is among the neighborhoods", "his wife, X", lists with a known place; name shape: a common given name first,
   a middle initial, letters with digits as in a call sign), clustering per
   referent (same name, surname, acronym, short form, designator form), and
   one label per cluster by weighted votes.
5. Mentions that the model missed but that equal a name already found in the
   document are added; canonical = fullest form used. A nickname ('Jose Luis "Sepy" Orozco',
   'known by the nickname "Sepy"') joins the person, and so do its later bare mentions.

Configuration (``nlp.add_pipe("news_entities", config={...})``):
``extra_gazetteers``: list of paths of user gazetteer files, each UTF-8 with one
``name<TAB>LABEL[<TAB>alias]`` entry a line (see ``gazetteer.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from extractor.casing import is_title_case, shouted
from extractor.pipes.base import HANDLE, regions, signoff_pattern
from extractor.pipes.dates.normalise import holidays
from extractor.pipes.entities.acronyms import find_definitions
from extractor.pipes.entities.cluster import (
    COMPANY_END,
    NAME_SUFFIXES,
    Mention,
    cluster_mentions,
    s_variant_key,
)
from extractor.pipes.entities.gazetteer import MEDIUM, STRONG, Gazetteer, capitalised, cased_forms, load_gazetteer
from extractor.pipes.entities.patterns import (
    MONTHS,
    NAME_WORD,
    cartridge_spans,
    first_names,
    lexicon,
    lower_name_spans,
    name_run_before,
    product_nouns,
    product_spans,
    word_class,
)
from extractor.pipes.entities.results import lineup_spans, side_spans
from extractor.record import ENTITY_LABELS
from extractor.resources import load_lines

_PKG = "extractor.pipes.entities"

PLACE_PREPS = {"in": 1.5, "near": 1.5, "into": 1.5, "across": 1.5, "throughout": 1.5, "within": 1.5,
               "inside": 1.5, "outside": 1.5, "towards": 1.0, "toward": 1.0, "from": 0.5, "to": 0.5, "at": 0.5}
PLACE_OF = word_class("place_of")
MOTION_VERBS = word_class("motion_verbs")
PLACE_PLURALS = word_class("place_plurals")
RESIDENT_NOUNS = word_class("resident_nouns")
NAMING_WORDS = word_class("naming_words")
ORDINAL_FAC_HEADS = word_class("ordinal_fac_heads")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth")
GROUP_NOUNS = word_class("group_nouns")
SETTLEMENT_NOUNS = word_class("settlement_nouns")
PLACE_NOUNS = word_class("place_nouns")
ANIMAL_NOUNS = word_class("animal_nouns")
STREET_DIRECTIONS = word_class("street_directions")
FAC_NAME_HEADS = word_class("fac_name_heads")


def _institution_pattern() -> re.Pattern[str]:
    """The end of a name headed by a place that holds people (``data/institution_heads.txt``):
    "State Prison", "Correctional Facility", and "Institution for" followed by its complement."""
    heads = load_lines("institution_heads.txt", package=_PKG)
    ends = "|".join(re.escape(h) for h in heads if not h.endswith(" for"))
    takes = "|".join(re.escape(h) for h in heads if h.endswith(" for"))
    return re.compile(rf"(?<!\S)(?:(?:{ends})$|(?:{takes}) [A-Z])")


INSTITUTION = _institution_pattern()
SPEECH_VERBS = word_class("speech_verbs")
WORK_NOUNS = word_class("work_nouns")
RELATION_NOUNS = word_class("relation_nouns")
LAW_HEADS = word_class("law_heads")
DEFEAT_VERBS = word_class("defeat_verbs")
BODY_NOUNS = word_class("body_nouns")
PERSON_NOUNS = word_class("person_nouns")
EVENT_HEADS = word_class("event_heads")
LANGUAGE_VERBS = word_class("language_verbs")
STAKE_WORDS = word_class("stake_words")
# plural last words of place names ("Golan Heights", "Palm Springs", "Hawaiian Gardens"), never of teams,
# besides those of loc_heads.txt ("Hills", "Falls") and the place plurals ("States", "Provinces")
_PLACE_PLURAL_HEADS = frozenset({"Heights", "Springs", "Gardens", "Lakes", "Isles", "Keys", "Territories", "Emirates",
                                 "Lands", "Fields"})
_WAR_NUMBERS = frozenset({"One", "Two", "I", "II"})  # "World War Two", "World War II"
_PLURAL_VERBS = frozenset({"are", "were", "have"})  # collective agreement: "Harwick are", "Harwick have"
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# a station's or channel's call sign: letters and a channel number in one token ("PIX11", "NBC10")
_CALL_SIGN = re.compile(r"[A-Z]{3,4}\d{1,2}")
_PROPN = POS_IDS["PROPN"]
_NOUN = POS_IDS["NOUN"]
# a nickname introduced as such: 'known by the nickname "Sepy."' (the name without its period)
_NICKNAME = re.compile(
    r"\b(?:nicknamed|nickname|known as|a\.k\.a\.?|aka|alias)\s+[\"“]([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})[.,]?[\"”]"
)
# a quoted nickname inside a full name: 'Robert C. "Bobby" Scott', 'Marcia "Cia" Price'
_INNER_NICKNAME = re.compile(
    r"\b([A-Z][a-z]+(?: (?:[A-Z]\.|[A-Z][a-z]+)){0,3}) [\"“]([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)[\"”]"
    r" ([A-Z][a-z][\w'’-]*)\b"
)
# a lawmaker's party-and-place tag: "(D-Richmond)", "(R-S.C.)"
# a wire credit opening the body: "DUNMORE, Pa.—", "Paris (AFP) – ", "BEIRUT (Reuters) -"
_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})(?:, (?P<state>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?))?"
    r"(?: \((?P<agency>[A-Z][\w .&-]{0,30})\))? ?(?:—|–|--?|(?<=\) )_) ?"
)
# a stock ticker in brackets after a company's name: "Acme (ACME)", "Acme (NYSE: ACME)", "(ACME, Global 100)"
_TICKER = re.compile(r" \((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX):\s?)?([A-Z]{2,5})(?=[,)])")
# a given name glued to the word before it by a lost space or a dash: "led byAnna Berg", "Pa.—John Doe"
_GLUED_NAME = re.compile(r"(?:.*[—–]|by|of|and|for|to|with|from|said)([A-Z][a-z]+)")
# a country tag in brackets after a name, and the two or three name words right before it
_COUNTRY_TAG = re.compile(r" ?\( ?([A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) ?\)")
_TAGGED_NAME = re.compile(rf"(?:^|(?<=[^\w'’.-]))({NAME_WORD}(?: {NAME_WORD}){{1,2}})$")
# one to three initials and a surname: "J. Russell", "A. B. Okoro"
_INITIALS_NAME = re.compile(rf"(?<![\w.’'-])(?:[A-Z]\. ){{1,3}}({NAME_WORD})(?!\w)")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*\s$")
_SCORE = re.compile(r"\d{1,3}-\d{1,3}")  # a score or a tally: "2-0", "56-13"
_INNINGS = re.compile(r"\d{1,3}(?:-\d{1,2})?")  # a side's score in cricket: runs, or runs-wickets
# a name after "aboard" or "on board": a vessel, an aircraft or a train ("on board the Nordic Star")
_ABOARD = re.compile(r"\b(?:[Aa]board|[Oo]n board) (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})(?![\w'’-])")
# a line that only signs a letter or a comment: a handle ("@jane_doe77.") or a name ("Will Roe.")
_SIGNOFF = signoff_pattern(rf"{NAME_WORD}(?: (?:[A-Z]\.|{NAME_WORD})){{1,2}}", re.MULTILINE)
# lower-case words inside a title: "Return of the River Kings", "Face the Nation"
_TITLE_CONNECTORS = frozenset({"in", "of", "the", "a", "an", "and", "to", "for", "on", "at", "with", "from"})
# a quoted title-case run after "on" or a possessive: a programme ('on "Face the Nation"', 'NBC's "Meet the Press"')
_TITLE_WORD = r"[A-Z][\w'’&-]*"
_QUOTED_SHOW = re.compile(
    rf"(?:\bon|\w['’]s) [\"“]({_TITLE_WORD}(?: (?:{_TITLE_WORD}|{'|'.join(sorted(_TITLE_CONNECTORS))}))*"
    rf" {_TITLE_WORD})[.,!?]?[\"”]"
)
_PARTY_TAG = re.compile(r"\([DRI]-([A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})\)")
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"})
_CODE_TOKEN = re.compile(r"[A-Z][A-Za-z]*\d+[A-Za-z]*")  # "NBC10", "WB11": letters and digits in one token
_NAME_TYPES = frozenset({"", "ORG", "GPE", "LOC", "FAC"})  # model types a designator phrase may repair
_DETS = frozenset({"the", "a", "an"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# a possessive "'s" glued to a capitalised word and followed by one: "Sheriff's Department"
_ROLE_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['’]s(?= [A-Z])")
_NAME_PART = re.compile(r"[A-Z][\w'’.-]*")  # a capitalised word inside a name: "Los", "St.", "O'Hare"
_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})
_COMPASS = frozenset("north south east west northeast northwest southeast southwest".split())
# a derived adjective on a name: "trans-Pennine", "pan-African" name no referent
_DERIVED = re.compile(r"(?:[Tt]rans|[Cc]ross|[Pp]an|[Aa]nti|[Pp]ro|[Nn]on)-[A-Z]")


@dataclass
class Cand:
    """A candidate mention: token span, evidence votes, where it came from."""

    start: int  # token index
    end: int  # token index, exclusive
    votes: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    source: str = "ner"  # ner | gaz | acronym | pattern | lower | echo | added
    designator: str | None = None  # "Unity state" when followed by a lower-case designator
    defines: str | None = None  # acronym short form defined right after this long form
    priority: int = 1
    chars: tuple[int, int] | None = None  # exact characters when they do not fall on token bounds
    kind: str | None = None  # label fixed by a designator: "Island of Qeshm" is a LOC

    def add(self, label: str, weight: float) -> None:
        self.votes[label] += weight


@Language.factory(
    "news_entities",
    default_config={"titles_file": "titles.txt", "extra_gazetteers": []},
)
def make_entities(nlp: Language, name: str, titles_file: str, extra_gazetteers: list[str]) -> EntityClusterer:
    return EntityClusterer(
        titles=load_lines(titles_file, package=_PKG),
        gazetteer=load_gazetteer(tuple(str(p) for p in extra_gazetteers)),
        common_words=_dictionary_words(nlp),
    )


def _dictionary_words(nlp: Language) -> frozenset[str]:
    """English common words (the lemma index the model's lemmatizer ships): a lone capitalised word
    that opens a sentence and is one of these is probably no name ("Gunfire erupted ...")."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for words in lookups.get_table("lemma_index").values() for w in words if w.isalpha())


class EntityClusterer:
    def __init__(self, titles: tuple[str, ...], gazetteer: Gazetteer,
                 common_words: frozenset[str] = frozenset()) -> None:
        self.common_words = common_words
        self.titles = {t.casefold() for t in titles}
        self.max_title_words = max(len(t.replace("-", " - ").replace(".", " .").split()) for t in self.titles)
        # every word of a title, as tokens read it ("dist", "dist.", "member"): a cheap first test
        self.title_words = frozenset(w for t in self.titles for w in t.replace("-", " - ").replace(".", " .").split()
                                     + t.split())
        self.gaz = gazetteer
        self.designators = lexicon("place_designators.txt")
        self.org_heads = lexicon("org_heads.txt")
        self.loc_heads = lexicon("loc_heads.txt")
        self.ship_prefixes = lexicon("ship_prefixes.txt")
        self._ship_re = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(self.ship_prefixes)))
                                   + r"|Ship)(?![\w-])")
        self.loc_designators = lexicon("loc_designators.txt")
        self.org_type_nouns = lexicon("org_type_nouns.txt")
        self.not_names = lexicon("not_names.txt")
        self.org_descriptors = lexicon("org_descriptor_nouns.txt")
        self.product_cues = lexicon("product_cue_nouns.txt")
        self.company_units = lexicon("company_units.txt")
        self.first_names = first_names()
        self.fac_heads = lexicon("fac_heads.txt")
        self.seats = lexicon("seats.txt")
        self.platforms = frozenset(f for n in lexicon("platforms.txt") for f in cased_forms(n))
        self.languages = lexicon("languages.txt")
        self.kin_nouns = lexicon("kin_nouns.txt")
        self.team_nouns = lexicon("team_nouns.txt")
        self.broadcasters = lexicon("broadcasters.txt")
        # outlets (gazetteer media.tsv): a name after one is a desk, a show or a tool ("HuffPost Pollster")
        self.outlets = frozenset(row.split("\t")[0] for row in lexicon("media.tsv"))
        # words that can open or close a station or force name, found by one scan of the text
        words = sorted(self.broadcasters | {"Police", "Constabulary"}, key=len, reverse=True)
        self._station_re = re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r"|" + _CALL_SIGN.pattern + r")(?![\w-])"
        )
        self.place_of = {row.split("\t")[0]: row.split("\t")[1].strip()
                         for row in load_lines("place_of_designators.tsv", package=_PKG) if "\t" in row}

    # -- entry point -------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        # Doc.text is rebuilt from the tokens on every access: read it (and the regions) once per doc
        self._text = doc.text
        self._token_arrays(doc)
        self._regions = regions(doc) if doc._.regions is not None else [(0, len(self._text))]
        loose = title_case_lines(self._text, self._regions) + caps_lines(self._text, self._regions)
        cands = (self._ner_candidates(doc) + self._gazetteer_candidates(doc) + self._acronym_candidates(doc)
                 + self._pattern_candidates(doc) + self._ship_candidates(doc, loose)
                 + self._nickname_candidates(doc) + self._party_tag_candidates(doc)
                 + self._country_tag_candidates(doc) + self._initial_candidates(doc) + self._lineup_candidates(doc)
                 + self._signoff_candidates(doc) + self._show_candidates(doc) + self._office_candidates(doc))
        cands = _with_teams(cands, self._team_candidates(doc))
        self._confirmed = self._confirmed_names(doc, cands, loose)
        if loose:
            cands = self._confirm_in_headlines(doc, cands, loose)
        cands += self._echo_candidates(doc, cands)
        chosen = self._resolve_overlaps(doc, cands)
        mentions = []
        self._inner_caps: set[str] | None = None  # built on first need
        for c in chosen:
            if self._common_opener(doc, c):
                continue
            self._context_votes(doc, c)
            if c.end - c.start == 1 and self._plural_region(doc, c):
                c.votes["LOC"] = sum(c.votes.values()) + 1.0
            if self._counted_plural(doc, c):
                continue
            if (
                c.chars is None and c.end - c.start > 1 and doc[c.end - 1].is_title
                and doc[c.end - 1].lower_ in product_nouns() and doc[c.end - 1].lower_.endswith("s")
                and max(c.votes, key=c.votes.get, default="") == "PRODUCT"
            ):
                c.end -= 1  # "14 AK 47 Rifles": the capitalised plural noun counts the model's items
            span = doc[c.start : c.end]
            s0, e0 = c.chars or (span.start_char, span.end_char)
            if c.chars is None and c.start > 0 and doc[c.start - 1].whitespace_:
                glued = _GLUED_NAME.fullmatch(doc[c.start - 1].text)
                if glued and (
                    max(c.votes, key=c.votes.get, default="") == "PERSON" or glued.group(1) in self.first_names
                ):
                    s0 = doc[c.start - 1].idx + glued.start(1)  # the given name is the start of the person's name
                    if glued.group(1) in self.first_names:
                        c.add("PERSON", 2.0)
            m = Mention(s0, e0, self._text[s0:e0], dict(c.votes), c.source)
            m.designator = c.designator
            m.defines = c.defines
            m.kind = c.kind
            mentions.append(m)
        mentions = [m for m in mentions if self._keep(doc, m)]
        mentions = self._dateline_mentions(mentions)
        mentions = self._ticker_mentions(mentions)
        nicknames = [m.span(1) for m in _NICKNAME.finditer(self._text) if self._allowed(doc, *m.span(1))]
        doc._.entities = cluster_mentions(doc, mentions, self.gaz, self._allowed, loose, nicknames, self.first_names)
        return doc

    def _dateline_mentions(self, mentions: list[Mention]) -> list[Mention]:
        """A wire credit at the start of the body ("DUNMORE, Pa.—", "Paris (AFP) – "): its place names
        are mentions even in capitals, which the model misses; the outlet in brackets is no mention
        (annotation: the credit is furniture for sources, not for names)."""
        out = mentions
        for r0, _r1 in self._regions:
            m = _DATELINE.match(self._text, r0)
            if m is None or "\n" in m.group(0):
                continue
            city = m.group("city")
            if m.group("agency") is None and not (
                city.isupper() and len(city) > 2 and (m.group("state") or self.gaz.get(city))
            ):
                continue  # "BREAKING NEWS - ...": only a known place, a place and state, or a credit marks one
            if m.group("agency"):
                a0, a1 = m.span("agency")
                out = [x for x in out if x.end <= a0 or x.start >= a1]
            for part in ("city", "state"):
                if m.group(part) is None:
                    continue
                p0, p1 = m.span(part)
                if any(x.start < p1 and p0 < x.end for x in out):
                    continue
                known = self.gaz.get(m.group(part))
                label = known[0] if known and known[0] in ("GPE", "LOC") else "GPE"
                out = [*out, Mention(p0, p1, m.group(part), {label: STRONG}, "pattern")]
        return sorted(out, key=lambda x: x.start) if out is not mentions else mentions

    def _ticker_mentions(self, mentions: list[Mention]) -> list[Mention]:
        """"Microsoft (MSFT, Fortune 500)": a stock ticker in brackets right after a company's name is a
        mention and alias of the company (annotation heldout4 3), whatever its letters."""
        if "(" not in self._text:
            return mentions
        by_end = {m.end: m for m in mentions
                  if m.votes and max(m.votes, key=m.votes.get) == "ORG" and not m.text.isupper()}
        starts = {m.start: m for m in mentions}
        added = []
        for t in _TICKER.finditer(self._text):
            owner = by_end.get(t.start())
            if owner is None or not self._in_regions(*t.span(1)) or self.gaz.get(t.group(1)) is not None:
                continue  # "UNITED NATIONS (AP)": a known name in brackets is a credit or an acronym, no ticker
            ticker = starts.get(t.start(1))
            if ticker is None:
                ticker = Mention(t.start(1), t.end(1), t.group(1), {"ORG": 1.0}, "acronym")
                added.append(ticker)
            elif ticker.end != t.end(1):
                continue
            owner.defines = t.group(1)
        return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions

    def _in_regions(self, start: int, end: int) -> bool:
        return any(r0 <= start and end <= r1 for r0, r1 in self._regions)

    def _token_arrays(self, doc: Doc) -> None:
        """Token offsets, texts, coarse tags and dependencies read once per doc as plain lists: the
        candidate finders scan every token, and a spaCy Token object per look is what costs."""
        n = len(doc)
        arr = doc.to_array(["IDX", "LENGTH", POS]) if n else np.zeros((0, 3), dtype="uint64")
        starts = arr[:, 0].tolist()
        self._starts = starts
        self._ends = [s + k for s, k in zip(starts, arr[:, 1].tolist(), strict=True)]
        text = self._text
        self._texts = [text[s:e] for s, e in zip(starts, self._ends, strict=True)]
        self._pos = arr[:, 2].tolist()

    def _span_text(self, i: int, j: int) -> str:
        """``doc[i:j].text`` from the offsets read once (no Span object)."""
        return self._text[self._starts[i] : self._ends[j - 1]] if j > i else ""

    def _common_opener(self, doc: Doc, c: Cand) -> bool:
        """A lone model name that is a capitalised common word at a sentence start ("Gunfire", "Vigils",
        "Retiree"), unknown to the gazetteer and the given names, and never capitalised inside a
        sentence elsewhere in the article: sentence case, not a name."""
        if c.source != "ner" or c.end - c.start != 1 or not self.common_words:
            return False
        tok = doc[c.start]
        if not tok.is_sent_start or not tok.is_alpha or not tok.is_title:
            return False
        if self.gaz.get(tok.text) is not None or tok.text in self.first_names or tok.text in self.org_heads:
            return False  # "Navy said ...": an organisation head word alone names the body
        if c.end < len(doc) and doc[c.end].lemma_.lower() in SPEECH_VERBS:
            return False  # "Kelly said ...": a speaker's surname
        if tok.lower_ not in self.common_words and tok.lemma_.lower() not in self.common_words:
            return False
        if self._inner_caps is None:
            self._inner_caps = {t.text for t in doc if not t.is_sent_start and t.is_title}
        return tok.text not in self._inner_caps

    def _plural_region(self, doc: Doc, c: Cand) -> bool:
        """"the Pennines", "the Midlands": a plural name after "the" read as a place is an upland or
        region (LOC), not a state; plural countries ("the Philippines") are known GPEs."""
        tok = doc[c.start]
        if c.start == 0 or doc[c.start - 1].lower_ != "the" or tok.tag_ not in ("NNPS", "NNS"):
            return False
        known = self.gaz.get(tok.text)
        strong_gpe = known is not None and known[0] == "GPE" and known[1] >= MEDIUM
        if not tok.text.endswith("s") or tok.text.endswith("ss") or strong_gpe:
            return False  # "the Philippines", "the Bahamas": plural countries are known, a weak town is not
        places = ("GPE", "LOC", "PLACE")
        place = sum(v for k, v in c.votes.items() if k in places)
        return place > 0 and place >= max((v for k, v in c.votes.items() if k not in places), default=0)

    def _counted_plural(self, doc: Doc, c: Cand) -> bool:
        """"31 Magazines": a capitalised plural common noun counted by a number is no name."""
        if c.end - c.start != 1 or c.start == 0 or not doc[c.start - 1].like_num or "NORP" in c.votes:
            return False
        tok = doc[c.start]
        low = tok.lower_
        singulars = {low[:-1], low[:-2], low[:-3] + "y"} if low.endswith("s") and not low.endswith("ss") else set()
        return tok.is_alpha and tok.is_title and bool(singulars & self.common_words) and self.gaz.get(tok.text) is None

    def _allowed(self, doc: Doc, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self._regions)

    # -- 1. model candidates --------------------------------------------------------------
    def _ner_candidates(self, doc: Doc) -> list[Cand]:
        out: list[Cand] = []
        ents = list(doc.ents)
        k = 0
        while k < len(ents):
            ent = ents[k]
            k += 1
            if ent.label_ not in ENTITY_LABELS or not self._allowed(doc, ent.start_char, ent.end_char):
                continue
            if all(_name_suffix(t) or t.is_punct for t in ent):
                continue  # "Jr." read apart from the name it ends: the person's span takes it in
            if self._split_person(doc, ent):
                cand = Cand(ent.start, ent.end + 1)
                cand.add("PERSON", 2.0)
                out.append(cand)
                if k < len(ents) and ents[k].start == ent.end:
                    k += 1
                continue
            nxt = ents[k] if k < len(ents) else None
            if (
                nxt is not None and nxt.start == ent.end and len(nxt) == 1 and nxt[0].text in self.org_heads
                and ent.label_ in ("GPE", "ORG", "NORP") and (self.gaz.get(_strip_det(ent.text)) or ("",))[0] == "GPE"
            ):
                # "the United States Senate" read as "the United States" + "Senate": one body, the
                # country nested in its name
                k += 1
                out.extend(self._repair(doc, doc[ent.start : nxt.end], "ORG"))
                continue
            joint = self._joint_outlets(doc, ent)
            if joint is not None:  # "the ABC News/Miami Herald poll": two outlets, one poll
                out.extend(self._repair(doc, doc[ent.start:joint], "ORG"))
                out.extend(self._repair(doc, doc[joint + 1:ent.end], "ORG"))
                continue
            headed = self._headed_run(doc, ent)
            if headed is not None:
                while k < len(ents) and ents[k].start < headed[0]:
                    k += 1
                out.extend(self._repair(doc, doc[ent.start : headed[0]], headed[1]))
                continue
            if self._title_after(doc, ent.end) and not any(t.lower_ in self.titles for t in ent):
                # "Riverton Homicide | Capt. Ann Roe": a unit before a title, even when read as a person
                out.append(self._before_title(doc, ent.start, ent.end))
                continue
            if ent.label_ == "PERSON":
                unit = self._unit_before_title(doc, ent.start, ents[k - 2].end if k > 1 else 0)
                if unit is not None:
                    out.append(self._before_title(doc, *unit))
            out.extend(self._repair(doc, ent))
        return out

    def _title_after(self, doc: Doc, i: int) -> int | None:
        """End of a capitalised title run that starts at token i and is followed by a capitalised name."""
        if i >= len(doc) or not doc[i].text[:1].isupper():
            return None
        for j in range(min(len(doc) - 1, i + self.max_title_words), i, -1):
            if doc[i:j].text.lower() in self.titles and doc[j].is_title and doc[j].pos_ == "PROPN":
                return j
        return None

    def _unit_before_title(self, doc: Doc, start: int, floor: int) -> tuple[int, int] | None:
        """Tokens of the unbroken capitalised unit before a title before a name ("Riverton Police" in
        "Riverton Police Lt. Ann Roe"), which the model leaves unlabelled once "Lt." is one token."""
        t0 = next((s0 for s0 in range(max(floor, start - self.max_title_words), start)
                   if doc[s0:start].text.lower() in self.titles), None)
        if t0 is None:
            return None
        p0 = t0
        while (
            p0 > floor and doc[p0 - 1].pos_ == "PROPN" and doc[p0 - 1].is_title and not doc[p0].is_sent_start
            and doc[p0 - 1].lower_ not in self.titles
        ):
            p0 -= 1
        return (p0, t0) if t0 - p0 >= 2 else None

    def _joint_outlets(self, doc: Doc, ent: Span) -> int | None:
        """The "/" or "-" joining two outlets that run a poll together ("Denver Post-CBS News",
        "ABC News/Miami Herald"): each side ends in an outlet's head word or is a network.
        The index of the joining token, or None."""
        if ent.label_ != "ORG":
            return None
        for t in ent[1:-1]:
            if t.text not in ("/", "-") or t.whitespace_ or doc[t.i - 1].whitespace_:
                continue
            left, right = doc[ent.start:t.i], doc[t.i + 1:ent.end]
            if all(side[-1].text in self.org_heads or side.text in self.broadcasters for side in (left, right)) \
                    and right[0].text[:1].isupper():
                return t.i
        return None

    def _headed_run(self, doc: Doc, ent: Span) -> tuple[int, str] | None:
        """A nationality or place followed by a capitalised run that ends in a head word names something
        else, which the model reads as the NORP or place alone: a body after a nationality ("Israeli
        Defense Forces", "Kenyan Air Force"), an event after either ("Hong Kong Open", "Asian Games").
        The end of that run and its label, or None."""
        if ent.label_ not in ("NORP", "GPE", "LOC") or (ent.label_ == "NORP" and len(ent) != 1):
            return None
        if ent[-1].lower_ in _POSSESSIVE:
            return None  # "South Africa's Anglicans": an owner, then what it owns
        for j in range(ent.end, min(len(doc), ent.end + 3)):
            tok = doc[j]
            if not (tok.is_title and tok.is_alpha) or tok.is_sent_start or tok.ent_type_ not in ("", "ORG", "NORP",
                                                                                             "EVENT"):
                return None
            label = "EVENT" if tok.text in EVENT_HEADS else "ORG" if tok.text in self.org_heads else None
            if label == "ORG" and ent.label_ != "NORP":
                return None  # "the United States Senate" is read elsewhere; a place's body is left to the model
            if label is None and ent.label_ == "GPE" and self._team_plural(doc, ent, j):
                label = "ORG"  # "Colorado Rockies", "Kettleby Blue Jays": a place and a plural noun name a team
            if label is not None:
                nxt = doc[j + 1] if j + 1 < len(doc) else None
                if nxt is not None and nxt.is_title and nxt.is_alpha and not nxt.is_sent_start:
                    return None  # "Hong Kong Open University": the run goes on
                return j + 1, label
        return None

    def _team_plural(self, doc: Doc, ent: Span, j: int) -> bool:
        """A capitalised plural noun after a place names a team ("Cleveland Indians", "Toronto Blue Jays"),
        unless it is a place word ("Golan Heights", "Cayman Islands") or the whole is a known name."""
        tok = doc[j]
        return (
            tok.tag_ == "NNPS" and tok.text.endswith("s") and tok.text not in self.loc_heads
            and tok.lower_ not in PLACE_PLURALS and tok.text not in _PLACE_PLURAL_HEADS
            and self.gaz.get(doc[ent.start : j + 1].text) is None
        )

    def _split_person(self, doc: Doc, ent: Span) -> bool:
        """The model misreads "Janice Leader" when the surname is also an English word ("Janice" ORG,
        "Leader" apart): a lone common given name directly followed by one capitalised word is a person."""
        if len(ent) != 1 or ent.label_ == "PERSON" or ent.end + 1 >= len(doc):
            return False
        first, last, after = ent[0], doc[ent.end], doc[ent.end + 1]
        return (
            first.text in self.first_names and self.gaz.get(first.text) is None and first.whitespace_ == " "
            and last.is_alpha and last.is_title and not last.is_sent_start and last.ent_type_ in ("", "ORG")
            and last.ent_iob_ != "I" and self.gaz.get(last.text) is None and last.text not in self.org_heads
            and not self._placeish(last.text) and not (after.is_title and after.pos_ == "PROPN")
        )

    def _repair(self, doc: Doc, ent: Span, label: str | None = None) -> list[Cand]:
        label = label or ent.label_
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ in _DETS or doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in _POSSESSIVE or doc[end - 1].is_space
                               or (end - start > 1 and doc[end - 1].lower_ in _CONJUNCTIONS)):
            end -= 1  # "Joseph Stalin - and": a name never ends in a dash or a conjunction
        opened = [i for i in range(start + 1, end) if doc[i].text == "("]
        if opened and not any(doc[i].text == ")" for i in range(opened[-1], end)):
            end = opened[-1]  # "Federal Bureau of Investigation (FBI": an unclosed bracket opens the short form
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            if all(t.pos_ in ("PRON", "DET") for t in doc[start:end]):
                return []  # '"His (Gray's) hands': a pronoun before an editor's bracket is no name
        if (
            end < ent.end and end > start and doc[end].text == "." and not doc[end - 1].whitespace_
            and self.gaz.get(self._text[doc[start].idx : doc[end].idx + 1])
        ):
            end += 1  # "(Tex.)": the period belongs to a known abbreviation
        while (
            label in ("ORG", "GPE") and end - start > 1 and doc[start].is_lower and doc[start].is_alpha
            and doc[start].pos_ in ("ADJ", "NOUN") and doc[start].lower_ in self.common_words
            and doc[start + 1].text[:1].isupper() and doc[start].lower_ not in _COMPASS
        ):
            start += 1  # "the federal Securities and Exchange Commission": a lower-case modifier is no name
        if (
            label not in ("PERSON", "EVENT") and end - start > 1 and doc[start].text in MONTHS
            and doc[start + 1].is_title
        ):
            start += 1  # "August National Association of ...", "September Treasury": the month dates the figure
        if (
            end - start > 2 and start > 0 and doc[start - 1].text == "(" and doc[start].text in ("D", "R", "I")
            and doc[start + 1].text == "-" and not doc[start].whitespace_ and not doc[start + 1].whitespace_
        ):
            start, label = start + 2, "GPE"  # "(D-Newport News)": a party tag before the home place
        if start >= end:
            return []
        split = self._inner_possessive(doc, start, end)
        if split is not None:
            head, k = split
            if k + 1 < end and not doc[k + 1].text[:1].isdigit():
                return [head, *self._repair(doc, doc[k + 1 : end], label)]
            return [head]  # "Doe's 2009 filings": the year is no part of the name
        dash = next((i for i in range(start + 1, end - 1) if doc[i].text in ("-", "–", "—")
                     and doc[i - 1].whitespace_ and doc[i].whitespace_), None)
        if dash is not None:  # "Romania - Ana Pop": a spaced dash separates two names
            return self._repair(doc, doc[start:dash], label) + self._repair(doc, doc[dash + 1 : end], label)
        joint = self._joined_names(doc, start, end)
        if joint is not None:  # "the EU & IMF": two known bodies, not one
            return self._repair(doc, doc[start:joint], label) + self._repair(doc, doc[joint + 1 : end], label)
        while label == "PERSON" and end - start > 2 and doc[end - 1].like_num and doc[end - 2].is_alpha:
            end -= 1  # "Ann Roe 234,330": the figure after a name in a table is no part of it
        score = self._score_start(doc, start, end)
        if score is not None:
            end = score  # "beat Mexico 2-0": a score after a name is no part of it
        if self._nationality_before_name(doc, start, end):
            norp = Cand(start, start + 1)  # "Australian Rod Eyles": who the person is, then the name
            norp.add("NORP", 1.0)
            return [norp, *self._repair(doc, doc[start + 1 : end], "PERSON")]
        if label == "PERSON" and any(t.is_digit for t in doc[start:end]):
            return []  # "BEY 0843": a licence plate or code, no person's name holds digits
        if (
            label == "ORG" and end - start > 2 and doc[start].lower_ == "government" and doc[start + 1].lower_ == "of"
            and (self.gaz.get(doc[start + 2 : end].text) or ("",))[0] == "GPE"
        ):
            start, label = start + 2, "GPE"  # "the Government of South Sudan": the state is the country
        if (
            label == "ORG" and end - start == 2 and doc[start].tag_ == "JJ" and doc[start].is_title
            and doc[start].lower_ in self.common_words and self.gaz.get(doc[start].text) is None
            and doc[end - 1].is_upper and doc[end - 1].is_alpha
        ):
            start += 1  # "Local FOX affiliate": a descriptive adjective before an acronym is no part of it
        plus = (
            end < len(doc) and doc[end].text == "+" and not doc[end - 1].whitespace_
            and (end + 1 == len(doc) or not doc[end + 1].is_alpha or bool(doc[end].whitespace_))
        )
        if plus:
            end += 1  # "Google+": a company's name with a plus glued on names its product
        if label in ("ORG", "LOC", "GPE", "PERSON") and self._possessive_name(doc, start, end):
            end, label = end + 2, "ORG"  # "Samaritan's Purse": the name runs on over the possessive
        if (
            label == "WORK_OF_ART" and start > 0 and doc[start - 1].text in _QUOTES and end + 1 < len(doc)
            and doc[end].text in (",", ":", ";") and doc[end + 1].text not in _QUOTES
        ):
            return []  # '"Peoples of Europe, Rise Up."': the start of a quoted slogan, not a title
        if (
            label == "WORK_OF_ART" and end - start > 1 and doc[start].tag_ == "VB"
            and (doc[start].is_sent_start or (start > 0 and doc[start - 1].text in _QUOTES))
            and len(re.findall(rf"(?<![\w-]){re.escape(doc[start + 1 : end].text)}(?![\w-])", self._text)) > 1
        ):
            return [Cand(start + 1, end, source="echo", priority=0)]  # '"Ask Doe about it"': a verb and a name
        if end - start == 1 and label != "PERSON" and doc[start].lower_ in self.title_words:
            for j in range(end + 1, min(len(doc), start + self.max_title_words) + 1):
                if doc[start:j].text.lower() in self.titles:
                    return []  # "Defense" read apart from "Attorney": the first word of a title, no name
            if doc[start].text.endswith(".") and doc[start].lower_ in self.titles:
                return []  # "Det." before "Sgt. Ann Roe": an abbreviated title alone is no name
        if label != "PERSON" and self._inside_title(doc, start, end):
            return []  # "as Secretary of State": the model's "State" is the end of a role, no name
        if label in ("GPE", "LOC") and end - start > 1:
            end = self._before_crossing_title(doc, start, end)
        out: list[Cand] = []
        if label not in ("PERSON", "ORG"):
            title = self._title_run(doc, start, end)
            if title and title[1] == end and title[0] > start and doc[title[0]].text[:1].isupper():
                end = title[0]
        floor = 0
        if label == "PERSON" and end - start > 1 and doc[start].is_sent_start and doc[start].tag_ == "VBG":
            start += 1  # "Joining Cooley at the news conference was ...": a participle opens the sentence
        if label == "PERSON":
            split = self._after_split_title(doc, start, end)
            if split > start:  # the person's name starts after the title, not before
                start = floor = split
            if start >= end:
                return out
        if label in ("PERSON", "ORG"):
            title = self._title_run(doc, start, end)
            if (
                title and label == "PERSON" and title == (start + 1, end) and doc[start].text in self.first_names
                and self.gaz.get(doc[start].text) is None and doc[start].whitespace_ == " "
            ):
                title = None  # "Janice Leader": after a given name, a title word is the surname
            if title and label == "ORG" and title[1] == end and self._object_of_name(doc, start, end - 1):
                title = None  # "Department of Justice": a title word as the object of "of" is the name's end
            if title and label == "ORG" and title[0] == start and 0 < end - title[1] <= 3 and all(
                    t.pos_ == "PROPN" and t.is_title and t.text not in self.org_heads for t in doc[title[1]:end]):
                label = "PERSON"  # "Professor Bellandi" read as an organisation: a title and a name
            if title and (label == "PERSON" or title[0] > start):
                t0, t1 = title
                if t0 > start:
                    out.append(self._before_title(doc, start, t0))
                if t1 < end and any(doc[i].text[:1].isupper() for i in range(t1, end)):
                    start, label = t1, "PERSON"
                else:
                    return out
        designator = None
        loc_designator = False
        if label in ("GPE", "LOC") and end - start > 1 and doc[end - 1].text in self.designators:
            designator = doc[start:end].text
            end -= 1
        elif label in ("GPE", "LOC") and end - start > 1 and doc[end - 1].text in self.loc_designators:
            designator = doc[start:end].text  # "Qeshm island": the name is "Qeshm", a LOC
            end -= 1
            loc_designator = True
        if label == "PERSON":
            start, end = self._extend_person(doc, start, end)
            start = max(start, floor)
        if label == "ORG":
            # "the IRNA news agency": a lower-case description after the name is no part of it
            last_cap = max((i for i in range(start, end) if not doc[i].is_lower), default=start)
            tail = doc[last_cap + 1 : end]
            if len(tail) and all(t.is_lower and t.is_alpha for t in tail) and tail[-1].text not in self.org_type_nouns:
                end = last_cap + 1
            if end < len(doc) and doc[end].text in self.org_type_nouns:
                end += 1
        cand = Cand(start, end, designator=designator)
        cand.add(label, 1.0)
        if plus:
            cand.add("PRODUCT", STRONG)
        if designator:
            cand.add("LOC" if loc_designator else "GPE", 3.0)
        if end - start == 3 and re.fullmatch(r"[A-Z]\.", doc[start + 1].text):
            cand.add("PERSON", 2.0)  # "Rusli M. Saleh": given name, initial, surname
        first = doc[start]
        if start > 0 and doc[start - 1].text in self.ship_prefixes:
            cand.start -= 1
            cand.add("PRODUCT", STRONG)
        elif first.text in self.ship_prefixes and end - start > 1 and doc[start + 1].lower_ not in self.titles:
            cand.add("PRODUCT", STRONG)
        nationality = self.gaz.get(first.text)
        if (
            label == "ORG" and end - start > 1 and nationality and nationality[0] == "NORP"
            and doc[end - 1].text not in self.org_heads and end < len(doc)
            and doc[end].pos_ == "NOUN" and doc[end].text.islower()
        ):
            norp = Cand(start, start + 1)
            norp.add("NORP", 1.0)
            return [*out, norp]
        out.append(cand)
        return out

    def _nationality_before_name(self, doc: Doc, start: int, end: int) -> bool:
        """A nationality word, then a common given name and one or two more capitalised words whose last
        the article uses again on its own, the whole no known name and no body ("American Dennis Roe ...
        Roe said"): in news style the word says who the person is, and the model reads the run as one
        ORG or PERSON. A body's name ("the German Marshall Fund") does not repeat its last word alone."""
        if not 3 <= end - start <= 4 or doc[start + 1].text not in self.first_names:
            return False
        known = self.gaz.get(doc[start].text)
        last = doc[end - 1].text
        return (
            known is not None and known[0] == "NORP" and self.gaz.get(doc[start:end].text) is None
            and all(t.is_title and t.is_alpha for t in doc[start + 1 : end]) and last not in self.org_heads
            and len(re.findall(rf"(?<![\w-]){re.escape(last)}(?![\w-])", self._text)) > 1
        )

    def _joined_names(self, doc: Doc, start: int, end: int) -> int | None:
        """The "&" or "and" between two names the gazetteer knows well, each on its own ("EU & IMF"), when
        the whole is no known name ("Trinidad and Tobago"); firms so named ("Marks & Spencer") have halves
        that are no names alone. The index of the conjunction, or None."""
        if end - start < 3 or self.gaz.get(doc[start:end].text):
            return None
        for i in range(start + 1, end - 1):
            if doc[i].text in ("&", "and"):
                left, right = self.gaz.get(doc[start:i].text), self.gaz.get(doc[i + 1 : end].text)
                if left and right and min(left[1], right[1]) >= STRONG:
                    return i
                return None
        return None

    def _score_start(self, doc: Doc, start: int, end: int) -> int | None:
        """Start of a score ("2-0", "56-13", however tokenised) that ends the span after a word, else None."""
        k = end - 1  # back to the first token glued to the last one
        while k > start and not doc[k - 1].whitespace_ and not doc[k - 1].is_alpha:
            k -= 1
        if k > start and doc[k - 1].whitespace_ and _SCORE.fullmatch(self._span_text(k, end)):
            return k
        return None

    def _possessive_name(self, doc: Doc, start: int, end: int) -> bool:
        """"Samaritan's Purse", "Children's Hospital": a name with a possessive inside it. Read so only
        when the article never uses the first part without the same possessive word after it, at least twice."""
        if end + 1 >= len(doc) or doc[end].text not in ("'s", "’s") or doc[end - 1].whitespace_:
            return False
        word = doc[end + 1]
        if not (word.is_alpha and word.is_title) or word.lower_ in self.title_words or self.gaz.get(word.text):
            return False
        head = re.escape(doc[start:end].text)
        whole = len(re.findall(rf"(?<![\w-]){head}['’]s {re.escape(word.text)}(?![\w-])", self._text))
        return whole >= 2 and whole == len(re.findall(rf"(?<![\w-]){head}(?![\w-])", self._text))

    def _inner_possessive(self, doc: Doc, start: int, end: int) -> tuple[Cand, int] | None:
        """A possessive inside a model span that joins two names ("Alphabet Inc's Google") or a name
        and a year ("Doe's 2009"): the owner is a name of its own (annotation: possessives split).
        The owner must be known (gazetteer, a company suffix, or a name the article uses alone)."""
        for k in range(start + 1, end):
            if doc[k].text not in ("'s", "’s") or doc[k - 1].whitespace_:
                continue
            owner = doc[start:k].text
            if owner.casefold() in self.titles or owner.casefold() in self.common_words:
                return None  # "Sheriff's Department", "Mayor's Office": a role or common word owns no name
            known = self.gaz.get(owner)
            tail_digit = k + 1 < end and doc[k + 1].text[:1].isdigit()
            if known is None and not COMPANY_END.search(" " + owner) and not tail_digit:
                alone = len(re.findall(rf"(?<![\w-]){re.escape(owner)}(?!['’]s|[\w-])", self._text))
                if not alone:
                    return None  # "St. Mary's Hospital": the owner never stands alone, one name
            cand = Cand(start, k)
            if known:
                cand.add(known[0], known[1])
            else:
                cand.add("ORG" if COMPANY_END.search(" " + owner) else "PERSON" if tail_digit else "ORG", 1.0)
            return cand, k
        return None

    @staticmethod
    def _object_of_name(doc: Doc, start: int, i: int) -> bool:
        """Token i is the object of an "of"/"for" inside the span ("Association for Justice",
        "Citizens for Tax Justice"), so it belongs to the name and is no title after it."""
        head = doc[i].head
        return doc[i].dep_ == "pobj" and start < head.i < i and head.lower_ in ("of", "for")

    def _inside_title(self, doc: Doc, start: int, end: int) -> bool:
        """The span is the capitalised end of a multi-word title that starts before it."""
        for i in range(max(0, start - self.max_title_words + 1), start):
            if doc[i].text[:1].isupper() and doc[i:end].text.lower() in self.titles:
                return True
        return False

    def _before_crossing_title(self, doc: Doc, start: int, end: int) -> int:
        """"Lake County District" + "Attorney Jane Doe": a title that starts inside the span and
        runs on after it ("District Attorney") is no part of the place's name; the span ends before it."""
        for i in range(start + 1, end):
            if not doc[i].text[:1].isupper():
                continue
            for j in range(end + 1, min(len(doc), i + self.max_title_words) + 1):
                if doc[i:j].text.lower() in self.titles and doc[j - 1].text[:1].isupper():
                    return i
        return end

    def _title_run(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """Token range of the last title/role word run inside [start, end)."""
        best = None
        i = start
        while i < end:
            found = None
            for j in range(min(end, i + self.max_title_words), i, -1):
                words = doc[i:j].text.lower()
                if words in self.titles:
                    found = j
                    break
            if found:
                best = (i, found)
                i = found
            else:
                i += 1
        return best

    def _after_split_title(self, doc: Doc, start: int, end: int) -> int:
        """Start of a PERSON span without the end of a title that began before it: the model reads
        "City Council | Member Jumaane Williams", the title is "Council Member"."""
        if start == 0 or doc[start - 1].lower_ not in self.title_words or doc[start].lower_ not in self.title_words:
            return start
        for s0 in range(start - 1, max(-1, start - self.max_title_words), -1):
            if doc[s0 + 1].is_sent_start:
                break  # a title does not run across a sentence start
            for j in range(min(end, s0 + self.max_title_words), start, -1):
                if doc[s0:j].text.lower() in self.titles and doc[j - 1].text[:1].isupper():
                    return j
        return start

    def _ends_title(self, doc: Doc, i: int) -> bool:
        """Token i closes a multi-word title ("City Council Member"): the name starts after it."""
        if doc[i].lower_ not in self.title_words:
            return False
        return any(doc[s0 : i + 1].text.lower() in self.titles for s0 in range(max(0, i - self.max_title_words), i))

    def _before_title(self, doc: Doc, start: int, end: int) -> Cand:
        """The organisation (or place) named before a title: "UN" in "UN Secretary-General X"."""
        cand = Cand(start, end)
        text = doc[start:end].text
        known = self.gaz.get(text)
        if known:
            cand.add(known[0], known[1])
            return cand
        # "Philadelphia Homicide Capt.": a known place and a capitalised unit word, which is part of the role
        for j in range(end - 1, start, -1):
            known = self.gaz.get(doc[start:j].text)
            if known and known[0] in ("GPE", "LOC") and all(
                t.is_alpha and t.lower_ in self.common_words and t.text not in self.org_heads for t in doc[j:end]
            ):
                cand.end = j
                cand.add(known[0], known[1])
                return cand
        cand.add("ORG", 1.0)
        return cand

    def _extend_person(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Extend a PERSON span over adjacent capitalised proper nouns ("Chairperson Moussa| Faki Mahamat")."""

        def namelike(i: int) -> bool:
            t = doc[i]
            return (
                t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.replace("-", "").isalpha()
                and not t.is_upper and t.lower_ not in self.titles and self.gaz.get(t.text) is None
                and not t.is_sent_start
            )

        while end < len(doc) and namelike(end) and doc[end].ent_type_ in ("", "PERSON") and end - start < 5:
            end += 1
        # 'Luis Alberto "Flaco" Mendoza': a quoted nickname between given names and surname
        if (
            end + 3 < len(doc) and doc[end].text in _QUOTES and doc[end + 2].text in _QUOTES
            and doc[end + 1].text[:1].isupper() and doc[end + 3].text[:1].isupper() and doc[end + 3].pos_ == "PROPN"
            and not doc[end].whitespace_ and not doc[end + 1].whitespace_
        ):
            end += 4
            while end < len(doc) and namelike(end) and end - start < 8:
                end += 1
        while start > 0 and namelike(start - 1) and end - start < 5 and not self._ends_title(doc, start - 1):
            left = doc[start - 1]
            if left.ent_type_ and (left.ent_iob_ != "B" or (start < len(doc) and doc[start].ent_iob_ == "I")):
                break
            if not doc[start].is_sent_start and left.ent_type_ in ("", "GPE", "PERSON", "NORP", "ORG"):
                start -= 1
            else:
                break
        # a generational suffix ends the full name: "Dale Everett Simms, Jr.", "John Smith Sr."
        after = end + 1 if end + 1 < len(doc) and doc[end].text == "," else end
        if after < len(doc) and _name_suffix(doc[after]) and not doc[after].is_sent_start:
            end = after + 1
        if _name_suffix(doc[end - 1]) and end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_:
            end += 1  # "Sr" and its period, split by the tokenizer
        return start, end

    def _nickname_candidates(self, doc: Doc) -> list[Cand]:
        """'Robert C. "Bobby" Scott': given names, a quoted nickname and a surname are one PERSON mention
        (the model cuts it at the quotes). The run starts at a known given name; title words before it
        ("Rep.", "President") stay out."""
        out: list[Cand] = []
        if '"' not in self._text and "“" not in self._text:
            return out
        for m in _INNER_NICKNAME.finditer(self._text):
            s = m.start(1)
            for word in m.group(1).split():
                if word in self.first_names and self.gaz.get(word) is None:
                    break
                s += len(word) + 1
            else:
                continue
            span = doc.char_span(s, m.end(3))
            if span is None or not self._allowed(doc, s, m.end(3)) or span[0].lower_ in self.titles:
                continue
            cand = Cand(span.start, span.end, priority=3)
            cand.add("PERSON", STRONG)
            out.append(cand)
        return out

    def _team_candidates(self, doc: Doc) -> list[Cand]:
        """Sides in a results table ("Bolton 2 Burnley 1", "CHICAGO AT HOUSTON") are teams, ORG, though
        named after a place (OntoNotes: sports teams are organisations). A country's side stays the
        country (annotation: a country standing for its national team is GPE) and a person's name
        (a given name first, or two words the model reads as a person) stays a person."""
        out: list[Cand] = []
        for r0, r1 in self._regions:
            for s, e in side_spans(self._text, r0, r1):
                span = doc.char_span(s, e)
                if span is None or span.text in self.gaz.countries or self._personal(span):
                    continue
                cand = Cand(span.start, span.end, source="pattern", priority=3, kind="ORG")
                cand.add("ORG", STRONG)
                out.append(cand)
        return out

    def _country_tag_candidates(self, doc: Doc) -> list[Cand]:
        """"Tegla Loroupe (Kenya)", "Anne Roe (U.S.) beat ...": two or three capitalised words tagged with a
        country in brackets are a competitor or a visitor, a person (a club or firm so tagged is rare and
        usually carries an organisation word or a legal form, which outvote this). The words are read from
        the text, not the parser's run: in a table its sentence starts fall anywhere."""
        out: list[Cand] = []
        text = self._text
        for tag in _COUNTRY_TAG.finditer(text):
            known = self.gaz.get(tag.group(1))
            run = _TAGGED_NAME.search(text, max(0, tag.start() - 60), tag.start())
            if known is None or known[0] != "GPE" or known[1] < STRONG or run is None:
                continue
            name = run.group(1)
            if name.split()[0] in ("The", "A", "An") or name.split()[-1] in self.org_heads or self.gaz.get(name):
                continue
            span = doc.char_span(run.start(1), run.end(1))
            if span is not None and self._allowed(doc, run.start(1), run.end(1)):
                cand = Cand(span.start, span.end, source="pattern", priority=2)
                cand.add("PERSON", STRONG)
                out.append(cand)
        return out

    def _lineup_candidates(self, doc: Doc) -> list[Cand]:
        """Players named in a squad list with shirt numbers ("1 - Ana Pop ; 2 - Eva Roe"): people, unless the
        name ends in an organisation word or the gazetteer knows it."""
        out: list[Cand] = []
        for r0, r1 in self._regions:
            for s, e in lineup_spans(self._text, r0, r1):
                name = self._text[s:e]
                span = doc.char_span(s, e)
                if span is None or self.gaz.get(name) or name.split()[-1] in self.org_heads:
                    continue
                cand = Cand(span.start, span.end, source="pattern", priority=2)
                cand.add("PERSON", STRONG)
                out.append(cand)
        return out

    def _initial_candidates(self, doc: Doc) -> list[Cand]:
        """"J. Russell", "A. B. Okoro": initials before a capitalised surname are a person's name, which the
        model often reads as the initial alone or misses (score cards, bylines). Not after another
        capitalised word (the model's full name covers that) nor before a known place ("S. Korea")."""
        out: list[Cand] = []
        for m in _INITIALS_NAME.finditer(self._text):
            before = _CAPITAL_BEFORE.search(self._text, max(0, m.start() - 30), m.start())
            known = self.gaz.get(m.group(1))
            if before or (known and known[1] >= MEDIUM) or not self._allowed(doc, *m.span()):
                continue
            span = doc.char_span(*m.span())
            if span is not None:
                cand = Cand(span.start, span.end, source="pattern", priority=2)
                cand.add("PERSON", STRONG)
                out.append(cand)
        return out

    def _signoff_candidates(self, doc: Doc) -> list[Cand]:
        """A line that only signs a letter or a reader's comment names its writer, a person: a handle
        ("@jane_doe77.") or a name that opens with a common given name ("Will Roe.", "May Tull"), which the
        model misreads when the given name is also a word (a modal, a month). In running text a handle may
        be any account, so it is left alone."""
        out: list[Cand] = []
        for m in _SIGNOFF.finditer(self._text):
            group = 1 if m.group(1) else 2
            name = m.group(group)
            if group == 2 and not self._signed_name(name):
                continue
            span = doc.char_span(*m.span(group), alignment_mode="expand")
            if span is not None and self._allowed(doc, *m.span(group)):
                cand = Cand(span.start, span.end, source="pattern", priority=2)
                if (span.start_char, span.end_char) != m.span(group):
                    cand.chars = m.span(group)  # "@jo_roe." may be one token with its period
                cand.add("PERSON", STRONG)
                out.append(cand)
        return out

    def _signed_name(self, name: str) -> bool:
        """A given name first, and a last word that is no common word ("Major League Baseball"), no
        organisation word and no known name (a place, a firm)."""
        words = name.split()
        return (
            words[0] in self.first_names and words[-1].lower() not in self.common_words
            and words[-1] not in self.org_heads and self.gaz.get(name) is None and self.gaz.get(words[-1]) is None
        )

    def _personal(self, span: Span) -> bool:
        """A name that reads as a person's: a common given name first, or a model PERSON of two words."""
        words = span.text.split()
        if len(words) < 2:
            return False
        return words[0].title() in self.first_names or any(
            e.label_ == "PERSON" and len(e) > 1 for e in span.ents
        )

    def _party_tag_candidates(self, doc: Doc) -> list[Cand]:
        """'Rep. Jane Doe (D-Richmond)': the place after a party letter in a member's tag is a GPE."""
        out: list[Cand] = []
        for m in _PARTY_TAG.finditer(self._text):
            s, e = m.span(1)
            span = doc.char_span(s, e)
            if span is None or not self._allowed(doc, s, e):
                continue
            cand = Cand(span.start, span.end)
            known = self.gaz.get(m.group(1))
            cand.add(*(known or ("GPE", 2.0)))
            out.append(cand)
        return out

    # -- 2. gazetteer and acronym candidates --------------------------------------------
    def _gazetteer_candidates(self, doc: Doc) -> list[Cand]:
        out: list[Cand] = []
        n = len(doc)
        text = self._text
        # token offsets once: window strings are slices of the text, not Span objects
        offsets = doc.to_array(["IDX", "LENGTH"]) if n else None
        starts = offsets[:, 0].tolist() if n else []
        ends = (offsets[:, 0] + offsets[:, 1]).tolist() if n else []
        firsts = self._first_words()
        i = 0
        while i < n:
            if not capitalised(text[starts[i] : ends[i]]) or not _starts_some(firsts, text[starts[i] : ends[i]]):
                i += 1
                continue
            hit = None
            for j in range(min(n, i + self.gaz.max_tokens), i, -1):
                if not text[starts[j - 1]].isalnum():
                    continue
                entry = self.gaz.get(text[starts[i] : ends[j - 1]])
                if entry:
                    hit = (j, entry)
                    break
            if hit and self._allowed(doc, starts[i], ends[hit[0] - 1]):
                j = hit[0]
                if hit[1][0] == "ORG" and j < n and doc[j].lower_ in self.org_type_nouns and doc[j].is_alpha:
                    j += 1  # "the Nasdaq composite index": an organisation-type noun after the name joins it
                    hit = (j, hit[1])
                cand = Cand(i, hit[0], source="gaz", priority=0)
                cand.add(*hit[1])
                out.append(cand)
                i = hit[0]
            else:
                i += 1
        return out

    def _first_words(self) -> list[str]:
        """Sorted first words of the gazetteer names, rebuilt only when the gazetteer grows.

        A name can only match a window whose first token's text begins one of these words.
        """
        key = (id(self.gaz.names), len(self.gaz.names))
        if getattr(self, "_firsts_key", None) != key:
            self._firsts = sorted({name.split()[0] for name in self.gaz.names if name.split()})
            self._firsts_key = key
        return self._firsts

    def _acronym_candidates(self, doc: Doc) -> list[Cand]:
        out: list[Cand] = []
        for d in find_definitions(self._text):
            if not self._allowed(doc, min(d.long_start, d.short_start), max(d.long_end, d.short_end)):
                continue
            long = doc.char_span(d.long_start, d.long_end, alignment_mode="expand")
            short = doc.char_span(d.short_start, d.short_end, alignment_mode="expand")
            if long is None or short is None:
                continue
            cand = Cand(long.start, long.end, source="acronym", defines=d.short, priority=2)
            known = self.gaz.get(long.text)
            ner = {e.label_ for e in doc.ents if e.start == long.start and e.end == long.end}
            if known:
                cand.add(*known)
            elif ner:
                cand.add(ner.pop(), 1.0)
            else:
                cand.add("ORG", 1.0)
            out.append(cand)
            sc = Cand(short.start, short.end, source="acronym", priority=2)
            out.append(sc)
        return out

    def _ship_candidates(self, doc: Doc, loose: list[tuple[int, int]]) -> list[Cand]:
        """Ship names, one PRODUCT per vessel: "INS Sukanya", its spelled-out prefix "Indian Naval Ship
        Sukanya" (the initials give a known prefix) and the bare name "Sukanya" elsewhere in the article."""
        if not self._ship_re.search(self._text):
            return []
        out: list[Cand] = []
        named: dict[str, str] = {}  # bare ship name -> the prefixed form that links its mentions
        for i, tok in enumerate(doc[:-1]):
            nxt = doc[i + 1]
            if not (nxt.is_title and nxt.is_alpha and nxt.pos_ == "PROPN" and not nxt.is_sent_start):
                continue
            if nxt.lower_ in self.titles:
                continue  # "INS Commissioner": an agency's acronym before a title, no ship
            if tok.text in self.ship_prefixes:
                start = i
                prefix = tok.text
            elif tok.text == "Ship":
                start, prefix = -1, ""
                for s0 in range(i - 1, max(-1, i - 5), -1):
                    words = [t.text for t in doc[s0 : i + 1] if t.text not in _POSSESSIVE]
                    initials = "".join(w[0] for w in words)
                    if not all(w[:1].isupper() for w in words) or doc[s0 + 1].is_sent_start:
                        break
                    if initials in self.ship_prefixes:
                        start, prefix = s0, initials
                if start < 0:
                    continue
            else:
                continue
            if not self._allowed(doc, doc[start].idx, nxt.idx + len(nxt)):
                continue
            if any(a <= nxt.idx < b for a, b in loose) and not any(
                not any(a <= m.start() < b for a, b in loose)
                for m in re.finditer(rf"(?<![\w-]){re.escape(nxt.text)}(?![\w-])", self._text)
            ):
                continue  # "Indian Naval Ship Interdicts Pirates": a title-case headline word, no name
            cand = Cand(start, i + 2, source="pattern", priority=2)
            cand.add("PRODUCT", STRONG)
            short = f"{prefix} {nxt.text}"
            if short != doc[start : i + 2].text:
                cand.defines = short
            named.setdefault(nxt.text, doc[start : i + 2].text)
            out.append(cand)
        if not named:
            return out
        inside = {k for c in out for k in range(c.start, c.end)}
        for i, tok in enumerate(doc):
            if tok.text in named and i not in inside and self._allowed(doc, tok.idx, tok.idx + len(tok)):
                cand = Cand(i, i + 1, defines=named[tok.text])
                cand.add("PRODUCT", STRONG)
                out.append(cand)
        return out

    def _pattern_candidates(self, doc: Doc) -> list[Cand]:
        """Products, names before a designator or an organisation-type noun, lower-case names."""
        out: list[Cand] = []
        for i, j in product_spans(doc, self.gaz.get, self._texts, self._text, self._starts, self._ends):
            if doc[j - 1].lower_ in self.titles:  # "Jaguar Chairman": the maker's name is the company
                if j - i > 1 and self._allowed(doc, doc[i].idx, doc[j - 2].idx + len(doc[j - 2])):
                    cand = Cand(i, j - 1, source="pattern", priority=3)
                    cand.add("ORG", STRONG)
                    out.append(cand)
                continue
            if self._allowed(doc, doc[i].idx, doc[j - 1].idx + len(doc[j - 1])):
                cand = Cand(i, j, source="pattern", priority=3)
                cand.add("PRODUCT", STRONG)
                out.append(cand)
        for s, e in cartridge_spans(self._text):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and self._allowed(doc, s, e):
                cand = Cand(span.start, span.end, source="pattern", priority=3, chars=(s, e))
                cand.add("PRODUCT", STRONG)
                out.append(cand)
        for s, e, label in lower_name_spans(self._text):
            span = doc.char_span(s, e)
            if span is not None and self._allowed(doc, s, e):
                cand = Cand(span.start, span.end, source="lower", priority=2)
                cand.add(label, STRONG)
                out.append(cand)
        out.extend(self._phrase_candidates(doc))
        out.extend(self._work_title_candidates(doc))
        out.extend(self._vehicle_candidates(doc))
        out.extend(self._station_candidates(doc))
        out.extend(self._speaker_candidates(doc))
        out.extend(self._role_apposition_candidates(doc))
        for k, word in enumerate(self._texts):
            if word not in self.designators and word not in self.loc_designators and word not in self.org_type_nouns:
                continue
            if not word.islower():
                continue
            tok = doc[k]
            place = word in self.designators or word in self.loc_designators
            i = name_run_before(doc, k)
            if i is None:
                continue
            if not place and i > 0 and doc[i - 1].text.isdigit() and len(doc[i - 1]) <= 3 and not doc[i].is_sent_start:
                i -= 1  # "their 8 Block gang": a number opens the gang's name
            name = doc[i:k].text
            if not self._allowed(doc, doc[i].idx, tok.idx + len(tok)) or self._is_title_or_norp(name, doc[i].text):
                continue
            if doc[i].is_sent_start and doc[i].pos_ != "PROPN":
                continue  # "Opposition group" opening a sentence: a capitalised common word
            allowed_types = _NAME_TYPES if place else _NAME_TYPES | {"PERSON", "CARDINAL"}
            if any(t.ent_type_ not in allowed_types for t in doc[i:k]):
                continue  # "a Moslem village", "World Cup group": the model read another kind of name
            if place:
                cand = Cand(i, k, source="pattern", priority=2, designator=f"{name} {word}")
                loc = word in self.loc_designators or doc[k - 1].text in self.loc_heads  # "Nuba Mountains region"
                cand.add("LOC" if loc else "GPE", STRONG)
            else:
                known = self.gaz.get(name)
                if known and known[0] != "ORG":
                    continue
                cand = Cand(i, k + 1, source="pattern", priority=2)
                cand.add("ORG", 2.0)
            out.append(cand)
        return out

    def _work_title_candidates(self, doc: Doc) -> list[Cand]:
        """"his new documentary, Return of the River Kings.": a capitalised run in apposition to a work noun,
        closing the clause, is the work's title (WORK_OF_ART), names inside it nested. Needs two words
        or more and a connector or comma right after, so "the film Doe hated" gives nothing."""
        out: list[Cand] = []
        n = len(doc)
        for k, word in enumerate(self._texts):
            if word not in WORK_NOUNS or k + 3 >= n or self._texts[k + 1] != "," or not doc[k].is_lower:
                continue
            i = k + 2
            while i < n - 1 and doc[i].is_space:
                i += 1  # a no-break space after the comma is a token of its own
            j = i
            while j < n and (
                (doc[j].text[:1].isupper() and (doc[j].is_alpha or doc[j].text in ("-", "&")))
                or (j > i and doc[j].lower_ in _TITLE_CONNECTORS and self._title_goes_on(doc, j + 1))
            ):
                j += 1
            if j - i < 2 or j >= n or doc[j].text not in (".", ",", ";", ":", "!", "?"):
                continue
            if all(t.ent_type_ == "PERSON" for t in doc[i:j]):
                continue  # "the movie, Tom Hanks said,": a person speaking, not a title
            if doc[i:j].text.lower() in self.titles or self._text[doc[j - 1].idx + len(doc[j - 1])] != doc[j].text[0]:
                continue
            if self._allowed(doc, doc[i].idx, doc[j - 1].idx + len(doc[j - 1])):
                cand = Cand(i, j, source="pattern", priority=3)
                cand.add("WORK_OF_ART", STRONG)
                out.append(cand)
        return out

    def _office_candidates(self, doc: Doc) -> list[Cand]:
        """An office named after its holder's role: "the Orange County Sheriff's Department", "the Bronx
        District Attorney's Office", "the Maine Attorney General's Office" are one body, ORG, place and
        role included (the model splits it at the role or misses it). The name runs back over the
        capitalised words before the role, within the sentence."""
        out: list[Cand] = []
        for m in _ROLE_POSSESSIVE.finditer(self._text):
            span = doc.char_span(m.start(), m.end())
            if span is None or len(span) != 1:
                continue
            k = span.start
            if not (k + 1 < len(doc) and doc[k + 1].text in self.org_heads and self._is_role(doc, k - 1)):
                continue
            i = k - 1
            while (
                i > 0 and k - i < 6 and not doc[i].is_sent_start and not doc[i - 1].is_stop
                and _NAME_PART.fullmatch(doc[i - 1].text)
            ):
                i -= 1  # "In Los Angeles County Sheriff's ...": a capitalised function word opens no name
            cand = self._phrase_cand(doc, i, k + 2, "ORG")
            if cand is not None:
                out.append(cand)
        return out

    def _is_role(self, doc: Doc, i: int) -> bool:
        """Token i is capitalised and ends a title ("Sheriff", "District Attorney", "Attorney General")."""
        return doc[i].text[:1].isupper() and (doc[i].lower_ in self.titles or self._ends_title(doc, i))

    def _show_candidates(self, doc: Doc) -> list[Cand]:
        """A title-case run of two words or more in quotation marks after "on" or a possessive ('said on
        "Fox News Sunday."', 'NBC's "Meet the Press"') is a programme, a WORK_OF_ART (annotation-heldout:
        a show title in quotation marks), though it may open with its network's name."""
        out: list[Cand] = []
        for m in _QUOTED_SHOW.finditer(self._text):
            span = doc.char_span(*m.span(1))
            if span is not None and self._allowed(doc, *m.span(1)) and span.text.lower() not in self.titles:
                cand = Cand(span.start, span.end, source="pattern", priority=3)
                cand.add("WORK_OF_ART", STRONG)
                out.append(cand)
        return out

    def _vehicle_candidates(self, doc: Doc) -> list[Cand]:
        """A name one is "aboard" or "on board" is a vessel, an aircraft or a train, a PRODUCT (OntoNotes:
        vehicles are products), unless it is a known name of another kind ("aboard Delta flight 12")
        or a title. Its other mentions in the article join it."""
        out: list[Cand] = []
        for m in _ABOARD.finditer(self._text):
            name = m.group(1)
            known = self.gaz.get(name) or self.gaz.get(name.split()[0])
            if (known and known[0] != "PRODUCT") or name.split()[0].lower() in self.titles:
                continue
            span = doc.char_span(*m.span(1))
            if span is not None and self._allowed(doc, *m.span(1)):
                cand = Cand(span.start, span.end, source="pattern", priority=3)
                cand.add("PRODUCT", STRONG)
                out.append(cand)
        return out

    @staticmethod
    def _title_goes_on(doc: Doc, j: int) -> bool:
        """After a connector ("of the"), a capitalised word follows: the title runs on."""
        while j < len(doc) and doc[j].lower_ in _TITLE_CONNECTORS:
            j += 1
        return j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha

    def _speaker_candidates(self, doc: Doc) -> list[Cand]:
        """A lone capitalised name the model left untagged as the subject of a verb of saying is a
        person ("Lyons said that ..."): organisations that speak are mostly tagged, or upper-case."""
        out: list[Cand] = []
        if not len(doc):
            return out
        # only proper-noun subjects are looked at (array filter: a Python loop over every token costs)
        arr = doc.to_array([POS, DEP, ENT_TYPE])
        nsubj = doc.vocab.strings["nsubj"]
        hits = np.flatnonzero((arr[:, 0] == _PROPN) & (arr[:, 1] == nsubj) & (arr[:, 2] == 0))
        for k in hits.tolist():
            tok = doc[k]
            if self._lone_speaker(tok) and self.gaz.get(tok.text) is None:
                cand = self._phrase_cand(doc, tok.i, tok.i + 1, "PERSON")
                if cand is not None:
                    cand.votes["PERSON"] = 1.0
                    cand.priority = 1
                    out.append(cand)
        return out

    def _role_apposition_candidates(self, doc: Doc) -> list[Cand]:
        """A name set beside a person's role by apposition is a person, found or not by the model:
        "Marco Bellandi, a professor of history", "a professor at the university, Marco Bellandi"."""
        out: list[Cand] = []
        if not len(doc):
            return out
        # only nouns are looked at (array filter: a Python loop over every token costs)
        for k in np.flatnonzero(doc.to_array(POS) == _NOUN).tolist():
            role = doc[k]
            if not self._role_noun(role):
                continue
            for name in _apposed(role):
                parts = [name] + [c for c in name.children if c.dep_ == "compound" and c.i < name.i]
                start, end = min(t.i for t in parts), name.i + 1
                if name.pos_ != "PROPN" or end - start > 4 or not all(
                        t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in doc[start:end]) or any(
                        t.lower_ in self.titles or self.gaz.get(t.text) for t in doc[start:end]):
                    continue
                cand = self._phrase_cand(doc, start, end, "PERSON")
                if cand is not None:
                    out.append(cand)
        return out

    def _role_noun(self, tok: Token) -> bool:
        """A lower-case noun for a person's role or calling ("professor", "spokesman", "historian")."""
        return tok.pos_ == "NOUN" and tok.is_lower and (tok.lemma_ in PERSON_NOUNS or tok.lemma_ in self.titles)

    def _lone_speaker(self, tok: Token) -> bool:
        """A bare title-case proper noun (no determiner or modifier) as the subject of a verb of saying."""
        return (
            tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha
            and len(tok) > 2 and tok.head.lemma_.lower() in SPEECH_VERBS and tok.head.i > tok.i
            and not any(c.dep_ in ("compound", "det", "amod", "poss") for c in tok.children)
            and tok.text not in self.not_names and tok.lower_ not in self.titles
            and tok.text not in self.org_heads and tok.lower_ not in self.kin_nouns
            and tok.lower_ not in RELATION_NOUNS
        )

    def _station_candidates(self, doc: Doc) -> list[Cand]:
        """Broadcasters and forces named after their place: "NBC New York" (a network and a place),
        a call sign "PIX11", "Cumbria Police" (a known place and a capitalised organisation head)."""
        out: list[Cand] = []
        n = len(doc)
        model_places = {e.text for e in doc.ents if e.label_ == "GPE"}
        ks = []
        for m in self._station_re.finditer(self._text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and len(span) == 1:
                ks.append(span.start)
        for k in ks:
            tok = doc[k]
            if tok.text in self.broadcasters and tok.whitespace_ == " " and k + 1 < n:
                for j in range(min(n, k + 4), k + 1, -1):
                    known = self.gaz.get(doc[k + 1 : j].text)
                    if known and known[0] == "GPE" and not any(t.is_sent_start for t in doc[k + 1 : j]):
                        cand = self._phrase_cand(doc, k, j, "ORG")
                        if cand is not None:
                            out.append(cand)
                        break
            elif _CALL_SIGN.fullmatch(tok.text) and not tok.ent_type_:
                cand = self._phrase_cand(doc, k, k + 1, "ORG")
                if cand is not None:
                    cand.votes["ORG"] = 1.0
                    cand.priority = 1
                    out.append(cand)
            elif tok.text in ("Police", "Constabulary") and not (k + 1 < n and doc[k + 1].text[:1].isupper()):
                for i in range(max(0, k - 3), k):
                    known = self.gaz.get(doc[i:k].text)
                    place = (known and known[0] == "GPE") or doc[i:k].text in model_places
                    if place and not any(t.is_sent_start for t in doc[i + 1 : k + 1]):
                        cand = self._phrase_cand(doc, i, k + 1, "ORG")
                        if cand is not None:
                            out.append(cand)
                        break
        return out

    def _phrase_candidates(self, doc: Doc) -> list[Cand]:
        """Names fixed by the words around them.

        "Island of Qeshm" (a capitalised designator, "of", a name: the designator gives the kind),
        "the 67th Police Precinct" (an ordinal, capitalised words, a facility head),
        "a gang called 8 Block" (a group or place noun, "called"/"named"/"known as", a name).
        """
        out: list[Cand] = []
        n = len(doc)
        for k, word in enumerate(self._texts):
            if (
                word not in self.place_of and not _ORDINAL.fullmatch(word)
                and word.lower() not in NAMING_WORDS and word.lower() != "known"
            ):
                continue  # none of the three phrases can start here
            tok = doc[k]
            kind = self.place_of.get(tok.text)
            if kind and k + 2 < n and doc[k + 1].text == "of":
                j = _cap_run(doc, k + 2)
                i = k  # "the Northern Province of Aceh": capitalised modifiers the model read with it
                while (
                    i > 0 and k - i < 2 and not doc[i].is_sent_start and doc[i - 1].text[:1].isupper()
                    and doc[i - 1].is_alpha and doc[i - 1].ent_type_ and self.gaz.get(doc[i - 1].text) is None
                ):
                    i -= 1
                if j > k + 2:
                    out.append(self._phrase_cand(doc, i, j, kind, kind=kind))
                continue
            if _ORDINAL.fullmatch(tok.text) and not tok.is_sent_start:
                j = _cap_run(doc, k + 1)
                while j > k + 1 and doc[j - 1].text not in ORDINAL_FAC_HEADS:
                    j -= 1
                i = k - 1 if k > 0 and doc[k - 1].text in STREET_DIRECTIONS and not doc[k].is_sent_start else k
                if j > k + 1:
                    out.append(self._phrase_cand(doc, i, j, "FAC"))
                continue
            start = None
            if tok.lower_ in NAMING_WORDS:
                start = k + 1
            elif tok.lower_ == "known" and k + 1 < n and doc[k + 1].lower_ == "as":
                start = k + 2
            if start is None or k == 0 or start >= n or tok.dep_ != "acl" or tok.head.i != k - 1:
                continue  # "the company named John Smith as chief": a verb, not a name for the noun
            noun = doc[k - 1]
            label = ("ORG" if noun.lemma_.lower() in GROUP_NOUNS
                     else "GPE" if noun.lemma_.lower() in PLACE_NOUNS
                     else "PERSON" if noun.lemma_.lower() in ANIMAL_NOUNS else None)
            if label is None:
                continue
            j = start + 1 if doc[start].like_num and start + 1 < n else start
            end = _cap_run(doc, j)
            if end > j and not any(t.ent_type_ in ("DATE", "TIME") for t in doc[start:end]):
                out.append(self._phrase_cand(doc, start, end, label))
        out.extend(self._listed_places(doc))
        return [c for c in out if c is not None]

    def _listed_places(self, doc: Doc) -> list[Cand]:
        """Every name of a list governed by a place noun, also those the model missed: "the villages
        were A, B, C and D", "the villages of A, B and C", "villages such as A and B"."""
        out: list[Cand] = []
        for k, word in enumerate(self._texts):
            if self._pos[k] != _PROPN or not word[:1].isupper():
                continue
            tok = doc[k]
            if tok.dep_ == "conj":
                continue
            noun = self._governing_place_noun(tok)
            if noun is None:
                continue
            label = "GPE" if noun.lemma_.lower() in SETTLEMENT_NOUNS else "PLACE"
            for t in _conjuncts(tok):
                if t.pos_ != "PROPN" or not t.text[:1].isupper() or not t.is_alpha:
                    continue
                if t.text in self.loc_heads or t.text in self.fac_heads or t.text in self.org_heads:
                    continue  # "Qeshm Island": the name's own head word says what it is
                i = t.i
                while i > 0 and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i == t.i and doc[i - 1].is_title:
                    i -= 1
                cand = self._phrase_cand(doc, i, t.i + 1, label)
                if cand is not None:
                    cand.votes[label] = 3.0
                    cand.priority = 1
                    out.append(cand)
        return out

    @staticmethod
    def _governing_place_noun(head: Token) -> Token | None:
        """The place noun a list head depends on (as predicate, apposition or "of"/"such as" object)."""
        gov = head.head
        nouns: list[Token] = []
        if head.dep_ == "attr":
            nouns = [t for t in gov.children if t.dep_ in ("nsubj", "nsubjpass")]
        elif head.dep_ == "appos":
            nouns = [gov]
        elif head.dep_ == "pobj" and gov.lower_ in ("of", "including", "like", "as"):
            nouns = [gov.head.head if gov.lower_ == "as" and gov.head.lower_ == "such" else gov.head]
        for t in nouns:
            if t.lemma_.lower() in PLACE_NOUNS and t.pos_ == "NOUN" and t.text.islower():
                return t
        return None

    def _phrase_cand(self, doc: Doc, i: int, j: int, label: str, kind: str | None = None) -> Cand | None:
        if not self._allowed(doc, doc[i].idx, doc[j - 1].idx + len(doc[j - 1])):
            return None
        cand = Cand(i, j, source="pattern", priority=3, kind=kind)
        cand.add(label, STRONG)
        return cand

    def _is_title_or_norp(self, name: str, first: str) -> bool:
        """A run that is a role ("President") or a nationality ("Iraqi town") names no place."""
        if name.lower() in self.titles or first.lower() in self.titles:
            return True
        for text in (name, first):
            known = self.gaz.get(text)
            if known and known[0] == "NORP":
                return True
        return False

    # -- 3. overlaps ------------------------------------------------------------------------
    def _resolve_overlaps(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """Longest first (then acronym > model > gazetteer); merge votes of identical spans."""
        by_span: dict[tuple[int, int], Cand] = {}
        for c in cands:
            key = (c.start, c.end)
            if key in by_span:
                old = by_span[key]
                for k, v in c.votes.items():
                    old.votes[k] += v
                old.priority = max(old.priority, c.priority)
                old.defines = old.defines or c.defines
                if old.source == "gaz":
                    old.source = c.source
            else:
                by_span[key] = c
        taken = [False] * len(doc)
        chosen: list[Cand] = []
        for c in sorted(by_span.values(), key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
            if any(taken[c.start : c.end]):
                continue
            if c.source == "gaz" and not self._gaz_alone_ok(doc, c):
                continue
            for i in range(c.start, c.end):
                taken[i] = True
            chosen.append(c)
        chosen.sort(key=lambda c: c.start)
        return chosen

    def _gaz_alone_ok(self, doc: Doc, c: Cand) -> bool:
        """A gazetteer name the model did not tag: strong names alone, weak ones with context
        ("in X", "X county", "an X resident") or when the article names it elsewhere."""
        weight = max(c.votes.values(), default=0.0)
        if weight >= MEDIUM or doc[c.start : c.end].text in self._confirmed:
            return True
        prev = doc[c.start - 1].lower_ if c.start > 0 else ""
        nxt = doc[c.end].text if c.end < len(doc) else ""
        return PLACE_PREPS.get(prev, 0) >= 1.0 or nxt in self.designators or nxt in RESIDENT_NOUNS

    def _confirmed_names(self, doc: Doc, cands: list[Cand], loose: list[tuple[int, int]]) -> set[str]:
        """Names the model or a pattern found outside the headline lines: proof for the same name
        elsewhere in the article (one name, one reading)."""
        out = set()
        for c in cands:
            s = self._starts[c.start]
            if c.source != "gaz" and not any(a <= s < b for a, b in loose):
                out.add(self._span_text(c.start, c.end))
        return out

    def _echo_candidates(self, doc: Doc, cands: list[Cand]) -> list[Cand]:
        """Other occurrences of a multi-word name found elsewhere, so that the longer name wins over a
        shorter reading of the same words ("a Hawaiian Gardens apartment" read as NORP "Hawaiian")."""
        names = {self._span_text(c.start, c.end): c.end - c.start for c in cands
                 if c.source in ("ner", "pattern") and c.end - c.start > 1
                 and all(t.is_alpha or t.text in ("-", ".", "&") or t.like_num for t in doc[c.start : c.end])}
        have = {(c.start, c.end) for c in cands}
        out = []
        n = len(doc)
        for k, word in enumerate(self._texts):
            if not word[:1].isupper():
                continue
            for name, size in names.items():
                if (
                    (k, k + size) in have or not name.startswith(word)
                    or self._span_text(k, min(k + size, n)) != name
                ):
                    continue
                if self._allowed(doc, self._starts[k], self._ends[k + size - 1]):
                    out.append(Cand(k, k + size, source="echo", priority=0))
                    have.add((k, k + size))
        return out

    def _confirm_in_headlines(self, doc: Doc, cands: list[Cand], loose: list[tuple[int, int]]) -> list[Cand]:
        """In a title-case line capitals prove nothing: keep a model name only if the gazetteer or the
        rest of the article knows it (trimmed to the known name: "Andrew Lopez Confesses").

        Done before overlaps are resolved, so that a dropped or trimmed model span frees the
        gazetteer and pattern names it covered ("Iranian" in "Iranian Island of Qeshm").
        """

        def inside(c: Cand) -> bool:
            s = doc[c.start].idx
            return any(a <= s < b for a, b in loose)

        known = {_variant_key(doc[c.start : c.end].text) for c in cands
                 if not inside(c) and (c.source != "gaz" or self._gaz_alone_ok(doc, c))}
        out = []
        for c in cands:
            if c.source != "ner" or not inside(c) or _variant_key(doc[c.start : c.end].text) in known:
                out.append(c)
                continue
            if self.gaz.get(doc[c.start : c.end].text):
                out.append(c)
                continue
            subs = [(i, j) for i in range(c.start, c.end) for j in range(i + 1, c.end + 1)
                    if (i, j) != (c.start, c.end)]
            for i, j in sorted(subs, key=lambda ij: ij[0] - ij[1]):
                if _variant_key(doc[i:j].text) in known:
                    c.start, c.end = i, j
                    out.append(c)
                    break
        return out

    # -- 4. evidence ----------------------------------------------------------------------
    def _context_votes(self, doc: Doc, c: Cand) -> None:
        span = doc[c.start : c.end]
        text = span.text
        if c.source != "gaz":
            known = self.gaz.get(text)
            if known:
                c.add(*known)
                if known[0] == "GPE" and known[1] >= MEDIUM and "LOC" in c.votes:
                    c.add("PLACE", c.votes.pop("LOC"))  # a known city: the model's LOC/GPE choice is a guess
        last, first = doc[c.end - 1].text, doc[c.start].text
        if c.end - c.start > 1:
            if last in self.org_heads:
                c.add("ORG", 2.0)
            numbered = c.end - c.start > 2 and last in _WAR_NUMBERS and doc[c.end - 2].text in EVENT_HEADS
            if last in EVENT_HEADS or numbered:
                c.add("EVENT", STRONG)  # "Gulf War", "World War Two", "Hong Kong Open": the head word says it
            if last in LAW_HEADS and not c.votes.get("PERSON"):
                c.add("LAW", STRONG)  # "Sixth Amendment", "U.S. Constitution": the head word says it is a law
            if last in FAC_NAME_HEADS or INSTITUTION.search(text):
                c.votes.pop("PERSON", None)  # "Snyder Ave", "Roe State Prison": a facility, whatever name opens it
                c.add("FAC", STRONG + 1.0)
            if last in self.loc_heads or first in self.loc_heads:
                c.add("LOC", 2.0)
            if "of" in [t.lower_ for t in span[1:-1]]:
                head = next(t.text for t in reversed(span[: [t.lower_ for t in span].index("of")]))
                if head in self.loc_heads:
                    c.add("LOC", 2.0)
                elif head in self.org_heads:
                    c.add("ORG", 2.0)
            if (
                first in self.first_names and self.gaz.get(first) is None and first.lower() not in self.titles
                and not self._placeish(last) and last not in self.org_heads and doc[c.end - 1].pos_ == "PROPN"
                and all(t.text[:1].isupper() and t.is_alpha for t in span)
                and not any(lab in c.votes for lab in ("WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "FAC"))
            ):
                c.add("PERSON", 1.5)  # "Rosemary Connors": a common given name opens the name
            if last.lower() in self.designators and last[:1].isupper():
                known = self.gaz.get(doc[c.start : c.end - 1].text)
                if known and known[0] in ("GPE", "LOC"):
                    c.add("PLACE", 2.0)
        if (
            c.start > 0 and doc[c.start - 1].text in _QUOTES and c.end + 1 < len(doc) and doc[c.end].text in _QUOTES
            and doc[c.end + 1].lower_ in WORK_NOUNS
        ):
            c.add("WORK_OF_ART", STRONG)  # 'the "America's Most Wanted" television show'
        if c.end - c.start > 1 and COMPANY_END.search(text):
            c.votes.pop("PERSON", None)  # "Tony Lama Co.", "Erbamont N.V.": a legal form ends a company name
            c.add("ORG", STRONG + 1.0)
        if "PRODUCT" not in c.votes and any(_CODE_TOKEN.fullmatch(t.text) for t in span):
            c.votes.pop("PERSON", None)  # "NBC10": letters with digits are a call sign or a code, not a person
            c.add("ORG", 1.0)
        self._coordination_votes(doc, c)
        if c.end - c.start == 1 and self._before_street(doc, c.end):
            c.votes.pop("PERSON", None)
            c.add("FAC", STRONG)
        if self._is_a_place(span.root):
            c.add("PLACE", 3.0)
        prev = doc[c.start - 1] if c.start > 0 else None
        if prev is not None:
            kin = doc[c.start - 2] if prev.text == "," and c.start > 1 else prev
            if kin.lower_ in self.kin_nouns and kin.text.islower():
                c.add("PERSON", STRONG)  # "his second wife, Chela"
            if prev.lower_ == "in" and prev.head.lemma_.lower() in STAKE_WORDS:
                c.add("ORG", 1.0)  # "a stake in X", "shares in X", "invested in X": what is owned is a firm
            else:
                c.add("PLACE", PLACE_PREPS.get(prev.lower_, 0.0))
            if prev.lower_ == "of" and c.start > 1 and doc[c.start - 2].lower_ in PLACE_OF:
                c.add("PLACE", 3.0)
            if prev.lower_ == "to" and c.start > 1 and doc[c.start - 2].lemma_.lower() in MOTION_VERBS:
                c.add("PLACE", 1.5)
            if prev.lower_ in HONORIFICS or (prev.text == "." and c.start > 1 and doc[c.start - 2].lower_ + "."
                                             in HONORIFICS):
                c.add("PERSON", STRONG)
            elif self._after_title(doc, c):
                c.add("PERSON", STRONG)  # "President Clinton", "Gov. Bush": a capitalised title names a person
        if c.end < len(doc):
            nxt = doc[c.end]
            if nxt.text in self.designators and nxt.text.islower():
                c.designator = f"{text} {nxt.text}"
                c.add("GPE", 3.0)
            elif nxt.text in self.loc_designators and nxt.text.islower():
                c.designator = f"{text} {nxt.text}"
                c.add("LOC", 3.0)
            if (
                nxt.lower_ not in self.designators and "NORP" not in c.votes
                and self._before_place_plural(doc, c.end)
            ):
                c.add("PLACE", 2.0)
            if nxt.text == "," and self._place_apposition(doc, c.end + 1):
                c.add("GPE", 2.0)
            if nxt.text == "," and c.end + 1 < len(doc) and (c.end - c.start == 1 or not c.votes.get("PERSON")):
                after = doc[c.end + 1 : c.end + 4]
                for k in range(len(after), 0, -1):
                    known = self.gaz.get(after[:k].text)
                    if known and known[0] == "GPE" and known[1] >= STRONG:
                        c.add("PLACE", 1.5)
                        break

        if text in self.languages and self._spoken(span.root):
            c.add("LANGUAGE", STRONG + MEDIUM)  # over the nationality the same word names elsewhere
        bare = _strip_det(text)
        if bare in self.seats or bare in self.platforms:
            place = "FAC" if bare in self.seats else "PRODUCT"
            # the reading decides, over the gazetteer's company ("Facebook") and the model's guess
            c.add("ORG" if self._body_acts(span.root) else place, STRONG + MEDIUM)
        self._kind_votes(doc, c, span, text)
        if self._plays_as_team(doc, c, span):
            c.kind = "ORG"

    @staticmethod
    def _spoken(root: Token) -> bool:
        """A language name used as the language: the object of "in" ("yelled in Hebrew", "in Arabic and
        English") or of a verb of speaking or learning ("speaks fluent Russian"). As a modifier ("French
        troops", "in French politics") it is the nationality."""
        head = _first_conjunct(root)
        if any(t.dep_ in ("compound", "det", "poss") for t in root.children):
            return False
        return (head.dep_ == "pobj" and head.head.lower_ == "in") or (
            head.dep_ == "dobj" and head.head.lemma_.lower() in LANGUAGE_VERBS
        )

    @staticmethod
    def _body_acts(root: Token) -> bool:
        """A seat of government or a platform that acts stands for the body that runs it: the subject of a
        verb ("the Kremlin denied", "Facebook removed"), a possessor, the agent of a passive, or before a
        noun of its staff or stock ("a White House spokesman", "Facebook shares"). Elsewhere it is the
        building ("in the White House") or the service ("on Facebook", a "Facebook." heading)."""
        head = root.head
        return (
            root.dep_ in ("nsubj", "nsubjpass", "poss")
            or (root.dep_ == "compound" and head.lower_ in BODY_NOUNS)
            or (root.dep_ == "pobj" and head.dep_ == "agent")
        )

    def _kind_votes(self, doc: Doc, c: Cand, span: Span, text: str) -> None:
        """Evidence for products, organisations named after a descriptor, and regions."""
        words = text.split()
        if c.end - c.start > 1:
            first = self.gaz.get(doc[c.start].text)
            if (
                first and first[0] == "ORG" and len(words) <= 3 and words[-1] not in self.org_heads
                and doc[c.start].text not in self.outlets
                and not any(w in self.company_units for w in words[1:]) and not COMPANY_END.search(text)
                and all(w[:1].isupper() and w.isalpha() for w in words[1:])
                and doc[c.start].whitespace_ and self.gaz.get(text) is None
                and words[-1] not in self.fac_heads and words[-1] not in FAC_NAME_HEADS and not INSTITUTION.search(text)
                and not any(lab in c.votes for lab in ("FAC", "WORK_OF_ART", "EVENT", "LAW", "LOC"))
            ):
                c.votes.pop("ORG", None)  # "Google Keep": a company's name before a new name is its product
                c.add("PRODUCT", STRONG + 1.0)
            if " for " in text:
                after = text.split(" for ", 1)[1]
                if (self.gaz.get(after) or ("",))[0] == "PRODUCT":
                    c.add("PRODUCT", STRONG + 1.0)  # "Office for Windows": a version for a platform
        root = span.root
        if c.start > 0:
            t = doc[c.start - 1]
            low = t.text
            related = t.head.i == root.i or (root.dep_ == "appos" and root.head.i == t.i) or (
                root.dep_ != "compound" and t.pos_ == "NOUN" and c.end - c.start == 1
            )
            if related and low in self.org_descriptors and "PRODUCT" not in c.votes:
                c.kind = "ORG"  # "the rights group X", "the news website X": the noun says what X is
            elif related and (low in PERSON_NOUNS or (t.is_lower and low in self.titles)) and c.end - c.start <= 3:
                c.add("PERSON", STRONG)  # "music diva X", "spokesman X": the noun says X is a person
            elif related and low in self.product_cues:
                c.add("PRODUCT", STRONG)  # "the to-do app X"
        if c.end - c.start <= 3 and "PERSON" in c.votes or c.end - c.start in (2, 3) and all(
                t.is_title for t in span):
            if any(self._role_noun(d) for d in _apposed(root)):
                c.add("PERSON", STRONG)  # "a professor of history at X, Marco Bellandi": the role says it
        head = _first_conjunct(root)
        cue = head.head
        if (
            cue.i >= c.end and cue.text in self.product_cues and head.dep_ in ("compound", "nmod", "amod")
            and cue.i - c.end <= 4
        ):
            c.add("PRODUCT", STRONG)  # "the X and Y apps"
        if c.start > 0 and doc[c.start - 1].lower_ == "the" and any(
            lab in c.votes for lab in ("GPE", "LOC", "PLACE")
        ):
            if all(w.replace("-", "").lower() in _COMPASS for w in words):
                c.add("LOC", STRONG + 1.0)  # "the South West", "the North East": a region, not a state

    def _plays_as_team(self, doc: Doc, c: Cand, span: Span) -> bool:
        """A place name (not a country) used as a sports team: before a team-sport noun ("the Harwick
        striker", "Ashby and Dunmore skipper"), the subject of a plural verb (British collective agreement,
        which a town never takes: "Harwick are top"), or beating another such place ("Ashby beat Harwick",
        "Harwick were defeated by Ashby"). Countries stay GPE (national teams, annotation rules)."""
        if not self._town_like(span.text, c.votes):
            return False
        head = _first_conjunct(span.root)
        nxt = doc[c.end] if c.end < len(doc) else None
        if nxt is not None and nxt.text in self.team_nouns:
            return True
        if self._before_innings(doc, c.end):
            return True
        if head.dep_ == "compound" and head.head.text in self.team_nouns and head.head.i > head.i:
            return True
        if head.dep_ in ("nsubj", "nsubjpass") and self._lone_subject(c, head) and any(
            t.lower_ in _PLURAL_VERBS for t in [head.head, *(a for a in head.head.children if a.dep_.startswith("aux"))]
        ):
            return True  # "Harwick are top", "Harwick have won": a place that takes a plural verb is a side
        verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else head.head
        if verb.lemma_.lower() not in DEFEAT_VERBS or verb.pos_ != "VERB" or head.dep_ not in _ARG_DEPS:
            return False
        return any(
            t.i != head.i and t.dep_ in _ARG_DEPS and t.pos_ == "PROPN"
            and self._town_like(doc[t.left_edge.i : t.i + 1].text, {})
            for t in [*verb.children, *(g for p in verb.children if p.dep_ == "agent" for g in p.children)]
        )

    @staticmethod
    def _before_innings(doc: Doc, i: int) -> bool:
        """A score card's side: a score, then a second innings or its scorers in brackets ("Ashby 238 and
        133-5", "Harwick 471 ( J. Roe 123 )"). A place's figures in prose take a noun, not these."""
        return (
            i + 1 < len(doc) and _INNINGS.fullmatch(doc[i].text) is not None
            and doc[i + 1].text in ("and", "(") and not doc[i].is_sent_start
        )

    @staticmethod
    def _lone_subject(c: Cand, head: Token) -> bool:
        """One singular name alone as the subject ("Harwick are"), not one of several ("Roe and his
        brother are") nor a person's name."""
        return (
            c.end - c.start == 1 and not head.text.endswith("s") and head.i == c.start
            and not any(t.dep_ in ("conj", "cc") for t in head.children) and not c.votes.get("PERSON")
        )

    def _town_like(self, name: str, votes: dict[str, float]) -> bool:
        """A place name that is no country: a town, a county, a state (by the gazetteer or the votes)."""
        if name in self.gaz.countries:
            return False
        known = self.gaz.get(name)
        if known is not None:
            return known[0] in ("GPE", "LOC")
        return any(votes.get(lab, 0.0) > 0 for lab in ("GPE", "LOC", "PLACE"))

    def _after_title(self, doc: Doc, c: Cand) -> bool:
        """A capitalised title right before the name, in the same sentence ("President Clinton",
        "Gov. Bush"): the name is a person's, whatever small town shares it. Not for names that end
        in an organisation word ("General Motors") nor for cities and countries the gazetteer knows well."""
        if doc[c.start].is_sent_start or doc[c.end - 1].text in self.org_heads:
            return False
        known = self.gaz.get(doc[c.start : c.end].text)
        if known and known[1] >= MEDIUM:
            return False
        for s0 in range(c.start - 1, max(-1, c.start - 1 - self.max_title_words), -1):
            if doc[s0].text[:1].isupper() and doc[s0:c.start].text.lower() in self.titles:
                return all(not t.is_sent_start for t in doc[s0 + 1 : c.start])
        return False

    def _coordination_votes(self, doc: Doc, c: Cand) -> None:
        """Names listed together share their kind: "the villages were A, B, C and D", "the villages of
        A, B and C", "A, B and Tehran" (unknown names coordinated with a known place)."""
        root = doc[c.start : c.end].root
        head = _first_conjunct(root)
        members = _conjuncts(head)
        if root not in members or len(members) < 2:
            return
        if self._governing_place_noun(head) is not None:
            c.add("PLACE", 3.0)
            return
        if c.end - c.start > 1 or self.gaz.get(doc[c.start].text):
            return  # only a lone unknown word takes its kind from the places beside it
        for t in members:
            if t.i == root.i or not t.text[:1].isupper():
                continue
            known = self.gaz.get(t.text)
            if known and known[0] == "GPE" and known[1] >= MEDIUM:
                c.add("PLACE", 1.5)
                return

    @staticmethod
    def _before_street(doc: Doc, i: int) -> bool:
        """"Church and Snyder Ave.": a lone name joined to a street name is the short form of a street."""
        if i + 2 >= len(doc) or doc[i].lower_ not in ("and", "&"):
            return False
        for j in range(i + 1, min(len(doc), i + 5)):
            if not doc[j].is_title:
                return False
            if j > i + 1 and doc[j].text in FAC_NAME_HEADS:
                return True
        return False

    @staticmethod
    def _is_a_place(root: Token) -> bool:
        """"X is a town in ...", "X is among the most crime-ridden neighborhoods": the predicate says
        the name is a place."""
        if root.dep_ != "nsubj" or root.head.lemma_ != "be":
            return False
        for t in root.head.children:
            if t.dep_ == "attr" and t.pos_ == "NOUN" and t.lemma_.lower() in PLACE_NOUNS:
                return True
            if t.dep_ == "prep" and t.lower_ == "among":
                if any(p.dep_ == "pobj" and p.lemma_.lower() in PLACE_NOUNS for p in t.children):
                    return True
        return False

    def _placeish(self, word: str) -> bool:
        """A capitalised place word ("Township", "County", "Mountains") ends a place name, not a person's."""
        low = word.lower()
        return (low in self.designators or low in self.loc_designators or word in self.loc_heads
                or word in self.fac_heads)

    def _place_apposition(self, doc: Doc, i: int) -> bool:
        """", the capital of ...", ", a town in ...": an apposition that says the name is a settlement.

        The designator must head the apposition: ", the deputy district chief" is a role, not a place.
        """
        toks = list(doc[i : i + 7])
        if toks and toks[0].lower_ in _DETS:
            toks = toks[1:]
        kinds = self.designators | {"capital"}
        for k, t in enumerate(toks[:5]):
            if t.lower_ in kinds:
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                return nxt is None or nxt.pos_ not in ("NOUN", "PROPN")
            if t.text != "-" and (t.dep_ not in ("amod", "advmod", "npadvmod", "compound") or t.pos_ == "PROPN"):
                return False  # ", a working-class city": only modifiers before the designator
        return False

    def _before_place_plural(self, doc: Doc, i: int) -> bool:
        """"X area", "X and Y areas": a name followed (after conjoined names) by a place noun."""
        j = i
        while j < len(doc) and j - i < 5:
            t = doc[j]
            if t.lower_ in ("area", "region") or t.lower_ in PLACE_PLURALS:
                return t.text.islower()
            if t.lower_ in ("and", "or", ",") or (t.text[:1].isupper() and t.pos_ == "PROPN"):
                j += 1
                continue
            return False
        return False

    def _keep(self, doc: Doc, m: Mention) -> bool:
        """Proper names only: no lower-case category words, no title-case common words."""
        if m.source in ("lower", "echo") or HANDLE.fullmatch(m.text):
            return True  # names found in lower case on purpose ("eurozone"), handles ("@jo_roe")
        if not any(ch.isupper() for ch in m.text) or m.text in self.not_names or _DERIVED.match(m.text):
            return False
        if m.start > 0 and self._text[m.start - 1] == "#":
            return False  # "#ImWithHer": a hashtag is a slogan, not a name
        if m.text.lower() in holidays():
            return False  # 'the "Boxing Day" tsunami': a holiday is a date (the dates stage), no name
        if not m.votes or max(m.votes.values()) <= 0:
            return m.source == "acronym"
        if "NORP" in m.votes and " " not in m.text and self.gaz.get(m.text) is None:
            low = m.text.lower()
            if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", self._text):
                return False
        return True


def title_case_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character ranges of headline-style lines (most words capitalised), where capitals prove nothing."""
    out: list[tuple[int, int]] = []
    if len(spans) < 2:  # no headline region: body lines (e.g. lists of names) are not headlines
        return out
    for a, b in spans[:1]:
        pos = a
        for line in text[a:b].split("\n"):
            if is_title_case(line):
                out.append((pos, pos + len(line)))
            pos += len(line) + 1
    return out


def _with_teams(cands: list[Cand], teams: list[Cand]) -> list[Cand]:
    """A results table's cells are fixed by its layout: other readings that overlap a side's name
    ("Atlanta 5 PITTSBURGH" read as one name, "Kansas" inside "KANSAS CITY") give way."""
    if not teams:
        return cands
    inside = bytearray(max(c.end for c in teams))
    for t in teams:
        inside[t.start : t.end] = b"\x01" * (t.end - t.start)
    return [c for c in cands if not any(inside[c.start : c.end])] + teams


def caps_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character ranges of all-caps lines anywhere in the body ("SOCCER - ROVERS SIGN DOE"), where capitals
    prove nothing either: a model name there must be confirmed by the gazetteer or the rest of the article."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        pos = a
        for line in text[a:b].split("\n"):
            if shouted(line):
                out.append((pos, pos + len(line)))
            pos += len(line) + 1
    return out


def _cap_run(doc: Doc, i: int, max_len: int = 4) -> int:
    """End of the run of capitalised word tokens starting at token i (i itself when there is none)."""
    j = i
    while (
        j < len(doc) and j - i < max_len and doc[j].text[:1].isupper() and doc[j].ent_type_ not in ("DATE", "TIME")
        and doc[j].text.replace("-", "").replace(".", "").isalpha() and not (j > i and doc[j].is_sent_start)
    ):
        j += 1
    return j


def _starts_some(words: list[str], prefix: str) -> bool:
    """Whether any word of the sorted list begins with ``prefix``."""
    k = bisect_left(words, prefix)
    return k < len(words) and words[k].startswith(prefix)


def _variant_key(text: str) -> str:
    """A name in lower case; of two words or more, also without a final "s" on any word, so that a headline's
    "Acmes Food" is confirmed by the article's "Acme Foods" (the clusterer joins such forms too)."""
    words = text.lower().split()
    return text.lower() if len(words) < 2 else s_variant_key(words)


def _apposed(tok: Token) -> list[Token]:
    """What stands in apposition to ``tok``: the head it is an apposition of, and its own appositions."""
    return ([tok.head] if tok.dep_ == "appos" else []) + [c for c in tok.children if c.dep_ == "appos"]


def _name_suffix(tok: Token) -> bool:
    """A generational suffix as written after a name: "Jr.", "Sr", "III" (capitalised, never "ii")."""
    return tok.text[:1].isupper() and tok.text.rstrip(".").lower() in NAME_SUFFIXES


def _strip_det(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def _first_conjunct(tok: Token) -> Token:
    """The first name of a coordination ("A, B and C" → A): the parser hangs the later ones on it, so
    the role of the whole list in the sentence (subject, object of "in", modifier) is read there."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _conjuncts(head: Token) -> list[Token]:
    """The first name of a coordination and every name joined to it, in order ("A, B and C")."""
    return [head, *[t for t in head.subtree if t.dep_ == "conj" and t.i != head.i]]
