"""The ``news_claims`` factory: check-worthy clauses.

Each sentence (and each part of a headline around a colon) is cut into
clauses along the parse: independent conjuncts with a subject of their own,
contrastive "while/though" clauses, comma-separated participle clauses and
"with X provided for Y" absolutes become claims of their own. A reporting
frame goes with the clause next to it. Non-restrictive relative clauses and
descriptive appositions of names are extra claims spanning antecedent and
clause. A clause is a claim when it states an event, action, figure or
relation: it has a verb (or, in a headline, an event noun), no opinion,
framing, demand, prediction or speculation marker, and is not a question.
Claims link to the attribution whose cue or content they hold; hedges come
from modal and hedge words, hedging cues, holder-less passives ("are said
to", "has been accused of"), "there is talk/are reports", and scare quotes
in a headline. In an opinion piece (a column, an editorial, letters: see ``opinion.py``) the writer's
own clauses are claims only when they carry a figure, a date, a named doer's act or a relation of names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractor.pipes.attributions.factory import quote_spans
from extractor.pipes.base import DASHES, is_person, known_verbs, neither_subject, sentences, to_infinitive, trim
from extractor.pipes.claims.opinion import checkable, contributor_bio, in_open_quote, opinion_ranges, sign_offs
from extractor.pipes.dates.normalise import WEEKDAYS
from extractor.resources import load_lines

if TYPE_CHECKING:
    from extractor.pipes.attributions.factory import AttributionItem

_PKG = "extractor.pipes.claims"


def _two_lists(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """A word list of ``data/`` in two parts, split by a line holding only "-"."""
    lines = load_lines(name, package=_PKG)
    cut = lines.index("-")
    return frozenset(lines[:cut]), frozenset(lines[cut + 1:])


_CONTRAST = {"while", "whereas", "though", "although", "but"}
_SUBJ = {"nsubj", "nsubjpass", "expl", "csubj"}
_NOT_CLAIM_MODALS = {"should", "must", "ought", "might", "will", "'ll", "shall", "could", "wo"}
_DECISION_VERBS = frozenset({"announce", "decide", "confirm", "agree"})
_SCHEDULE_VERBS = frozenset(load_lines("schedule_verbs.txt", package=_PKG))
_WEEKDAYS = frozenset(WEEKDAYS)
_FUTURE_MODALS = frozenset({"will", "'ll", "shall", "might", "wo"})
_TOLERATING = frozenset(load_lines("tolerance_verbs.txt", package=_PKG))
_NONLITERAL = frozenset(load_lines("nonliteral_adverbs.txt", package=_PKG))
_JEST = frozenset(load_lines("jest_verbs.txt", package=_PKG))
_OPERATIONAL = frozenset(load_lines("operational_sources.txt", package=_PKG))
_ACTED_FRAMING = frozenset(load_lines("acted_framing_verbs.txt", package=_PKG))
_FORECAST_MODALS = _FUTURE_MODALS | {"could"}  # with "would" and "going to": what a holder may foresee
# framing verbs that state a figure when one is their object ("women represented 41 percent of staff",
# "the group raised $5 million"), unlike wishes ("wanted 60 votes")
_FIGURE_FRAMES = frozenset({"represent", "raise", "contribute", "mark", "remain", "reflect"})
_EMBED_MARKS = {"as", "because", "since", "after", "when", "before"}
_LEAD_DROP = {"cc", "mark", "punct"}
# the only dependencies _split_heads cuts a clause at, besides roots and heads outside the unit
_SPLIT_DEPS = frozenset({"conj", "ccomp", "advcl", "xcomp", "acl", "npadvmod", "dobj", "advmod", "prep", "pcomp"})
# negated, these make a sentence about missing information ("it has not been stated where")
_UNSTATED = frozenset(load_lines("unstated_verbs.txt", package=_PKG))
# cognition verbs: a negated thought is a personal statement, not a denial of fact
_COGNITION = frozenset(load_lines("cognition_verbs.txt", package=_PKG))
_QUOTES = "\"“”‘’'«»"
# frequency adverbs that make "would" a past habit ("he would often call")
_HABITUAL = frozenset({"often", "always", "usually", "constantly", "regularly", "frequently", "routinely",
                       "repeatedly", "sometimes", "typically", "generally", "invariably"})
# a participle that tells how a source was reached ("X, quoted by Vesti", "Y, interviewed by CNN")
_SOURCE_PARTICIPLES = frozenset({"quote", "cite", "interview", "contact", "reach"})
_DATELINE = frozenset({"published", "updated", "posted", "modified", "created", "last"})
_NOTICE_WORDS = r"(?:WARNING|NOTE|EDITOR'S NOTE|CORRECTION|CLARIFICATION|DISCLAIMER|DISCLOSURE)\s*:"
_NOTICE = re.compile(r"\s*" + _NOTICE_WORDS)  # an editor's notice opening the sentence
_NOTICE_BEFORE = re.compile(_NOTICE_WORDS + r"\s*$")  # ... or just before it ("(WARNING: Video ...)")
_BIO = re.compile(r"\b[Ff]ollow (?:him|her|them) on\b|\b[Rr]each (?:him|her|them) at\b")  # a writer's bio line
_REPORT_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis"})
_TIME_PARTICIPLES = frozenset({"beginning", "starting", "ending", "effective", "commencing"})
# verbs of an impression ("It sounded like gunfire"): not the perception verbs of the attributions stage
_IMPRESSIONS = frozenset(load_lines("impression_verbs.txt", package=_PKG))
# saying and thinking verbs: with nothing reported they make a bare frame, no fact of their own
_BARE_FRAMES = frozenset(load_lines("bare_frame_verbs.txt", package=_PKG))
# what a saying verb reports or is completed by: without any of these it stands bare
_REPORTED = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "attr", "oprd", "acomp", "dative", "csubj"})
_INTENSIFIERS = frozenset(load_lines("intensifiers.txt", package=_PKG))
# acts whose making is the news even when what they foresee or ask for is no claim ("banks are warning
# brokers that premiums could rise": the warning happened)
_ACTS = frozenset(load_lines("act_verbs.txt", package=_PKG))
# participles that lay blame, a responsibility to check ("..., blaming her for the unrest")
_BLAME = frozenset(load_lines("blame_verbs.txt", package=_PKG))
_EFFECTS = frozenset(load_lines("effect_verbs.txt", package=_PKG))
_CAPACITIES = frozenset(load_lines("capacity_nouns.txt", package=_PKG))
_INTENSIFYING = frozenset(load_lines("intensifying_verbs.txt", package=_PKG))
_FRAMING_NOUNS: dict[str, str] = {
    lemma: kind for kind, lemma in (line.split("\t") for line in load_lines("framing_nouns.txt", package=_PKG))}
_DEMEANOUR = frozenset(load_lines("demeanour_verbs.txt", package=_PKG))
_ASKING = frozenset(load_lines("asking_verbs.txt", package=_PKG))
# "would" + a wish ("He would like to meet him"): a desire, not a plan
_WISHES = frozenset({"like", "love", "prefer", "hate", "want", "wish"})
# adverbs of a guess ("..., perhaps recognizing that ...": a motive guessed at)
_GUESSES = frozenset({"possibly", "perhaps", "maybe", "presumably"})
# hedging adverbs that turn a "will" into a forecast ("will likely see")
_LIKELY = _GUESSES | {"likely", "probably"}
# nouns of the time for an act ("this is the time to act"): an exhortation, not a fact
_TIME_TO = frozenset({"time", "moment"})
# nouns of a task to do ("their job was to ...", "the rebels' endgame is to ..."); not "goal": a reported goal
# ("said the party's top goal was to ...") may be news
_DUTIES = frozenset({"responsibility", "duty", "job", "task", "mission", "endgame", "strategy"})
# comparative judgements of an extraposed clause ("it's better that I'm quiet")
# how sure a fact is, said of an extraposed clause ("it is likely the aide was named", "it is clear that X"):
# the clause is a claim, hedged where the adjective doubts it; not a judgement
_EPISTEMIC = frozenset({"likely", "probable", "clear", "evident", "obvious", "apparent", "certain", "true"})
_ODDS = frozenset({"likely", "unlikely", "possible", "impossible", "probable", "improbable"})
_PREFERENCES = frozenset(load_lines("preference_verbs.txt", package=_PKG))
_JUDGED_SUPERLATIVES = frozenset(load_lines("judged_superlatives.txt", package=_PKG))
_JUDGEMENT_IDIOMS = frozenset(tuple(line.split("\t")) for line in load_lines("judgement_idioms.tsv", package=_PKG))
_BETTER = frozenset({"better", "best", "worse", "worst", "wiser", "smarter", "easier", "safer"})
_SUBJECT_ADJECTIVES = frozenset(load_lines("subject_adjectives.txt", package=_PKG))
_STATE_ADJECTIVES = frozenset(load_lines("state_adjectives.txt", package=_PKG))
_IDENTITY_NOUNS = frozenset(load_lines("identity_nouns.txt", package=_PKG))
_ORGANISATION_KINDS = frozenset(load_lines("organisation_kinds.txt", package=_PKG))
_GLOSS_WORDS: dict[str, frozenset[str]] = {
    kind: frozenset(w for k, w in (line.split("\t") for line in load_lines("place_glosses.tsv", package=_PKG))
                    if k == kind) for kind in ("unit", "direction", "prep", "landmark")}
# judgements of rightness or quality ("a reasonable decision", "ruled correctly")
_EVALUATIVE = frozenset(load_lines("evaluative.txt", package=_PKG))
# what makes an obligation binding besides a legal document ("by court order", "under the mandate")
_MANDATES = frozenset({"mandate", "order", "ruling", "judgment", "judgement", "verdict", "agreement", "contract"})
# adjectives of bare value: after "be" they judge even with a complement ("good for business")
_VALUE_ADJECTIVES = frozenset({"good", "bad", "great", "fine", "right", "wrong", "better", "worse", "awful"})
_PENALTIES = frozenset({"pay", "serve", "forfeit", "repay", "reimburse", "perform", "complete", "spend"})
_STANCE_ADVERBS = frozenset(load_lines("stance_adverbs.txt", package=_PKG))
_CHOICES = frozenset({"thing", "decision", "choice", "move", "call", "step"})
_JUDGED = frozenset(load_lines("judgement_passives.txt", package=_PKG))
_EVIDENCE = frozenset(load_lines("evidence_nouns.txt", package=_PKG))
_QUALITIES = frozenset(load_lines("quality_nouns.txt", package=_PKG))
_FEELINGS, _FEELING_STATES = _two_lists("feelings.txt")  # the second: only as the predicate
# verbs of witnessing, passive after "could/can" ("could be seen going into the building")
_WITNESS = frozenset({"see", "hear", "spot", "observe", "film", "photograph", "watch"})
_UNKNOWN, _NOT_KNOWN = _two_lists("unknown_adjectives.txt")
# the compared degree words of a comparative correlative ("the less ..., the more ...")
_CORRELATIVE = frozenset({"more", "less", "fewer", "greater", "higher", "lower", "better", "worse", "bigger",
                          "smaller", "longer", "sooner", "faster", "harder", "larger", "stronger", "weaker"})


@dataclass
class ClaimItem:
    start: int
    end: int
    attribution: int | None  # index into doc._.attributions
    hedged: bool


@Language.factory("news_claims", default_config={})
def make_claims(nlp: Language, name: str) -> ClaimFinder:
    return ClaimFinder(known_verbs(nlp))


class ClaimFinder:
    """Lexicons are read once, when the component is built."""

    def __init__(self, verbs: frozenset[str] = frozenset()) -> None:
        self.verbs = verbs  # English verbs by base form: to read a Title Case headline's "Bombed" as one
        self.hedges, self._classified = _two_lists("hedges.txt")
        self.opinion = frozenset(load_lines("opinion.txt", package=_PKG))
        self.framing = frozenset(load_lines("framing_verbs.txt", package=_PKG))
        self.event_nouns = frozenset(load_lines("event_nouns.txt", package=_PKG))
        self.occasion_nouns = frozenset(load_lines("occasion_nouns.txt", package=_PKG))
        self.outcomes = frozenset(load_lines("headline_outcomes.txt", package=_PKG))
        self.connectives = frozenset(load_lines("connectives.txt", package=_PKG))
        self.hedge_passives = frozenset(load_lines("hedge_passives.txt", package=_PKG))
        self.generic = frozenset(load_lines("generic_adverbs.txt", package=_PKG))
        self.headline_verbs = frozenset(load_lines("headline_verbs.txt", package=_PKG))
        self.passive_events = frozenset(load_lines("passive_events.txt", package=_PKG))
        self.labelling = frozenset(load_lines("labelling_verbs.txt", package=_PKG))
        self.naming = frozenset(load_lines("naming_verbs.txt", package=_PKG))
        self.calling = frozenset(load_lines("name_calling_verbs.txt", package=_PKG))
        self.coverage = frozenset(load_lines("coverage_nouns.txt", package=_PKG))
        self.accusations = frozenset(load_lines("accusation_nouns.txt", package=_PKG))
        self.appraisal = frozenset(load_lines("appraisal_verbs.txt", package=_PKG))
        self.roles = frozenset(load_lines("institutional_roles.txt", package=_PKG))
        stances, pledges = _two_lists("stance_verbs.txt")
        self.stance = stances | pledges
        self._attitudes = stances
        # cue lemmas that foretell nothing of a holder's own: a belief, a question, a stance (a pledge does)
        self._no_forecast = _COGNITION | _ASKING | stances
        self.parties = frozenset(load_lines("party_members.txt", package=_PKG))
        self.legal = frozenset(load_lines("legal_documents.txt", package=_PKG))
        self.agents = frozenset(load_lines("agent_nouns.txt", package=_PKG))
        self.measured = frozenset(load_lines("measured_nouns.txt", package=_PKG))
        self._joins: set[int] = set()  # roots of sentences joined on, set per document
        self._minor: set[int] = set()  # participle heads that describe rather than report, per document
        self._quotes: list[tuple[int, int]] = []  # the document's quotation ranges, set per document
        self._heads_of: Doc | None = None  # the document whose head indices _heads holds
        self._heads: list[int] = []

    # -- driver -----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        atts = doc._.attributions or []
        title = doc._.title
        claims: dict[tuple[int, int], ClaimItem] = {}
        quotes = _quote_ranges(atts, doc)
        self._quotes = quotes
        # the document's people: a surname the model left untagged in one sentence ("Roe, 52, a nurse")
        # is a person when the entity stage joined it to a person named elsewhere
        self._people = [(m.start, m.end) for c in doc._.entities or [] if c.label == "PERSON" for m in c.mentions]
        joined = _joined_sentences(doc, atts)
        self._minor = set()
        up = self._head_ids(doc)
        self._joins = {i for sent in joined for i in range(sent.start, sent.end)
                       if up[i] == i and doc[i].sent.start != sent.start}
        signs = sign_offs(doc, joined)
        signed = {s.start for s in signs} | {s.start for s in contributor_bio(doc, joined)}
        for sent in joined:
            in_title = title is not None and title[0] <= sent.start_char < title[1]
            if self._generic(sent) or sent.start in signed:
                continue  # a letter's signature ("Will Holliday.") states nothing
            background = self._background(doc, sent, atts)
            units = self._units(doc, sent, atts, in_title)
            per_unit = [self._unit_claims(doc, unit, atts, in_title, quotes) for unit in units]
            if len(units) == 2 and len(per_unit[0]) == 1 and per_unit[1] and _topic_label(units[0]):
                # "Indonesia earthquake: 24 dead as quake hits Aceh": a topic label heads the fact
                first = min(per_unit[1], key=lambda c: c.start)
                first.start = per_unit[0][0].start
                per_unit[0] = []
            for unit_items in per_unit:
                for item in unit_items:
                    for bg, cut in background:
                        if cut >= 0 and item.start < bg.start < item.end and item.start < cut < item.end and (
                                bg.end - 2 <= item.end <= bg.end + 2 or _PLACE_TAIL.fullmatch(doc.text[bg.end:item.end])
                                or self._tail_only(doc, cut, item, bg.end)):
                            item.start, item.end = trim(doc, item.start, cut)
                    claims.setdefault((item.start, item.end), item)
            own = [c for unit_items in per_unit for c in unit_items]
            for item in self._dashed(doc, sent, atts):
                claims.setdefault((item.start, item.end), item)
            for item, cut in background:
                if cut < 0 and any(c.start < item.end and item.start < c.end for c in own):
                    continue  # an apposition in a source stays inside the bigger claim (decision 53)
                if cut != len(doc.text) and any(c.start < item.start and c.end == item.end
                                                for c in (*own, *(b for b, _ in background))):
                    # "Ann Roe, head of Tarn Ltd, a ferry firm": the aside closing a longer one is part of it
                    continue
                claims.setdefault((item.start, item.end), item)
            if not in_title and not own and not background:
                for item in self._dated_modifiers(doc, sent, atts):  # decision 52, for reduced relatives
                    claims.setdefault((item.start, item.end), item)
        if title is not None:
            claims = self._whole_title(doc, title, claims)
        ranges = opinion_ranges(doc, joined, atts, signs)
        if ranges:
            claims = self._facts_of_opinion(doc, atts, claims, ranges)
        doc._.claims = sorted(claims.values(), key=lambda c: (c.start, c.end))
        self._heads_of, self._heads = None, []  # hold no document past its call (memory zones)
        self._quotes, self._people = [], []
        return doc

    def _facts_of_opinion(self, doc: Doc, atts, claims: dict, ranges: list[tuple[int, int]]) -> dict:
        """In an opinion piece (``ranges``: the whole text, or the signed letters of a letters page), the
        writer's own clauses stay claims only with something checkable: those with no attribution, or the
        writer's own "I think", "we must demand", outside any quotation."""
        kept = {}
        for key, item in claims.items():
            if not any(lo <= item.start < hi for lo, hi in ranges):
                kept[key] = item
                continue
            span = doc.char_span(item.start, item.end, alignment_mode="expand")
            own = item.attribution is None or _first_person(doc, atts[item.attribution])
            inside = [a for a in atts if a.content.start <= item.start < a.content.end]
            mine = span is not None and own and not self._quoted(span[0]) and all(
                _first_person(doc, a) for a in inside)
            if mine and item.attribution is not None:  # what the writer thinks or says decides, not the frame
                att = atts[item.attribution]
                lo, hi = max(item.start, att.content.start), min(item.end, att.content.end)
                span = doc.char_span(lo, hi, alignment_mode="expand") if lo < hi else None
            if not mine or span is not None and checkable(span):
                kept[key] = item
        return kept

    def _whole_title(self, doc: Doc, title, claims: dict) -> dict:
        """A Title Case headline misleads the parser ("Comeaux Jr, Prison Inmate, Pulls Gun On And
        Handcuffs Guards, Runs Away" gave only its tail): when the claims found all start inside it, the
        whole headline states the fact (a title that states a fact is a claim in full)."""
        span = doc.char_span(title[0], title[1], alignment_mode="expand")
        inside = [k for k, c in claims.items() if c.start < title[1] and c.end > title[0]]
        if span is None or not inside or any(t.text in _QUOTES or t.text in (":", ";", "?") for t in span):
            return claims
        words = [t for t in span if t.is_alpha and len(t) > 3]
        if len(words) < 4 or sum(t.text[0].isupper() for t in words) < 0.8 * len(words):
            return claims
        start, end = self._bounds(doc, list(span))
        if end <= start or min(claims[k].start for k in inside) <= start:
            return claims
        items = [claims.pop(k) for k in inside]
        atts = {c.attribution for c in items}
        whole = ClaimItem(start, end, atts.pop() if len(atts) == 1 else None, any(c.hedged for c in items))
        claims[(start, end)] = whole
        return claims

    def _tail_only(self, doc: Doc, cut: int, item: ClaimItem, aside_end: int) -> bool:
        """Nothing after the comma belongs to the clause's own verb: the rest is background."""
        span = doc.char_span(cut, item.end, alignment_mode="expand")
        if span is None:
            return False
        if any(t.idx >= aside_end and not t.is_punct and t.head.idx < cut and t.head.pos_ in ("VERB", "AUX")
               and t.dep_ != "conj" and t.head.sent.start == span.sent.start for t in span):
            return False  # "voted to hold Roe, an aide to Lee, in contempt": the clause goes on after the aside
        if any(t.idx >= aside_end and t.dep_ == "conj" and t.head.idx < cut and t.head.pos_ in ("NOUN", "PROPN")
               and t.head.dep_ in _ARGUMENTS and t.head.sent.start == span.sent.start for t in span):
            return False  # "police arrested Roe, a nurse, and her brother": the aside sits inside a list
        heads = {t.head.i for t in doc.char_span(item.start, cut, alignment_mode="expand") or []
                 if t.dep_ == "ROOT" or t.head.i == t.i}
        if not heads:
            return False  # "Before the arrival of Keep, which ..., there was": the clause's verb is after the cut
        return not any(t.head.i in heads and not t.is_punct for t in span)

    def _generic(self, sent: Span) -> bool:
        """Background framed as history or habit ("Historically, Mali has ..."), a dateline left in
        the body ("PUBLISHED: 16:05 GMT, 9 June 2013 | UPDATED: ..."), an editor's notice ("WARNING:
        Video contains graphic images") or the writer's bio line ("Ann Roe covers the courts for the
        Ledger. Follow her on Chirper: @annroe")."""
        if len(sent) > 1 and sent[0].lower_ in _DATELINE and sent[1].text == ":":
            return True
        text = sent.doc.text
        start = text.rfind("\n", 0, sent.start_char) + 1
        end = text.find("\n", sent.end_char)
        if _NOTICE.match(sent.text.lstrip("([ ")) or _NOTICE_BEFORE.search(text[start:sent.start_char]) \
                or _BIO.search(text[start:len(text) if end < 0 else end]):
            return True
        return any(t.lower_ in self.generic for t in sent[:3])

    def _units(self, doc: Doc, sent: Span, atts, in_title: bool) -> list[Span]:
        """A headline 'A: B' gives two units unless the colon is an attribution cue; 'A; B' and
        'A, N things happened' (a clause with a subject of its own after a comma) give two more."""
        if not in_title:
            return [part for unit in _semicolon_split(sent, self._quotes) for part in _dash_split(unit)]
        colons = [t for t in sent if t.text == ":"]
        if not colons or any(a.cue.start == colons[0].idx for a in atts):
            return _headline_clauses(sent)
        c = colons[0]
        return [u for u in (doc[sent.start:c.i], doc[c.i + 1:sent.end]) if len(u)]

    # -- clause segmentation ----------------------------------------------------------
    def _head_ids(self, doc: Doc) -> list[int]:
        """Each token's head index, read once per document: the clause grouping climbs heads by index
        instead of building a Token object per step (most of this component's time went there)."""
        if self._heads_of is not doc:
            self._heads_of = doc
            rel = doc.to_array(HEAD).astype(numpy.int64)  # offsets to the head, stored unsigned
            self._heads = (rel + numpy.arange(len(doc), dtype=numpy.int64)).tolist()
        return self._heads

    def _split_heads(self, unit: Span, atts=()) -> list[Token]:
        heads = []
        joins = self._joins
        up = self._head_ids(unit.doc)
        for t in unit:
            i = t.i
            if i in joins:
                continue  # the root of a sentence joined on: part of the reported clause before it
            h = up[i]
            if h == i or not (unit.start <= h < unit.end):
                heads.append(t)
                continue
            if t.dep_ not in _SPLIT_DEPS:
                continue  # none of the patterns below can match
            kids = list(t.children)
            own_subj = any(c.dep_ in _SUBJ for c in kids)
            comma_before = t.left_edge.i > unit.start and t.doc[t.left_edge.i - 1].text in (",", ";", "--", "—")
            if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and own_subj and not _wh_clause(t):
                heads.append(t)  # not "would not say what X was or what led to Y": one question left open
            elif t.dep_ == "conj" and t.pos_ == "VERB" and _is_cue(t, atts) and (_is_cue(t.head, atts) or (
                    t.tag_ == "VBG" and t.head.dep_ == "ccomp" and _is_cue(t.head.head, atts))):
                # "X denied the report and said it was invented": two reports; ", demanding that the road be
                # reopened and saying she ...": the parse hung the second participle on the first one's clause
                heads.append(t)
            elif t.dep_ == "advcl" and t.i > t.head.i and _is_cue(t, atts) and any(
                    c.dep_ == "mark" and c.lower_ in _EMBED_MARKS and c.lower_ != "as" for c in kids) and any(
                    c.dep_ == "nsubj" and c.pos_ == "NOUN" and not is_person(c) for c in kids):
                # "X happened after early data showed Y": what data or a document shows is a claim of its own
                # (not "... after lawmakers demanded an explanation", which tells why X happened)
                heads.append(t)
            elif t.dep_ == "ccomp" and own_subj and self._spliced(t, atts):
                heads.append(t)  # "10 people were killed, 140 were injured": a comma splice, not a report
            elif t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and comma_before and unit.doc[
                    t.left_edge.i - 1].text == ";":
                heads.append(t)
            elif t.dep_ == "advcl" and own_subj and any(
                    c.dep_ == "mark" and (c.lower_ in _CONTRAST or c.lower_ == "as" and t.doc[c.i - 1].lower_ == "even")
                    for c in kids) and not _office_held(t) \
                    and not _as_though(t) and not _meanwhile(t):
                heads.append(t)
            elif t.dep_ in ("advcl", "xcomp", "conj", "acl") and t.tag_ == "VBG" and comma_before \
                    and t.head.pos_ in ("VERB", "AUX") and not own_subj \
                    and not any(c.dep_ == "mark" for c in kids) and not _forecast(t.head):
                heads.append(t)  # (", returning the money" after "it will buy back shares" is foreseen too)
                if not _substantive(t, atts):
                    self._minor.add(t.i)
            elif t.dep_ in ("npadvmod", "dobj", "advmod") and t.head.pos_ in ("VERB", "AUX") and comma_before \
                    and t.left_edge.lower_.endswith("ing") and t.left_edge.i != t.i \
                    and t.left_edge.dep_ in ("amod", "compound"):
                heads.append(t)  # ", challenging claims ...": a participle the tagger took for an adjective
            elif t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ in ("before", "after") \
                    and t.head.i > unit.start and unit.doc[t.head.i - 1].text == "," and _is_cue(t, atts):
                heads.append(t)  # '"...," Doe said, before suggesting that X': a report of its own
            elif t.dep_ == "prep" and t.lower_ == "with" and comma_before and any(
                    g.dep_ == "acl" and g.tag_ == "VBN" for c in kids for g in c.children) and any(
                    x.like_num for x in t.subtree):
                heads.append(t)
            elif t.dep_ == "prep" and t.i == unit.start and _absolute_with(t) and t.right_edge.i + 1 < unit.end \
                    and unit.doc[t.right_edge.i + 1].text == ",":
                heads.append(t)  # "With polls showing her ahead, Roe enlisted allies": a fronted absolute (A39)
            elif t.dep_ == "prep" and comma_before and _absolute_with(t) and _present_state(t.head):
                # ", with heavy rainfall bringing flooding to ...": a second current condition of its own;
                # after a past event ("clashes erupted, with police trying to ...") it tells how the event went
                heads.append(t)
        return heads

    @staticmethod
    def _spliced(t: Token, atts) -> bool:
        """A clause the parser hung as a complement on the clause after a comma or a semicolon ("A bomb hit
        the school, another bomb hit the market"): the next clause's verb reports or thinks nothing."""
        head = t.head
        after = t.right_edge.i + 1
        semi = head.i > after and t.doc[after].text == ";" and any(  # "The mayor left; the council stayed"
            c.dep_ in _SUBJ for c in head.children)
        if not semi and (head.i <= after or head.pos_ != "VERB" or t.doc[after].text != ","):
            return False
        if t.left_edge.text in _QUOTES:
            return False  # '"We urge restraint," read the release': a quotation and its frame
        subj = next(c for c in t.children if c.dep_ in _SUBJ)
        if subj.tag_ in ("WDT", "WP") or any(x.dep_ == "mark" for x in t.subtree):
            return False  # "a college that costs $100,000, ...", "If they paid, the study found, ...": no clause
        first = subj.left_edge.i
        if t.left_edge.i != first and not (t.left_edge.is_sent_start and t.doc[first - 1].text == ","):
            return False  # only a fronted adjunct of the sentence may precede the subject ("In X, 10 died")
        head_subj = [c.i for c in head.children if c.dep_ in _SUBJ]
        if any(c.dep_ == "mark" or c.dep_ == "aux" and head_subj and c.i < head_subj[0] for c in head.children):
            return False  # the clause after the comma is itself subordinate ("that he wants", "should he fail")
        lemma = head.lemma_.lower()
        return not _is_cue(head, atts) and lemma not in _BARE_FRAMES | _COGNITION | _UNSTATED | {"learn"}

    def _segments(self, unit: Span, atts=()) -> list[tuple[Token, list[Token]]]:
        heads = self._split_heads(unit, atts)
        hset = {h.i for h in heads}
        if not hset:
            return []
        groups: dict[int, list[Token]] = {h.i: [] for h in heads}
        up = self._head_ids(unit.doc)
        n = len(unit.doc)
        lowest = min(hset)
        for t in unit:
            a = t.i
            for _ in range(n):  # bounded: a parse may lead to a root outside the clause heads
                if a in hset or up[a] == a:
                    break
                a = up[a]
            groups[a if a in hset else lowest].append(t)
        verbal = [h for h in groups if unit.doc[h].pos_ in ("VERB", "AUX")]
        if not verbal and len(groups) > 1:  # a verbless headline cut up by the parse is one phrase
            first = min(groups)
            groups = {first: [t for g in groups.values() for t in g]}
        for h in sorted(groups):  # a subject cut off by a parse that ran across a line break
            tok = unit.doc[h]
            outside = tok.head.i == tok.i or not (unit.start <= tok.head.i < unit.end)
            if outside and tok.pos_ not in ("VERB", "AUX") and verbal:
                nxt = min((v for v in verbal if v > h), default=max(verbal))
                groups[nxt] += groups.pop(h)
        for h in sorted(groups, reverse=True):  # a gapped "and 20 wounded" is no clause of its own
            words = [t for t in groups[h] if not t.is_punct and t.dep_ not in ("cc", "mark")]
            tok = unit.doc[h]
            if len(words) < 3 and len(groups) > 1 and tok.dep_ == "conj":
                up = tok.head
                for _ in range(len(unit.doc)):  # bounded, as in the climb above
                    if up.i in groups or up.head.i == up.i:
                        break
                    up = up.head
                if up.i in groups and up.i != h:
                    groups[up.i] += groups.pop(h)
        order = sorted(groups)
        for a, b in zip(order[::-1][1:], order[::-1][:-1], strict=True):  # right to left
            words = [t for t in groups[a] if not t.is_punct and not t.is_space]
            last = max(words, key=lambda t: t.i) if words else None
            if last is not None and last.dep_ in ("prep", "mark") and not any(
                    c.i > last.i for c in last.children) and b in groups:
                groups[a] += groups.pop(b)  # "24 dead and over 200 injured as | quake hits": one clause
        return [(unit.doc[h], sorted((t for t in groups[h] if not t.is_space), key=lambda t: t.i))
                for h in sorted(groups)]

    def _unit_claims(self, doc: Doc, unit: Span, atts, in_title: bool, quotes) -> list[ClaimItem]:
        segs = self._segments(unit, atts)
        # a reporting frame separated from its own clause goes with the clause next to it
        spans: list[tuple[Token, list[Token]]] = []
        for head, toks in segs:
            runs = _runs(toks)
            if spans and len(runs) == 1 and self._frame_after(head, toks, spans[-1][1], atts):
                spans[-1] = (spans[-1][0], spans[-1][1] + toks)  # '"We have X," Y was quoted as saying'
                continue
            if len(runs) > 1 and _is_cue(head, atts) and head in runs[-1] and len(spans):
                prev_head, prev_toks = spans[-1]
                if prev_toks and prev_toks[-1].i < runs[-1][0].i:
                    spans[-1] = (prev_head, prev_toks + runs[-1])
                    toks = [t for r in runs[:-1] for t in r]
                    head = max(toks, key=lambda t: (t.dep_ in ("ccomp", "parataxis"), -t.i)) if toks else head
            spans.append((head, toks))
        out = []
        minor = []
        for head, toks in spans:
            if head.i in self._minor:
                minor.append((head, toks))
                continue  # "..., drawing riot police": part of the clause it hangs on, claimed there
            item = self._claim(doc, head, toks, atts, in_title, quotes)
            if item is not None:
                out.append(item)
            else:
                out.extend(self._other_reports(doc, head, toks, atts, in_title, quotes))
                out.extend(self._embedded(doc, head, toks, atts, in_title))
                out.extend(self._release(doc, head, toks, atts, in_title, quotes))
        if not out:
            # '"I wouldn't have signed it," Doe said, straying from her notes': when the clause a participle
            # hangs on states no fact, the participle's act is the fact (heldout 49)
            for head, toks in minor:
                if head.dep_ in ("advcl", "conj") and head.head.i < head.i \
                        and head.lemma_.lower() not in _DEMEANOUR | _COGNITION | self.stance \
                        and head.head.i not in {h.i for h, _ in minor}:
                    item = self._claim(doc, head, toks, atts, in_title, quotes)
                    if item is not None:
                        out.append(item)
            out.extend(self._act_after_report(doc, spans, atts, in_title, quotes))
        return out

    def _act_after_report(self, doc: Doc, spans: list[tuple[Token, list[Token]]], atts, in_title: bool,
                          quotes) -> list[ClaimItem]:
        """'"Let me hear you cheer," Roe said before introducing the band': when the quotation is no claim,
        the act the speaker went on to (a "before/after" -ing after the cue) is (heldout7 A43)."""
        out = []
        for _, toks in spans:
            ids = {t.i for t in toks}
            for t in toks:
                if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ in ("before", "after") \
                        and t.head.head.i != t.head.i and t.head.head.i in ids and _is_cue(t.head.head, atts):
                    sub = [x for x in t.subtree if x.i in ids]
                    item = self._claim(doc, t, sub, atts, in_title, quotes)
                    if item is not None:
                        out.append(item)
        return out

    @staticmethod
    def _frame_after(head: Token, toks: list[Token], prev: list[Token], atts) -> bool:
        """A reporting frame parsed as a clause of its own after the quotation it reports ("...,''
        Yeltsin was quoted as saying", with "quoted" a conjunct): it holds a cue whose content lies
        wholly in the clause before it, nothing reported of its own, and the holder as its subject."""
        if not prev or prev[0].i >= toks[0].i:
            return False
        words = [t for t in toks if not t.is_punct]
        if not words:
            return False
        lo, hi = words[0].idx, toks[-1].idx + len(toks[-1])
        if any(a.content.start < hi and lo < a.content.end for a in atts):
            return False  # the frame also reports something of its own
        subj = [c.idx for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(lo <= a.cue.start < hi and a.type != "indirect" and prev[0].idx <= a.content.start
                   and a.content.end <= lo and a.source is not None and a.source.start <= min(subj, default=-1)
                   < a.source.end for a in atts)

    def _other_reports(self, doc: Doc, head: Token, toks: list[Token], atts, in_title: bool,
                       quotes) -> list[ClaimItem]:
        """A clause dropped for what its head reports may hold another report with a fact of its own:
        'X said that Y – he "claimed Z" – and added, "..."', parsed with "claimed" at the top."""
        out = []
        by_idx = {t.idx: t for t in toks}
        for i, a in enumerate(atts):
            cue = by_idx.get(a.cue.start)
            if cue is None or cue.pos_ not in ("VERB", "AUX") or cue.dep_ not in _REPORT_DEPS \
                    or cue.lemma_.lower() in _COGNITION | _ASKING or any(
                    c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in cue.subtree):
                continue  # a nominal cue ("both sides' belief that ...") or a question frames no fact
            if cue.i == head.i or _under_relative(cue, head) or a.content.start < toks[0].idx \
                    or a.content.end > toks[-1].idx + len(toks[-1]):
                continue
            lo = min(a.cue.start, a.content.start, a.source.start if a.source is not None else a.cue.start)
            hi = max(a.cue.end, a.content.end)
            sub = [t for t in toks if lo <= t.idx < hi]
            item = self._claim(doc, cue, sub, atts, in_title, quotes)
            if item is not None and item.attribution == i:
                out.append(item)
        return out

    # -- one clause ------------------------------------------------------------------
    def _claim(self, doc: Doc, head: Token, toks: list[Token], atts, in_title: bool, quotes) -> ClaimItem | None:
        words = [t for t in toks if not t.is_punct]
        if len(words) < 2:
            return None
        start, end = self._bounds(doc, toks)
        if end <= start or _aside_head(head, toks, atts):
            return None
        if _exclaimed(doc.text[start:max(t.idx + len(t) for t in toks)]):
            return None  # an outcry or appeal ("We cannot stop mobilizing!"), not a statement of fact
        if doc.text[start:end].rstrip(_QUOTES + " ").endswith("?"):
            return None  # '"If he thinks so," the ad says, "what does he think of you?"': a question
        if head.lemma_ == "cite" and head.tag_ == "VBG" and not any(c.dep_ == "ccomp" for c in head.children):
            return None  # ", citing safety concerns", ", citing residents": a reason or a source named, no fact
        att_idx = _linked(atts, start, end, head)
        content, main = toks, head
        if att_idx is not None and not _speaker_self_frame(doc, atts[att_idx], quotes):
            att = atts[att_idx]
            cue_toks = [t for t in toks if att.cue.start <= t.idx < att.cue.end and t.pos_ in ("VERB", "AUX")]
            # "unfurling banners reading '...'": a cue inside a noun phrase frames no clause
            verb_cue = any(t.dep_ not in ("acl", "relcl") or t.i == head.i for t in cue_toks)
            if verb_cue and any(_expected_figure(t) for t in cue_toks):
                return ClaimItem(start, end, att_idx, True)  # "the airline expects profits could rise 5 percent"
            if verb_cue and any(t.lemma_.lower() in _JEST or any(c.dep_ == "advmod" and c.lower_ in _NONLITERAL
                                                                 for c in t.children) for t in cue_toks):
                return None  # '"Sure, we love audits," Roe said sarcastically', "she joked": not meant as stated
            if verb_cue and any(t.lemma_.lower() in self.framing and not self._acted(t) or _disbelief(t)
                                or _vague_belief(t) for t in cue_toks):
                return None  # "some don't believe X", "perceive X as Y", "doubted X": a stance, not a claim
            if verb_cue and any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for t in cue_toks for c in t.children) \
                    and not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for t in cue_toks for c in t.children):
                return None  # "Perhaps the moderators will demand details": a report foreseen, not made
            if verb_cue and any(self._labels(t) and (t.i == head.i or not any(
                    c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in t.children)) for t in cue_toks):
                # ("Roe launched what she called a 'fresh start'": the label names the object only)
                if any(self._name_calling(t) for t in cue_toks):
                    return ClaimItem(start, end, att_idx, False)
                return None  # "described him as a goth", "called the verdict bittersweet": a label
            if verb_cue and any(_act(t) and c.dep_ == "advmod" and c.lower_ in _EVALUATIVE
                                for t in cue_toks for c in t.children):
                return None  # "The mayor ruled wisely that ...": the act itself judged
            if verb_cue and any(self._appraises(t) for t in cue_toks):
                # (not "criticized the mayor for closing the pool": an act held against someone, a responsibility)
                return None  # "hailed the deal", "lamented the bickering": an appraisal, not a fact
            if verb_cue and (att.cue.start <= head.idx < att.cue.end or start <= att.cue.start < end) \
                    and not any(_under_relative(t, head) for t in cue_toks):
                inside = [t for t in toks if att.content.start <= t.idx < att.content.end]
                if not inside:
                    return None  # a bare frame ("He said:"); its content is claimed where it stands
                if len([t for t in inside if not t.is_punct]) < 2 and att.type != "indirect":
                    return None  # 'Roe said, "None."': a one-word answer states nothing by itself
                content = inside
                main = _clause_head(inside)
                nested = _own_belief(main, atts)
                if nested is not None:  # '"I believe the clerks broke the rules," Roe said': the belief's clause
                    att_idx, att, main = nested
                    content = [t for t in inside if main.left_edge.i <= t.i <= main.right_edge.i]
                if att.cue.start <= head.idx < att.cue.end and _exclaimed(
                        doc.text[inside[0].idx:inside[-1].idx + len(inside[-1])]):
                    return None  # '"We cannot stop!" said the message': the report of an outcry
                pronoun = all(t.pos_ == "PRON" for t in inside if not t.is_punct)
                if pronoun and att.cue.start <= head.idx < att.cue.end:
                    if not self.check_worthy(head, toks, in_title):
                        return None  # "He's admitted it now": the act is the fact, its object a pronoun
                elif not self._content_worthy(att, content, main) and not _polled(doc, att):
                    if any(_act(t) and (t.dep_ in ("ROOT", "conj") and any(c.dep_ in _SUBJ for c in t.children)
                                        or t.tag_ == "VBG" and t.i == head.i) for t in cue_toks):
                        return ClaimItem(start, end, None, False)  # the warning was given: an act (heldout5)
                    if self._act_before_cue(head, toks, cue_toks, in_title) or any(_by_doing(t) for t in cue_toks):
                        return ClaimItem(start, end, None, False)
                    if self._foretold(att, cue_toks, content, main):
                        said = {t.i for t in content}
                        frame = [t for t in toks if t.i not in said]  # the saying happened; only its doubt hedges
                        return ClaimItem(start, end, None, self._hedged(doc, start, end, frame, atts, None, in_title))
                    return None
            elif not self.check_worthy(main, content, in_title):
                return None
        elif not self.check_worthy(main, content, in_title):
            return None
        if self._first_person_witness(doc, content, main, quotes, atts) or self._spoken_attitude(main, quotes) \
                or _sweeping_quote(main, content, quotes) or _unanchored_quote(main, content, quotes) and not (
                    att_idx is not None and self._operational(doc, atts[att_idx])):
            return None
        hedged = self._hedged(doc, start, end, toks, atts, att_idx, in_title)
        return ClaimItem(start, end, att_idx, hedged)

    def _act_before_cue(self, head: Token, toks: list[Token], cue_toks: list[Token], in_title: bool) -> bool:
        """'The mayor came back to the podium and declared, "We shall not rest."': the subject's
        first predicate is an act of its own; the rhetoric it goes on to declare takes nothing from it
        (heldout7 A45). Only when the cue is a later conjunct of the clause head."""
        if head.pos_ != "VERB" or not any(t.dep_ == "conj" and t.head.i == head.i for t in cue_toks):
            return False
        conj = min(cue_toks, key=lambda t: t.i)
        own = [t for t in toks if t.i < conj.left_edge.i and t.dep_ != "cc"]
        return bool(own) and self.check_worthy(head, own, in_title)

    def _foretold(self, att: AttributionItem, cue_toks: list[Token], content: list[Token], main: Token) -> bool:
        """'Roe declared that her voters will sweep the north': a forecast with a holder who made it; the
        declaring is an act claim in the writer's voice (heldout7 24, like the warnings of heldout5 31).
        Not a belief or a hope ("expects", "fears"), and not a holder-less "might be signalling"."""
        if att.source is None or att.type == "direct" or _probable(main):
            return False  # quoted rhetoric ('"We will win," she said') and a guess ("likely would") stay out
        if _writer_pronoun(main.doc, att) and any(t.tag_ in ("VBP", "VBZ") for t in cue_toks):
            return False  # '"... we say that they will be held to account"': a pledge made in the saying
        if not any(t.dep_ in ("ROOT", "conj") and any(c.dep_ in _SUBJ for c in t.children)
                   and t.lemma_.lower() not in self._no_forecast for t in cue_toks):
            return False
        inner = _believed(main)
        # "said it expected to return the money" is a forecast itself
        expected = inner is not None and main.lemma_.lower() == "expect" and inner.dep_ == "xcomp"
        if inner is not None:  # "told NBC that the campaign believes she is going to win": the forecast inside
            content = [t for t in content if t.i in {x.i for x in inner.subtree}]
            main = inner
        if not expected and (not _forecast(main) or _probable(main)):
            return False
        foreseen = next((c for c in main.children if c.dep_ == "xcomp"), main) if _going_to(main) else main
        if _is_be(foreseen) and any(c.dep_ == "acomp" and c.tag_ != "VBN" for c in foreseen.children):
            return False  # "said the loss was going to be hard on everyone": a quality foreseen, no event
        return self.check_worthy(main, content, False, foretold=True)

    def _first_person_witness(self, doc: Doc, toks: list[Token], main: Token, quotes: list[tuple[int, int]],
                              atts) -> bool:
        """A quoted 'We heard gunshots' / 'We're on the third floor': personal detail, not a claim.

        A first-person denial ("We didn't bomb any camps") stays check-worthy, and so does a quoted
        "we" from someone who speaks for an institution (a minister, a spokesman, an agency): "We have
        solved them all" reports what the government did, not a witness's own situation.
        """
        subj = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].lower_ not in ("i", "we"):
            return False
        if main.tag_ == "VBD" and main.lemma_.lower() in _WITNESS and any(
                c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in main.children):
            return False  # "I saw the car hit the wall": a witness's account of the event (not "I heard screaming")
        if main.tag_ == "VBD" and main.lemma_.lower() not in _WITNESS | _COGNITION | self.stance and any(
                t.ent_type_ in ("PERSON", "ORG") and t.i > main.i and t.dep_ != "nsubj" and t.sent == main.sent
                and any(s <= t.idx < e for s, e in quotes) == any(s <= main.idx < e for s, e in quotes) for t in toks):
            return False  # "I notified the Secret Service", "I assigned a nurse to Ann Roe": an act on others
        quoted = any(s <= main.idx < e for s, e in quotes)
        if not quoted and not in_open_quote(doc, main.sent) and checkable(doc[toks[0].i:toks[-1].i + 1]):
            return False  # the writer's own record, unquoted ("I have served as a judge for 30 years")
        if subj[0].lower_ == "we":
            if not quoted:
                return False  # an unquoted "we" may be an organisation speaking; a bare "I" is personal
            verbs = [main] + [c for c in main.children if c.dep_ == "xcomp"]  # "We continue to pray"
            if not any(v.lemma_.lower() in _COGNITION | self.stance for v in verbs) and any(
                    a.type != "indirect" and a.content.start <= main.idx < a.content.end
                    and self._institutional(doc, a) for a in atts):
                return False
        # a first-person denial ("We didn't bomb any camps") stays; a negated thought is still personal
        foresee = main.lemma_.lower() == "see" and any(c.dep_ in ("ccomp", "xcomp") for c in main.children)
        # a negated habit ("I don't usually wear a tie") is about the speaker, not a denial of an act
        habit = any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in main.children)
        return not any(c.dep_ == "neg" for c in main.children) or main.lemma_.lower() in _COGNITION | self.stance \
            or foresee or habit  # ("we will not tolerate it" refuses nothing that happened)

    def _spoken_attitude(self, main: Token, quotes: list[tuple[int, int]]) -> bool:
        """'"The ministry regrets the delay," a spokesman said': a body's present attitude voiced in a
        quotation by someone who speaks for it, like a quoted "we regret"; nothing in it to check."""
        return main.lemma_.lower() in self._attitudes and main.tag_ in ("VBZ", "VBP") \
            and any(s <= main.idx < e for s, e in quotes) \
            and not any(c.dep_ in ("xcomp", "neg", "aux") for c in main.children)

    def _operational(self, doc: Doc, att) -> bool:  # noqa: ANN001 - an attribution
        """The holder speaks for a body that acts (operational_sources.txt), or is an organisation."""
        ents = doc._.entities or []
        words = [] if att.source is None else att.source.text(doc).lower().split()
        if att.source_entity is not None and att.source_entity < len(ents):
            ent = ents[att.source_entity]
            if ent.label in ("ORG", "GPE"):
                return True
            for m in ent.mentions:  # the title or unit before a name ("Police Lt. Ann Roe")
                words += [t.lower_ for t in _title_words(doc, m.start, m.end)]
        return any(w.strip(",") in _OPERATIONAL for w in words)

    def _institutional(self, doc: Doc, att) -> bool:
        """The holder speaks for an institution: an organisation or government itself, or a person
        named with an office ("Foreign Minister X", "X, director of the seismological center")."""
        spans = [] if att.source is None else [(att.source.start, att.source.end)]
        ents = doc._.entities or []
        if att.source_entity is not None and att.source_entity < len(ents):
            ent = ents[att.source_entity]
            if ent.label in ("ORG", "GPE", "NORP"):
                return True
            spans += [(m.start, m.end) for m in ent.mentions]
        for start, end in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            if any(t.lemma_.lower() in self.roles or t.lower_ in self.roles for t in span):
                return True
            if any(self._titled(t) for t in span if t.head.i == t.i or not (span.start <= t.head.i < span.end)):
                return True
        return False

    def _titled(self, name: Token) -> bool:
        """An office next to a name: a title before it ("President Boris Yeltsin", also shared across
        "Presidents X of Ukraine and Y"), or an apposition ("Mehdi Zareh, director of ...")."""
        heads = [name]
        while heads[-1].dep_ == "conj" and heads[-1].head.i != heads[-1].i and len(heads) < 5:
            up = heads[-1].head
            if up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.pos_ == "PROPN":
                up = up.head.head  # "Presidents X of Ukraine and Y of Russia" parsed with Y joined to Ukraine
            heads.append(up)
        for h in heads:
            near = [c for c in h.children if c.dep_ in ("compound", "appos", "amod", "nmod")]
            first = min((c.i for c in h.children if c.dep_ == "compound" and c.i < h.i), default=h.i)
            if first > 0 and h.doc[first - 1].pos_ == "NOUN":
                near.append(h.doc[first - 1])  # a title the parse left outside the name
            if h.dep_ == "appos":
                near.append(h.head)
            if any(t.lemma_.lower() in self.roles or t.lower_ in self.roles for t in near):
                return True
        return False

    def _labels(self, cue: Token) -> bool:
        """A labelling verb with its object and the label after it ("as"-phrase or predicate noun)."""
        lemma = cue.lemma_.lower()
        if lemma not in self.labelling and lemma != "consider":
            return False
        if cue.tag_ != "VBN" and any(c.dep_ == "ccomp" and c.i > cue.i and c.pos_ == "ADJ" and any(
                g.dep_ == "nsubj" for g in c.children) for c in cue.children):
            return True  # "they consider the plant vital": the small clause read as a clause on an adjective
        if lemma not in self.labelling:
            return False  # ("the drug was considered effective": a finding, heldout decision)
        if cue.tag_ == "VBN" and not any(c.dep_ == "aux" for c in cue.children):
            # "the main town, also called Qeshm": a name, not a judgement; "schools are called failing": one
            return any(c.dep_ == "auxpass" for c in cue.children) and any(
                c.dep_ == "oprd" and c.pos_ != "PROPN" for c in cue.children)
        kids = [c for c in cue.children if c.i > cue.i]
        if not any(c.dep_ == "dobj" for c in kids) and not any(c.dep_ == "oprd" for c in kids):
            return False
        # ("dismissed the remarks as selfish": the parse may hang the "as" on the object)
        return any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in kids) or any(
            g.dep_ == "prep" and g.lower_ == "as" for c in kids if c.dep_ == "dobj" for g in c.children)

    def _coverage(self, main: Token) -> bool:
        """'Further details emerged on Sunday', 'There is more information on the fire': a coverage noun
        (coverage_nouns.txt) that appears or exists, with no event of its own."""
        lemma = main.lemma_.lower()
        if lemma in ("emerge", "surface", "trickle"):
            heads = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif _is_be(main) and any(c.dep_ == "expl" for c in main.children):
            heads = [c for c in main.children if c.dep_ in ("attr", "nsubj")]
        else:
            return False
        clause = any(c.dep_ in ("ccomp", "acl", "relcl", "neg") or c.lower_ == "no"
                     for t in [main, *heads] for c in t.children)  # ("there was no word of leads": a fact)
        return bool(heads) and not clause and all(h.lemma_.lower() in self.coverage for h in heads)  # (not
        # "Word came that the mayor had resigned": what the news says is the fact)

    def _appraises(self, verb: Token) -> bool:
        """'hailed the deal', 'lamented how the talks went': praise or blame of an object, no fact; not
        "criticized the mayor for closing the pool" (an act held against someone) nor a deplored clause
        ("lamented that the vigil turned into a riot")."""
        return verb.lemma_.lower() in self.appraisal and not _greeting(verb) and not any(
            c.dep_ == "ccomp" and not _wh_clause(c) or c.dep_ == "prep" and c.lower_ == "for"
            and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children)

    def _name_calling(self, cue: Token) -> bool:
        """'Roe called the mayor a "fraud"': a name in quotation marks pinned on a person is an insult said
        in public, an act on the record; a view of a thing ("called the plan a 'disaster'") is a label."""
        if cue.lemma_.lower() not in self.calling or cue.tag_ == "VBN" and not any(
                c.dep_ == "aux" for c in cue.children):
            return False
        obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i and (
            is_person(c) or c.lower_ in _OBJECT_PRONOUNS)), None)
        return obj is not None and any(t.text in _QUOTES or t.text in ("``", "''")
                                      for t in cue.doc[obj.right_edge.i + 1:cue.right_edge.i + 1])

    def _content_worthy(self, att, content: list[Token], main: Token) -> bool:
        clause = any(t.pos_ in ("VERB", "AUX") for t in content)
        if clause and main.pos_ in ("VERB", "AUX"):
            return self.check_worthy(main, content, False, rule=self._legal_source(main.doc, att))
        words = {t.lower_ for t in content} | {t.lemma_.lower() for t in content}
        return not (words & self.opinion) and any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in content)

    def _title_present(self, tok: Token) -> bool:
        """A Title Case headline's present verb the tagger read as a plural name heading the line or
        a clause of it ("Mayor Breaks With Party", "Senator Singles Out Rival"): a verb's "-s" form with
        an object, a particle or a preposition of its own after it."""
        if tok.tag_ not in ("NNP", "NNPS", "NNS") or tok.dep_ not in ("ROOT", "appos", "conj"):
            return False
        stem = tok.lower_[:-2] if tok.lower_.endswith("es") and tok.lower_[:-2] in self.verbs else tok.lower_[:-1]
        return stem in self.verbs and any(c.i > tok.i and c.dep_ in ("dobj", "prt", "prep") for c in tok.children)

    def _title_plural_verb(self, tok: Token, toks: list[Token]) -> bool:
        """A Title Case headline's bare present after a plural subject, read as one long name
        ("Tenants File Lawsuit", "Rebels Seize Border Town"): a capitalised word the lemmatizer knows as
        a verb, between a plural noun and a noun of the line."""
        prev, last = tok.doc[tok.i - 1], toks[-1]
        return tok.i > toks[0].i and tok.text[:1].isupper() and tok.tag_ in ("NN", "NNP") \
            and tok.lower_ in self.verbs and prev.tag_ in ("NNS", "NNPS") and prev.text[:1].isupper() \
            and tok.i < last.i and any(t.pos_ in ("NOUN", "PROPN") for t in tok.doc[tok.i + 1:last.i + 1]) \
            and (tok.ent_type_ == "" and prev.ent_type_ in ("", "NORP") or any(
                e.start <= toks[0].i and e.end > last.i for e in tok.doc.ents)) \
            and not any(t.text == tok.text and not t.is_sent_start for t in tok.doc[last.i + 1:])
        # (the whole line may be read as one name; a word the article capitalises inside a sentence is a name)

    def _title_passive(self, tok: Token, toks: list[Token]) -> bool:
        """A Title Case headline's passive, which the tagger reads as a name ("Rebel Camp Bombed By Army",
        "Escapee Added To Most Wanted List"): a capitalised "-ed" word after the first, not the end of a
        name or a grade ("Most Wanted"), whose stem the lemmatizer knows as a verb."""
        word = tok.lower_
        if not (tok.tag_ == "NNP" and word.endswith("ed") and tok.i > toks[0].i and tok.text[:1].isupper()
                and tok.ent_type_ != "PERSON" and tok.doc[tok.i - 1].tag_ not in ("RBS", "RBR", "JJS")):
            return False
        stems = {word[:-1], word[:-2]} | ({word[:-3]} if len(word) > 4 and word[-3] == word[-4] else set())
        if word.endswith("ied"):
            stems.add(word[:-3] + "y")
        return bool(stems & self.verbs)

    def _legal_source(self, doc: Doc, att) -> bool:
        """The holder is a law or other binding document ("A new Russian law says ...")."""
        if att.source is None:
            return False
        span = doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
        return span is not None and span.root.lemma_.lower() in self.legal

    def _pinned_occasion(self, tok: Token) -> bool:
        """'Premier's trip to Oslo': an occasion noun with a possessor or a phrase after it."""
        return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in self.occasion_nouns and any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.i > tok.i for c in tok.children)

    def check_worthy(self, main: Token, toks: list[Token], in_title: bool, rule: bool = False,
                     foretold: bool = False) -> bool:
        """An event, action, figure or relation; not opinion, framing, demand or speculation. With
        ``rule``, the clause is what a law requires, so its "must" states a fact; with ``foretold``, the
        clause is what a named holder foresees, so its future or possibility would be a fact if it came."""
        text = " ".join(t.text for t in toks).strip()
        if not rule and self._imposed(main):
            rule = True  # "He must also pay $2,500 in fines": a sentence's terms, stated as fact
        if text.rstrip(_QUOTES + " ").endswith("?"):
            return False
        verbs = [t for t in toks if t.pos_ in ("VERB", "AUX")]
        if not verbs:
            if self._opinionated(toks):
                return False
            return in_title and any(_singular(t.lower_) in self.event_nouns and t.pos_ in ("NOUN", "PROPN")
                                    or self._pinned_occasion(t)
                                    or t.lower_ in self.outcomes and t.pos_ in ("ADJ", "VERB")
                                    and not (t.dep_ in ("advmod", "amod") and t.head.i > t.i)
                                    or (t.lower_.endswith("s") and t.i > toks[0].i and t.text[:1].isupper()
                                        and (t.lower_[:-1] in self.headline_verbs or self._title_present(t)))
                                    or self._title_passive(t, toks) or self._title_plural_verb(t, toks)
                                    for t in toks)
        if main.pos_ not in ("VERB", "AUX"):
            rels = [c for c in main.children if c.dep_ == "relcl"]
            if not in_title and main.dep_ == "ROOT" and main.pos_ in ("NOUN", "PROPN") and rels \
                    and self._quoted(main) and all(
                    any(g.tag_ in ("WDT", "WP") for g in r.children) for r in rels) and all(
                    any(a.dep_ == "relcl" and a.head.i == main.i for a in (v, *v.ancestors)) for v in verbs):
                return False  # '"... The system that took your job.': a noun phrase held up, nothing asserted
            cands = [t for t in verbs if t.dep_ in ("ROOT", "ccomp", "conj", "advcl", "relcl", "acl")]
            main = cands[0] if cands else verbs[0]
        said = [g for c in main.children if c.dep_ == "xcomp" and c.lemma_.lower() in _BARE_FRAMES
                for g in c.children if g.dep_ == "ccomp"]
        if said and main.lemma_.lower() not in _BARE_FRAMES and not any(c.tag_ == "MD" for c in main.children):
            main = said[0]  # "He went on to say, 'X'": what is said decides, not the going on
        if not in_title and not any(t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") for t in toks) and all(
                _is_be(v) or v.dep_ in ("aux", "auxpass") for v in verbs):
            return False  # "It's over", "It's not for them": nothing named that could be checked
        if main.lemma_.lower() == "thank" and not any(c.dep_ in _SUBJ for c in main.children):
            return False  # "Thank you very much": a courtesy
        if main.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in main.children):
            return False  # a condition cut off from its clause ('"If he thinks so," the ad says'): no fact
        if _idle_modal(main):
            return False  # "the line may as well have been lifted from the old script": a figure of speech
        if main.tag_ == "VBG" and not any(c.dep_ in _SUBJ for c in main.children) and any(
                c.dep_ == "advmod" and c.lower_ in _GUESSES
                for c in main.children):
            return False  # "..., perhaps recognizing that ...": a motive guessed at, not a fact
        if _is_be(main) and any(c.dep_ == "ccomp" and (c.lemma_.lower() in self.framing or c.lower_ in self.framing
                                                       or c.lemma_.lower() in self.stance
                                                       or c.lemma_.lower() in _COGNITION) and any(
                g.dep_ == "dobj" and g.lower_ == "what" for g in c.children) for c in main.children):
            return False  # "that's what the campaign hopes": a stance named, nothing stated
        core = _core(main, toks)
        if rule:
            core = [t for t in core if not (t.dep_ == "aux" and t.lower_ in ("must", "shall"))]
        if self._opinionated(core):
            return False  # "the scale was remarkable", "should be punished"; not "in hopes of" deep inside
        if any(t.dep_ in ("dobj", "nsubj", "attr") and t.pos_ == "NOUN" and t.lemma_.lower() in self.framing and any(
                g.dep_ in ("relcl", "acl", "ccomp") and any(m.dep_ == "aux" and m.tag_ == "MD" for m in g.children)
                for g in t.children) for t in core):
            return False  # "sparking concerns it might turn into the worst": a fear of what may come
        if not foretold and any(t.dep_ == "aux" and t.lower_ in ("might", "could") and t.head.dep_ == "ccomp"
                                and t.head.i != main.i and not any(c.dep_ == "neg" for c in t.head.children)
                                for t in core) and not _expected_figure(main):
            return False  # "knows a long stalemate could try ...": speculation in what the clause states
        if main.lemma_.lower() in _DEPICTING and any(c.dep_ == "dobj" and c.lemma_.lower() in _DEPICTIONS
                                                    for c in main.children):
            return False  # "she presented a vision of renewal", "he painted a picture of decline": rhetoric described
        if main.lemma_ == "seek" and main.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "xcomp" for c in main.children) and not any(
                t.like_num or t.ent_type_ in ("MONEY", "PERCENT") for t in toks):
            return False  # "she seeks to widen her lead": an aim (not "seeks to raise $5 million", "has sought")
        if not foretold and not rule and main.tag_ in ("VBZ", "VBP") and not any(
                c.dep_ == "nsubj" and c.lemma_.lower() in self.legal for c in main.children) and any(
                c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children) for c in main.children):
            return False  # "the memo shows intent if it refers to X": true on a condition (a law's "applies if" is not)
        if _is_be(main) and any(c.dep_ == "prep" and c.lower_ in ("to", "for") and any(
                g.dep_ == "pobj" and g.lower_ == "me" for g in c.children) for c in main.children):
            return False  # "X is secondary, to me, to Y": a judgement the speaker owns
        if _is_be(main) and _asked_for(main):
            return False  # "all they want is a hearing", "what we need is justice": an appeal
        if not foretold and _bound_to(main):
            return False  # "the verdict is bound to prompt appeals": a prediction
        if not foretold and any(_going_to(t) and t.i != main.i and t.dep_ in ("ccomp", "relcl", "acl") and (
                t.head.i == main.i or t.head.head.i == main.i) for t in toks):
            return False  # "that's what he's going to do", "the outsider who is going to ride into town"
        if main.lemma_.lower() in _EFFECTS and any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "could", "may")
                                                   for c in main.children):
            return False  # "the rules can also affect small businesses": a possible effect, an analysis
        if _framing_subject(main):
            return False  # "The question is where to find the money": a point to settle, not a fact
        if _intensified(main):
            return False  # "the raids have deepened the rift between the clans": an analysis of causes
        if _capacity_effect(main, toks):
            return False  # "the new ports enhance the region's ability to trade": an analysis of effects
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in main.children)
        framed = (main.lemma_.lower() in self.framing or main.lower_ in self.framing) and not (
            passive and main.lemma_.lower() in self.passive_events)  # "was felt across the gulf"
        if framed and main.lemma_.lower() == "appear" and any(c.dep_ == "prep" for c in main.children) and not any(
                c.dep_ in ("xcomp", "ccomp", "acomp", "attr") for c in main.children):
            framed = False  # "appeared in court", "will appear on your phone": an event, not "appears to be"
        if framed and main.lemma_.lower() in _FIGURE_FRAMES and any(c.dep_ == "dobj" and (
                c.ent_type_ in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY") or any(g.like_num for g in c.children))
                or c.dep_ == "prep" and c.lower_ == "by" and any(
                    g.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or g.like_num for g in c.subtree)
                for c in main.children):
            # "women represented 41 percent of the workforce", "raised its fares by 10 percent": a figure
            framed = False
        if framed and main.lemma_.lower() == "represent" and any(
                (main.head if c.tag_ in ("WDT", "WP") and main.dep_ == "relcl" else c).ent_type_ in (
                    "ORG", "PERSON", "NORP", "GPE") for c in main.children if c.dep_ == "nsubj"):
            framed = False  # "the council, which represents the companies": a body acting for others
        if framed and _expected_figure(main):
            framed = False  # "the plant is expected to cut 300 jobs": guidance with a figure
        if framed and self._acted(main):
            framed = False  # "twelve states are challenging the rules in court": an act, not "figures challenge"
        if framed and _seeming_state(main):
            framed = False  # "we appear to be past the peak": a guarded statement of a state, a hedged claim
        if framed and main.lemma_.lower() == "mark" and main.tag_ == "VBN" and any(
                c.dep_ == "agent" for c in main.children):
            framed = False  # "The rally was marked by songs and tears": what the event held, not a milestone
        if framed and main.lemma_.lower() == "raise" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.accusations for c in main.children):
            framed = False  # "the tenants raised accusations that the guard struck him": a charge made, an act
        if framed and _refusal(main):
            framed = False  # "the union would not comment": a refusal, a fact
        if framed and main.lemma_.lower() == "want" and main.tag_ == "VBN" and (
                main.dep_ == "acl" or any(c.dep_ == "auxpass" for c in main.children)):
            framed = False  # "Roe is wanted as a witness", "a man wanted for murder": sought by the law, a fact
        if framed or self._labels(main):
            return False  # framing ("These figures challenge ..."), labelling ("called X bittersweet")
        if main.lemma_.lower() in ("ask", "request", "speak", "talk", "agree") and not any(
                c.dep_ == "ccomp" for c in main.children) and _unnamed(list(main.subtree)):
            return False  # "She asked not to be named": how a source is cited, not what happened
        if self._coverage(main):
            return False  # "Further details emerged on Sunday": news about the story, not the event
        if self._appraises(main) and any(c.dep_ == "dobj" for c in main.children):
            return False  # "The mayor praised the crews on Monday": an appraisal, whoever reports it
        if main.lemma_.lower() in _COGNITION and any(c.dep_ == "neg" or c.dep_ == "nsubj" and c.lower_ in (
                "nobody", "noone") or c.dep_ == "nsubj" and c.lower_ == "one" and any(
                g.lower_ == "no" for g in c.children) for c in main.children):
            return False  # "some don't believe Gray had a gun": a stance; "nobody knows what ...": no fact
        if main.lemma_.lower() == "doubt" and any(c.dep_ == "ccomp" for c in main.children):
            return False  # "Roe doubts the mill will reopen": a belief denied, a stance (negated thinking: above)
        if self._no_way_to_know(main):
            return False
        if _is_be(main) and not foretold and any(c.dep_ == "acomp" and c.lower_ in _ODDS and not any(
                g.dep_ in ("ccomp", "xcomp") for g in c.children) for c in main.children) \
                and not any(c.dep_ == "expl" or c.lower_ == "it" and c.dep_ == "nsubj" for c in main.children):
            return False  # "A verdict is unlikely before the spring recess": the odds of an event, not one
        if main.lemma_.lower() in _PREFERENCES and main.tag_ in ("VBZ", "VBP") and not _polled_share(main) and not any(
                c.dep_ in ("neg", "aux") for c in main.children):
            return False  # "She loves the library on her street": a taste, not a fact to check
        if _idiom(main):
            return False  # "That plan makes no sense", "the case doesn't hold water", "it's a farce": a judgement
        if main.lemma_.lower() in ("update", "correct", "amend") and any(
                c.dep_ == "nsubjpass" and c.lower_ in ("post", "story", "article", "piece", "report") and any(
                    g.dep_ == "det" and g.lower_ == "this" for g in c.children) for c in main.children):
            return False  # "This post has been updated with ...": an editor's note about the page itself
        if _evaluated(main, toks) or _correlative(toks) or _hypothetical(main) or _counterfactual(main):
            return False
        if _judged(main) or _shown(main) or _traced(main) or _no_secret(main) or _vouched(main) or _mood(main):
            return False
        if _felt(main):
            return False
        if main.lemma_.lower() in _IMPRESSIONS and any(
                c.lower_ in ("like", "if") or c.dep_ == "advcl" and any(g.lower_ in ("like", "if") for g in c.children)
                for c in main.children):
            return False  # "It sounded like someone telling a dog to shut up": an impression, not a fact
        if main.lemma_.lower() in _IMPRESSIONS and any(c.dep_ == "acomp" and c.tag_ == "JJ" for c in main.children) \
                and not any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in toks):
            return False  # "It sounds preposterous", "the plan looks costly": an impression judged, nothing to check
        if main.lemma_.lower() in _UNSTATED and any(c.dep_ == "neg" for c in main.children) and any(
                c.dep_ == "auxpass" for c in main.children):
            return False  # "it has not been stated where": an absence of information, not a fact
        if any(c.dep_ == "aux" and c.lower_ in _NOT_CLAIM_MODALS and not (rule and c.lower_ in ("must", "shall"))
               and not (foretold and c.lower_ in _FORECAST_MODALS) for c in main.children) \
                and not _behaviour(main, toks) and not self._provision(main, toks) \
                and not _witnessed(main) and not _decided(main) and not _scheduled(main) \
                and not self._dated_plan(main):
            return False
        if _not_tolerated(main):
            return False  # "we cannot allow him to win": a stance or resolve, not a fact
        would = _would(main)
        if would and (any(c.dep_ == "aux" and c.lemma_ == "have" for c in main.children) or any(
                c.dep_ == "expl" for c in main.children) or main.lemma_.lower() in _WISHES):
            return False  # "I wouldn't have done it", "there would never be these ratings", "would like to"
        if would and not foretold and not any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in main.children) \
                and not _refusal(main) and not self._planned(main) and not _polled_share(main):
            # "forecasters said the snow would cause ...", "the rule likely would not change ...": forecasts;
            # "would not stop" is a refusal, "would often visit" a past habit and "relatives would hold a
            # vigil Thursday" a plan, all facts
            return False
        if main.lemma_.lower() in _BARE_FRAMES and not any(c.dep_ in _REPORTED or c.dep_ in ("auxpass", "nsubjpass")
                                                           for c in main.children) \
                and not _refusal(main):
            # "Rod Beer said", "Jane Doe reports from Geneva": a frame with nothing reported; "the union
            # would not comment" is a refusal, a fact
            return False
        subj = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        lead = next((t for t in toks if not t.is_punct and not t.is_space), None)
        if not subj and main.dep_ in ("ROOT", "ccomp", "parataxis", "advcl") and main.tag_ == "VB" \
                and lead is not None and lead.lower_ == "to" and lead.dep_ == "aux" and lead.head.i == main.i:
            return False  # "To get him.": an infinitive fragment states nothing
        if _is_be(main) and self._evaluation(main, toks) and not self._measured(main):
            return False  # "it is humiliating that ...", "this is quite an extraordinary story"
        if subj and any(c.dep_ == "aux" and c.lower_ in ("can", "may") for c in main.children) and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in subj[0].children):
            return False  # "A magnitude 6 quake can cause severe damage": a generic statement
        if main.lemma_ == "do" and any(c.dep_ == "dobj" and c.lower_ in ("all", "everything", "whatever")
                                       for c in main.children):
            return False  # "We are doing all we can": an assurance of effort, nothing to check
        if subj and subj[0].lower_ == "you" and (not any(c.dep_ == "aux" and c.lower_ in ("can", "ca")
                                                          for c in main.children) or self._quoted(main)):
            return False  # generic "you hear noises every day"; "you can save notes" states a capability
        if not foretold and main.lemma_ == "go" and main.tag_ == "VBG" and any(
                c.dep_ == "xcomp" and to_infinitive(c)
                for c in main.children) or main.lower_ == "gon" or main.lower_ in ("got", "wan") and any(
                c.lower_ in ("ta", "na") and c.i == main.i + 1 for c in main.children):
            return False  # "was going to be hard", "I'm gonna go home": a prediction or plan
        if main.tag_ == "VB" and not subj and main.dep_ in ("ROOT", "conj", "ccomp", "parataxis") and not any(
                c.dep_ in ("aux", "auxpass") and not (c.lemma_.lower() == "do" and c.i < main.i) or c.dep_ == "expl"
                for c in main.children):  # ("there did not really appear to be": a subject after all)
            return False  # an imperative ("Come on", "Don't forget that ..."): an appeal, not a fact
        if main.tag_ == "VBG" and main.dep_ == "ROOT" and main.i == main.sent.start and not subj and not any(
                c.dep_ in ("aux", "auxpass") for c in main.children) and len(main.sent) <= 6 \
                and main.sent[-1].text not in (".", "!", "?", '"', "”"):
            return False  # "Baiting the referees": a subheading that names a theme, no clause
        if main.lemma_ == "follow" and any(c.dep_ == "mark" and c.lower_ == "as" for c in main.children) \
                and main.i + 1 < len(main.doc) and main.doc[main.i + 1].text == ":":
            return False  # "Partial transcript as follows:": a label for what comes next
        if _is_be(main) and subj and (subj[0].pos_ == "PRON" or subj[0].pos_ == "NOUN" and self._quoted(main)) \
                and self._characterisation(main):
            return False  # "She's a hard worker", "the driver is a nervous wreck" (quoted): an evaluation of character
        if _unknown(main):
            return False  # "It is unclear as to the nature of the dispute": what is not known, no event
        if _comes_after(main):
            return False  # "The vote comes a week after news of the merger": the writer placing a story
        if not in_title and _generic_statement(main, toks):
            return False  # "Some climbers develop a knack for ...": a kind described, no one event
        if _is_be(main) and _simile(main):
            return False  # "The campaign was like a sprint in a marathon": a figure of speech
        if _is_be(main) and _vague_existential(main):
            return False  # "There's something going on": nothing named that could be checked
        if main.lemma_ == "remain" and any(c.dep_ == "xcomp" and c.lemma_ == "see" for c in main.children):
            return False  # "it remains to be seen whether ...": nothing known yet
        if _is_be(main) or main.lemma_ == "remain":  # "the scale was remarkable": a bare evaluative adjective
            # a fronted setting ("In a town where ..., the programs are valuable") does not make a quality a fact;
            # a fronted comparison does ("Unlike the march in Ashby, the protest remained peaceful")
            comp = [c for c in main.children if c.dep_ in ("acomp", "attr", "oprd") or c.dep_ == "prep" and (
                c.i > main.i or c.lower_ in ("unlike", "like"))]
            named = {t.i for c in main.children if c.dep_ == "nsubj" for t in c.subtree}
            if comp and all(c.dep_ == "acomp" for c in comp) and not any(  # "Tuesday the crowd was calm": dated
                    t.ent_type_ in ("DATE", "TIME") and t.i not in named for t in toks):  # not "Monday's debate"
                adj = comp[0]
                state = adj.lower_ in _STATE_ADJECTIVES and not any(  # not "who is eligible": a question
                    c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in main.children)
                if adj.tag_ not in ("JJR", "VBN") and not state and not any(
                        c.dep_ in ("prep", "npadvmod", "nummod") and not _full_degree(c) for c in adj.children) \
                        and not _measured_against(main, adj) and adj.lower_ != "due" \
                        and not _sure_of(main, adj) and not (adj.lower_ in _SUBJECT_ADJECTIVES and any(
                            c.dep_ == "xcomp" for c in adj.children)) and not self._measured(main):
                    # ("was due to appear", "it is clear that X", "were able to get out": what was done)
                    return False
                if adj.lower_ in _VALUE_ADJECTIVES and not any(t.like_num for t in toks):
                    return False  # "the weather was fine for a picnic": a value judged, whatever it is for
        if main.tag_ == "VBN" and framed:
            return False
        if main.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in main.children) \
                and main.dep_ not in ("ROOT", "ccomp", "conj") and main.lemma_.lower() in self.framing:
            return False
        return any(t.pos_ in ("NOUN", "PROPN", "NUM", "PRON") for t in toks if t.i != main.i)

    def _measured(self, main: Token) -> bool:
        """'inflation was close to zero', 'the ferry's bookings stayed strong': the subject is a published
        figure, so grading it states something the figures can confirm."""
        # the word itself too: a sentence's first word ("Orders were weak") can be tagged a name, its lemma unchanged
        return any(c.dep_ == "nsubj" and not self.measured.isdisjoint(
            (c.lemma_.lower(), c.lower_, c.lower_.removesuffix("s"))) for c in main.children) and any(
            c.dep_ == "acomp" and c.pos_ == "ADJ" for c in main.children)

    def _provision(self, main: Token, toks: list[Token]) -> bool:
        """'will' stating what a law provides ("the act will bar lenders from ...", "grants under
        the act will cover ...", "buyers will get X because of new rules in the act") or an
        arrangement a firm or body has made ("airlines will be filing schedules with the ministry"): facts
        stated as settled (heldout 53), unlike a forecast ("the effects of the act will vary")."""
        if not _will(main):
            return False
        if self._quoted(main):
            return False  # 'the law "will not change our position"': a speaker's resolve, not the writer's account
        subj = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        for t in toks:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in self.legal:
                continue
            if subj and t.i == subj[0].i:
                return True  # "the law will block ..."
            up = t.head
            if t.dep_ == "pobj" and (up.lower_ == "under" and up.head.dep_ in ("nsubj", "nsubjpass")
                                     or up.head.lemma_.lower() in ("requirement", "provision", "mandate")):
                return True  # "subsidies under the law", "requirements in the law"
        progressive = main.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in main.children)
        return progressive and bool(subj) and subj[0].pos_ == "NOUN" and self._planned(main)

    def _imposed(self, main: Token) -> bool:
        """'must' + a penalty verb with a sum or a term in the writer's voice ("must also pay $2,500 in
        fines", "must serve 200 hours of community service"): the terms a court or authority set, a
        checkable fact, unlike a speaker's demand ("they must pay for this")."""
        if not any(c.dep_ == "aux" and c.lower_ == "must" for c in main.children) or self._quoted(main):
            return False
        if main.lemma_.lower() not in _PENALTIES and not self._mandated(main):
            return False
        return any(t.ent_type_ in ("MONEY", "DATE", "CARDINAL", "QUANTITY") or t.like_num
                   for c in main.children if c.dep_ in ("dobj", "npadvmod", "prep") for t in c.subtree)

    def _mandated(self, main: Token) -> bool:
        """The clause names the rule behind its "must" ("By congressional mandate, the agency must cut
        $600 million", "under the new law, firms must file ..."): an obligation in force, not a demand."""
        return any(c.dep_ == "prep" and c.lower_ in ("by", "under") and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in self.legal or g.lemma_.lower() in _MANDATES)
            for g in c.children) for c in main.children)

    def _quoted(self, tok: Token) -> bool:
        """Inside a quotation: an attributed one, or one opened earlier in the paragraph and not yet closed
        (a continuation the attributions did not frame)."""
        if any(s <= tok.idx < e for s, e in self._quotes):
            return True
        text = tok.doc.text
        line = text[text.rfind("\n", 0, tok.idx) + 1:tok.idx]
        return line.count("“") > line.count("”")

    def _planned(self, main: Token) -> bool:
        """'would' + an action of a person or body, not a state and not under a condition ("said relatives
        would hold a vigil Thursday", "said the minister would travel to Paris"): a plan reported as decided
        (B54), unlike an outcome foreseen for things ("the snow would cause disruption", "roads would be
        the worst affected") or a hypothetical ("they would give him up if ...")."""
        if _is_be(main) or main.lemma_ in ("have", "need") or main.pos_ != "VERB":
            return False
        if _guessed_or_conditional(main):
            return False
        subj = [c for c in main.children if c.dep_ == "nsubj"]
        if not subj:
            return False
        s = subj[0]
        if s.lower_ == "it" and main.dep_ == "ccomp" and main.head.lemma_.lower() in _DECISION_VERBS:
            # "the company announced it would close the plant": the holder's own decision
            s = next((c for c in main.head.children if c.dep_ == "nsubj"), s)
            if s.lower_ == "it":
                return False
        return self._acting(s)

    def _acted(self, verb: Token) -> bool:
        """A framing verb that a person or body does (acted_framing_verbs.txt): "Roe questioned the count"."""
        return verb.lemma_.lower() in _ACTED_FRAMING and any(
            c.dep_ == "nsubj" and self._acting(c) for c in verb.children)

    def _dated_plan(self, main: Token) -> bool:
        """'The senator will visit Ogden on Tuesday', 'the family will donate $1 million on March 3': what a
        named person or body will do on a named day is on the calendar, a fact, unlike a forecast about
        things ("prices will rise next year")."""
        if not _will(main) or main.lemma_.lower() in _COGNITION | self.stance or not any(
                c.dep_ == "nsubj" and self._acting(c) for c in main.children):
            return False
        return _on_named_day(main)

    def _acting(self, s: Token) -> bool:
        """A subject that acts: a person, a body, a place's government, a pronoun for them, or a noun for
        people or bodies (agent_nouns.txt, institutional_roles.txt)."""
        return s.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or s.lower_ in ("he", "she", "they", "we", "i") or (
            s.pos_ == "NOUN" and (s.lemma_.lower() in self.roles or s.lemma_.lower() in self.agents))

    def _opinionated(self, toks: list[Token]) -> bool:
        return any(t.lower_ in self.opinion or t.lemma_.lower() in self.opinion for t in toks)

    @staticmethod
    def _evaluation(main: Token, toks: list[Token]) -> bool:
        """'be' with a judged predicate: an extraposed adjective ("it is humiliating for us that ...",
        "it is not advisable to ...") or one graded by a degree adverb ("the industry is very sensitive",
        "quite an extraordinary story"), with no figure or date to check."""
        kids = list(main.children)
        acomp = [c for c in kids if c.dep_ == "acomp" and c.pos_ == "ADJ" and c.tag_ not in ("VBN", "JJR")]
        extraposed = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in kids)
        if acomp and extraposed and acomp[0].lower_ not in _SUBJECT_ADJECTIVES | _EPISTEMIC and any(
                c.dep_ in ("ccomp", "xcomp") for c in (*kids, *acomp[0].children)):
            return True
        if extraposed and any(c.lower_ in _BETTER and c.dep_ in ("acomp", "advmod") for c in kids) and any(
                c.dep_ in ("ccomp", "xcomp") for c in kids):
            return True  # "it's better that I'm quiet": a preference, not a fact
        if any(c.dep_ == "attr" and c.lemma_.lower() in _TIME_TO and any(
                g.dep_ in ("relcl", "acl") and to_infinitive(g)
                for g in c.children) for c in kids):
            return True  # "this was the time to double up": an exhortation
        infinitive = any(c.dep_ == "xcomp" and c.tag_ == "VB" and to_infinitive(c) for c in kids)
        if infinitive and (extraposed and any(c.dep_ == "attr" and c.lemma_.lower() in _DUTIES for c in kids) or any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _DUTIES or c.dep_ == "csubj" for c in kids)):
            return True  # "it is the duty of every voter to ...", "their job was to hold the line": a task, no fact
        if any(t.like_num or t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL") for t in toks):
            return False
        rated = [c for c in kids if c.dep_ == "acomp" and c.tag_ == "VBN"]
        if rated and all(_well_done(a) for a in (*rated, *(g for a in rated for g in a.children if g.dep_ == "conj"))):
            return True  # "was well-liked and well-read", "was poorly run": a reputation or a quality judged
        graded = acomp + [g for c in kids if c.dep_ in ("attr", "nsubj") for g in (c, *c.children)
                          if g.i == c.i and c.dep_ == "attr" or g.dep_ == "amod"]
        for g in graded:
            if any(c.dep_ in ("ccomp", "advcl", "xcomp") for c in g.children):
                continue  # "so eager to begin that he struck": a result clause states what happened
            if any(c.dep_ in ("advmod", "predet", "preconj") and c.lower_ in _INTENSIFIERS for c in g.children):
                return True
            if _well_done(g):
                return True  # "a well-executed refinement", "a poorly-run campaign": a judgement of quality
            if g.lemma_.lower() in _JUDGED_SUPERLATIVES and (g.tag_ == "JJS" or any(
                    c.dep_ == "advmod" and c.lower_ in ("most", "more") for c in g.children)):
                # "It was the silliest plan in the county", "The most surprising part is that ...": a rating
                return True
        if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in kids) and any(
                any(g.dep_ == "advmod" and g.lower_ == "as" for g in a.children)
                and any(g.dep_ == "prep" and g.lower_ == "as" for g in a.children) for a in acomp):
            return True  # "may not be as progressive as X": a guarded comparison of qualities
        return False

    @staticmethod
    def _no_way_to_know(main: Token) -> bool:
        """'there was no way to know', 'he has no idea of X': an absence of information, not a fact."""
        if main.lemma_ == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("idea", "clue") and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in main.children):
            return True
        for c in main.children:
            if c.dep_ in ("attr", "nsubj", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                if any(g.dep_ in ("acl", "relcl", "xcomp") and g.lemma_.lower() in _UNSTATED for g in c.children):
                    return True
        return False

    @staticmethod
    def _characterisation(main: Token) -> bool:
        """'be' + a noun phrase judged by an adjective, with nothing checkable attached."""
        attrs = [c for c in main.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        if not attrs:
            return False
        attr = attrs[0]
        judged = any(c.dep_ == "amod" and c.tag_ == "JJ" and c.text.isalpha() for c in attr.children)
        # "a sign of weakness", "a moment of pride": the noun is judged by the quality it is "of"
        quality = [c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of" and any(
            _quality(g) or g.pos_ == "NOUN" and g.lower_.endswith("ness") for g in c.children if g.dep_ == "pobj")]
        # ("a sad day for the whole town" or "for Ruritania": whom it is judged for adds nothing to check)
        beneficiary = {t.i for c in attr.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}
        # a relative clause checks out only with a name or a figure ("a sudden attack that gave the
        # deputy no chance" is still a judgement)
        checkable = any(t.pos_ in ("NUM", "PROPN") or t.ent_type_ for t in attr.subtree
                        if t.i != attr.i and t.i not in beneficiary) or any(
            c.dep_ == "acl" or c.dep_ == "prep" and c.lower_ != "for" and c not in quality for c in attr.children)
        return (judged or bool(quality)) and not checkable

    # -- extras: relative clauses, appositions, facts inside opinions ---------------------
    def _naming(self, verb: Token) -> bool:
        """A naming or labelling participle with the name or label it gives: "named Fenn", "dubbed the
        town's 'little queen'", "known locally as the Gate"."""
        if verb.lemma_.lower() not in self.naming and verb.lemma_.lower() not in self.labelling:
            return False
        return any(c.dep_ in ("oprd", "attr", "dobj", "npadvmod") and c.pos_ in ("PROPN", "NOUN")
                   or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)

    def _person(self, tok: Token) -> bool:
        return tok.ent_type_ == "PERSON" or any(s <= tok.idx < e for s, e in self._people)

    def _background(self, doc: Doc, sent: Span, atts) -> list[tuple[ClaimItem, int]]:
        out = []
        kinds: list[str] = []  # the dependency of each item's clause, for _widest
        sources = [a.source for a in atts if a.source is not None]
        in_source = False
        for t in sent:
            if t.dep_ not in ("relcl", "acl", "appos"):
                continue  # the only clauses kept below; skipping early spares building the head token
            if t.head.i == t.i:
                continue
            ante = _antecedent(t)
            if ante is None:
                continue
            comma = t.left_edge.i - 1
            if doc[t.left_edge.i].text == "(":
                comma += 1  # the bracket parsed inside the apposition
            # "Rep. Ann Roe (D-Ohio)": a party tag in brackets stands as one after a comma
            bracketed = t.dep_ == "appos" and comma >= sent.start and doc[comma].text == "(" and _party_tag(t)
            if not bracketed:
                if _final_where(t, sent) and comma >= sent.start and doc[comma].text not in (",", "—", "--"):
                    comma += 1  # "holed up in an office on the second floor where the SWAT team found her"
                elif comma < sent.start or not (doc[comma].text in (",", "—", "--") or _spaced_hyphen(doc[comma])) \
                        or doc[comma].i <= t.head.i:
                    continue
            dashed_tail = doc[comma].text not in (",", "where", "(") and t.dep_ == "appos" \
                and _last_dash(doc[comma], sent)
            # "Dr. Sam Lee -- surgeon and author -- spoke": an apposition between two dashes
            dash_pair = t.dep_ == "appos" and doc[comma].text in DASHES and t.right_edge.i + 1 < sent.end \
                and doc[t.right_edge.i + 1].text in DASHES
            if doc[comma].text not in (",", "where") and t.dep_ != "relcl" and not dashed_tail and not bracketed \
                    and not dash_pair:
                continue  # "Gray — who allegedly turned ...": a relative clause set off by a dash
            if any(a.dep_ == "advcl" and a.lower_ == "were" for a in t.ancestors):
                continue  # inside an unreal condition ("If the board were to reject the bid, ..."): no fact
            if t.dep_ == "acl" and t.tag_ == "VBN" and self._naming(t):
                continue  # "The family's border collie, named Fenn": a name, not a fact to check
            if t.dep_ == "acl" and (_is_cue(t, atts) or t.tag_ == "VBN" and t.lemma_.lower() in _SOURCE_PARTICIPLES):
                continue  # "Prendergast, quoted by the Associated Press": who reports, no fact of its own
            party = t.dep_ == "appos" and _party_tag(t)  # "Tom Reyes, R-Ohio"
            if t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ == "VBN"):
                toks = [x for x in t.subtree]
                cut = [c for c in t.children if c.dep_ == "conj" and _is_cue(c, atts)]
                if cut:
                    toks = [x for x in toks if x.i < cut[0].left_edge.i]
                    while toks and toks[-1].dep_ in ("cc", "punct"):
                        toks.pop()
                if not self.check_worthy(t, toks, False) or any(
                        c.dep_ == "aux" and c.lower_ == "would" for c in t.children):
                    continue  # "who would go out of his way": a habit in a portrait, not an event
                said = next((c for c in t.children if c.dep_ == "ccomp"), None) if _is_cue(t, atts) else None
                if said is not None and not self.check_worthy(said, list(said.subtree), False):
                    continue  # "Roe, who says she is humbled": the report of a feeling or a stance
                if _unnamed(toks) or (t.dep_ == "relcl" and t.lemma_.lower() in self.labelling and t.tag_ == "VBN"):
                    continue  # "a friend, who asked not to be named"; "Jenkin, who was described as a Goth"
            elif t.dep_ == "appos" and (t.pos_ == "NOUN" or _noun_like(t) or t.lower_ in self.parties or party
                                        or t.pos_ == "ADJ" and _identity(t)  # ("an obstetrician" read as JJ)
                                        or t.lower_ == "one" and (_identity(t) or _ranked(t)) or _described_name(t)):
                named = ante.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                                    for c in ante.children)
                # a party ("a Maryland Democrat", "Republican of Ohio") or a described thing ("a device
                # that enabled ...") adds a checkable fact; a bare title ("the capital, Athens") does not
                facts = t.lower_ in self.parties or party or any(c.dep_ in ("prep", "nummod", "acl", "relcl")
                                                        for c in t.children) or any(
                    c.dep_ == "npadvmod" or c.tag_ == "CD" for c in t.subtree) or (
                    self._person(ante) and t.lemma_.lower() in self.roles  # "officials led by X, then the
                    and not any(s.start <= ante.idx < s.end for s in sources)) or (  # prime minister"; no source (51)
                    self._person(ante) and _identity(t)
                    and not any(s.start <= ante.idx < s.end for s in sources)) or (
                    _organisation_kind(ante, t) and not _in_frame(ante, sent, atts)) or _ranked(t)
                # ("Ann Roe, a Lutheran pastor", "Tom Hale, the girl's great-aunt": who someone is)
                in_source = any(s.start <= ante.idx < s.end for s in sources)
                if not named or not facts:
                    continue
                if any(c.dep_ == "amod" and c.tag_ == "JJS" and c.lemma_.lower() in _JUDGED_SUPERLATIVES
                       for c in t.children):
                    continue  # "Roe, the worst mayor in history": a rating, not who she is
                if any(c.dep_ == "nummod" for c in t.children) and any(c.dep_ == "nummod" for c in ante.children):
                    continue  # "14 AK-47 Rifles, 31 magazines and 923 rounds": a list, not an apposition
                toks = _until_closing_comma(t)
                if party:  # the tag alone, not a name coordinated after it, with its closing bracket
                    toks = list(t.doc[t.left_edge.i:t.i + (2 if bracketed and t.i + 1 < len(doc) and
                                                             doc[t.i + 1].text == ")" else 1)])
                if dashed_tail:  # "its Kinect - a device that ..., without need of X": the aside runs to the end
                    toks = list(doc[t.left_edge.i:sent.end])
            else:
                continue
            while toks and (toks[-1].dep_ == "cc" or toks[-1].is_punct and toks[-1].text not in _QUOTES + ")]"):
                toks = toks[:-1]  # "Qeshm, a 1,500-square-kilometer island off the coast ... and": cut at a conjunct
            start_tok = _name_start(ante)
            if not toks or start_tok.i < sent.start:
                continue
            start, end = trim(doc, start_tok.idx, toks[-1].idx + len(toks[-1]))
            if end - start < 10:
                continue
            # the writer's background (decisions 30, 42, 46): never linked to a reported content
            hedged = any(x.lower_ in self.hedges for x in doc[ante.left_edge.i:toks[-1].i + 1])
            # an apposition inside a source is marked (-1): kept only when no bigger claim holds it
            cut_at = -1 if t.dep_ == "appos" and in_source else doc[comma].idx
            if party or dash_pair:
                cut_at = len(doc.text)  # a tag mid-sentence ends no clause: a claim of its own, cutting nothing
            out.append((ClaimItem(start, end, None, hedged), cut_at))
            kinds.append(t.dep_)
        for start, end in _place_glosses(doc, sent):  # a place glossed mid-sentence ends no clause
            same = [n for n, (item, _) in enumerate(out) if (item.start, item.end) == (start, end)]
            for n in same:  # the parse's apposition over the same words ends no clause either
                out[n] = (out[n][0], len(doc.text))
            if not same:
                out.append((ClaimItem(start, end, None, False), len(doc.text)))
                kinds.append("gloss")
        return _widest(out, kinds)

    def _dated_modifiers(self, doc: Doc, sent: Span, atts) -> list[ClaimItem]:
        """In a sentence that gives no claim (a want, a doubt, a fear, rhetoric), a noun phrase whose
        reduced relative pins an act to a date or a named actor: "the injunction issued Thursday", "the
        measures demanded by the IMF", "the cuts she announced Sunday" (decision 52)."""
        out = []
        for t in sent:
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            # a participle right after the noun, or a relative with no relative word ("the cuts she announced
            # Sunday": a contact clause, which may start with its subject after a common noun)
            mod = next((c for c in t.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.i == t.i + 1
                        or c.dep_ == "relcl" and _contact_clause(c) and (
                            c.i == t.i + 1 or t.pos_ == "NOUN" and c.left_edge.i == t.i + 1)
                        # ("the aid that the envoys have given in recent days": a restrictive relative)
                        or c.dep_ == "relcl" and c.left_edge.i == t.i + 1 and (
                            c.left_edge.lower_ == "that" or c.left_edge.tag_ == "WDT")), None)
            if mod is None or mod.pos_ != "VERB":
                continue
            sub = list(mod.subtree)
            # (an act pinned by its own date or named doer: not "the harm done by last week's storms")
            by = {x.i for g in mod.children if g.dep_ == "agent" for x in g.subtree}
            dated = any(g.ent_type_ in ("DATE", "TIME") and g.i not in by for g in sub)
            agent = any(g.dep_ == "agent" and any(x.dep_ == "pobj" and x.ent_type_ in _NAMED_ACTORS for x in g.children)
                        for g in mod.children)
            if not (dated or agent):
                continue
            start, end = trim(doc, t.left_edge.idx, sub[-1].idx + len(sub[-1]))
            if end - start >= 10 and t.left_edge.i >= sent.start:
                # the writer's background, unless the modifier is itself a report ("the cuts she announced")
                own = next((k for k, a in enumerate(atts) if a.cue.start <= mod.idx < a.cue.end), None)
                out.append(ClaimItem(start, end, own,
                                     any(x.lower_ in self.hedges for x in doc[t.left_edge.i:sub[-1].i + 1])))
        return out

    def _dashed(self, doc: Doc, sent: Span, atts) -> list[ClaimItem]:
        """A clause set off between two dashes ("— the same day the autopsy showed X —") is a claim."""
        if not _has_dash(sent):
            return []
        dashes = [t.i for t in sent if t.text in DASHES]
        out = []
        for a, b in zip(dashes, dashes[1:], strict=False):
            inner = doc[a + 1:b]
            for t in inner:
                v = t.head
                if t.dep_ not in ("nsubj", "nsubjpass") or not (a < v.i < b) or v.pos_ not in ("VERB", "AUX"):
                    continue
                if a < v.head.i < b and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
                    continue  # only the inserted clause's own verb, not one it reports or a relative
                if doc[a + 1].tag_ in ("WDT", "WP", "WRB") or any(x.tag_ in ("WDT", "WP") for x in t.subtree):
                    continue
                toks = [x for x in v.subtree if a < x.i < b and x.i >= t.left_edge.i]
                if not self.check_worthy(v, toks, False):
                    continue
                start, end = self._bounds(doc, toks)
                if end - start >= 10:
                    out.append(ClaimItem(start, end, _linked(atts, start, end, v),
                                         any(x.lower_ in self.hedges for x in toks)))
                break
        return out

    def _release(self, doc: Doc, head: Token, toks: list[Token], atts, in_title: bool, quotes) -> list[ClaimItem]:
        """'Deutsche Bank released an analysts' note saying that X will ...': when what the document says is
        no claim, its release is (an act, A32); the claim ends before the participle that reports."""
        for t in toks:
            obj = t.head if t.dep_ == "acl" or t.i == 0 else doc[t.i - 1]
            if t.dep_ in ("acl", "advcl") and t.tag_ == "VBG" and _is_cue(t, atts) and obj.head.i == head.i \
                    and obj.dep_ in ("dobj", "nsubj", "nsubjpass") and obj.pos_ == "NOUN" and head.pos_ == "VERB":
                sub = [x for x in toks if x.i < t.left_edge.i]
                item = self._claim(doc, head, sub, atts, in_title, quotes)
                return [item] if item is not None else []
        return []

    def _embedded(self, doc: Doc, head: Token, toks: list[Token], atts, in_title: bool = False) -> list[ClaimItem]:
        """A fact stated inside an opinion ('... was remarkable, as it struck X')."""
        out = []
        tset = {t.i for t in toks}
        if head.lemma_.lower() in ("forget", "remember", "note") and head.tag_ == "VB" and not any(
                c.dep_ in _SUBJ for c in head.children):
            for t in head.children:  # "Don't forget that the senator voted for it": the appeal presumes a fact
                if t.dep_ == "ccomp" and t.i in tset and any(c.dep_ == "mark" and c.lower_ == "that"
                                                              for c in t.children):
                    sub = [x for x in t.subtree if x.i in tset and not (x.dep_ == "mark" and x.head.i == t.i)]
                    if self.check_worthy(t, sub, False):
                        start, end = self._bounds(doc, sub)
                        if end > start:
                            out.append(ClaimItem(start, end, _linked(atts, start, end, t),
                                                 any(x.lower_ in self.hedges for x in sub)))
        for t in toks:
            if t.dep_ != "advcl" or not any(c.dep_ in _SUBJ for c in t.children):
                continue
            marks = [c for c in t.children if c.dep_ == "mark"]
            if not marks or marks[0].lower_ not in _EMBED_MARKS or any(m.lower_ == "if" for m in marks):
                continue  # "It looked as if a bomb had gone off": an impression
            if marks[0].lower_ == "as" and _is_cue(t, atts):
                continue  # "as I've suggested": a frame around the clause, no fact of its own
            sub = [x for x in t.subtree if x.i in tset and x not in marks]
            past = t.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children) or (
                in_title and t.tag_ == "VBZ")  # a headline's present tells what happened ("As Floods Spread, ...")
            # a present state with a figure is a fact as well ("because most of its 4,000 staff are pilots")
            past = past or marks[0].lower_ in ("because", "since") and any(
                x.like_num and x.dep_ == "nummod" or x.ent_type_ in ("PERCENT", "MONEY") for x in sub)
            if past and self.check_worthy(t, sub, False):
                start, end = self._bounds(doc, sub)
                if end > start:
                    att_idx = _linked(atts, start, end, t)
                    out.append(ClaimItem(start, end, att_idx, any(x.lower_ in self.hedges for x in sub)))
        return out

    # -- spans and hedges -------------------------------------------------------------
    def _bounds(self, doc: Doc, toks: list[Token]) -> tuple[int, int]:
        toks = sorted(toks, key=lambda t: t.i)
        if len(toks) > 1 and toks[0].dep_ == "advmod" and toks[1].dep_ == "mark" and toks[0].head == toks[1].head \
                and toks[0].head == _clause_head(toks) and toks[0].i > 0 and doc[toks[0].i - 1].text == ",":
            toks = toks[1:]  # "even as crowds marched": the adverb goes with the conjunction it sharpens
        while toks and (toks[0].dep_ in _LEAD_DROP and toks[0].text not in _QUOTES or toks[0].is_space):
            toks = toks[1:]
        if toks and _absolute_with(toks[0]):
            toks = toks[1:]  # "with" before an absolute clause is a connective (decision K28)
        if toks and toks[0].lower_ in self.connectives and not any(c.dep_ == "prep" for c in toks[0].children) \
                and not (toks[0].head.dep_ == "prep" and toks[0].head.i == toks[0].i + 1):
            # ("Instead of settling for X, ..." keeps its phrase: cutting "Instead" would leave "of settling")
            k = 1
            while k < len(toks) and toks[k].head.i == toks[0].i or (k < len(toks) and toks[k].text == ","
                                                                     and k <= 3):
                k += 1
                if toks[k - 1].text == ",":
                    break
            toks = toks[k:]
        while toks and (toks[-1].is_punct and toks[-1].text not in _QUOTES or toks[-1].is_space):
            toks = toks[:-1]
        while toks and toks[-1].dep_ == "cc":
            toks = toks[:-1]
        if not toks:
            return 0, 0
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        start, end = trim(doc, start, end, " \t\r\n,;:.-—")
        text = doc.text
        if start < end and text[start] in "\"“" and not any(c in text[start + 1:end] for c in "\"”"):
            start += 1  # an opening mark stays only when its quotation closes inside the claim (decision 49)
        return start, end

    def _hedged(self, doc: Doc, start: int, end: int, toks: list[Token], atts, att_idx, in_title: bool) -> bool:
        span_toks = [t for t in toks if start <= t.idx < end]
        if any(t.lower_ in self.hedges and t.ent_type_ not in ("DATE", "TIME")  # "in May" is no "may"
               and not (t.dep_ == "aux" and _witnessed(t.head))
               and not (t.dep_ == "amod" and t.head.lemma_.lower() in self._classified) for t in span_toks):
            return True  # ("could be seen going into": what was seen, no doubt; "among likely voters": a group)
        for t in span_toks:
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
            if passive and t.lemma_.lower() in self.hedge_passives and not any(
                    c.dep_ == "agent" for c in t.children):
                return True
            if t.lemma_.lower() in self.hedge_passives and _reduced_raising(t):
                return True  # "A man said to have been released ...": a holder-less report
            if _seeming_state(t):
                return True  # "we appear to be past the worst"
            if t.lemma_ == "be" and any(c.dep_ == "expl" for c in t.children) and any(
                    c.lemma_.lower() in ("talk", "report", "rumour", "rumor", "speculation", "suggestion")
                    for c in t.children if c.dep_ in ("attr", "nsubj")):
                return True
        if att_idx is not None:
            att = atts[att_idx]
            if att.hedge and start <= att.cue.start < end:
                return True
        if in_title:
            text = doc.text[start:end]
            for q in ("'", "‘"):
                i = text.find(q)
                if i != -1 and (i == 0 or not text[i - 1].isalnum()) and text.find("'" if q == "'" else "’",
                                                                                  i + 2) != -1:
                    return True
        return False


