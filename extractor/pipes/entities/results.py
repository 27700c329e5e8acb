"""Sides named in sports results lines: a table row names a team, whatever place it is named after.

A line that is only names and numbers laid out as a result is a table row, not prose:

- a score line, two or more sides each with one score: "Bolton 2 Burnley 1", "Acton 3, Beeston 0";
- a standings row, one side and four or more figures: "Rovers 4 3 1 0 7 4", "BOSTON 69 66 .511 6 1/2";
- a fixture, two sides around "v" or "vs": "Walsall v Wrexham" (after an optional "Postponed :"-style
  label); with "at" only the side before it is a team, the other names the ground ("CHICAGO AT HOUSTON").

The finder works on the text alone, one pass per line, and returns the character spans of the side
names; the caller decides which of them are teams (a country's side stays the country, a person
stays a person).
"""

from __future__ import annotations

import re

from extractor.pipes.entities.patterns import NAME_WORD, word_class

FIXTURE_WORDS = word_class("fixture_words")
# a figure in a table: a score, points, a percentage (".530"), a half game ("1/2"), a time or margin,
# or a dash for none; two innings ("199 and 426") and a unit ("24 points") make one score
_FIGURE = re.compile(r"[-+]?(?:\d+(?:[.,:/-]\d+)*|\.\d+)|-")
_SCORE_WORDS = frozenset({"and", "points", "pts"})
# a word of a side's name: capitalised, or a connector inside a name ("Queen of the South")
_NAME_WORD = re.compile(r"[A-Z][\w'’.&-]*")
_CONNECTORS = frozenset({"of", "de", "del", "da", "di", "the", "'s", "’s"})  # "Queen 's Park" as tokenised
_LABEL = re.compile(r"[A-Z][a-z]+ ?: ")  # "Postponed : ", "Abandoned: "


def _name_end(words: list[tuple[int, int, str]], i: int) -> int:
    """End index (exclusive) of the name starting at word i; a bracketed tag ("Rad ( B )") is skipped
    by the caller, connectors only count between capitalised words."""
    j = i
    while j < len(words):
        w = words[j][2]
        if _NAME_WORD.fullmatch(w) and not _FIGURE.fullmatch(w) and w not in FIXTURE_WORDS:
            j += 1
        elif w in _CONNECTORS and j > i:
            k = j
            while k < len(words) and words[k][2] in _CONNECTORS:
                k += 1
            if k == len(words) or not _NAME_WORD.fullmatch(words[k][2]) or words[k][2] in FIXTURE_WORDS:
                break
            j = k
        else:
            break
    return j


def _skip_tag(words: list[tuple[int, int, str]], j: int) -> int:
    """Past a short bracketed tag after a name: "Rad ( B )", "Rad (B)"."""
    if j < len(words) and words[j][2].startswith("("):
        for k in range(j, min(len(words), j + 4)):
            if words[k][2].endswith(")"):
                return k + 1
    return j


def _cells(words: list[tuple[int, int, str]]) -> list[tuple[tuple[int, int], int]] | None:
    """The line as (name span, number of figures) cells, or None when it holds anything else."""
    cells: list[tuple[tuple[int, int], int]] = []
    i = 0
    while i < len(words):
        j = _name_end(words, i)
        if j == i:
            return None
        span = (words[i][0], words[j - 1][1])
        j = _skip_tag(words, j)
        k, figures = j, 0
        while k < len(words):
            w = words[k][2].rstrip(",.")
            if _FIGURE.fullmatch(w) and (w != "-" or figures):
                figures += words[k - 1][2] != "and"
            elif not (figures and w in _SCORE_WORDS) and not (figures and w in (",", ".", "")):
                break
            k += 1
        if figures and words[k - 1][2] == "and":
            return None
        cells.append((span, figures))
        i = k
    return cells


def _fixture(words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The sides around one fixture word, the whole line: both around "v", the first before "at"."""
    seps = [k for k, w in enumerate(words) if w[2] in FIXTURE_WORDS]
    if len(seps) != 1 or not 0 < seps[0] < len(words) - 1:
        return []
    k = seps[0]
    left, right = words[:k], words[k + 1 :]
    if _name_end(left, 0) != len(left) or _name_end(right, 0) != len(right):
        return []
    home = [] if words[k][2].lower() == "at" else [(right[0][0], right[-1][1])]
    return [(left[0][0], left[-1][1]), *home]


def _remark_start(words: list[tuple[int, int, str]]) -> int:
    """Index of a closing bracketed remark ("( halftime 1-1 )", "(aet)", "( in 12 )"), else len(words)."""
    if not words or not words[-1][2].endswith(")"):
        return len(words)
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if words[k][2].startswith("("):
            return k
    return len(words)


def _line_sides(words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The sides of one results line (its words after any label), or none when it is no such line."""
    words = words[: _remark_start(words)]
    if len(words) < 2:
        return []
    cells = _cells(words)
    if cells and ((len(cells) >= 2 and all(n == 1 for _, n in cells)) or (len(cells) == 1 and cells[0][1] >= 4)):
        return [span for span, _ in cells]
    # "Birmingham v Barnsley, Manchester City v Charlton": fixtures listed with commas
    parts: list[list[tuple[int, int, str]]] = [[]]
    for w in words:
        if w[2] == ",":
            parts.append([])
        elif w[2].endswith(","):
            parts[-1].append((w[0], w[1] - 1, w[2][:-1]))
            parts.append([])
        else:
            parts[-1].append(w)
    sides = [_fixture(part) for part in parts]
    return [span for found in sides for span in found] if all(sides) else []


def side_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the side names in the results lines of text[start:end]."""
    out: list[tuple[int, int]] = []
    pos = start
    for line in text[start:end].split("\n"):
        base = pos
        pos += len(line) + 1
        if not line or not any(ch.isdigit() or ch in " vat" for ch in line):
            continue
        label = _LABEL.match(line)
        off = base + (label.end() if label else 0)
        words = [(off + m.start(), off + m.end(), m.group()) for m in re.finditer(r"\S+", line[off - base :])]
        out.extend(_line_sides(words))
    return out


# a squad list item: a shirt number, a spaced dash and a name of two or three words ("5 - Ana de Pop")
_PARTICLE = r"(?:de|van|der|den|da|di|del|Van|De) "
_LINEUP_ITEM = re.compile(rf"(?<![\w.-])\d{{1,2}} - ({NAME_WORD}(?: (?:{_PARTICLE})*{NAME_WORD}){{1,2}})(?![\w-])")


def lineup_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Names in squad lists ("1 - Ana Pop ; 2 - Eva Roe , 5 - Ida Lund"): a line with three or more shirt
    numbers before names lists players, people."""
    out: list[tuple[int, int]] = []
    pos = start
    for line in text[start:end].split("\n"):
        items = list(_LINEUP_ITEM.finditer(line)) if " - " in line else []
        if len(items) >= 3:
            out.extend((pos + m.start(1), pos + m.end(1)) for m in items)
        pos += len(line) + 1
    return out
