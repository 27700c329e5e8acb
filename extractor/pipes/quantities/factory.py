"""The ``news_quantities`` factory: numeric expressions with value, bound, unit and counted noun.

Candidates come from our number grammar (``numbers.find_numbers``: digits, words, fractions,
multipliers, vague magnitudes) and are checked against the parse: numbers inside date/time
entities, years, clock times, ordinals, identifiers ("Interstate 75", "AK-47", "call 911")
and "one of" are dropped. Bounds come from qualifier lexicons before and after the number;
ranges ("between 70 and 100", "70-100") give two quantities, gte and lte. Units: ages,
magnitudes, percent and currency signs by pattern; other units from quantulum3, asked about
the short window after one number only (cached). ``counted`` is the noun the number counts,
read from the dependency parse, with fallbacks for partitives, pronouns and ellipsis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractor.pipes.base import TIME_ZONES, in_regions
from extractor.pipes.dates.normalise import SHARED_TIME_UNIT, SHORT_YEAR_RANGE, normalise
from extractor.pipes.quantities.numbers import NumberMatch, currency_signs, find_numbers
from extractor.resources import load_lines

_PKG = "extractor.pipes.quantities"
_SKIP_ENTS = {"DATE", "TIME", "ORDINAL"}
# an ordinal as written: "3rd", "first", "fifth" (a word ending in -th); the model's ORDINAL label alone is not
# enough ("75ml", see _is_temporal)
_ORDINAL_FORM = re.compile(r"\d(?:st|nd|rd|th)\b|(?:first|second|third|th)\b", re.IGNORECASE)
_AGE_AFTER = re.compile(
    r"^(?:\s*-\s*|\s+)?(?P<unit>year|month|week|day)s?(?:(?:\s*-\s*|\s+)olds?\b|\s+of\s+age\b)"
    r"|^\s*(?P<yo>yo|y/o|yrs? old)\b", re.IGNORECASE)
_TEMPERATURE = re.compile(
    r"^\s*(?:°|deg(?:rees?)?\.?)?\s*(?P<scale>c|f|celsius|celcius|centigrade|centigrate|fahrenheit|farenheit)\b",
    re.IGNORECASE)
_POINT_AFTER = re.compile(r"^\s*-\s*points?\s+(?P<noun>[a-z]+)\b", re.IGNORECASE)
_CALIBRE_AFTER = re.compile(r"^\s*-?\s*calib(?:er|re)\b", re.IGNORECASE)
_GAUGE_AFTER = re.compile(r"^\s*-\s*gauge\b|^\s+gauge\s+(?=[a-z])", re.IGNORECASE)
_RICHTER_AFTER = re.compile(r"^\s+on\s+the\s+(?:open-ended\s+)?richter\b", re.IGNORECASE)
_QUAKE_AFTER = re.compile(r"^(?P<word>\s*-?\s*(?:degree|strength|point)s?)?\s*-?\s*(?:earth)?quakes?\b"
                          r"|^\s*-?\s*(?:temblors?|tremblors?|tremors?|aftershocks?)\b", re.IGNORECASE)
_PER_HOUR_AFTER = re.compile(r"^\s+(?:an?|per)\s+hour\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+$")
_DAY_RANGE_BEFORE = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+\d{1,2}\s*(?:-|–|to|through)\s*$")
_PER_TIME = re.compile(r"^per (?:second|minute|hour|day|week|month|year)$")
_INCHES_AFTER = re.compile(r"^\s*-?\s*inch(?:es)?\b", re.IGNORECASE)
_CALIBRE_DOT = re.compile(r"\.\s?$")
_FOOT_INCH = re.compile(r"\d\s*-\s*(?:foot|feet)\s*-\s*$", re.IGNORECASE)
_FEET_AFTER = re.compile(r"^\s*-\s*(?:foot|feet)(?=\s*-\s*\d)", re.IGNORECASE)
_HOUSE_NUMBER_AFTER = re.compile(r"^\s+block\b", re.IGNORECASE)
_GLUED_INCH = re.compile(r"^in(?![\w.])")
_OLDER_AFTER = re.compile(r"^\s+(?:(?P<unit>years?|months?|weeks?)\s+)?(?:and|or)\s+(?:older|younger)\b",
                          re.IGNORECASE)
_AGE_LIMIT = re.compile(r"\b([A-Za-z]+)\s+(?:under|over|below|above|younger\s+than|older\s+than)\s+\Z")
_OF_AFTER = re.compile(r"\s+of\b")
_PLUS_OR = re.compile(r"\bplus\s+or\s+\Z", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?)\s+$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"^\s*-?\s*magnitude\b", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]+$", re.IGNORECASE)
_MAGNITUDE_OF = re.compile(r"\bmagnitude\s+of\s+(?:(?:at|least|about|around|nearly|some|more|than|over|"
                           r"approximately|roughly|almost|up|to)\s+){0,2}$", re.IGNORECASE)
_PERCENT = re.compile(r"^\s*(?:%|per\s?cent\b|pct\b|percentage points?\b)", re.IGNORECASE)
_IDENTIFIER_BEFORE = re.compile(r"(?:@\w*|[A-Za-z0-9]_)$")  # "@user", "name_" glued to the digits
_IDENTIFIER_AFTER = re.compile(r"_\w")
_CLOCK_AFTER = re.compile(
    r"^\s*(?:[ap]\.?\s?m\b\.?|(?:" + TIME_ZONES + r")\b|hrs\b|hours\s+(?:gmt|local)|o'clock|local time)",
    re.IGNORECASE)
_CLOCK_DIGITS = re.compile(r"^(?:[:.]\d{1,2}){1,2}")
_TIME_UNIT_AFTER = re.compile(
    r"^(?:\s*-\s*|\s+)(?:(?:more|other|full|long|straight|consecutive|successive|whole|entire|"
    r"additional|further)\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|"
    r"nights?|fortnights?|mornings?|evenings?|weekends?)\b(?!\s*-?\s*old)",
    re.IGNORECASE)
_DECADE_AFTER = re.compile(r"^'?s\b")
# "2 1/2 times higher", "three times as many", "four times what", "millions of times faster": a
# multiplier, not a count of times
_TIMES_AFTER = re.compile(r"\s+(?:of\s+)?(?P<times>times)\s+(?:as|more|less|fewer|the|what|that|its|their|his|her|"
                          r"higher|lower|larger|bigger|greater|smaller|faster|slower|longer|shorter|deadlier|"
                          r"stronger|heavier|cheaper|costlier|worse|better|[A-Z][\w.&-]*['’]s)\b")
_PROPORTION = re.compile(
    r"(?<![\w-])(?:half|twice|thrice|(?:doubl|tripl|quadrupl)(?:e|ed|es|ing))(?![\w-])"
    r"(?!\s+(?:an?|per|every|each)\s+(?:second|minute|hour|day|night|week|month|year|decade|century)\b)"
    r"(?!\s+digits?\b)",
    re.IGNORECASE)
# "more than double", "nearly tripled": a verb or adjective of multiplying states the factor
_PROPORTION_VALUES = {"half": 0.5, "twice": 2.0, "thrice": 3.0, "doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0}
_PROPORTION_NOT_QUAL = frozenset(("some", "like", "estimated", "an estimated", "an approximate"))
# an amount whose unit word is written after its number ("16 percent", "5 km"; not "$5 million")
_UNIT_AFTER = re.compile(r"(?:%|(?<![\w-])(?!(?:hundred|thousand|million|billion|trillion|m|bn|mn|k)\b)"
                         r"[^\W\d]+)\s*$", re.IGNORECASE)
_RANGE_BETWEEN = re.compile(r"^\s*(?:-|–|—|to|and|or)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"^\d{4}$")
_LOST_SIGN = re.compile(r"[a-z]\? $|\ufffd\s?$")
_NUMBERISH = re.compile(
    r"[\d.,/%$£€-]+|\b(?:between|and|to|or|from|about|around|some|over|under|more|less|than|the|a|an|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundreds?|thousands?|millions?|billions?|half|quarters?|thirds?|dozens?)\b", re.IGNORECASE)
_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "ROOT", "oprd", "npadvmod"}
_LEFT_MODS = {"compound", "amod", "nmod", "nummod", "quantmod", "advmod", "punct", "det", "poss", "case"}
_TIME_ENTITIES = {"time", "dimensionless", "unknown"}
_BAD_UNIT_SURFACE = {"in", "a", "an", "at", "s", "t", "g", "by", "or", "to", "on", "and", "of", "b", "h",
                     "d", "l", "p", "n", "e", "st", "nd", "rd", "th", "ft", "yd", "ct", "mi", "am", "pm"}


@dataclass
class QuantityItem:
    start: int
    end: int
    value: float
    bound: str
    unit: str | None
    counted: str | None


@dataclass
class _Candidate:
    start: int
    end: int
    value: float
    bound: str
    unit: str | None
    head: Token | None  # the token whose noun is counted
    words: bool
    in_range: bool = False
    counted: str | None = None
    vague: bool = False
    ratio: bool = False  # a multiplier or share ("twice", "2 1/2 times", "half"): nothing is counted
    headless: bool = False  # no noun and no pronoun after the number


def _tsv(name: str) -> dict[str, str]:
    out = {}
    for line in load_lines(name, package=_PKG):
        key, value = line.split("\t")[:2]
        out[key] = value
    return out


@cache
def _lexicons() -> dict[str, object]:
    """Lexicons, read once per process."""
    qual = _tsv("qualifiers.tsv")
    return {
        "qualifiers": qual,
        "max_qual": max(len(q.split()) for q in qual),
        "postfix": _tsv("postfix.tsv"),
        "units": _tsv("units.tsv"),
        "calibre": frozenset(load_lines("calibre_words.txt", package=_PKG)),
        "streets": frozenset(load_lines("street_words.txt", package=_PKG)),
        "settlements": frozenset(load_lines("settlement_nouns.txt", package=_PKG)),
        "nominal": frozenset(load_lines("nominal_participles.txt", package=_PKG)),
        "words": _tsv("currency_words.tsv"),
        "person_verbs": frozenset(load_lines("person_verbs.txt", package=_PKG)),
        "id_words": frozenset(load_lines("id_words.txt", package=_PKG)),
        "pronouns": frozenset(load_lines("pronoun_heads.txt", package=_PKG)),
        "lemmas": _tsv("lemmas.tsv"),
        "quakes": frozenset(load_lines("quake_words.txt", package=_PKG)),
        "margins": frozenset(load_lines("margin_nouns.txt", package=_PKG)),
        "guns": frozenset(load_lines("gun_words.txt", package=_PKG)),
        "emergency": frozenset(load_lines("emergency_numbers.txt", package=_PKG)),
        "parents": frozenset(load_lines("parent_nouns.txt", package=_PKG)),
        "anaphor_dets": frozenset(load_lines("anaphor_determiners.txt", package=_PKG)),
        "change_verbs": frozenset(load_lines("change_verbs.txt", package=_PKG)),
        "count_nouns": frozenset(load_lines("count_nouns.txt", package=_PKG)),
        "slash_names": frozenset(load_lines("slash_names.txt", package=_PKG)),
        "age_groups": frozenset(load_lines("age_group_nouns.txt", package=_PKG)),
        "one_idioms": tuple(pair for line in load_lines("one_idioms.txt", package=_PKG)
                            for pair in _one_idioms(line.replace("-", " "))),
    }


def _one_idioms(phrase: str) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """An idiom as (text before "one", text after it) patterns, one pair per "one" in it:
    "took it one step further", "one by one"."""
    words = phrase.split()
    out = []
    for n, word in enumerate(words):
        if word != "one":
            continue
        left, right = words[:n], words[n + 1 :]
        before = r"(?:^|[^\w-])" + r"[\s-]+".join(map(re.escape, left)) + r"[\s-]+$" if left else r""
        after = r"^[\s-]+" + r"[\s-]+".join(map(re.escape, right)) + r"\b" if right else r""
        out.append((re.compile(before, re.IGNORECASE), re.compile(after, re.IGNORECASE)))
    return out


@Language.factory("news_quantities", default_config={})
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    return QuantityExtractor()


class QuantityExtractor:
    def __init__(self) -> None:
        self.lex = _lexicons()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        skip_tokens = _TemporalTokens(doc)
        phones = [p.span() for p in _PHONE.finditer(text) if sum(ch.isdigit() for ch in p.group()) >= 7]
        found = [m for m in find_numbers(text) if in_regions(doc, m.start, m.end)
                 and not any(s <= m.start and m.end <= e for s, e in phones)]
        cands: list[_Candidate] = []
        for m in found:
            cand = self._candidate(doc, m, skip_tokens)
            if cand is not None and cand.value < 0 and _PLUS_OR.search(text, 0, cand.start):
                minus = re.match(r"(?i)minus\s+", text[cand.start : cand.end])  # "plus or minus 3 points": a margin
                if minus:
                    cand.value, cand.start = -cand.value, cand.start + minus.end()
            if cand is not None and in_regions(doc, cand.start, cand.end):
                cands.append(cand)
        self._proportions(doc, cands)
        self._ranges(doc, cands)
        self._lost_signs(doc, cands)
        self._counted(doc, cands)
        self._shared_nouns(doc, cands)
        doc._.quantities = [QuantityItem(c.start, c.end, c.value, c.bound, c.unit, c.counted) for c in cands]
        return doc

    # -- one candidate -----------------------------------------------------------------
    def _candidate(self, doc: Doc, m: NumberMatch, skip_tokens: _TemporalTokens) -> _Candidate | None:
        text = doc.text
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        after = text[m.end : m.end + 40]
        before = text[max(0, m.start - 30) : m.start]
        start, end, unit = m.start, m.end, None

        age = _AGE_AFTER.match(after)
        temp = _TEMPERATURE.match(after)
        calibre = _CALIBRE_AFTER.match(after)
        if calibre and not m.words:
            return self._calibre(doc, m, before, calibre)
        gauge = _GAUGE_AFTER.match(after)
        if gauge and not m.words and m.value < 100:  # "a 12-gauge shotgun": a bore measure, like a calibre
            return _Candidate(m.start, m.end + gauge.end(), m.value, "eq", "gauge", span[-1], m.words)
        if self._gun_calibre(doc, m, before, span):
            return self._calibre(doc, m, before, None)
        older = _OLDER_AFTER.match(after)
        if older and m.value < 130:  # "65 and older", "6 months and older": an age with its bound
            unit = (older.group("unit") or "year").lower().rstrip("s")
            end = m.end + (older.end("unit") if older.group("unit") else 0)
        elif age:
            end, unit = m.end + age.end(), (age.group("unit") or "year").lower()
        elif temp and (temp.group().strip()[:1] in "°dD" or len(temp.group("scale")) > 1):
            end = m.end + temp.end()
            unit = "degree Fahrenheit" if temp.group("scale").lower().startswith("f") else "degree Celsius"
        elif (_AGE_BEFORE.search(before) or _noun_takes(span, "age") or self._age_limit(before, m)) and m.value < 130 \
                or self._appositive_age(doc, m, span, after) or _verb_age(span, m.value):
            unit = "year"
        elif _FEET_AFTER.match(after) and not m.words:
            unit, end = "foot", m.end + _FEET_AFTER.match(after).end()  # "5-foot-8": "5-foot"
        elif _FOOT_INCH.search(before) and not m.words and m.value < 12:
            unit = "inch"  # "5-foot-8": the feet, then the inches
            inches = _INCHES_AFTER.match(after)
            if inches:
                end = m.end + inches.end()
        elif _MAGNITUDE_AFTER.match(after) or _MAGNITUDE_BEFORE.search(before) or _noun_takes(span, "magnitude") \
                or _MAGNITUDE_OF.search(before) and not m.words and m.value < 10:
            mag = _MAGNITUDE_AFTER.match(after)
            unit = "magnitude"
            if mag and after[: mag.end()].startswith("-"):
                end = m.end + mag.end()
        elif (margin := self._poll_margin(after)) is not None:
            unit, end = "percentage point", m.end + margin
        elif not m.words and 0 < m.value < 10:
            quake = self._quake_magnitude(doc, m, span, after)
            if quake is not None:
                unit, end = "magnitude", m.end + quake
        if unit is None:
            if any(t.i in skip_tokens for t in span) and not _leads_relative_date(span) \
                    or self._not_an_amount(doc, m, span, before, after):
                return None
            pct = _PERCENT.match(after)
            if pct:  # a percentage point is a difference of percentages, a unit of its own
                unit = "percentage point" if pct.group().lower().lstrip().startswith("percentage") else "percent"
                end = m.end + pct.end()
            else:
                sign = self._currency_sign(before)
                word = re.match(r"^\s*([A-Za-z]+(?: dollars?)?)\b", after)
                if sign is None and _lost_pound(text, m):
                    sign = ("pound sterling", 1)  # "#10.86", "#89.7 million": a pound sign lost to the encoding
                if sign is not None:
                    unit, start = sign[0], m.start - sign[1]
                elif word and word.group(1).lower() in self.lex["words"]:
                    unit, end = self.lex["words"][word.group(1).lower()], m.end + word.end()
                elif not m.words and _GLUED_INCH.match(after):
                    unit, end = "inch", m.end + 2  # "8in": the symbol glued to digits (a bare "in" is a preposition)
                else:
                    found = self._quantulum_unit(m, after)
                    if found == "time":
                        return None
                    if found is not None:
                        unit, end = found[0], m.end + found[1]
                        per_hour = _PER_HOUR_AFTER.match(text[end : end + 20])
                        if per_hour and unit in ("mile", "kilometre"):
                            unit, end = unit + " per hour", end + per_hour.end()  # "120 miles an hour"
                if unit and sign is not None:  # "$5 dollars" keeps its word
                    tail = _quantulum_window_unit(after)
                    if tail:
                        end = max(end, m.end + tail)
        bound, start = self._bound_before(text, start, m)
        if unit == "magnitude":
            of = re.search(r"\bmagnitude\s+of\s+$", text[max(0, start - 20) : start], re.IGNORECASE)
            if of:  # "a magnitude of 5.9": the unit word joins the span
                start -= len(of.group())
        bound_after, end = self._bound_after(text, end, bound)
        bound = bound_after or bound
        head = span[-1]
        times = _TIMES_AFTER.match(text, end) if unit is None and end == m.end else None
        if times:  # "2 1/2 times higher": a multiplier, the word "times" in its span
            return _Candidate(start, times.end("times"), m.value, bound, None, head, m.words, ratio=True)
        return _Candidate(start, end, m.value, bound, unit, head, m.words, vague=m.vague)

    def _proportions(self, doc: Doc, cands: list[_Candidate]) -> None:
        """ "about half", "more than twice": a share or multiplier bounded by a qualifier states an amount
        (0.5, 2) with no unit and nothing counted. Without a qualifier ("half the town", "shot twice") it
        is left out; a time after it ("half an hour", "twice a week") belongs to the dates."""
        quals = self.lex["qualifiers"]
        text = doc.text
        for m in _PROPORTION.finditer(text):
            words = list(re.finditer(r"[\w.]+", text[max(0, m.start() - 40) : m.start()]))
            base = max(0, m.start() - 40)
            for n in range(min(self.lex["max_qual"], len(words)), 0, -1):
                phrase = " ".join(w.group().lower() for w in words[-n:])
                start = base + words[-n].start()
                if phrase in quals and phrase not in _PROPORTION_NOT_QUAL and re.fullmatch(
                        r"[\w. ]+\s", text[start : m.start()]):
                    break
            else:
                continue
            if not in_regions(doc, start, m.end()) or any(c.start < m.end() and start < c.end for c in cands):
                continue
            span = doc.char_span(m.start(), m.end())
            if span is None:
                continue
            after = span[-1].nbor() if span.end < len(doc) else None
            if after is not None and after.pos_ in ("NOUN", "PROPN") and span[-1].lower_ in ("double", "triple"):
                continue  # "under double taxation", "over double standards": an adjective, no factor
            word = m.group().lower()
            value = _PROPORTION_VALUES.get(word) or _PROPORTION_VALUES[re.sub(r"(?:e|ed|es|ing)$", "", word)]
            cands.append(_Candidate(start, m.end(), value, quals[phrase], None, span[0], True, ratio=True))
        cands.sort(key=lambda c: c.start)

    def _calibre(self, doc: Doc, m: NumberMatch, before: str, calibre: re.Match[str] | None) -> _Candidate | None:
        """ ".38-caliber", ". 38 caliber" (a broken ".38"), "a .357 revolver": a bore measure; the period is
        the decimal point."""
        raw = doc.text[m.start : m.end]
        dot = _CALIBRE_DOT.search(before)
        start, value = m.start, m.value
        if dot and re.fullmatch(r"\d+", raw):
            start, value = m.start - (len(before) - dot.start()), float("0." + raw)
        end = m.end + (calibre.end() if calibre else 0)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        head = span[-1]
        return _Candidate(start, end, value, "eq", "caliber", head, m.words)

    def _gun_calibre(self, doc: Doc, m: NumberMatch, before: str, span: Span) -> bool:
        """ "a .357 revolver", "a. 38 pistol": a number written after a decimal point, right before a
        firearm noun, is the gun's calibre (without the word "caliber")."""
        raw = doc.text[m.start : m.end]
        if m.words:
            return False
        if re.fullmatch(r"\.\d{2,3}", raw):
            before = before + "."  # ".357" written as one number
        elif not re.fullmatch(r"\d{2,3}", raw) or not _CALIBRE_DOT.search(before):
            return False
        if not re.search(r"(?:^|[\s(])(?:an?|the|his|her|their|loaded)?\s?\.\s?$", before, re.IGNORECASE):
            return False
        nxt = span[-1].i + 1
        return nxt < len(doc) and doc[nxt].lemma_.lower() in self.lex["guns"]

    def _poll_margin(self, after: str) -> int | None:
        """ "a 7.5-point lead", "a 3-point race": a number hyphened to "point" before a margin noun
        (`data/margin_nouns.txt`) is a difference of percentages; returns the length of "-point"."""
        point = _POINT_AFTER.match(after)
        if point and point.group("noun").lower() in self.lex["margins"]:
            return len(after[: point.start("noun")].rstrip())
        return None

    def _quake_magnitude(self, doc: Doc, m: NumberMatch, span: Span, after: str) -> int | None:
        """A quake's magnitude without the word "magnitude" next to it: "measuring 6.4 on the Richter
        scale", "a 5.9 earthquake", "a 6.7-strength quake", "aftershocks of around 4.0", "magnitudes
        ranging from 3.6 to 4.3". Returns how many characters after the number join the span."""
        if _RICHTER_AFTER.match(after):
            return 0
        raw = doc.text[m.start : m.end]
        quake = _QUAKE_AFTER.match(after)
        if quake and ("." in raw or quake.group("word")):
            return len(quake.group("word") or "")
        tok = span[-1]
        quakes = self.lex["quakes"]
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from", "to", "at"):
            noun = tok.head.head
            if noun.pos_ == "VERB" and noun.dep_ in ("acl", "relcl"):
                noun = noun.head  # "magnitudes ranging from 3.6 to 4.3"
            if noun.lemma_.lower() in quakes and "." in raw or noun.lemma_.lower() == "magnitude":
                return 0
        if tok.dep_ in ("dobj", "attr") and tok.head.lemma_.lower() in ("measure", "register") \
                and (tok.head.head.lemma_.lower() in quakes or "." in raw):
            return 0  # "a quake measuring 6.4"
        return None

    def _age_limit(self, before: str, m: NumberMatch) -> bool:
        """ "people under 30", "children over 12": a bare limit after a plural noun for people is an age."""
        g = _AGE_LIMIT.search(before)
        return g is not None and g.group(1).lower() in self.lex["age_groups"] and not m.words

    @staticmethod
    def _appositive_age(doc: Doc, m: NumberMatch, span: Span, after: str) -> bool:
        """ "Jeffrey S. Maurer, 42, who ...": a bare number set off after a name is an age."""
        if m.words or not re.fullmatch(r"\d{1,3}", doc.text[m.start : m.end]) or not 1 <= m.value <= 120:
            return False
        first = span[0]
        if first.i < 2 or doc[first.i - 1].text != ",":
            return False
        if re.match(r"^,\s*\d", after):
            return False
        noun = doc[first.i - 2]
        if noun.pos_ == "NOUN" and noun.tag_ == "NN" and not noun.ent_type_:
            # "a man, 45, was", "the victim, 23, died": set off on both sides after a singular noun phrase
            return bool(re.match(r"^\s*[,);]", after)) and any(t.dep_ in ("det", "poss") for t in noun.lefts)
        if noun.pos_ != "PROPN":
            return False
        # "Steinberg, 48.", "Wilson, 47;", "Andrew Lopez, 20 and Jonathan Carrasquillo, 24"
        if re.match(r"^\s*[,);]|^\.(?:\s|$)|^\s+and\s+(?!\d)", after):
            return True
        # "Andrew Lopez, 20 was found guilty": only after a person's name ("In Gaza, 12 died" is a count)
        return doc[first.i - 2].ent_type_ == "PERSON" and bool(re.match(r"^\s+(?:was|is|has|had|will|who)\b", after))

    def _not_an_amount(self, doc: Doc, m: NumberMatch, span: Span, before: str, after: str) -> bool:
        raw = doc.text[m.start : m.end]
        low = raw.lower()
        first, last = span[0], span[-1]
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        prev = doc[first.i - 1] if first.i > 0 else None
        if _CLOCK_AFTER.match(after) or _TIME_UNIT_AFTER.match(after) or _DECADE_AFTER.match(after) \
                or SHARED_TIME_UNIT.match(after):
            return True
        if not m.words and _in_year_range(doc.text, m.start, m.end):
            return True  # "the 2012/13 season", "1999-00": a span of years, no amount or fraction
        if _IDENTIFIER_BEFORE.search(before) or _IDENTIFIER_AFTER.match(after):
            return True  # "@Grace_2219", "run_42_final": digits inside a handle or identifier, no amount
        clock = _CLOCK_DIGITS.match(after)
        if clock and _CLOCK_AFTER.match(after[clock.end():]):
            return True  # "7:8:16 PM": a clock time, however oddly written
        word_after = re.match(r"^\s*-?\s*([A-Za-z]+)", after)
        if word_after and word_after.group(1).lower() in self.lex["calibre"]:
            return True  # ".357 Magnum", ".45 ACP": a cartridge name
        if not m.words and (_HOUSE_NUMBER_AFTER.match(after) or self._house_number(doc, last)):
            return True  # "the 12200 block of 223rd Street", "1600 Pennsylvania Avenue": an address
        if not m.words and re.fullmatch(r"\d{1,2}", raw) and 1 <= m.value <= 31 \
                and (_MONTH_BEFORE.search(before) or _DAY_RANGE_BEFORE.search(before)):
            return True  # "his June 24, 2005 murder": a day of the month the model left out of its date
        if not m.words and raw in self.lex["emergency"] and (
                nxt is None or nxt.tag_ != "NNS" or nxt.lemma_.lower() == "call"):
            return True  # "a 911 dispatcher", "911 calls", "a 999 call": the emergency line
        if _YEAR.match(raw) and 1000 <= m.value <= 2100 and self._bound_before(doc.text, m.start, m)[0] == "eq":
            counts = last.dep_ == "nummod" and last.head.tag_ in ("NNS", "NNPS") and last.head.i > last.i
            old = m.value < 1900 and not re.search(r"\b(?:in|since|by|from|until|of|year)\s+$", before, re.IGNORECASE)
            if not counts and not old:
                return True
        if low in self.lex["slash_names"]:
            return True  # "the 9/11 attacks", "open 24/7": a name, not a fraction
        if prev is not None and prev.lower_ == "day" and m.value == 1 and (nxt is None or nxt.lower_ != "of"):
            return True  # "from Day 1": the start, no amount
        if m.words and raw[:1].isupper() and raw[1:].islower() and prev is not None \
                and prev.is_title and prev.is_alpha and (nxt is None or not nxt.is_title) \
                and (not _in_title(first) or _ends_name(doc, m.start, m.end)):
            return True  # "Ground Zero", "Air Force One": a capitalised number word inside a name
        if _digit_name(m, prev, nxt):
            return True  # "a one or a zero": the name of a digit, no amount
        if low == "one":
            if any(b.search(before) and a.match(after) for b, a in self.lex["one_idioms"]):
                return True  # "took things one step further", "all in one app": an idiom, no amount
            if nxt is not None and nxt.lower_ in ("of", "another", "day", "time"):
                return True
            if prev is not None and prev.lower_ == "at" and nxt is not None and nxt.lower_ in ("point", "stage"):
                return True  # "at one point"
            counts = first.dep_ == "nummod" and first.head.i > first.i
            if prev is not None and prev.lower_ in ("this", "that", "the", "which", "each", "every", "no",
                                                     "any", "another", "someone", "anyone", "no-") \
                    and not (prev.lower_ == "that" and prev.dep_ == "mark" and counts):
                return True  # "this one", "no one"; not "said that one person had been attacked"
            if first.i >= 2 and prev.pos_ in ("ADJ", "VERB") and prev.head == first and not counts \
                    and doc[first.i - 2].lower_ in ("a", "an", "the", "this", "that", "every", "each"):
                return True  # "a difficult one", "a loved one": the pronoun
            coordinated = prev is not None and prev.lower_ in ("including", "and", "but")
            if nxt is not None and nxt.lower_ in ("that", "which", "who") and not counts and not coordinated:
                return True  # "a box consistent with one that would hold a shotgun"
            if first.pos_ == "PRON" and not coordinated:
                return True
            if first.dep_ == "nsubj" and first.head.lemma_.lower() in ("say", "tell", "add", "recall") \
                    and not any(ch.dep_ == "prep" for ch in first.children):
                return True  # "One said: ...": a speaker, not a count
        if prev is not None and not m.words:
            if (prev.lower_ in self.lex["id_words"] or prev.text in ("#", "No.", "no.")) \
                    and not _lost_pound(doc.text, m):
                return True
            if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.ent_type_ not in ("DATE",) \
                    and not self._title_verb(prev) \
                    and self._currency_sign(before) is None \
                    and not (last.dep_ in ("nummod", "compound") and last.head.i > last.i) \
                    and prev.idx + len(prev.text) < m.start:
                return True
            if prev.lemma_.lower() in ("call", "dial") or prev.head.lemma_.lower() in ("dial",):
                return True
            if re.fullmatch(r"[A-Z]{1,3}", prev.text) and re.fullmatch(r"\d{2,3}", raw) \
                    and prev.ent_type_ not in ("GPE", "NORP") and first.i >= 2 \
                    and (doc[first.i - 2].pos_ == "NUM" or doc[first.i - 2].lower_ in ("a", "an", "the")):
                return True  # "six AK 47 rifles": a model name written with a space
        if not m.words and (re.fullmatch(r"\d{3}", raw) and re.match(r"^-\d{4}\b", after)
                            or re.fullmatch(r"\d{4}", raw) and re.search(r"(?<![\d,.])\d{3}-$", before)
                            or before.endswith("+")):
            return True  # phone numbers: "555-1234", "+1"
        return False

    def _house_number(self, doc: Doc, last: Token) -> bool:
        """A number right before a capitalised name that ends in a street word is a house number."""
        j = last.i + 1
        seen = 0
        while j < len(doc) and seen < 4 and (doc[j].text[:1].isupper() or doc[j].text[:1].isdigit()
                                             and doc[j].text[-2:].lower() in ("st", "nd", "rd", "th")):
            if seen and doc[j].lower_.rstrip(".") in self.lex["streets"]:
                return doc[j].dep_ != "compound"  # not "200 Wall Street bankers"
            j += 1
            seen += 1
        return False

    def _currency_sign(self, before: str) -> tuple[str, int] | None:
        stripped = before.rstrip(" ")
        gap = len(before) - len(stripped)
        if gap > 1:
            return None
        for sign, unit, regex, tight in _sign_patterns():
            m = regex.search(stripped)
            if m and (sign[0].isalpha() and sign.isupper() and "$" not in sign) and stripped[m.start():] != sign:
                continue  # a bare code such as "EUR" must be written in capitals
            if m and tight and gap:
                continue  # "R 5": a short letter sign counts only glued to its amount
            if m and re.match(r"a\s", stripped[m.start():]):
                continue  # "a $144 billion bailout": the article, not the sign "A$"
            if m:
                return unit, len(stripped) - m.start() + gap
        return None

    def _quantulum_unit(self, m: NumberMatch, after: str) -> tuple[str, int] | str | None:
        """A unit written after the number, as quantulum3 reads "<value> <following words>"."""
        cut = re.search(r"[.;:!?\n,(\"“”–—]|\s-+\s|-(?=\d)", after)  # "20cm-40cm": the range ends the unit
        tail = after[: cut.start()] if cut else after
        if cut and cut.group() == "." and re.match(r"\.[A-Za-z]", after[cut.start() :]):
            tail = re.sub(r"\S+$", "", tail)  # "two U.N. aircraft": a letter before an abbreviation's dot
        tail = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", " ", tail)  # "15,800-square-metre": the unit in words
        tail = " ".join(tail.split()[:4]) if tail.strip() else ""
        if not tail:
            return None
        number = f"{m.value:.10g}"
        window = number + (" " if after[:1] in (" ", "-") else "") + tail.lstrip(" -")
        if _plain_word_after(window) or not _may_have_unit(window):
            return None
        for value, name, entity, span in _quantulum(window):
            if span[0] != 0 or abs(value - m.value) > 1e-6 * max(1.0, abs(m.value)):
                continue
            if entity == "time":
                return "time" if span[1] > len(number) else None
            if entity in _TIME_ENTITIES or name == "dimensionless" or _PER_TIME.match(name):
                return None  # "900 a month" is an amount and a SET date, not a rate unit
            surface = window[len(number) : span[1]].strip().lower()
            if not surface or surface in _BAD_UNIT_SURFACE:
                return None
            consumed = _consumed(after, surface)
            if consumed is None:
                return None
            unit = self.lex["units"].get(name.lower(), name)
            return unit, consumed
        return None

    def _bound_before(self, text: str, start: int, m: NumberMatch) -> tuple[str, int]:
        bound = "gt" if m.vague else "eq"
        words = list(re.finditer(r"[\w.]+|[^\w\s]", text[max(0, start - 40) : start]))
        base = max(0, start - 40)
        # "a hundred": the article is already inside the number
        for n in range(self.lex["max_qual"], 0, -1):
            if len(words) < n:
                continue
            chunk = words[-n:]
            phrase = " ".join(w.group().lower() for w in chunk)
            if phrase in self.lex["qualifiers"]:
                q_start = base + chunk[0].start()
                if text[q_start : start].count("\n"):
                    continue
                return self.lex["qualifiers"][phrase], q_start
        return bound, start

    def _bound_after(self, text: str, end: int, bound: str) -> tuple[str | None, int]:
        after = text[end : end + 12].lower()
        for phrase, b in self.lex["postfix"].items():
            m = re.match(r"^(?:\s+|\s*-\s*)" + re.escape(phrase) + r"\b", after)
            if m:
                return b, end + m.end()
        return None, end

    def _lost_signs(self, doc: Doc, cands: list[_Candidate]) -> None:
        """ "agreeing an? 110 billion": a "?" glued to a word before an amount is a currency sign lost
        to a bad encoding; the amount takes the one currency the document names in words ("euros")."""
        lost = [c for c in cands if c.unit is None and _LOST_SIGN.search(doc.text, max(0, c.start - 3), c.start)]
        if not lost:
            return
        named = {self.lex["words"][w.lower()] for w in re.findall(r"[A-Za-z]+", doc.text)
                 if w.lower() in self.lex["words"]} - {"cent", "penny"}  # "per cent" names no currency
        if len(named) == 1:
            unit = named.pop()
            for c in lost:
                c.unit = unit

    # -- ranges --------------------------------------------------------------------------
    def _ranges(self, doc: Doc, cands: list[_Candidate]) -> None:
        text = doc.text
        for a, b in zip(cands, cands[1:], strict=False):
            if a.bound == "approx" and b.bound == "eq" and re.fullmatch(r"\s+or\s+", text[a.end : b.start]):
                b.bound = "approx"  # "about 40 or 50", "like 40 or 50": the approximation scopes over both
                continue
            dash = re.fullmatch(r"[-–]", text[a.end : b.start]) is not None
            if a.bound not in ("eq", "approx") or a.bound == "approx" and not dash \
                    or b.bound != "eq" or a.value >= b.value \
                    or a.unit not in (None, b.unit) and b.unit is not None:
                continue
            between = text[a.end : b.start]
            if a.unit is None and b.unit in ("year", "month") and re.fullmatch(r"-\s+to\s+", between):
                between = between[1:]  # "18- to 24-year-old men": the unit is suspended after the first age
            if not _RANGE_BETWEEN.match(between):
                continue
            word = between.strip().lower()
            pre = text[max(0, a.start - 9) : a.start].lower()
            if word == "and" and not re.search(r"\bbetween\s+$", pre):
                continue
            if word == "or" and not re.search(r"\bbetween\s+$", pre) and (a.words != b.words or a.unit != b.unit):
                continue  # "two or three of the votes" is a range; "2,000 or 3 percent" is not
            if word in ("-", "–", "—") and between != word:
                continue
            if word == "to" and not re.search(r"\b(?:from|between)\s+$", pre) and (
                    self._changed(a.head) or a.unit != b.unit and self._restated(a.head)):
                continue  # "shares fell 5 to 286": the change, then the new level
            if word == "to" and not re.search(r"\b(?:from|between)\s+$", pre) and a.unit is not None \
                    and b.unit is None and _UNIT_AFTER.search(text, a.start, a.end):
                continue  # "16 percent to 16.9": a range would write the unit after both ends, or after the second
            if word == "to" and a.unit is None and not re.search(r"\b(?:from|between)\s+$", pre) \
                    and a.head is not None and a.head.dep_ == "pobj":
                continue
            pm = re.search(r"\b(?:between|from)\s+$", pre)
            if pm:
                a.start -= len(pre) - pm.start()
            a.bound, b.bound = "gte", "lte"
            a.unit = b.unit = b.unit or a.unit  # "from 3.6 to 4.3" after "magnitudes ranging"
            a.in_range = b.in_range = True
            a.head = b.head

    def _changed(self, tok: Token | None) -> bool:
        """The number (or the noun it measures) is the object of a verb of change before it: "fell 5",
        "rose five pence"."""
        if tok is None:
            return False
        while tok.dep_ in ("nummod", "compound", "quantmod") and tok.head.i > tok.i:
            tok = tok.head
        head = tok.head
        if head.i >= tok.i:
            return False
        if head.lemma_.lower() in self.lex["change_verbs"] or head.lower_ in ("up", "down"):
            return True  # "was down 0.5 percent to 2,121.65": a direction word states the change too
        # a phrasal verb of direction: "shot up 16 percent to 16.9", "went down 3 to 45"
        return head.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ in ("up", "down") for c in head.children)

    def _restated(self, tok: Token | None) -> bool:
        """ "tumbled 5.39, or 1.2% to 452.76": a change restated in another unit, coordinated with the
        object of a verb of change."""
        if tok is None:
            return False
        while tok.dep_ in ("nummod", "compound", "quantmod") and tok.head.i > tok.i:
            tok = tok.head
        if tok.dep_ not in ("conj", "appos"):
            return False
        verbs = [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")]
        return bool(verbs) and verbs[0].i < tok.i and verbs[0].lemma_.lower() in self.lex["change_verbs"]

    # -- counted ---------------------------------------------------------------------------
    def _counted(self, doc: Doc, cands: list[_Candidate]) -> None:
        history: list[tuple[int, str]] = []  # (sentence start token, counted) of earlier counts
        told: list[tuple[int, str, float]] = []  # (head token, counted, value) of exact earlier counts, for anaphors
        for n, c in enumerate(cands):
            if c.unit is not None or c.head is None or c.ratio \
                    or c.words and 0 < c.value < 1 and not _OF_AFTER.match(doc.text, c.end):
                continue  # "a one-half share": a fraction before its noun is a share, it counts nothing
            tok = c.head
            sent_start = tok.sent.start
            noun, pronoun = self._noun(tok)
            if noun is not None and noun.pos_ == "PROPN" and self._title_participle(noun):
                noun = None  # "80 Hurt": a casualty participle, not a name
            if noun is not None and self._headline_verb(tok, noun):
                c.counted = "person"  # "Thousands Rally in ...": a headline verb whose subject is people
                history.append((sent_start, "person"))
                continue
            if noun is None and not pronoun:
                unit = self._shared_unit(doc, cands, n)
                if unit is not None:
                    c.unit = unit
                    continue
            if noun is not None and noun.i > tok.i + 1 and self._compound_count(tok, noun):
                noun = doc[tok.i + 1]  # "the 200 person crowd": the number counts the modifier
            if noun is not None and self._casualty_word(noun) and self._elided(tok, noun):
                same = [w for s, w in history if s == sent_start]
                if same and same[-1] not in self.lex["nominal"]:
                    c.counted = same[-1]  # "Ten people were killed and 50 injured": by ellipsis
                    history.append((sent_start, c.counted))
                    continue
            if not pronoun and self._settlement(tok):
                c.counted = "person"  # "a population of 120,000", "the town of 14,000"
                history.append((sent_start, "person"))
                continue
            if noun is None and not pronoun and self._parent_of(doc, c):
                c.counted = "child"  # "a mother of 12", "mother-of-two" (not an antecedent for "two others")
                continue
            c.headless = noun is None and not pronoun
            if noun is not None and noun.lemma_.lower() in _TIME_NOUNS and noun.i >= 1 \
                    and doc[noun.i - 1].lower_ in ("a", "an", "per", "each", "every"):
                noun, c.headless = None, True  # "358,000 a month": a rate, the time is no counted thing
            if noun is not None and _dated_time_noun(noun):
                noun = None  # "to more than 300,000 last year": the noun dates the number, it is not counted
                c.headless = True
            counted = self._hyphenated(noun, tok.i) if noun is not None else None
            unit = self._currency_noun(noun) if noun is not None else None
            unit = unit or (_unit_noun(noun.text) if noun is not None else None)
            if unit is not None:  # "billions of euros": the noun is the unit
                c.unit = self.lex["units"].get(unit.lower(), unit)
                c.end = max(c.end, noun.idx + len(noun.text))
                continue
            if counted is None:
                same = [w for s, w in history if s == sent_start]
                if pronoun:
                    recent = [w for s, w in history if s >= _prev_sentence_start(doc, sent_start)]
                    whole = self._plural_before(tok) if not same and _of_them(tok, ("them",)) else None
                    counted = whole or (same or recent or [None])[-1]
                elif self._anaphoric(tok, c):
                    counted = self._antecedent(tok, c.value, told)
                if counted is None and not pronoun and c.headless:
                    counted = self._number_of(tok)  # "the number of cars rose to 90 million"
                if counted is None and c.headless and _subset(tok):
                    counted = same[-1] if same else self._plural_before(tok)  # "nurses ..., including three who"
                if counted is None and (self._person_verb(tok) or self._who_follows(tok)
                                        or c.vague and (tok.dep_ in ("nsubj", "nsubjpass")
                                                        or tok.dep_ == "ROOT" and _in_title(tok))):
                    counted = "person"  # "kills 1", "tens of thousands who marched", "Dozens gathered"
                if counted is None and pronoun and _of_them(tok):
                    counted = self._antecedent(tok, c.value, told)  # "two of them", further back
                if counted is None and same:
                    counted = same[-1]
                if counted is None:
                    counted = self._subject_of_verb(tok)
            c.counted = counted
            if counted is not None and not (noun is not None and _modifier_count(tok, noun)):
                history.append((sent_start, counted))
                if not c.vague:
                    told.append((tok.i, counted, c.value))

    def _anaphoric(self, tok: Token, c: _Candidate) -> bool:
        """ "the other three", "The three are expected", "these two", "the 10 largest": a bare number
        after a determiner (or before a superlative) stands for a noun the story named before."""
        doc = tok.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.i == 0 or doc[tok.i - 1].lower_ not in self.lex["anaphor_dets"] \
                or c.value >= 100 and not c.words:  # "the 486 is a chip": a model number, not an anaphor
            return False
        if nxt is not None and nxt.tag_ == "JJS" and not (nxt.dep_ == "amod" and nxt.head.i > nxt.i):
            return True
        if not c.headless or c.vague or tok.pos_ != "NUM":
            return False
        if nxt is not None and nxt.lower_ == "of":
            return False
        return tok.dep_ in _NOMINAL_DEPS

    def _antecedent(self, tok: Token, value: float, told: list[tuple[int, str, float]]) -> str | None:
        """The noun an anaphoric number stands for, from the counts of the last three sentences (vague
        ones aside): the nearest of the same value ("two men ... these two"), else the nearest larger one
        ("five hostages ... the other three"). A bare plural noun is not taken: on news text the nearest
        one was mostly the wrong referent ("the two" after "acceptances")."""
        doc = tok.doc
        far = tok.sent.start
        for _ in range(3):
            far = _prev_sentence_start(doc, far)
        fits = [(w, v) for i, w, v in told if far <= i < tok.i and v >= value and w not in self.lex["nominal"]]
        same = [w for w, v in fits if v == value]
        return same[-1] if same else fits[-1][0] if fits else None

    def _plural_before(self, tok: Token) -> str | None:
        """ "found her foes ... and executed two of them", "the new shops did well, with one doubling its
        takings": with no count before it in the sentence, the part stands for the nearest plural noun
        before it in the sentence (an argument, not a time). Not "five of those killed": "those" opens a
        set that the words after it describe. Nor the speaker whose clause holds the number ("Officials
        said two of them died")."""
        said = {a.head.i for a in [tok, *tok.ancestors] if a.dep_ == "ccomp"}
        for t in reversed(tok.sent[: tok.i - tok.sent.start]):
            if t.tag_ == "NNS" and t.dep_ in _NOMINAL_DEPS and t.lemma_.lower() not in _TIME_NOUNS \
                    and not (t.dep_ == "nsubj" and t.head.i in said):
                return self._hyphenated(t)
        return None

    def _headline_verb(self, tok: Token, noun: Token) -> bool:
        """ "Thousands Rally in Capital", "3 Die in Crash": in a title-case headline, a singular word right
        after a count above one, before a preposition or the end, is the verb of the people counted."""
        doc = tok.doc
        if noun.i != tok.i + 1 or not (_in_title(noun) and noun.is_title) or noun.lower_ in self.lex["nominal"] \
                or noun.lower_.endswith("s") or noun.tag_ in ("NNS", "NNPS") or not _above_one(tok):
            return False
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if after is not None and _in_title(after) and not (after.pos_ in ("ADP", "PUNCT", "CCONJ", "PART")
                                                          or after.lower_ in ("to", "as", "for")):
            return False
        # a word the article writes in lower case as a noun is a noun ("10 Point" ... "a point")
        return not any(o.lower_ == noun.lower_ and o.text == o.lower_ and o.pos_ == "NOUN" for o in doc)

    def _currency_noun(self, noun: Token) -> str | None:
        """ "100,000 Kenyan shillings": a currency word the number counts through a modifier names the unit,
        with the nationality that modifies it when the currency word names none."""
        unit = self.lex["words"].get(noun.lower_)
        if unit is None:
            return None
        if unit[:1].islower() and unit not in ("cent", "penny"):  # "Canadian cents" stays "cent", as before
            adj = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and (
                t.ent_type_ in ("NORP", "GPE") or t.is_title and t.pos_ in ("ADJ", "PROPN") and not t.is_sent_start)]
            if adj:
                return f"{adj[-1].text} {unit}"
        return unit

    def _shared_nouns(self, doc: Doc, cands: list[_Candidate]) -> None:
        """A bare number coordinated with a count takes its noun: "two and three jobs", "100 or 200
        trouble-makers", "3 international and 3 local protection officers"."""
        for a, b in zip(cands, cands[1:], strict=False):
            if a.headless and a.unit is None and b.unit is None and b.counted is not None \
                    and re.fullmatch(r"\s*(?:and|or|-?\s*to|-|–)\s*", doc.text[a.end : b.start]):
                a.counted = b.counted

    def _parent_of(self, doc: Doc, c: _Candidate) -> bool:
        """ "a mother of 12", "the mother-of-two", "father of two": a parent's count of children."""
        m = _parent_regex(self.lex["parents"]).search(doc.text, max(0, c.start - 20), c.start)
        return m is not None

    def _who_follows(self, tok: Token) -> bool:
        """ "tens of thousands who marched", "one of three who hit the customer": a count of people."""
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.lower_ == "who"

    def _shared_unit(self, doc: Doc, cands: list[_Candidate], n: int) -> str | None:
        """A bare number takes the unit of an amount it is coordinated with ("ages 6 and 16") or
        that a pronoun subject stands for ("put the magnitude at 5.9, but ... said it was 6.1")."""
        c = cands[n]
        prev = next((p for p in reversed(cands[:n]) if p.head is not None and p.head.sent == c.head.sent), None)
        if prev is None or prev.unit is None:
            return None
        between = doc.text[prev.end : c.start]
        if re.fullmatch(r"\s*(?:,|,?\s*(?:and|or))\s*", between) \
                and re.search(r"\d$", doc.text[prev.start : prev.end]):
            return prev.unit  # the unit is not written after the first number ("fell 1.4%, or 6.43": it is)
        tok = c.head
        if tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
                ch.dep_ == "nsubj" and ch.lower_ in ("it", "that", "this") for ch in tok.head.children):
            return prev.unit
        return None

    def _compound_count(self, tok: Token, noun: Token) -> bool:
        """ "a 200 person crowd", "a 20 man team": a singular noun right after a number above one,
        modifying a singular noun, is what the number counts."""
        mod = tok.doc[tok.i + 1]
        return (mod.dep_ == "compound" and mod.tag_ == "NN" and noun.tag_ == "NN" and mod.head == noun
                and tok.head in (noun, mod) and re.fullmatch(r"[\d,]+", tok.text) is not None and tok.text != "1")

    def _elided(self, tok: Token, noun: Token) -> bool:
        """The number or its participle is coordinated with a casualty verb ("were killed and 50 injured")."""
        for t in (tok, noun):
            if t.dep_ == "conj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in self.lex["person_verbs"] \
                    and not any(x.text == ";" for x in t.doc[t.head.i + 1 : t.i]):
                return True  # not across a semicolon: "kills 10; 2 dead" counts the dead apart
        return False

    def _casualty_word(self, noun: Token) -> bool:
        return noun.lower_ in self.lex["nominal"] or noun.lemma_.lower() in self.lex["person_verbs"] \
            or noun.lower_ in self.lex["person_verbs"]

    def _settlement(self, tok: Token) -> bool:
        prep = tok.head
        if tok.dep_ != "pobj":
            return False
        if prep.lower_ == "of":
            return prep.head.lemma_.lower() in self.lex["settlements"]
        # "estimated the crowd at 70", "put the population at 120,000"
        return prep.lower_ == "at" and prep.head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lex["settlements"] for c in prep.head.children)

    def _noun(self, tok: Token) -> tuple[Token | None, bool]:
        """The noun a number counts, and whether a pronoun ("them", "others") stands for it."""
        doc = tok.doc
        j = tok.i + 1
        if j + 1 < len(doc) and doc[j].text == "-" and _glued(tok, doc[j]) and _glued(doc[j], doc[j + 1]) \
                and doc[j + 1].pos_ == "NOUN":
            return doc[j + 1], False  # "a million-member union", "a 10-member panel"
        of = None  # the "of" of a partitive: "hundreds of deaths", "two of the bombs", "two of them"
        if j < len(doc) and doc[j].lower_ == "of" and tok.lower_ != "one":
            of = doc[j]
            j += 1
            # skip determiners and a possessor: "two of the woman's children", "dozens of sheriff's deputies"
            while j < len(doc) and doc[j].lower_ not in self.lex["pronouns"] and (
                    doc[j].dep_ in ("det", "poss") or doc[j].tag_ == "POS"
                    or doc[j].dep_ in ("amod", "compound") and doc[j].head.i > j and doc[j].head.dep_ == "poss"):
                j += 1
            if j < len(doc) and (doc[j].lower_ in self.lex["pronouns"] or doc[j].pos_ == "PRON"):
                return None, True
            if j < len(doc) and doc[j].lower_ in self.lex["nominal"] and doc[j - 1].lower_ == "the":
                return doc[j], False  # "25 of the injured", "two of the dead": as written
            if j + 1 < len(doc) and doc[j].pos_ == "NUM" and doc[j + 1].lower_ in self.lex["nominal"] \
                    and doc[j - 1].lower_ == "the":
                return doc[j + 1], False  # "30 of the 80 wounded"
            if j < len(doc) and doc[j].tag_ == "NNS" and doc[j - 1].tag_ == "POS":
                return doc[j], False  # "two of the woman's children-girls": the possessed plural
        while j < len(doc):
            t = doc[j]
            if t.is_space or t.text in ("\n",):
                return None, False
            if t.lower_ in self.lex["pronouns"] and not (t.dep_ in _LEFT_MODS and t.head.i > t.i):
                nxt = doc[j + 1] if j + 1 < len(doc) else None
                if nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ in ("NNS", "NN") and tok.head == nxt:
                    j += 1  # "20 more people": the noun follows
                    continue
                return None, True
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if t.pos_ in ("NOUN", "PROPN") and nxt is not None and nxt.tag_ == "POS" and tok in t.subtree:
                return t, False  # "100 teenagers' riot": the possessor is what the number counts
            if t.text.endswith("-") and len(t.text) > 1 and t.head.i > j:
                j = t.head.i  # "oil- and gas-fired boilers": the noun both modifiers share
                continue
            if tok.i < t.head.i < j and t.head.dep_ in _LEFT_MODS and t.head.head.i > j:
                j += 1  # "six AK 47 rifles": a word inside a modifier of the noun (a model name's number)
                continue
            if t.dep_ in _LEFT_MODS and t.head.i > t.i and (t.pos_ not in ("VERB", "AUX") or t.tag_ in ("VBN", "VBG")) \
                    and not (t.pos_ == "PUNCT" and t.text not in ("-",)) \
                    and t.head.i - t.i < 6:
                j += 1
                continue
            if t.dep_ == "advmod" and t.head.i <= tok.i and t.head.pos_ == "NUM" and t.head.i >= tok.i - 3:
                j += 1  # "three dozen mostly young people": an adverb the parser hung on the number
                continue
            if t.lower_ in self.lex["nominal"] and j == tok.i + 1 and t.is_title and _in_title(t):
                return t, False  # "2 Dead, 1 Wounded": a title-case headline's nominal adjective
            if t.tag_ == "JJS" and j == tok.i + 1 and not (t.dep_ == "amod" and t.head.i > t.i):
                return None, False  # "the 10 largest": a superlative stands for a noun named before
            if t.tag_ == "JJ" and j == tok.i + 1 and (nxt is None or nxt.pos_ in ("PUNCT", "CCONJ")) \
                    and not (nxt is not None and nxt.pos_ == "CCONJ" and j + 2 < len(doc) and doc[j + 2].pos_ == "NUM"):
                return t, False  # a nominal adjective as written: "up to 100 deceased,"
            if t.tag_ in ("VBN", "JJ") and t.lower_ in self.lex["nominal"] \
                    and all(doc[k].lower_ in ("more", "other") for k in range(tok.i + 1, j)) \
                    and tok.head != t and (nxt is None or nxt.pos_ in ("PUNCT", "CCONJ", "ADP", "SCONJ")
                                           or tok.i > 0 and doc[tok.i - 1].lower_ == "the"):
                return t, False  # a nominal participle as written: "24 dead and over 200 injured.", "the 80 wounded"
            if t.pos_ in ("NOUN", "PROPN") or t.pos_ == "ADJ" and t.dep_ in _NOMINAL_DEPS:
                if t.pos_ == "PROPN" and t.ent_type_ in ("DATE", "TIME", "GPE", "ORG", "PERSON") \
                        and not (t.tag_ == "NNPS" and tok.head == t and tok.dep_ == "nummod"):
                    return None, False
                if tok in t.subtree or t in tok.subtree or of is not None and t.head == of:
                    return t, False  # the object of the partitive "of", wherever the parser hung it
            return None, False
        return None, False

    def _hyphenated(self, tok: Token, number: int = -1) -> str:
        """The lemma of a noun, with the rest of a hyphenated word the tokenizer split ("co-workers")."""
        doc = tok.doc
        k = tok.i
        while k + 2 < len(doc) and doc[k + 1].text == "-" and _glued(doc[k], doc[k + 1]) \
                and _glued(doc[k + 1], doc[k + 2]) and doc[k + 2].is_alpha and doc[k + 2].pos_ == "NOUN" \
                and doc[k].lemma_.lower() == doc[k].lower_:
            k += 2  # not "friends-one", "deputies-many": a full word before the hyphen ends the noun
        b = tok.i
        while b - 2 > number and doc[b - 1].text == "-" and _glued(doc[b - 2], doc[b - 1]) \
                and _glued(doc[b - 1], doc[b]) and doc[b - 2].is_alpha and doc[b - 2].lower_ not in _NUMBER_WORDS \
                and doc[b - 2].lemma_.lower() == doc[b - 2].lower_:  # not "citizens-citizens": a dash
            b -= 2  # "first-graders", "Cuban-Americans": the words before the hyphen belong to the noun
        prefix = doc[b : tok.i].text
        if prefix[:1].isupper() and doc[tok.i].is_title:  # "Cuban-Americans": a name keeps its capitals
            lemma = self._lemma(tok)
            return prefix + lemma[:1].upper() + lemma[1:] if k == tok.i else prefix + doc[tok.i : k].text + lemma
        prefix = prefix.lower()
        if k == tok.i:
            return prefix + self._lemma(tok)
        return prefix + doc[tok.i : k].text.lower() + self._lemma(doc[k])

    def _lemma(self, tok: Token) -> str:
        low = tok.lower_
        if tok.tag_ == "VBN":
            return low  # a participle counted as written: "injured", not "injure"
        if low in self.lex["lemmas"]:
            return self.lex["lemmas"][low]
        if low in self.lex["nominal"]:
            return low
        if tok.pos_ == "PROPN" and tok.is_title and _in_title(tok):
            return self._title_noun(tok)
        if tok.pos_ == "PROPN" and tok.is_title and tok.tag_ == "NNPS":
            return self._plural_noun(tok)  # "two other Moms", "31 Magazines", "tens of thousands of Greeks"
        lemma = tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.text
        return self.lex["lemmas"].get(lemma, lemma)

    def _plural_noun(self, tok: Token) -> str:
        """A capitalised plural tagged as a name: its lemma as a noun elsewhere, else the plain plural rule."""
        low = tok.lower_
        for other in tok.doc:
            if other.lower_ == low and other.pos_ == "NOUN":
                return self.lex["lemmas"].get(other.lemma_.lower(), other.lemma_.lower())
        word = tok.text if tok.ent_type_ in ("NORP", "GPE", "LOC") else low  # "Greeks" (NORP) -> "Greek"
        if low.endswith("ies"):
            return word[:-3] + "y"
        if low.endswith("s") and not low.endswith("ss"):
            return word[:-1]
        return word

    def _title_noun(self, tok: Token) -> str:
        """A title-case headline tags common nouns as names ("7 Villages Damaged"): the lemma the
        same word has as a noun in the article, else the plain plural rule; a name seen as a name
        elsewhere (or never seen lower case) keeps its text."""
        low = tok.lower_
        for other in tok.doc:
            if other.lower_ == low and other.text == low and other.pos_ == "NOUN":
                return self.lex["lemmas"].get(other.lemma_.lower(), other.lemma_.lower())
        if tok.tag_ == "NNPS" and not any(o.text == tok.text and not _in_title(o) for o in tok.doc):
            if low.endswith("ies"):
                return low[:-3] + "y"
            if low.endswith("s") and not low.endswith("ss"):
                return low[:-1]
        return tok.text

    def _person_verb(self, tok: Token) -> bool:
        head = tok.head
        for _ in range(2):
            if head.pos_ in ("VERB", "ADJ") and head.lemma_.lower() in self.lex["person_verbs"]:
                return True
            if head.pos_ == "PROPN" and self._title_verb(head):
                return True  # "Hiller Kills Two", "... Strikes Aceh Killing One": a title-case verb
            if tok.dep_ in ("nsubj", "nsubjpass") and any(
                    ch.dep_ in ("xcomp", "oprd", "acomp") and ch.lemma_.lower() in self.lex["person_verbs"]
                    for ch in head.children):
                return True  # "Dozens have been reported injured"
            if tok.dep_ not in ("conj", "appos") and head.dep_ not in ("conj",):
                break
            head = head.head
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is None:
            return False
        if nxt.lemma_.lower() in self.lex["person_verbs"] and nxt.tag_ == "VBN":
            return True
        # a title-case headline tags its participles as names: "80 Hurt and 7 Villages Damaged"
        return self._title_participle(nxt)

    def _title_verb(self, tok: Token) -> bool:
        """ "Kills", "Killing", "Wounds" in a title-case headline: a casualty verb tagged as a name."""
        low = tok.lower_
        if not (_in_title(tok) and tok.is_title):
            return False
        forms = {low, low[:-1] if low.endswith("s") else low, low[:-3] if low.endswith("ing") else low,
                 low[:-3] + "e" if low.endswith("ing") else low}
        return any(f in self.lex["person_verbs"] for f in forms)

    def _title_participle(self, tok: Token) -> bool:
        """ "Hurt", "Killed" in a title-case headline: a casualty participle the tagger took for a name
        (not one that news writes as a noun, "Injured", "Dead", which are counted as written)."""
        low = tok.lower_
        if not (_in_title(tok) and tok.is_title) or low in self.lex["nominal"]:
            return False
        forms = (low, low[:-1], low[:-2]) if low.endswith("ed") else (low,)
        return any(f in self.lex["person_verbs"] for f in forms)

    def _number_of(self, tok: Token) -> str | None:
        """ "the number of cars was on track to hit 400 million, up from 90 million": a bare number the
        clause gives as the level of a count noun ("number", "total") counts the noun of that noun's "of"
        (also an object beside the number: "brought to nine the number of people held")."""
        for anc in tok.ancestors:
            if anc.pos_ not in ("VERB", "AUX", "ADP", "ADV"):
                return None
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            heads = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                     and c.lemma_.lower() in self.lex["count_nouns"]
                     and not c.left_edge.i <= tok.i <= c.right_edge.i]
            if heads:
                of = [p for p in heads[0].children if p.dep_ == "prep" and p.lower_ == "of"]
                nouns = [o for o in of[0].children if o.dep_ == "pobj" and o.pos_ == "NOUN"] if of else []
                return self._lemma(nouns[0]) if nouns and nouns[0].tag_ == "NNS" else None
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in anc.children):
                return None
        return None

    def _subject_of_verb(self, tok: Token) -> str | None:
        """ "Monday's shooting follows two": an object number stands for its verb's subject."""
        if tok.dep_ not in ("dobj",) or tok.head.pos_ != "VERB":
            return None
        for child in tok.head.children:
            if child.dep_ in ("nsubj",) and child.pos_ == "NOUN":
                return self._lemma(child)
        return None


