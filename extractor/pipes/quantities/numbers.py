"""Numbers in digits and words -> values; a small grammar over a text, no spaCy.

Why our own grammar: news writes amounts as "1.5 million", "twenty-one", "half a dozen",
"two thirds", "$75m", "hundreds of thousands"; quantulum3 reads many of these wrongly and
only looks for units, so values come from here and quantulum3 is asked about units only.
``find_numbers`` returns every number expression with its character span, value and
whether it is a vague magnitude ("hundreds" -> 100, bound gt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from extractor.resources import load_lines

_PKG = "extractor.pipes.quantities"

_ATOM_BODY = (
    r"(?P<skip>\d{1,2}:\d{2}(?::\d{2})?|[A-Za-z]+\d[\w-]*|\b[A-Z][A-Za-z]{0,4}-\d[\w-]*"
    r"|\d+(?:st|nd|rd|th)\b)"
    r"|(?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|(?<![\w.])\.\d+)"
    r"|(?P<vulgar>[¼½¾⅓⅔⅛⅜⅝⅞])"
    r"|(?P<word>[A-Za-z]+)"
    r"|(?P<sym>\S)"
)
# an amount that looks like money, for a short letter sign glued to it ("R1,500", "N2.5bn", "R350")
MONEY_LIKE = r"(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+\s?(?:bn|m|mn|k|million|billion|trillion)\b|\d{3,})"
_VULGAR = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375,
           "⅝": 0.625, "⅞": 0.875}
_MONEY_BEFORE = re.compile(r"(?:[$£€¥₹]|\b(?:US|USD|EUR|GBP|Rs|INR|C|A|NZ|HK|S)\s?\$?|\bRs\.?)\s*$")
_MONEY_AFTER = re.compile(r"^\s*(?:dollars?|pounds?|euros?|yen|yuan|rupees?|francs?|USD|EUR|GBP)\b",
                          re.IGNORECASE)
_VAGUE_STARTERS = ("several", "few", "many")
_SPACE_GROUP = (" ", "\u00a0", "\u202f", "\u2009")
_KINDS = {"cardinal": "num", "multiplier": "mult", "fraction": "frac"}
_START_KINDS = frozenset({"num", "vague", "a", "frac", "mult", "minus"})  # the kinds ``_starts`` can accept


class Atom(NamedTuple):
    """One word, number or sign of the text (a tuple: an article makes hundreds of them)."""

    start: int
    end: int
    text: str
    kind: str  # num | mult | vague | frac | a | and | hyphen | point | of | minus | slash | word | sym
    value: float = 0.0
    is_digits: bool = False


@dataclass(frozen=True)
class NumberMatch:
    start: int
    end: int
    value: float
    vague: bool  # a plural magnitude or "several hundred": floor value, bound gt
    words: bool  # written (partly) in words


@cache
def _lexicon() -> dict[str, tuple[float, str]]:
    out = {}
    for line in load_lines("number_words.tsv", package=_PKG):
        word, value, kind = line.split("\t")
        out[word] = (float(value), kind)
    return out


@cache
def _suffixes() -> dict[str, tuple[float, bool]]:
    out = {}
    for line in load_lines("suffixes.tsv", package=_PKG):
        word, value, money = line.split("\t")
        out[word] = (float(value), money == "yes")
    return out


@cache
def currency_signs() -> tuple[tuple[str, str, bool], ...]:
    """(sign, unit, tight) from ``data/currency_signs.tsv``, longest sign first."""
    out = []
    for line in load_lines("currency_signs.tsv", package=_PKG):
        parts = line.split("\t")
        out.append((parts[0], parts[1], len(parts) > 2 and parts[2] == "tight"))
    return tuple(sorted(out, key=lambda x: -len(x[0])))


@cache
def _atom_re() -> re.Pattern[str]:
    """The atom pattern, with letter currency signs glued to digits ("Dh472.72bn", "Rs500") read as
    a sign before a number rather than as an identifier such as "G20"."""
    alts = [re.escape(sign) + (r"(?=" + MONEY_LIKE + ")" if tight else r"(?=\d)")
            for sign, _, tight in currency_signs() if re.fullmatch(r"[A-Za-z]+\.?", sign)]
    return re.compile(r"(?P<cur>(?<![A-Za-z0-9])(?:" + "|".join(alts) + "))|" + _ATOM_BODY)


@cache
def _money_sign_re() -> re.Pattern[str]:
    """Any sign of ``data/currency_signs.tsv`` right before a number ("Dh", "R", "₦")."""
    alts = [re.escape(sign) for sign, _, _ in currency_signs()]
    return re.compile(r"(?:^|(?<![A-Za-z0-9]))(?:" + "|".join(alts) + r")\s?$")


def money_before(text: str, start: int) -> bool:
    """Whether a currency sign stands right before ``start``."""
    window = text[max(0, start - 6) : start]
    return bool(_MONEY_BEFORE.search(window) or _money_sign_re().search(window))


def _atoms(text: str) -> list[Atom]:
    lex = _lexicon()
    out: list[Atom] = []
    append = out.append
    for m in _atom_re().finditer(text):
        s, e, t = m.start(), m.end(), m.group()
        group = m.lastgroup  # the one top-level alternative that matched
        if group == "word":
            low = t.lower()
            if low in lex:
                value, kind = lex[low]
                kind = _KINDS.get(kind, kind)
                append(Atom(s, e, t, kind, value))
            elif low in ("a", "an"):
                append(Atom(s, e, t, "a", 1.0))
            elif low in ("and", "of", "point"):
                append(Atom(s, e, t, low))
            elif low in ("minus", "negative"):
                append(Atom(s, e, t, "minus"))
            else:
                append(Atom(s, e, t, "word"))
        elif group == "digits":
            append(Atom(s, e, t, "num", float(t.replace(",", "")), True))
        elif group == "vulgar":
            append(Atom(s, e, t, "num", _VULGAR[t], True))
        elif group in ("cur", "skip"):
            append(Atom(s, e, t, "sym"))
        elif t in "-–":
            append(Atom(s, e, t, "hyphen"))
        elif t == "/":
            append(Atom(s, e, t, "slash"))
        else:
            append(Atom(s, e, t, "sym"))
    return out


def _tight(a: Atom, b: Atom) -> bool:
    return a.end == b.start


def _gap(text: str, a: Atom, b: Atom) -> str:
    return text[a.end : b.start]


def _space_group(text: str, a: Atom, b: Atom) -> bool:
    """ "40 000": ``b`` is three digits set off from ``a`` by a space used as a thousands separator; each
    further group of "1 414 021 100" passes the same test as the first."""
    return b.kind == "num" and _gap(text, a, b) in _SPACE_GROUP and re.fullmatch(r"\d{3}", b.text) is not None


class _Run:
    """Accumulates one number: total of finished groups plus the current group."""

    def __init__(self) -> None:
        self.total = 0.0
        self.current: float | None = None
        self.last_num = 0.0
        self.last_kind = ""
        self.last_word = False
        self.big = float("inf")  # the last multiplier >= 1000, for "and" look-ahead
        self.scale = 1.0  # the multiplier a fraction after "and" scales: "two million and three fifths"
        self.vague = False
        self.words = False
        self.end = -1

    @property
    def value(self) -> float:
        return self.total + (self.current or 0.0)


def _is_tens(v: float) -> bool:
    return 20 <= v <= 90 and v % 10 == 0


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number expression in ``text``, left to right, not overlapping."""
    atoms = _atoms(text)
    found: list[NumberMatch] = []
    i = 0
    while i < len(atoms):
        if atoms[i].kind not in _START_KINDS:  # most atoms are words: ``_starts`` would say no
            i += 1
            continue
        match, nxt = _parse(text, atoms, i)
        if match is None:
            i = max(nxt, i + 1)
            continue
        found.append(match)
        i = nxt
    return found