# -- helpers ---------------------------------------------------------------------------
def _joined_sentences(doc: Doc, atts) -> list[Span]:
    """Sentences, with a split the parser made inside a reported clause ("at 11:30 p.m. | Gray was")
    undone: an indirect content that runs on into the next sentence of the same line joins them."""
    out: list[Span] = []
    for sent in sentences(doc):
        if out:
            prev = out[-1]
            if "\n" not in doc.text[prev.end_char:sent.start_char] and any(
                    a.type == "indirect" and prev.start_char <= a.content.start < prev.end_char
                    and a.content.end > sent.start_char for a in atts):
                out[-1] = doc[prev.start:sent.end]
                continue
        out.append(sent)
    return out


# what a clause's own head governs: its auxiliaries, negation, adverbs, subject and complements
_CORE_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "acomp", "attr", "oprd", "xcomp", "nsubj", "nsubjpass",
                        "dobj", "expl", "intj"})
# inside a predicate ("a complete failure", "very important"), its modifiers judge it too
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "xcomp"})
_PREDICATE_MODS = frozenset({"amod", "advmod", "aux", "neg", "acomp", "attr", "oprd"})


def _core(main: Token, toks: list[Token]) -> list[Token]:
    """The clause's head and what it governs directly, with the modifiers of its predicate: an opinion
    or speculation word there judges the clause ("the scale was remarkable", "it is crucial that",
    "must be punished"); one inside an adjunct or a nested clause does not ("the first batch contained
    swabs taken in hopes of picking up residues"). What the clause states goes with it: a that-clause
    it reports or decides ("agreed that there might be"), a clause subject ("What is important is"),
    and the predicates it shares its subject with ("rewards shareholders and should improve ...")."""
    ids = {t.i for t in toks}
    out: list[Token] = []
    todo = [main]
    while todo and len(out) < 200:
        head = todo.pop()
        out.append(head)
        for c in head.children:
            if c.i not in ids:
                continue
            if c.dep_ in ("ccomp", "csubj", "parataxis") or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(
                    g.dep_ in _SUBJ for g in c.children):
                todo.append(c)
            elif c.dep_ == "prep" and head.i == main.i:
                # "began with hope that the family would speak": the clause is about the hope it names
                out.extend(g for g in c.children if g.i in ids and g.dep_ == "pobj" and any(
                    x.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in x.children) for x in g.children))
            elif c.dep_ in _CORE_DEPS:
                out.append(c)
                if c.dep_ in _PREDICATE_DEPS:
                    out.extend(g for g in c.children if g.i in ids and g.dep_ in _PREDICATE_MODS)
    return out


