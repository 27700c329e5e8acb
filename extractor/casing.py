"""Headline capitalisation, read by ingest (is the first line a headline?), by the entity stage
(capitals in a headline prove nothing about names) and by the headline stage (which lines to re-read
in sentence case)."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def is_title_case(line: str) -> bool:
    """Most words of four letters or more are capitalised ("Governor Warns Budget Plan Would Close Schools"):
    at least three such words, at most one of them (and at most a fifth) in lower case."""
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    lower = sum(not w[0].isupper() for w in words)
    return len(line) <= 150 and len(words) >= 3 and lower <= min(1, 0.2 * len(words))


def shouted(line: str) -> bool:
    """Is the line written in capitals (an all-caps headline or label), with a few words at least?"""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 12 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)
