"""The ``news_attributions`` factory: attribution relations from the parse.

A cue (a reporting verb, a nominal cue, "according to", or the colon of a
"Source: statement" headline) anchors each relation. The source is the cue's
subject (the antecedent for a relative pronoun, the agent of a passive, the
object of "according to", the possessor or "from"/"by" phrase of a noun cue);
the content is its clausal complement or object without the complementiser.
Quotations are found once per document, across line breaks, and stay robust
to unbalanced marks: an opening mark without a closing one ends at its line.
A participle cue without a subject inherits the source of the reporting
clause above it; a quotation without a cue of its own continues the previous
direct attribution; a cue with no content takes the quotation just before
it. Pronoun sources resolve to the nearest fitting earlier entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractor.pipes.base import (
    DASHES,
    PEOPLE_NOUNS,
    PERSON_PRONOUNS,
    CharSpan,
    is_person,
    neither_subject,
    regions,
    sentences,
    subtree_span,
    to_infinitive,
    trim,
)
from extractor.pipes.entities.patterns import given_name_genders
from extractor.resources import load_lines

_PKG = "extractor.pipes.attributions"
_OPENERS = {"“": "”", "„": "“", "«": "»"}
_CLOSERS = {"”", "»"}
_STRAIGHT = '"'
_RELATIVE = {"who", "which", "that", "whom"}
_MARKS = {"that", "whether", "if", "like"}  # "like": "I feel like it was rushed"
_CONTENT_PREPS = {"about", "on", "over", "regarding"}
_SOURCE_PREPS = {"from", "by"}
_MANNER_PREPS = {"by", "after", "before", "while", "without", "in", "upon", "on", "when"}
_CAUSE_PREPS = {"for", "from"}  # "apologized for saying ...", "aside from saying ..."
_FILED_STATES = {"missing", "stolen"}
_PATH_PREPS = {"into", "onto", "toward", "towards", "through", "across", "past", "along"}  # motion, not a frame
_CONTROL_BLOCKERS = frozenset(load_lines("control_blockers.txt", package=_PKG))
_DISPLAY_VERBS = frozenset(load_lines("display_verbs.txt", package=_PKG))
_DISCOVERY_VERBS = frozenset(load_lines("discovery_verbs.txt", package=_PKG))
_KNOWLEDGE_VERBS = frozenset(load_lines("knowledge_verbs.txt", package=_PKG))
_CLAUSE_ONLY = frozenset(load_lines("clause_only_cues.txt", package=_PKG))
_INFINITIVE_CLAIMS = frozenset(load_lines("infinitive_claims.txt", package=_PKG))
_PERCEPTION_VERBS = frozenset(load_lines("perception_verbs.txt", package=_PKG))
_ATTITUDE_NOUNS = frozenset(load_lines("attitude_nouns.txt", package=_PKG))
_BELIEF_STATES = frozenset(load_lines("belief_states.txt", package=_PKG))
_INTENTIONS = frozenset(load_lines("intention_cues.txt", package=_PKG))
_PLAIN_ADJECTIVES = frozenset(load_lines("plain_adjectives.txt", package=_PKG))
_POLL_VERBS = frozenset(load_lines("poll_verbs.txt", package=_PKG))
_POLL_NOUNS = frozenset(load_lines("poll_nouns.txt", package=_PKG))
_DURATIONS = frozenset(load_lines("duration_nouns.txt", package=_PKG))
_HONORIFIC_SEX = dict(line.split("\t") for line in load_lines("honorifics.tsv", package=_PKG))
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})  # a quoted speaker naming themself
_PERSON_SUBJECTS = _FIRST_PERSON | {"you", "he", "she", "they"}  # a person as subject: "They read a lot"
_STANDING_DEPS = {"dative", "dobj", "ccomp", "xcomp", "oprd", "advmod", "prep", "npadvmod"}  # a poll verb's standings
_ADDRESSEES = {"us", "me", "him", "her", "them", "you"}  # "showed us": a person shown to


@dataclass
class AttributionItem:
    type: str
    source: CharSpan | None
    cue: CharSpan
    content: CharSpan
    source_entity: int | None = None  # index into doc._.entities
    hedge: bool = False
    block: tuple[int, int] | None = None  # the quoted block a nested report sits in


@Language.factory("news_attributions", default_config={})
def make_attributions(nlp: Language, name: str) -> AttributionFinder:
    return AttributionFinder()


class AttributionFinder:
    """Lexicons are read once, when the component is built."""

    def __init__(self) -> None:
        rows = [line.split("\t") for line in load_lines("cue_verbs.tsv", package=_PKG)]
        self.verbs = {lemma: hedge == "1" for lemma, hedge in rows}
        self.np_verbs = frozenset(load_lines("np_content_verbs.txt", package=_PKG))
        self.objectless = frozenset(load_lines("objectless_cues.txt", package=_PKG))
        self.quote_only = frozenset(load_lines("quote_cues.txt", package=_PKG))
        self.frames: dict[str, dict[str, bool]] = {}  # lemma -> {preposition: hedge}: "praised X as/for Y"
        for lemma, prep, hedge in (line.split("\t") for line in load_lines("frame_verbs.tsv", package=_PKG)):
            self.frames.setdefault(lemma, {})[prep] = hedge == "1"
        self.nouns = frozenset(load_lines("cue_nouns.txt", package=_PKG))
        self.non_report: dict[str, set[str]] = {}  # lemma -> objects that give it another sense
        for lemma, obj in (line.split("\t") for line in load_lines("non_report_objects.tsv", package=_PKG)):
            self.non_report.setdefault(lemma, set()).add(obj)
        self.idioms: dict[str, set[str]] = {}  # lemma -> objects that make it a reporting idiom ("has it")
        for lemma, obj in (line.split("\t") for line in load_lines("clause_idioms.tsv", package=_PKG)):
            self.idioms.setdefault(lemma, set()).add(obj)
        self.prep_cues: dict[str, list[tuple[str, str]]] = {}
        for lemma, obj, prep in (line.split("\t") for line in load_lines("prep_cues.tsv", package=_PKG)):
            self.prep_cues.setdefault(lemma, []).append((obj, prep))
        self.headline_holders = frozenset(load_lines("headline_holders.txt", package=_PKG))
        self.headline_cues = frozenset(load_lines("headline_cues.txt", package=_PKG))
        self.anaphors = frozenset(load_lines("anaphoric_contents.txt", package=_PKG))
        self.light_verbs = frozenset(load_lines("light_verbs.txt", package=_PKG))
        self.gated = frozenset(load_lines("statement_gated_cues.txt", package=_PKG))
        self.statements = self.nouns | frozenset(load_lines("statement_objects.txt", package=_PKG))
        self.pronouns: dict[str, list[str]] = {}
        self.pronoun_sex: dict[str, str] = {}
        for line in load_lines("pronouns.tsv", package=_PKG):
            pronoun, labels, *sex = line.split("\t")
            self.pronouns[pronoun] = labels.split(",")
            if sex:
                self.pronoun_sex[pronoun] = sex[0]
        self.name_sex = given_name_genders()

    def __call__(self, doc: Doc) -> Doc:
        quotes = quote_spans(doc)
        found: list[AttributionItem] = []
        sents = list(sentences(doc))
        leads: list[tuple[int, tuple[int, int]]] = []
        for n, sent in enumerate(sents):
            items = self._verb_cues(doc, sent, quotes) + self._according_to(doc, sent, quotes)
            items += self._noun_cues(doc, sent, quotes) + _state_cues(doc, sent, quotes)
            said = self._said_colon(doc, sent, quotes)
            items = [it for it in items if not said or it.cue.start != said[0].cue.start] + said
            if n == 0 or _starts_line(doc, sent):
                items += self._headline(doc, sent, n == 0, quotes)
            if n == 0 and not items:
                items += self._title_case_cue(doc, sent)
            lead = _leading_quote(doc, sent, quotes)
            if lead is not None and _quoted_subject(doc, lead):
                lead = None  # '"Transition" is the firm's word for ...': a word mentioned, not a quotation spoken
            if lead is not None and all(lead[0] < it.cue.start < lead[1] for it in items):
                leads.append((n, lead))  # no cue of its own, or only reports nested inside it
            found.extend(items)
        found += _split_quote_tails(doc, quotes, found)
        found += _split_quote_heads(doc, quotes, found)
        found += _coordinated_quotes(doc, quotes, found)
        signed = _signed_quotes(doc, quotes, found)  # a signature names the quote's own speaker
        found += [a for a in _continuations(doc, found, leads, sents)
                  if not any(a.content.start == b.content.start for b in signed)]
        found += signed
        found = _transcript_turns(doc, found)
        _quoted_holders(quotes, found)
        found = _dedupe(_cut_at_framed_colon(doc, found, quotes))
        for item in found:
            if item.source_entity is None:
                item.source_entity = self._resolve(doc, item.source)
        _speakers_as_selves(doc, found)
        doc._.attributions = found
        return doc

    # -- verb cues ---------------------------------------------------------------
    def _is_cue(self, tok: Token) -> bool:
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        lemma = tok.lemma_.lower()
        if lemma in self.prep_cues and self._prep_cue(tok) is not None:
            return True
        if lemma == "point" and not any(c.lower_ == "out" for c in tok.children):
            return False
        if lemma == "show" and any(c.dep_ == "dative" for c in tok.children):
            return False  # "she showed authorities e-mails": a person handing over evidence, not a report
        if lemma == "show" and _shown_to_people(tok):
            return False  # "He showed us he is a fighter": a person proving by deeds, not a report
        if lemma == "call" and self._called(tok) is None:
            return False
        if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in self.non_report.get(lemma, ())
               for c in tok.children):
            return False  # "claimed the life of", "denied bail": killing, refusing; nothing is reported
        if lemma in _INTENTIONS and _own_plan(tok):
            return False  # "The firm expects to hire 200 workers": a plan, no belief about the world
        if lemma in _KNOWLEDGE_VERBS and not _known_fact(tok):
            return False  # "I don't know why", "wants to know if", "knew him": no clause is held as known
        if lemma in _DISCOVERY_VERBS and _small_clause(tok):
            return False  # "Deputies found him hiding": a discovery, not a report ("found that ..." stays one)
        if lemma == "read" and not _next_to_quote(tok) and any(
                c.dep_ == "nsubj" and c.lower_ in _PERSON_SUBJECTS for c in tok.children):
            return False  # "They read a lot": a reader reports nothing; a sign that reads, or one reading out a quote
        if lemma == "report" and any(c.lower_ in _FILED_STATES and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
                                     for c in tok.children):
            return False  # "the son reported him missing": filing a report, not asserting a content
        if lemma in self.objectless and any(c.dep_ == "dobj" for c in tok.children):
            return False  # "answered the door"
        if lemma in self.quote_only:
            return _next_to_quote(tok)
        if lemma in _CLAUSE_ONLY and not (any(c.dep_ == "ccomp" and c.i > tok.i or _like_clause(tok, c)
                                              for c in tok.children)
                                          and any(c.dep_ == "nsubj" for c in tok.children)):
            return False  # "voters feel the system is rigged" holds a belief, "felt betrayed" does not
        if lemma in self.gated and self._frame_prep(tok) is None:  # "rejected the claims", not "the offer"
            return any(c.dep_ == "dobj" and c.lemma_.lower() in self.statements for c in tok.children)
        if lemma == "make" and _made_plain(tok) is not None:
            return True  # "made it clear that ..."
        if self._idiom_object(tok) is not None:
            return True  # "Rumour has it that ..."
        if lemma == "put" and _as_frame(tok) and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            return True  # "as the senator put it, ..."
        if lemma in _POLL_VERBS and _standings(tok) is not None:
            return True  # "the survey gave Roe a lead"
        return lemma in self.verbs or self._frame_prep(tok) is not None or self._called(tok) is not None

    def _idiom_object(self, tok: Token) -> Token | None:
        """The object of a reporting idiom ("has it", "sent word") that a that-clause follows."""
        objs = self.idioms.get(tok.lemma_.lower())
        if objs is None:
            return None  # (asked of every cue candidate: most verbs have no idiom)
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in objs and c.i > tok.i), None)
        return obj if obj is not None and _idiom_clause(tok, obj) is not None else None

    def _prep_cue(self, tok: Token) -> tuple[Token, Token] | None:
        """(end of the cue phrase, preposition) of a cue that reports through its own preposition:
        "pointing to a study", "calling for talks", "took credit for the deal"."""
        for obj, prep in self.prep_cues.get(tok.lemma_.lower(), []):
            last = tok
            heads = [tok]
            if obj == "*":  # "reminded the crowd of how ...": the addressee holds the preposition
                heads += [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
            elif obj != "-":
                objs = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ == obj and c.i > tok.i]
                if not objs:
                    continue
                last = objs[0]
                heads.append(objs[0])
            for h in heads:
                for c in h.children:
                    # ("called on X to Y" may be parsed with "on" as a particle that holds the object)
                    if c.dep_ in ("prep", "prt") and c.lower_ == prep and c.i > tok.i and any(
                            g.dep_ in ("pobj", "pcomp") for g in c.children) \
                            and (not _call_on(tok, c) or _appeal(tok, c) is not None) \
                            and (obj != "*" or any(g.dep_ == "pcomp" or _has_clause(g) for g in c.children)):
                        # "*" reports a clause: "reminded us of how ..." ("reminded me of my father" does not)
                        return (c if obj == "-" else last), c  # "*": the cue stays the verb
            if obj == "-":
                mark = _for_clause_mark(tok, prep)
                if mark is not None:
                    return mark, mark
        return None

    def _called(self, tok: Token) -> tuple[int, int] | None:
        """Token range of what "call" describes: "called the plan a disaster" (object and predicate),
        "what he called his own surprise" (the predicate alone), "referring to X as Y"."""
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        if lemma == "call":
            oprd = [c for c in tok.children if c.dep_ == "oprd" and c.i > tok.i]
            if not oprd:
                return None
            objs = [c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < oprd[0].i]
            first = objs[0].left_edge.i if objs else oprd[0].left_edge.i
            return first, oprd[0].right_edge.i
        if lemma == "refer":
            for c in tok.children:
                if c.dep_ != "prep" or c.lower_ != "to" or c.i < tok.i:
                    continue
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if not objs:
                    continue
                as_ = [t for t in list(objs[0].subtree) + list(tok.children)
                       if t.dep_ == "prep" and t.lower_ == "as" and t.i > objs[0].i]
                if as_:
                    return objs[0].left_edge.i, max(as_[0].right_edge.i, objs[0].right_edge.i)
        return None

    def _hedge(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        return self.verbs[lemma] if lemma in self.verbs else any(self.frames.get(lemma, {}).values())

    def _frame_prep(self, tok: Token) -> Token | None:
        """The "at"/"as"/"to" of a frame cue ("put X at 6.1", "identified X as Y", "confessed to X")."""
        preps = self.frames.get(tok.lemma_.lower())
        if preps is None or tok.pos_ not in ("VERB", "AUX"):
            return None
        obj = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
        # "accused the government of negligence": the parse may hang the "of"/"for" on the object
        hung = [c for c in obj[0].children if c.dep_ == "prep" and c.lower_ in ("of", "for")] if obj else []
        for c in [*tok.children, *hung]:
            prep = c.lower_
            if c.dep_ != "prep" or prep not in preps or c.i < tok.i:
                continue
            if not any(g.dep_ in ("pobj", "pcomp") or (prep == "as" and g.dep_ == "amod")
                       for g in c.children):
                continue
            if prep == "at" and (not obj or not any(t.like_num for t in c.subtree)):
                continue
            if prep == "for" and (not obj or any(g.ent_type_ in ("DATE", "TIME") or g.lemma_ in _DURATIONS
                                                 for g in c.children if g.dep_ == "pobj")):
                continue  # "blasted the coast for hours": a span of time, not a reason
            if prep == "as" and not obj and not (tok.dep_ in ("relcl", "acl") and any(
                    g.dep_ in ("nsubj", "agent") for g in tok.children)):
                # "the bridge that the council sees as unsafe": the object is the gap, and so is the noun
                # a passive participle with its agent hangs on ("the victim, identified by police as X")
                continue
            return c
        return None

    def _verb_cues(self, doc: Doc, sent: Span, quotes: list[tuple[int, int]]) -> list[AttributionItem]:
        out = []
        for tok in sent:
            if not self._is_cue(tok):
                continue
            own = quotes
            block = None
            if _inside(tok.idx, quotes):
                opened = _quote_opened_at(doc, tok, quotes)
                if opened is None:
                    # a report inside a quoted block ('"..., police said. ..."'): nested, own frame
                    block = _enclosing(tok.idx, quotes)
                    opened = block
                own = [q for q in quotes if q != opened]  # he "claimed it was ...": a partial quote
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) and not any(
                    c.dep_ == "agent" for c in tok.children) and not _perfect_s(tok):
                continue  # "is said to", "is believed": holder-less, a hedge not an attribution
            if tok.lemma_.lower() == "point" and not any(c.lower_ == "out" for c in tok.children) \
                    and self._prep_cue(tok) is None:
                continue
            if tok.tag_ == "VBN" and not any(c.dep_ in ("agent", "aux", "auxpass") for c in tok.children) \
                    and not self._sentence_noun(tok) and not _as_frame(tok) and self._passive_as_frame(tok) is None \
                    and (tok.dep_ == "acl" or any(c.dep_ == "prep" and c.i == tok.i + 1 for c in tok.children)):
                continue  # "the woman accused of killing ...": a reduced passive, holder-less
            if _reduced_raising(tok):
                continue  # "A man said to have been ...", "a revolver believed to be ...": holder-less
            if self._future_act(tok):
                continue  # "The mayor will announce her decision Monday": nothing has been said yet
            if tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(
                    c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children) \
                    and self._passive_as_frame(tok) is None:
                continue  # "When asked if ...", "Asked about X, he said": the asker is not named
            if any((c.dep_ == "neg" or neither_subject(c)) and not _inside(c.idx, own if block is None else [block])
                   for c in tok.children) and not self._hedge(tok):
                continue  # "did not recommend charges", "Neither X nor Y said ...": nothing was said
            if tok.dep_ == "ccomp" and self._is_cue(tok.head) and (
                    inv := _inverted_subject(tok.head)) is not None and inv.head == tok:
                continue  # 'said a communique, read at a rally': the participle describes the holder
            source = _clip(doc, self._source(tok), sent)
            if source is None or _attitude(doc, source):
                continue
            for s, e in quotes:  # a closing mark the parse hung on the subject is not the holder's
                if s < source.start < e <= tok.idx and e < source.end:
                    start, end = trim(doc, e, source.end)
                    source = CharSpan(start, end)
            content = self._frame_content(doc, tok, sent, own) or self._phrase_content(doc, tok, sent, own) \
                or self._content(doc, tok, sent, own)
            if content is None:
                continue
            if source.start < content.end and content.start < source.end:
                continue
            if _perceived(tok) and not _in_own_clause(tok, content):
                continue  # "heard colleagues yelling": a sound heard, not the speaker of a quotation nearby
            if block is not None:
                content = _inside_marks(doc, content, block)
                if content is None or not _nested_report(source, content, block) or _unasserted(doc, tok, sent):
                    continue
            before = _clause_before_frame(doc, tok, sent, content, quotes)
            if before is not None:  # 'The pier was crowded, Ames said, and "nobody left."'
                out.append(AttributionItem("indirect", source, _cue_span(doc, tok), before, hedge=self._hedge(tok),
                                           block=block))
            phrase = self._prep_cue(tok)
            cue_span = _cue_span(doc, tok)
            if phrase is not None and phrase[0].i > tok.i and content.start >= phrase[0].idx + len(phrase[0]):
                cue_span = CharSpan(cue_span.start, phrase[0].idx + len(phrase[0]))  # "calling for", "taking credit"
            idiom = self._idiom_object(tok)
            if idiom is not None and content.start >= idiom.idx + len(idiom):
                cue_span = CharSpan(cue_span.start, idiom.idx + len(idiom))  # "has it", "sent word"
            out.append(AttributionItem(_kind(content, own), source, cue_span, content,
                                       hedge=self._hedge(tok), block=block))
            relay = _relaying_agent(tok)
            if relay is not None:  # "X, quoted by the website Y, said ...": Y reports it too
                out.append(AttributionItem(_kind(content, own), _noun_phrase(relay[1]), _tok_span(relay[0]),
                                           content, hedge=self._hedge(tok), block=block))
            echo = self._as_agent(tok)
            if echo is not None:  # "denied X, as alleged by Y": Y asserted the X that was denied
                out.append(AttributionItem(_kind(content, own), _noun_phrase(echo[1]), _tok_span(echo[0]),
                                           content, block=block))
            lead = _quoted_lead_clause(doc, tok, source, content, quotes)
            if lead is not None:  # 'After he "adjusted ...," officials say the cops ...': both reported
                out.append(AttributionItem(_kind(lead, quotes), source, _cue_span(doc, tok), lead,
                                           hedge=self._hedge(tok)))
        return out

    def _as_agent(self, cue: Token) -> tuple[Token, Token] | None:
        """'has denied X, as alleged by Y', 'confirmed X, as first reported by Y': an "as" clause of
        a passive cue with an agent gives the agent's own report of the same content; its cue and
        the agent's head noun are returned."""
        for c in cue.children:
            if c.dep_ == "advcl" and c.tag_ == "VBN" and self._is_cue(c) \
                    and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
                obj = _agent_object(c)
                if obj is not None:
                    return c, obj
        return None

    def _source(self, cue: Token, depth: int = 0) -> CharSpan | None:
        """Subject, passive agent, or the source inherited from the reporting clause above."""
        text = cue.doc.text
        stranded = _stranded_subject(cue) or _participle_subject(cue) or _frame_after_quote(cue) \
            or _swallowed_name(cue)
        if stranded is None and (holder := self._passive_as_frame(cue)) is not None:
            stranded = _noun_phrase(holder)
        if stranded is not None:  # "The town has power and officials say ...": not the town's report
            return stranded
        subjects = [c for c in cue.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and _perfect_s(cue))]
        if not subjects and _perfect_s(cue):  # "He's told ...": the subject hung on the "'s"
            subjects = [g for c in cue.children if c.dep_ == "auxpass" for g in c.children if g.dep_ == "nsubj"]
            if subjects:
                return _holder(subjects[0])
        if len(subjects) > 1:
            # '"… Full panic mode," said X': a subject the parse took from inside the closed quotation is
            # part of the quote; the holder is the other subject
            outside = [c for c in subjects if not (c.i < cue.i and any(
                t.tag_ == "''" for t in cue.doc[c.right_edge.i + 1:cue.i]))]
            subjects = outside or subjects
        if subjects and (holder := _inverted_object(cue)) is not None:
            return _noun_phrase(holder)  # '"Hooray," exclaimed Roe': the subject was the quotation's one word
        before = sorted((c for c in subjects if c.i < cue.i), key=lambda c: c.i)
        between = cue.doc[before[0].right_edge.i:before[-1].left_edge.i] if len(before) > 1 else []
        if len(before) > 1 and (_is_relative(before[0]) or any(
                t.text in (",", ";") or t.text in DASHES for t in between)):
            # "police, whom residents say make ...", "X fired 11 shots — the autopsy showed ...": of two
            # subjects, the one next to the cue is its own; the other belongs to a clause the parse lost
            subjects = [before[-1]]
        elif len(before) > 1 and cue.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.lemma_ == "have" and before[0].i < c.i < before[-1].i for c in cue.children):
            # "the exchange has Roe saying ...": "have" shows someone saying; the one shown speaks
            subjects = [before[-1]]
        for child in cue.children:
            if child in subjects:
                lo, hi = sorted((child.idx, cue.idx))
                if "\n" in text[lo:hi]:
                    continue  # a parse that ran across a line break
                return _joined_subject(cue, child)  # (its _holder reads "all of whom" too)
            if child.dep_ == "agent" and (agent := _agent_object(cue)) is not None:
                as_ = [g for g in agent.children if g.dep_ == "prep" and g.lower_ == "as" and g.i > agent.i]
                if as_:  # "described by police as X": the frame's "as" hangs on the agent
                    return _span(cue.doc[agent.left_edge.i:as_[0].i])
                return _holder(agent)
        partner = _lost_coordinate(cue)
        if partner is not None and depth <= 4 and self._speaking_subject(partner):
            # "the mayor who took her arm and said ...": the cue shares its partner's subject
            shared = self._source(partner, depth + 1)
            if shared is not None:
                return shared
        appended = _appended_frame(cue)
        if appended is not None:  # "X was a barracks, a well-placed source told the AP"
            return _span(cue.doc[appended.left_edge.i:cue.i])
        fronted = _appositive_participle(cue)
        if fronted is not None:
            return _noun_phrase(fronted[0])  # "Nashua Corp., rumored a target for months, said that ..."
        inverted = _inverted_subject(cue) or _inverted_object(cue) or _comma_frame(cue) or _holder_in_clause_after(cue)
        if inverted is not None:
            return _noun_phrase(inverted)  # '"…," said a government communique, read at a rally'
        if cue.dep_ == "ROOT" and cue.tag_ in ("VBD", "VBZ", "VBP"):
            lost = _lost_subject(cue)
            if lost is not None:
                return lost
        if depth > 4 or cue.head.i == cue.i:
            return None
        if cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN"):
            return _antecedent(cue)
        if self._sentence_noun(cue):
            noun = cue.head  # "An 18-year old male confessed to ...", parsed as a noun phrase
            return _span(cue.doc[noun.left_edge.i:cue.i])
        if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.dep_ == "prep":
            objs = [c for c in cue.head.head.children if c.dep_ == "dobj"]
            if objs and self._frame_prep(cue.head.head) is not None:
                return _noun_phrase(objs[0])  # "quoted the center as saying ...": the center speaks
            quoted = [c for c in cue.head.head.children if c.dep_ == "nsubjpass"]
            if quoted and cue.head.head.lemma_.lower() == "quote":
                return _holder(quoted[0])  # "X was quoted (by the agency) as saying ..."
        if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ in ("NOUN", "PROPN"):
            noun = cue.head
            if noun.lemma_.lower() in _TEXT_NOUNS or noun.lower_ in _TEXT_NOUNS:
                return _span(cue.doc[noun.left_edge.i:noun.i + 1])  # "banners reading ...", "a statement saying"
            if noun.dep_ in ("dobj", "pobj") and depth <= 4:
                # "An official downplayed the unrest saying ...": the participle belongs to the clause
                verb = noun.head.head if noun.dep_ == "pobj" else noun.head
                if verb.pos_ in ("VERB", "AUX"):
                    return self._source(verb, depth + 1)
            return None
        if cue.dep_ == "pcomp" and cue.tag_ == "VBG" and cue.head.dep_ == "prep" \
                and cue.head.lower_ in _MANNER_PREPS:
            return self._source(cue.head.head, depth + 1) or _patient(cue.head.head)  # "responded by saying ..."
        if cue.dep_ == "pcomp" and cue.tag_ == "VBG" and cue.head.dep_ in ("prep", "conj") \
                and cue.head.lower_ in _CAUSE_PREPS:
            verb = cue.head.head
            while verb.dep_ in ("prep", "conj") and verb.pos_ == "ADP" and verb.head.i != verb.i:
                verb = verb.head  # "for X and for saying ...": the first "for" holds the verb
            if cue.head.lower_ == "from":  # "aside from saying ...", not "refrained from saying"
                if verb.lower_ not in ("aside", "apart"):
                    return None
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                return None
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
            if objs and cue.head.lower_ == "for":
                return _holder(objs[0])  # "attacked the mayor for saying ...": the mayor said it
            return _patient(verb) or self._source(verb, depth + 1)  # "was fined for saying ..."
        if cue.tag_ == "VB" and to_infinitive(cue) and (
                cue.dep_ == "xcomp" or (cue.dep_ == "advcl" and any(
                    c.dep_ == "prt" and c.lower_ == "on" for c in cue.head.children))):
            return self._controller(cue.head)  # "went on to say", "was forced to acknowledge"
        if cue.dep_ == "ccomp" and cue.tag_ in _FINITE_TAGS and cue.i > 0 and cue.doc[cue.i - 1].dep_ == "cc" \
                and self._is_cue(cue.head) and cue.head.i < cue.i and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            # "said that X but said Y": the second cue, parsed as a clause of the first
            return self._source(cue.head, depth + 1)
        if cue.dep_ == "conj" or (_is_participle(cue) and cue.dep_ in ("advcl", "xcomp", "acl", "ccomp")):
            # the clause above gives the source, unless that clause is itself reported content
            # ("X speculated that Y might ..., emphasizing": the holder is X, not Y)
            anc = cue.head
            if cue.dep_ == "conj" and anc.lemma_.lower() in _CONTROL_BLOCKERS and cue.tag_ in ("VB", "VBP") \
                    and anc.tag_ in ("VBD", "VBZ") and any(c.dep_ == "xcomp" and c.i < cue.i for c in anc.children):
                return None  # "declined to threaten X or declare it ...": a bare form is a second "to" complement
            outer = self._frame_before_aside(cue) if cue.dep_ == "conj" else None
            if outer is None and cue.dep_ == "conj" and cue.tag_ in ("VBD", "VBZ") and anc.tag_ == "VB":
                # "X said that Y would do Z and suggested ...": a finite verb cannot be coordinated with
                # a bare one; it is the conjunct of the report above of the same form
                outer = next((a for a in anc.ancestors if a.tag_ == cue.tag_ and self._is_cue(a)), None)
            if outer is not None:
                return self._source(outer, depth + 1)
            if cue.dep_ == "conj" and not self._is_cue(anc) and self._speaking_subject(anc) \
                    and not _after_aside(anc, cue):
                # "X said the mayor took her arm and said ...": the conjunct shares its partner's
                # subject, also inside another report's content
                return self._source(anc, depth + 1)
            while anc.dep_ in ("ccomp", "xcomp", "parataxis", "conj") and anc.head.i != anc.i \
                    and not self._is_cue(anc):
                if cue.dep_ == "conj" and anc.dep_ == "xcomp" and anc.head.lemma_.lower() in _CONTROL_BLOCKERS:
                    return None  # "declined to threaten X or declare it responsible": no report made
                if self._is_cue(anc.head):
                    anc = anc.head
                    break
                anc = anc.head
            root = cue.sent.root
            if _is_participle(cue) and cue.i > 0 and cue.doc[cue.i - 1].text == "," and root.i < anc.i and any(
                    c.dep_ in ("nsubj", "nsubjpass") and _is_relative(c) for c in anc.children) \
                    and root.pos_ in ("VERB", "AUX"):
                # "X lit into the tenants who accused him, vowing to sue": the participle set off at the
                # end is the main clause's, not the relative clause's the parse hung it on
                anc = root
            moved = _moved_subject(anc) if not self._is_cue(anc) else None
            if moved is not None:  # "Farmers were angered by the decision, saying ...": the farmers said it
                return _holder(moved)
            found = self._source(anc, depth + 1)
            if found is None and _is_participle(cue) and cue.dep_ in ("advcl", "acl"):
                # "pledged to cut fares on routes nobody uses while promising to ...":
                # the participle hangs deep in the first report; the nearest cue above that names a
                # holder holds it ("urged X not to announce Y, saying ...": "announce" names none)
                ups = (self._source(a, depth + 1) for a in cue.ancestors if self._is_cue(a))
                return next((up for up in ups if up is not None), None)
            return found
        return None

    def _mute_subject(self, head: Token) -> bool:
        """The reported clause's subject is a thing that cannot speak ("said the flood had left him
        upset and vowed to ..."): a reporting verb coordinated to that clause is the holder's own."""
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            return False
        s = subj[0]
        return s.pos_ == "NOUN" and not s.ent_type_ and s.lemma_.lower() not in self.headline_holders \
            and s.lemma_.lower() not in _TEXT_NOUNS and not any(c.dep_ in ("conj", "appos") for c in s.children) \
            and s.lemma_.lower() not in PEOPLE_NOUNS

    def _speaking_subject(self, verb: Token) -> bool:
        """The verb's own subject can hold a report a conjunct of the verb makes. A personal or
        demonstrative pronoun cannot tell: "Rendell said he had been ill and called it ..." and "the
        brief said that was wrong and dismissed ..." leave the conjunct to the holder above (the
        pronoun mostly names that holder, or a thing); a relative pronoun stands for its antecedent."""
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        return bool(subj) and not self._mute_subject(verb) and (subj[0].pos_ != "PRON" or _is_relative(subj[0]))

    def _future_act(self, cue: Token) -> bool:
        """A report still to come: "will"/"shall" on the cue, or a reported "would" ("said the board
        would soon publish its audit"). A speaker's own "I'll tell you, …" is said as it is
        spoken, so a first-person subject keeps it."""
        mods = [c.lower_ for c in cue.children if c.dep_ == "aux" and c.tag_ == "MD"]
        future = any(m in ("will", "'ll", "shall", "wo") for m in mods) or (
            "would" in mods and cue.dep_ == "ccomp" and self._is_cue(cue.head))
        subj = [c for c in cue.children if c.dep_ == "nsubj"]
        return future and not (subj and subj[0].lower_ in _FIRST_PERSON)

    def _passive_as_frame(self, cue: Token) -> Token | None:
        """The holder of a passive "as" frame on a plain clause ("As reported by the Daily Post, X",
        "As stated in the audit, X"); on a report ("denied X, as alleged by Y") it echoes that report."""
        if cue.tag_ != "VBN" or not _as_clause(cue) or self._is_cue(cue.head):
            return None
        return _as_passive_holder(cue)

    def _controller(self, verb: Token) -> CharSpan | None:
        """The holder of a report in a "to" complement: the subject of the verb above it, when that verb
        says the report was made ("went on to say", "was forced to acknowledge"), not that it was
        wanted, planned, refused or asked for; an object above it ("urged him to say") is no holder."""
        lemma = verb.lemma_.lower()
        if lemma in _CONTROL_BLOCKERS or verb.pos_ not in ("VERB", "AUX") or self._is_cue(verb):
            return None
        if lemma == "go" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
            return None  # "is going to say": a plan
        if any(c.dep_ in ("neg", "dobj", "dative") for c in verb.children):
            return None
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        if not subj and verb.dep_ == "conj" and verb.tag_ != "VBG":  # "X owns a boat and appears to think ..."
            subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.head.i]
        if not subj and verb.tag_ == "VBG":
            return self._frame_before_participle(verb)  # '"…," X said, going on to argue that …'
        if not subj or subj[0].lower_ in ("who", "what") and subj[0].dep_ != "relcl" and verb.dep_ != "relcl":
            return None  # "Who's to say that ...": a question names no holder
        lo, hi = sorted((subj[0].idx, verb.idx))
        return None if "\n" in verb.doc.text[lo:hi] else _holder(subj[0])

    def _frame_before_participle(self, verb: Token) -> CharSpan | None:
        """The holder of a participle set off by a comma right after a reporting frame ('"…," X said,
        going on to say …'): the participle shares the frame's subject, whatever the parse hung it on."""
        doc = verb.doc
        if verb.i < 2 or doc[verb.i - 1].text != ",":
            return None
        frame = doc[verb.i - 2]
        subj = [c for c in frame.children if c.dep_ == "nsubj"]
        if frame.sent != verb.sent or not subj or not self._is_cue(frame):
            return None
        return _holder(subj[0])

    def _frame_before_aside(self, conj: Token) -> Token | None:
        """'X said Y – he "claimed Z" – and added W': a conjunct after an aside set off by dashes
        continues the reporting clause before the aside, whichever of the two the parse made head."""
        head, doc = conj.head, conj.doc
        subj = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
        if not subj or subj[0].left_edge.i == 0:
            return None
        open_dash = subj[0].left_edge.i - 1
        if doc[open_dash].text not in DASHES or not any(t.text in DASHES for t in doc[head.i + 1:conj.i]):
            return None
        sent = conj.sent
        frames = [t for t in doc[sent.start:open_dash] if self._is_cue(t) and any(
            c.dep_ == "nsubj" for c in t.children)]
        return frames[-1] if frames else None

    def _sentence_noun(self, cue: Token) -> bool:
        """A frame cue hung on a root noun: the parser took the sentence for a noun phrase."""
        return cue.dep_ == "acl" and cue.head.dep_ == "ROOT" and cue.head.pos_ in ("NOUN", "PROPN") \
            and cue.head.i < cue.i and self._frame_prep(cue) is not None

    def _frame_content(self, doc: Doc, cue: Token, sent: Span, quotes) -> CharSpan | None:
        """"put the magnitude at 6.1", "identified X as Y": object through the frame's preposition."""
        prep = self._frame_prep(cue)
        if prep is None:
            return None
        objs = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
        if objs:
            first = objs[0].left_edge.i
        else:
            # "sees X as unsafe" keeps its "as"; "identified by police as X" reports X, as "described" does
            bare = prep.lower_ == "as" and not any(c.dep_ == "agent" for c in cue.children)
            first = prep.i if bare else min(
                t.i for g in prep.children if g.dep_ in ("pobj", "pcomp") for t in g.subtree)
        last = prep.right_edge.i
        saying = [g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and self._is_cue(g)]
        if saying and cue.lemma_.lower() == "quote" and not any(
                c.dep_ in ("ccomp", "xcomp") for c in saying[0].children):
            # "quoted witnesses as saying tanks are patrolling": what follows "saying" is the quote,
            # whatever the parse hung it on
            last = max(last, max((t.i for t in sent if not t.is_punct), default=last))
        first, last = max(first, sent.start), min(last, sent.end - 1)
        start, end = trim(doc, doc[first].idx, doc[last].idx + len(doc[last]))
        return _extend_to_quotes(CharSpan(start, end), quotes) if end > start else None

    def _phrase_content(self, doc: Doc, cue: Token, sent: Span, quotes) -> CharSpan | None:
        """What a prepositional cue ("calling for X", "pointing to X", "warn on X") or "call X Y" /
        "refer to X as Y" reports; a clause of the cue's own ("warned on Tuesday that ...") wins."""
        called = self._called(cue)
        if called is not None:
            first, last = called
        else:
            phrase = self._prep_cue(cue)
            appeal = _appeal(cue, phrase[1]) if phrase is not None else None
            if phrase is None or (appeal is None and any(c.dep_ in ("ccomp", "xcomp") and c.i > cue.i
                                                         for c in cue.children)):
                return None
            prep = phrase[1]
            if prep.dep_ == "mark":  # "called for the board to publish the audit": the clause after "for"
                first, last = prep.i + 1, prep.head.right_edge.i
            else:
                objs = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
                if objs[0].ent_type_ in ("DATE", "TIME"):
                    return None  # "warned on Tuesday"
                first, last = objs[0].left_edge.i, (prep if appeal is None else appeal).right_edge.i
        first, last = max(first, sent.start), min(last, sent.end - 1)
        if last < first:
            return None
        span = _cut_tail(doc, doc[first:last + 1], cue, self)
        start, end = trim(doc, span.start_char, span.end_char)
        return _extend_to_quotes(CharSpan(start, end), quotes) if end > start else None

    def _content(self, doc: Doc, cue: Token, sent: Span, quotes: list[tuple[int, int]]) -> CharSpan | None:
        standings = _standings(cue) if cue.lemma_.lower() in _POLL_VERBS else None
        if standings is not None:
            start, end = trim(doc, standings.start_char, standings.end_char)
            if end > start:
                return CharSpan(start, end)
        holder = _inverted_object(cue)
        kids = [c for c in cue.children if c != holder]  # '"…," confirmed the coach': the holder, no object
        taken = _holder_in_clause_after(cue)
        if taken is not None:  # '"…," said the mayor as the vote passed': that clause is the setting
            kids = [c for c in kids if c != taken.head]
        if (_as_frame(cue) or self._passive_as_frame(cue) is not None) and not any(
                c.dep_ in ("ccomp", "xcomp") for c in kids):
            # "As the senator noted, the plan ...", "the plan, as she put it, is ...": the clause the
            # frame hangs on is what was said, the frame left out
            # a frame inside the clause keeps the predicate after it (the subject stays out, D28)
            clause = [t for t in cue.head.subtree if sent.start <= t.i < sent.end and not t.is_punct]
            after = [t for t in clause if t.i > cue.right_edge.i]
            toks = after or [t for t in clause if t.i < cue.left_edge.i]
            if toks:
                lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1])
                start, end = trim(doc, lo, hi)
                if end > start:
                    return _extend_to_quotes(CharSpan(start, end), quotes)
        plain = _made_plain(cue)
        if plain is not None:  # "has made clear that X": the clause, not the adjective
            return self._clause_content(doc, plain, cue, quotes, sent)
        idiom = self._idiom_object(cue)
        if idiom is not None and (clause := _idiom_clause(cue, idiom)).head == idiom:
            return self._clause_content(doc, clause, cue, quotes, sent)  # "sent word that X": not the object
        if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.lemma_.lower() in self.np_verbs \
                and _agent_object(cue) is not None and cue.head.pos_ == "NOUN" and not any(
                    c.dep_ in ("ccomp", "xcomp", "dobj") for c in kids):
            # "a $50,000 reward announced by the mayor": the noun the participle describes is what was announced
            noun = cue.head
            start, end = trim(doc, noun.left_edge.idx, noun.idx + len(noun))
            if end > start and noun.left_edge.i >= sent.start:
                return CharSpan(start, end)
        or_so = _or_so_clause(cue) or _before_comma_frame(cue)
        if or_so is not None:  # "The plant will close, or so the union claims": the clause before the frame
            return _extend_to_quotes(or_so, quotes)
        ordered = [c for dep in ("ccomp", "parataxis", "xcomp") for c in kids if c.dep_ == dep
                   and not _relative_subject(c, cue)]
        if cue.lemma_.lower() in _CLAUSE_ONLY:  # "I feel like the vote was rushed"
            ordered += [c for c in kids if _like_clause(cue, c)]
        fronted = _appositive_participle(cue)
        if fronted is not None:  # the participle set off after the holder describes it, it reports nothing
            ordered = [c for c in ordered if c != fronted[1]]
        # content before the cue needs a separator ("X happened, he said"; '"X," he said')
        ordered = [c for c in ordered if c.i > cue.i or _sets_off(cue.doc[c.right_edge.i:cue.i])]
        if any(c.dep_ == "ccomp" and c.i > cue.i for c in ordered):
            ordered = [c for c in ordered if c.i > cue.i or not _displaced_clause(c, cue, quotes)]
            # "X fired 11 shots — the autopsy showed that Y": the clause before the dash is not the report;
            # nor is a label before a colon ("One thing is clear: my friends tell me Y")
            ordered = [c for c in ordered if c.i > cue.i or not any(
                t.text in DASHES or t.text == ":" for t in cue.doc[c.right_edge.i:cue.i])]
        objs = [c for c in kids if c.dep_ in ("dobj", "attr") and c.i > cue.i]
        if objs and (self._object_reports(cue) or _has_clause(objs[0])) and not (
                cue.doc[objs[0].left_edge.i - 1].text == "," and any(c.i < cue.i for c in ordered)):
            # "it denies claims that ...": the object after the cue wins over a clause before it (not a
            # gloss set off after the frame: "X happened, the agency reported, proof that Y")
            ordered = [c for c in ordered if c.i > cue.i]
        if self._anaphor(cue) is not None:  # "They want a deal, I don't think so": "so" is the report
            ordered = [c for c in ordered if c.i > cue.i]
        for child in ordered:
            if child.tag_ == "VBG" and self._is_cue(child) and doc[child.left_edge.i - 1].text == ",":
                continue  # ", stating ...": a participle cue of its own, not this cue's content
            if child.i < cue.i and self._is_cue(child) and any(c.dep_ == "nsubj" for c in child.children) \
                    and any(c.i > cue.i for c in ordered) and not _inside(child.idx, quotes):
                continue  # "Some said X, Dorsey said Y": the clause before is a report of its own
                # ('"I think X," she said, "but Y"': a quotation is the speaker's own words)
            if child.dep_ == "xcomp" and not any(t.dep_ in ("nsubj", "dobj", "ccomp") for t in child.subtree) \
                    and not _directive(cue, child) and cue.lemma_.lower() not in _INFINITIVE_CLAIMS:
                continue
            span = self._clause_content(doc, child, cue, quotes, sent)
            if span is not None:
                later = [c for c in ordered if c.dep_ == "ccomp" and c.i > child.i > cue.i]
                last_cue = bool(later) and self._is_cue(later[-1]) and (
                    doc[later[-1].i - 1].lower_ == "but" or any(c.dep_ == "nsubj" for c in later[-1].children))
                if later and (last_cue or any(t.i != cue.i and self._is_cue(t) for t in doc[child.i + 1:later[-1].i])):
                    # 'says X, pointing to a study that says Y', '"I thought X," testified Y', 'said X but said
                    # Y': the later clause is the other cue's
                    later = []
                if later and child.dep_ == "ccomp":  # "says the woman accused of X is Y": one clause, split
                    tail = self._clause_content(doc, later[-1], cue, quotes, sent)
                    if tail is not None and tail.end > span.end:
                        span = CharSpan(span.start, tail.end)
                return span
        objs = [c for c in kids if c.dep_ == "dobj" and c.i > cue.i and c.pos_ in ("NOUN", "PROPN")]
        stranded = _stranded_predicate(cue, objs[0]) if objs and cue.lemma_.lower() not in self.np_verbs else None
        if objs and stranded is None:
            stranded = _bare_clause_predicate(objs[0])
        if stranded is not None:  # "a study that says premiums, on average, would be lower"
            span = _cut_tail(doc, doc[objs[0].left_edge.i:min(stranded.right_edge.i, sent.end - 1) + 1], cue, self)
            start, end = trim(doc, span.start_char, span.end_char)
            if end > start:
                return _extend_to_quotes(CharSpan(start, end), quotes)
        clause = _that_clause_below(cue)
        if clause is not None:  # "said in a statement that ...", "has said so far that ..."
            span = self._clause_content(doc, clause, cue, quotes, sent)
            if span is not None:
                return span
        objs = [c for c in kids if c.dep_ in ("dobj", "attr") and c.i > cue.i]
        if objs:
            obj = objs[0]
            rest = [t for t in doc[obj.i + 1:sent.end] if not t.is_punct and not t.is_space]
            if obj.lower_ == "that" and obj.i == cue.i + 1 and len(rest) > 2:
                # "Police say that on Saturday ...": a complementiser the parser took for an object
                last = sent.end - 1
                nxt = doc[sent.end] if sent.end < len(doc) else None
                if _abbreviation_end(doc[last]) and nxt is not None and "\n" not in doc[last].whitespace_ \
                        and not nxt.is_space:
                    last = max(t.i for t in nxt.sent if not t.is_space)  # a sentence cut at "p.m."
                start, end = trim(doc, doc[obj.i + 1].idx, doc[last].idx + len(doc[last]))
                if end > start:
                    return _extend_to_quotes(CharSpan(start, end), quotes)
            if obj.lower_ in ("this", "that", "it", "so") and cue.lemma_.lower() not in self.np_verbs:
                prev = _quote_before(doc, sent, quotes)
                if prev is not None:
                    return CharSpan(*prev)
            if self._object_reports(cue) or _has_clause(obj):
                end_tok = obj
                shown = cue.lemma_.lower() in _DISPLAY_VERBS  # "showing her with a lead", "shows him ahead"
                # a shown standing: the object with an adverb right after it ("shows her up by 6 points")
                small = shown and obj.right_edge.i + 1 < len(doc) and doc[obj.right_edge.i + 1].dep_ == "advmod"
                for c in kids:  # "claimed responsibility for the attacks", "lists X as an employee"
                    after = c.i > obj.i and (c.lower_ in ("for", "as", "of", "to", "through")
                                             or shown and c.lower_ == "with")
                    if c.dep_ == "prep" and after or shown and c.dep_ == "advmod" and c.i == obj.right_edge.i + 1:
                        end_tok = c
                    elif small and end_tok is not obj and c.i == end_tok.right_edge.i + 1 \
                            and c.dep_ in ("prep", "advmod", "npadvmod"):
                        end_tok = c  # the small clause runs on: "shows her up by 6 points in Iowa"
                first = max(obj.left_edge.i, sent.start)
                last = min(end_tok.right_edge.i, sent.end - 1)
                span = _cut_tail(doc, doc[first:last + 1], cue)
                start, end = trim(doc, span.start_char, span.end_char)
                if end > start:
                    return _extend_to_quotes(CharSpan(start, end), quotes)
        anaphor = self._anaphor(cue)
        if anaphor is not None:  # "said as much", "has said the same thing"
            return anaphor
        outside = [q for q in quotes if q[1] > sent.start_char and q[0] < sent.end_char
                   and not (q[0] <= cue.idx < q[1])]
        near = [q for q in outside if q[1] <= cue.idx and cue.idx - q[1] < 60]
        near += [q for q in outside if q[0] > cue.idx and q[0] - (cue.idx + len(cue)) < 40
                 and not _quoted_subject(doc, q)]
        if near:
            return CharSpan(*near[0])
        reported = self._passive_object(cue)
        if reported is not None:  # "The closure was first reported by the Daily Post": what was reported
            return _extend_to_quotes(reported, quotes)
        topic = _prep_object(cue, "as" if any(c.dep_ == "agent" for c in kids) else "about")
        if topic is not None:
            # "was described by police as X" (the passive frame's agent holds it); "told jurors
            # about X": what the report is about, the preposition left out
            first, last = max(topic.left_edge.i, sent.start), min(topic.right_edge.i, sent.end - 1)
            span = _cut_tail(doc, doc[first:last + 1], cue)
            start, end = trim(doc, span.start_char, span.end_char)
            if end > start:
                return _extend_to_quotes(CharSpan(start, end), quotes)
        frame = [t for t in cue.subtree if not t.is_punct]
        lo, hi = frame[0].i, frame[-1].i
        subj = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
        fronted = bool(subj) and cue.dep_ == "parataxis" and any(
            t.text == "," for t in doc[lo:subj[0].left_edge.i])  # "Days into the search, police said, X"
        if cue.dep_ in ("parataxis", "advcl") and cue.head.i > hi and cue.head.pos_ in ("VERB", "AUX") \
                and ((sent.start < lo and doc[lo - 1].text == ",") or fronted) and hi + 2 < sent.end \
                and doc[hi + 1].text == ",":
            # "But to prevent it, he said, officials should be vigilant": the reported clause wraps
            # the cue; as for a wrapped complement, the content is the side that holds its head
            last = min(cue.head.right_edge.i, sent.end - 1)
            start, end = trim(doc, doc[hi + 2].idx, doc[last].idx + len(doc[last]))
            if end > start:
                return _extend_to_quotes(CharSpan(start, end), quotes)
        if cue.dep_ == "advcl" and cue.head.i > cue.right_edge.i and cue.head.pos_ in ("VERB", "AUX") \
                and cue.right_edge.i + 1 < sent.end and _in_subtree(doc[cue.right_edge.i + 1], cue.head) \
                and not doc[cue.right_edge.i + 1].is_punct and not any(
                    c.dep_ in ("ccomp", "xcomp", "dobj") for c in kids) and any(
                    c.dep_ == "mark" and c.lower_ in _CONCESSIVE_MARKS for c in kids):
            # "While he acknowledged X was Y, Z noted ...": the parse made the report the head of the
            # clause that frames it; the report is that head's words right after the frame
            toks = [t for t in cue.head.subtree if t.i > cue.right_edge.i]
            last = toks[0].i
            while last + 1 <= toks[-1].i and doc[last + 1] in toks:
                last += 1
            start, end = trim(doc, toks[0].idx, doc[last].idx + len(doc[last]))
            if end > start:
                return _extend_to_quotes(CharSpan(start, end), quotes)
        if cue.dep_ in ("ccomp", "parataxis") and cue.head.i != cue.i and cue.head.i < cue.i \
                and not any(c.dep_ == "mark" for c in cue.children):
            # "X happened, he said." parsed with the clause as the head ("so close that Katie thought
            # of ..." is a subordinate clause, not a frame)
            head = cue.head
            toks = [t for t in head.subtree if t.i < cue.i and not _in_subtree(t, cue)]
            if toks and not _sets_off(doc[toks[-1].i:cue.i]):
                toks = []  # "to keep Saddam guessing": no comma or mark sets a report off before the frame
            if toks:
                span = doc[toks[0].i:toks[-1].i + 1]
                start, end = trim(doc, span.start_char, span.end_char)
                if end > start:
                    return _extend_to_quotes(CharSpan(start, end), quotes)
        if _frame_to_colon(cue, sent):
            nxt = _block_after(doc, sent, quotes)  # 'He said in a briefing:' and the quotation below it
            if nxt is not None:
                return nxt
        prev = _quote_before(doc, sent, quotes)
        after = [t for t in doc[cue.i + 1:sent.end] if not t.is_punct]
        if prev is not None and cue.i - sent.start <= 4 and len(after) <= 3:
            return CharSpan(*prev)  # '"…" \n He said.' with the speaker in the next sentence
        if cue.dep_ in ("ccomp", "parataxis") and cue.head.i > cue.i and cue.left_edge.i == sent.start \
                and cue.right_edge.i + 2 < sent.end and doc[cue.right_edge.i + 1].text == "," \
                and any(c.dep_ == "nsubj" and c.left_edge.i == sent.start for c in cue.children) \
                and cue.right_edge.i - cue.i <= 4 and cue.head.pos_ in ("VERB", "AUX") and not self._is_cue(cue.head):
            # "A senior source tells CNN, there is a lot of evidence": the frame opens the sentence and
            # the parse made the report its head
            first, last = cue.right_edge.i + 2, min(cue.head.right_edge.i, sent.end - 1)
            start, end = trim(doc, doc[first].idx, doc[last].idx + len(doc[last]))
            if end > start:
                return _extend_to_quotes(CharSpan(start, end), quotes)
        that = _inverted_that(cue)
        if that is not None:  # "The warden keeps insisting, on every radio show, that X": parsed as X's clause
            last = min(that.head.right_edge.i, sent.end - 1)
            start, end = trim(doc, doc[that.i + 1].idx, doc[last].idx + len(doc[last]))
            if end > start:
                return _extend_to_quotes(CharSpan(start, end), quotes)
        appended = _appended_frame(cue)
        if appended is not None and appended.left_edge.i - 1 > sent.start:
            last = appended.left_edge.i - 2
            span = doc[sent.start:last + 1]
            start, end = trim(doc, span.start_char, span.end_char)
            if end > start:
                return _extend_to_quotes(CharSpan(start, end), quotes)
        if prev is not None and _split_quote_frame(doc, cue, sent, prev):
            return CharSpan(*prev)  # '"What right …?" X said during a news conference.'
        return _clause_after_setting(doc, cue, sent, quotes)

    def _anaphor(self, cue: Token) -> CharSpan | None:
        """An object or adverb that stands for an earlier statement ("said as much", "has said the
        same thing", `data/anaphoric_contents.txt`): the report's content as the text gives it."""
        for c in cue.children:
            if c.dep_ not in ("dobj", "advmod") or c.i <= cue.i:
                continue
            words = cue.doc[c.left_edge.i:c.i + 1]
            if words.text.lower() in self.anaphors:
                return CharSpan(words.start_char, words.end_char)
        return None

    def _object_reports(self, cue: Token) -> bool:
        """The cue's object is what it reports: "denied any links", and "found" when a study,
        report or survey finds ("a study found 31 cases of fraud"; a person who finds a body
        reports nothing)."""
        lemma = cue.lemma_.lower()
        subj = [c for c in cue.children if c.dep_ == "nsubj"]
        if lemma in self.np_verbs or lemma in self.gated:
            return not (lemma in _DISPLAY_VERBS and subj and is_person(subj[0]))
        return lemma == "find" and bool(subj) and subj[0].lemma_.lower() in _TEXT_NOUNS

    def _passive_object(self, cue: Token) -> CharSpan | None:
        """The subject of a passive cue with an agent, when the cue's object is its content ("The
        plan was announced by the ministry"): the holder is the agent, the subject what it reported.
        Not "was described by police as X" (the "as" phrase is the content) nor a relative pronoun."""
        if cue.lemma_.lower() not in self.np_verbs or not any(c.dep_ == "agent" for c in cue.children):
            return None
        if _prep_object(cue, "as") is not None:
            return None
        subj = [c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i and c.pos_ in ("NOUN", "PROPN")]
        if not subj or cue.dep_ == "relcl":
            return None
        return _noun_phrase(subj[0])

    def _clause_content(self, doc: Doc, head: Token, cue: Token, quotes, sent: Span) -> CharSpan | None:
        marks = [t for t in head.children if t.dep_ == "mark" and t.lower_ in _MARKS and t.i < head.i]
        toks = [t for t in head.subtree if t not in marks]
        for c in head.children:  # "believe X had a gun — and perceive Y as Z": a cue of its own
            if c.dep_ == "conj" and c.i > head.i and self._is_cue(c) and not _second_complement(c) and (
                    self._frame_prep(c) is not None or any(g.dep_ == "nsubj" for g in c.children)
                    or (self._mute_subject(head) and not any(g.dep_ in ("auxpass", "nsubjpass") for g in c.children))):
                cut = min(t.i for t in c.subtree)
                ccs = [t for t in head.children if t.dep_ in ("cc", "punct") and t.i < cut]
                while ccs and ccs[-1].i == cut - 1:
                    cut = ccs.pop().i
                toks = [t for t in toks if t.i < cut]
        if not toks:
            return None
        lo, hi = max(toks[0].i, sent.start), min(toks[-1].i, sent.end - 1)
        while hi > lo and doc[hi].dep_ == "cc" and doc[hi].head.i < hi:
            hi -= 1  # "… ought to be sold but [said Y]": a coordinator left by a conjunct parsed elsewhere
        if lo < cue.i < hi:  # content wraps the cue ("X, he said, Y"): keep the side of the head
            lo, hi = (cue.i + 1, hi) if head.i > cue.i else (lo, cue.i - 1)
        dashes = [t.i for t in sent if t.text in DASHES]
        if any(d < cue.i for d in dashes):  # "— the day the autopsy showed X — the crowd ...": X only
            after = [d for d in dashes if lo < d <= hi and d > cue.i]
            if after:
                hi = after[0] - 1
        span = _cut_tail(doc, doc[lo:hi + 1], cue, self)
        start, end = trim(doc, span.start_char, span.end_char)
        first = doc.char_span(start, start + 4)
        if doc.text[start:start + 5].lower() == "that " and cue.i < head.i \
                and not (first is not None and first[0].dep_ in ("nsubj", "nsubjpass") and first[0].head == head):
            start += 5  # (not the pronoun subject: "I guess that cost them")
        elif doc.text[start:start + 6].lower() == "that, " and cue.i < head.i:
            start += 6  # "joked that, among X, Y ranks ...": the complementiser before an aside
        if end <= start:
            return None
        return _extend_to_quotes(CharSpan(start, end), quotes)

    # -- other cues -----------------------------------------------------------------
    def _according_to(self, doc: Doc, sent: Span, quotes) -> list[AttributionItem]:
        out = []
        for tok in sent:
            if tok.lower_ != "according" or tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ != "to":
                continue
            to = doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"] or [
                t for t in doc[to.i + 1:sent.end] if t.pos_ in ("PROPN", "NOUN", "PRON")][:1]
            if not objs:
                continue
            source = _clip(doc, _noun_phrase(objs[0]), sent)
            if source is None:
                continue
            source = _dangling_conjunct(doc, source, sent)
            # the holder's own appositive or relative clause ("according to X, who was ...") is no content
            phrase_start, phrase_end = tok.idx, min(max(source.end, _set_off_end(objs[0])), sent.end_char)
            clause = _clause_range(doc, sent, tok)
            aside = [t for t in sent if t.idx >= phrase_end]
            comma = next((k for k, t in enumerate(aside[1:], 1) if t.text == ","), None)
            if aside and aside[0].text == "," and comma is not None and comma > 1 \
                    and aside[1].tag_ in ("DT", "PRP$") and not any(t.pos_ in ("VERB", "AUX") for t in aside[:comma]) \
                    and any(t.tag_ in _FINITE_TAGS for t in aside[comma:]):
                # "According to X, a spokesman for Y, the plan failed": the holder's description set off
                # by commas, whatever the parse hung it on
                phrase_end = aside[comma].idx
            rest = trim(doc, phrase_end, clause[1])
            if tok.i == sent.start and rest[1] <= rest[0]:
                # "According to X, the plan smacks of panic": a set-off phrase that runs to the end of the
                # sentence is the report the parse took for an appositive, not the holder's description
                phrase_end = source.end
            before = trim(doc, clause[0], phrase_start)
            after = trim(doc, phrase_end, clause[1])
            content = before if before[1] - before[0] >= after[1] - after[0] else after
            if content[1] <= content[0] and tok.i == sent.start:
                content = _next_line_sentence(doc, sent)  # "According to police\nTwo men died in the fire."
            if content[1] <= content[0]:
                continue
            span = _extend_to_quotes(CharSpan(*content), quotes)
            out.append(AttributionItem(_kind(span, quotes), source, CharSpan(tok.idx, to.idx + len(to)), span))
        return out

    def _noun_cues(self, doc: Doc, sent: Span, quotes) -> list[AttributionItem]:
        out = []
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in self.nouns:
                continue
            if tok.dep_ == "dobj" and self._is_cue(tok.head) and not any(c.dep_ == "poss" for c in tok.children) \
                    and (_to_clause(tok) is None or _named_compound(tok) is None):
                # "denies claims that ...": the noun is the content of the verb cue; one with a holder of
                # its own ("rejected their assertion that ...") is also a report nested in that content
                continue
            source = content = None
            from_poss = False
            that = _noun_that_clause(tok)
            clause = _span(subtree_span(that[0], exclude=[that[1]])) if that is not None else None
            for child in tok.children:
                if child.dep_ == "poss" and (child.lower_ not in ("its", "their", "his", "her", "our", "my")
                                             or (that is not None and that[0].dep_ != "relcl")):
                    # "his claim that X": a possessive pronoun holds the claim when a that-clause follows
                    source, from_poss = _noun_phrase(child, drop_case=True), True
            subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
            if subj and tok.dep_ == "ROOT" and tok.tag_ == "NNS":
                source = _holder(subj[0])  # "But Reed claims that ...": a verb the tagger took for a plural
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in _SOURCE_PREPS and source is None:
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    if objs and objs[0].pos_ in ("PROPN", "NOUN"):
                        source = _noun_phrase(objs[0])
                if child.dep_ == "acl" and (agent := _agent_object(child)) is not None:
                    source = _noun_phrase(agent)
            for child in tok.children:
                preps = _CONTENT_PREPS | ({"of"} if from_poss or source is not None else set())
                if child.dep_ == "prep" and child.lower_ in preps and content is None:
                    objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                    if objs:
                        content = _span(doc[list(objs[0].subtree)[0].i:list(objs[0].subtree)[-1].i + 1])
                if that is not None and child == that[0] and content is None:
                    content = clause
            if content is None and that is not None and that[0].head != tok and source is not None:
                content = clause  # the clause the parse gave the verb
            wanted = _to_clause(tok) if content is None else None
            if wanted is not None and source is None and (named := _named_compound(tok)) is not None:
                source = _noun_phrase(named)  # "a Daily Post request to unseal the file"
            if wanted is not None and source is not None:  # "the family's request to release the records"
                content = _span(doc[wanted.left_edge.i:wanted.right_edge.i + 1])
            if source is None:  # "made a comment that ...", "made the following comment:" (not "about X")
                source, block = self._light_verb_frame(doc, tok, sent, quotes)
                content = clause or block
            source = _clip(doc, source, sent)
            if source and content:
                span = _extend_to_quotes(content, quotes)
                out.append(AttributionItem(_kind(span, quotes), source, _tok_span(tok), span))
        return out

    def _light_verb_frame(self, doc: Doc, noun: Token, sent: Span,
                          quotes: list[tuple[int, int]]) -> tuple[CharSpan | None, CharSpan | None]:
        """(holder, block) of a nominal cue that is the object of a light verb: "The senator made the
        following comment:" names the senator as holder, and the quotation or line the colon opens (when
        only the noun phrase and a setting stand between the verb and the colon) is the content."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in self.light_verbs or verb.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ == "neg" for c in verb.children):
            return None, None
        source = self._source(verb)
        block = None
        if _setting_to_colon(verb, sent, noun):
            block = _block_after(doc, sent, quotes)
        return source, block

    def _headline(self, doc: Doc, sent: Span, title: bool, quotes: list[tuple[int, int]]) -> list[AttributionItem]:
        """'Sheriff: Michigan office shooting kills 1': a holder before a colon.

        In the headline a role noun or a name will do; in the body (transcripts: "PENCE: Well, ...")
        only a name the tagger takes for a person or organisation.
        """
        colons = [t for t in sent if t.text == ":"]
        if not colons:
            return []
        colon = colons[0]
        before = doc[sent.start:colon.i]
        after = doc[colon.i + 1:sent.end]
        if title and (len(before) > 4 or colon.i == sent.end - 1):
            trailing = self._trailing_holder(doc, sent, colons[-1], quotes)
            if trailing or len(before) > 4:
                return trailing
        if not 0 < len(before) <= 4 or len(after) < 2 or self._said_first(before):
            return []
        head = before[-1]
        if any(t.pos_ in ("VERB", "AUX") for t in before):
            return []  # "Reed posted on Twitter: ...": a verb frame of its own, not a holder label
        if title:
            named = self._headline_holder(doc, head)
        else:
            named = head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", "ORG") and colon.i == before.end
        if not named:
            return []
        quoted = any(t.is_quote for t in after) and title
        if not any(t.pos_ in ("VERB", "AUX") for t in after) and not quoted:
            return []  # 'Pat Caddell: Voters Worried About X; It's 'in Their Heads'': a quoted verdict
        start, end = trim(doc, after.start_char, after.end_char)
        content = _extend_to_quotes(CharSpan(start, end), quotes)
        return [AttributionItem(_kind(content, quotes), _span(before), _tok_span(colon), content)]

    def _headline_holder(self, doc: Doc, head: Token) -> bool:
        """A headline's holder: a name, a role noun that stands alone ("Police", "Sheriff"), or a name the
        title case made a noun ("Sanders: ...")."""
        return head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "") \
            or head.lower_ in self.headline_holders or head.lemma_.lower() in self.headline_holders \
            or _named_holder(doc, head)

    def _trailing_holder(self, doc: Doc, sent: Span, colon: Token,
                         quotes: list[tuple[int, int]]) -> list[AttributionItem]:
        """'No Link Between Raids and Blast: Police': a wire headline's holder after its last colon."""
        line_end = doc._.title[1] if doc._.title is not None else sent.end_char  # the splitter may cut at the colon
        holder = [t for t in doc[colon.i + 1:] if t.idx < line_end and not (t.is_punct or t.is_space)]
        if not 0 < len(holder) <= 4 or colon.i - sent.start < 3:
            return []
        head = holder[-1]
        if not self._headline_holder(doc, head):
            return []
        start, end = trim(doc, sent.start_char, colon.idx)
        content = _extend_to_quotes(CharSpan(start, end), quotes)
        source = CharSpan(holder[0].idx, head.idx + len(head))
        return [AttributionItem(_kind(content, quotes), source, _tok_span(colon), content)]

    def _said_colon(self, doc: Doc, sent: Span, quotes: list[tuple[int, int]]) -> list[AttributionItem]:
        """'Said Ellis: "I don't get it."': an inverted frame before a colon, which the tagger often
        reads as a name ("Said Ellis"); the cue opens the sentence and the holder follows it."""
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None or not 1 < colon.i - sent.start <= 5 or colon.i + 2 >= sent.end:
            return []
        before = doc[sent.start:colon.i]
        if not self._said_first(before):
            return []
        start, end = trim(doc, doc[colon.i + 1].idx, sent.end_char)
        if end <= start:
            return []
        content = _extend_to_quotes(CharSpan(start, end), quotes)
        return [AttributionItem(_kind(content, quotes), _span(before[1:]), _tok_span(before[0]), content)]

    def _said_first(self, before: Span) -> bool:
        """'Said Ellis:', 'Added the senator:': a capitalised speech verb, then a holder that names
        someone (a name, or a noun with its determiner), then the colon."""
        first, holder = before[0], before[1:]
        if not first.text[:1].isupper() or first.pos_ == "PRON" or not holder:
            return False
        if not any(lemma in self.verbs for lemma in _verb_lemmas(first.lower_) + [first.lemma_.lower()]):
            return False
        return holder[-1].pos_ in ("PROPN", "NOUN") and all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PUNCT")
                                                            for t in holder)

    def _title_case_cue(self, doc: Doc, sent: Span) -> list[AttributionItem]:
        """'Police Say Gunman Acted Alone', 'Flu Reaches Europe, Officials Say': in a title-case
        headline the tagger often takes the cue verb for a name or a noun, so the parse gives no
        frame; a capitalised cue form with a short holder on one side and a clause on the other does
        (in a sentence-case headline, a cue form read as the plural noun that heads the line)."""
        words = [t for t in sent if not t.is_space]
        if len(words) > 16:
            return []
        start = next((t.i + 1 for t in words if t.text == ":"), sent.start)
        body = [t for t in words if t.i >= start]
        while body and body[-1].is_punct:
            body.pop()
        for k, tok in enumerate(body):
            lemmas = [lemma for lemma in _verb_lemmas(tok.lower_) if lemma in self.headline_cues]
            # a sentence-case headline's cue the tagger took for a plural noun heading the whole line
            misread = tok.dep_ == "ROOT" and tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s")
            if k == 0 or not (tok.text[:1].isupper() or misread) or not lemmas:
                continue
            if k == len(body) - 1 and doc[tok.i - 1].text != ",":
                continue
            if k == len(body) - 1:
                comma = max(t.i for t in body[:k] if t.text == ",")
                holder = [t for t in body if comma < t.i < tok.i]
                said = [t for t in body if t.i < comma]
            else:
                holder, said = body[:k], body[k + 1:]
                if said and said[0].lower_ == "that":
                    said = said[1:]
            if not 1 <= len(holder) <= 4 or len(said) < 2 or any(
                    t.is_punct or t.pos_ in ("PART", "ADP", "AUX") for t in holder) \
                    or said[0].pos_ in ("ADP", "PART"):
                return []  # "Warns Of Famine": a topic, not a reported clause
            if not any(t.pos_ in ("PROPN", "NOUN", "PRON") or t.ent_type_ for t in holder):
                return []  # a name the tagger took for a verb still holds ("Trump Warns ...": PERSON)
            return [AttributionItem("indirect", _span(doc[holder[0].i:holder[-1].i + 1]), _tok_span(tok),
                                    _span(doc[said[0].i:said[-1].i + 1]), hedge=self._hedge_lemma(tok))]
        return []

    def _hedge_lemma(self, tok: Token) -> bool:
        return any(self.verbs.get(lemma, False) for lemma in _verb_lemmas(tok.lower_))

    # -- sources -> entities --------------------------------------------------------
    def _sex_of(self, doc: Doc, cluster) -> str | None:  # noqa: ANN001 - an entity cluster
        """"m" or "f" when an honorific before a mention ("Mrs. Roe") or the given name says so; a
        "she" then never resolves to a man named just before her."""
        for m in cluster.mentions:
            before = doc.text[max(0, m.start - 6):m.start].split()
            if before and before[-1] in _HONORIFIC_SEX:
                return _HONORIFIC_SEX[before[-1]]
        first = max(cluster.mentions, key=lambda m: m.end - m.start).text.split()[0]
        return self.name_sex.get(first)

    def _resolve(self, doc: Doc, source: CharSpan | None) -> int | None:
        clusters = doc._.entities or []
        if source is None:
            return None
        best = None
        for idx, cluster in enumerate(clusters):
            if cluster.label not in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
                continue
            rank = 1 if cluster.label in ("PERSON", "ORG") else 0
            for m in cluster.mentions:
                if m.start >= source.start and m.end <= source.end:
                    key = (rank, m.end, m.end - m.start)
                    if best is None or key > best[0]:
                        best = (key, idx)
        if best:
            return best[1]
        pronoun = source.text(doc).lower()
        labels = self.pronouns.get(pronoun)
        if not labels:
            return None
        sex = self.pronoun_sex.get(pronoun)
        for label in labels:
            candidates = [(m.start, idx) for idx, c in enumerate(clusters) if c.label == label
                          and not (sex and label == "PERSON" and self._sex_of(doc, c) not in (None, sex))
                          for m in c.mentions if m.end <= source.start]
            if candidates:
                return max(candidates)[1]
        return None