def _measured_against(main: Token, adj: Token) -> bool:
    """A degree set against a consequence ("not deep enough so that we can expect tsunamis", "so
    powerful that it shook furniture a mile away"): a property compared with a threshold or shown by
    an event, which can be checked, unlike a bare judgement ("the scale was remarkable"). A result
    that is only a thought or an infinitive ("so close that she thought of", "too early to retire")
    keeps the judgement."""
    degree = [c for c in adj.children if c.dep_ == "advmod" and c.lower_ in ("enough", "too", "so")]
    if not degree:
        return False
    for c in (*main.children, *adj.children, *degree[0].children):
        if c.dep_ not in ("advcl", "ccomp") or c.pos_ not in ("VERB", "AUX") or not any(
                g.dep_ in _SUBJ for g in c.children):
            continue
        if degree[0].lower_ != "so":
            return True
        if c.tag_ == "VBD" and c.lemma_.lower() not in _COGNITION | _IMPRESSIONS:
            return True
    return False


def _evaluated(main: Token, toks: list[Token]) -> bool:
    """The clause's own verb graded by a judgement ("Reno ruled correctly that ...", "they acted
    unjustly"), or its object or complement carrying one ("made a reasonable decision", "we have
    the perfect formula"); a modifier deeper down ("a ruling on a reasonable doubt") does not judge
    the clause. What was done to someone in the past stays a fact however it is judged ("we were
    wrongly shut out in May": the shutting out can be checked). Bare "be" + a plural noun said of a
    pronoun ("We are friends") characterises too. A figure in the clause ("correctly listed him as
    donating 274,500 marks"), or a named giver of the thing judged ("the reasonable assurance of
    Chase Bank"), leaves a fact to check."""
    if any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") for t in toks):
        return False
    if main.lower_ in _EVALUATIVE and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in main.children):
        return True  # "aides were coy about it", with the adjective taken for a participle
    for c in main.children:
        if c.dep_ == "advmod" and c.lower_ in _EVALUATIVE and not any(
                a.dep_ == "auxpass" and a.tag_ == "VBD" for a in main.children):
            return True
        if c.dep_ in ("dobj", "attr", "acomp", "oprd") and (c.lower_ in _EVALUATIVE or any(
                g.dep_ in ("amod", "advmod") and g.lower_ in _EVALUATIVE for g in c.children)) and not any(
                g.dep_ == "prep" and g.lower_ in ("of", "from", "by") and any(x.pos_ == "PROPN" for x in g.subtree)
                for g in c.children):
            return True
    if _is_be(main):
        subj = [c for c in main.children if c.dep_ == "nsubj"]
        attr = [c for c in main.children if c.dep_ == "attr"]
        if subj and subj[0].pos_ == "PRON" and attr and attr[0].tag_ == "NNS" and not list(attr[0].children) \
                and len([c for c in main.children if not c.is_punct]) == 2:
            return True
    return False


