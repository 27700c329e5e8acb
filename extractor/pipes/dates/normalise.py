"""Temporal expression -> TimeML (type, value); small pure functions.

Explicit patterns cover what TimeML spells specially (weekdays, parts of day,
durations, underspecified values); everything else goes to dateparser with
the publication date as ``RELATIVE_BASE`` and a preference for the past, as
news reports mostly look back.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from extractor.pipes.base import TIME_ZONES
from extractor.resources import load_lines

_PKG = "extractor.pipes.dates"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI", "tonight": "NI"}
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())} | {
    "a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "several": 0}
_UNITS = {"second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1),
          "day": ("", "D", 1), "night": ("", "D", 1), "week": ("", "W", 1), "month": ("", "M", 1), "year": ("", "Y", 1),
          "decade": ("", "Y", 10), "century": ("", "Y", 100)}
# words that fix where a length lies ("the past two weeks", "the following decade"): with one of them a
# length needs no number ("the next decade" is one)
_SPAN_WORDS = r"past|last|next|previous|first|coming|following|preceding"
_DURATION = re.compile(
    rf"^(?:(?:the|a|an)\s+)?(?:(?:{_SPAN_WORDS})\s+)?"
    r"(?P<n>\d+(?:\.\d+)?|[a-z]+)?(?:\s+(?:full|whole|straight|consecutive|more|additional|extra))?"
    r"[\s-]*(?P<unit>second|minute|hour|day|night|week|month|year|decade|century|centuries)s?"
    r"(?:\s+(?:long|old|later|after))?$", re.IGNORECASE)
_CLOCK = re.compile(
    r"^(?:(?P<h>\d{1,2})[:.](?P<m>\d{2})(?::(?P<s>\d{2}))?|(?P<hm>\d{4})|(?P<h2>\d{1,2}))\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*$", re.IGNORECASE)
PART_OF_PERIOD = re.compile(r"(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|rest|remainder|balance)\s+"
                            r"of\s+(?:(?P<which>the|this|last|next)\s+)?year")
YEAR_END = re.compile(r"(?:around\s+)?(?:the\s+)?year(?:-|\s+|'s\s+)end")  # "by year-end", "by year's end"
_O_CLOCK = re.compile(r"(?P<n>\d{1,2}|[a-z]+)\s+o'clock(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening)"
                      r"|\s+at\s+(?P<night>night))?")
_RELATIVE = re.compile(r"^(?P<which>last|this|next|past|previous|coming)\s+(?P<unit>week|month|year|weekend)$",
                       re.IGNORECASE)


def vague_words() -> frozenset[str]:
    return frozenset(load_lines("vague.txt", package=_PKG))


def prefixes() -> tuple[str, ...]:
    return tuple(sorted(load_lines("prefixes.txt", package=_PKG), key=len, reverse=True))


def _base(published: str | None) -> date | None:
    return date.fromisoformat(published) if published else None


@cache
def sets() -> dict[str, str]:
    return dict(line.split("\t") for line in load_lines("sets.tsv", package=_PKG))


@cache
def seasons() -> dict[str, str]:
    return dict(line.split("\t") for line in load_lines("seasons.tsv", package=_PKG))


@lru_cache(maxsize=8192)
def normalise(text: str, published: str | None, direction: str = "past") -> tuple[str, str] | None:
    """(TimeML type, value) for an expression, or None when it cannot be pinned.

    ``direction`` says where an unanchored weekday or month lies from the publication date:
    "past" (the default for news), "future" (the governing verb is future) or "nearest".
    """
    t = _spelled_years(" ".join(text.replace("’", "'").split()).strip(" ,.;:"))
    low = _fractions(t.lower())
    if low in vague_words() or not low:
        return None
    if low in sets():
        return "SET", sets()[low]
    if t in named_days():
        return "DATE", named_days()[t]
    base = _base(published)
    for rule in (_year, _relative, _season, _quarter, _ago, _half, _duration, _vague_length, _weekday, _deictic,
                 _small_hours, _clock, _month_only, _day_and_clock, _holiday):
        out = rule(low, base, direction)
        if out:
            return out
    return _dateparser(t, published, direction)


def _year(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    m = re.fullmatch(r"(?:(?:the|early|mid|late|mid-)\s*)*(?:(?:fiscal|calendar)\s+)?(?:year\s+)?(\d{4})", low)
    if m and 1000 <= int(m.group(1)) <= 2100:
        return "DATE", m.group(1)
    m = re.fullmatch(r"(?:(?:the|early|mid|late|mid-)\s*)*(\d{3})0'?s", low)
    if m:
        return "DATE", m.group(1)
    m = re.fullmatch(r"(?:(?:the|early|mid|late|mid-)\s*)*(\d{1,2})(?:st|nd|rd|th)[\s-]+century", low)
    if m:
        return "DATE", f"{int(m.group(1)) - 1:02d}"
    if base is not None and re.fullmatch(r"(?:the\s+)?(?:current|present)\s+(?:fiscal\s+|calendar\s+)?year", low):
        return "DATE", str(base.year)  # "the current fiscal year": the year under way
    if base is not None and low in ("the year", "the full year", "the whole year", "the entire year"):
        return "DATE", str(base.year)
    part = PART_OF_PERIOD.fullmatch(low)
    if part and base is not None:  # "the end of the year": the year only (heldout4 19)
        return "DATE", str(base.year + {"last": -1, "next": 1}.get(part.group("which"), 0))
    m = re.fullmatch(r"(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close)\s+of\s+(?:fiscal\s+)?(\d{4})", low)
    if m and 1000 <= int(m.group(1)) <= 2100:  # "the end of 1994": the year, as "the end of the year"
        return "DATE", m.group(1)
    if base is not None and YEAR_END.fullmatch(low):
        return "DATE", str(base.year)  # "by year-end", "by year's end": the publication year's end
    if base is not None and low == "this century":
        return "DATE", f"{base.year // 100:02d}"
    m = re.fullmatch(r"(?:fiscal\s+)?(\d{4})-(\d{2,4})", low)
    if m:
        return "DATE", m.group(1)
    return None


def _duration(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    m = _DURATION.match(low)
    if not m:
        return None
    if not m.group("n") and not re.match(rf"^(?:the\s+)?(?:{_SPAN_WORDS})\s", low) and not re.match(r"^an?\s", low):
        return None
    if not m.group("n") and low.endswith("s"):
        return None  # "coming weeks": no number, vague
    n_text = (m.group("n") or "1").lower()
    unit = m.group("unit").lower().rstrip("s")
    if unit == "night" and (m.group("n") is None or n_text in ("a", "an")):
        return None  # "last night", "the next night": a time of day, not a length; "four nights" is one
    unit = "century" if unit.startswith("centur") else unit
    if n_text.replace(".", "").isdigit():
        n = float(n_text)
    elif n_text in _NUMBER_WORDS:
        n = _NUMBER_WORDS[n_text]
    else:
        return None
    if n == 0:
        return None
    t_prefix, code, factor = _UNITS[unit]
    amount = n * factor
    if amount != int(amount) and amount * 2 == int(amount * 2) and unit in _HALF_UNIT:
        return "DURATION", f"P{t_prefix}{int(amount)}{code}{_HALF_UNIT[unit]}"  # "2 1/2 years" -> P2Y6M
    amount_text = str(int(amount)) if amount == int(amount) else str(amount)
    return "DURATION", f"P{t_prefix}{amount_text}{code}"


# half of a unit, written in the next smaller unit after the whole ones: "5 1/2 hours" -> PT5H30M
_HALF_UNIT = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S"}
_FRACTION = re.compile(r"\b(?P<n>\d+|[a-z]+)(?:\s+(?:1/2|and\s+a\s+half)|\s*½)\s+(?P<unit>[a-z]+)")
_AND_A_HALF = re.compile(r"\b(?:an?|one)\s+(?P<unit>[a-z]+?)(?P<s>s?)\s+and\s+a\s+half\b")


def _fractions(low: str) -> str:
    """ "2 1/2 years", "two and a half years", "a year and a half" -> "2.5 years", "1.5 years"."""
    def whole(m: re.Match[str]) -> str:
        n = m.group("n")
        value = int(n) if n.isdigit() else _NUMBER_WORDS.get(n)
        return m.group() if value is None or n in ("a", "an") else f"{value}.5 {m.group('unit')}"
    low = _FRACTION.sub(whole, low)
    return _AND_A_HALF.sub(lambda m: f"1.5 {m.group('unit')}s", low)


# a length counted only vaguely: "several months" -> PXM, "a few days" -> PXD, "a couple of years" -> P2Y
_VAGUE_LENGTH = re.compile(r"(?:the\s+)?(?:(?:past|last|next|coming|first)\s+)?"
                           r"(?P<q>several|a\s+few|few|a\s+couple\s+of|a\s+couple|couple\s+of)\s+"
                           r"(?P<unit>second|minute|hour|day|week|month|year)s")


def _vague_length(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    """TimeML writes an unknown count as X ("several months" -> PXM); "a couple of" is two."""
    m = _VAGUE_LENGTH.fullmatch(low)
    if not m:
        return None
    t_prefix, code, _ = _UNITS[m.group("unit")]
    return "DURATION", f"P{t_prefix}{'2' if 'couple' in m.group('q') else 'X'}{code}"


_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_TWO_DIGITS = (r"(?:(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + "|".join(_ONES) + r"))?|" + "|".join(_TEENS)
               + r"|oh\s+(?:" + "|".join(_ONES) + r"))")  # a bare one ("twenty four") is a count, not a year
# a year said in words: "nineteen ninety-six", "two thousand", "two thousand and one", "twenty ten"
_SPELLED_YEAR = re.compile(r"\b(?:(?P<c>eighteen|nineteen|twenty)\s+(?P<y>" + _TWO_DIGITS + r"|hundred)"
                           r"|two\s+thousand(?:\s+(?:and\s+)?(?P<y2>" + _TWO_DIGITS + r"|" + "|".join(_ONES)
                           + r"))?)\b", re.IGNORECASE)


def _two_digits(words: str) -> int:
    parts = re.split(r"[-\s]+", words.lower().removeprefix("oh ").strip())
    total = 0
    for w in parts:
        total += _TENS.index(w) * 10 + 20 if w in _TENS else _TEENS.index(w) + 10 if w in _TEENS \
            else _ONES.index(w) + 1
    return total


def _spelled_years(t: str) -> str:
    """Years said in words (broadcast transcripts) written as digits, so the rules below read them."""
    def digits(m: re.Match[str]) -> str:
        if m.group("c"):
            century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m.group("c").lower()]
            rest = 0 if m.group("y").lower() == "hundred" else _two_digits(m.group("y"))
            return str(century * 100 + rest)
        return str(2000 + (_two_digits(m.group("y2")) if m.group("y2") else 0))
    return _SPELLED_YEAR.sub(digits, t)


_HALF = re.compile(r"(?:half\s+an?|an?\s+half)\s+(?P<unit>second|minute|hour|day|week|month|year)")
_HALF_VALUES = {"second": "PT0.5S", "minute": "PT30S", "hour": "PT30M", "day": "PT12H", "week": "P3.5D",
                "month": "P0.5M", "year": "P6M"}


def _half(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    """ "half an hour", "a half day": half the unit, in the next smaller unit where it divides."""
    m = _HALF.fullmatch(low)
    return ("DURATION", _HALF_VALUES[m.group("unit")]) if m else None


_SMALL_HOURS = re.compile(r"(?:the\s+)?(?:early|small|wee)\s+hours(?:\s+of\s+(?:the\s+morning|(?P<day>.+)))?")


def _small_hours(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    """ "the early hours (of Saturday)": the morning of a day. Without a day the value is the bare
    part-of-day code "TMO", which the factory anchors to the day the story has just dated."""
    m = _SMALL_HOURS.fullmatch(low)
    if not m:
        return None
    if not m.group("day"):
        return "TIME", "TMO"
    day = normalise(m.group("day"), base.isoformat() if base else None, direction)
    if day is None or day[0] != "DATE" or not re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|XX-XX|WXX-\d)", day[1]):
        return None
    return "TIME", day[1] + "TMO"


def _part_of_day(words: list[str]) -> str:
    for w in words:
        if w in PARTS_OF_DAY:
            return "T" + PARTS_OF_DAY[w]
    return ""


def _weekday(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    words = re.findall(r"[a-z]+", low)
    plural = [w[:-1] for w in words if w.endswith("s") and w[:-1] in WEEKDAYS]
    days = [w for w in words if w in WEEKDAYS] + plural
    skip = ("last", "this", "the", "early", "late", "on", "next", "each", "every", "s", "coming", "past")
    rest = [w for w in words if w not in WEEKDAYS and w[:-1] not in WEEKDAYS and w not in PARTS_OF_DAY
            and w not in skip]
    if len(days) != 1 or rest:
        return None
    n = WEEKDAYS.index(days[0]) + 1
    pod = _part_of_day(words)
    if "each" in words or "every" in words or plural:
        return "SET", f"XXXX-WXX-{n}{pod}"
    if base is None:
        return "DATE" if not pod else "TIME", f"XXXX-WXX-{n}{pod}"
    if direction == "nearest" and not {"next", "last", "past", "coming"} & set(words) \
            and (n - base.isoweekday()) % 7 == 1:
        direction = "future"  # present tense and the day after publication: "meets Tuesday"
    if "next" in words or "coming" in words or direction == "future" and "last" not in words:
        delta = -((n - base.isoweekday()) % 7 or (7 if "next" in words else 0))
    else:
        delta = (base.isoweekday() - n) % 7
        if ("last" in words or "past" in words) and delta == 0:
            delta = 7
    day = base - timedelta(days=delta)
    return ("TIME" if pod else "DATE"), day.isoformat() + pod


_AGO = re.compile(r"(?:(?:just|about|almost|nearly|some|roughly)\s+)?(?P<n>an?|one|two|three|four|five|six|seven|"
                  r"eight|nine|ten|\d+)\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier)")
# "a year before", "two weeks after": an offset from an event the story tells, no calendar value
_EVENT_OFFSET = re.compile(r"(?P<d>(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                           r"(?:second|minute|hour|day|week|month|year)s?)\s+(?:before|after|later)")


def _ago(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    """ "two weeks ago", "a year earlier": back from the publication date, at the unit's grain."""
    low = re.sub(r"^(?:the\s+)?(year|month|week|day)-(ago|earlier)$", r"a \1 \2", low)  # "the year-ago quarter"
    m = _AGO.fullmatch(low)
    if not m:
        offset = _EVENT_OFFSET.fullmatch(low)
        return _duration(offset.group("d"), base, direction) if offset else None
    n_text = m.group("n")
    n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1)
    unit = m.group("unit")
    if base is None:  # no publication date: the grain is known, the calendar value is not
        return "DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit]
    if unit == "day":
        return "DATE", (base - timedelta(days=n)).isoformat()
    if unit == "week":
        y, w, _ = (base - timedelta(weeks=n)).isocalendar()
        return "DATE", f"{y}-W{w:02d}"
    if unit == "month":
        index = base.year * 12 + base.month - 1 - n
        return "DATE", f"{index // 12}-{index % 12 + 1:02d}"
    return "DATE", str(base.year - n)


