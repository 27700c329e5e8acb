"""The headline stage: Title Case headlines re-read in sentence case, with the real model."""

from __future__ import annotations

from extractor.ingest import article_from_text
from tests.conftest import assert_offsets


def _title_tags(extractor, text: str) -> list[tuple[str, str, str]]:
    doc = extractor.nlp(extractor._doc(article_from_text(text, "t")))
    start, end = doc._.title
    return [(t.text, t.pos_, t.dep_) for t in doc.char_span(start, end)]


def test_a_title_case_headline_reports_and_claims_like_a_sentence(extractor) -> None:
    text = ("Port Chief Misled Board Over Repairs, Engineer Says\n\nAnn Roe, an engineer at the port, spoke to "
            "the Harbor Board on Monday.")
    record = extractor.extract_text(text)
    assert_offsets(record, text)
    assert [(a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in record["attributions"]] == [
        ("Engineer", "Says", "Port Chief Misled Board Over Repairs"),
    ]
    assert [(c["text"], c["attribution"]) for c in record["claims"]][:1] == [
        ("Port Chief Misled Board Over Repairs, Engineer Says", "A1"),
    ]


def test_lowered_words_are_those_the_body_never_capitalises(extractor) -> None:
    text = ("Port Chief Misled Board Over Repairs, Engineer Says\n\nThe engineer told the Harbor Board the repairs "
            "were late.")
    tags = _title_tags(extractor, text)
    assert [(w, pos) for w, pos, _ in tags if pos in ("VERB", "AUX")] == [("Misled", "VERB"), ("Says", "VERB")]
    assert ("Board", "PROPN") in [(w, pos) for w, pos, _ in tags]  # "the Harbor Board" in the body


def test_a_sentence_case_headline_keeps_the_model_reading(extractor) -> None:
    plain = "Port chief misled board over repairs, engineer says\n\nThe engineer spoke on Monday."
    assert [(w, pos) for w, pos, _ in _title_tags(extractor, plain) if pos == "VERB"] == [("misled", "VERB"),
                                                                                           ("says", "VERB")]
    names = extractor.nlp.pipe_names
    assert names.index("parser") < names.index("news_headline") < names.index("news_entities")


def test_a_plural_noun_root_that_is_a_verb_heads_a_sentence_case_headline(extractor) -> None:
    text = "County court rules against the new toll\n\nThe ruling came on Friday."
    tags = _title_tags(extractor, text)
    assert tags[1:3] == [("court", "NOUN", "nsubj"), ("rules", "VERB", "ROOT")]
    record = extractor.extract_text(text)
    assert [c["text"] for c in record["claims"]] == ["County court rules against the new toll",
                                                     "The ruling came on Friday"]


def test_a_headline_in_capitals_is_read_in_sentence_case_keeping_the_body_names(extractor) -> None:
    text = ("STRIKES CAST A SHADOW ON SPRING TOURISM IN OGDEN\n\nThe strikes at Ogden's airport entered a third day "
            "on Monday.")
    tags = _title_tags(extractor, text)
    assert [(w, pos, dep) for w, pos, dep in tags[:4]] == [
        ("STRIKES", "NOUN", "nsubj"), ("CAST", "VERB", "ROOT"), ("A", "DET", "det"), ("SHADOW", "NOUN", "dobj")]
    assert ("OGDEN", "PROPN") in [(w, pos) for w, pos, _ in tags]  # "Ogden" in the body
    record = extractor.extract_text(text)
    assert_offsets(record, text)
    # the gloom laid over the season is an impression (judgement_idioms.tsv), not an event
    assert [c["text"] for c in record["claims"]] == ["The strikes at Ogden's airport entered a third day on Monday"]