# -- quotations ---------------------------------------------------------------------
def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Quotations in the article regions, marks included.

    Curly marks pair by direction, straight ones by the spacing around them. A quote may run
    over line breaks up to its closing mark; an opening mark left unclosed before the next
    opening ends at the end of its own line, so one stray mark never swallows the article.
    """
    out: list[tuple[int, int]] = []
    spans = regions(doc)
    # a text without a single double mark quotes in single ones ('We will not pay,' said the mayor),
    # the British style: its straight singles are its quotations
    texts = [doc.text[s:e] for s, e in spans]
    singles_style = not any(mark in t for t in texts for mark in _DOUBLE_MARKS)
    for start, end in spans:
        out.extend(_quotes_in(doc.text, start, end))
        if singles_style:
            out.extend(_straight_singles(doc.text, start - 1, end))
    return sorted(out)


_TYPED_MARKS = frozenset({'"', "'", "`"})  # typewriter marks: a style of their own beside curly ones
_DOUBLE_MARKS = ('"', "“", "”", "«", "»", "„", "``")


def _quotes_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    marks: list[tuple[int, str]] = []  # (position, "open" | "close")
    for i in range(start, end):
        ch = text[i]
        if ch in _OPENERS:
            marks.append((i, "open"))
        elif ch in _CLOSERS:
            line_start = i == start or text[i - 1] == "\n"
            # a closing mark typed at the start of a line before a word opens the quotation there
            marks.append((i, "open" if line_start and text[i + 1:i + 2].isalnum() else "close"))
        elif ch == "`" and text[i:i + 2] == "``" and (i == start or text[i - 1] != "`"):
            marks.append((i, "open"))  # ``typewriter quotes'' (wire and PTB-style text)
        elif ch == _STRAIGHT or (ch == "'" and text[i:i + 2] == "''" and (i == start or text[i - 1] != "'")):
            width = 1 if ch == _STRAIGHT else 2
            before = text[i - 1] if i > start else " "
            after = text[i + width] if i + width < end else " "
            if after.isspace() and before.isspace():
                marks.append((i + width - 1, "close"))  # 'over yet, " said': a closer set off by a space
            elif before.isspace() or before in "([{-—–" or (not before.isalnum() and after.isalnum()
                                                            and before not in ".,!?;:"):
                marks.append((i, "open"))
            else:  # a `single' quote closing before the double mark: the double mark is the last two
                marks.append((i + width - (0 if text[i:i + 3] == "'" * 3 else 1), "close"))
        elif ch == "‘" and (i == start or not text[i - 1].isalnum()):
            close = _single_close(text, i, end)
            if close is not None:
                marks.append((i, "sopen"))
                marks.append((close, "sclose"))
    out = []
    single = [(p, k) for p, k in marks if k in ("sopen", "sclose")]
    for a, b in zip(single[::2], single[1::2], strict=False):
        if b[0] > a[0] + 1:
            out.append((a[0], b[0] + 1))
    double = [(p, k) for p, k in marks if k in ("open", "close")]
    k = 0
    while k < len(double):
        pos, kind = double[k]
        if kind != "open":
            k += 1
            continue
        nxt = k + 1
        if nxt < len(double) and double[nxt][1] == "close":
            out.append((pos, double[nxt][0] + 1))
            k = nxt + 1
            continue
        eol = text.find("\n", pos, end)
        eol = end if eol == -1 else eol
        typed = text[pos] in _TYPED_MARKS
        same = [p for p, _ in double[nxt:] if p < eol and (text[p] in _TYPED_MARKS) == typed]
        if same:
            # a new quotation opens on the same line: the unclosed one is a paragraph of a
            # continued quote that stops where the next begins (one-line texts included); marks of
            # the other style inside the line ('"ROE: it feels like “Quiz Night.” But …') are
            # a quotation nested in it
            eol = same[0]
            while eol > pos + 1 and text[eol - 1].isspace():
                eol -= 1
        if eol > pos + 1:
            out.append((pos, eol))
        k = nxt
    inner = [q for s, e in out if text[s] != "‘" for q in _straight_singles(text, s + _mark_width(text, s) - 1, e)]
    return sorted(out + inner)


def _straight_singles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'…' quoted inside a double-quoted block (a pasted report quoting its speakers).

    An opening ' stands at a word start; the closing one is the next ' on the line that is not
    followed by a letter (so "We're" and "suspect's" are skipped).
    """
    out = []
    i = _next_single(text, start + 1, end)
    while i != -1:
        eol = text.find("\n", i, end)
        eol = end if eol == -1 else eol
        opens = (i == start + 1 or text[i - 1].isspace() or text[i - 1] in "([") and i + 1 < eol \
            and text[i + 1].isalnum()
        close = -1
        if opens:
            close = text.find("'", i + 1, eol)
            while close != -1 and close + 1 < eol and text[close + 1].isalnum():
                close = text.find("'", close + 1, eol)
        if close != -1 and text[close - 1] in ",.!?;:-—–" + '"':
            out.append((i, close + 1))
            i = _next_single(text, close + 1, end)
        else:
            i = _next_single(text, i + 1, end)
    return out


