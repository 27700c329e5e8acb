"""The ``news_dates`` factory: temporal expressions found, trimmed and normalised to TimeML.

Candidates are the model's DATE/TIME entities plus patterns for what it misses (frequencies
such as "near-daily", "each year"; rates such as "Dh4,275 a month"; weekends; "yesterday
afternoon"). Spans lose their preposition, approximation
word and possessive; a range inside one entity ("Sept. 14 to Thursday") is split in two.
Values come from ``normalise`` with the publication date; the parse decides whether an
unanchored weekday or month lies before or after it (past by default, future under "will",
"expected to", "is going to", a present progressive and the like; nearest under a
to-infinitive), a weekday after a "last week" in the preceding sentences falls
in that week, and a clock time takes the date written next to it ("12:00 GMT on Thursday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractor.pipes.base import TIME_ZONES, in_regions
from extractor.pipes.dates.normalise import (
    PART_OF_PERIOD,
    QUARTER_ORDINALS,
    SHARED_TIME_UNIT,
    SHORT_YEAR_RANGE,
    WEEKDAYS,
    YEAR_END,
    holiday_in_year,
    holidays,
    named_days,
    normalise,
    prefixes,
    sets,
)
from extractor.resources import load_lines

_PKG = "extractor.pipes.dates"
_AGE_TAIL = re.compile(r"(?:-|\s)years?(?:-|\s)old$|year-old$", re.IGNORECASE)
_RANGE_SPLIT = re.compile(r"\s+(?:to|through|until|and|-|–)\s+|\s*[-–]\s*(?=[A-Z])|(?<=\d{4})[-–](?=\d{4}\b)",
                          re.IGNORECASE)
_WEEKDAY_NOT_ALONE = re.compile(r"\b(?:coming|next|last|this|past|and|or)\s+$", re.IGNORECASE)
_PARTS_PLURAL = re.compile(r"s?\s+(?:mornings|afternoons|evenings|nights)\b", re.IGNORECASE)
_DAY_PART = re.compile(r"(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX|XXXX-WXX-\d)T[A-Z]{2}")  # "Thursday night"
_AGE_BOUND = re.compile(r"\s+(?:and|or)\s+(?:older|younger)\b", re.IGNORECASE)  # "6 months and older": an age
_LEADING_COUNT = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?=(?:last|this|next|yesterday|today|"
    r"tomorrow|earlier|previous)\b)", re.IGNORECASE)
_LEADING_THE = re.compile(r"^the\s+(?=(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
                          re.IGNORECASE)
# "the last 1953 team member": a rank word before a year ranks the noun; the year is the date
_LEADING_RANK = re.compile(r"^(?:the\s+)?(?:last|first|final|only)\s+(?=(?:1[89]|20)\d{2}\b"
                           r"(?![\s-]+(?:years?|months?|weeks?|days?|hours?)\b))", re.IGNORECASE)
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# what the model misses: "Sept. 30", "March 3, 2011", "each Thursday", "Tuesday nights"
_PATTERNS = re.compile(
    r"\b" + _MONTH + r"\.?\s+\d{1,2}(?:,\s+\d{4})?\b(?!:)"
    r"|\b(?:each|every)\s+(?:" + "|".join(WEEKDAYS) + r"|" + _MONTH + r")\b"
    r"|\b(?:" + "|".join(WEEKDAYS) + r")s?\s+(?:morning|afternoon|evening|night)s?\b", re.IGNORECASE)
# a weekday the model misses, with its part-of-week qualifier: "late Friday", "early Monday morning"
_WEEKDAY_PHRASE = re.compile(
    r"\b(?:(?:early|late)\s+)?(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b(?!-)"
    r"(?:\s+(?:morning|afternoon|evening|night)\b)?")
# a day-first date the model misses: "10th Nov", "the 5th of May", "9 June 2013"
_DAY_FIRST = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b\.?(?:,?\s+\d{4}\b)?")
# an anaphor for the day just dated: "the same day"
_SAME_DAY = re.compile(r"\b(?:the|that)\s+same\s+day\b", re.IGNORECASE)
# the day before or after the day just dated: "the previous day", "the next day", "the day before"
_NEIGHBOUR_DAY = re.compile(r"\b(?:the|that)\s+(?P<w>previous|preceding|next|following)\s+day\b", re.IGNORECASE)
# a unit of the time just dated, or the one after or before it: "that year", "later that day", "the following
# month", "the previous year" (TimeML anchors them to the last date, as "the next day")
_ANAPHOR_UNIT = re.compile(r"(?:(?:earlier|later)\s+)?(?:(?:the|that)\s+(?P<w>following|previous|preceding)\s+"
                           r"(?P<u>week|month|year)|that\s+(?P<u2>day|week|month|year))\b", re.IGNORECASE)
# the weekday before or after the day the sentence dates: "fell 5% from the previous Friday"
_OTHER_WEEKDAY = re.compile(r"\b(?:the|that)\s+(?P<w>previous|preceding|following)\s+(?P<d>"
                            + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
# an offset from the time just mentioned: "a year earlier", "the year-ago quarter"
_EARLIER = re.compile(r"(?:(?:the\s+)?(?P<u1>year|month|week|day)-(?:ago|earlier)"
                      r"|(?P<n>an?|one|two|three|four|five|six|"
                      r"seven|eight|nine|ten|\d+)\s+(?P<u2>year|month|week|day)s?\s+earlier)", re.IGNORECASE)
# "a year ago" in a story that has named a quarter: the year-ago quarter ("profit rose from $5 million a year ago")
_YEAR_AGO = re.compile(r"(?P<n>an?|one|two|three|\d+)\s+(?P<u2>year)s?\s+ago", re.IGNORECASE)
# a business period named by its place among the quarters the story compares: "the year-ago quarter", "the
# year-earlier period", "the 1988 third quarter", "last year's quarter", "the current quarter", "the first half"
_ORDINAL = r"(?P<ord>" + "|".join(QUARTER_ORDINALS) + r")"  # first|second|third|fourth|1st|2nd|3rd|4th
_BUSINESS_PERIOD = re.compile(
    r"\b(?:(?:the|its|this|that)\s+(?:(?:comparable|corresponding|same)\s+)?"
    r"(?:(?P<ago>year[-\s](?:ago|earlier))\s+|(?P<year>(?:19|20)\d{2})\s+|(?P<cur>current|latest|previous|prior)\s+)?"
    r"|(?P<poss>last|this|next)\s+year's\s+)"
    r"(?:fiscal[\s-]+)?(?:" + _ORDINAL + r"[\s-]+)?(?P<unit>quarter|period|half)\b"
    r"(?P<tail>\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))?", re.IGNORECASE)
# the day that closes a period: "the quarter ended Sept. 30"
_CLOSES_PERIOD = re.compile(r"\b(?:ended|ending)\s+$", re.IGNORECASE)
# a four-digit local clock time with its GMT reading after it: "struck at 1353 (1023 GMT)"
_GMT_AFTER = re.compile(r"\s*\(\s*\d{1,2}:?\d{2}\s*(?:GMT|UTC)\s*\)")
# between a clock time and its day: "09:10 hours (0440 GMT) on Monday", "2:53 p.m. local time today"
_CLOCK_GAP = re.compile(r"\s*\)?\s*(?:\([^()]*\)\s*)?(?:local\s+time\s*)?(?:on|,|at|at about|around|about|of)?\s*"
                        r"(?:,\s*)?", re.IGNORECASE)
_MONTH_ALONE = re.compile(r"(?:(?:early|late|mid)[\s-]+)?" + _MONTH + r"\.?", re.IGNORECASE)
_TRAILING_PREP = re.compile(r"\s+(?:at|on|in|of|by|from)$", re.IGNORECASE)
# a year written anywhere in a sentence, also before its full stop ("in 2004."); no amount ("$2004", "2,004")
_SENTENCE_YEAR = re.compile(r"(?<![\d,.$£€])\b(?:1[89]|20)\d{2}\b(?![,.]?\d)")
_YEAR_IN_TEXT = re.compile(r"(?<![\d,.])(?:1[89]|20)\d{2}(?![\d,.])")
_MONTH_DAY = re.compile(r"(?:" + _MONTH + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                        + _MONTH + r"\.?", re.IGNORECASE)
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?=" + _MONTH + r"\b)", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:through|to|until|till|-|–)\s*", re.IGNORECASE)
_DAY_RANGE_TAIL = re.compile(  # "Sept. 19 to 22": the closing day of a range
    r"\s*(?:-|–|to|through|until)\s*(?P<day>\d{1,2})\b(?![\d,.:/]\d|\s*(?:%|percent|[ap]\.?m\b))", re.IGNORECASE)
_ANY_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}|XXXX-XX-XX|XXXX-WXX-\d(?!\d)")  # a day, maybe underspecified
_ZONES = TIME_ZONES.upper()
_CLOCK = re.compile(
    r"(?<![\w:.$£€])(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?:\s+(?:" + _ZONES + r"))?"
    r"|\d{1,2}\.\d{2}\s*[ap]\.?m\b\.?"
    r"|\d{1,2}\s*[ap]\.m\.(?:\s+(?:" + _ZONES + r"))?|\d{1,2}\s*[ap]m\b"
    r"|\d{4}\s+(?:GMT|UTC))(?![\w:])")
_DEICTIC = re.compile(r"\b(?:(?:today|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|tonight"
                      r"|(?:this|last)\s+(?:morning|afternoon|evening|night))\b", re.IGNORECASE)
# a rate: "Dh4,275 a month", "$5 a day", "twice a week", "per year"
_RATE = re.compile(r"\b(?:(?P<a>an?)|per)\s+(?P<unit>day|night|week|month|year)\b", re.IGNORECASE)
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)"
_RATE_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:bn|m|k|million|billion|%|per\s?cent)?\)?|\b(?:once|twice|thrice|times)"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)s?)"
    r"(?:\s+[A-Za-z]+){0,2}\s+$", re.IGNORECASE)
# a preposition right before "a day" makes it a length, not a rate: "three attacks in a day"
_RATE_NOT_AFTER = re.compile(r"\b(?:in|within|for|of|on|over|under|than|about|after|before)\s+$",
                             re.IGNORECASE)
# so many days in every week: "three days a week", "two nights per week", "12 hours a day" (one SET)
_DAYS_A_WEEK = re.compile(r"\b" + _COUNT + r"\s+(?:days?|nights?|hours?|weeks?|months?)\s+(?:a|per|each|every)\s+"
                          r"(?P<unit>day|week|month|year)\b", re.IGNORECASE)
# a weekday written before the date it names: "Thursday, Nov. 10" (two DATEs)
_WEEKDAY_BEFORE_DATE = re.compile(r"(?:" + "|".join(WEEKDAYS) + r")(?:\s*,\s*|\s+)(?=(?:" + _MONTH
                                  + r")\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b)",
                                  re.IGNORECASE)
# a length the model misses: "an hour", "a week", "24 hours", "two months" (not "one day", an idiom, nor
# "a second", an ordinal, nor an age "6 months and older" / "5 years old", nor a modifier "a 24-hour")
_LENGTH = re.compile(
    r"(?<![\w$£€.,/-])(?!an?\s+second\b)(?:an?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+(?:\.\d+)?)\s+"
    r"(?:(?:full|whole|straight|consecutive|more|additional|extra)\s+(?=\w+s\b))?"  # "five full days"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?:\s+ago)?(?![\w-])"
    r"(?!\s+(?:old|(?:and|or)\s+(?:older|younger|over|under|up))\b)", re.IGNORECASE)
# a race or lap time: h:mm:ss after "in", "time of", "clocked" ("won in 2:11:04", "a time of 1:02:30")
_LAP_TIME = re.compile(r"(\d{1,2}):(\d{2}):(\d{2})")
_TIMED_BEFORE = re.compile(r"\b(?:in|of|clocked|clocking)\s+$", re.IGNORECASE)
# "a month earlier than usual": the difference is a length, not a date
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
_LENGTH_LATER = re.compile(r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                           r"(?:second|minute|hour|day|week|month|year|decade)s?\s+later", re.IGNORECASE)
# a decade or century next to the time just told: "over the following decade" (the model misses it)
_LONG_SPAN = re.compile(r"\bthe\s+(?:following|preceding)\s+(?:decade|century)\b", re.IGNORECASE)
# a hyphenated length before the noun it measures, which the model's span took in: "10-minute mile"
_LENGTH_BEFORE_NOUN = re.compile(r"[\w.]+-(?:second|minute|hour|day|night|week|month|year)(?=\s+(?!old$)[a-z]+$)",
                                 re.IGNORECASE)  # ("an 18-year old male": an age, left alone)
_OFFSET_WORD = re.compile(r"\s+(?:earlier|later)$", re.IGNORECASE)
# "This year's", "last month": a relative unit the model misses ("the last year" is a length, left to the model)
_RELATIVE_UNIT = re.compile(r"(?<!\bthe\s)\b(?:this|last|next)\s+(?:week|month|year)\b(?![\w-])", re.IGNORECASE)
# a clock time and the weekday after it in one entity: "15:00 GMT Saturday" (a TIME and a DATE)
_CLOCK_THEN_WEEKDAY = re.compile(r"(?P<clock>.*\d.*?)\s+(?P<day>" + "|".join(WEEKDAYS) + r")", re.IGNORECASE)
# a part of the day just dated: "Doe spoke in Leeds Thursday afternoon; ... in the evening" (or "that evening")
# or of an event just dated: "on the morning of the vote", "the night after the debate" (the next day)
_PART_OF_DAY = re.compile(r"(?:(?:(?<=\bin\s)|(?<=\bon\s)|(?<=\bfor\s))the|\bthat)\s+"
                          r"(?P<part>morning|afternoon|evening|night)\b(?!\s+(?:of|after|before|hours?)\b)"
                          r"|\bthe\s+(?P<event_part>morning|afternoon|evening|night)(?=\s+(?:of|after|before)\s+"
                          r"(?:the|his|her|their|its)\s)", re.IGNORECASE)
_PART_SHIFT = re.compile(r"\s+(?P<w>after|before)\s", re.IGNORECASE)  # "the morning after the debate": a day on
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# a month that opens a capitalised name: 'his own "October Surprise"', "the October Revolution"
_MONTH_NAME_BEFORE = re.compile(r"(?:[\"“‘']|\b(?:the|a|an|his|her|its|their|our|my|your|own))\s*$", re.IGNORECASE)
_MONTH_NAME_AFTER = re.compile(r"\s+(?!(?i:" + "|".join(WEEKDAYS) + r")\b)(?!" + _MONTH + r"\b)[A-Z][a-z]+\b")
# a quoted title that a date word ends or makes up: 'on "Fox News Sunday."', "ABC's ``This Week,''", "''60 Minutes''"
_TITLE_OPENS = re.compile(r"(?:“|\"|``|'')(?P<words>(?:[A-Z0-9][\w'’.&-]*\s+){0,4})$")
_TITLE_CLOSES = re.compile(r"[.,!?]?(?:”|\"|'')")
# words right before a date that point it ahead, each read in its own window of characters: "could come as
# early as Tuesday"; "counting on a win come Tuesday" ("when Tuesday comes", a day still ahead); "a new pact
# effective June 1" (an announced change takes effect after the telling)
_AHEAD_BEFORE = (
    (re.compile(r"\bas\s+(?:soon|early)\s+as\s+$", re.IGNORECASE), 20),
    (re.compile(r"\bcome\s+$", re.IGNORECASE), 6),
    (re.compile(r"\beffective\s+$", re.IGNORECASE), 12),
)
_AHEAD_WIDTH = max(width for _, width in _AHEAD_BEFORE)
_RATE_CODES = {"day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}
_BARE_NUMBER = re.compile(r"(?:(?:the|his|her|their)\s+)?\d{1,3}(?:'?s)?", re.IGNORECASE)
_BARE_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MONTH + r").*", re.IGNORECASE)


_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "FAC", "PRODUCT", "PERSON"})


@dataclass
class DateItem:
    start: int
    end: int
    type: str
    value: str
    derived: bool = False  # an offset from another date, or the day that closes a period: no anchor for offsets


@cache
def _set_pattern() -> re.Pattern[str]:
    words = sorted(sets(), key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?") for w in words)
    return re.compile(r"(?<![\w-])(?:" + alts + r"|(?:the\s+)?weekend)(?![\w-])", re.IGNORECASE)


@cache
def _holiday_pattern() -> re.Pattern[str]:
    """A holiday of ``data/holidays.tsv`` written as a name ("Thanksgiving Day"; the model often calls it an EVENT)."""
    names = sorted(holidays(), key=len, reverse=True)
    alts = "|".join(r"\s+".join(re.escape(w[:1].upper() + w[1:]) for w in name.split()) for name in names)
    return re.compile(r"(?:\b(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?\b(?:" + alts + r")\b(?!\s+[A-Z])")


@cache
def _named_day_pattern() -> re.Pattern[str]:
    """A day known by a short date of its own ("9/11", "D-Day"), a whole word (not "9/11/2016")."""
    alts = "|".join(re.escape(name) for name in sorted(named_days(), key=len, reverse=True))
    return re.compile(r"(?<![\w/.-])(?:" + alts + r")(?![\w/-]|\.\d)")


@cache
def _future_cues() -> frozenset[str]:
    return frozenset(load_lines("future_cues.txt", package=_PKG))


@cache
def _deferral_verbs() -> frozenset[str]:
    return frozenset(load_lines("deferral_verbs.txt", package=_PKG))


@cache
def _cancel_verbs() -> frozenset[str]:
    return frozenset(load_lines("cancel_verbs.txt", package=_PKG))


@cache
def _reporting_verbs() -> frozenset[str]:
    return frozenset(load_lines("reporting_verbs.txt", package=_PKG))


@Language.factory("news_dates", default_config={})
def make_dates(nlp: Language, name: str) -> DateNormaliser:
    return DateNormaliser()


class DateNormaliser:
    def __init__(self) -> None:
        self.prefixes = prefixes()

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        spans = self._candidates(doc)
        items: list[DateItem] = []
        week_anchor: tuple[int, str] | None = None  # (sentence index, ISO week) of a "last week"
        year_anchor: tuple[int, str] | None = None  # (sentence index, year) of a month written with its year
        sent_index = {s.start: n for n, s in enumerate(doc.sents)}
        month_years: dict[str, str] = {}  # month -> year of the latest month written with its year
        told_year: tuple[int, str] | None = None  # (sentence index, year) of the latest bare year
        for start, end in spans:
            text = doc.text[start:end]
            shared = SHARED_TIME_UNIT.match(doc.text, end) if text.isdigit() else None  # "12 (and 18 months)"
            if _AGE_TAIL.search(text) or _AGE_BOUND.match(doc.text, end) \
                    or not shared and (_BARE_NUMBER.fullmatch(text) or _only_numbers(text)) \
                    or _BARE_ORDINAL.fullmatch(text) or _adjectival(doc, start, end) \
                    or _holiday_before_noun(doc, start, end) or _quoted_title(doc.text, start, end):
                continue  # "Maurer, 42," and "in his 30s" are ages, not dates; "everyday life" no SET
            if _MONTH_ALONE.fullmatch(text) and text[:1].isupper() and _MONTH_NAME_AFTER.match(doc.text, end) \
                    and _MONTH_NAME_BEFORE.search(doc.text, max(0, start - 12), start):
                continue  # 'his own "October Surprise"': a month that opens a name is no date
            offset = _OFFSET_WORD.search(text)
            if offset and (_THAN_AFTER.match(doc.text, end) and _EARLIER.fullmatch(text)
                           or _LENGTH_LATER.fullmatch(text)):
                end = start + offset.start()  # "a month earlier than usual", "an hour later": the length
                text = doc.text[start:end]
            span = doc.char_span(start, end, alignment_mode="expand")
            direction = self._direction(span) if published and span is not None else "past"
            rate = self._rate(doc.text, start, end)
            rate = rate or _DAYS_A_WEEK.fullmatch(text)
            found = ("SET", _RATE_CODES[rate.group("unit").lower()]) if rate else normalise(text, published, direction)
            if (part := _PART_OF_DAY.match(doc.text, start)) and part.end() == end:  # its lookahead sees on
                found = _part_of_day(doc.text, end, items, part.group("part") or part.group("event_part"))
            elif _SAME_DAY.fullmatch(text):
                earlier = [m.group() for i in items if (m := _ANY_DAY_VALUE.match(i.value))]
                found = ("DATE", earlier[-1]) if earlier else None  # the date of the event just mentioned
            elif neighbour := _NEIGHBOUR_DAY.fullmatch(text):
                found = _neighbour_day([i for i in items if not _NEIGHBOUR_DAY.fullmatch(doc.text, i.start, i.end)],
                                       neighbour.group("w").lower())
            elif anaphor := _ANAPHOR_UNIT.fullmatch(text):
                found = _from_story_date(items, anaphor)
            elif (other := _OTHER_WEEKDAY.fullmatch(text)) and span is not None:
                found = _other_weekday(span, items, other, published)
            elif (period := _BUSINESS_PERIOD.fullmatch(text)) and _names_period(period):
                found = _business_period(period, items, published) or found
            elif shared:
                found = normalise(f"{text} {shared.group('unit')}", published, direction)
            elif (earlier_m := _EARLIER.fullmatch(text)) and found:
                found = _from_last_date(items, earlier_m) or found
            elif (ago := _YEAR_AGO.fullmatch(text)) and found:
                found = _from_last_date(items, ago, periods_only=True) or found
            elif (lap := _LAP_TIME.fullmatch(text)) and _TIMED_BEFORE.search(doc.text, max(0, start - 12), start):
                h, m, sec = (int(x) for x in lap.groups())  # "finishing in 3:07:35": a time taken, a length
                found = ("DURATION", "PT" + (f"{h}H" if h else "") + f"{m}M{sec}S")
            elif re.fullmatch(r"\d{4}", text) and _GMT_AFTER.match(doc.text, end) \
                    and int(text[:2]) < 24 and int(text[2:]) < 60:
                found = ("TIME", f"T{text[:2]}:{text[2:]}")  # "at 1353 (1023 GMT)": a clock, not a year
            if found and found[0] == "DATE" and span is not None and (year := _holiday_year(doc, span, text)):
                found = ("DATE", year)  # "the Boxing Day tsunami in 2004": that year's Boxing Day
            if not found:
                continue
            kind, value = found
            n_sent = sent_index.get(span.sent.start, 0) if span is not None else 0
            low = text.lower()
            if published and re.fullmatch(r"last\s+week", low):
                week_anchor = (n_sent, value) if span is not None and _frames_week(span) else None
            elif published and kind == "DATE" and week_anchor and _WEEKDAY_RE.fullmatch(low) \
                    and 0 < n_sent - week_anchor[0] <= 2 and direction != "future":
                value = _in_week(week_anchor[1], low) or value
                week_anchor = (n_sent, week_anchor[1])  # a chain of weekdays stays in that week
            part = PART_OF_PERIOD.fullmatch(low)
            if kind == "DATE" and told_year and told_year[0] == n_sent and direction != "future" \
                    and (part and part.group("which") in (None, "the") or YEAR_END.fullmatch(low)):
                value = told_year[1]  # "sales fell in 2015 and rose by the end of the year": that year
            elif kind == "DATE" and (re.fullmatch(r"\d{4}", value) and _YEAR_IN_TEXT.fullmatch(text.strip())
                                     or re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value)):
                told_year = (n_sent, value[:4])  # a year written, or a month or day dated: "began in early
                # December and peaked by the end of year" (a March paper) ends that December's year
            if kind == "DATE" and _YEAR_IN_TEXT.search(text) and re.match(r"\d{4}-\d{2}", value):
                year_anchor = (n_sent, value[:4])
                if span is None or not _modifies_noun_after(span):
                    month_years[value[5:7]] = value[:4]
            elif kind == "DATE" and published and direction != "future" and value[5:7] in month_years \
                    and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value) and month_years[value[5:7]] < value[:4] \
                    and (_MONTH_DAY.fullmatch(text) or _MONTH_ALONE.fullmatch(text)):
                value = month_years[value[5:7]] + value[4:]  # "in June 2005 ... killed on June 24": that June
                year_anchor = None
            elif kind == "DATE" and year_anchor and n_sent == year_anchor[0] and direction != "future" \
                    and _MONTH_DAY.fullmatch(text) and _DAY_VALUE.fullmatch(value):
                value = year_anchor[1] + value[4:]  # "killed June 24, 2005 ... a June 20 shooting": 2005
            elif kind == "DATE":
                year_anchor = None  # another date in between ("Tuesday") brings the story back
            if items and _DAY_VALUE.fullmatch(value) and _DAY_VALUE.fullmatch(items[-1].value) \
                    and value < items[-1].value and _MONTH_DAY.fullmatch(text) \
                    and _RANGE_GAP.fullmatch(doc.text, items[-1].end, start):
                value = f"{int(value[:4]) + 1}{value[4:]}"  # "from today through Nov. 17": a range runs forward
            derived = _is_offset(text) or _closes_quarter(doc.text, start, items)
            items.append(DateItem(start, end, kind, value, derived))
        self._day_ranges(doc, items)
        self._year_ranges(doc, items)
        self._weekday_dates(doc, items)
        self._anchor_times(doc, items)
        doc._.dates = items
        return doc

    # -- candidates ----------------------------------------------------------------------
    def _candidates(self, doc: Doc) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            for start, end in (part for whole in self._split_ended(doc.text, ent.start_char, ent.end_char)
                               for piece in self._split(doc.text, *whole)
                               for split in self._split_weekday(doc.text, *piece)
                               for part in self._split_clock(doc.text, *split)):
                start, end = self._trim(doc.text, start, end)
                if start < end and in_regions(doc, start, end):
                    out.append((start, end))
        found = [(m.start(), m.end()) for m in _set_pattern().finditer(doc.text) if not _in_name(doc.text, m)]
        found += [(m.start(), m.end()) for m in _PATTERNS.finditer(doc.text) if m.group()[:1].isupper()
                  or m.group().lower().startswith(("each", "every"))]
        found += [(m.start(), m.end()) for m in _CLOCK.finditer(doc.text)]
        weekdays = {(m.start(), m.end()) for m in _WEEKDAY_PHRASE.finditer(doc.text)}
        bare = {(s, e) for s, e in weekdays if not _WEEKDAY_NOT_ALONE.search(doc.text, max(0, s - 12), s)
                and not _PARTS_PLURAL.match(doc.text, e)}  # may stand alone ("this coming Sunday" may not)
        found += sorted(weekdays)
        found += [(m.start(), m.end()) for m in _SAME_DAY.finditer(doc.text)]
        found += [(m.start(), m.end()) for m in _PART_OF_DAY.finditer(doc.text)]
        found += [(m.start(), m.end()) for m in _NEIGHBOUR_DAY.finditer(doc.text)]
        found += [(m.start(), m.end()) for m in _ANAPHOR_UNIT.finditer(doc.text)]
        found += [(m.start(), m.end()) for m in _OTHER_WEEKDAY.finditer(doc.text)]
        found += [(m.start(), m.end()) for m in _DAY_FIRST.finditer(doc.text)]
        holiday_spans = {(m.start(), m.end()) for m in _holiday_pattern().finditer(doc.text)}
        holiday_spans |= {(m.start(), m.end()) for m in _named_day_pattern().finditer(doc.text)}
        found += sorted(holiday_spans)
        found += [(m.start(), m.end()) for m in _BUSINESS_PERIOD.finditer(doc.text) if _names_period(m)]
        found += [(m.start(), m.end()) for m in _DEICTIC.finditer(doc.text)]
        found += [(m.start(), m.end()) for m in _RATE.finditer(doc.text) if self._rate(doc.text, m.start(), m.end())]
        found += [(m.start(), m.end()) for m in _DAYS_A_WEEK.finditer(doc.text)]
        found += [(m.start(), m.end()) for m in _LENGTH.finditer(doc.text)]
        found += [(m.start(), m.end()) for m in _LONG_SPAN.finditer(doc.text)]
        found += [(m.start(), m.end()) for m in _RELATIVE_UNIT.finditer(doc.text)
                  if not m.group().split()[-1].istitle() or m.group().isupper()]  # "This Week With ...": a title
        names = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NAME_LABELS]
        for start, end in found:
            if not in_regions(doc, start, end) or (start, end) not in holiday_spans and any(
                    s <= start and end <= e and (s, e) != (start, end) for s, e in names):
                continue  # "the Daily News", "the Sunday Times": a word of a name, no frequency or day
                # (a holiday the model read as a title, 'the "Boxing Day" storm', stays a date)
            overlapping = [(s, e) for s, e in out if s < end and start < e]
            if all(start <= s and e <= end for s, e in overlapping) \
                    or (start, end) in bare and all(normalise(doc.text[s:e], doc._.published) is None
                                                        for s, e in overlapping):
                # the pattern is longer, or a weekday inside a span that cannot be read ("the day Friday")
                out = [x for x in out if x not in overlapping] + [(start, end)]
        return sorted(set(out))

    def _split(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """ "Sept. 14 to Thursday", "between 1994 and 1997": two expressions in one entity."""
        piece = text[start:end]
        tail = re.fullmatch(r"(.*\S)\s*[-–]\s*(\d{1,2})", piece)
        if tail and _MONTH_DAY.fullmatch(tail.group(1)) and not re.search(r"\d\s*[-–]\s*\d{1,2}$", tail.group(1)):
            return [(start, start + len(tail.group(1))), (start + tail.start(2), end)]  # "March 3-5"
        if SHORT_YEAR_RANGE.fullmatch(piece):
            return [(start, start + 4)]  # "1957-58": the first year here, the second in _year_ranges
        m = _RANGE_SPLIT.search(piece)
        if not m:
            return [(start, end)]
        left, right = piece[: m.start()], piece[m.end() :]
        if re.fullmatch(r"(?:between\s+)?\d+", left.strip(), re.IGNORECASE) \
                and SHARED_TIME_UNIT.match(piece, len(left.rstrip())):
            return [(start, start + len(left.rstrip())), (start + m.end(), end)]  # "9 and 14 months": two lengths
        if normalise(left, None) and normalise(right, None) and not re.fullmatch(r"\d+", left.strip()):
            return [(start, start + m.start()), (start + m.end(), end)]
        if re.fullmatch(r"\d{1,2}", right) and _MONTH_DAY.fullmatch(left.strip()):
            return [(start, start + m.start()), (start + m.end(), end)]  # "March 3-5": the second day comes later
        if re.fullmatch(r"(?:between\s+)?\d{4}", left.strip(), re.IGNORECASE) and re.fullmatch(r"\d{4}", right):
            return [(start, start + m.start()), (start + m.end(), end)]
        return [(start, end)]

    @staticmethod
    def _split_weekday(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """ "Thursday, Nov. 10": the weekday and the date it names are two expressions."""
        m = _WEEKDAY_BEFORE_DATE.match(text, start, end)
        if not m:
            return [(start, end)]
        weekday_end = start + len(m.group().rstrip(" ,"))
        return [(start, weekday_end), (m.end(), end)]

    @staticmethod
    def _split_clock(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """ "15:00 GMT Saturday": the clock time and its weekday are two expressions (the time then
        takes the weekday's date)."""
        m = _CLOCK_THEN_WEEKDAY.fullmatch(text, start, end)
        if not m or not _CLOCK.fullmatch(m.group("clock")):
            return [(start, end)]
        return [(start, m.end("clock")), (m.start("day"), end)]

    @staticmethod
    def _split_ended(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """ "the quarter ended Sept. 30": a period and the date that closes it, two expressions."""
        m = _ENDED.search(text, start, end)
        if not m:
            return [(start, end)]
        if normalise(text[start : m.start()], None):
            return [(start, m.start()), (m.end(), end)]
        return [(m.end(), end)]

    def _trim(self, text: str, start: int, end: int) -> tuple[int, int]:
        while True:
            low = text[start:end].lower()
            for p in self.prefixes + ("between",):
                if low.startswith(p + " "):
                    start += len(p) + 1
                    break
            else:
                break
        m = _LEADING_COUNT.match(text[start:end]) or _LEADING_THE.match(text[start:end]) \
            or _LEADING_RANK.match(text[start:end])
        if m:
            start += m.end()
        while end > start and text[end - 1] in " ,.;:'’\n\t" and not text[start:end].lower().endswith(
                (" a.m.", " p.m.", "jan.", "feb.", "sept.", "oct.", "nov.", "dec.", "aug.")):
            end -= 1
        if text[start:end].endswith(("'s", "’s")):
            end -= 2
        m = _TRAILING_PREP.search(text, start, end)
        if m:
            end = m.start()  # "Division 3 at 1:45 p.m.": the model's "3 at" holds no date
        m = _LENGTH_BEFORE_NOUN.match(text, start, end)
        if m:
            end = m.end()  # "a 10-minute mile": the length, not the thing it measures
        return start, end

    @staticmethod
    def _rate(text: str, start: int, end: int) -> re.Match[str] | None:
        """ "a month" after an amount, or "per year": a frequency (SET), not a duration."""
        m = _RATE.fullmatch(text, start, end)
        before = text[max(0, start - 40) : start]
        if m is None or m.group("a") and (not _RATE_BEFORE.search(before) or _RATE_NOT_AFTER.search(before)):
            return None
        return m

    # -- context ---------------------------------------------------------------------------
    def _direction(self, span: Span) -> str:
        """ "future" when the governing verb is future, "past" when it is past, else "nearest"."""
        low = span.text.lower()
        if re.search(r"\b(?:next|coming|upcoming)\b", low):
            return "future"
        if re.search(r"\b(?:last|past|previous|ago)\b", low):
            return "past"
        before = span.doc.text[max(0, span.start_char - _AHEAD_WIDTH) : span.start_char]
        if any(pattern.search(before[-width:]) for pattern, width in _AHEAD_BEFORE):
            return "future"
        prep = span.root.head if span.root.dep_ == "pobj" else None
        if prep is None and span.root.dep_ == "npadvmod" and span.root.head.dep_ == "pobj" \
                and span.root.head.i < span.root.i:
            prep = span.root.head.head  # "until 15:00 GMT Saturday": the weekday hangs on the clock time
        if prep is not None and prep.lower_ in ("until", "till", "to") \
                and prep.head.lemma_.lower() in _deferral_verbs():
            return "future"  # "postponed the hearing until Monday": a deferral points past the telling
        verb = _governing_verb(span)
        if prep is not None and prep.lower_ in ("until", "till", "through") and not _had_done(verb):
            return "nearest"  # "gave the firm until mid-November", "loans through January": a span's end, either side
        if prep is not None and prep.lower_ == "of" and prep.head.lower_ == "as":
            # "with five days of the fair to run as of Friday, the stalls are busy": "as of" frames the whole clause, so
            # its finite verb, not a participle, tells the time
            while verb.tag_ in ("VBN", "VBG") and verb.dep_ in ("advcl", "acl", "xcomp") \
                    and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                verb = verb.head
                while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT":
                    verb = verb.head  # "five days left": from the noun the participle qualifies up to the clause
        if _called_off(span, verb):
            return "nearest"  # "a service planned for Saturday was canceled": the event's day, either side
        verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD"
               for v in (verb, verb.head) for c in v.children):
            return "past"  # "had been scheduled to expire Friday", "had expected to testify Thursday"
        if any(c.lower_ in _future_cues() or c.lemma_.lower() in _future_cues()
               for v in verbs for c in v.children if c.dep_ in ("aux", "auxpass")):
            return "future"
        if any(c.lower_ == "would" for v in verbs for c in v.children if c.dep_ == "aux"):
            return "nearest"  # "the summit would be held on April 24": future seen from a past telling
        if verb.dep_ == "xcomp" and any(c.tag_ == "TO" for c in verb.children) and verb.head.lemma_ == "be" \
                and verb.head.tag_ in ("VBZ", "VBP"):
            return "future"  # "the stock is to resume trading Tuesday": an arrangement still ahead
        told = verb.tag_ == "VBD" or any(c.dep_ == "prt" for c in verb.children)
        if verb.lemma_.lower() in _future_cues() and not told \
                or verb.head.lemma_.lower() in ("expect", "schedule", "plan") and verb.head.tag_ != "VBD":
            return "future"  # "is set for Monday", but "set out Friday" and "planned it Friday" are told
        past_aux = any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass"))
        if prep is not None and prep.lower_ == "by" and verb.tag_ not in ("VBD", "VBN") and not past_aux:
            return "future"  # "the goal is passage by Friday": a deadline not yet passed
        if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl") and not any(c.dep_ == "aux" for c in verb.children):
            head = verb.head
            for _ in range(3):
                if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
                    break
                head = head.head
            if head.tag_ == "VBD":
                return "past"  # "split off in July after voting in a January referendum"
        if verb.dep_ == "xcomp" and verb.head.lower_ in ("going", "gon"):
            return "future"  # "is going to vote on Thursday"
        attached = span.root.head == verb or span.root.head.dep_ == "prep" and span.root.head.head == verb
        if attached and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            return "nearest"  # "the measures to be voted on Thursday": not yet done when written
        auxes = [c for c in verb.children if c.dep_ == "aux"]
        if attached and verb.tag_ == "VBG" and any(c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in auxes) \
                and not any(c.lemma_ == "have" for c in auxes):
            return "future"  # "the council is meeting on Thursday": a present progressive with a date
        if attached and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in auxes
                                                   + [c for c in verb.children if c.dep_ == "auxpass"]) \
                and not any(c.lemma_ == "have" for c in auxes) and not _in_title(span):
            return "future"  # "when he is sentenced May 7": a present passive with a date schedules
        if verb.tag_ in ("VBD", "VBN") or _bare_past(verb) \
                or any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass")):
            return "past"
        if attached and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in _reporting_verbs() \
                and not _in_title(span):
            return "future"  # "Netanyahu and Arafat meet Monday": a present simple schedules
        if verb.tag_ in ("VBZ", "VBP", "VB", "VBG") and span.start_char > 0:
            return "nearest"
        return "past" if _WEEKDAY_RE.fullmatch(low) else "nearest"

    @staticmethod
    def _day_ranges(doc: Doc, items: list[DateItem]) -> None:
        """ "Sept. 19 to 22", "March 3-5": the bare day that closes a range takes the month before it."""
        for item in list(items):
            if item.type != "DATE" or not re.fullmatch(r"(?:\d{4}|XXXX)-\d{2}-\d{2}", item.value) \
                    or not _MONTH_DAY.fullmatch(doc.text[item.start : item.end]):
                continue
            m = _DAY_RANGE_TAIL.match(doc.text, item.end)
            if m is None or not int(item.value[-2:]) < int(m.group("day")) <= 31:
                continue
            start, end = m.start("day"), m.end("day")
            if any(i.start < end and start < i.end for i in items) or not in_regions(doc, start, end):
                continue
            items.append(DateItem(start, end, "DATE", f"{item.value[:-2]}{int(m.group('day')):02d}"))
        items.sort(key=lambda i: i.start)

    @staticmethod
    def _year_ranges(doc: Doc, items: list[DateItem]) -> None:
        """ "the expedition of 1957-58", "the 2012/13 season": the two digits after a year are the
        last year of a span, written short; they take the century of the first ("1999-00" → 2000)."""
        for item in list(items):
            m = SHORT_YEAR_RANGE.match(doc.text, item.start)
            if item.type != "DATE" or m is None or m.end("year") != item.end or item.value != m.group("year"):
                continue
            year = int(m.group("year"))
            second = year - year % 100 + int(m.group("short"))
            second += 100 if second < year else 0
            if second <= year or not in_regions(doc, m.start("short"), m.end("short")):
                continue
            items.append(DateItem(m.start("short"), m.end("short"), "DATE", str(second)))
        items.sort(key=lambda i: i.start)

    @staticmethod
    def _weekday_dates(doc: Doc, items: list[DateItem]) -> None:
        """ "Thursday, Nov. 10": a weekday names the calendar day written right after it."""
        for weekday, day in zip(items, items[1:], strict=False):
            if weekday.type == "DATE" and _WEEKDAY_RE.fullmatch(doc.text, weekday.start, weekday.end) \
                    and re.fullmatch(r"\s*,?\s*", doc.text[weekday.end : day.start]) \
                    and _DAY_VALUE.fullmatch(day.value):
                weekday.value = day.value

    def _anchor_times(self, doc: Doc, items: list[DateItem]) -> None:
        """A clock time takes the date written right after or before it."""
        for n, item in enumerate(items):
            if not item.value.startswith("T"):
                continue
            after = next((i for i in items[n + 1 : n + 3] if i.type == "DATE" or _DAY_PART.fullmatch(i.value)), None)
            for other in (after, items[n - 1] if n else None):
                if other is None or other.type not in ("DATE", "TIME"):
                    continue
                lo, hi = (item.end, other.start) if other.start >= item.end else (other.end, item.start)
                day = re.fullmatch(r"(\d{4}-\d{2}-\d{2}|XXXX-XX-XX|XXXX-WXX-\d)(?:T[A-Z]{2})?", other.value)
                if _CLOCK_GAP.fullmatch(doc.text[lo:hi]) and day \
                        and (other.type == "DATE" or _DAY_PART.fullmatch(other.value)):
                    item.value = day.group(1) + item.value  # "8:30pm Thursday night": the night's day
                    item.type = "TIME"
                    break
            else:
                # no date in its phrase: the time belongs to the event the story has just dated
                # a bare part of day ("the early hours") takes even an underspecified day: it has no other
                day = _DAY_VALUE if item.value[1:2].isdigit() else _ANY_DAY_VALUE
                earlier = [m.group() for i in items[:n] if (m := day.match(i.value))]
                if earlier:
                    item.value = earlier[-1] + item.value
                elif day is _ANY_DAY_VALUE:
                    item.value = "XXXX-XX-XX" + item.value