def _judged(main: Token) -> bool:
    """A holder-less passive of judging with a noun-phrase complement ("is considered the favourite", "were
    seen as a test of the deal", "is considered to be the leader"): an opinion nobody is named for, not a
    fact. An agent ("considered by the Senate"), no complement ("was considered on Monday") or a bare
    adjective ("was considered effective in children", "is considered responsible for") leaves a
    finding or a responsibility to check."""
    if main.lemma_.lower() not in _JUDGED or not any(c.dep_ == "auxpass" for c in main.children):
        return False
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "under" for c in main.children):
        return False  # "considered by the Senate"; "under the statute, a child ... is considered a citizen"
    comps = [c for c in main.children if c.dep_ in ("oprd", "attr")]
    comps += [g for c in main.children if c.dep_ == "xcomp" and _is_be(c) for g in c.children if g.dep_ == "attr"]
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in main.children) or any(
        c.pos_ in ("NOUN", "PROPN") or any(g.dep_ == "det" for g in c.children) for c in comps)


def _shown(main: Token) -> bool:
    """The clause presents a fact as showing another ("provide the clearest evidence yet of", "is the
    latest sign of", "offers some of the first hints of"): the writer's reading (evidence_nouns.txt)."""
    if main.lemma_.lower() not in ("provide", "offer", "give", "constitute", "remain") and not _is_be(main):
        return False
    if any(c.dep_ == "expl" or c.dep_ in _SUBJ and c.tag_ in ("WP", "WDT") for c in main.children):
        return False  # "there are signs that ..." (a hedged finding); "published what it says is evidence of"
    doc = main.doc
    objs = [c for c in main.children if c.dep_ in ("dobj", "attr")
            and not (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text in (",", "-", "--", "—"))]
    objs += [g for c in objs if c.lower_ in ("some", "one", "part", "much") for p in c.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    # the noun points at what it shows ("sign of", "evidence that", "clearest"), unlike "gave the peace sign"
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in main.children)
    return any(c.lemma_.lower() in _EVIDENCE and not any(
        g.dep_ == "det" and g.lower_ in ("no", "any") for g in c.children) and (of or any(
            g.dep_ in ("acl", "ccomp") or g.dep_ == "prep" and g.lower_ == "of" or g.tag_ == "JJS"
            or g.dep_ == "amod" and g.lower_ in ("latest", "first", "new") for g in c.children)) for c in objs)