def _starts(atoms: list[Atom], i: int) -> bool:
    a = atoms[i]
    nxt = atoms[i + 1] if i + 1 < len(atoms) else None
    if a.kind == "num":
        return True
    if a.kind == "vague":
        low = a.text.lower()
        if nxt is not None and nxt.kind == "of":
            return True
        return low not in ("tens", "scores")
    if a.kind == "a":
        return nxt is not None and _tight_word(a, nxt) and (
            nxt.kind == "mult" and nxt.text.lower() not in ("score", "doz", "dozs")
            or nxt.kind == "frac" and _frac_ok(atoms, i + 1))
    if a.kind == "frac" and a.text.lower() in ("half", "quarter"):
        return nxt is not None and (nxt.kind == "mult" or nxt.kind == "a" and i + 2 < len(atoms)
                                    and atoms[i + 2].kind == "mult")
    if a.kind == "mult" and a.text.lower() in ("hundred", "thousand", "million", "billion", "dozen"):
        if i > 0 and atoms[i - 1].text.lower() in _VAGUE_STARTERS:
            return True  # "several hundred", "a few dozen"
        if a.text.lower() == "dozen":
            return False
        return nxt is not None and nxt.kind == "mult" or _bare_modifier(atoms, i)
    if a.kind == "minus":
        return nxt is not None and nxt.kind == "num"
    return False


