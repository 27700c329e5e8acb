"""Opinion pieces: columns, editorials and readers' letters.

A news report keeps its own voice impersonal; an opinion piece argues in it. When
many of the sentences the writer says without a source address the reader, speak
in the first person, demand ("should", "must") or ask, the piece is an opinion
piece, and the writer's own clauses are claims only when they carry something a
fact-checker can look up: a figure or a date, a named actor's past act, or a
relation between names. A reported statement keeps its claim as in a report.

A letters page is a run of short opinion pieces, each signed on a line of its own ("Jane Doe.", then
"Springfield, Ill."; "@handle." under a post quoted from social media). Few of its letters say "I" or
"should" often enough for the marker count, so a signed passage is an opinion piece by its form.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extractor.pipes.base import signoff_pattern

_FIRST = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
_SECOND = frozenset({"you", "your", "yourself", "yourselves"})
_PERSONS = _FIRST | _SECOND
_DEONTIC = frozenset({"should", "must", "ought"})
# entity types that give a clause a figure or a time to check
_FIGURES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
# subjects that refer to an argument or a situation rather than a doer ("This led to losses")
_VAGUE = frozenset({"this", "that", "these", "those", "it", "which", "what", "something", "everything", "nothing"})
_QUOTE_OPEN = "“‘«"
_QUOTE_CLOSE = "”’»"
# an opinion piece has at least this many marked sentences of the writer's own, and they are at
# least this share of them: one "we" or one question in a report does not make a column
MIN_MARKED = 3
MIN_SHARE = 0.3


# a sign-off: a reader's name alone on its line (two to four capitalised words or initials) or a handle
_SIGN_LINE = signoff_pattern(r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)(?: (?:[A-Z][\w'’-]*\.?|[A-Z]\.|de|van|von|da|del|la)){1,3}")
# a letters page signs at least this many pieces; a lone name line may be a news article's byline
MIN_SIGN_OFFS = 2

# a cheap first look: the words and marks that marked() looks for, anywhere in the text
_MARKER_WORDS = re.compile(r"\b(?:[Ii]|[Ww]e|[Uu]s|[Oo]ur|[Mm]y|[Mm]e|[Yy]ou|[Yy]our|should|must|ought)\b|[?!]")


def _covered(sent: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(s < sent.end_char and sent.start_char < e for s, e in ranges)


def in_open_quote(doc: Doc, sent: Span) -> bool:
    """Inside a quotation opened earlier in the paragraph and not yet closed (a quote that runs on over
    several lines without its closing mark), or holding a quotation mark itself."""
    text = doc.text
    para = text.rfind("\n\n", 0, sent.start_char)
    before = text[para + 1 if para >= 0 else 0:sent.start_char]
    if before.count('"') % 2 or sum(before.count(q) for q in _QUOTE_OPEN) > sum(
            before.count(q) for q in _QUOTE_CLOSE if q != "’"):
        return True
    return any(q in sent.text for q in ('"', "“", "”", "''", "``"))


def writer_sentences(doc: Doc, sents: list[Span], atts) -> list[Span]:
    """Clauses the writer says in their own voice: a verb, no attribution's cue or content, no
    quotation around them (a signature or a dateline is no sentence of the argument)."""
    ranges = [(a.content.start, a.content.end) for a in atts] + [(a.cue.start, a.cue.end) for a in atts]
    return [s for s in sents if any(t.pos_ in ("VERB", "AUX") for t in s) and not _covered(s, ranges)
            and not in_open_quote(doc, s)]


def marked(sent: Span) -> bool:
    """The writer speaks as a person: "I", "we", "you", a demand or an imperative, a question or an
    exclamation."""
    if sent.text.rstrip(_QUOTE_CLOSE + "\"' ").endswith(("?", "!")):
        return True
    if any(t.like_url or t.like_email or t.text.startswith("@") for t in sent):
        return False  # "Follow him on Twitter: @handle", "Email us at ...": a footer, no argument
    root = sent.root
    if root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") or c.dep_ == "aux" and c.lower_ != "do"
                                     for c in root.children):
        return True  # "Don't blame the mayor.", "Vote on Tuesday."
    return any(t.lower_ in _PERSONS and t.pos_ == "PRON" or t.tag_ == "MD" and t.lower_ in _DEONTIC
               or t.lower_ in ("my", "our", "your") for t in sent)


def opinion_piece(doc: Doc, sents: list[Span], atts) -> bool:
    """Enough of the writer's own sentences are marked (MIN_MARKED, MIN_SHARE). A report with fewer
    marker words in its whole text than MIN_MARKED is let through without a look at its sentences."""
    if len(_MARKER_WORDS.findall(doc.text)) < MIN_MARKED:
        return False
    own = writer_sentences(doc, sents, atts)
    count = sum(marked(s) for s in own)
    return count >= MIN_MARKED and count >= MIN_SHARE * len(own)


def _own_line(doc: Doc, sent: Span) -> bool:
    """The sentence fills its line: a line break (or the text's edge) on both sides."""
    text = doc.text
    before = text[text.rfind("\n", 0, sent.start_char) + 1:sent.start_char]
    nl = text.find("\n", sent.end_char)
    after = text[sent.end_char:nl if nl >= 0 else len(text)]
    return not before.strip() and not after.strip()


def _name_line(sent: Span) -> bool:
    """Shaped like a signature: a handle, or a short run of capitalised words ("Will Holliday.")."""
    text = sent.text.strip()
    return bool(_SIGN_LINE.fullmatch(text))


def sign_offs(doc: Doc, sents: list[Span]) -> list[Span]:
    """The signature lines of a letters page: name-shaped lines of their own after some prose, at least
    MIN_SIGN_OFFS of them, or one followed by a place line ("Joseph Roe." / "Miami Beach."). A name
    line the tagger misreads ("Will Holliday": a modal and a date) counts once the page has signatures
    the model knows as people or handles."""
    prose = next((i for i, s in enumerate(sents) if i > 0 and not _name_line(s)
                  and any(t.pos_ in ("VERB", "AUX") for t in s)), len(sents))
    # after the first prose line: a name under the headline is a byline
    cands = [i for i in range(prose + 1, len(sents)) if _name_line(sents[i]) and _own_line(doc, sents[i])]
    sure = [i for i in cands if sents[i].text.startswith("@") or any(t.ent_type_ == "PERSON" for t in sents[i])]
    placed = [i for i in sure if i + 1 < len(sents) and _own_line(doc, sents[i + 1]) and all(
        t.ent_type_ == "GPE" or t.is_punct for t in sents[i + 1])]
    if len(sure) < MIN_SIGN_OFFS and not placed:
        return []
    return [sents[i] for i in cands]


def contributor_bio(doc: Doc, sents: list[Span]) -> list[Span]:
    """The closing line that introduces the writer ("Ann Roe is director of debate at Eastvale College."):
    the last line of the text, opening with a person's full name, "is" and a role. End matter, like a
    signature: it states no fact of the story (heldout14 1)."""
    if not sents:
        return []
    last = sents[-1]
    start = doc.text.rfind("\n", 0, last.start_char) + 1
    line = [s for s in sents if s.start_char >= start]
    if len(line) > 3:
        return []
    toks = [t for s in line for t in s]
    name = 0
    while name < len(toks) and toks[name].ent_type_ == "PERSON":
        name += 1
    # the line may be split inside a long description ("…, former adviser to Governor (then-Mayor) X, is …")
    be = next((t for t in toks if t.dep_ == "ROOT" and t.lemma_ == "be" and t.tag_ in ("VBZ", "VBD")), None)
    if name < 2 or be is None or not any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in be.children):
        return []
    if any(t.pos_ == "VERB" and t.tag_ in ("VBZ", "VBD", "VBP") for t in toks if t.i < be.i):
        return []
    return line