def _traced(main: Token) -> bool:
    """A mood or quality traced to its origin ("Much of the confusion stems from ...", "the unease
    arises from ..."): an analysis of causes (quality_nouns.txt, or a noun in -ness)."""
    if main.lemma_.lower() not in ("stem", "arise", "derive", "spring"):
        return False
    for s in (c for c in main.children if c.dep_ == "nsubj"):
        heads = [s, *(g for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj")]
        if any(h.pos_ == "NOUN" and (h.lemma_.lower() in _QUALITIES or h.lower_.endswith("ness")) for h in heads):
            return True
    return False


def _framing_subject(main: Token) -> bool:
    """'be' after a noun that frames a question or an aim (framing_nouns.txt): "The question is where to
    find the money", "The key is whether the union agrees", "The goal is smaller armies"."""
    if not _is_be(main):
        return False
    kind = next((_FRAMING_NOUNS.get(c.lemma_.lower()) for c in main.children if c.dep_ == "nsubj"), None)
    if kind == "aim":
        return main.tag_ in ("VBZ", "VBP")  # ("The party's goal was to win the state": a reported aim, news)
    return kind == "clause" and any(c.dep_ in ("ccomp", "xcomp", "advcl", "csubj") or c.tag_ == "WRB" and c.dep_ in (
        "attr", "advmod", "conj") for c in main.children)


def _intensified(main: Token) -> bool:
    """A mood or relation made stronger or weaker ("the raids have deepened the rift", "the vote fuelled
    tension"; intensifying_verbs.txt), or an event put down to one ("The blast was a result of rising
    tension"): the writer's reading of causes."""
    if main.lemma_.lower() in _INTENSIFYING:
        return any(c.dep_ == "dobj" and _quality(c) for c in main.children)
    if _is_be(main):
        return any(c.dep_ == "attr" and c.lemma_.lower() in ("result", "consequence", "product") and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and _quality(g) for g in p.children)
            for p in c.children) for c in main.children)
    return False


