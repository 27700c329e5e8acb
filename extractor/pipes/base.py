"""Doc extensions and helpers shared by the components.

Ingest tells the components where the article is (title and body ranges)
and when it was published, by setting ``doc._.regions`` and
``doc._.published`` before the pipeline runs over the ``Doc``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.attrs import NORM, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractor.resources import load_lines

PIPE_NAMES = (
    "news_entities",
    "news_quantities",
    "news_dates",
    "news_attributions",
    "news_claims",
)

# dash tokens that separate clauses ("--" is how plain-text copies write an em dash)
DASHES = frozenset({"—", "--", "–"})
# Time-zone abbreviations after a clock time (a regex alternation, lower case): dates and quantities share it.
TIME_ZONES = r"gmt|utc|[ecmp][sd]t|bst|cet"
# nouns for people and bodies that can say, hold or feel something ("residents", "the family", "the agency")
PEOPLE_NOUNS = frozenset(load_lines("people_nouns.txt"))
# personal pronouns in subject case, "it" left out: a person as subject ("They read a lot")
PERSON_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
# a social-media handle ("@jane_doe77"): it names a person in any case
HANDLE = re.compile(r"@[A-Za-z0-9_]{2,15}")


def signoff_pattern(name: str, flags: int = 0) -> re.Pattern[str]:
    """A line that only signs a letter or a reader's comment: a handle (group 1) or a name (group 2, the
    regex ``name``), an optional period, nothing else. Entities read the signer as a person; claims drop the
    line, which states nothing. Each stage keeps its own name shape."""
    return re.compile(rf"^[ \t]*(?:({HANDLE.pattern})|({name}))\.?[ \t]*$", flags)


_EXTENSIONS = {
    "regions": None,  # list[tuple[int, int]]: character ranges to annotate (title first, then body pieces)
    "title": None,  # tuple[int, int] | None: the headline's range
    "published": None,  # ISO date or None
    "line_starts": None,  # frozenset[int] | None: tokens after a line break that start a sentence (news_lines)
    "entities": None,  # list[EntityCluster]
    "quantities": None,  # list[QuantityItem]
    "dates": None,  # list[DateItem]
    "attributions": None,  # list[AttributionItem]
    "claims": None,  # list[ClaimItem]
}
for _name, _default in _EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@dataclass(frozen=True)
class CharSpan:
    start: int
    end: int

    def text(self, doc: Doc) -> str:
        return doc.text[self.start : self.end]


class NewsDoc(Doc):
    """A ``Doc`` whose ``text`` is joined once, not on every access.

    spaCy rebuilds ``Doc.text`` from all its tokens each time it is read (about a
    millisecond for a news article), and the components read it hundreds of times
    per article: uncached, that cost more than the whole parse. Token text never
    changes after tokenization (retokenizing keeps it), so caching is safe. The
    cache is the article's own text, which ``news_doc`` sets (see there).
    """

    @property
    def text(self) -> str:
        cached = self.__dict__.get("_text")
        if cached is None:
            cached = self.__dict__["_text"] = "".join(t.text_with_ws for t in self)
        return cached

    @property
    def text_with_ws(self) -> str:
        return self.text


# a typographic apostrophe inside a word ("That’s", "don’t", "Court’s"); not a closing single quote
_APOSTROPHE = re.compile(r"(?<=\w)’(?=[^\W\d_])")


def news_doc(nlp: Language, text: str) -> NewsDoc:
    """``nlp.make_doc(text)`` as a ``NewsDoc``: same tokens, same norms, cached text.

    The tokens spell an apostrophe inside a word straight, as the model's training text did: with
    "That’s a good point" the parser took "point" for an object and "Court’s" stayed inside a name.
    The replacement keeps every offset, and ``doc.text`` (what records quote) stays the article's own.
    """
    made = nlp.make_doc(_APOSTROPHE.sub("'", text))
    arr = made.to_array([ORTH, SPACY, NORM])
    strings = nlp.vocab.strings
    doc = NewsDoc(nlp.vocab, words=[strings[o] for o in arr[:, 0].tolist()], spaces=arr[:, 1].astype(bool).tolist())
    if len(doc):
        doc.from_array([NORM], arr[:, 2:3])  # tokenizer exceptions set norms ("n't" -> "not")
    doc.__dict__["_text"] = text
    return doc


def set_article(doc: Doc, regions: list[tuple[int, int]], published: str | None,
                title: tuple[int, int] | None = None) -> Doc:
    doc._.regions = regions
    doc._.published = published
    doc._.title = title
    return doc


def regions(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges to annotate; the whole text when ingest said nothing."""
    return doc._.regions if doc._.regions is not None else [(0, len(doc.text))]


def in_regions(doc: Doc, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in regions(doc))


def spans_in_regions(doc: Doc, spans: Iterable[Span]) -> Iterator[Span]:
    for span in spans:
        if in_regions(doc, span.start_char, span.end_char):
            yield span


def sentences(doc: Doc) -> Iterator[Span]:
    """Sentences inside the article regions; a line break ends one, unless the line-break stage found the
    sentence going on over it (a wrapped line: "the council has long / argued for a bridge")."""
    text = doc.text
    spans = regions(doc)
    starts = doc._.line_starts
    for sent in doc.sents:
        if "\n" not in text[sent.start_char : sent.end_char] and "\r" not in text[sent.start_char : sent.end_char]:
            piece = _strip_space(sent)  # no line break inside: skip the token-by-token walk
            if len(piece) and any(s <= piece.start_char and piece.end_char <= e for s, e in spans):
                yield piece
            continue
        start = sent.start
        for i in range(sent.start, sent.end + 1):
            if i < sent.end and not (doc[i].is_space and ("\n" in doc[i].text or "\r" in doc[i].text)):
                continue
            if i + 1 < sent.end and starts is not None and i + 1 not in starts and not doc[i + 1].is_space:
                continue  # a wrapped line goes on (a word after a blank line is always among the starts)
            piece = _strip_space(doc[start:i])
            if len(piece) and in_regions(doc, piece.start_char, piece.end_char):
                yield piece
            start = i + 1


def _strip_space(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]


def trim(doc: Doc, start: int, end: int, chars: str = " \t\r\n,;:.") -> tuple[int, int]:
    """Shrink a character range past surrounding spaces and punctuation."""
    text = doc.text
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def subtree_span(token: Token, exclude: Iterable[Token] = ()) -> Span:
    """The contiguous token span of ``token``'s subtree, minus excluded edge tokens."""
    excluded = {t.i for t in exclude}
    idx = [t.i for t in token.subtree if t.i not in excluded]
    if not idx:
        return token.doc[token.i : token.i + 1]
    return token.doc[min(idx) : max(idx) + 1]


def to_infinitive(tok: Token) -> bool:
    """The verb has its own "to" ("to publish", "is bound to prompt"): an infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def neither_subject(tok: Token) -> bool:
    """A subject under "neither" ("Neither the mayor nor her aide said ..."): its verb is denied."""
    return tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "preconj" and c.lower_ == "neither"
                                                      for c in tok.children)


def is_person(tok: Token) -> bool:
    """A person or people: a PERSON name, a subject-case personal pronoun, or a people noun ("prosecutors")."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in PERSON_PRONOUNS or (
        tok.pos_ == "NOUN" and tok.lemma_.lower() in PEOPLE_NOUNS)


def known_verbs(nlp: Language) -> frozenset[str]:
    """The base forms of English verbs the model's rule lemmatizer knows (empty for a model without one)."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("verb", ()))