class _TemporalTokens:
    """Tokens inside a temporal DATE/TIME/ORDINAL entity, decided only when asked.

    ``_is_temporal`` may run ``normalise()`` and so dateparser; most entities never overlap a
    number candidate, so each entity is judged on first use and the answer kept.
    """

    def __init__(self, doc: Doc) -> None:
        self._ents: dict[int, list[int]] = {}
        self._spans = [ent for ent in doc.ents if ent.label_ in _SKIP_ENTS]
        for k, ent in enumerate(self._spans):
            for i in range(ent.start, ent.end):
                self._ents.setdefault(i, []).append(k)
        self._known: dict[int, bool] = {}

    def __contains__(self, i: int) -> bool:
        for k in self._ents.get(i, ()):
            if k not in self._known:
                self._known[k] = _is_temporal(self._spans[k])
            if self._known[k]:
                return True
        return False


def _is_temporal(ent: Span) -> bool:
    """The model calls "one and a half" or "10k" a DATE when alone; trust it when the text normalises."""
    if ent.label_ == "ORDINAL":  # not "75ml": the model calls a number glued to a unit it does not split an ordinal
        return _ORDINAL_FORM.search(ent.text) is not None
    rest = _NUMBERISH.sub(" ", ent.text).strip()
    if not rest and not re.search(r"(?<![\d,.])(?:1[0-9]|20)\d\d(?![\d,.])", ent.text):
        return False  # "between 20 and 30", "1000-5000": only numbers, no year in sight
    return normalise(ent.text, None) is not None