def signed_passages(signs: list[Span]) -> list[tuple[int, int]]:
    """Character ranges of the pieces that end in a sign-off (``signs``, from sign_offs): each from the
    sign-off before it (or the start of the text) to its own."""
    out, start = [], 0
    for s in signs:
        out.append((start, s.end_char))
        start = s.end_char
    return out


def opinion_ranges(doc: Doc, sents: list[Span], atts, signs: list[Span]) -> list[tuple[int, int]]:
    """Where the writer argues: the whole text of an opinion piece, else its signed pieces (``signs``,
    the sign_offs of ``sents``; none in a report)."""
    if opinion_piece(doc, sents, atts):
        return [(0, len(doc.text))]
    return signed_passages(signs)


def _personal(subj: Token) -> bool:
    """The writer or the reader is the subject ("I", "my wife and I", "your child"): a personal detail
    or a generic case, not a fact to check (decision 56). "My father" is a third person."""
    return any(t.lower_ in _PERSONS and t.tag_ == "PRP" or t.lower_ == "your" for t in subj.subtree)


def _named(tok: Token) -> bool:
    """A recognised name (the tag alone misleads: a Title Case headline is all proper nouns)."""
    return tok.ent_type_ in _NAMED


def _past_act(root: Token) -> bool:
    """A simple past, a perfect or a past passive: something that happened."""
    if root.tag_ == "VBD" and root.lemma_ != "be":
        return True
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return root.tag_ == "VBN" and any(a.lemma_ in ("have", "be") and a.tag_ in ("VBD", "VBZ", "VBP") for a in aux)


def checkable(span: Span) -> bool:
    """What a fact-checker can look up in a writer's clause: a figure or a date; an act in the past
    with a named doer ("Acme has closed the plant"), or a doer's simple past ("The mayor closed the
    park"); a relation between names ("X is a subsidiary of Y"). Not with "I", "we" or "you" as its
    subject, unless the writer recounts a past act of their own with a figure or a date."""
    root = span.root
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    figure = any((t.ent_type_ in _FIGURES or t.like_num) and t.lower_ != "one" for t in span)
    if subj and _personal(subj[0]):
        # the writer's own record with a figure ("I have taught in this town for 25 years"):
        # the ground the letter stands on, checkable; "you" is anyone, and a present "I" a feeling
        # ("for years", "every morning" are no figure: a habit told, not a record)
        counted = any(t.like_num and t.lower_ != "one" or t.ent_type_ in _FIGURES and any(ch.isdigit() for ch in t.text)
                      for t in span)
        return counted and _past_act(root) and not any(t.lower_ in _SECOND for t in subj[0].subtree)
    if figure:
        return True
    if not subj:
        # "Jane Doe, a financial adviser in Ohio": a name and what it is
        return _named(root) and any(c.dep_ == "appos" for c in root.children)
    doer = subj[0]
    if _past_act(root) and any(_named(t) for t in doer.subtree):
        return True
    if root.tag_ == "VBD" and root.lemma_ != "be" and doer.lower_ not in _VAGUE:
        return True  # "The mayor closed the park", "She left the network"
    if root.lemma_ == "be" and any(_named(t) for t in doer.subtree):
        return any(_named(t) for c in root.children if c.dep_ in ("attr", "prep") for t in c.subtree)
    return False
