"""Acronym definitions "Long Name (LN)" found with the Schwartz–Hearst algorithm.

Schwartz & Hearst (2003): for a parenthesised short form, take at most
``min(len(short) + 5, 2 * len(short))`` words before the parenthesis and find
the shortest stretch whose characters match the short form's letters from
right to left, the first letter of the short form starting a word. We only keep
definitions whose long form is a capitalised name (a proper-name acronym), so
that "(77 deaths)" or "(in French)" never define anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "the IRTC (Internationally Recognised Transit Corridor)": the short form first, the name in parentheses
_SHORT_FIRST = re.compile(r"(?<![\w&.-])([A-Z][A-Z0-9&]{1,10})\s*\(\s*([A-Z][^()\n]{3,100}?)\s*\)")
_PAREN = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)")
_WORD = re.compile(r"\S+")
_CONNECTORS = frozenset("of for the and on in de du des la le el al to at".split())


@dataclass(frozen=True)
class Definition:
    long_start: int
    long_end: int
    short_start: int
    short_end: int
    long: str
    short: str


def _valid_short(short: str) -> bool:
    letters = [c for c in short if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def _match(long: str, short: str) -> int | None:
    """Start index in ``long`` of the shortest long form for ``short`` (Schwartz–Hearst), or None."""
    s = len(short) - 1
    i = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return i + 1


def _is_name(words: list[str]) -> bool:
    """A capitalised name: content words capitalised, connectors in lower case allowed inside."""
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _CONNECTORS for w in words)


def find_definitions(text: str) -> list[Definition]:
    """Every "Long Name (LN)" definition in the text, with character offsets."""
    out: list[Definition] = []
    for m in _PAREN.finditer(text):
        short = m.group(1).rstrip(".")
        if not _valid_short(short):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        window = text[line_start : m.start()].rstrip()
        words = list(_WORD.finditer(window))
        limit = min(len(short) + 5, 2 * len(short))
        # the window counts content words only: "of the" inside a name does not use up the budget
        content, k = 0, len(words)
        while k > 0 and content < limit:
            k -= 1
            content += words[k].group(0).lower() not in _CONNECTORS
        words = words[k:]
        if not words:
            continue
        base = line_start + words[0].start()
        cand = text[base : line_start + len(window)]
        start = _match(cand, short)
        if start is None:
            continue
        long_start = base + start
        long_end = line_start + len(window)
        long = text[long_start:long_end]
        # strip a leading article and trailing punctuation
        lead = re.match(r"(?i)(the|a|an)\s+", long)
        if lead:
            long_start += lead.end()
            long = text[long_start:long_end]
        long_words = long.split()
        if len(long_words) < 2 or not _is_name(long_words) or long_words[-1].lower() in _CONNECTORS:
            continue
        if any(c in long for c in ",;:()\"“”"):
            continue
        s0 = m.start(1)
        out.append(Definition(long_start, long_end, s0, s0 + len(short), long, short))
    out.extend(_short_first(text))
    return out


def _short_first(text: str) -> list[Definition]:
    """Every "LN (Long Name)" definition: the parenthesised name's content words give the letters."""
    out: list[Definition] = []
    for m in _SHORT_FIRST.finditer(text):
        short, long = m.group(1), m.group(2)
        words = long.split()
        if not _valid_short(short) or len(words) < 2 or not _is_name(words) or any(c in long for c in ",;:\"“”"):
            continue
        initials = "".join(w[0] for w in words if w.lower() not in _CONNECTORS)
        if initials.upper() != short.upper():
            continue
        out.append(Definition(m.start(2), m.end(2), m.start(1), m.end(1), long, short))
    return out