def _quality(tok: Token) -> bool:
    """A mood noun of the lexicon ("political correctness" is no mood: the -ness rule of _traced stays there)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _QUALITIES


def _mood(main: Token) -> bool:
    """A mood told, not an event (B55, heldout5 38): a mood noun as the subject of an intransitive verb
    ("Excitement ran high at the fair", "Frustration grew") or what "there was" ("There was a feeling
    of relief"). A mood that does something to someone ("anger forced him out") is left."""
    if _is_be(main) and any(c.dep_ == "expl" for c in main.children):
        return any(c.dep_ == "attr" and _quality(c) for c in main.children)
    if any(c.dep_ in ("dobj", "auxpass", "nsubjpass", "ccomp", "xcomp") for c in main.children):
        return False
    return any(c.dep_ == "nsubj" and _quality(c) for c in main.children)


def _office_held(clause: Token) -> bool:
    """'while' + a pronoun + 'be' + a role ("... while she was mayor", "while he was a student there"): the
    time a post was held, a temporal clause of its sentence, not a contrast to split off."""
    kids = list(clause.children)
    return _is_be(clause) and any(c.dep_ == "mark" and c.lower_ == "while" for c in kids) and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" for c in kids) and any(c.dep_ == "attr" for c in kids)


def _expected_figure(main: Token) -> bool:
    """'expect' (or 'estimate', 'project', 'forecast') with a figure in what is expected ("the airline
    expects profits could rise by 5 percent",
    "the plant is expected to cut 300 jobs"): guidance or a forecast in numbers, which the outcome will
    confirm or not; without one ("we expect our new stores will bring value") it is a stance."""
    if main.lemma_.lower() not in ("expect", "estimate", "project", "forecast"):
        return False  # ("estimated that up to 60 percent of the houses might have been destroyed": a figure)
    return any(_own_figure(t, c) for c in main.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree)


def _own_figure(tok: Token, clause: Token) -> bool:
    """A number word or amount of ``clause`` itself, not an ordinal ("first-degree") and not one in a
    clause hung inside it ("to recover from the flu, which kept her home for 11 days")."""
    if not (tok.pos_ == "NUM" or tok.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")):
        return False
    up = tok
    while up.i != clause.i:
        if up.dep_ in ("relcl", "acl", "advcl"):
            return False
        up = up.head
    return True


def _felt(main: Token) -> bool:
    """A feeling as the predicate ("the long queues had made the visitors nervous", "the hall grew
    uncomfortable", "the music impressed the judges"): the holder's experience, not a checkable event
    (feelings.txt). A feeling word that only describes someone ("stayed a cheerful, happy baker") leaves the
    clause alone, and so does one that governs a clause of its own, which may state the event felt about
    ("thrilled to win the award", "angry that the report was withheld")."""
    if _feeling(main):
        return True
    if _is_be(main) and any(c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this", "that") for c in main.children) \
            and any(c.dep_ == "attr" and c.pos_ == "NOUN" and _feeling(c)
                    and not any(g.dep_ in ("relcl", "acl", "prep") for g in c.children) for c in main.children):
        return True  # "It was a panic": the mood of a moment, not an event
    if main.tag_ == "VBN" and main.lower_ in _FEELING_STATES and not any(c.dep_ == "agent" for c in main.children) \
            and any(c.dep_ == "nsubjpass" and is_person(c) for c in main.children):
        return True  # "the family is devastated": the participle parsed as a passive, with no doer
    return any((c.dep_ in ("acomp", "oprd") or c.dep_ == "ccomp" and c.pos_ == "ADJ")
               and (_feeling(c) or c.lower_ in _FEELING_STATES)
               and not any(g.dep_ in ("ccomp", "xcomp", "advcl") for g in c.children) for c in main.children)


def _feeling(tok: Token) -> bool:
    """Word or lemma in feelings.txt: "nervous" is its own lemma, "impressed" counts by its lemma "impress"."""
    return tok.lower_ in _FEELINGS or tok.lemma_.lower() in _FEELINGS


def _vouched(main: Token) -> bool:
    """An inference vouched for ("are obviously fond of", "clearly is trying to") or a choice judged ("made
    the right decision", "did the right thing"): opinion, not a checkable fact (stance_adverbs.txt)."""
    for c in main.children:
        if c.dep_ == "advmod" and c.lower_ in _STANCE_ADVERBS:
            return True
        if c.dep_ in ("dobj", "attr") and c.lemma_.lower() in _CHOICES and any(
                g.dep_ == "amod" and g.lower_ in ("right", "wrong") for g in c.children):
            return True
    return False


def _no_secret(main: Token) -> bool:
    """'made no secret of his disdain': an attitude on show, not a checkable fact."""
    return main.lemma_.lower() == "make" and any(c.dep_ == "dobj" and c.lower_ == "secret" for c in main.children)


def _correlative(toks: list[Token]) -> bool:
    """A comparative correlative ("The less money it borrows, the more is freed"): a general rule
    about how two quantities move together, not an event."""
    words = [t for t in toks if not t.is_punct and not t.is_space and t.text not in _QUOTES]
    pairs = [i for i in range(len(words) - 1) if words[i].lower_ == "the" and words[i + 1].lower_ in _CORRELATIVE
             and words[i + 1].tag_ in ("JJR", "RBR")]
    return len(pairs) >= 2 and pairs[0] == 0


def _hypothetical(main: Token) -> bool:
    """'The second possibility would be to start a fight': an option weighed, not a fact."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "'d") for c in main.children)
    return _is_be(main) and modal and any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and to_infinitive(c)
        for c in main.children)


def _idle_modal(main: Token) -> bool:
    """'may as well', 'might as well': a figure of speech, not a possibility to weigh."""
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in main.children) and any(
        c.dep_ == "advmod" and c.lower_ == "well" and any(g.lower_ == "as" for g in c.children)
        for c in main.children)


def _polled(doc: Doc, att) -> bool:
    """The holder is a share of those polled ("Twelve percent said they were not sure"): what they
    answered is a poll result, a figure to check, whatever the answer's own wording."""
    if att.source is None:
        return False
    span = doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ == "PERCENT"


def _seeming_state(main: Token) -> bool:
    """'seem'/'appear' raising a subject into a located, ongoing or completed state or an act ("we appear to
    be past the worst", "prices seem to be falling", "the storm appears to have flooded the harbour", "the
    ledger appears to show that ...", "there appeared to be a motive"): a fact stated with a guard (heldout4
    33). An impression ("it seems that", "seems happy") or a raised judgement ("appears to be popular",
    "appears to be a calculated snub") stays framing."""
    if main.lemma_.lower() not in ("seem", "appear"):
        return False
    subj = [c for c in main.children if c.dep_ in ("nsubj", "expl")]
    if not subj:
        return False
    for x in main.children:
        if x.dep_ != "xcomp" or not to_infinitive(x):
            continue
        if subj[0].dep_ == "expl":  # "there appeared to be a second fire": something found, guarded
            return x.lemma_ == "be" and any(g.dep_ == "attr" for g in x.children)
        if x.lemma_ == "be" and any(g.dep_ == "prep" for g in x.children) and not any(
                g.dep_ in ("acomp", "attr") for g in x.children):
            return True  # "it appeared to be in breach of the permit"
        if x.tag_ in ("VBG", "VBN") and any(g.dep_ in ("aux", "auxpass") and g.lemma_ in ("be", "have")
                                            for g in x.children):
            return True  # "prices seem to be falling", "the storm appears to have flooded the harbour"
        if x.tag_ == "VB" and x.lemma_ != "be" and any(g.dep_ in ("dobj", "ccomp") for g in x.children) \
                and subj[0].lower_ not in ("it", "this", "that"):
            return True  # "the ledger appears to show that he knew": an act of a named thing, guarded
    return False


def _polled_share(main: Token) -> bool:
    """"41 percent would choose Lowe": a share of those polled saying what they would do is a measured
    figure, not a forecast (the subject is a percentage)."""
    return any(c.dep_ == "nsubj" and (c.lower_ in ("percent", "%") or c.lemma_ == "percentage") and any(
        g.like_num for g in c.subtree) for c in main.children)


def _counterfactual(main: Token) -> bool:
    """Under an unreal condition ("If the board were to reject the bid, that ground does not exist",
    "if he were mayor, ..."): the clause reasons about a case that has not happened."""
    for c in main.children:
        if c.dep_ != "advcl" or not (any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
                                     or c.i == c.left_edge.i):  # "Were the court to publish it, ..."
            continue
        if c.lower_ != "were":
            continue
        if not any(g.dep_ == "mark" for g in c.children) and not any(
                g.dep_ == "nsubj" and g.i > c.i for g in c.children):
            continue
        if any(g.dep_ in ("xcomp", "advcl") and to_infinitive(g)
               for g in c.children):
            return True  # "were to V"
        subj = [g for g in c.children if g.dep_ == "nsubj"]
        if subj and (subj[0].tag_ in ("NN", "NNP") or subj[0].lower_ in ("i", "he", "she", "it")):
            return True  # "if he were mayor": the subjunctive of a singular subject
    return False


def _exclaimed(text: str) -> bool:
    """The clause ends in an exclamation of its own, not in a quoted chant it reports ("marched
    chanting 'Bring back our son!'" states a fact; "'We cannot stop mobilizing!'" is an outcry)."""
    body = text.rstrip(_QUOTES + " ")
    if not body.endswith("!"):
        return False
    opened = max(body.rfind(q) for q in ("``", '"', "“", "‘"))
    return opened <= 0


def _headline_clauses(sent: Span) -> list[Span]:
    """A headline's clauses: headlinese joins them with ";" ("Quake Kills 10; 80 Hurt") or a comma
    before a clause with a subject of its own ("Ship thwarts attack, 26 pirates arrested"), not with
    "and" (decision 47, heldout B42). Both sides need three words ("Obama, Clinton meet" is one), and a
    fronted adjunct stays with its clause."""
    doc = sent.doc
    cuts = [t.i for t in sent if t.text == ";" or t.text == "," and _own_clause(doc[t.i + 1:sent.end])]
    units, start = [], sent.start
    for cut in cuts:
        if _words(doc[start:cut]) >= 3 and _words(doc[cut + 1:sent.end]) >= 3 and (
                doc[cut].text == ";" or not _adjunct(doc[start:cut])):
            units.append(doc[start:cut])
            start = cut + 1
    units.append(doc[start:sent.end])
    return units


def _adjunct(part: Span) -> bool:
    """A fronted time or place phrase ("Every 72 minutes, a veteran dies"): part of the clause after it."""
    tops = [t for t in part if not (part.start <= t.head.i < part.end) or t.head.i == t.i]
    return any(t.dep_ in ("npadvmod", "advmod", "prep", "advcl") for t in tops)


def _words(span: Span) -> int:
    return sum(not t.is_punct for t in span)


def _own_clause(rest: Span) -> bool:
    """The words after a comma, up to the next comma or ";", hold a subject with its verb."""
    end = next((t.i for t in rest if t.text in (",", ";")), rest.end)
    part = rest.doc[rest.start:end]
    return any(t.dep_ in ("nsubj", "nsubjpass") and part.start <= t.head.i < part.end
               and t.head.pos_ in ("VERB", "AUX") for t in part)


def _dash_split(sent: Span) -> list[Span]:
    """'X fired 11 shots — the autopsy showed Y': one dash between two full clauses makes two units."""
    if not _has_dash(sent):
        return [sent]
    dashes = [t for t in sent if t.text in DASHES]
    if len(dashes) != 1:
        return [sent]
    d = dashes[0]
    before, after = sent.doc[sent.start:d.i], sent.doc[d.i + 1:sent.end]
    if len([t for t in before if not t.is_punct]) < 3 or len(after) < 3:
        return [sent]
    if after[0].tag_ in ("WDT", "WP", "WRB", "CC") or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in before):
        return [sent]
    clause = any(t.dep_ in ("nsubj", "nsubjpass", "expl") and after.start <= t.head.i < after.end
                 and t.head.pos_ in ("VERB", "AUX") and t.head.tag_ in ("VBD", "VBZ", "VBP") for t in after)
    return [before, after] if clause else [sent]


# ", N.Y." / ", Ohio" left after a description that the parse hung on the clause instead of the place
_PLACE_TAIL = re.compile(r",[ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)?")


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_NAMED_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _place_glosses(doc: Doc, sent: Span) -> list[tuple[int, int]]:
    """A named place set off by a comma and placed against another ("Ogden, 40 miles north of Salem",
    "the Tessel islands, off the Kessan coast", "Tarn village, nine kilometres from the border"): the
    place and its gloss, a checkable fact of its own (place_glosses.tsv)."""
    out = []
    for comma in sent:
        if comma.text != "," or comma.i == sent.start or comma.i + 2 >= sent.end:
            continue
        place = doc[comma.i - 1]
        named = place.ent_type_ in _PLACE_TYPES or any(
            c.dep_ == "compound" and c.ent_type_ in _PLACE_TYPES for c in place.children)
        if not named or place.pos_ not in ("PROPN", "NOUN"):
            continue
        k = comma.i + 1
        if doc[k].lower_ in ("about", "some", "roughly", "nearly", "just", "around"):
            k += 1
        first = doc[k]
        if first.like_num and k + 1 < sent.end and doc[k + 1].lower_ in _GLOSS_WORDS["unit"]:
            k += 2  # "40 miles" + "north of" / "from" / "outside"
            if k + 3 < sent.end and doc[k].text == "(" and doc[k + 1].like_num and doc[k + 3].text == ")":
                k += 4  # "40 miles (64 km) north of": the conversion in brackets
            ok = k < sent.end and (doc[k].lower_ in ("from", "outside", "away") or doc[k].lower_ in
                                   _GLOSS_WORDS["direction"] and k + 1 < sent.end and doc[k + 1].lower_ == "of")
        else:
            ok = first.lower_ in _GLOSS_WORDS["prep"] or first.lower_ in _GLOSS_WORDS["direction"] and (
                k + 1 < sent.end and doc[k + 1].lower_ == "of")
        if not ok:
            continue
        end = next((t.i for t in doc[k:sent.end] if t.text in (",", ";", ")") or t.text in DASHES), sent.end)
        if not any(t.ent_type_ in _PLACE_TYPES or t.lower_ in _GLOSS_WORDS["landmark"] for t in doc[k:end]):
            continue  # ("in Ogden, near his mother": no place to measure against)
        start_tok = place.left_edge
        if start_tok.i >= 2 and doc[start_tok.i - 1].text == "," and doc[start_tok.i - 2].ent_type_ == "GPE" \
                and place.ent_type_ == "GPE":
            start_tok = doc[start_tok.i - 2]  # "Ogden, Utah, 40 miles north of here": the city with its state
            while start_tok.i > sent.start and doc[start_tok.i - 1].ent_iob_ == "I":
                start_tok = doc[start_tok.i - 1]
        if start_tok.i < sent.start:
            continue
        start, stop = trim(doc, start_tok.idx, doc[end - 1].idx + len(doc[end - 1]))
        if stop > start:
            out.append((start, stop))
    return out


def _contact_clause(relcl: Token) -> bool:
    """A relative clause with no relative word before its verb ("the cuts she announced")."""
    return not any(g.tag_ in ("WDT", "WP", "WRB") or g.lower_ == "that" for g in relcl.subtree if g.i < relcl.i)


def _described_name(appos: Token) -> bool:
    """An apposition whose head the tagger took for a name but that an indefinite article makes a
    description ("Ali Omar, a Kessan Muslim")."""
    return appos.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children)


