"""Temporal expression -> TimeML (type, value); small pure functions.

Explicit patterns cover what TimeML spells specially (weekdays, parts of day,
durations, underspecified values); everything else goes to dateparser with
the publication date as ``RELATIVE_BASE`` and a preference for the past, as
news reports mostly look back.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

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
    "a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "several": 0}
_UNITS = {"second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1),
          "day": ("", "D", 1), "week": ("", "W", 1), "month": ("", "M", 1), "year": ("", "Y", 1),
          "decade": ("", "Y", 10), "century": ("", "Y", 100)}
_DURATION = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:past|last|next|previous|first|coming)\s+)?"
    r"(?P<n>\d+(?:\.\d+)?|[a-z]+)?[\s-]*(?P<unit>second|minute|hour|day|week|month|year|decade|century|centuries)s?"
    r"(?:\s+(?:long|old))?$", re.IGNORECASE)
_CLOCK = re.compile(
    r"^(?:(?P<h>\d{1,2})[:.](?P<m>\d{2})|(?P<hm>\d{4})|(?P<h2>\d{1,2}))\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*$", re.IGNORECASE)
_RELATIVE = re.compile(r"^(?P<which>last|this|next|past|previous|coming)\s+(?P<unit>week|month|year|weekend)$",
                       re.IGNORECASE)


def vague_words() -> frozenset[str]:
    return frozenset(load_lines("vague.txt", package=_PKG))


def prefixes() -> tuple[str, ...]:
    return tuple(sorted(load_lines("prefixes.txt", package=_PKG), key=len, reverse=True))


def _base(published: str | None) -> date | None:
    return date.fromisoformat(published) if published else None


@lru_cache(maxsize=8192)
def normalise(text: str, published: str | None) -> tuple[str, str] | None:
    """(TimeML type, value) for an expression, or None when it cannot be pinned."""
    t = " ".join(text.replace("’", "'").split()).strip(" ,.;:")
    low = t.lower()
    if low in vague_words() or not low:
        return None
    base = _base(published)
    for rule in (_year, _duration, _weekday, _deictic, _relative, _clock, _month_only):
        out = rule(low, base)
        if out:
            return out
    return _dateparser(t, published)


def _year(low: str, base: date | None) -> tuple[str, str] | None:
    m = re.fullmatch(r"(?:the\s+)?(?:year\s+)?(\d{4})", low)
    if m and 1000 <= int(m.group(1)) <= 2100:
        return "DATE", m.group(1)
    m = re.fullmatch(r"(?:the\s+)?(\d{3})0'?s", low)
    if m:
        return "DATE", m.group(1)
    m = re.fullmatch(r"(?:fiscal\s+)?(\d{4})-(\d{2,4})", low)
    if m:
        return "DATE", m.group(1)
    return None


def _duration(low: str, base: date | None) -> tuple[str, str] | None:
    m = _DURATION.match(low)
    if not m:
        return None
    n_text = (m.group("n") or "1").lower()
    unit = m.group("unit").lower().rstrip("s")
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
    amount_text = str(int(amount)) if amount == int(amount) else str(amount)
    return "DURATION", f"P{t_prefix}{amount_text}{code}"


def _part_of_day(words: list[str]) -> str:
    for w in words:
        if w in PARTS_OF_DAY:
            return "T" + PARTS_OF_DAY[w]
    return ""


def _weekday(low: str, base: date | None) -> tuple[str, str] | None:
    words = re.findall(r"[a-z]+", low)
    days = [w for w in words if w in WEEKDAYS]
    skip = ("last", "this", "the", "early", "late", "on")
    rest = [w for w in words if w not in WEEKDAYS and w not in PARTS_OF_DAY and w not in skip]
    if len(days) != 1 or rest:
        return None
    n = WEEKDAYS.index(days[0]) + 1
    pod = _part_of_day(words)
    if base is None:
        return "DATE" if not pod else "TIME", f"XXXX-WXX-{n}{pod}"
    delta = (base.isoweekday() - n) % 7
    if "last" in words and delta == 0:
        delta = 7
    day = base - timedelta(days=delta)
    return ("TIME" if pod else "DATE"), day.isoformat() + pod


def _deictic(low: str, base: date | None) -> tuple[str, str] | None:
    words = low.split()
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
    if not words or words[0] not in offsets:
        return None
    pod = _part_of_day(words) or ("TNI" if words[0] == "tonight" else "")
    if len(words) > 1 and not pod:
        return None
    if base is None:
        return None
    day = base + timedelta(days=offsets[words[0]])
    return ("TIME" if pod else "DATE"), day.isoformat() + pod


def _relative(low: str, base: date | None) -> tuple[str, str] | None:
    m = _RELATIVE.match(low.removeprefix("the "))
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


def _clock(low: str, base: date | None) -> tuple[str, str] | None:
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
    return "TIME", f"T{h:02d}:{mi:02d}"


def _month_only(low: str, base: date | None) -> tuple[str, str] | None:
    key = low.removeprefix("early ").removeprefix("late ").removeprefix("mid-").rstrip(".")
    month = MONTHS.index(key) + 1 if key in MONTHS else _MONTH_ABBR.get(key)
    if month is None:
        return None
    if base is None:
        return "DATE", f"XXXX-{month:02d}"
    year = base.year if month <= base.month else base.year - 1
    return "DATE", f"{year}-{month:02d}"


def _dateparser(text: str, published: str | None) -> tuple[str, str] | None:

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(published)
    try:
        data = _parser(tuple(sorted(settings.items()))).get_date_data(text)
    except Exception:  # dateparser raises on some odd strings
        return None
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period
    has_year = re.search(r"\b\d{4}\b|'\d{2}\b", text) is not None
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
    return "DATE", f"{year}-{d.month:02d}-{d.day:02d}"


@lru_cache(maxsize=8)
def _parser(settings: tuple):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=dict(settings))