def _mark_width(text: str, pos: int) -> int:
    """Characters in the opening mark at pos: 2 for ``typewriter'' marks, else 1."""
    return 2 if text[pos:pos + 2] in ("``", "''") else 1


def _next_single(text: str, i: int, end: int) -> int:
    """The next ' or single ` (a `typewriter' opening mark) from i, -1 when none."""
    found = [p for p in (text.find("'", i, end), text.find("`", i, end)) if p != -1]
    return min(found) if found else -1


def _single_close(text: str, i: int, end: int) -> int | None:
    """Closing ’ of a single-quoted phrase on the same line (not an apostrophe)."""
    eol = text.find("\n", i, end)
    eol = end if eol == -1 else eol
    j = text.find("’", i + 1, eol)
    while j != -1 and j + 1 < eol and text[j + 1].isalnum():
        j = text.find("’", j + 1, eol)
    if j == -1 or j - i > 200:
        return None
    return j


# -- helpers --------------------------------------------------------------------------
def _clip(doc: Doc, span: CharSpan | None, sent: Span) -> CharSpan | None:
    """Keep a phrase inside its sentence: the parse may run across a line break."""
    if span is None:
        return None
    start, end = trim(doc, max(span.start, sent.start_char), min(span.end, sent.end_char))
    return CharSpan(start, end) if end > start else None