@cache
def _parent_regex(parents: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(sorted(parents, key=len, reverse=True))
    return re.compile(r"\b(?:" + words + r")s?[\s-]+(?:to|of)[\s-]+$", re.IGNORECASE)


_NUMBER_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                           "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million"))


def _of_them(tok: Token, pronouns: tuple[str, ...] = ("them", "those", "these")) -> bool:
    """ "two of them", "three of those": a partitive whose whole is a plural pronoun (one of
    ``pronouns``: only "them" surely stands for a noun before it, "of those killed" may describe its own set)."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].lower_ in pronouns


def _subset(tok: Token) -> bool:
    """A bare number that names part of a group just mentioned: "including three who ...", "among
    them", "with one doubling its takings" (the subject of an absolute participle)."""
    head = tok.head
    if tok.dep_ == "pobj":
        return head.lower_ in ("including", "among", "excluding")
    return tok.dep_ == "nsubj" and head.tag_ == "VBG" and head.dep_ in ("pcomp", "advcl")


def _modifier_count(tok: Token, noun: Token) -> bool:
    """ "a 300-pupil school": a count hyphened to a noun that modifies another noun describes that
    noun; it names no group a later "two others" could stand for."""
    return noun.i == tok.i + 2 and tok.doc[tok.i + 1].text == "-" and noun.dep_ in ("compound", "amod", "nmod") \
        and noun.head.i > noun.i


