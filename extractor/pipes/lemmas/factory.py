"""Silent-e verb lemmas, repaired after the model's rule lemmatizer.

The English rule lemmatizer strips a suffix and keeps the first stem it knows: "hopes",
"hoped" and "hoping" all become "hop", "fined" becomes "fin", "raped" "rap", "rated" "rat",
"staged" "stag". Every later stage looks cues and lexicons up by lemma, so "she hopes the
bridge will reopen" was no report and "was fined" no penalty. Spelling settles it: a stem
that ends in one vowel and one consonant doubles that consonant before "-ed"/"-ing" ("hop",
"hopped", "hopping"), so an undoubled form belongs to the verb with the silent e ("hope",
"hoped", "hoping"), when that verb exists; "-es" after a stem that takes no "-es" of its own
("hop-s") is the e's plural-s ("hope-s").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_VOWELS = frozenset("aeiou")
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")


def _cvc(stem: str) -> bool:
    """One vowel and one consonant at the end, the shape that doubles: "hop", "rat", "plan" (not "rain")."""
    return (len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-1] not in "wxy" and stem[-2] in _VOWELS
            and stem[-3] not in _VOWELS)


def silent_e(form: str, lemma: str, verbs: frozenset[str] | set[str]) -> str | None:
    """The silent-e lemma ``form`` belongs to, or None when ``lemma`` stands."""
    with_e = lemma + "e"
    if with_e not in verbs or not _cvc(lemma):
        return None
    if form in (lemma + "ed", lemma + "ing"):
        return with_e  # "hoped", "hoping" (the doubled "hopped", "hopping" are "hop")
    if form == lemma + "es" and not lemma.endswith(_SIBILANT_ENDS):
        return with_e  # "hopes" ("hop" makes "hops")
    return None


class SilentE:
    def __init__(self, verbs: frozenset[str]) -> None:
        self.verbs = verbs

    def __call__(self, doc: Doc) -> Doc:
        if not self.verbs:
            return doc
        for tok in doc:
            if tok.pos_ != "VERB" or not tok.lemma_:
                continue
            fixed = silent_e(tok.lower_, tok.lemma_.lower(), self.verbs)
            if fixed is not None:
                tok.lemma_ = fixed
        return doc


@Language.factory("news_lemmas")
def make_lemmas(nlp: Language, name: str) -> SilentE:
    """The verbs the model's own rule lemmatizer knows (none for another kind of lemmatizer: a no-op)."""
    verbs: frozenset[str] = frozenset()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            verbs = frozenset(lookups.get_table("lemma_index").get("verb", []))
    return SilentE(verbs)