def _holiday_year(doc: Doc, span: Span, expr: str) -> str | None:
    """A bare holiday name in a clause that writes a year ("the Boxing Day tsunami in 2004", "closed on
    Christmas Day in 2010") is that year's holiday (the nearest such year), not the publication's. A year
    of another clause ("fewer shops opened on Labor Day than had opened in 2009") dates something else."""
    if expr.lower() not in holidays():
        return None
    sent = span.sent
    verb = _clause_verb(span.root)
    years = []
    for m in _SENTENCE_YEAR.finditer(doc.text, sent.start_char, sent.end_char):
        year = doc.char_span(m.start(), m.end())
        if year is not None and _clause_verb(year.root).i == verb.i:
            years.append(m)
    if not years:
        return None
    nearest = min(years, key=lambda m: abs(m.start() - span.start_char))
    return holiday_in_year(expr, int(nearest.group()))


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause holds the token: the first verb up its heads (the root if none)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _quoted_title(text: str, start: int, end: int) -> bool:
    """ 'said on "Fox News Sunday."', 'on CBS's "60 Minutes"': a date written in title case at the end of
    a short quoted phrase of capitalised words (two words or more) is the name of a programme, no date."""
    opened = _TITLE_OPENS.search(text, max(0, start - 40), start)
    if opened is None or not _TITLE_CLOSES.match(text, end) or text[start:end].lower() in holidays():
        return False  # 'the "Boxing Day" tsunami': a holiday in quotation marks is still the day
    words = text[start:end].split()
    return len(words) + len(opened.group("words").split()) >= 2 and all(w[:1].isupper() or w[:1].isdigit()
                                                                         for w in words)


