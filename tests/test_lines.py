"""Sentence starts at line breaks (the news_lines component, before the parser)."""

from __future__ import annotations

from extractor.pipes.lines import sentence_starts


def _sents(extractor, text: str) -> list[str]:
    return [s.text.strip() for s in extractor.nlp(text).sents]


def test_runs_before_the_parser(extractor) -> None:
    names = extractor.nlp.pipe_names
    assert names.index("news_lines") == names.index("parser") - 1


def test_headline_dateline_and_lede_are_separate_sentences(extractor) -> None:
    text = ("Navy foils pirate attack off Gulf of Aden\n\nMumbai, Nov 11 -\n"
            "Indian Navy patrolling the Gulf of Aden yesterday thwarted an attack by pirates on merchant vessels.")
    sents = _sents(extractor, text)
    assert sents[0] == "Navy foils pirate attack off Gulf of Aden"
    assert sents[-1] == text.splitlines()[-1]
    assert not any("\n" in s for s in sents)


def test_hard_wrapped_text_breaks_only_at_blank_lines_and_sentence_ends(extractor) -> None:
    text = ("The minister said the\nbridge would reopen on\nMonday after repairs that\nhad taken three weeks and\n"
            "cost the city a great deal.\nOfficials agreed.\n\nA second paragraph follows\nhere.")
    doc = extractor.nlp.make_doc(text)
    starts = [doc[i].text for i in sentence_starts(doc)]
    assert starts == ["Officials", "A"]


def test_line_break_inside_a_sentence_of_paragraph_text_starts_a_sentence(extractor) -> None:
    doc = extractor.nlp.make_doc("Troops arrive\nThe army said it sent 300 soldiers.\nCalm returned")
    assert [doc[i].text for i in sentence_starts(doc)] == ["The", "Calm"]


def test_a_line_second_word_never_starts_a_sentence(extractor) -> None:
    # left to itself, the parser reads on from the headline and cuts "Witnesses | said ..."
    text = "Mayor walks a fine line on taxes\n\nWitnesses said the fire started at noon."
    doc = extractor.nlp(text)
    assert [s.text.strip() for s in doc.sents] == ["Mayor walks a fine line on taxes",
                                                     "Witnesses said the fire started at noon."]
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Witnesses"]
    record = extractor.extract_text(text)
    assert [(a["source"]["text"], a["cue"]["text"]) for a in record["attributions"]] == [("Witnesses", "said")]


def test_a_wrapped_note_in_paragraph_text_stays_one_sentence(extractor) -> None:
    text = ("Talks resume\nThe envoy arrived on Monday.\nThe talks went on until late.\n"
            "Editor's note: the envoy regularly\nvisits\nthe region and has held talks\nwith both sides since 2019.")
    sents = [s.text.strip() for s in extractor.nlp(text).sents]
    assert sents[-1] == text[text.index("Editor"):]


def test_the_stages_read_a_wrapped_note_as_one_sentence(extractor) -> None:
    text = ("Talks resume\nThe envoy arrived on Monday.\nThe talks went on until late.\n"
            "Editor's note: the council has long\nargued\nfor a second bridge and has held talks\nwith both sides.")
    record = extractor.extract_text(text)
    assert [c["text"] for c in record["claims"]][-1] == text[text.index("Editor"):-1]


def test_a_quotation_going_on_after_an_abbreviation_stays_in_its_sentence(extractor) -> None:
    text = ("The firm said its rivals, Kessa Corp.'s unit and Tarn Co. \"have been cutting prices for a year\" "
            "on their brands. He works at Tarn Co. \"We are fine,\" he said.")
    assert _sents(extractor, text) == [
        "The firm said its rivals, Kessa Corp.'s unit and Tarn Co. \"have been cutting prices for a year\" "
        "on their brands.",
        "He works at Tarn Co.",
        "\"We are fine,\" he said.",
    ]


def test_a_line_opening_on_a_title_keeps_the_name_after_it(extractor) -> None:
    assert _sents(extractor, "Mill\n\nMr. Roe said the mill sells paper.") == [
        "Mill", "Mr. Roe said the mill sells paper."]


def test_a_sentence_goes_on_after_a_quotation_s_own_stop(extractor) -> None:
    text = ('In the square, marchers chanted "Shame, shame!" as they passed the bank. It rained. '
            '"Are you in?" she asked, but he was gone. iPhone sales rose.')
    assert _sents(extractor, text) == [
        'In the square, marchers chanted "Shame, shame!" as they passed the bank.', "It rained.",
        '"Are you in?" she asked, but he was gone.', "iPhone sales rose."]


def test_a_name_after_a_title_goes_on_the_sentence(extractor) -> None:
    assert _sents(extractor, '"It is done," said Dist. Atty. Steve Ross. He left.') == [
        '"It is done," said Dist. Atty. Steve Ross.', "He left."]
