"""The lemma stage: silent-e verbs the model's rule lemmatizer cut to another word."""

from __future__ import annotations

import pytest

from extractor.pipes.lemmas.factory import silent_e

VERBS = {"hop", "hope", "rat", "rate", "plan", "plane", "visit", "fix", "stop", "stope"}


@pytest.mark.parametrize(("form", "lemma", "want"), [
    ("hopes", "hop", "hope"), ("hoped", "hop", "hope"), ("hoping", "hop", "hope"), ("rated", "rat", "rate"),
    ("hopped", "hop", None), ("hops", "hop", None),  # the doubled consonant and the plain -s belong to "hop"
    ("planned", "plan", None), ("visited", "visit", None), ("fixes", "fix", None), ("stopping", "stop", None),
])
def test_silent_e(form: str, lemma: str, want: str | None) -> None:
    assert silent_e(form, lemma, VERBS) == want


def test_the_pipeline_gives_silent_e_lemmas(extractor) -> None:
    nlp = extractor.nlp
    doc = nlp("She hopes the bridge reopens. He was fined and the ride was rated poor. They hopped and planned.")
    assert [(t.text, t.lemma_) for t in doc if t.pos_ == "VERB"] == [
        ("hopes", "hope"), ("reopens", "reopen"), ("fined", "fine"), ("rated", "rate"), ("hopped", "hop"),
        ("planned", "plan"),
    ]
    assert nlp.pipe_names.index("news_lemmas") == nlp.pipe_names.index("lemmatizer") + 1
