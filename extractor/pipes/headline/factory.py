"""Title Case headlines, tagged and parsed as the sentence they are.

Many outlets capitalise every word of a headline ("Port Chief Misled Board Over Repairs, Engineer
Says"), or write all of it in capitals. The model, trained on running text, reads such a line as one
long name: verbs become proper nouns ("Misled" NNP), the parse has no clause, and the stages after it
find no report and no claim in the headline. This stage writes the headline again in sentence case,
lowering each word that the article itself never capitalises inside a sentence (the body is the
evidence: "Board" stays when the body writes "the Harbor Board", "Repairs" goes when it writes "the
repairs"), runs the model's tagger, parser and lemmatizer over that copy, and gives the headline's
tokens the copy's tags, lemmas and tree. Token texts, offsets and the model's entities stay as they
were. Nothing changes when the copy tokenizes differently or splits into other sentences.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.casing import is_title_case, shouted
from extractor.pipes.base import known_verbs

# the model's components that re-read the copy (those present in the pipeline are run, in its order)
_REREAD = ("tok2vec", "transformer", "tagger", "morphologizer", "news_lines", "parser", "attribute_ruler",
           "lemmatizer", "news_lemmas")
_OPENERS = frozenset({".", "!", "?", ":", '"', "“", "‘", "'", "(", "—", "-", "–"})


class HeadlineCase:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.verbs = known_verbs(nlp)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.title is None:
            return doc
        span = doc.char_span(*doc._.title, alignment_mode="expand")
        if span is None or len(span) < 3:
            return doc
        capitals = shouted(span.text)
        if capitals or is_title_case(span.text):
            self._recase(doc, span, capitals)
        for sent in span.sents:
            self._verb_root(sent)
        return doc

    def _verb_root(self, sent) -> None:  # noqa: ANN001 - a Span
        """'Federal court rules against the plan': a headline with no verb whose root is a plural noun
        after a noun that can be its subject, and whose singular is a verb, has that verb as its root."""
        root = sent.root
        if root.tag_ != "NNS" or any(t.pos_ in ("VERB", "AUX") for t in sent) or root.i == sent.start:
            return
        subj = root.doc[root.i - 1]
        if subj.head.i != root.i or subj.dep_ != "compound" or subj.pos_ not in ("NOUN", "PROPN"):
            return
        verb = root.lemma_.lower()
        if verb not in self.verbs or not any(c.i > root.i for c in root.children):
            return
        root.tag_, root.pos_, root.lemma_ = "VBZ", "VERB", verb
        root.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
        subj.dep_ = "nsubj"

    def _recase(self, doc: Doc, span, capitals: bool) -> None:  # noqa: ANN001 - a Span
        copy = self._reparsed(doc, span, capitals)
        if copy is None:
            return
        if [s.start for s in copy.sents] != [s.start - span.start for s in span.sents]:
            return  # the copy reads other sentences: keep the model's tree
        if sum(t.pos_ in ("VERB", "AUX") for t in copy) <= sum(t.pos_ in ("VERB", "AUX") for t in span):
            return  # the model found the clause's verbs in capitals already
        for tok, new in zip(span, copy, strict=True):
            tok.tag_ = new.tag_
            tok.pos_ = new.pos_
            tok.set_morph(new.morph)
            tok.dep_ = new.dep_
            tok.head = doc[span.start + new.head.i]
            tok.lemma_ = new.lemma_

    def _reparsed(self, doc: Doc, span, capitals: bool) -> Doc | None:  # noqa: ANN001 - a Span
        names = _capitalised_in_body(doc, span.end)
        words = []
        for k, tok in enumerate(span):
            text = tok.text
            if capitals and tok.is_alpha and text.isupper():
                # "FLOODS CLOSE THE OGDEN FAIR": a word keeps the capitals the body gives it ("FBI",
                # "East"); the others are lowered, the first word capitalised
                text = text if text in names else text.title() if text.title() in names or k == 0 else text.lower()
            elif k > 0 and text[:1].isupper() and not text.isupper() and text not in names and tok.is_alpha:
                text = text.lower()
            words.append(text + tok.whitespace_)
        copy = self.nlp.make_doc("".join(words))
        if [len(t) for t in copy] != [len(t) for t in span]:
            return None
        for name, proc in self.nlp.pipeline:
            if name in _REREAD:
                copy = proc(copy)
        return copy


def _capitalised_in_body(doc: Doc, after: int) -> frozenset[str]:
    """Words the article capitalises where a sentence does not start: its names."""
    out = set()
    for tok in doc[after:]:
        if tok.text[:1].isupper() and not tok.is_sent_start and tok.i > 0 and doc[tok.i - 1].text not in _OPENERS \
                and not doc[tok.i - 1].is_space:
            out.add(tok.text)
    return frozenset(out)


@Language.factory("news_headline")
def make_headline(nlp: Language, name: str) -> HeadlineCase:
    return HeadlineCase(nlp)