_LEAD_MARKS = {"after", "before", "when", "because", "since", "as", "once", "until"}


def _quoted_lead_clause(doc: Doc, cue: Token, source: CharSpan, content: CharSpan,
                        quotes: list[tuple[int, int]]) -> CharSpan | None:
    """A subordinate clause that opens the sentence before the frame and quotes the holder's words."""
    for c in cue.children:
        if c.dep_ != "advcl" or c.i > cue.i or c.right_edge.idx >= source.start:
            continue
        marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in _LEAD_MARKS and m.i == c.left_edge.i]
        if not marks or not any(c.dep_ in ("nsubj", "nsubjpass") for c in c.children):
            continue
        last = c.right_edge
        start, end = trim(doc, doc[marks[0].i + 1].idx, last.idx + len(last))
        if end <= start:
            continue
        span = _extend_to_quotes(CharSpan(start, end), quotes)
        if span.end > source.start or not any(start <= s < span.end and e - s > 3 for s, e in quotes):
            continue
        if span.start < content.end and content.start < span.end:
            continue
        return span
    return None


def _quote_opened_at(doc: Doc, cue: Token, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation that opens right at the cue, its holder named before it (he "claimed X")."""
    for s, e in quotes:
        if s < cue.idx < e and not doc.text[s + _mark_width(doc.text, s):cue.idx].strip() and any(
                c.dep_ == "nsubj" and c.idx + len(c) <= s for c in cue.children):
            return s, e
    return None


def _agent_object(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase ("alleged by a former aide" → "aide"): the holder."""
    for a in verb.children:
        if a.dep_ == "agent":
            obj = next((o for o in a.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _prep_object(cue: Token, prep: str) -> Token | None:
    """The object of the cue's own preposition after it ("as X", "about X"), or of one the parse
    hung on the agent ("described by police as X")."""
    agent = _agent_object(cue)
    heads = [cue] if agent is None else [cue, agent]
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "prep" and c.lower_ == prep and c.i > cue.i:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                return objs[0]
    return None


def _lost_subject(cue: Token) -> CharSpan | None:
    """The name before a finite cue that the parse did not make its subject ("Mr. Swavely said ...",
    "First of America Bank Corp. said ...", tagged as an adverb): the one phrase that fills the
    sentence up to the cue, a name or noun and no verb."""
    left = [c for c in cue.children if c.i < cue.i and c.dep_ != "punct"]
    if len(left) != 1 or left[0].dep_ not in ("advmod", "npadvmod", "dep", "nmod", "compound", "appos"):
        return None
    phrase = list(left[0].subtree)
    first = cue.sent.start
    while first < cue.i and cue.doc[first].is_punct:
        first += 1
    if phrase[0].i != first or phrase[-1].i != cue.i - 1:
        return None
    if any(t.pos_ in ("VERB", "AUX", "PRON") for t in phrase) or not any(t.pos_ == "PROPN" for t in phrase):
        return None
    return _span(cue.doc[phrase[0].i:cue.i])


def _stranded_predicate(cue: Token, obj: Token) -> Token | None:
    """'that says average premiums, on an apples-to-apples basis, would be lower': the parse took the
    reported subject for the cue's object and hung its predicate, cut off by an inserted phrase, on a
    verb higher up. Gives that subjectless predicate when it follows the cue's phrase directly."""
    doc = cue.doc
    nxt = cue.right_edge.i + 1
    while nxt < len(doc) and doc[nxt].is_punct and not doc[nxt].is_quote:
        nxt += 1
    if nxt >= len(doc) or doc[nxt - 1].text != "," or obj.right_edge.i > cue.right_edge.i:
        return None
    for h in (doc[nxt], doc[nxt].head):
        if h.dep_ not in ("ccomp", "acl") or h.pos_ not in ("VERB", "AUX") or h.left_edge.i != nxt or h.i < nxt:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in h.children):
            continue
        if not any(c.dep_ == "aux" and c.i < h.i for c in h.children) or not _in_subtree(cue, h.head):
            continue
        return h
    return None


_CONCESSIVE_MARKS = frozenset({"while", "although", "though", "whereas"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _bare_clause_predicate(obj: Token) -> Token | None:
    """'a memo showing the mayor had wanted to close it': a clause without "that" the parse split into
    the cue's object and a subjectless finite predicate hung elsewhere. Gives that predicate when it
    follows the object directly (a tensed verb or an auxiliary, with no subject of its own)."""
    doc = obj.doc
    nxt = obj.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].tag_ not in _FINITE_TAGS or doc[nxt].pos_ not in ("VERB", "AUX"):
        return None
    pred = doc[nxt].head if doc[nxt].dep_ in ("aux", "auxpass") else doc[nxt]
    if pred.i < nxt or any(t.head != pred for t in doc[nxt:pred.i]) or pred.pos_ not in ("VERB", "AUX") \
            or _in_subtree(pred, obj) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in pred.children):
        return None
    return pred


def _that_clause_below(cue: Token) -> Token | None:
    """A "that" clause the parse hung inside a phrase after the cue ("said in a statement that X",
    "has said so far that X"): the cue's complement, whatever noun or adverb it was attached to."""
    for c in cue.children:
        if c.i < cue.i or c.dep_ not in ("prep", "advmod", "npadvmod"):
            continue
        for t in c.subtree:
            if t.dep_ in ("acl", "ccomp", "relcl") and t.pos_ in ("VERB", "AUX") and any(
                    m.dep_ == "mark" and m.lower_ == "that" and m.i < t.i for m in t.children):
                return t
    return None


_QUOTE_AFTER = re.compile(r"[ \t]*[,:]?[ \t\n]*[\"“«‘]|[ \t]*[,:]?[ \t]*``")
_QUOTE_BEFORE = re.compile(r"[,!?…][ \t]*(?:[\"”»’]+|'')[ \t]*(?:\S+[ \t]+){0,3}$")


def _next_to_quote(tok: Token) -> bool:
    """A verb set right against a quotation: 'She continued, "…"' or '"…," he continued'."""
    text, end = tok.doc.text, tok.idx + len(tok)
    if _QUOTE_AFTER.match(text, end):
        return True
    return _QUOTE_BEFORE.search(text[max(0, tok.idx - 40):tok.idx]) is not None


def _named_holder(doc: Doc, tok: Token) -> bool:
    """The token is part of a person or organisation name the entity stage found, or the surname of
    a person the article names ("Sanders: ..." before "Bernie Sanders" in the body)."""
    end = tok.idx + len(tok)
    for c in doc._.entities or []:
        if c.label not in ("PERSON", "ORG"):
            continue
        for m in c.mentions:
            if m.start <= tok.idx and end <= m.end:
                return True
            words = doc.text[m.start:m.end].split()
            if c.label == "PERSON" and len(words) > 1 and words[-1] == tok.text:
                return True
    return False


def _relaying_agent(cue: Token) -> tuple[Token, Token] | None:
    """'X, quoted by the news website Y, said ...': the participle set off on the subject names the
    outlet that relays the words; it gives the report a second holder (the participle, the agent)."""
    for subj in cue.children:
        if subj.dep_ != "nsubj" or subj.i > cue.i:
            continue
        for part in subj.children:
            if part.dep_ not in ("acl", "relcl") or part.lemma_.lower() not in ("quote", "cite") \
                    or part.tag_ != "VBN" or part.i > cue.i:
                continue
            agent = _agent_object(part)
            if agent is not None:
                return part, agent
    return None


def _standings(verb: Token) -> Span | None:
    """What a poll verb with a poll as its subject reports: its objects and what they stand at ("gave
    Roe a two-point lead in Ohio", "has Roe leading 45 percent to 43 percent", "puts Doe at 41
    percent"), from the first to the last of them; None for any other subject, or for objects that place
    no one ("has a margin of error of 3 points", "gave no details")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    holder = verb.head if verb.dep_ in ("acl", "relcl") and (subj is None or _is_relative(subj)) else subj
    if holder is None or holder.lemma_.lower() not in _POLL_NOUNS:
        return None  # "the ruling gave him a lead", "she has a lead"
    kids = [c for c in verb.children if c.i > verb.i and c.dep_ in _STANDING_DEPS]
    lemma = verb.lemma_.lower()
    if lemma == "give":
        placed = any(c.dep_ == "dative" for c in kids)  # "gave Roe a lead", not "gave no details"
    elif lemma == "have":  # "has Roe leading", "has Roe ahead by five", not "has a margin of error"
        placed = any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in kids) or any(
            c.dep_ == "dobj" and c.pos_ == "PROPN" for c in kids) and any(c.dep_ in ("advmod", "prep") for c in kids)
    else:  # "puts Doe at 41 percent"
        placed = any(c.dep_ == "dobj" for c in kids) and any(c.dep_ in ("prep", "advmod") for c in kids)
    return verb.doc[kids[0].left_edge.i:kids[-1].right_edge.i + 1] if placed else None


def _relative_subject(clause: Token, cue: Token) -> bool:
    """A clause after the cue whose subject is a relative pronoun ("found tools, all of which confirmed
    ...") is a relative clause the parse hung on the verb, not what the verb reports ("debts which he
    said were paid" keeps its report)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i and (  # ("I guess that cost us": a demonstrative)
        _is_relative(c) and c.lower_ != "that" or _partitive(c) is not None) for c in clause.children)


def _is_relative(tok: Token) -> bool:
    return tok.lower_ in _RELATIVE and tok.tag_ in ("WDT", "WP")


def _abbreviation_end(tok: Token) -> bool:
    """A sentence that ends on "p.m." or "U.S." may be a split the abbreviation caused."""
    return len(tok.text) > 2 and tok.text.endswith(".") and "." in tok.text[:-1]


def _cue_span(doc: Doc, tok: Token) -> CharSpan:
    """The cue verb; a negated one keeps its "don't"/"did not" ("don't believe")."""
    negs = [c for c in tok.children if c.dep_ == "neg" and c.i == tok.i - 1]
    if negs:
        auxs = [c for c in tok.children if c.dep_ == "aux" and c.i == tok.i - 2]
        start = auxs[0].idx if auxs else negs[0].idx
        return CharSpan(start, tok.idx + len(tok))
    return _tok_span(tok)


def _tok_span(tok: Token) -> CharSpan:
    return CharSpan(tok.idx, tok.idx + len(tok))


def _span(span: Span) -> CharSpan:
    start, end = trim(span.doc, span.start_char, span.end_char)
    return CharSpan(start, end)


def _to_clause(noun: Token) -> Token | None:
    """The infinitive a nominal cue takes ("request to unseal", "promise to build"), right after it or
    after its holder ("a request by the owners to close the road")."""
    held = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS and c.i == noun.i + 1
            for t in c.subtree}
    return next((c for c in noun.children if c.dep_ == "acl" and to_infinitive(c) and all(
        i in held for i in range(noun.i + 1, c.left_edge.i))), None)


