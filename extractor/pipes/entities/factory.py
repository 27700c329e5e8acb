"""The ``news_entities`` factory: NER spans cleaned and clustered per referent.

The model's ``doc.ents`` are the candidates. Each is cleaned (titles and a
leading article out of PERSON spans, possessives off), then mentions are
grouped by document-level reasoning: identical names, a surname after a full
name, an acronym defined in parentheses, a short form that starts a longer
name of the same type. Each cluster takes the label most of its mentions
carry and the fullest name as canonical.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.pipes.base import spans_in_regions
from extractor.record import ENTITY_LABELS
from extractor.resources import load_lines

_PKG = "extractor.pipes.entities"


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str


@dataclass
class EntityCluster:
    label: str
    canonical: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        seen: list[str] = []
        for m in self.mentions:
            if m.text != self.canonical and m.text not in seen:
                seen.append(m.text)
        return seen


def normalise(name: str) -> str:
    """Key for comparing names: NFKC, case-folded, no leading 'the', no punctuation."""
    name = unicodedata.normalize("NFKC", name).casefold()
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"[^\w\s]", " ", name)
    return " ".join(name.split())


@Language.factory("news_entities", default_config={"titles_file": "titles.txt"})
def make_entities(nlp: Language, name: str, titles_file: str) -> EntityClusterer:
    return EntityClusterer(titles=load_lines(titles_file, package=_PKG))


class EntityClusterer:
    def __init__(self, titles: tuple[str, ...]) -> None:
        self.titles = {t.casefold() for t in titles}
        self.max_title_words = max(len(t.split()) for t in self.titles)

    def __call__(self, doc: Doc) -> Doc:
        mentions = [m for ent in spans_in_regions(doc, doc.ents) for m in self.clean(ent)]
        doc._.entities = cluster(mentions)
        return doc

    def clean(self, ent: Span) -> list[Mention]:
        """One NER span to zero or more mentions (a title may split ORG + PERSON)."""
        if ent.label_ not in ENTITY_LABELS:
            return []
        tokens = list(ent)
        while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct):
            tokens = tokens[1:]
        while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s", "'")):
            tokens = tokens[:-1]
        if not tokens:
            return []
        out: list[Mention] = []
        if ent.label_ in ("PERSON", "ORG"):
            cut = self._title_end(tokens)
            if cut:
                before, tokens = tokens[: cut[0]], tokens[cut[1] :]
                if before and all(t.is_upper or t.pos_ == "PROPN" for t in before) and ent.label_:
                    out.append(_mention(before, "ORG"))
                if tokens and not any(t.pos_ == "PROPN" for t in tokens):
                    tokens = []
        if tokens and any(c.isupper() for c in tokens[0].text[:1]) or (
            tokens and ent.label_ in ("NORP", "LANGUAGE")
        ):
            out.append(_mention(tokens, ent.label_))
        return out

    def _title_end(self, tokens: list) -> tuple[int, int] | None:
        """(start, end) token indices of the last title word run in a PERSON-ish span."""
        best = None
        for i in range(len(tokens)):
            for n in range(self.max_title_words, 0, -1):
                words = " ".join(t.lower_ for t in tokens[i : i + n])
                if i + n <= len(tokens) and words in self.titles:
                    best = (i, i + n)
                    break
        if best and best[1] < len(tokens):
            return best
        return None


def _mention(tokens: list, label: str) -> Mention:
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Mention(start, end, doc.text[start:end], label)


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return "".join(w[0] for w in words if w[0].isupper())


def cluster(mentions: list[Mention]) -> list[EntityCluster]:
    """Group mentions per referent and pick label and canonical name by document votes."""
    groups: list[list[Mention]] = []
    key_to_group: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: (-len(m.text), m.start)):
        key = normalise(m.text)
        if not key:
            continue
        gi = key_to_group.get(key)
        if gi is None:
            gi = _join_existing(m, key, groups)
        if gi is None:
            groups.append([])
            gi = len(groups) - 1
        groups[gi].append(m)
        key_to_group.setdefault(key, gi)
    clusters = []
    for group in groups:
        label = Counter(m.label for m in group).most_common(1)[0][0]
        canonical = max(group, key=lambda m: (len(m.text.split()), len(m.text), -m.start)).text
        clusters.append(EntityCluster(label, canonical, sorted(group, key=lambda m: m.start)))
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def _join_existing(m: Mention, key: str, groups: list[list[Mention]]) -> int | None:
    words = key.split()
    for gi, group in enumerate(groups):
        full = group[0]
        full_key = normalise(full.text)
        full_words = full_key.split()
        if m.label == "PERSON" and full.label == "PERSON" and len(words) == 1 and words[0] in full_words[1:]:
            return gi
        if m.text.isupper() and len(m.text) >= 2 and _acronym(full.text).upper() == m.text:
            return gi
        if (
            m.label == full.label
            and m.label in ("ORG", "FAC")
            and len(words) < len(full_words)
            and full_words[: len(words)] == words
        ):
            return gi
    return None