def _in_name(text: str, m: re.Match[str]) -> bool:
    """ "the Daily News": a capitalised frequency word inside a sentence, before another capitalised
    word, is part of a name."""
    before = text[: m.start()].rstrip()
    return m.group()[:1].isupper() and bool(before) and before[-1] not in ".!?:\"“‘'\n(" \
        and re.match(r"\s+[A-Z]", text[m.end() : m.end() + 3]) is not None


_UNIT_DAYS = {"day": 1, "week": 7}


def _from_last_date(items: list[DateItem], m: re.Match[str], periods_only: bool = False) -> tuple[str, str] | None:
    """ "a year earlier", "the year-ago quarter": the time the story has just named, moved back;
    None when nothing before it has a calendar value at a grain the unit can shift. The anchor is a
    date the story names for itself: not another offset (two "a year earlier"s compare with the same
    period), nor the day that closes a period ("the quarter ended Sept. 30 ... a year earlier": the
    quarter). With ``periods_only`` ("a year ago") only a named quarter anchors; else the caller counts
    back from the publication date."""
    unit = (m.groupdict().get("u1") or m.group("u2")).lower()
    n_text = (m.group("n") or "a").lower()
    n = int(n_text) if n_text.isdigit() else _COUNT_WORDS.get(n_text, 1)
    last = next((i.value for i in reversed(items)
                 if i.type in ("DATE", "TIME") and i.value[:1].isdigit() and not i.derived), None)
    if last is None or periods_only and not re.fullmatch(r"\d{4}-Q\d", last):
        return None
    if unit == "year" and (y := re.fullmatch(r"(\d{4})(-(?:Q\d|\d{2}|W\d{2}|SP|SU|FA|WI))?(-\d{2})?(?:T.*)?", last)):
        year = int(y.group(1)) - n
        rest = (y.group(2) or "") + (y.group(3) or "")
        if rest == "-02-29":
            rest = "-02-28"
        return "DATE", f"{year}{rest}"
    if unit == "month" and (mo := re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:T.*)?", last)):
        index = int(mo.group(1)) * 12 + int(mo.group(2)) - 1 - n
        y, month = index // 12, index % 12 + 1
        if not mo.group(3):
            return "DATE", f"{y}-{month:02d}"
        day = min(int(mo.group(3)), 28) if month == 2 else min(int(mo.group(3)), 30 if month in (4, 6, 9, 11) else 31)
        return "DATE", f"{y}-{month:02d}-{day:02d}"
    if unit in _UNIT_DAYS and (d := _DAY_VALUE.match(last)):
        day = date.fromisoformat(d.group()) - timedelta(days=n * _UNIT_DAYS[unit])
        if unit == "week":
            y, w, _ = day.isocalendar()
            return "DATE", f"{y}-W{w:02d}"
        return "DATE", day.isoformat()
    return None