def _named_compound(noun: Token) -> Token | None:
    """A name before a nominal cue as its holder: "a Daily Post request", "the Kremlin statement"; it
    must be named (a bare "media" or "police" is a topic as often as a holder)."""
    names = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN"
             and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")]
    return names[-1] if names else None


def _noun_phrase(tok: Token, drop_case: bool = False) -> CharSpan:
    """The holder's noun phrase without an appositive or a non-restrictive relative clause."""
    doc = tok.doc
    toks = [t for t in tok.subtree]
    cut = None
    for child in tok.children:
        if child.i > tok.i and child.dep_ in ("appos", "relcl", "acl") and child.i > 0 and any(
                t.text == "," for t in doc[tok.i:child.i]):
            comma = next(t for t in doc[tok.i:child.i] if t.text == ",")
            cut = comma.i if cut is None else min(cut, comma.i)
    if cut is not None:
        toks = [t for t in toks if t.i < cut]
    # "The governor of Unity State, Taban Deng": the name is the appositive, keep it
    if tok.pos_ != "PROPN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        toks = list(tok.subtree)
        apps = [c for c in tok.children if c.dep_ == "appos"]
        toks = [t for t in toks if t.i <= list(apps[-1].subtree)[-1].i]
    if drop_case:
        toks = [t for t in toks if t.dep_ != "case"]
    span = doc[toks[0].i:toks[-1].i + 1]
    return _span(span)


def _set_off_end(noun: Token) -> int:
    """Where the noun's phrase ends with the appositive or clause set off by a comma that
    _noun_phrase leaves out of a holder ("X, who was on the phone, ..." ends after "phone")."""
    doc = noun.doc
    kids = [c for c in noun.children if c.i > noun.i and c.dep_ in ("appos", "relcl", "acl")
            and any(t.text == "," for t in doc[noun.i:c.i])]
    last = max((c.right_edge for c in kids), key=lambda t: t.i, default=noun)
    return last.idx + len(last)


def _holder(tok: Token) -> CharSpan:
    """The subject's phrase; a relative pronoun stands for its antecedent, also inside a quantifier
    ("ladders and ropes, all of which confirmed ...": the ladders and ropes)."""
    verb = tok.head
    if tok.lower_ in ("who", "whom") and tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ != "relcl":
        noun = _before_aside(tok)
        if noun is not None:  # "the tenants -- about a dozen now -- who have accused him": the tenants
            return _span(tok.doc[noun.left_edge.i:noun.i + 1])
    if tok.lower_ in ("each", "both", "all") and not list(tok.children) and verb.tag_ == "VBG" \
            and verb.dep_ in ("advcl", "acl") and verb.head.i < tok.i:
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if subj:  # "X and Y clashed, each saying ...": the floating "each" stands for the main subject
            return _holder(subj[0])
    pronoun = tok if _is_relative(tok) else _partitive(tok)
    if pronoun is not None:
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "relcl":
            return _antecedent(verb, pronoun)
        if pronoun is not tok:  # "..., all of whom said", with "said" parsed as a clause of its own
            return _before_comma(tok) or _noun_phrase(tok)
    return _noun_phrase(tok)


_TEXT_NOUNS = frozenset(load_lines("text_nouns.txt", package=_PKG))


def _before_aside(pronoun: Token) -> Token | None:
    """The noun a relative pronoun follows when the parse did not make its clause a relative one, past an
    aside set off by dashes or commas ("the tenants -- about a dozen now -- who ...")."""
    doc, k = pronoun.doc, pronoun.i - 1
    while k >= 0 and doc[k].is_punct and doc[k].text not in DASHES:
        k -= 1
    if k >= 0 and doc[k].text in DASHES:
        start = k - 1
        while start >= 0 and start > k - 12 and doc[start].text not in DASHES:
            start -= 1
        if start < 0 or start <= k - 12:
            return None
        k = start - 1
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[k]


def _antecedent(relcl: Token, pronoun: Token | None = None) -> CharSpan:
    """The noun a relative clause hangs on, without that clause ("an architect who said he was ..."
    names "an architect": with the clause the holder would swallow the report). Only a person ("who"),
    a name or a text holds a report this way: "a term which suggests spying" reports nothing, and its
    phrase is left whole (it then overlaps the content and no attribution is made)."""
    head = relcl.head
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        subj = [c for c in head.head.children if c.dep_ == "nsubj" and (
            c.pos_ == "PROPN" or c.lower_ in PERSON_PRONOUNS)]
        if subj and head.pos_ != "PROPN":
            return _noun_phrase(subj[0])  # "Roe is a zealot who has called for ...": Roe (not a cleft "It was X who")
    doc = relcl.doc
    name = doc[head.left_edge.i - 2] if head.left_edge.i >= 2 and doc[head.left_edge.i - 1].text == "," else None
    if head.dep_ == "appos" and head.pos_ == "NOUN" and name is not None and name.pos_ == "PROPN" \
            and name.ent_type_ == "PERSON" and pronoun is not None and pronoun.lower_ in ("who", "whom"):
        return _noun_phrase(name)  # "Roe, by then the party whip, who in 1998 said ...": Roe
    span = _noun_phrase(head)
    holder = (pronoun is not None and pronoun.lower_ in ("who", "whom")) or head.pos_ == "PROPN" \
        or head.lemma_.lower() in _TEXT_NOUNS or head.lower_ in _TEXT_NOUNS
    cut = relcl.left_edge
    k = cut.i - 1
    while k > head.i and doc[k].is_punct:  # "the study -- which notes ...": the dash stays out
        k -= 1
    if holder and head.i < cut.i and cut.idx < span.end:
        start, end = trim(doc, span.start, min(cut.idx, doc[k].idx + len(doc[k])))
        if end > start:
            return CharSpan(start, end)
    return span


