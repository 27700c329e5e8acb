"""Sentence starts at line breaks, before the parser.

News text puts headlines, datelines and paragraphs on lines of their own, but
the statistical parser reads a newline as just another space: about one
sentence in nine of the ECB+ articles ran over a line break (a headline glued
to the first sentence, a dateline glued to the lede), and every later stage
then climbs a tree that spans two unrelated sentences. spaCy's parser keeps
boundaries preset on ``Token.is_sent_start``, so marking them here is enough.

Hard-wrapped text (lines cut at a fixed width inside sentences) must not be
split at every newline: a blank line always starts a sentence, a single
newline only when the document does not look hard-wrapped, or when the line
before it ends like a sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from extractor.resources import load_lines

_SENTENCE_END = frozenset(".!?:;\"'”’)]")
_OPENING_QUOTES = frozenset({'"', "“", "``"})
_TITLES = frozenset(load_lines("title_abbreviations.txt"))  # titles that stand before a name
# Share of single-newline breaks followed by a lower-case word above which a
# document counts as hard-wrapped: in paragraph-per-line news almost none are.
_WRAPPED_SHARE = 0.5
_MIN_BREAKS = 4


def _next_word(doc: Doc, i: int) -> Token | None:
    return doc[i + 1] if i + 1 < len(doc) else None


def _line_end(doc: Doc, i: int) -> str:
    """The last visible character before the whitespace token ``doc[i]``."""
    if i == 0:
        return ""
    prev = doc[i - 1].text.rstrip()
    return prev[-1:] if prev else ""


def _title_word(tok: Token) -> bool:
    """A short capitalised word with its period ("Mr.", "Dr.", "Sen."), read as a title before a name."""
    return tok.text.endswith(".") and 2 <= len(tok.text) <= 5 and tok.text[:-1].isalpha() and tok.text[0].isupper()


def _breaks(doc: Doc) -> list[tuple[int, bool]]:
    """(index of the whitespace token, whether it holds a blank line) for each line break."""
    found = []
    for token in doc:
        if token.is_space and ("\n" in token.text or "\r" in token.text):
            lines = token.text.replace("\r\n", "\n").replace("\r", "\n").count("\n")
            found.append((token.i, lines >= 2))
    return found


def _hard_wrapped(doc: Doc, breaks: list[tuple[int, bool]]) -> bool:
    single = [i for i, blank in breaks if not blank and _next_word(doc, i) is not None]
    if len(single) < _MIN_BREAKS:
        return False
    lower = sum(1 for i in single if doc[i + 1].text[:1].islower())
    return lower / len(single) > _WRAPPED_SHARE


def _wrap(doc: Doc, i: int, blank: bool) -> bool:
    """A single line break inside a sentence: the line before ends mid-sentence and the next goes on in
    lower case ("The council has long / argued / for a second bridge"), a note wrapped in a text that
    is otherwise one paragraph per line."""
    nxt = _next_word(doc, i)
    return not blank and nxt is not None and nxt.text[:1].islower() and _line_end(doc, i) not in _SENTENCE_END


def sentence_starts(doc: Doc, breaks: list[tuple[int, bool]] | None = None) -> list[int]:
    """Indices of the tokens that start a line and must start a sentence (``breaks``: ``_breaks(doc)``,
    when the caller has it already)."""
    breaks = _breaks(doc) if breaks is None else breaks
    wrapped = _hard_wrapped(doc, breaks)
    starts = []
    for i, blank in breaks:
        nxt = _next_word(doc, i)
        if nxt is None or nxt.is_space or _wrap(doc, i, blank):
            continue
        if blank or not wrapped or _line_end(doc, i) in _SENTENCE_END:
            starts.append(nxt.i)
    return starts


def quoted_continuations(doc: Doc) -> list[int]:
    """Indices of opening quotation marks that go on a sentence after an abbreviation: in 'rivals such as
    Tarn Co. "have been cutting prices"' the parser reads "Co." as a full stop and cuts the frame from its
    quotation, which a lower-case first word shows to be the same sentence."""
    out = []
    for tok in doc[1:-1]:
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if tok.text in _OPENING_QUOTES and prev.text.endswith(".") and prev.text[:-1].isalpha() \
                and prev.whitespace_ and nxt.text[:1].islower() and nxt.is_alpha:
            out.append(tok.i)
    return out


def wrapped_lines(doc: Doc, breaks: list[tuple[int, bool]]) -> list[int]:
    """Indices of the tokens that go on a sentence after a line break (see ``_wrap``)."""
    return [i + 1 for i, blank in breaks if _wrap(doc, i, blank)]


class LineBreaks:
    """Marks the first word after a line break as a sentence start (see module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        breaks = _breaks(doc)
        starts = sentence_starts(doc, breaks)
        if Doc.has_extension("line_starts"):
            doc._.line_starts = frozenset(starts)  # for the stages' own sentence walk (pipes.base.sentences)
        for i in starts:
            doc[i].is_sent_start = True
            if i + 1 < len(doc) and _title_word(doc[i]):
                doc[i + 1].is_sent_start = False  # "Mr. | Roe said ...": a title before a name ends nothing
            elif i + 1 < len(doc) and doc[i + 1].text[:1].islower() and not doc[i].is_punct:
                # a lower-case second word goes with the first: left open, the parser, still reading the
                # line before, may cut "Witnesses | said the fire ..." after a headline without a stop
                # (a capital is left to the parser: table rows such as "Ajax Amsterdam 18 7 8 3")
                doc[i + 1].is_sent_start = False
        for i in wrapped_lines(doc, breaks):
            doc[i].is_sent_start = False
        for i in quoted_continuations(doc):
            doc[i].is_sent_start = False
            doc[i + 1].is_sent_start = False
        for tok in doc[:-1]:
            if tok.text in _TITLES and doc[tok.i + 1].is_title and tok.whitespace_:
                doc[tok.i + 1].is_sent_start = False  # "said Dist. Atty. | Ann Roe": the name after a title
        line_starts = set(starts)
        for tok in doc[1:]:
            if tok.i not in line_starts and tok.is_lower and tok.is_alpha and not doc[tok.i - 1].is_space:
                tok.is_sent_start = False  # '"Thieves!" | as they ran', '"You winning?" | she said': a sentence
                # goes on after a quotation's own stop; a lower-case word starts none in edited news
        return doc


@Language.factory("news_lines")
def make_line_breaks(nlp: Language, name: str) -> LineBreaks:
    return LineBreaks()