def _above_one(tok: Token) -> bool:
    """A count above one: a plural verb agrees with it ("Thousands Rally", "3 Die")."""
    return tok.lower_ not in ("one", "1", "a", "an")


_PHONE = re.compile(
    r"(?<![\w.,+])(?:"
    r"\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}"  # "+44 20 7946 0958", "+1 (202) 555-0134"
    r"|\(\d{2,5}(?:-\d{1,4})?\)\s?\d{2,4}[ .-]\d{2,5}(?:[ .-]\d{2,5})?"  # "(254-2) 751-613", "(202) 555-0134"
    r"|\d{3}[.-]\d{3}[.-]\d{4}"  # "202-555-0134"
    r")(?![\w-])")


def _lost_pound(text: str, m: NumberMatch) -> bool:
    """Old wire text writes "£" as "#": "#" glued to an amount in pence or millions is money, while "#1"
    and "#12" stay ranks."""
    raw = text[m.start : m.end]
    if not raw[:1].isdigit() or m.start < 1 or text[m.start - 1] != "#" or m.start >= 2 and text[m.start - 2].isalnum():
        return False
    return bool(re.search(r"\.\d{1,2}$|\d\s*(?:million|billion|trillion|m|bn)$", raw, re.IGNORECASE))


def _in_year_range(text: str, start: int, end: int) -> bool:
    """True when [start, end) lies inside a year span written short ("1957-58", "2012/13")."""
    return any(r.start() <= start and end <= r.end()
               for r in SHORT_YEAR_RANGE.finditer(text, max(0, start - 5), min(len(text), end + 5)))