def _partitive(subj: Token) -> Token | None:
    """The relative pronoun a quantifier subject holds ("all of whom", "some of which")."""
    return next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and _is_relative(g)), None)


def _before_comma(subj: Token) -> CharSpan | None:
    """The noun phrase just left of the comma before a quantified relative whose clause the parse did
    not hang on it ("three medics at the clinic, all of whom said ..."), up through the prepositions
    that extend the noun."""
    doc = subj.doc
    k = subj.left_edge.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[k]
    while noun.head.pos_ in ("NOUN", "PROPN") and noun.dep_ == "conj" or noun.dep_ == "pobj" \
            and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        # "medics at the clinic": the medics; "a host of tools such as ropes and gloves": the whole list
        noun = noun.head if noun.dep_ == "conj" else noun.head.head
    start, end = trim(doc, doc[noun.left_edge.i].idx, doc[k].idx + len(doc[k]))
    return CharSpan(start, end) if end > start else None


def _joined_subject(cue: Token, subj: Token) -> CharSpan:
    """The subject; subject pieces of a compound split at a hyphen ("co - workers") join up."""
    span = _holder(subj)
    doc, k, last = cue.doc, subj.right_edge.i, None
    for c in sorted((c for c in cue.children if c.dep_ == "nsubj" and c.i > subj.i), key=lambda t: t.i):
        if c.left_edge.i != k + 1 or doc[k].whitespace_:
            break
        last, k = c, c.right_edge.i
    if last is None:
        return span
    return CharSpan(span.start, max(span.end, last.idx + len(last)))


_RAISING = frozenset(load_lines("raising_verbs.txt", package=_PKG))


def _reduced_raising(cue: Token) -> bool:
    """'A man said to have been released ... was questioned': a reduced passive with "to" that the tagger
    took for a past tense; another finite verb of the sentence carries the subject. No holder is named."""
    doc = cue.doc
    if cue.lemma_.lower() not in _RAISING or cue.tag_ not in ("VBD", "VBN") or cue.i + 2 >= len(doc):
        return False
    to = doc[cue.i + 1]
    if to.lower_ != "to" or to.dep_ != "aux" or to.head.head.i != cue.i or to.head.dep_ != "xcomp":
        return False
    subj = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if not subj or subj[0].pos_ == "PRON":
        return False
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i > to.head.i and t.dep_ in ("ccomp", "conj", "ROOT")
               or t.dep_ in ("aux", "auxpass") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i > to.head.i
               for t in doc[to.head.i + 1:cue.sent.end])


_DUTY_AUX = frozenset({"to", "must", "should", "need", "ought"})
_QUESTION_WORDS = frozenset({"what", "why", "how", "where", "when", "who", "whom", "whose", "which",
                             "whether", "if"})


def _known_fact(cue: Token) -> bool:
    """'We know the vault was opened': an affirmed, finite knowing with a declarative clause after it."""
    kids = list(cue.children)
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _DUTY_AUX for c in kids) or cue.tag_ == "VB" and \
            cue.dep_ == "xcomp":
        return False  # "don't know", "to know", "must understand that ...": a duty, not knowledge held
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "you" for c in kids):
        return False  # "you just knew it would happen": the generic "you" holds nothing
    if _unasserted(cue.doc, cue, cue.sent):
        return False  # "Do you know where ...?", "if we knew that ...": nothing held as known
    return any(c.dep_ == "ccomp" and c.i > cue.i and c.doc[c.left_edge.i].lower_ not in _QUESTION_WORDS
               and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) for c in kids)


def _like_clause(cue: Token, child: Token) -> bool:
    """'I feel like the vote was rushed': a clause after "like" is a belief's content, as after "that"."""
    return child.dep_ == "advcl" and child.i > cue.i and any(
        c.dep_ == "mark" and c.lower_ == "like" for c in child.children)


def _has_clause(tok: Token) -> bool:
    return any(t.dep_ in ("acl", "relcl", "ccomp") and t.pos_ in ("VERB", "AUX") for t in tok.children)


def _in_subtree(tok: Token, root: Token) -> bool:
    return root.left_edge.i <= tok.i <= root.right_edge.i and (tok.i == root.i or any(
        a.i == root.i for a in tok.ancestors))


def _cut_tail(doc: Doc, span: Span, cue: Token, finder: AttributionFinder | None = None) -> Span:
    """Drop a trailing ", which ..." / ", often used ..." background or a ", estimating ..." cue."""
    end = span.end
    for tok in span:
        if tok.text != "," or tok.i + 1 >= span.end:
            continue
        nxt = doc[tok.i + 1]
        heads = [t for t in doc[tok.i + 1:span.end] if (t.head.i < tok.i or t.head.i >= span.end) and not t.is_punct]
        if not heads:
            continue
        h = heads[0]
        background = h.dep_ in ("relcl",) or (h.dep_ == "acl" and h.tag_ == "VBN") or (
            nxt.tag_ in ("WDT", "WP") and h.dep_ == "relcl")
        if h.dep_ == "advmod" and h.head.dep_ == "acl":
            background = True
        cue_tail = finder is not None and h.tag_ == "VBG" and h.dep_ in ("advcl", "xcomp") and finder._is_cue(h)
        if (background or cue_tail) and h.right_edge.i >= span.end - 2:
            end = min(end, tok.i)
    if finder is not None:
        for tok in span:  # "vowed to limit X while promising to Y": the second cue reports on its own
            h = tok.head
            if tok.dep_ == "mark" and tok.lower_ in _LEAD_MARKS | {"while"} and h.tag_ == "VBG" and h.i == tok.i + 1 \
                    and h.i != cue.i and finder._is_cue(h) and h.right_edge.i >= span.end - 2 and tok.i > span.start:
                end = min(end, tok.i)
    return doc[span.start:end] if end > span.start else span


def _dangling_conjunct(doc: Doc, source: CharSpan, sent: Span) -> CharSpan:
    """A holder that ends on "and"/"or" lost its second conjunct to the parse ("according to local
    media and Channel Nine TV"): the nouns after the conjunction belong to it."""
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None or span[-1].dep_ != "cc":
        return source
    k = span.end
    while k < sent.end and doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "DET") and not doc[k].is_space:
        k += 1
    return CharSpan(source.start, doc[k - 1].idx + len(doc[k - 1])) if k > span.end else source


def _next_line_sentence(doc: Doc, sent: Span) -> tuple[int, int]:
    """The sentence on the next line after a line that ends without punctuation: a phrase standing
    alone on its line leads into it. An empty range otherwise."""
    words = [t for t in sent if not t.is_space]
    nxt = next((t for t in doc[sent.end:] if not t.is_space), None)
    if nxt is None or not words or words[-1].is_punct \
            or "\n" not in doc.text[words[-1].idx + len(words[-1]):nxt.idx]:
        return 0, 0
    return trim(doc, nxt.sent.start_char, nxt.sent.end_char)


def _clause_range(doc: Doc, sent: Span, tok: Token) -> tuple[int, int]:
    """The clause around an 'according to' phrase: the sentence, cut at a ';' or a dash."""
    start, end = sent.start_char, sent.end_char
    for t in sent:
        if (t.text == ";" or t.text in DASHES) and t.i < tok.i:
            start = t.idx + 1
        if (t.text == ";" or t.text in DASHES) and t.i > tok.i:
            end = min(end, t.idx)
    return start, end


def _inside(idx: int, quotes: list[tuple[int, int]]) -> bool:
    return any(s < idx < e for s, e in quotes)


def _enclosing(idx: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The innermost quotation around a position."""
    around = [(s, e) for s, e in quotes if s < idx < e]
    return min(around, key=lambda q: q[1] - q[0]) if around else None


def _attitude(doc: Doc, source: CharSpan) -> bool:
    """The holder's head is a state of mind ("concerns", "fears"), which no one in particular holds."""
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    return span is not None and span.root.pos_ == "NOUN" and span.root.lemma_.lower() in _ATTITUDE_NOUNS


def _own_plan(cue: Token) -> bool:
    """'expects to hire 200 workers': a bare "to" complement (no clause, no addressee or subject of
    its own, as in "expects the storm to hit") is what the holder means to do."""
    kids = list(cue.children)
    return not any(c.dep_ in ("ccomp", "dobj", "dative") and c.i > cue.i for c in kids) and any(
        c.dep_ == "xcomp" and c.i > cue.i and to_infinitive(c)
        for c in kids)


def _small_clause(cue: Token) -> bool:
    """'found him hiding in a bathtub', 'found the car abandoned': an object with a participle after
    the cue tells what someone came upon, not a finding; a finite clause ("found (that) he was hiding")
    is one, and so is whatever a study or a survey "found" (its subject a text noun)."""
    subj = [c for c in cue.children if c.dep_ == "nsubj"]
    if subj and subj[0].lemma_.lower() in _TEXT_NOUNS:
        return False
    for c in cue.children:
        if c.i < cue.i:
            continue
        if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ in ("VBG", "VBN") and not any(
                g.dep_ in ("aux", "auxpass", "mark") for g in c.children):
            return True
        if c.dep_ == "dobj" and any(g.dep_ == "acl" and g.tag_ in ("VBG", "VBN") and g.i > c.i for g in c.children):
            return True
    return False


def _perceived(cue: Token) -> bool:
    """'heard colleagues yelling', 'saw the crowd chanting': a participle or bare verb under a verb
    of perception (`data/perception_verbs.txt`) is what someone heard or saw."""
    head = cue.head
    if cue.dep_ == "acl" and head.dep_ == "dobj":  # "heard [colleagues yelling]" parsed as a noun's modifier
        head = head.head
    return cue.tag_ in ("VBG", "VB") and cue.dep_ in ("ccomp", "xcomp", "oprd", "acl") and head != cue \
        and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _PERCEPTION_VERBS


def _in_own_clause(cue: Token, content: CharSpan) -> bool:
    """The content lies inside the cue's own clause ("heard him shouting that X": X)."""
    lo, hi = cue.left_edge, cue.right_edge
    return lo.idx <= content.start and content.end <= hi.idx + len(hi)


def _shown_to_people(cue: Token) -> bool:
    """A person who "showed us/them" something demonstrates it by acting; evidence that "showed us"
    a fact ("The study showed us that ...") still reports it."""
    subj = [c for c in cue.children if c.dep_ == "nsubj"]
    person = bool(subj) and (subj[0].lower_ in _PERSON_SUBJECTS or subj[0].ent_type_ == "PERSON")
    return person and any(c.dep_ == "dobj" and c.lower_ in _ADDRESSEES for c in cue.children)


def _inside_marks(doc: Doc, content: CharSpan, block: tuple[int, int]) -> CharSpan | None:
    """A nested content stops at the marks of the quotation that holds it."""
    start, end = content.start, content.end
    if start == block[0]:
        start += _mark_width(doc.text, start)
    if end == block[1] and (doc.text[end - 1] in _TYPED_MARKS) == (doc.text[block[0]] in _TYPED_MARKS):
        end -= 2 if doc.text[end - 2:end] == "''" else 1  # (an unclosed block may end on a nested quote's mark)
    start, end = trim(doc, start, end)
    return CharSpan(start, end) if end > start else None


def _nested_report(source: CharSpan, content: CharSpan, block: tuple[int, int]) -> bool:
    """A report the quoted speaker makes or relays, holder and content wholly inside the quotation.

    FORMAT.md counts every reported speech, belief or claim act (PARC style), so a nested report
    counts whatever the quotation's length: a third party's ("the clerks say ...") and the
    speaker's own first-person frame ("I think ...", "We expect ...", "I told them ...").
    """
    s, e = block
    return s < source.start and source.end <= e and s < content.start and content.end <= e


def _unasserted(doc: Doc, cue: Token, sent: Span) -> bool:
    """'"Will you pledge to ...?"', '"If you ask me, ..."': a speaker's question or condition puts a
    report forward without saying it was made, so a nested frame there is no attribution."""
    end = min(sent.end_char, cue.sent.end_char)
    return doc.text[cue.idx:end].rstrip(" \t\n\"'”’»,").endswith("?") or any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cue.children)


def _perfect_s(tok: Token) -> bool:
    """"He's admitted it", "She's told everybody that ...": the parse read "'s" as a passive "is",
    but a passive takes no object; with one (or a clause after a personal subject) "'s" is "has"."""
    if not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in tok.children):
        return False
    if any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children):
        return True
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return bool(subj) and subj[0].lower_ in ("he", "she", "who") and any(
        c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)


def _is_participle(tok: Token) -> bool:
    return tok.tag_ in ("VBG", "VBN")


def _leading_quote(doc: Doc, sent: Span, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation that opens the sentence, also when the sentence splitter left its opening mark
    (a typewriter '' most often) at the end of the sentence before."""
    for s, e in quotes:
        if e - s > 3 and (s == sent.start_char or s < sent.start_char < e
                          and not doc.text[s:sent.start_char].strip(" \t'\"“`")):
            return s, e
    return None


_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write"}


def _verb_lemmas(word: str) -> list[str]:
    """Cheap lemma guesses for a verb form the tagger did not take for a verb ("Says", "Denies")."""
    if word in _IRREGULAR:
        return [_IRREGULAR[word]]
    out = [word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):  # present forms only: "Found" may be passive
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.append(word[: -len(suffix)] + repl)
    return out


# speech verbs whose clause may follow a setting phrase ("said after the debate he would ...",
# "tweeted early Friday that ..."); the prepositions that open such a phrase
_SETTING_CUES = frozenset({"say", "tell", "add", "state", "announce", "report", "write", "tweet", "post",
                           "claim", "insist", "argue", "warn", "explain", "declare", "testify", "acknowledge",
                           "admit", "confirm", "predict", "suggest", "assert", "reply", "respond", "note"})
_SETTING_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "via"})


def _clause_after_setting(doc: Doc, cue: Token, sent: Span, quotes) -> CharSpan | None:
    """'X said in a statement that Y', 'X said in Athens the Americans could leave': the parse hung
    the reported clause on the noun of the setting phrase (or made it a conjunct of the cue); the
    clause is what follows that noun, when it has a subject and a verb of its own."""
    if cue.lemma_.lower() not in _SETTING_CUES:
        return None
    if not any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children) or cue.i + 2 >= sent.end:
        return None
    prep = doc[cue.i + 1]
    hung = prep.head.dep_ == "advcl" and prep.head.head == cue and prep.head.i > prep.i  # the clause's own
    if prep.dep_ != "prep" or (prep.head != cue and not hung) or prep.lower_ not in _SETTING_PREPS:
        return None
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if not objs:
        return None
    start = objs[0].i + 1
    that = [t for t in doc[start:min(start + 4, sent.end)] if t.lower_ == "that" and t.dep_ in ("mark", "advmod")]
    if not that and start + 1 < sent.end and doc[start].lower_ == "that" \
            and doc[start + 1].pos_ not in ("VERB", "AUX"):
        that = [doc[start]]  # "tweeted in the early hours that X was ...", parsed as a relative clause
    if that:
        start = that[0].i + 1
    elif start >= sent.end or doc[start].pos_ not in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"):
        return None
    rest = doc[start:sent.end]
    if not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i >= start for t in rest) \
            or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    last = max((t.i for t in rest if not t.is_punct or t.is_quote), default=None)
    if last is None:
        return None
    begin, end = trim(doc, doc[start].idx, doc[last].idx + len(doc[last]))
    return _extend_to_quotes(CharSpan(begin, end), quotes) if end > begin else None


def _split_quote_frame(doc: Doc, cue: Token, sent: Span, quote: tuple[int, int]) -> bool:
    """A frame cut off from its quotation by the "?" or "!" that ends it, on the same line:
    the sentence opens with the speaker and the cue (or the cue and the speaker) and says nothing
    else that could be the report ('"What right …?" X said during a news conference.')."""
    between = doc.text[quote[1]:sent.start_char]
    if "\n" in between or doc.text[quote[0]:quote[1]].rstrip("\"”'»").rstrip()[-1:] not in ("?", "!"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children) or cue.i - sent.start > 6:
        return False
    subj = [c for c in cue.children if c.dep_ == "nsubj"]
    if cue.i == sent.start:
        return bool(subj) and subj[0].i > cue.i
    return bool(subj) and subj[0].left_edge.i == sent.start and subj[0].right_edge.i == cue.i - 1


def _moved_subject(verb: Token) -> Token | None:
    """The subject of a passive that is no report, when its agent is a thing that cannot speak ("were
    angered by the decision"): a participle set on that verb reports the subject's words."""
    agent = _agent_object(verb)
    subj = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    if agent is None or not subj or _can_speak(agent) or not _can_speak(subj[0]):
        return None
    return subj[0]


def _can_speak(tok: Token) -> bool:
    """A person, a body or a place's people ("Democrats", "the agency", "Paris"), not a thing."""
    return tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or is_person(tok)


def _idiom_clause(verb: Token, obj: Token) -> Token | None:
    """The that-clause after a reporting idiom's object, hung on the verb or on the object."""
    return next((c for c in (*verb.children, *obj.children) if c.dep_ in ("ccomp", "acl") and c.i > obj.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _made_plain(verb: Token) -> Token | None:
    """The clause after "make clear/plain/known (that)": a complement of "make" ("made clear that X")
    or of the adjective ("made it clear that X"); None for "made the rules clear"."""
    if verb.lemma_.lower() != "make":
        return None
    adjs = [c for c in verb.children if c.lower_ in _PLAIN_ADJECTIVES and c.i > verb.i
            and c.dep_ in ("acomp", "oprd", "ccomp", "xcomp")]
    if not adjs:
        return None
    if any(c.dep_ == "dobj" and c.lower_ != "it" for c in verb.children):
        return None
    clauses = [c for c in (*verb.children, *adjs[0].children) if c.i > adjs[0].i and c.pos_ in ("VERB", "AUX")
               and (c.dep_ == "ccomp" or c.dep_ == "advcl" and any(m.lower_ == "that" for m in c.children))]
    return clauses[0] if clauses else None


def _displaced_clause(clause: Token, cue: Token, quotes: list[tuple[int, int]]) -> bool:
    """A clause before the cue that the parse made its complement but that it does not report: a
    subjectless participle modifying a noun ("At a hearing focused on X, she said Y"; tagged VBD at
    times), or any clause when another follows the cue directly ("I called her, I think the dam has
    burst": a sentence of its own before the frame). A quotation before the cue stays its content."""
    if _inside(clause.idx, quotes):
        return False
    if clause.tag_ in ("VBN", "VBG", "VBD") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children):
        return True
    return any(c.dep_ == "ccomp" and c.i > cue.i and not any(t.is_punct for t in cue.doc[cue.i + 1:c.left_edge.i])
               for c in cue.children)


def _appended_frame(cue: Token) -> Token | None:
    """'X was a barracks of the Guard, a well-placed source told The Associated Press.': the parse
    took the holder for an appositive of the last noun and the cue for its modifier. Gives the
    holder's head noun when the frame closes the sentence."""
    if cue.dep_ != "acl" or cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.head.i != cue.i - 1:
        return None
    noun, doc = cue.head, cue.doc
    if noun.dep_ != "appos" or noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None
    tail = [t for t in doc[cue.right_edge.i + 1:cue.sent.end] if not (t.is_punct or t.is_space)]
    return noun if not tail else None


def _stranded_subject(cue: Token) -> CharSpan | None:
    """'The town has power and water and officials say X': the parse made the cue's own subject a
    conjunct of the object before it, and took the cue for a conjunct of that clause's verb or gave it
    that clause's subject. A noun phrase opened by a coordinator right before a finite verb (its
    auxiliaries and adverbs aside) is that verb's subject; the other clause holds nothing of the report."""
    if cue.tag_ not in _FINITE_TAGS and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in cue.children):
        return None
    doc, k = cue.doc, cue.i - 1
    while k > 0 and doc[k].head == cue and doc[k].dep_ in ("advmod", "aux", "auxpass", "neg"):
        k -= 1
    noun = doc[k]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj" or noun.right_edge.i != k \
            or noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].dep_ != "cc":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and _in_subtree(noun, c) for c in cue.children):
        return None  # "The mayor and officials say": the conjunct is part of the cue's subject
    return _span(doc[noun.left_edge.i:k + 1])


def _quoted_subject(doc: Doc, quote: tuple[int, int]) -> bool:
    """A quotation that is the subject of a verb of its own ('as “The Daily Post” wrote', however the
    parse hung it): a name, not what the cue before it reports."""
    span = doc.char_span(quote[0], quote[1], alignment_mode="contract")
    return span is not None and any(not (quote[0] <= t.head.idx < quote[1]) and (
        t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.lower_ == "as") for t in span)


def _clause_before_frame(doc: Doc, cue: Token, sent: Span, content: CharSpan,
                         quotes: list[tuple[int, int]]) -> CharSpan | None:
    """The clause before a frame set off by commas when the cue's content is a quotation after it: the
    parse hung the frame on that clause ("The pier was crowded, Ames said, and '…'"), which is a second
    report of the same speaker."""
    head = cue.head
    if cue.dep_ != "parataxis" or head.i > cue.i or content.start < cue.idx or head.pos_ not in ("VERB", "AUX") \
            or doc.text[content.start] not in "\"“'‘`":
        return None
    edge = cue.left_edge.i if cue.left_edge.text == "," else cue.left_edge.i - 1  # the comma before the frame
    toks = [t for t in head.subtree if t.i < edge and sent.start <= t.i]
    if not toks or doc[edge].text != "," or _inside(toks[0].idx, quotes):
        return None
    start, end = trim(doc, toks[0].idx, doc[toks[-1].i].idx + len(doc[toks[-1].i]))
    return CharSpan(start, end) if end > start else None


def _state_cues(doc: Doc, sent: Span, quotes: list[tuple[int, int]]) -> list[AttributionItem]:
    """A belief or concern held as a state ("X was convinced that Y", "I'm sure Y", "they are worried
    that Y", `data/belief_states.txt`): the subject holds the clause the adjective takes."""
    out = []
    for tok in sent:
        if tok.lower_ not in _BELIEF_STATES or tok.pos_ not in ("ADJ", "VERB"):
            continue
        heads = (tok, tok.head) if tok.dep_ in ("acomp", "xcomp") else (tok,)  # "I'm sure X": X may hang on "'m"
        clauses = [c for h in heads for c in h.children
                   if c.dep_ == "ccomp" and c.i > tok.i and c.pos_ in ("VERB", "AUX")]
        holders = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        around = [c for h in heads for c in h.children]
        if not clauses or not holders or any(
                c.dep_ == "neg" or c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in around):
            continue  # not held, or held only in a supposition ("unless the clerk can be convinced that X")
        clause = clauses[0]
        marks = [t for t in clause.children if t.dep_ == "mark" and t.i < clause.i]
        first = marks[-1].i + 1 if marks else clause.left_edge.i
        last = min(clause.right_edge.i, sent.end - 1)
        start, end = trim(doc, doc[first].idx, doc[last].idx + len(doc[last]))
        if end <= start:
            continue
        content = _extend_to_quotes(CharSpan(start, end), quotes)
        source = _holder(holders[0])
        block = _enclosing(tok.idx, quotes)
        if block is not None and not _nested_report(source, content, block):
            continue
        out.append(AttributionItem(_kind(content, quotes), source, _tok_span(tok), content, block=block))
    return out


def _inverted_that(cue: Token) -> Token | None:
    """The "that" right after the cue's own phrase and a comma, which the parser hung elsewhere ("The
    warden keeps insisting, on every radio show, that X": X made the head of the frame, or a clause of
    the verb above the cue); the report starts after it."""
    doc, k = cue.doc, cue.right_edge.i
    if k + 2 >= len(doc) or doc[k + 1].text != "," or any(c.dep_ in ("ccomp", "dobj") for c in cue.children):
        return None
    that = doc[k + 2]
    if that.lower_ != "that" or that.dep_ != "mark" or _in_subtree(that, cue) or that.head.pos_ not in ("VERB", "AUX"):
        return None
    return that


def _subjectless_finite(cue: Token) -> bool:
    """A finite cue the parse gave no subject: its speaker stands somewhere the parse did not look."""
    return cue.tag_ in _FINITE_TAGS and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children)


def _after_closing_quote(cue: Token) -> bool:
    """The cue follows a closing quotation mark directly, or after the comma that ends the quotation."""
    doc = cue.doc
    return cue.i >= 2 and (doc[cue.i - 1].tag_ == "''" or (doc[cue.i - 1].text == "," and doc[cue.i - 2].tag_ == "''"))


def _holder_in_clause_after(cue: Token) -> Token | None:
    """'"It is over," said the mayor as the vote passed': the parse makes the speaker the subject of the
    clause after the frame; a cue right after a closed quotation, with no subject, whose next clause
    opens on a noun phrase and then its conjunction, was said by that noun phrase."""
    doc = cue.doc
    if not _after_closing_quote(cue) or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    for clause in cue.children:
        if clause.dep_ not in ("ccomp", "advcl") or clause.i < cue.i:
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == cue.i + 1), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.right_edge.i + 1 >= len(doc):
            continue
        mark = doc[subj.right_edge.i + 1]
        if mark.dep_ == "mark" and mark.head == clause and any(
                c.dep_ == "nsubj" and c != subj for c in clause.children):
            return subj
    return None