def _organisation_kind(ante: Token, appos: Token) -> bool:
    """'Harvest Now, an anti-tax group': the kind of body a named organisation is, narrowed by a modifier
    (organisation_kinds.txt)."""
    return ante.ent_type_ in ("ORG", "FAC") and appos.lemma_.lower() in _ORGANISATION_KINDS and any(
        c.dep_ in ("amod", "compound", "nmod") for c in appos.children)


def _in_frame(tok: Token, sent: Span, atts) -> bool:
    """Outside the content of a report whose cue is in the sentence: the frame that names the speaker,
    the addressee or the outlet ('"...," Roe told WDIV, a Detroit station')."""
    return any(sent.start_char <= a.cue.start < sent.end_char and not (a.content.start <= tok.idx < a.content.end)
               for a in atts)


def _until_closing_comma(appos: Token) -> list[Token]:
    """The apposition's words up to the comma that closes it: what the parse hung on it after that comma
    ("removed Roe, then the state attorney, from the case") belongs to the clause."""
    toks = list(appos.subtree)
    close = next((c for c in appos.children if c.text == "," and c.i > appos.i), None)
    if close is None or not any(t.i > close.i and t.head.i == appos.i and t.dep_ == "prep" for t in toks):
        return toks
    return [t for t in toks if t.i < close.i]


def _title_words(doc: Doc, start: int, end: int) -> list[Token]:
    """The words right before a name that belong to its noun phrase ("Police Lt." in "Police Lt. Ann
    Roe"), not a neighbour's words ("officers met Roe")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    inside, out = set(range(span.start, span.end)), []
    k = span.start - 1
    while k >= 0 and span.start - k <= 4 and doc[k].head.i in inside and doc[k].dep_ in (
            "compound", "amod", "nmod", "nn", "punct", "det"):
        inside.add(k)
        out.append(doc[k])
        k -= 1
    return out


def _capacity_effect(main: Token, toks: list[Token]) -> bool:
    """A verb of effect in the simple present on a capacity or a chance ("enhance the region's ability",
    "reduce the risk of a strike"), or "help(s) (to)" another verb of effect ("helps to stabilize the
    border towns"), with no figure or date: how things tend to work, an analysis (capacity_nouns.txt)."""
    present = main.tag_ in ("VBZ", "VBP") or main.tag_ == "VB" and any(c.dep_ == "nsubj" for c in main.children)
    if not present or main.lemma_.lower() not in _EFFECTS or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in main.children):
        return False
    # a count in the subject ("the three new ports") or a date in a relative clause ("a region that has
    # suffered floods this century") measures no effect
    aside = {t.i for c in main.children if c.dep_ in ("nsubj", "csubj") for t in c.subtree} | {
        t.i for r in main.subtree if r.dep_ in ("relcl", "acl") and r.i != main.i for t in r.subtree}
    if any((t.like_num or t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")) and t.i not in aside
           for t in toks):
        return False
    if main.lemma_.lower() == "help":
        return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _EFFECTS for c in main.children)
    objs = [c for c in main.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in _CAPACITIES or o.lower_ in _CAPACITIES for o in objs) or any(
        c.dep_ == "conj" and c.tag_ in ("VBZ", "VBP", "VB") and any(
            o.dep_ == "dobj" and o.lemma_.lower() in _CAPACITIES for o in c.children) for c in main.children)


def _noun_like(tok: Token) -> bool:
    """A determiner's head the tagger did not read as a common noun: a nationality ("the 6-year-old
    Kessan", tagged a name) or an adjective joined to a noun ("the painter and poet" read "the radical
    and poet")."""
    return tok.pos_ in ("PROPN", "ADJ") and any(c.dep_ == "det" for c in tok.children) and (
        tok.ent_type_ == "NORP" or any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in tok.children))


def _greeting(verb: Token) -> bool:
    """'welcomed the delegates', 'welcomed Roe to the city': people received, an act, where 'welcomed the
    ruling' appraises a thing."""
    return verb.lemma_.lower() == "welcome" and any(
        c.dep_ == "dobj" and (is_person(c) or c.pos_ in ("PRON", "PROPN") or c.ent_type_ in ("NORP", "ORG", "GPE"))
        or c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _ranked(noun: Token) -> bool:
    """'the county's largest employer', 'the firm's only rival': a rank within a named field, which a
    list can confirm (a judged superlative, 'the town's best baker', is caught before this is asked)."""
    if noun.lower_ == "one":  # "one of the biggest firms in Ohio": the rank is on the noun after "of"
        ranked = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
        return any(any(c.dep_ == "amod" and c.tag_ == "JJS" and c.lemma_.lower() not in _JUDGED_SUPERLATIVES
                       for c in g.children) for g in ranked)
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children) and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ("only", "sole")) for c in noun.children)


def _identity(noun: Token) -> bool:
    """An apposition naming who someone is (identity_nouns.txt), also as "one of the mill's engineers"."""
    if noun.lower_ == "one":
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), noun)
    return noun.lemma_.lower() in _IDENTITY_NOUNS or noun.lower_ in _IDENTITY_NOUNS


def _semicolon_split(sent: Span, quotes: list[tuple[int, int]]) -> list[Span]:
    """'Dorn keeps $31.2 million in reserve; Brill keeps $8.5 million': a semicolon outside quotation marks
    between two clauses, each with a finite verb and a subject of its own, ends a unit."""
    if ";" not in sent.text:
        return [sent]
    units, start = [], sent.start
    for t in sent:
        if t.text != ";" or any(s <= t.idx < e for s, e in quotes):
            continue
        before, after = sent.doc[start:t.i], sent.doc[t.i + 1:sent.end]
        if _finite_clause(before) and _finite_clause(after):
            units.append(before)
            start = t.i + 1
    return units + [sent.doc[start:sent.end]] if units else [sent]


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite_clause(span: Span) -> bool:
    """A subject in the span whose verb, also in it, is finite or has a finite auxiliary."""
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and span.start <= t.head.i < span.end and (
        t.head.tag_ in _FINITE or any(a.dep_ in ("aux", "auxpass") and a.tag_ in _FINITE for a in t.head.children))
        for t in span)


def _has_dash(sent: Span) -> bool:
    """A cheap test on the text before looking for dash tokens."""
    text = sent.doc.text[sent.start_char:sent.end_char]
    return any(d in text for d in DASHES)


def _substantive(tok: Token, atts) -> bool:
    """A participle clause worth a claim of its own: a report or a clause with a subject of its own.

    "..., drawing riot police" or "..., choking back tears" gets no claim of its own: it belongs to
    the clause it describes (and stays out of it, so its wording cannot spoil that clause's check).
    """
    if _is_cue(tok, atts) or tok.lemma_.lower() in _BLAME:
        return True
    if tok.lower_ in _TIME_PARTICIPLES:
        return False  # "..., beginning in January": when the clause's act takes effect, nothing of its own
    # a later event with a time of its own ("..., surrendering only after police boxed in his car"); a
    # result or a manner ("..., causing roofs to collapse", "..., using a rope to climb") stays with its clause
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "before", "until", "when", "as")
                                         for m in c.children) for c in tok.children)


def _topic_label(unit: Span) -> bool:
    """A short verbless headline label before a colon ("Indonesia earthquake")."""
    words = [t for t in unit if not t.is_punct]
    # a participle used as an adjective ("Breaking News") leaves the label verbless
    return 0 < len(words) <= 3 and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
                                           for t in words)


def _runs(toks: list[Token]) -> list[list[Token]]:
    """Contiguous runs of tokens (punctuation bridges nothing)."""
    runs: list[list[Token]] = []
    for t in sorted(toks, key=lambda x: x.i):
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return [r for r in runs if any(not x.is_punct for x in r)]


def _is_cue(tok: Token, atts) -> bool:
    return any(a.cue.start == tok.idx for a in atts)


def _clause_head(toks: list[Token]) -> Token:
    ids = {t.i for t in toks}
    tops = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    verbs = [t for t in tops if t.pos_ in ("VERB", "AUX")]
    return (verbs or tops or toks)[0]


def _own_belief(main: Token, atts: list[AttributionItem]) -> tuple[int, AttributionItem, Token] | None:
    """A quoted speaker's affirmed first-person belief in a past event ("I believe the clerks broke the rules"):
    (index of the nested attribution, that attribution, head of the believed clause). The speaker's belief
    is no claim; the event believed may be one, linked to the belief."""
    if main.lemma_.lower() not in _COGNITION or any(c.dep_ == "neg" for c in main.children) or not any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in main.children):
        return None
    clause = next((c for c in main.children if c.dep_ == "ccomp" and c.i > main.i and any(
        g.dep_ in _SUBJ and g.lower_ not in ("i", "we") for g in c.children) and (c.tag_ == "VBD" or any(
            g.dep_ in ("aux", "auxpass") and g.tag_ == "VBD" or g.dep_ == "aux" and g.lemma_ == "have"
            for g in c.children)) and c.doc[c.left_edge.i].tag_ not in ("WP", "WDT", "WRB")
        and not any(g.lower_ in _LIKELY for g in c.subtree)), None)
    # a past event believed, not a present view, a forecast or a guess ("probably made himself ...")
    idx = next((i for i, a in enumerate(atts) if a.cue.start <= main.idx < a.cue.end), None)
    return None if clause is None or idx is None else (idx, atts[idx], clause)


def _linked(atts, start: int, end: int, head: Token) -> int | None:
    """The attribution whose cue sits in the clause, else the one whose content holds most of it."""
    best = None
    # several attributions may share one cue (a quotation above takes the frame below it):
    # the one whose content lies in the clause wins
    at_head = [i for i, a in enumerate(atts) if a.cue.start <= head.idx < a.cue.end]
    in_clause = [i for i, a in enumerate(atts) if start <= a.cue.start < end and a.cue.end <= end
                 and not _set_off(head, a.cue.start, start, end)]
    for group in (at_head, in_clause):
        if group:
            inside = [i for i in group if atts[i].content.start < end and start < atts[i].content.end]
            return (inside or group)[0]
    top = 0
    for i, a in enumerate(atts):
        ov = min(end, a.content.end) - max(start, a.content.start)
        if ov > top and ov >= (end - start) / 2:
            top, best = ov, i
    return best


def _aside_head(head: Token, toks: list[Token], atts) -> bool:
    """The parse put the clause's head inside an aside between two dashes while the clause runs on
    outside them, with a report of its own there: the aside is claimed on its own (_dashed), the rest
    through that report (_other_reports)."""
    text = head.doc.text
    if not any(d in text[toks[0].idx:toks[-1].idx + 1] for d in DASHES):
        return False
    dashes = [t.i for t in toks if t.text in DASHES]
    for a, b in zip(dashes, dashes[1:], strict=False):
        if a < head.i < b:
            return any(not a < t.i < b and _is_cue(t, atts) for t in toks)
    return False


def _unnamed(toks: list[Token]) -> bool:
    """A source's wish to stay anonymous ("who asked not to be named", "on condition of anonymity")."""
    return any(t.lower_ == "anonymity" or t.lemma_.lower() in ("name", "identify") and t.tag_ == "VBN" and any(
        c.dep_ == "neg" for c in (*t.children, *t.head.children)) for t in toks)


def _unknown(main: Token) -> bool:
    """'be/remain/seem' + a predicate of missing knowledge ("is unclear", "remains unknown", "was not
    immediately known"), or "an open question": a state of knowledge, not an event (heldout 26)."""
    if not (_is_be(main) or main.lemma_.lower() in ("remain", "seem", "appear")):
        return False
    negated = any(c.dep_ == "neg" for c in main.children)
    for c in main.children:
        if c.dep_ == "acomp" and (c.lower_ in _UNKNOWN or negated and c.lower_ in _NOT_KNOWN):
            return True
        if c.dep_ == "attr" and c.lemma_.lower() == "question" and any(
                g.dep_ == "amod" and g.lower_ == "open" for g in c.children):
            return True
    return False


def _witnessed(main: Token) -> bool:
    """'could/can be seen/heard' + what was happening ("Police could be seen going into the building"):
    what onlookers saw, a past observation, not a possibility. Not "could have been seen"."""
    kids = list(main.children)
    return main.lemma_.lower() in _WITNESS and any(c.dep_ == "auxpass" for c in kids) and any(
        c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in kids) and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in kids) and any(
        c.tag_ == "VBG" and c.dep_ in ("xcomp", "advcl", "ccomp", "dep") for c in kids)


def _simile(main: Token) -> bool:
    """'be' whose only complement is a "like" phrase ("X was like a sprinter in a marathon", "that's like
    when you call a bank", with "like" read as an interjection), or a noun it only approximates ("that's
    sort of a standard reply", "it was kind of a mess", "this is the kind of crime that ...")."""
    kids = list(main.children)
    if any(c.dep_ == "attr" and c.lemma_.lower() in ("sort", "kind", "type") and any(
            g.dep_ == "prep" and g.lower_ == "of" for g in c.children) and any(
            g.dep_ == "det" and g.lower_ in ("the", "this", "that") for g in c.children) for c in kids):
        return True  # "this is the kind of crime that ...": a likening to a type, nothing to check
    if any(c.dep_ == "advmod" and c.lower_ in ("sort", "kind") and c.i > main.i for c in kids) or any(
            g.dep_ == "advmod" and g.lower_ in ("sort", "kind") for c in kids if c.dep_ == "attr" for g in c.subtree):
        return True
    comp = [c for c in kids if c.dep_ in ("acomp", "attr", "prep", "oprd", "advmod", "intj", "advcl")]
    like = [c for c in comp if c.lower_ == "like" and c.dep_ in ("prep", "intj")]
    return bool(like) and all(
        c.dep_ in ("prep", "advmod", "intj") and (c.lower_ == "like" or c.dep_ == "advmod")
        or c.dep_ == "advcl" and like[0].dep_ == "intj" for c in comp)


_INDEFINITES = frozenset({"something", "anything", "nothing", "everything"})


def _vague_existential(main: Token) -> bool:
    """'there is' + an indefinite pronoun or "a lot of" with nothing named in its phrase ("there's something
    going on", "there are a lot of new faces")."""
    if not any(c.dep_ == "expl" for c in main.children):
        return False
    subj = [c for c in main.children if c.dep_ in ("attr", "nsubj") and (c.lower_ in _INDEFINITES or c.lower_ == "lot"
                                                                        and any(g.lower_ == "a" for g in c.children))]
    named = ("PROPN", "NUM") if subj and subj[0].lower_ == "lot" else ("NOUN", "PROPN", "NUM")  # "a lot of" + noun
    return bool(subj) and not any(t.pos_ in named and t.i != subj[0].i and t.dep_ != "npadvmod"
                                  for t in subj[0].subtree)  # (an "npadvmod" name is the one addressed)


_QUANTIFIERS = frozenset({"some", "many", "most", "all", "few", "several", "others"})
_ANYONE = frozenset({"anyone", "anybody", "whoever"})  # "Anyone who ... lacks ...": whoever fits, no one named
_FIGURE_ANCHORS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_ANCHORS = _FIGURE_ANCHORS | {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW"}


def _generic_statement(main: Token, toks: list[Token]) -> bool:
    """A generic sentence: simple present, a subject that names a kind ("climbers", "some patients",
    "many") rather than someone, and no name, figure or date in the clause. It describes how things
    tend to be, which no single record can confirm."""
    if main.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in main.children):
        return False
    subj = [c for c in main.children if c.dep_ == "nsubj"]
    if not subj:
        return False
    s = subj[0]
    # any determiner counts ("both charges", "each side" pick out things already named); an adjective only
    # when it quantifies ("many")
    dets = [c.lower_ for c in s.children
            if c.dep_ in ("det", "predet") or c.dep_ == "amod" and c.lower_ in _QUANTIFIERS]
    kind = s.tag_ == "NNS" and (not dets or dets[0] in _QUANTIFIERS) or s.lower_ in _QUANTIFIERS | _ANYONE or (
        s.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in s.children)
        and _is_be(main) and any(c.dep_ == "attr" for c in main.children))  # "tax fraud is not the same as ..."
    if not kind or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" and not any(
            g.lower_ in ("us", "you") for g in c.children) for c in s.children):
        return False  # "some of its members": a part of someone named ("all of us" is anyone)
    if s.lemma_.lower() in _EVIDENCE or is_person(s):
        return False  # "Reports have it that ...": a source; "officials are in possession of ...": a group at hand
    if any(c.dep_ == "ccomp" for c in main.children):
        return False
    # an example given for the kind ("officers like Deputy Roe") anchors nothing
    examples = {t.i for c in s.children if c.dep_ == "prep" and c.lower_ in ("like", "such") for t in c.subtree}
    return not any((t.ent_type_ in _ANCHORS and t.lower_ != "last" or t.like_num or t.pos_ == "PROPN")
                   and t.tag_ != "PRP" for t in toks if t.i not in examples)  # (not "when one is killed")


def _well_done(tok: Token) -> bool:
    """ "well-known", "poorly-run": a participle graded by well/poorly/badly and a hyphen."""
    return any(c.dep_ == "advmod" and c.lower_ in ("well", "poorly", "badly") and c.i + 1 < len(c.doc)
               and c.doc[c.i + 1].text == "-" for c in tok.children)


def _comes_after(main: Token) -> bool:
    """'X comes (shortly) after / amid Y' in the present, with a noun after the preposition: a link the
    writer draws between stories, not an event ("comes after the army seized the town" keeps its clause)."""
    if main.lemma_.lower() != "come" or main.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("after", "amid", "amidst", "as") and any(
        g.dep_ == "pobj" for g in c.children) for c in main.children)


def _wh_clause(verb: Token) -> bool:
    """An indirect question: the clause opens with a wh-word ("what led to the fire", "why he left")."""
    first = verb.left_edge
    while first.is_punct or first.dep_ == "cc":
        first = first.doc[first.i + 1]
    return first.tag_ in ("WP", "WDT", "WRB", "WP$") or first.lower_ == "whether"


def _meanwhile(clause: Token) -> bool:
    """A "while" clause after its head, with no comma before it and an ongoing or passive verb ("the court
    froze the plan while the appeal is heard", "was shot while she was visiting him") tells when, not a
    contrast (", while the rebels retook ...", "rose while turnout fell")."""
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    ongoing = clause.tag_ == "VBG" or any(c.dep_ == "auxpass" for c in clause.children)
    return mark is not None and mark.lower_ == "while" and clause.i > clause.head.i and mark.i > 0 \
        and clause.doc[mark.i - 1].text not in (",", ";", "—", "--") and ongoing