def _ends_name(doc: Doc, start: int, end: int) -> bool:
    """The characters end a name the entity stage found, after its first word ("World War Three" in a
    title-case headline, where capitals alone prove nothing)."""
    return any(mn.start < start and mn.end == end for e in doc._.entities or () for mn in e.mentions)


def _in_title(tok: Token) -> bool:
    title = tok.doc._.title
    return title is not None and title[0] <= tok.idx < title[1]


def _glued(a: Token, b: Token) -> bool:
    return a.idx + len(a.text) == b.idx


def _digit_name(m: NumberMatch, prev: Token | None, nxt: Token | None) -> bool:
    """ "a one", "a zero": a digit word after an indefinite article, with no noun or hyphen after it,
    names the digit itself (a bit, a symbol) and counts nothing; "a one-year term" and "one and a
    half" (not a whole digit) are left alone."""
    if not m.words or prev is None or prev.lower_ not in ("a", "an") or m.value not in range(10):
        return False
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and nxt.text not in ("-", "‑")


def _noun_takes(span: Span, noun: str) -> bool:
    """ "at the age of 40", "raise the retirement age to 65", "put the magnitude at 6.1": the number
    a scale noun ("age", "magnitude") takes through a preposition."""
    tok = span[-1]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("to", "of", "at", "from"):
        return False
    head = prep.head
    if head.lemma_.lower() == noun:
        return True
    return head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() == noun for c in head.children)