def _swallowed_name(cue: Token) -> CharSpan | None:
    """'In a meeting with the board of the Daily Post Reed said that ...': with no comma after the
    opening phrase, the parse takes the speaker's name into that phrase and leaves the finite cue
    without a subject; the named person or body that ends right before the cue is the speaker."""
    if cue.i == 0 or not _subjectless_finite(cue):
        return None
    last = cue.doc[cue.i - 1]
    if last.pos_ != "PROPN" or last.dep_ not in ("pobj", "compound", "appos") or last.ent_iob_ == "O" \
            or last.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
        return None
    ent = next((e for e in cue.doc.ents if e.start <= last.i < e.end), None)
    if ent is None or ent.end != cue.i or ent.start == cue.sent.start:
        return None
    # the tagger may run the name into the body before it ("the Daily Post Reed"): a person named
    # on their own elsewhere in the article is the speaker
    people = {e.text for e in cue.doc.ents if e.label_ == "PERSON" and e != ent}
    for k in range(ent.start + 1, ent.end):
        if cue.doc[k:ent.end].text in people:
            return _span(cue.doc[k:ent.end])
    return _span(ent)


def _frame_after_quote(cue: Token) -> CharSpan | None:
    """'"We will fix it," county roads Chief Ann Roe said Monday.': the words between a quotation closed
    by a comma and a finite cue with no subject of its own are its speaker, however the parser took
    them (a place name before a title is easily tagged as a verb); a name phrase of capitalised words,
    possessives and nouns, with no comma."""
    if not _subjectless_finite(cue):
        return None
    doc, k = cue.doc, cue.i - 1
    while k >= 0 and doc[k].tag_ != "''":
        tok = doc[k]
        if tok.is_punct or tok.is_space or tok.like_num or cue.i - k > 8 or not (
                tok.is_title or tok.is_upper or tok.tag_ in ("NN", "NNS", "NNP", "NNPS", "POS", "DT", "JJ")):
            return None
        k -= 1
    if k < 1 or k == cue.i - 1 or doc[k - 1].text != ",":
        return None
    words = doc[k + 1:cue.i]
    if not any(t.is_title or t.tag_ in ("NNP", "NNPS") for t in words) and words[-1].tag_ not in ("NN", "NNS"):
        return None
    return _span(words)


def _participle_subject(cue: Token) -> CharSpan | None:
    """'The bill passed, with critics saying it was rushed', 'was sued, with one tenant claiming X': in an
    absolute "with" phrase the noun right before the participle is its subject, whatever the parse hung
    the participle on (the noun, or the verb the "with" phrase modifies). So is a person after the "of"
    of a record ("a video of the mayor boasting about X", "reports of officials saying X"), not after any
    "of" ("the death of a man claiming asylum")."""
    if cue.tag_ != "VBG" or cue.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    doc = cue.doc
    noun = doc[cue.i - 1]
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    record = noun.head.head.lemma_.lower() in _TEXT_NOUNS and noun.head.head.pos_ == "NOUN"
    if noun.head.lower_ != "with" and not (noun.head.lower_ == "of" and record and _can_speak(noun)):
        return None
    return _span(doc[noun.left_edge.i:noun.i + 1])


def _lost_coordinate(cue: Token) -> Token | None:
    """The verb a subjectless cue is coordinated with when the parse hung the coordinator on that
    verb but the cue elsewhere ("X said she met the mayor, who took her arm and said ...": "and" sits on
    "took", "said" on X's "said"). A conjunct shares the subject of the verb it joins, so the holder is
    that verb's subject, also when the verb is a relative clause or sits inside another report."""
    if cue.dep_ not in ("conj", "ccomp") or any(
            c.dep_ in ("nsubj", "nsubjpass", "cc", "expl") for c in cue.children):
        return None
    doc, k = cue.doc, cue.left_edge.i - 1
    while k > cue.sent.start and doc[k].text == ",":
        k -= 1
    if doc[k].dep_ != "cc" or k < cue.sent.start:
        return None
    verb = doc[k].head
    if verb.pos_ not in ("VERB", "AUX") or not cue.head.i < verb.i < k or _after_aside(verb, cue) \
            or any(c.dep_ == "conj" and c.i > k for c in verb.children):
        return None
    return verb


def _after_aside(verb: Token, conj: Token) -> bool:
    """'some don't believe X had a gun — and perceive Y': a dash before the coordinator closes an
    aside, so the conjunct continues the clause before the aside, not the verb inside it."""
    return any(t.text in DASHES for t in verb.doc[verb.i + 1:conj.i])


def _sets_off(between: Span) -> bool:
    """The words between a clause and a cue after it set the clause off as the cue's report ("X, he
    said"; '"X" he said'). A semicolon joins two clauses of the writer's or speaker's own: "She took a
    class; she was writing a play" has no frame, and "X; Y, he said" reports Y only."""
    return any(t.is_punct for t in between) and not any(t.text == ";" for t in between)


def _second_complement(conj: Token) -> bool:
    """'joked that X and that he felt Y': a conjunct with a "that" of its own is a second complement
    of the same cue (its report goes on), not a frame coordinated to the reported clause."""
    return any(m.dep_ == "mark" and m.lower_ == "that" and m.i < conj.i for m in conj.children)


def _appositive_participle(cue: Token) -> tuple[Token, Token] | None:
    """'Nashua Corp., rumored a takeover target for months, said that ...': a cue without a subject
    whose holder the parse made the subject of a participle set off by commas before the cue.
    Gives (holder, participle)."""
    if any(c.dep_ == "nsubj" for c in cue.children) or cue.i == 0:
        return None
    doc = cue.doc
    if doc[cue.i - 1].text != ",":
        return None
    for c in cue.children:
        if c.dep_ != "ccomp" or c.i > cue.i or c.tag_ not in ("VBD", "VBN"):
            continue
        subj = [g for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
        if not subj or subj[0].left_edge.i != c.left_edge.i or c.right_edge.i != cue.i - 1:
            continue
        if doc[c.i - 1].text == "," and subj[0].right_edge.i in (c.i - 1, c.i - 2):
            return subj[0], c
    return None


def _or_so_clause(cue: Token) -> CharSpan | None:
    """The clause an "or so" frame follows ("The plant will close, or so the union claims", "X — or so
    says Y"): the parse makes the frame a conjunct of that clause; the content is the clause up to "or"."""
    if cue.dep_ != "conj" or cue.head.i > cue.i:
        return None
    so = [c for c in cue.children if c.dep_ == "advmod" and c.lower_ == "so" and c.i < cue.i]
    if not so or so[0].i == 0 or cue.doc[so[0].i - 1].lower_ != "or":
        return None
    doc, head = cue.doc, cue.head
    words = [t for t in doc[head.left_edge.i:so[0].i - 1] if not t.is_punct]
    if not words or words[0].sent != cue.sent:
        return None
    start, end = trim(doc, words[0].idx, words[-1].idx + len(words[-1]))
    return CharSpan(start, end) if end > start else None


def _comma_frame(cue: Token) -> Token | None:
    """'The army shelled the camp on Thursday, alleges the aid group.': an inverted frame after a comma
    that the parse made a conjunct of the reported clause, with the holder after it. A finite
    conjunct with no subject and no coordinator of its own ("X, Y and alleges Z" is a list) whose object
    closes the sentence is such a frame. Gives the holder's head noun."""
    doc = cue.doc
    if cue.dep_ != "conj" or cue.head.i > cue.i or cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubjpass", "expl", "cc", "ccomp", "xcomp") or c.dep_ == "nsubj" and c.i < cue.i
            for c in cue.children):
        return None
    # (the holder may be parsed as the object or as a subject after the verb: ", say local officials.")
    objs = [c for c in cue.children if c.dep_ in ("dobj", "nsubj") and c.left_edge.i == cue.i + 1
            and c.pos_ in ("NOUN", "PROPN")]
    if not objs:
        return None
    rest = [t for t in doc[objs[0].right_edge.i + 1:cue.sent.end] if not (t.is_punct or t.is_space)]
    return objs[0] if not rest else None


def _before_comma_frame(cue: Token) -> CharSpan | None:
    """The clause an inverted comma frame (see _comma_frame) reports: its sentence up to the comma."""
    if _comma_frame(cue) is None:
        return None
    doc = cue.doc
    words = [t for t in doc[cue.sent.start:cue.i - 1] if not t.is_space]
    if not words:
        return None
    start, end = trim(doc, words[0].idx, words[-1].idx + len(words[-1]))
    return CharSpan(start, end) if end > start else None


def _as_frame(cue: Token) -> bool:
    """A cue in an "as" clause on a finite clause: "As the senator noted, ...", "..., as she put it".
    A path after the verb ("as she charged into the crowd") makes it a motion, not a frame."""
    return _as_clause(cue) and any(c.dep_ == "nsubj" for c in cue.children) and not any(
        c.dep_ == "prep" and c.lower_ in _PATH_PREPS and c.i > cue.i for c in cue.children)


def _as_clause(cue: Token) -> bool:
    """A clause opened by "as" that modifies a verb: where an "as" frame ("as she noted", "as reported
    by X") stands."""
    return cue.dep_ == "advcl" and cue.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < cue.i for c in cue.children)


def _as_passive_holder(cue: Token) -> Token | None:
    """"As reported by the Daily Post, ...", "As stated in the audit, ...": the passive frame's holder."""
    text = _prep_object(cue, "in")  # a text holds it ("in the audit"), not a case or a place
    if text is not None and text.lemma_.lower() not in _TEXT_NOUNS and text.ent_type_ not in ("ORG", "WORK_OF_ART"):
        text = None
    return _agent_object(cue) or text


def _patient(verb: Token) -> CharSpan | None:
    """The passive subject of a clause without an agent: "she was hospitalized after saying ..."
    and "he was fined for saying ..." both tell what she or he said."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return _holder(subj[0]) if subj else None


def _inverted_subject(cue: Token) -> Token | None:
    """'"…," said a government communique, read Wednesday at a rally': a cue right after a
    quotation, with no subject of its own, whose holder the parse made the subject of the
    participle that follows (set off by a comma)."""
    if any(c.dep_ == "nsubj" for c in cue.children) or cue.i == 0:
        return None
    doc = cue.doc
    if not (doc[cue.i - 1].is_quote or doc[cue.i - 1].text == ","):
        return None
    for c in cue.children:
        if c.dep_ != "ccomp" or c.i < cue.i or c.tag_ not in ("VBD", "VBN"):
            continue
        subj = [g for g in c.children if g.dep_ == "nsubj"]
        if not subj or subj[0].left_edge.i != cue.i + 1:
            continue
        last = subj[0].right_edge.i
        if doc[last].text == "," or (last + 1 < c.i and doc[last + 1].text == ","):
            return subj[0]
    return None


def _noun_that_clause(noun: Token) -> tuple[Token, Token] | None:
    """(clause, "that") of a nominal cue's content clause: "the claim that X" with "that" as a mark,
    or "the warning that fuel would run out", where the tagger took "that" for the determiner of
    the clause's subject ("that fuel")."""
    for c in noun.children:
        if c.dep_ not in ("acl", "ccomp", "relcl") or c.i < noun.i:
            continue
        marks = [g for g in c.children if g.dep_ == "mark" and g.lower_ == "that"]
        if marks:
            return c, marks[0]
        first = c.left_edge
        if c.dep_ != "relcl" and first.i == noun.i + 1 and first.lower_ == "that" and first.dep_ == "det" \
                and first.head.dep_ in ("nsubj", "nsubjpass") and first.head.head == c:
            return c, first
    if noun.dep_ == "dobj":  # "confirmed her assertion that X": the parse hung the clause on the verb
        for c in noun.head.children:
            first = c.left_edge
            # ("sent signals Sunday that X": a day between the noun and its clause)
            gap = noun.doc[noun.right_edge.i + 1:first.i]
            if c.dep_ == "ccomp" and first.lower_ == "that" and first.dep_ == "mark" and first.head == c and all(
                    t.ent_type_ in ("DATE", "TIME") for t in gap) and len(gap) < 4 and first.i > noun.i:
                return c, first
    return None


def _inverted_object(cue: Token) -> Token | None:
    """'"…," added the minister', '"…," read the press release': in a frame inverted after a
    quotation the parse often makes the holder the cue's object. Gives that noun when the cue
    follows the closing mark directly, has no subject, and the noun closes the frame."""
    doc = cue.doc
    if not _after_closing_quote(cue):
        return None
    opening = next((t.i for t in reversed(doc[cue.sent.start:cue.i - 1]) if t.tag_ == "``"), None)
    # ('"Hooray," exclaimed Roe': a one-word quotation the parse took for the subject)
    quoted = [c for c in cue.children if c.dep_ == "nsubj" and opening is not None and opening < c.i < cue.i]
    if any(c.dep_ in ("nsubj", "nsubjpass") and c not in quoted for c in cue.children):
        return None
    if not quoted and not any(c.dep_ in ("ccomp", "parataxis") and c.i < cue.i for c in cue.children):
        return None  # the quotation is not the cue's complement
    objs = [c for c in cue.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == cue.i + 1]
    if not objs:
        return None
    rest = [t for t in doc[objs[0].right_edge.i + 1:cue.sent.end] if not t.is_punct and not t.is_space]
    return objs[0] if not rest or (rest[0].head == cue and rest[0].dep_ in ("prep", "npadvmod", "advmod")) or (
        rest[0].dep_ == "mark" and rest[0].head.dep_ == "advcl" and rest[0].head.head == cue) else None