_COUNT_WORDS = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())} \
    | {"a": 1, "an": 1}


def _modifies_noun_after(span: Span) -> bool:
    """ "the August 1988 cease-fire", "the 2005 election": a date before its noun names a known event the
    story recalls, not the time of its own events (unlike "killed in June 2005")."""
    root = span.root
    return root.dep_ in ("nmod", "compound", "amod", "npadvmod") and root.head.i >= span.end \
        and root.head.pos_ in ("NOUN", "PROPN")


def _holiday_before_noun(doc: Doc, start: int, end: int) -> bool:
    """ "Christmas trees", "Thanksgiving dinner": a holiday that only qualifies a noun dates nothing, unless
    the sentence writes the year, which makes it the day of an event ("the Boxing Day tsunami in 2004")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    expr = doc.text[start:end]
    return (span is not None and expr.lower() in holidays() and _modifies_noun_after(span)
            and _holiday_year(doc, span, expr) is None)


def _from_story_date(items: list[DateItem], m: re.Match[str]) -> tuple[str, str] | None:
    """ "that year", "earlier that day", "the following month": the unit of the last date the story names, or
    the one after or before it; None (left out) when that date is not fine enough for the unit."""
    unit = (m.group("u") or m.group("u2")).lower()
    shift = {"following": 1, "previous": -1, "preceding": -1}.get((m.group("w") or "").lower(), 0)
    last = next((i.value for i in reversed(items) if i.type in ("DATE", "TIME") and i.value[:1].isdigit()), None)
    if last is None:
        return None
    if unit == "year" and re.match(r"\d{4}(?![\dX])", last):
        return "DATE", str(int(last[:4]) + shift)
    if unit == "month" and (mo := re.match(r"(\d{4})-(\d{2})", last)):
        index = int(mo.group(1)) * 12 + int(mo.group(2)) - 1 + shift
        return "DATE", f"{index // 12}-{index % 12 + 1:02d}"
    day = _DAY_VALUE.match(last)
    if unit == "day" and day:
        return "DATE", day.group()
    if unit == "week" and (day or (wk := re.fullmatch(r"(\d{4})-W(\d{2})", last))):
        monday = date.fromisoformat(day.group()) if day else date.fromisocalendar(int(wk.group(1)), int(wk.group(2)), 1)
        y, w, _ = (monday + timedelta(weeks=shift)).isocalendar()
        return "DATE", f"{y}-W{w:02d}"
    return None


def _is_offset(text: str) -> bool:
    """ "a year earlier", "a year ago", "the year-ago quarter", "the 1988 period", "next year's first quarter":
    a date counted from another one, or a period the story compares with rather than reports on."""
    period = _BUSINESS_PERIOD.fullmatch(text)
    return bool(_EARLIER.fullmatch(text) or _YEAR_AGO.fullmatch(text)
                or period and _names_period(period) and (period.group("cur") or "").lower() != "latest"
                and period.group().split()[0].lower() != "that" and (period.group("poss") or "").lower() != "this")


def _names_period(m: re.Match[str]) -> bool:
    """The words place the period among the story's quarters: a year back ("the year-ago quarter"), a written
    year ("the 1988 period"), "current/latest/previous", a year's possessive ("next year's first quarter"),
    "that quarter", or a half with its ordinal ("the first half"). A bare "the third quarter" is left to
    ``normalise``."""
    det = m.group().split()[0].lower()
    return any(m.group(g) for g in ("ago", "year", "cur", "poss", "tail")) \
        or m.group("unit").lower() == "half" and m.group("ord") is not None \
        or det == "that" and m.group("ord") is None and m.group("unit").lower() in ("quarter", "period")


def _business_period(m: re.Match[str], items: list[DateItem], published: str | None) -> tuple[str, str] | None:
    """The value of a business period: its quarter (or half) from the ordinal, else the quarter the story has
    named last (the period it reports: one already over at publication, not a forecast "fourth-quarter"); its
    year written, or a year back from that quarter for "year-ago", "last year's", "a year earlier"."""
    base = date.fromisoformat(published) if published else None
    last_done = (base.year * 4 + (base.month - 1) // 3 - 1) if base else None  # the last completed quarter
    anchor = next((q for i in reversed(items) if not i.derived and (q := re.fullmatch(r"(\d{4})-Q(\d)", i.value))
                   and (last_done is None or int(q.group(1)) * 4 + int(q.group(2)) - 1 <= last_done)), None)
    index = int(anchor.group(1)) * 4 + int(anchor.group(2)) - 1 if anchor else last_done  # year * 4 + quarter - 1
    cur = (m.group("cur") or "").lower()
    if cur == "current" and base is not None:
        index = base.year * 4 + (base.month - 1) // 3
    elif cur in ("previous", "prior") and index is not None:
        index -= 1
    n = QUARTER_ORDINALS.get((m.group("ord") or "").lower())
    back = bool(m.group("ago") or m.group("tail")) or (m.group("poss") or "").lower() == "last"
    if m.group("year"):
        year: int | None = int(m.group("year"))
    elif (m.group("poss") or "").lower() in ("this", "next") and base is not None:
        year = base.year + (1 if m.group("poss").lower() == "next" else 0)
    elif index is not None:
        year = index // 4 - back
    else:
        year = None
    if m.group("unit").lower() == "half":  # a half is of the publication year unless a year is given
        if not (m.group("year") or m.group("poss")):
            year = base.year - back if base is not None else None
        return ("DATE", f"{year if year is not None else 'XXXX'}-H{n}") if n in (1, 2) else None
    q = n or (index % 4 + 1 if index is not None else None)
    if q is None:
        return ("DATE", str(year)) if year is not None else None
    return "DATE", f"{year if year is not None else 'XXXX'}-Q{q}"


def _closes_quarter(text: str, start: int, items: list[DateItem]) -> bool:
    """ "the quarter ended Sept. 30": the day closes the quarter just dated, which is the period the
    story compares ("the six months ended Aug. 12" has no calendar value, so there the day stays the anchor)."""
    return _CLOSES_PERIOD.search(text, max(0, start - 10), start) is not None and bool(items) \
        and re.fullmatch(r"\d{4}-Q\d", items[-1].value) is not None


def _part_of_day(text: str, end: int, items: list[DateItem], part: str) -> tuple[str, str] | None:
    """ "in the evening", "the morning of the debate": that part of the day the story has just dated;
    "the morning after (before) the debate": of the day after (before) it. Not pinned without a day."""
    code = _PART_CODES[part.lower()]
    if shift := _PART_SHIFT.match(text, end):
        day = _neighbour_day(items, "next" if shift.group("w").lower() == "after" else "previous")
        return ("TIME", f"{day[1]}T{code}") if day else None
    last = _ANY_DAY_VALUE.match(items[-1].value) if items else None
    return ("TIME", f"{last.group()}T{code}") if last else None


def _neighbour_day(items: list[DateItem], which: str) -> tuple[str, str] | None:
    """ "the previous day", "the next day": one day from the day the story has just dated (not from
    another such anaphor: two "previous day"s in a row name the same day)."""
    earlier = [m.group() for i in items if (m := _ANY_DAY_VALUE.match(i.value))]
    if not earlier:
        return None
    if not _DAY_VALUE.fullmatch(earlier[-1]):
        return "DATE", "XXXX-XX-XX"
    shift = -1 if which in ("previous", "preceding") else 1
    return "DATE", (date.fromisoformat(earlier[-1]) + timedelta(days=shift)).isoformat()


def _called_off(span: Span, verb: Token) -> bool:
    """The date names an event (through "for" on a noun, or a scheduling participle on a noun) that a past-tense verb of
    calling off governs: "the concert scheduled for Saturday was canceled", "the vote set for
    Thursday was postponed". A date on the cancelling verb itself ("was canceled Friday") is not."""
    noun = None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.lemma_.lower() in _future_cues():
        noun = verb.head  # "a memorial service planned ... for Saturday" (not "the vote, held in March")
    else:
        head = span.root.head
        if span.root.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ in ("NOUN", "PROPN"):
            noun = head.head  # "the concert for Saturday"
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    gov = noun.head
    if gov.lemma_.lower() not in _cancel_verbs() or gov.lemma_.lower() == "call" and not any(
            c.dep_ == "prt" and c.lower_ == "off" for c in gov.children):
        return False
    return gov.tag_ == "VBD" or any(c.tag_ == "VBD" for c in gov.children if c.dep_ in ("aux", "auxpass"))