_AGE_SUBJECTS = frozenset(("he", "she", "i", "you"))


def _verb_age(span: Span, value: float) -> bool:
    """ "a boy who just turned 6", "when she was 4": a bare number that a person turns or is states an
    age. Only a singular person as subject ("they were 12" is a count) and nothing counted after it."""
    tok = span[-1]
    doc = tok.doc
    if not 1 <= value <= 120 or tok.dep_ not in ("dobj", "attr", "oprd", "npadvmod", "acomp") \
            or any(True for _ in tok.children):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in ("and", "when", "in", "on", "at", "years")):
        return False
    verb = tok.head
    subj = [t for t in verb.children if t.dep_ == "nsubj"]
    if verb.lemma_.lower() == "turn":
        return bool(subj) and (subj[0].lower_ in _AGE_SUBJECTS or subj[0].lower_ == "who"
                               or subj[0].ent_type_ == "PERSON")
    if verb.lemma_.lower() == "be" and subj and subj[0].lower_ == "who" and verb.dep_ == "relcl":
        return verb.head.ent_type_ == "PERSON"  # "Donald Hollis, who is 70,"
    if verb.lemma_.lower() == "be":
        return bool(subj) and subj[0].lower_ in _AGE_SUBJECTS and verb.head.lower_ != "there"
    return False