def _quote_before(doc: Doc, sent: Span, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A quotation ending right before this sentence or at its start ('"…" He said this.'). The
    quotations are walked by where they end, so one nested in it ('"… 'close' it?" she said') is
    not taken for the last quotation before the sentence."""
    for s, e in sorted(quotes, key=lambda q: q[1], reverse=True):
        if e <= sent.start_char and not doc.text[e:sent.start_char].strip(" \n\r\t,.") and e - s > 3:
            return s, e
        if e <= sent.start_char:
            break
    return None


_SETTING_DEPS = frozenset({"prep", "pobj", "det", "amod", "compound", "poss", "case", "advmod", "npadvmod",
                           "dative", "prt", "nummod", "cc", "conj", "punct"})


def _frame_to_colon(cue: Token, sent: Span) -> bool:
    """The cue ends its sentence at a colon, with at most a setting or an addressee between them
    ("said:", "told reporters in a briefing:", "commented on the arrest on Tuesday:"): what the
    colon opens is the report. A clause or an object of the cue's own ("said the following:") is not
    a setting."""
    if sent.end - 1 - (cue.i + 1) > 12 or any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "attr") and c.i > cue.i for c in cue.children):
        return False
    return _setting_to_colon(cue, sent)


def _setting_to_colon(head: Token, sent: Span, noun: Token | None = None) -> bool:
    """The sentence ends at a colon and only a setting of ``head`` stands between them (and the
    nominal cue ``noun`` of a light verb, "made the following comment on Monday:")."""
    return sent[-1].text == ":" and all(
        _in_subtree(t, head) and (t.dep_ in _SETTING_DEPS or noun is not None and _in_subtree(t, noun))
        for t in head.doc[head.i + 1:sent.end - 1])


def _starts_line(doc: Doc, sent: Span) -> bool:
    return sent.start_char == 0 or doc.text[sent.start_char - 1] == "\n"


def _block_after(doc: Doc, sent: Span, quotes: list[tuple[int, int]]) -> CharSpan | None:
    """The quotation (or else the line) that follows a reporting clause ending in a colon."""
    text = doc.text
    i = sent.end_char
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text) or not any(s <= i < e for s, e in regions(doc)):
        return None
    for s, e in quotes:
        if s == i:
            return CharSpan(s, e)
    eol = text.find("\n", i)
    eol = len(text) if eol == -1 else eol
    start, end = trim(doc, i, eol)
    return CharSpan(start, end) if end > start else None


def _kind(content: CharSpan, quotes: list[tuple[int, int]]) -> str:
    for s, e in quotes:
        if s <= content.start and content.end <= e:
            return "direct"
    for s, e in quotes:
        if e - s > 3 and s < content.end and content.start < e:
            return "mixed"
    return "indirect"


def _extend_to_quotes(content: CharSpan, quotes: list[tuple[int, int]]) -> CharSpan:
    """A content that starts or ends inside a quotation takes the whole quotation."""
    start, end = content.start, content.end
    for s, e in quotes:
        if s <= start < e or s < end <= e:
            start, end = min(start, s), max(end, e)
    return CharSpan(start, end)


def _continuations(doc: Doc, found: list[AttributionItem], leads: list[tuple[int, tuple[int, int]]],
                   sents: list[Span]) -> list[AttributionItem]:
    """A quotation opening a sentence without a cue continues the direct attribution just before it.

    A quotation with no quote to continue takes the speaker of the sentence right after it when that
    sentence opens with its frame ('"She's a hard worker." / Kenneth Dorsey says ...'). The holder
    paraphrased in the sentence just before it ('X said the plan was sound. "It will ..."') wins over
    both, when that report comes after the last quotation.
    """
    out = []
    opened = {q[0]: q[1] for _, q in leads}
    for n, (s, e) in leads:
        if any(a.content.start <= s < a.content.end for a in found + out):
            continue  # already the content of a cue later in the quotation
        window = sents[max(0, n - 3)].start_char
        prev = [a for a in found + out if a.type == "direct" and window <= a.content.start < s]
        frame = max(prev, key=lambda a: a.content.start) if prev else _frame_after(doc, found, sents, n, e)
        if frame is None:
            frame = _next_paragraph_quote(doc, found, e, opened)
        para = _paraphrase_before(found + out, sents[n - 1], s) if n > 0 else None
        if para is not None and (frame is None or frame.content.start < para.cue.start) and (
                frame is None or para.source.text(doc).lower() not in _PERSON_SUBJECTS):
            # (not "I think" mid-quote, nor a "he" that is most likely the speaker quoted just before)
            frame = para  # a holder paraphrased in between speaks the quote, not the quoted speaker before
        if frame is not None:
            out.append(AttributionItem("direct", frame.source, frame.cue, CharSpan(s, e), frame.source_entity,
                                       frame.hedge))
    return out


def _frame_after(doc: Doc, found: list[AttributionItem], sents: list[Span], n: int,
                 end: int) -> AttributionItem | None:
    """The frame that opens the sentence right after a quotation ("Kenneth Dorsey says ...")."""
    nxt = next((x for x in sents[n:] if x.start_char >= end), None)
    if nxt is None or doc.text[end:nxt.start_char].strip(" \t\r\n"):
        return None
    frames = [a for a in found if a.source is not None and a.source.start == nxt.start_char
              and a.cue.start - nxt.start_char < 40 and a.content.start >= a.cue.end
              and a.cue.end - a.cue.start > 1 and _adjacent(doc, a.source, a.cue)]
    return frames[0] if frames else None


# "at a fair in Ogden, Ut.," and "in Salem, Ore.," are no sentence end
_ABBREVIATION_DOT = r"(?<=[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\."
_FRAME_GAP = re.compile(rf"(?:[^\n.!?\"“”«»]|{_ABBREVIATION_DOT}){{0,80}},(?:[ \t]+(?:and|but))?[ \t]*$")


def _directive(cue: Token, xcomp: Token) -> bool:
    """'told her to leave', 'urged the mayor to resign': a "to" complement after the addressee is
    what the holder asked for, even with no object of its own."""
    return any(c.dep_ in ("dobj", "dative") and c.i < xcomp.i and c.pos_ in ("PRON", "NOUN", "PROPN")
               for c in cue.children) and to_infinitive(xcomp)


def _for_clause_mark(cue: Token, prep: str) -> Token | None:
    """The "for" of "called for the board to publish the audit", which the parser reads as the mark of a clause
    with its own subject rather than as a preposition."""
    for c in cue.children:
        if c.dep_ == "advcl" and c.i > cue.i and any(g.dep_ == "nsubj" for g in c.children) and to_infinitive(c):
            mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ == prep), None)
            if mark is not None and mark.i > cue.i:
                return mark
    return None


def _call_on(cue: Token, prep: Token) -> bool:
    """"call on" reports only as an appeal (see _appeal)."""
    return cue.lemma_.lower() == "call" and prep.lower_ == "on"


def _appeal(cue: Token, prep: Token) -> Token | None:
    """The "to" complement of "called on X to Y", an appeal like "urged X to Y" (without one, "called
    on Tuesday" or "called on the phone" reports nothing)."""
    if not _call_on(cue, prep):
        return None
    return next((c for c in cue.children if c.dep_ == "xcomp" and c.i > prep.i and to_infinitive(c)), None)


def _free_quotes(quotes: list[tuple[int, int]], found: list[AttributionItem]) -> list[tuple[int, int]]:
    """The quotations of some length that no report found so far has as (the start of) its content."""
    return [(s, e) for s, e in quotes if e - s >= 4 and not any(a.content.start <= s < a.content.end for a in found)]


_AND_QUOTE = re.compile(r"[ \t]*,?[ \t]+(?:and|or)[ \t]+$")


def _coordinated_quotes(doc: Doc, quotes: list[tuple[int, int]], found: list[AttributionItem]) -> list[AttributionItem]:
    """'chanting "Fair rent now" and "No more evictions"': a quotation joined by "and" or "or" to a direct
    report's quotation is a second report of the same source and cue."""
    out: list[AttributionItem] = []
    free = _free_quotes(quotes, found)
    whole = set(quotes)
    for item in found:
        if item.type != "direct" or item.cue.end > item.content.start or (item.content.start, item.content.end) \
                not in whole or doc.text[item.cue.end:item.content.start].strip(" \t,:"):
            continue  # a cue right before a whole quotation: 'chanting "Fair rent now" and ...'
        for start, end in free:
            if start > item.content.end and _AND_QUOTE.fullmatch(doc.text[item.content.end:start]):
                out.append(AttributionItem("direct", item.source, item.cue, CharSpan(start, end)))
                break
    return out


def _split_quote_tails(doc: Doc, quotes: list[tuple[int, int]], found: list[AttributionItem]) -> list[AttributionItem]:
    """'"The count is accurate," Reza said, "and the process was fair."': the quotation that resumes
    after the frame set inside it, on the same line, is the same speaker's, with the same cue."""
    out = []
    # (a mixed content that ends on its quotation: 'The chef is “quick as lightning,” Roe wrote, and “dull.”')
    frames = [a for a in found if a.source is not None and a.block is None
              and a.content.end <= min(a.cue.start, a.source.start)
              and (a.type == "direct" or a.type == "mixed" and any(e == a.content.end for _, e in quotes))]
    for s, e in _free_quotes(quotes, found):
        for a in frames:
            end = max(a.cue.end, a.source.end)
            if end <= s and _FRAME_GAP.fullmatch(doc.text, end, s) and "\n" not in doc.text[a.content.end:end]:
                out.append(AttributionItem("direct", a.source, a.cue, CharSpan(s, e), a.source_entity, a.hedge))
                break
    return out


def _split_quote_heads(doc: Doc, quotes: list[tuple[int, int]], found: list[AttributionItem]) -> list[AttributionItem]:
    """'"Once the ferry is fixed," Ames told the panel, "we can sail."': a quotation cut off by a comma
    right before a frame whose own content is the quotation that resumes after it is the same speaker's,
    whatever the parser hung the fragment on."""
    out = []
    frames = [a for a in found if a.type == "direct" and a.source is not None and a.block is None
              and a.content.start >= max(a.cue.end, a.source.end)]
    for s, e in _free_quotes(quotes, found):
        if doc.text[s:e].rstrip("\"”'»").rstrip()[-1:] != ",":
            continue
        for a in frames:
            begin = min(a.cue.start, a.source.start)
            if e <= begin and not doc.text[e:begin].strip() and "\n" not in doc.text[e:a.content.start]:
                out.append(AttributionItem("direct", a.source, a.cue, CharSpan(s, e), a.source_entity, a.hedge))
                break
    return out


def _next_paragraph_quote(doc: Doc, found: list[AttributionItem], end: int,
                          opened: dict[int, int]) -> AttributionItem | None:
    """'"We will rebuild. It will take years. / "But we will not stop," the mayor said.': a paragraph
    left open (no closing mark) runs on in the quotation that opens the next line, as a long quote is
    set in news copy; it has the speaker named with that quotation, or with the one after it when
    that paragraph is left open too (``opened``: start -> end of the quotations that open a sentence)."""
    text = doc.text
    for _ in range(10):
        if text[end - 1:end] in _CLOSERS or text[end - 1:end] == _STRAIGHT or "\n" not in text[end:end + 3]:
            return None
        nxt = end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        frames = [a for a in found if a.type == "direct" and a.content.start == nxt and a.source is not None
                  and a.block is None]
        if frames:
            return frames[0]
        if nxt not in opened:
            return None
        end = opened[nxt]
    return None


def _paraphrase_before(found: list[AttributionItem], sent: Span, quote_start: int) -> AttributionItem | None:
    """'The mayor said the plan was sound. "It will create jobs."': a quotation without a cue right
    after a sentence that paraphrases a named holder goes on with that holder's words. Only the
    sentence just before counts, and only its last report, so an older speaker is never reached."""
    own = [a for a in found if a.source is not None and a.block is None
           and sent.start_char <= a.cue.start < sent.end_char and a.content.end <= quote_start]
    return max(own, key=lambda a: a.cue.start) if own else None


_SIGNATURE = re.compile(r"[^\S\n]*([―—–]|--)[^\S\n]*((?:[A-Z][\w.'’-]*[^\S\n]+){0,4}[A-Z][\w.'’-]*)"
                        r"[^\S\n]*\.?[^\S\n]*(?:\n|$)")  # [^\S\n]: a space, tab or no-break space


def _signed_quotes(doc: Doc, quotes: list[tuple[int, int]], found: list[AttributionItem]) -> list[AttributionItem]:
    """A quotation signed with a dash and a name at the end of its line ('"…" ― Sonya Herridge')."""
    out = []
    for s, e in quotes:
        if any(a.content.start <= s < a.content.end for a in found):
            continue
        m = _SIGNATURE.match(doc.text, e)
        if m is None or e - s < 4:
            continue
        name = CharSpan(m.start(2), m.end(2))
        if name.text(doc).endswith("."):
            name = CharSpan(name.start, name.end - 1)
        out.append(AttributionItem("direct", name, CharSpan(m.start(1), m.end(1)), CharSpan(s, e)))
    return out


_TURN = re.compile(r"^[ \t]*[\"“]?[ \t]*([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2})(:)[ \t]+(\S[^\n]*)$", re.M)


_TURN_MARKS = frozenset({'"', "“"})
# a paragraph that opens with a quotation mark and a word, not a bracketed stage note
_QUOTED_PARAGRAPH = re.compile(r"^[ \t]*([\"“][ \t]*[A-Za-z][^\n]*)$", re.M)


def _transcript_turns(doc: Doc, found: list[AttributionItem]) -> list[AttributionItem]:
    """Transcript turns ('PENCE: Well, look, ...'): a speaker's name in capitals opens the line and a
    colon sets off what the speaker said, to the end of the line. The label must name a person the
    article names, or open two turns or more (one capitalised label alone may be a dateline)."""
    turns = []
    for start, end in regions(doc):
        turns += [m for m in _TURN.finditer(doc.text, start, end) if len(m.group(1)) > 1]
    if not turns:
        return found
    counts: dict[str, int] = {}
    for m in turns:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    people = {w.lower() for c in doc._.entities or [] if c.label == "PERSON" for m in c.mentions
              for w in doc.text[m.start:m.end].split()[-1:]}
    places = {doc.text[m.start:m.end].lower() for c in doc._.entities or [] if c.label in ("GPE", "LOC", "ORG")
              for m in c.mentions}
    out = list(found)
    transcript = max(counts.values()) >= 2  # a speaker with two turns: the other labels are speakers too
    for k, m in enumerate(turns):
        label = m.group(1)
        if label.lower() in places or not (transcript or label.split()[-1].lower() in people):
            continue
        start, end = trim(doc, m.start(3), m.end(3))
        if end - start < 3:
            continue
        colon = CharSpan(m.start(2), m.end(2))
        # a transcript printed as a quotation ('"ROE: ...', each paragraph opening with a mark) is verbatim
        quoted = doc.text[m.start():m.start(1)].strip() in _TURN_MARKS
        kind = "direct" if quoted else "indirect"
        out = [a for a in out if a.cue != colon]  # the colon frame read from the sentence alone
        out.append(AttributionItem(kind, CharSpan(m.start(1), m.end(1)), colon, CharSpan(start, end)))
        if quoted and transcript and k + 1 < len(turns):  # up to the next turn; after the last, end matter
            for more in _QUOTED_PARAGRAPH.finditer(doc.text, m.end(), turns[k + 1].start()):
                s, e = trim(doc, more.start(1), more.end(1))
                if e - s >= 3:  # the speaker's next paragraph, no label of its own ("(CROSSTALK.)" is none)
                    out.append(AttributionItem("direct", CharSpan(m.start(1), m.end(1)), colon, CharSpan(s, e)))
    return out


def _quoted_holders(quotes: list[tuple[int, int]], found: list[AttributionItem]) -> None:
    """'"…, not this year," Doe said, before suggesting that …': a cue after a quotation that
    took its holder from inside the quotation (the parse made the quoted clause the head) is the
    speaker's: the holder becomes that of the outermost frame that reports the quotation."""
    for a in found:
        if a.source is None or a.block is not None:
            continue
        q = next(((s, e) for s, e in quotes if s <= a.source.start and a.source.end <= e and a.cue.start >= e), None)
        if q is None:
            continue
        frames = [b for b in found if b is not a and b.block is None and b.source is not None
                  and b.content.start <= q[0] and b.content.end >= q[1]
                  and not q[0] <= b.cue.start < q[1] and not q[0] <= b.source.start < q[1]]
        if frames:
            outer = min(frames, key=lambda b: (b.content.start, -b.content.end))
            a.source, a.source_entity = outer.source, outer.source_entity


def _speakers_as_selves(doc: Doc, found: list[AttributionItem]) -> None:
    """'"I think the plan will fail," the mayor said': a first-person holder inside a quotation
    is its speaker, so its entity is that of the innermost frame that reports the quotation."""
    for a in found:
        if a.block is None or a.source is None or a.source.text(doc).lower() not in _FIRST_PERSON:
            continue
        s, e = a.block
        frames = [b for b in found if b is not a and b.source_entity is not None
                  and b.content.start <= s + 1 and b.content.end >= e - 1
                  and not s <= b.source.start < e]
        if frames:
            a.source_entity = min(frames, key=lambda b: b.content.end - b.content.start).source_entity


def _adjacent(doc: Doc, source: CharSpan, cue: CharSpan) -> bool:
    """The cue follows its source directly (an adverb at most): the sentence's own frame."""
    between = doc.text[source.end:cue.start]
    return "," not in between and len(between.split()) <= 1


def _cut_at_framed_colon(doc: Doc, items: list[AttributionItem],
                         quotes: list[tuple[int, int]]) -> list[AttributionItem]:
    """'X said the plan was sound: "It will work," Y told reporters': a paraphrase stops at a colon
    that opens a quotation with a frame of its own; the quotation is that frame's report, not more
    of the paraphrase (without a frame of its own it stays the paraphrase's elaboration)."""
    text = doc.text
    framed = {a.content.start: a for a in items if a.type == "direct"}
    for item in items:
        if item.type == "direct":
            continue
        for start, quoted in framed.items():
            if quoted is item or quoted.cue.start == item.cue.start \
                    or not item.content.start < start < item.content.end:
                continue
            head = text[item.content.start:start].rstrip()
            if head.endswith(":"):
                end = trim(doc, item.content.start, item.content.start + len(head))[1]
                if end > item.content.start:
                    item.content = CharSpan(item.content.start, end)
                    item.type = _kind(item.content, quotes)
                break
    return items


def _dedupe(items: list[AttributionItem]) -> list[AttributionItem]:
    seen: set[tuple[int, int, int, int]] = set()
    out = []
    for item in sorted(items, key=lambda a: (a.content.start, a.cue.start)):
        key = (item.cue.start, item.cue.end, item.content.start, item.content.end)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