def _other_weekday(span: Span, items: list[DateItem], m: re.Match[str],
                   published: str | None) -> tuple[str, str]:
    """ "the previous Friday", "the following Friday": the weekday before or after the day the story has
    just dated (in this sentence, or before it, as "the previous day" does); with none, before or after
    the publication date."""
    n = WEEKDAYS.index(m.group("d").lower()) + 1
    back = m.group("w").lower() in ("previous", "preceding")
    anchors = [i.value[:10] for i in items if i.start < span.start_char and _DAY_VALUE.match(i.value)]
    base = date.fromisoformat(anchors[-1]) if anchors else date.fromisoformat(published) if published else None
    if base is None:
        return "DATE", f"XXXX-WXX-{n}"
    if back:
        day = base - timedelta(days=(base.isoweekday() - n) % 7 or 7)
    else:
        day = base + timedelta(days=(n - base.isoweekday()) % 7 or 7)
    return "DATE", day.isoformat()


def _governing_verb(span: Span) -> Token:
    """The verb (or the sentence root) that a date hangs on, at most four heads up."""
    tok = span.root
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            break
        tok = tok.head
    return tok


def _had_done(verb: Token) -> bool:
    """The date's governing verb is a past perfect ("had lasted until March"): wholly told before publication."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children)


def _bare_past(verb: Token) -> bool:
    """ "Weakness hurt the index on Friday": a verb read as present (VBP) with a singular noun subject would
    need its -s, so the form is the past tense of a verb that does not change (hurt, cut, set, hit, put)."""
    return verb.tag_ == "VBP" and not verb.lower_.endswith("s") \
        and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)


def _frames_week(span: Span) -> bool:
    """A "last week" told in the present frames the sentences after it ("Monday's shooting follows two
    last week"): their bare weekdays fall in that week. Told in the past ("the men sought last week",
    "Intel said that last week a customer found ...") it dates one event, and the story moves on."""
    verb = _governing_verb(span)
    return verb.tag_ not in ("VBD", "VBN") and not any(c.tag_ == "VBD" for c in verb.children
                                                        if c.dep_ in ("aux", "auxpass"))


def _in_title(span: Span) -> bool:
    """Headlines tell past events in the present ("Gunman kills 3 on Monday")."""
    title = span.doc._.title
    if title is not None:
        return title[0] <= span.start_char < title[1]
    return "\n" not in span.doc.text[: span.start_char]


def _adjectival(doc: Doc, start: int, end: int) -> bool:
    """ "everyday life", "daily bread", "a popular weekend getaway": a one-word frequency, or a bare
    "weekend", that modifies a noun is no date ("the weekend violence" keeps its article)."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1 or span[0].head.i <= span[0].i \
            or span[0].head.pos_ not in ("NOUN", "PROPN") and span[0].head.dep_ != "compound":
        return False
    tok = span[0]
    return tok.dep_ == "amod" and tok.lower_ in sets() or tok.dep_ in ("amod", "compound") and tok.lower_ == "weekend"


def _only_numbers(text: str) -> bool:
    """ "20 and 30": the model's DATE holds numbers but no year, month or time word."""
    rest = re.sub(r"[\d.,\s-]+|\b(?:and|to|or|between)\b", "", text, flags=re.IGNORECASE)
    return not rest and not re.search(r"(?<![\d,.])\d{4}(?![\d,.])", text)


def _in_week(iso_week: str, weekday_text: str) -> str | None:
    m = re.fullmatch(r"(\d{4})-W(\d{2})", iso_week)
    if not m:
        return None
    n = WEEKDAYS.index(weekday_text.lower()) + 1
    return date.fromisocalendar(int(m.group(1)), int(m.group(2)), n).isoformat()