def _as_though(verb: Token) -> bool:
    """ "as though he were hiding something", "as if nothing had happened": a manner likened, not a fact."""
    return any(c.dep_ == "mark" and c.lower_ in ("though", "if") and c.i > 0 and c.doc[c.i - 1].lower_ == "as"
               for c in verb.children)


def _is_be(tok: Token) -> bool:
    """'be', also as a contraction the lemmatiser leaves alone ("It’s dangerous": lemma "’")."""
    return tok.lemma_ == "be" or tok.lower_.replace("’", "'") in ("'s", "'re", "'m")


def _final_where(rel: Token, sent: Span) -> bool:
    """A "where" clause that ends the sentence: split off with its antecedent (decision 52)."""
    if rel.dep_ != "relcl" or rel.left_edge.lower_ != "where" or rel.left_edge.tag_ != "WRB":
        return False
    if rel.lemma_ == "be" and not any(c.dep_ in ("attr", "acomp", "prep", "advmod") and c.i > rel.i
                                      for c in rel.children):
        return False  # "the lounge where the victims were and shot them": a parse that ran on
    rest = [t for t in sent.doc[rel.right_edge.i + 1:sent.end] if not (t.is_punct or t.is_space)]
    return not rest


def _spaced_hyphen(tok: Token) -> bool:
    """A hyphen typed with a space on each side ("its Kinect - a device that ..."): a dash."""
    return tok.text in ("-", "–") and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _absolute_with(tok: Token) -> bool:
    """'with' + a subject and its -ing verb ("with heavy rainfall bringing flooding", "with warnings
    covering much of the UK"): an absolute clause stating a fact of its own."""
    if tok.lower_ != "with" or tok.dep_ != "prep":
        return False
    for c in tok.children:
        if c.dep_ == "pcomp" and c.tag_ == "VBG" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return True
        if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and any(
                g.dep_ == "acl" and g.tag_ == "VBG" and g.i > c.i for g in c.children):
            return True
    return False


def _present_state(verb: Token) -> bool:
    """A main clause in the present tense with no modal ("snow is causing disruption", "there are 12
    warnings"), a report of current conditions, not a past event or a forecast."""
    for _ in range(4):  # ", with X V-ing" hung on the noun ("There are 12 warnings in X, with ..."): its verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ not in ("ROOT", "conj") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    tensed = min([verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")], key=lambda t: t.i)
    return tensed.tag_ in ("VBZ", "VBP")


def _under_relative(tok: Token, head: Token) -> bool:
    """The cue sits in a relative clause below the clause head ("affect small businesses, which pay
    premiums tied to health and claims history"): it frames its own clause, not the head's."""
    for a in (tok, *tok.ancestors):
        if a.i == head.i:
            return False
        if a.dep_ == "relcl":
            return True
    return False


def _act(tok: Token) -> bool:
    """A warning, urging or demanding verb (act_verbs.txt), "call" only as "call for"."""
    lemma = tok.lemma_.lower()
    return lemma in _ACTS or any(f"{lemma} {c.lower_}" in _ACTS for c in tok.children if c.dep_ in ("prep", "prt"))


def _guessed_or_conditional(main: Token) -> bool:
    """A 'would' under a condition ("would give him up if ...", "even if ..., he would not") is hypothetical;
    one with a probability adverb ("probably would not change", see _probable) is a forecast: neither a plan
    nor a refusal, so its "not" does not make it the past of a refusal."""
    return _probable(main) or any(c.dep_ == "advcl" and any(g.lower_ in ("if", "unless") for g in c.children)
                                  for c in main.children)


def _probable(main: Token) -> bool:
    """A probability adverb on the clause ("the rule probably will ..."), which the parser often hangs on
    the subject when it precedes the modal ("the rule likely would ...")."""
    kids = [*main.children, *(g for c in main.children if c.dep_ == "nsubj" for g in c.children)]
    return any(c.dep_ == "advmod" and c.lower_ in _LIKELY for c in kids)


def _not_tolerated(main: Token) -> bool:
    """A present "cannot" with a verb of tolerating ("cannot allow", "can't accept", "cannot have X do")."""
    lemma = main.lemma_.lower()
    if lemma not in _TOLERATING or not any(c.dep_ == "neg" for c in main.children) or not any(
            c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in main.children):
        return False
    return lemma != "have" or any(c.dep_ in ("ccomp", "xcomp") for c in main.children)


def _refusal(main: Token) -> bool:
    """'would not' as the past of a refusal ("the driver would not stop for the police"), a fact."""
    return _would(main) and _negated(main) and not _guessed_or_conditional(main)


def _would(main: Token) -> bool:
    return any(c.dep_ == "aux" and (c.lower_ == "would" or c.lower_ == "'d" and c.tag_ == "MD") for c in main.children)


def _negated(main: Token) -> bool:
    """'did not', or a subject under "neither" ("Neither the mayor nor her aides would comment")."""
    return any(c.dep_ == "neg" or neither_subject(c) for c in main.children)


def _will(main: Token) -> bool:
    """A plain "will" future: no other modal, no negation, no "likely/probably/perhaps"."""
    mods = [c for c in main.children if c.dep_ == "aux" and c.tag_ == "MD"]
    return bool(mods) and all(m.lower_ in ("will", "'ll") for m in mods) and not any(
        c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in _LIKELY for c in main.children)


def _decided(main: Token) -> bool:
    """'X announced it will close 60 branches': the holder's own decision, made known (heldout 53, "is
    to"), unlike a forecast about others ("declared that the fans will carry the team")."""
    head = main.head
    if main.dep_ != "ccomp" or head.lemma_.lower() not in _DECISION_VERBS or not _will(main):
        return False
    subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
    holder = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or holder is None:
        return False
    return subj.lower_ in ("it", "they", "we") and holder.pos_ in ("PROPN", "NOUN") or subj.lemma_ == holder.lemma_


def _scheduled(main: Token) -> bool:
    """'The closures will begin on April 7': an event put on the calendar, a verb of starting or ending
    with a named day (a digit or a weekday), not a forecast ("prices will rise next year")."""
    if main.lemma_.lower() not in _SCHEDULE_VERBS or not _will(main) or any(
            c.dep_ in ("xcomp", "ccomp") for c in main.children):
        return False
    return _on_named_day(main)


def _on_named_day(main: Token) -> bool:
    """A date phrase of the verb that names a day: a digit, a weekday, "tomorrow" or "tonight" ("on April 7",
    "Tuesday"), not "next year"."""
    return any(c.dep_ in ("prep", "npadvmod") and any(
        t.ent_type_ in ("DATE", "TIME") and (any(ch.isdigit() for ch in t.text) or t.lower_ in _WEEKDAYS
                                              or t.lower_ in ("tomorrow", "tonight")) for t in c.subtree)
        for c in main.children)


def _idiom(main: Token) -> bool:
    """Verb and object, complement or prepositional phrase in judgement_idioms.tsv. A prepositional one
    holds only its bare object ("on the line", not "on fault lines") and no partner ("on the line with
    the dispatcher" is a call)."""
    lemma = main.lemma_.lower()
    partner = any(x.dep_ == "prep" and x.lower_ == "with" for x in main.children)
    for c in main.children:
        if c.dep_ in ("dobj", "attr") and (lemma, c.lemma_.lower()) in _JUDGEMENT_IDIOMS:
            return True
        if c.dep_ != "prep" or partner:
            continue
        for g in c.children:
            bare = all(x.dep_ == "det" or x.dep_ == "prep" and x.lower_ != "with" for x in g.children)
            if g.dep_ == "pobj" and bare and (lemma, f"{c.lower_} {g.lemma_.lower()}") in _JUDGEMENT_IDIOMS:
                return True
    return False


def _unanchored_quote(main: Token, content: list[Token], quotes: list[tuple[int, int]]) -> bool:
    """A quoted present-tense statement that names nothing and counts nothing ('"This is a waste of
    everyone's evening"', '"It is wrecking the whole board"', '"We all know what happened"'): the
    speaker's view of things, not a fact a reader could check. What happened (a past event), a name, a
    date or a figure anchors a quoted statement."""
    if not any(s <= main.idx < e for s, e in quotes):
        return False
    if (main.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" or
                                           c.dep_ == "aux" and c.lemma_ == "have" for c in main.children)) \
            and not _standing_perfect(main, content):
        return False
    linking = main.lemma_.lower() in _LINKING and not any(c.dep_ == "attr" and _identity(c) for c in main.children)
    anchors = _FIGURE_ANCHORS if linking else _ANCHORS  # ('"She is the mother of Ann"': who someone is, a fact)
    return not any(t.ent_type_ in anchors or t.like_num and not (t.lower_ == "one" and t.tag_ != "CD")
                   for t in content)  # ("no one" counts nothing)


_LINKING = frozenset({"be", "become", "remain", "seem"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})
_EVERYONE = _ANYONE | {"everyone", "everybody", "everything"}


def _sweeping_quote(main: Token, content: list[Token], quotes: list[tuple[int, int]]) -> bool:
    """A quoted sentence about everyone or whoever ('"Everyone got pushed aside"', '"Whoever fired that
    shot saved lives"') with no figure or date: a sweeping remark, not a record. A denial ("no one was
    hurt") names no one either but is a count of zero, and stays; so does what a text is reported to say
    ('"The charter says everyone may vote"')."""
    quote = next(((s, e) for s, e in quotes if s <= main.idx < e), None)
    if quote is None or main.dep_ == "ccomp" and quote[0] <= main.head.idx < quote[1]:
        return False
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if subj is not None and subj.dep_ == "csubj":  # "Whoever fired ...": the free relative's own subject
        subj = next((c for c in subj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in _EVERYONE and not any(
        t.ent_type_ in _FIGURE_ANCHORS for t in content)


def _standing_perfect(main: Token, content: list[Token]) -> bool:
    """'"It has become a farce"', '"She's been under strain"', '"The feud has gone too far"': a present
    perfect that tells how things stand now (a linking verb, or a judged excess with "too"), no event."""
    linking = main.lemma_.lower() in _LINKING
    if main.tag_ != "VBN" or not any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" or (
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("'s", "’s") and linking) for c in main.children):
        return False  # ("it's become", "she's been": "has", whatever tag the parse gave the "'s")
    return linking or any(
        t.lower_ == "too" and t.dep_ == "advmod" and t.head.pos_ in ("ADJ", "ADV") for t in content)


def _vague_belief(verb: Token) -> bool:
    """A belief held by an unnamed share of people ("Some believe the rally shows the campaign is
    worried", "many think"): a current of opinion, not a record of what anyone said."""
    return verb.lemma_.lower() in _COGNITION and any(
        c.dep_ == "nsubj" and c.lower_ in _QUANTIFIERS and not list(c.children) for c in verb.children)


def _disbelief(verb: Token) -> bool:
    """A belief denied: a negated thinking verb ("don't believe") or "doubt", which says as much."""
    lemma = verb.lemma_.lower()
    return lemma == "doubt" or lemma in _COGNITION and any(c.dep_ == "neg" for c in verb.children)


def _believed(main: Token) -> Token | None:
    """The clause under an affirmed belief or expectation ("believes she will win", "expected to return"):
    what a reported belief foresees."""
    if main.lemma_.lower() not in ("believe", "expect", "think") or any(c.dep_ == "neg" for c in main.children):
        return None
    return next((c for c in main.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)


def _forecast(main: Token) -> bool:
    """A clause about what will or may come: a future or possibility modal, "would" or "going to"."""
    return _going_to(main) or any(c.dep_ == "aux" and (c.lower_ in _FORECAST_MODALS or c.lower_ == "would")
                                  for c in main.children)


def _going_to(tok: Token) -> bool:
    """'going to' + a verb: what someone intends or what will happen, a prediction."""
    return tok.lemma_ == "go" and tok.tag_ == "VBG" and any(
        c.dep_ == "xcomp" and to_infinitive(c) for c in tok.children)


_DEPICTING = frozenset({"present", "paint", "offer", "draw", "sketch", "lay"})
_DEPICTIONS = frozenset({"vision", "picture", "portrait", "image"})
_BOUND = frozenset({"bound", "sure", "certain", "destined", "poised", "doomed"})


_APPEALS = _WISHES | {"ask", "demand", "need", "seek", "expect"}


def _asked_for(main: Token) -> bool:
    """'be' whose subject is what someone asks for or wants ("all they want is X", "what they
    need is Y"): an appeal put as a definition, no fact."""
    for c in main.children:
        if c.dep_ == "csubj" and c.lemma_.lower() in _APPEALS:
            return True  # "what we want is ..."
        if c.dep_ == "nsubj" and c.lower_ in ("all", "what") and any(
                g.dep_ == "relcl" and g.lemma_.lower() in _APPEALS for g in c.children):
            return True  # "all they want is ..."
    return False


def _party_tag(tok: Token) -> bool:
    """A party and state tag set off after a name ("Tom Reyes, R-Ohio"): the state with the party's
    letter hyphened before it, a checkable affiliation."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.text in ("R", "D", "I") and c.i == tok.i - 2
                                       and tok.doc[tok.i - 1].text == "-" for c in tok.children)


def _full_degree(tok: Token) -> bool:
    """'100 percent' grading an adjective ("they are 100 percent wrong"): a degree, not a figure."""
    return tok.lemma_.lower() == "percent" and any(c.lower_ in ("100", "hundred") for c in tok.children)


def _by_doing(cue: Token) -> bool:
    """'answered by citing the budget of Denver': how the holder answered is an act told, whatever the
    answer's own content (a "by" + -ing phrase with something named or counted in it)."""
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" and any(x.pos_ in ("PROPN", "NUM") for x in g.subtree)
        for g in c.children) for c in cue.children)


def _sure_of(main: Token, adj: Token) -> bool:
    """'it is likely (that) X', 'it is clear that X': how sure the clause is, with the clause itself."""
    return adj.lower_ in _EPISTEMIC and any(c.dep_ == "ccomp" for c in (*main.children, *adj.children))


def _bound_to(main: Token) -> bool:
    """'be bound to' + a verb ("is bound to prompt", "is sure to win"): what must come, a prediction."""
    if main.lower_ in _BOUND and any(c.dep_ == "auxpass" for c in main.children):  # "bound" read as a passive
        return any(g.dep_ == "xcomp" and to_infinitive(g)
                   for g in main.children)
    return _is_be(main) and any(c.dep_ in ("acomp", "amod") and c.lower_ in _BOUND and any(
        g.dep_ == "xcomp" and to_infinitive(g) for g in c.children)
        for c in main.children)


def _behaviour(main: Token, toks: list[Token]) -> bool:
    """'will' telling the reader how a thing works ("swiping left will archive the notes you no longer
    need", "it will appear on your phone"): a description addressed to "you", with no date to place it
    in the future, is no forecast."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in main.children):
        return False
    if any(c.dep_ == "neg" for c in main.children):
        return False
    return any(t.lower_ in ("you", "your") for t in toks) and not any(t.ent_type_ in ("DATE", "TIME") for t in toks)


def _widest(background: list[tuple[ClaimItem, int]], kinds: list[str]) -> list[tuple[ClaimItem, int]]:
    """One claim per antecedent: an apposition and the relative clause after it ("Dr Roe, the former
    curator, who first met him in 2005") describe one person in one claim, the longer (heldout7 B30)."""
    rels = [item for (item, _), kind in zip(background, kinds, strict=True) if kind == "relcl"]
    return [(item, cut) for (item, cut), kind in zip(background, kinds, strict=True) if kind != "appos" or not any(
        rel.start == item.start and rel.end > item.end for rel in rels)]


def _antecedent(rel: Token) -> Token | None:
    """The noun a relative clause or apposition describes. A year the parse took for it stands for the
    noun it dates ("the river survey of 1983-84, which charted the delta": the survey). A
    "which" never describes a person: hung on a name inside a longer noun phrase ("a map by Ms Ortiz,
    which she drew"), it belongs to that phrase, and gives no claim of its own."""
    ante = rel.head
    if ante.pos_ == "NUM" and ante.dep_ == "pobj" and ante.head.lower_ == "of" and ante.head.head.pos_ in (
            "NOUN", "PROPN"):
        ante = ante.head.head
    if ante.pos_ not in ("NOUN", "PROPN"):
        return None
    if rel.dep_ == "relcl" and ante.ent_type_ == "PERSON" and ante.dep_ == "pobj" and ante.head.head.pos_ == "NOUN" \
            and any(
            c.lower_ == "which" for k in rel.children for c in (k, *(g for g in k.children if k.dep_ == "prep"))):
        return None  # (the clause's own pronoun: "who activated X, which prompted Y" describes a person)
    return ante


def _name_start(ante: Token) -> Token:
    """Where the antecedent's phrase starts: its left edge, or the start of the name it ends when the
    parse hung the head inside a longer name ("the Violence Against Women Act", head "Act")."""
    start = ante.left_edge
    if ante.ent_iob_ == "I":
        i = ante.i
        while i > 0 and ante.doc[i].ent_iob_ == "I" and ante.doc[i - 1].ent_type_ == ante.ent_type_ and (
                ante.doc[i - 1].text[:1].isupper() or ante.doc[i - 1].lower_ in ("of", "for", "and", "the", "&")):
            i -= 1  # a name's own words only, not "Troy on Interstate 75" run together by the tagger
        if i < start.i:
            first = ante.doc[i]
            if i > 0 and ante.doc[i - 1].lower_ == "the" and first.lower_ != "the":
                first = ante.doc[i - 1]
            start = first
    return start


def _last_dash(dash: Token, sent: Span) -> bool:
    """A dash that no other dash closes: what follows it to the end of the sentence is an aside."""
    return not any(t.text in DASHES or _spaced_hyphen(t) for t in sent.doc[dash.i + 1:sent.end])


def _set_off(head: Token, cue: int, start: int, end: int) -> bool:
    """The cue sits in a clause between two dashes that does not hold the claim's head."""
    text, sent = head.doc.text, head.sent
    marks = [i for i in range(min(start, sent.start_char), max(end, sent.end_char)) if text[i] in "—–"]
    return any(a < cue < b and not a < head.idx < b for a, b in zip(marks, marks[1:], strict=False))


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("shes", "ches", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _reduced_raising(tok: Token) -> bool:
    """'X said to have ...', 'a revolver believed to be ...' after a noun: a reduced passive with "to"."""
    doc = tok.doc
    if tok.tag_ not in ("VBD", "VBN") or tok.i + 1 >= len(doc) or tok.i == 0:
        return False
    to = doc[tok.i + 1]
    return to.lower_ == "to" and to.dep_ == "aux" and to.head.dep_ == "xcomp" and to.head.head.i == tok.i \
        and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "aux" for c in tok.children)


def _first_person(doc: Doc, att: AttributionItem) -> bool:
    """The holder is the writer ("I", "we") or someone only the writer can vouch for, unnamed and known
    through them ("my friends at the council tell me ...", "a friend of ours"): hearsay the writer passes on."""
    if att.source is None:
        return False
    if _writer_pronoun(doc, att):
        return True
    span = doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
    if span is None or any(t.ent_type_ for t in span):
        return False
    root = span.root
    heads = {root.i} | {g.i for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and root.pos_ in (
        "PRON", "DET", "NUM", "ADJ") for g in c.children if g.dep_ == "pobj"}  # "all of my pals"
    return any(t.dep_ == "poss" and t.lower_ in ("my", "our") and t.head.i in heads for t in span)


def _speaker_self_frame(doc: Doc, att: AttributionItem, quotes: list[tuple[int, int]]) -> bool:
    """'"I think the bridge will hold," the mayor said': a first-person frame inside a quotation is
    the speaker talking about themself, so the clause is judged whole, as the speaker's own words
    (a belief or an appeal stays no claim), while it links to that innermost attribution."""
    return _writer_pronoun(doc, att) and any(s <= att.source.start < e for s, e in quotes)  # (a turn has no mark)


def _writer_pronoun(doc: Doc, att: AttributionItem) -> bool:
    """The holder is "I" or "we" itself: whoever speaks (the writer, or a quoted speaker inside marks)."""
    return att.source is not None and doc.text[att.source.start:att.source.end].lower() in ("i", "we")


_FIRST_PERSON_SUBJECT = re.compile(r"\b(?:I|[Ww]e)\b")


def _quote_ranges(atts, doc: Doc) -> list[tuple[int, int]]:
    """The speakers' own words: direct contents, and the quotations inside a mixed content where
    the speakers talk of themselves ('called her "rather tense … I think that cost her."'); a
    quoted phrase woven into the reporter's clause stays part of that clause."""
    mixed = [a.content for a in atts if a.type == "mixed"]
    quoted = [q for q in (quote_spans(doc) if mixed else []) if any(c.start <= q[0] and q[1] <= c.end for c in mixed)
              and _FIRST_PERSON_SUBJECT.search(doc.text, q[0], q[1])]
    return sorted({(a.content.start, a.content.end) for a in atts if a.type == "direct"} | set(quoted))


__all__ = ["ClaimFinder", "ClaimItem"]