_TIME_NOUNS = frozenset(("year", "month", "week", "day", "quarter", "decade", "season"))
_DATING_WORDS = frozenset(("last", "this", "next", "past", "previous", "coming", "that", "same"))


def _dated_time_noun(noun: Token) -> bool:
    """ "more than 300,000 last year", "1,200 this week": a time noun with a deictic modifier dates
    the amount; it is not the thing counted."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in _TIME_NOUNS and any(
        t.lower_ in _DATING_WORDS for t in noun.lefts if t.dep_ in ("det", "amod"))


def _unit_noun(word: str) -> str | None:
    """The unit a noun names ("euros", "tonnes"), or None for a plain count noun."""
    window = "2 " + word
    if _plain_word_after(window) or not _may_have_unit(window):
        return None
    for value, name, entity, span in _quantulum(window):
        if span[0] == 0 and span[1] == len(word) + 2 and value == 2 and entity not in _TIME_ENTITIES \
                and name != "dimensionless":
            return name
    return None


def _leads_relative_date(span: Span) -> bool:
    """ "follows two last week": the model's DATE swallowed a count before a relative date."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.ent_iob_ == "I" and span[0].ent_iob_ == "B" and nxt.lower_ in (
        "last", "this", "next", "yesterday", "today", "tomorrow", "earlier", "previous")