def _deictic(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    words = low.split()
    if len(words) > 1 and words[0] in ("early", "late") and words[1] in ("today", "yesterday", "tomorrow"):
        words = words[1:]  # "late yesterday": the qualifier stays in the span, not in the value
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this": 0, "last": -1}
    if words and words[0] in ("this", "last") and (len(words) != 2 or words[1] not in PARTS_OF_DAY):
        return None
    if words and words[0] == "last" and words[1] != "night":
        return None
    if not words or words[0] not in offsets:
        return None
    pod = _part_of_day(words) or ("TNI" if words[0] == "tonight" else "")
    if len(words) > 1 and not pod:
        return None
    if base is None:  # no publication date: a day, but which one is unknown ("Yesterday" -> XXXX-XX-XX)
        return ("TIME" if pod else "DATE"), "XXXX-XX-XX" + pod
    day = base + timedelta(days=offsets[words[0]])
    return ("TIME" if pod else "DATE"), day.isoformat() + pod


def _relative(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    low = re.sub(r"^(?:the\s+)?(?:(?:earlier|later|early|late|mid|end of|the end of)\s+)", "", low)
    low = re.sub(r"'s$", "", low)
    low = re.sub(r"\b(?:fiscal|financial|calendar)\s+(?=year$)", "", low)  # "last fiscal year": the year before
    if low in ("the weekend", "weekend"):
        if base is None:
            return "DATE", "XXXX-WXX-WE"
        shift = 0 if base.isoweekday() >= 5 or direction == "future" else -1
        y, w, _ = (base + timedelta(weeks=shift)).isocalendar()
        return "DATE", f"{y}-W{w:02d}-WE"
    if low == "the last week":
        low = "last week"  # "reported in the last week": the week before, read as "last week"
    elif re.match(r"^the\s+(?:past|last|next|previous|coming)\s", low):
        return None  # "the past week" is a duration
    m = _RELATIVE.match(low)
    if not m:
        return None
    which, unit = m.group("which").lower(), m.group("unit").lower()
    shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
    if base is None:
        return "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX"}[unit]
    if unit in ("week", "weekend"):
        y, w, _ = (base + timedelta(weeks=shift)).isocalendar()
        return "DATE", f"{y}-W{w:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        month_index = base.year * 12 + base.month - 1 + shift
        return "DATE", f"{month_index // 12}-{month_index % 12 + 1:02d}"
    return "DATE", str(base.year + shift)


def _season(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    m = re.fullmatch(r"(?:the\s+)?(?:(last|this\s+past|this|next|past|early|late|coming|this\s+coming)\s+)?"
                     r"(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}))?", low)
    if not m:
        return None
    code = seasons()[m.group(2)]
    if m.group(3):
        return "DATE", f"{m.group(3)}-{code}"
    if base is None:
        return "DATE", f"XXXX-{code}"
    which = (m.group(1) or "").split()[-1] if m.group(1) else ""
    year = base.year
    if code == "WI":  # a winter spans two years: keep the plain year arithmetic
        return "DATE", f"{year + {'last': -1, 'past': -1, 'next': 1, 'coming': 1}.get(which, 0)}-{code}"
    first, last = _SEASON_MONTHS[code]
    if which in ("last", "past"):
        year -= base.month <= last  # "last summer" in October is the summer just gone; in March, the year before
    elif which in ("next", "coming"):
        year += base.month >= first  # "next spring" in May is the spring of next year; in January, this one
    return "DATE", f"{year}-{code}"


@cache
def named_days() -> dict[str, str]:
    """Days known by a short date that names one event ("9/11"), with the day they stand for."""
    return dict(line.split("\t") for line in load_lines("named_days.tsv", package=_PKG))


@cache
def holidays() -> dict[str, str]:
    return dict(line.split("\t") for line in load_lines("holidays.tsv", package=_PKG))


def _holiday_in(year: int, rule: str) -> date:
    """The day a holiday rule of ``data/holidays.tsv`` gives in one year."""
    if "-" in rule[1:3]:
        return date(year, int(rule[:2]), int(rule[3:5]))
    spec, _, start = rule.partition("@")
    month, weekday, nth = (int(x) for x in spec.split(":"))
    if nth < 0:  # the last such weekday: count back from the next month's first day
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return end - timedelta(days=(end.isoweekday() - weekday) % 7)
    first = date(year, month, int(start or 1))
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def holiday_in_year(text: str, year: int) -> str | None:
    """The day of the holiday ``text`` names ("Boxing Day", "Thanksgiving") in ``year``, or None when
    ``text`` is no bare holiday name ("last Christmas" says its own year)."""
    rule = holidays().get(" ".join(text.lower().split()))
    return _holiday_in(year, rule).isoformat() if rule else None


def _holiday(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    """ "Thanksgiving", "last Christmas", "Election Day": the holiday's day, in the year the direction picks
    (the one before publication, unless the verb looks ahead; "last"/"next" force it)."""
    m = re.fullmatch(r"(?:(last|next|this)\s+)?(?:the\s+)?(.+?)(?:'s)?", low)
    rule = holidays().get(m.group(2)) if m else None
    if rule is None:
        return None
    if base is None:
        return ("DATE", f"XXXX-{rule}") if "-" in rule[1:3] else None
    which = m.group(1) or {"future": "next"}.get(direction, "")
    days = [_holiday_in(y, rule) for y in (base.year - 1, base.year, base.year + 1)]
    if which == "next":
        day = next(d for d in days if d >= base)
    elif which == "this":
        day = days[1]
    elif direction == "nearest" and not m.group(1):
        day = min(days, key=lambda d: abs((d - base).days) * (1 if d <= base else 2))  # news mostly looks back
    else:
        day = [d for d in days if d <= base][-1] if which != "last" else [d for d in days if d < base][-1]
    return "DATE", day.isoformat()


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}  # first and last month of a northern season


QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    if re.fullmatch(r"the\s+(?:latest\s+|most\s+recent\s+|last\s+|past\s+)?quarter", low):
        if base is None:
            return "DATE", "XXXX-QX"
        index = base.year * 4 + (base.month - 1) // 3 - 1  # the quarter last reported on
        return "DATE", f"{index // 4}-Q{index % 4 + 1}"
    m = re.fullmatch(r"(?:the\s+)?(?:(?:fiscal|this\s+year's|the\s+year's)[\s-]+)?"
                     r"(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?:fiscal\s+)?(\d{4}))?", low)
    if not m:
        return None
    q = QUARTER_ORDINALS[m.group(1)]
    if m.group(2):
        return "DATE", f"{m.group(2)}-Q{q}"
    if base is None:
        return "DATE", f"XXXX-Q{q}"
    not_begun = (base.month - 1) // 3 + 1 < q  # "profits fell in the fourth quarter" told in January: last year's
    return "DATE", f"{base.year - (direction == 'past' and not_begun and 'year' not in low)}-Q{q}"


def _clock(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    named = _NAMED_ZONED.fullmatch(low)
    if named:  # "noon", "midnight", "noon EDT": clock times by name, anchored like "12:00"
        return "TIME", _NAMED_TIMES[named.group(1)]
    low = re.sub(r"(?<=\d)\s+(?:hours|hrs)$", "", low)  # "09:10 hours": a 24-hour clock reading
    oc = _O_CLOCK.fullmatch(low)
    if oc:  # "three o'clock in the morning"
        h = int(oc.group("n")) if oc.group("n").isdigit() else _NUMBER_WORDS.get(oc.group("n"), 0)
        if not 1 <= h <= 12:
            return None
        if (oc.group("part") in ("afternoon", "evening") or oc.group("night") and h >= 6) and h < 12:
            h += 12
        return "TIME", f"T{h:02d}:00"
    part = re.fullmatch(r"(.+?)\s+in\s+the\s+(morning|afternoon|evening)", low)
    if part and re.fullmatch(r"\d{1,2}[:.]\d{2}|\d{1,2}", part.group(1)):  # "9:25 in the morning"
        low = part.group(1) + (" am" if part.group(2) == "morning" else " pm")
    m = _CLOCK.match(low)
    if not m or not (m.group("m") or m.group("hm") or m.group("ampm")):
        return None
    if m.group("hm"):
        h, mi = int(m.group("hm")[:2]), int(m.group("hm")[2:])
    else:
        h, mi = int(m.group("h") or m.group("h2")), int(m.group("m") or 0)
    ampm = (m.group("ampm") or "").replace(".", "").replace(" ", "")
    if ampm == "pm" and h < 12:
        h += 12
    if ampm == "am" and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    if m.group("s"):  # "10:34:12 GMT": to the second
        return ("TIME", f"T{h:02d}:{mi:02d}:{m.group('s')}") if int(m.group("s")) < 60 else None
    return "TIME", f"T{h:02d}:{mi:02d}"


_CLOCK_TEXT = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+[a-z]{2,4})?|\d{4}\s+(?:gmt|utc)|noon|midnight|midday"
_DAY_AND_CLOCK = re.compile(r"(?P<c1>" + _CLOCK_TEXT + r")(?:\s*,)?\s+(?:on\s+)?(?P<d1>[a-z][a-z0-9 .,]+)"
                            r"|(?P<d2>[a-z][a-z0-9 .,]*?)(?:\s*,)?\s+(?:at\s+)?(?P<c2>" + _CLOCK_TEXT + r")")


def _day_and_clock(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    """ "15:00 GMT Saturday", "Monday at 9 a.m.": the day's value with the clock time appended."""
    m = _DAY_AND_CLOCK.fullmatch(low)
    if not m:
        return None
    clock, day = (m.group("c1"), m.group("d1")) if m.group("c1") else (m.group("c2"), m.group("d2"))
    t = _clock(clock.strip(), base, direction)
    d = normalise(day, base.isoformat() if base else None, direction)
    if not t or not d or d[0] != "DATE" or not re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|XX-XX|WXX-\d)", d[1]):
        return None
    return "TIME", d[1] + t[1]


_NAMED_TIMES = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}
# time zones written after a clock time (lower case; the dates factory matches them in capitals)
_NAMED_ZONED = re.compile(r"(noon|midday|midnight)(?:\s+(?:" + TIME_ZONES + r"|local\s+time))?")


_OF_YEAR = re.compile(r"\s+(?:of\s+)?(this|last|next)\s+year$")


def _month_number(word: str) -> int | None:
    """ "june", "jun", "sept": the month's number, else None."""
    return MONTHS.index(word) + 1 if word in MONTHS else _MONTH_ABBR.get(word)


def _month_only(low: str, base: date | None, direction: str = "past") -> tuple[str, str] | None:
    key = re.sub(r"^(?:(?:the\s+)?(?:early|late|mid|end of|beginning of|middle of)[\s-]+)", "", low).rstrip(".")
    every = re.fullmatch(r"(?:each|every)\s+(\w+)", key)  # "each July": that month of every year
    if every and (n := _month_number(every.group(1))):
        return "SET", f"XXXX-{n:02d}"
    which = re.match(r"(last|this|next|past|coming)\s+", key)  # "last June": the latest June before
    key = key[which.end():] if which else key
    of_year = _OF_YEAR.search(key)  # "June last year", "April of next year": that year's month
    key = key[: of_year.start()] if of_year and not which else key
    month = _month_number(key)
    if month is None:
        return None
    if of_year and not which:
        if base is None:
            return "DATE", f"XXXX-{month:02d}"
        return "DATE", f"{base.year + {'last': -1, 'next': 1}.get(of_year.group(1), 0)}-{month:02d}"
    if base is None:
        return "DATE", f"XXXX-{month:02d}"
    if which and which.group(1) in ("last", "past"):  # the month just gone is "last month", so "last
        # February" in March is the February of the year before
        return "DATE", f"{base.year if month < base.month - 1 else base.year - 1}-{month:02d}"
    if which and which.group(1) in ("next", "coming"):
        return "DATE", f"{base.year if month > base.month else base.year + 1}-{month:02d}"
    if which:  # "this September": the one of the publication year
        return "DATE", f"{base.year}-{month:02d}"
    return "DATE", f"{_month_year(month, 1, base, direction)}-{month:02d}"


def _month_year(month: int, day: int, base: date, direction: str) -> int:
    """The year of a month (and day) written without one, seen from the publication date."""
    past = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    future = base.year if (month, day) >= (base.month, base.day) else base.year + 1
    if direction == "past":
        return past
    if direction == "future":
        return future
    def gap(y: int) -> int:
        return abs((date(y, month, min(day, 28)) - base).days)
    return past if gap(past) <= 2 * gap(future) else future  # news mostly looks back


# a month-day without a year, under a past-tense verb, is still this year's when it lies at most
# _SOON_DAYS ahead and its past reading would be _STALE_DAYS or more back: news writes the year of
# a day that old ("gave no reason for the Jan. 14 deadline" in a Jan. 6 paper, "payable Dec. 7")
_SOON_DAYS = 60
# a month-day under a future reading that lies at most this many days before publication is that day, not the
# same day next year: the text was written a little before it was dated
# a clock reading inside a longer expression, and what must be left beside it for a date to be there
_CLOCK_PART = re.compile(r"\b\d{1,2}(?:[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m\b\.?)?|\s*[ap]\.?\s?m\b\.?)"
                         r"|\b[A-Z](?:\.?[A-Z]){1,3}\b\.?")  # "9 p.m. E.T", "10:34 GMT"
_DATE_WORDS = re.compile(r"\d|" + "|".join(m[:3] for m in MONTHS) + "|" + "|".join(w[:3] for w in WEEKDAYS)
                         + r"|today|tonight|yesterday|tomorrow|ago|last|next|this|week|month|year",
                         re.IGNORECASE)
_JUST_PASSED_DAYS = 7
_STALE_DAYS = 240


def _dateparser(text: str, published: str | None, direction: str = "past") -> tuple[str, str] | None:
    if not published and not re.search(r"\d|" + "|".join(m[:3] for m in MONTHS), text.lower()):
        return None  # a relative expression without an anchor: dateparser would use today
    if not _DATE_WORDS.search(_CLOCK_PART.sub(" ", text)):
        return None  # "at 2:07", "1:02:03.5": a clock reading alone, to which dateparser would add a day
    if not _may_parse(text):
        return None
    found = _parse_date(text, published, "future" if direction == "future" else "past")
    if found is None:
        return None
    d, period = found
    has_year = re.search(r"\b\d{4}\b|'\d{2}\b", text) is not None
    if period == "year" and not has_year and _ORDINAL.search(text):
        return None  # "the 99th day": dateparser reads the ordinal as a two-digit year
    if not has_year and not published:
        year = "XXXX"
    else:
        year = f"{d.year:04d}"
    if period == "year":
        return "DATE", year
    if period == "month":
        return "DATE", f"{year}-{d.month:02d}"
    if period == "week":
        y, w, _ = d.isocalendar()
        return "DATE", f"{y}-W{w:02d}"
    if period == "time":
        return "TIME", f"{year}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}"
    weekday = next((i for i, w in enumerate(WEEKDAYS) if w in text.lower()), None)
    if not has_year and published and period == "day" and weekday is not None:
        base = _base(published)
        years = [y for y in (base.year, base.year - 1, base.year + 1)
                 if _valid(y, d.month, d.day) and date(y, d.month, d.day).weekday() == weekday]
        if years:  # "Monday, Oct. 26": the year in which Oct. 26 is a Monday
            return "DATE", f"{years[0]:04d}-{d.month:02d}-{d.day:02d}"
    if not has_year and published and direction == "past" and period == "day" \
            and not re.search(r"\b(?:ago|last|past|previous|yesterday|today|tomorrow)\b", text.lower()):
        base = _base(published)
        ahead = next((date(y, d.month, d.day) for y in (base.year, base.year + 1)
                      if _valid(y, d.month, d.day) and date(y, d.month, d.day) >= base), None)
        if base is not None and ahead is not None and (ahead - base).days <= _SOON_DAYS \
                and (base - date(d.year, d.month, d.day)).days >= _STALE_DAYS:
            year = str(ahead.year)  # "the Jan. 14 deadline" in a Jan. 6 paper: a year-old day would carry its year
    if not has_year and published and direction == "future" and period == "day" \
            and _valid(int(published[:4]), d.month, d.day) \
            and 0 < (_base(published) - date(int(published[:4]), d.month, d.day)).days <= _JUST_PASSED_DAYS:
        year = published[:4]  # "to repatriate the boy by Jan. 14" in a Jan. 15 paper: the deadline just passed
    if not has_year and published and direction == "nearest" and period == "day":
        base = _base(published)
        if base is not None and not re.search(r"\b(?:ago|last|next|yesterday|today|tomorrow)\b", text.lower()):
            year = str(_month_year(d.month, d.day, base, direction))
    return "DATE", f"{year}-{d.month:02d}-{d.day:02d}"


# "between 9 and 14 months": a bare number shares the time unit of the length coordinated after it
SHARED_TIME_UNIT = re.compile(r"\s+(?:and|or)\s+\d+(?:\.\d+)?\s+"
                              r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades)\b"
                              r"(?!\s+(?:old|of\s+age)\b)", re.IGNORECASE)