def _bare_modifier(atoms: list[Atom], i: int) -> bool:
    """ "a million-member union": a bare multiplier hyphened to a noun states its own amount."""
    if i > 0 and atoms[i - 1].kind in ("num", "a", "frac", "mult", "vague", "hyphen", "minus", "point", "and"):
        return False
    if i + 2 >= len(atoms):
        return False
    hyphen, word = atoms[i + 1], atoms[i + 2]
    return hyphen.kind == "hyphen" and hyphen.text == "-" and _tight(atoms[i], hyphen) and _tight(hyphen, word) \
        and word.kind == "word"


def _tight_word(a: Atom, b: Atom) -> bool:
    return b.start - a.end <= 2


def _frac_ok(atoms: list[Atom], j: int) -> bool:
    """A denominator after "a": "a third of", "a half", "a quarter" -- not "a third attack"."""
    low = atoms[j].text.lower()
    if low in ("half", "quarter", "halves", "quarters"):
        return True
    nxt = atoms[j + 1] if j + 1 < len(atoms) else None
    return nxt is None or nxt.kind in ("of", "sym", "and")


def _parse(text: str, atoms: list[Atom], i: int) -> tuple[NumberMatch | None, int]:
    if not _starts(atoms, i):
        return None, i + 1
    start = atoms[i].start
    run = _Run()
    sign = 1.0
    j = i
    if atoms[j].kind == "minus":
        sign = -1.0
        j += 1
    elif atoms[j].kind == "num" and atoms[j].is_digits and j > 0 and atoms[j - 1].kind == "hyphen" \
            and _tight(atoms[j - 1], atoms[j]) and (j < 2 or atoms[j - 2].kind not in ("num", "word")
                                                    or atoms[j - 2].end < atoms[j - 1].start) \
            and (j < 2 or atoms[j - 2].kind != "num"):
        sign = -1.0  # "-1", but not the range "70-100" or the name "AK-47"
        start = atoms[j - 1].start
    # a vague starter word before a multiplier: "several hundred", "a few million"
    if atoms[j].kind == "mult" and j > 0 and atoms[j - 1].text.lower() in _VAGUE_STARTERS:
        run.vague = True
        start = atoms[j - 1].start
        if j > 1 and atoms[j - 1].text.lower() == "few" and atoms[j - 2].kind == "a":
            start = atoms[j - 2].start
    n = len(atoms)
    while j < n:
        a = atoms[j]
        k = a.kind
        prev = atoms[j - 1] if j > i else None
        if k == "num":
            if run.current is None:
                run.current = a.value
            elif run.last_kind == "num":
                # "fifty two" / "twenty-one": a tens word then a unit word
                if not (not a.is_digits and run.last_word and _is_tens(run.last_num) and a.value < 10):
                    break
                run.current += a.value
            elif run.last_kind == "mult":
                if run.last_num and run.last_num <= a.value:
                    break
                run.current += a.value
            elif run.last_kind in ("and", "hyphen"):
                run.current += a.value
            elif run.last_kind in ("vague",):
                break
            else:
                run.current = (run.current or 0.0) + a.value
            run.last_num, run.last_kind, run.last_word = a.value, "num", not a.is_digits
            run.words = run.words or not a.is_digits
            run.end = a.end
            # digit fraction "1/3", mixed "2 1/4"
            if a.is_digits and j + 2 < n and atoms[j + 1].kind == "slash" and atoms[j + 2].kind == "num" \
                    and _tight(a, atoms[j + 1]) and _tight(atoms[j + 1], atoms[j + 2]) \
                    and atoms[j + 2].value > 0 and "." not in a.text + atoms[j + 2].text:
                den = atoms[j + 2].value
                if j + 3 < n and atoms[j + 3].kind == "slash" and _tight(atoms[j + 2], atoms[j + 3]):
                    return None, j + 5  # 10/3/2011: a date
                run.current = run.current - a.value + a.value / den
                run.end = atoms[j + 2].end
                j += 3
                break
            # "Dh4, 275": a comma and a space as thousands separator, only after a currency sign
            if a.is_digits and run.current == a.value and re.fullmatch(r"\d{1,3}", a.text) and j + 2 < n \
                    and text[a.end : atoms[j + 2].start] == ", " and re.fullmatch(r"\d{3}", atoms[j + 2].text) \
                    and money_before(text, start) and not re.match(r"[,.]?\d", text[atoms[j + 2].end :][:2]):
                run.current = run.current * 1000 + atoms[j + 2].value
                run.end = atoms[j + 2].end
                j += 3
                continue
            if a.is_digits and j + 1 < n and atoms[j + 1].kind == "num" and atoms[j + 1].is_digits:
                b = atoms[j + 1]
                gap = _gap(text, a, b)
                # "40 000", "1 414 021 100": a space as thousands separator, group after group
                if _space_group(text, a, b) and re.fullmatch(r"\d{1,3}", a.text):
                    j += 1
                    while j < n and _space_group(text, atoms[j - 1], atoms[j]):
                        run.current = run.current * 1000 + atoms[j].value
                        run.end = atoms[j].end
                        j += 1
                    continue
                # "2 1/4"
                if gap.strip() == "" and "\n" not in gap and j + 3 < n and atoms[j + 2].kind == "slash" \
                        and _tight(b, atoms[j + 2]) and _tight(atoms[j + 2], atoms[j + 3]) \
                        and atoms[j + 3].value > b.value > 0:
                    run.current += b.value / atoms[j + 3].value
                    run.end = atoms[j + 3].end
                    j += 4
                    break
            # suffix multiplier: "10k", "$75m", "2.33 k", "5bn"
            if a.is_digits and j + 1 < n and atoms[j + 1].kind in ("word", "mult") \
                    and _gap(text, a, atoms[j + 1]) in ("", " "):
                suf = atoms[j + 1].text
                sufs = _suffixes()
                if suf in sufs or suf.lower() in ("bn", "mn", "mln", "bln", "tn", "tln", "mil"):
                    value, money_only = sufs.get(suf, sufs.get(suf.lower(), (0.0, True)))
                    after = atoms[j + 2] if j + 2 < n else None
                    money = money_before(text, start) or bool(
                        _MONEY_AFTER.match(text[atoms[j + 1].end : atoms[j + 1].end + 12]))
                    alone = after is None or after.kind != "word" or _gap(text, atoms[j + 1], after) != ""
                    if value and alone and (money or not money_only):
                        run.current = run.current * value
                        run.end = atoms[j + 1].end
                        run.last_kind = "mult"
                        run.last_num = value
                        j += 2
                        break
        elif k == "a":
            nxt = atoms[j + 1] if j + 1 < n else None
            if nxt is None or nxt.kind not in ("mult", "frac"):
                break
            if run.current is not None and run.last_kind not in ("and",) and not (
                    run.last_kind == "frac" and nxt.kind == "mult"):
                break
            if nxt.kind == "frac" and not _frac_ok(atoms, j + 1):
                break
            if run.last_kind == "frac" and nxt.kind == "mult":  # "half a dozen": a is silent
                run.last_kind = "a-silent"
                j += 1
                continue
            run.current = (run.current or 0.0) + 1.0
            run.last_num, run.last_kind, run.last_word = 1.0, "num", True
            run.words = True
        elif k == "mult":
            low = a.text.lower()
            if prev is not None and prev.kind == "hyphen":
                break
            if run.current is None:
                if low == "score" or not (run.vague or (j + 1 < n and atoms[j + 1].kind == "mult")
                                          or _bare_modifier(atoms, j)):
                    break
                run.current = 1.0
            if low == "score" and run.last_kind != "num":
                break
            if run.last_kind == "vague":
                break
            if a.value < 1000:
                run.current = run.current * a.value
            else:
                if a.value >= run.big:
                    run.total = (run.total + run.current) * a.value
                else:
                    run.total += run.current * a.value
                run.current = 0.0
                run.big = a.value
            run.last_kind, run.last_num = "mult", a.value
            run.words = True
            run.end = a.end
        elif k == "vague":
            if run.current is None:
                run.current = a.value
                run.vague = True
            elif run.last_kind == "of" or run.last_kind == "vague":
                run.current *= a.value
            elif run.last_kind == "num" and a.text.lower() in ("dozens", "hundreds", "thousands", "millions"):
                run.current *= a.value  # "3 dozens" = 36
            else:
                break
            run.last_kind, run.last_num = "vague", a.value
            run.words = True
            run.end = a.end
        elif k == "frac":
            low = a.text.lower()
            if run.current is None:
                if low not in ("half", "quarter"):
                    break
                run.current = 1.0 / a.value
                run.last_kind, run.last_num = "frac", 1.0 / a.value
            elif run.last_kind == "num" and run.last_word:
                if low in ("half", "halves") and run.last_num > 1:
                    break
                run.current = run.current - run.last_num + run.last_num / a.value * run.scale
                run.last_kind, run.last_num = "frac", 0.0
            elif run.last_kind == "hyphen" and atoms[j - 2].kind == "num":
                last = atoms[j - 2].value
                run.current = run.current - last + last / a.value
                run.last_kind = "frac"
            else:
                break
            run.words = True
            run.end = a.end
        elif k == "and":
            nxt = atoms[j + 1] if j + 1 < n else None
            nxt2 = atoms[j + 2] if j + 2 < n else None
            if nxt is None or run.current is None:
                break
            frac_follows = (nxt.kind == "a" and nxt2 is not None and nxt2.kind == "frac") or (
                nxt.kind == "num" and not nxt.is_digits and nxt2 is not None and nxt2.kind == "frac")
            if frac_follows and run.last_kind == "mult" and text[nxt2.end : nxt2.end + 1] == "-":
                break  # "$2.5 million and a half-day session": the fraction modifies a noun
            if frac_follows and run.last_kind in ("num", "mult") and run.words:
                if run.last_kind == "mult" and run.last_num >= 1000:
                    run.scale = run.last_num  # "3 million and a half": half a million more
                run.last_kind = "and"
                j += 1
                continue
            if run.last_kind == "mult" and nxt.kind == "num":
                # "3 hundred and 2.12 hundred" is two numbers
                if nxt2 is not None and nxt2.kind == "mult" and nxt2.value == run.last_num:
                    break
                if nxt.value >= run.last_num:
                    break
                run.last_kind = "and"
                j += 1
                continue
            break
        elif k == "hyphen":
            nxt = atoms[j + 1] if j + 1 < n else None
            if nxt is None or run.last_kind != "num" or not run.last_word:
                break
            if nxt.kind == "num" and not nxt.is_digits and _is_tens(run.last_num) and nxt.value < 10:
                run.last_kind = "hyphen"
                j += 1
                continue
            if nxt.kind == "frac" and (nxt.text.lower() not in ("half",) or run.last_num == 1):  # "one-half"
                run.last_kind = "hyphen"
                j += 1
                continue
            break
        elif k == "of":
            nxt = atoms[j + 1] if j + 1 < n else None
            if run.last_kind == "vague" and nxt is not None and nxt.kind == "vague" \
                    and nxt.value > run.last_num:
                run.last_kind = "of"
                j += 1
                continue
            break
        elif k == "point":
            digits = ""
            m = j + 1
            while m < n and atoms[m].kind in ("num", "hyphen") and not atoms[m].is_digits or \
                    (m < n and atoms[m].kind == "num" and atoms[m].is_digits and m == j + 1):
                b = atoms[m]
                if b.kind == "num":
                    if b.is_digits:
                        digits += b.text.replace(",", "")
                        m += 1
                        break
                    if b.value < 10:
                        digits += str(int(b.value))
                    elif _is_tens(b.value) and m + 2 < n and atoms[m + 1].kind == "hyphen" \
                            and atoms[m + 2].kind == "num" and atoms[m + 2].value < 10:
                        digits += str(int(b.value + atoms[m + 2].value))
                        m += 3
                        continue
                    else:
                        digits += str(int(b.value))
                elif b.kind == "hyphen":
                    break
                m += 1
            if run.last_kind not in ("num", "mult") or not digits:
                break
            run.current = (run.current or 0.0) + float("0." + digits)
            run.end = atoms[m - 1].end
            run.last_kind = "point"
            j = m
            break
        else:
            break
        j += 1
    if run.current is None or run.end < 0:
        return None, i + 1
    return NumberMatch(start, run.end, sign * run.value, run.vague, run.words), _next_index(atoms, run.end, i)


def _next_index(atoms: list[Atom], end: int, i: int) -> int:
    j = i + 1
    while j < len(atoms) and atoms[j].start < end:
        j += 1
    return j
