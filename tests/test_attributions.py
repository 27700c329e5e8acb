"""Attributions on self-written articles: the real model, exact outputs."""

from __future__ import annotations

from tests.conftest import assert_offsets


def _atts(record: dict) -> list[tuple]:
    return [(a["type"], a["source"]["text"] if a["source"] else None, a["cue"]["text"], a["content"]["text"])
            for a in record["attributions"]]


def test_reported_clause_participle_and_claimed_responsibility(extractor) -> None:
    text = ("Rebels attack army base\n\nRebels attacked an army base on Monday, killing 12 soldiers, the army "
            "said. The group claimed responsibility for the attack, stating that its fighters had destroyed "
            "three vehicles.")
    record = extractor.extract_text(text)
    assert_offsets(record, text)
    assert _atts(record) == [
        ("indirect", "the army", "said", "Rebels attacked an army base on Monday, killing 12 soldiers"),
        ("indirect", "The group", "claimed", "responsibility for the attack"),
        # the participle shares its main clause's source; the complementiser stays out
        ("indirect", "The group", "stating", "its fighters had destroyed three vehicles"),
    ]


def test_direct_quote_continuation_and_according_to(extractor) -> None:
    text = ('Strike hits port\n\n"The port was closed at noon," the harbour master said. "Nobody was hurt."\n'
            "According to the coastguard, two ships were damaged.")
    record = extractor.extract_text(text)
    assert_offsets(record, text)
    assert _atts(record) == [
        ("direct", "the harbour master", "said", '"The port was closed at noon,"'),
        ("direct", "the harbour master", "said", '"Nobody was hurt."'),
        ("indirect", "the coastguard", "According to", "two ships were damaged"),
    ]
    # the continuation reuses the exact source and cue spans of the quote before it
    first, second = record["attributions"][:2]
    assert (first["source"], first["cue"]) == (second["source"], second["cue"])


def test_pronoun_source_resolves_and_evidence_holders(extractor) -> None:
    text = ("Minister speaks\n\nJohn Smith, the interior minister, said the police had arrested 40 people. "
            "He told reporters that the curfew would stay.\n"
            "Official reports indicate 14 deaths, though documents suggest the toll may be higher.")
    record = extractor.extract_text(text)
    assert _atts(record) == [
        ("indirect", "John Smith", "said", "the police had arrested 40 people"),  # no appositive
        ("indirect", "He", "told", "the curfew would stay"),  # the clause, not the addressee
        ("indirect", "Official reports", "indicate", "14 deaths"),
        ("indirect", "documents", "suggest", "the toll may be higher"),
    ]
    smith, he = record["attributions"][:2]
    assert smith["source_entity"] is not None and he["source_entity"] == smith["source_entity"]


def test_unbalanced_quotation_mark_stays_on_its_line(extractor) -> None:
    text = ('Unbalanced quotes\n\nThe mayor said "the bridge was closed on Friday and nobody crossed it.\n'
            "The council met on Saturday and approved the repairs, officials said.\n"
            "Residents say the repairs are badly needed.")
    record = extractor.extract_text(text)
    assert_offsets(record, text)
    assert _atts(record) == [
        ("direct", "The mayor", "said", '"the bridge was closed on Friday and nobody crossed it.'),
        ("indirect", "officials", "said", "The council met on Saturday and approved the repairs"),
        ("indirect", "Residents", "say", "the repairs are badly needed"),
    ]


def test_quote_over_two_lines_with_cue_after_it(extractor) -> None:
    text = ('Fire in Lyon\n\n"The fire started in the kitchen.\nIt spread to the roof within minutes," '
            'said fire chief Marie Dubois.\n"We evacuated 30 residents."')
    record = extractor.extract_text(text)
    assert_offsets(record, text)
    assert _atts(record) == [
        ("direct", "fire chief Marie Dubois", "said",
         '"The fire started in the kitchen.\nIt spread to the roof within minutes,"'),
        ("direct", "fire chief Marie Dubois", "said", '"We evacuated 30 residents."'),
    ]


def test_passive_belief_is_no_attribution(extractor) -> None:
    text = "Town votes\n\nIt is believed that the mayor resigned. The plan should be reconsidered, critics say."
    record = extractor.extract_text(text)
    assert _atts(record) == [("indirect", "critics", "say", "The plan should be reconsidered")]


def test_cue_ending_in_colon_takes_the_quotation_below(extractor) -> None:
    text = 'Budget vote\n\nThe senator said:\n"The committee voted on Friday."'
    record = extractor.extract_text(text)
    assert _atts(record) == [("direct", "The senator", "said", '"The committee voted on Friday."')]
    assert [(c["text"], c["attribution"]) for c in record["claims"]] == [
        ('"The committee voted on Friday."', "A1")]


def test_opening_quote_block_takes_the_frame_below_and_split_reports(extractor) -> None:
    text = ('Clerk praised by neighbour\n\n"He is a calm man.\nHe works very hard."\n'
            "Maria Lopez says the clerk arrested after the robbery is innocent.\n"
            "Some residents said the road was closed for a week, Lopez said the bridge stayed open.\n")
    record = extractor.extract_text(text)
    assert_offsets(record, text)
    assert _atts(record) == [
        # a quotation over two lines with nothing to continue takes the speaker of the next line
        ("direct", "Maria Lopez", "says", '"He is a calm man.\nHe works very hard."'),
        # "arrested" is a reduced passive, not a cue; the split complement is one content
        ("indirect", "Maria Lopez", "says", "the clerk arrested after the robbery is innocent"),
        # the first report is not the content of the second
        ("indirect", "Some residents", "said", "the road was closed for a week"),
        ("indirect", "Lopez", "said", "the bridge stayed open"),
    ]


def test_text_bearing_nouns_misattached_participles_and_denied_claims(extractor) -> None:
    text = ('Protest at ministry\n\nA crowd of about 300 farmers gathered outside the ministry, waving banners '
            'reading "No farms, no food."\n'
            'A ministry official dismissed the protest saying that "the new rules protect small farms."\n'
            "The union denies claims that it is funded by a foreign company.\n")
    record = extractor.extract_text(text)
    assert_offsets(record, text)
    assert _atts(record) == [
        ("direct", "banners", "reading", '"No farms, no food."'),
        # the participle hangs off the object in the parse but reports the subject's words
        ("direct", "A ministry official", "saying", '"the new rules protect small farms."'),
        ("indirect", "The union", "denies", "claims that it is funded by a foreign company"),
    ]