def _prev_sentence_start(doc: Doc, sent_start: int) -> int:
    if sent_start == 0:
        return 0
    return doc[sent_start - 1].sent.start


def _consumed(after: str, surface: str) -> int | None:
    """How many characters of ``after`` the unit words take."""
    words = surface.split()
    pos = 0
    for w in words:
        m = re.compile(r"[\s-]*" + re.escape(w), re.IGNORECASE).match(after, pos)
        if not m:
            return None
        pos = m.end()
    return pos


def _quantulum_window_unit(after: str) -> int | None:
    m = re.match(r"^\s+(?:dollars?|pounds?|euros?)\b", after, re.IGNORECASE)
    return m.end() if m else None


@cache
def _sign_patterns() -> list[tuple[str, str, re.Pattern[str], bool]]:
    """Currency sign patterns, compiled once: "C$", also written "c $" or "us $"; a tight
    sign ("R", "N") only as written."""
    out = []
    for sign, unit, tight in currency_signs():
        # "c $" between letters only: a bare "$" keeps the space before it out of the span
        pattern = re.escape(sign).replace(r"\$", r"\s?\$") if sign[0] != "$" else re.escape(sign)
        flags = re.IGNORECASE if sign[0].isalpha() and not tight else 0
        # "York's $21": the possessive "s" is no sign ("S$")
        out.append((sign, unit, re.compile(r"(?<![A-Za-z0-9'’])" + pattern + r"$", flags), tight))
    return out


@cache
def _unit_lexicon() -> tuple[dict[str, list[str]], tuple[str, ...], frozenset[str], re.Pattern[str]]:
    """quantulum3's unit surfaces and symbols by first letter, its operators, its number words."""
    from quantulum3 import load
    from quantulum3 import regex as reg

    units = load.units("en_US")
    by_first: dict[str, list[str]] = {}
    for key in {k.upper().lower() for k in list(units.surfaces) + list(units.symbols)}:
        if key:
            by_first.setdefault(key[0], []).append(key)
    ops = tuple(sorted({o.lower() for o in reg.operators("en_US")}, key=len, reverse=True))
    words = frozenset(w.lower() for w in reg.numberwords("en_US"))
    exponent = re.compile(reg.exponents_regex("en_US").format(superscripts=reg.unicode_superscript_regex()),
                          re.IGNORECASE)
    return by_first, ops, words, exponent


# Unicode letters that Python's case-insensitive matching equates with an ASCII letter (Kelvin sign, long s, ...)
_ASCII_FOLD = str.maketrans({"\u212a": "k", "\u017f": "s", "\u0131": "i", "\u0130": "i"})
# words by which quantulum3 joins two numbers (ranges "5 to 10", "5 plus or minus 1"; "5 or 10 km")
_CONNECTIVES = frozenset({"to", "plus", "or", "but", "and", "minus", "negative"})
_PLAIN_AFTER = re.compile(r"[\d.]+ ([A-Za-z]+)(?= |$)")
_NEXT_WORD = re.compile(r" ([A-Za-z]+)(?= |$)")


@cache
def _plain_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that quantulum3 itself never reads as a unit right after a number; and the connectives
    ("and", "or", "but") that are such words too but may join the number to a second amount.

    Its unit pattern may spell a common word out of unit symbols ("dead" = d·ea·d, "guards"), but it
    then drops any such run that makes up one of its common words, and only unit symbols glued
    together without operators can make up a word. So a common word that is not itself a unit
    surface or symbol (compared as its case-insensitive pattern compares), not a number word, and
    holds no "x" (a multiplication operator) leaves the number without a unit, whatever follows it.
    These are most of the words after a number in news ("people", "killed", "boats"), and each one
    otherwise costs a full parse, often with its classifier run on every symbol.
    """
    try:
        from quantulum3._lang.en_US.load import COMMON_WORDS
    except ImportError:  # a quantulum3 without the list: every window goes to the parser
        return frozenset(), frozenset()
    by_first, _, numwords, _ = _unit_lexicon()
    units = {key.translate(_ASCII_FOLD).lower() for keys in by_first.values() for key in keys}
    common = {w for words in COMMON_WORDS.values() for w in (x.lower() for x in words)
              if w.isascii() and w.isalpha() and "x" not in w and w not in units}
    joiners = frozenset(w for w in ("and", "or", "but") if w in common)
    return frozenset(w for w in common if w not in numwords and w not in _CONNECTIVES), joiners


def _plain_word_after(window: str) -> bool:
    """Whether quantulum3 would read no unit after the number that starts ``window``: the next word
    is a plain common word (``_plain_words``), and nothing after it could change that. A later
    number cannot: quantulum3 joins two numbers into a range or a coordination only when the word
    between them is a connective ("to", "or"), which a plain word here is not. Quotes can
    (quantulum3 trims a unit at them), and so can a written exponent ("squared", "cubed"), or a
    unit written in several words that starts with the end of this one ("swiss francs")."""
    m = _PLAIN_AFTER.match(window)
    if m is None:
        return False
    plain, joiners = _plain_words()
    if m.group(1).lower() in joiners:
        # "12 and destroyed buildings": the joiner is a common word too, and a plain word after it
        # starts no second amount for the first to be joined with
        nxt = _NEXT_WORD.match(window, m.end(1))
        if nxt is None or nxt.group(1).lower() not in plain:
            return False
    elif m.group(1).lower() not in plain:
        return False
    rest = window[m.end(1):]
    if not rest.isascii() or any(c in "'\"`" for c in rest):
        return False
    low = rest.lower()
    if "squared" in low or "cubed" in low:
        return False
    word = m.group(1).lower()
    return not any(word.endswith(first) and low.startswith(more) for first, more in _spaced_units().get(low[:2], ()))


@cache
def _spaced_units() -> dict[str, tuple[tuple[str, str], ...]]:
    """quantulum3's unit surfaces with a space ("swiss francs", "square meters"), split at the first
    space: a word that ends like the first part may start such a unit with the words after it.
    Keyed by the space and the letter after it."""
    by_first, _, _, _ = _unit_lexicon()
    out: dict[str, set[tuple[str, str]]] = {}
    for keys in by_first.values():
        for key in keys:
            m = re.search(r"\s", key)
            if m:
                first, more = key[: m.start()].translate(_ASCII_FOLD), key[m.start() :].translate(_ASCII_FOLD)
                out.setdefault(more[:2], set()).add((first, more))
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=8192)
def _may_have_unit(window: str) -> bool:
    """Whether quantulum3 might read a unit right after the number that starts ``window``.

    Most windows ("2 people", "5 of the") have none, and the full parse is the stage's main
    cost. A cheap test that errs towards True: the words after the number must spell one to
    four of quantulum3's unit surfaces or symbols (with its operators between them), as its
    own unit pattern requires. Digits, non-ASCII text and spelled-out number words, which
    quantulum3 rewrites before matching, always go to the full parse.
    """
    by_first, ops, numwords, exponent = _unit_lexicon()
    number = window.split(" ", 1)[0]
    rest = window[len(number):]
    if not window.isascii() or any(c.isdigit() for c in rest) or not re.fullmatch(r"[\d.]+", number):
        return True
    low = rest.lower()
    if any(w in numwords for w in re.findall(r"[a-z&]+", low)):
        return True
    start = 1 if low.startswith("-") else 0

    def units_from(pos: int, left: int, found: bool) -> bool:
        if found and (pos >= len(low) or not (low[pos].isalnum() or low[pos] == "_")):
            return True
        if left == 0:
            return False
        starts = [pos] + [pos + len(o) for o in ops if low.startswith(o, pos)]
        for p in starts:
            if p >= len(low):
                continue
            for key in by_first.get(low[p], ()):
                if low.startswith(key, p):
                    q = p + len(key)
                    e = exponent.match(low, q)
                    ends = {q, e.end()} if e else {q}
                    if any(units_from(x, left - 1, True) for x in ends):
                        return True
        return False

    return units_from(start, 4, False)


@lru_cache(maxsize=8192)
def _quantulum(text: str) -> tuple[tuple[float, str, str, tuple[int, int]], ...]:
    import warnings

    from quantulum3 import parser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = parser.parse(text)
    except Exception:  # quantulum3 raises assorted errors on odd input
        return ()
    return tuple((float(q.value), q.unit.name, q.unit.entity.name, tuple(q.span)) for q in found)