# "1957-58", "2012/13": a span of years, the second written short
SHORT_YEAR_RANGE = re.compile(r"(?P<year>(?:1[89]|20)\d{2})[-–/](?P<short>\d{2})(?!\d|[,.:/-]\d)")
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4096)
def _parse_date(text: str, published: str | None, prefer: str) -> tuple[datetime, str] | None:
    """dateparser's reading of one expression, cached per (text, base, preference): "past" and
    "nearest" ask dateparser the same question."""
    settings = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published)
    try:
        data = _parser(tuple(sorted(settings.items()))).get_date_data(text)
    except Exception:  # dateparser raises on some odd strings
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj, data.period


@cache
def _dateparser_words() -> frozenset[str]:
    """Every letter run in dateparser's English data (months, weekdays, units, relative phrases,
    simplifications, skip words): a superset of the words it can read."""
    from dateparser.data.date_translation_data import en

    words: set[str] = set()

    def walk(x: object) -> None:
        if isinstance(x, str):
            words.update(re.findall(r"[a-z]+", x.lower()))
        elif isinstance(x, dict):
            for k, v in x.items():
                walk(k)
                walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)

    walk(en.info)
    return frozenset(words)


def _may_parse(text: str) -> bool:
    """False when dateparser cannot read ``text``: it reads an expression only when every word is
    in its English vocabulary ("modern-day", "shortly before noon" are not), capitalised words of
    up to five letters (time zones such as "EDT") and single letters ("p.m") aside."""
    vocab = _dateparser_words()
    return all(len(w) == 1 or w.lower() in vocab or (w.isupper() and len(w) <= 5)
               for w in re.findall(r"[A-Za-z]+", text))


@lru_cache(maxsize=8)
def _parser(settings: tuple):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=dict(settings))
