"""Claims on self-written articles: the real model, exact outputs."""

from __future__ import annotations

import pytest

from tests.conftest import assert_offsets


def _claims(record: dict) -> list[tuple]:
    atts = {a["id"]: a["cue"]["text"] for a in record["attributions"]}
    return [(c["text"], atts.get(c["attribution"]), c["hedged"]) for c in record["claims"]]


def _claims_of(extractor, text: str) -> list:
    """Extract ``text``, check every offset, and list what _claims lists."""
    record = extractor.extract_text(text)
    assert_offsets(record, text)
    return _claims(record)


def test_clauses_frames_and_participle_claims(extractor) -> None:
    text = ("Rebels attack army base\n\nRebels attacked an army base on Monday, killing 12 soldiers, the army "
            "said. The group claimed responsibility for the attack, stating that its fighters had destroyed "
            "three vehicles.")
    assert _claims_of(extractor, text) == [
        ("Rebels attack army base", None, False),  # a factual headline
        # a participle that only adds the toll belongs to its clause's claim, as annotators keep it
        ("Rebels attacked an army base on Monday", "said", False),
        ("The group claimed responsibility for the attack", "claimed", False),
        ("stating that its fighters had destroyed three vehicles", "stating", False),
    ]


def test_hedges_and_evidence_frames(extractor) -> None:
    text = ("Minister speaks\n\nJohn Smith, the interior minister, said the police had arrested 40 people. "
            "He told reporters that the curfew would stay.\n"
            "Official reports indicate 14 deaths, though documents suggest the toll may be higher.")
    record = extractor.extract_text(text)
    assert _claims(record)[1:] == [
        ("John Smith, the interior minister, said the police had arrested 40 people", "said", False),
        # a forecast in reported speech: the telling is an act claim in the writer's voice (heldout7 24)
        ("He told reporters that the curfew would stay", None, False),
        ("Official reports indicate 14 deaths", "indicate", False),
        ("documents suggest the toll may be higher", "suggest", True),  # hedged by the cue and "may"
    ]


def test_opinions_demands_and_background_are_not_claims(extractor) -> None:
    text = ("Town votes\n\nThe town council, which was elected in 2019, approved the budget on Tuesday. "
            "The plan should be reconsidered, critics say. It is believed that the mayor resigned.\n"
            "Historically, the town has struggled with floods.")
    record = extractor.extract_text(text)
    assert _claims(record) == [
        ("Town votes", None, False),
        ("The town council, which was elected in 2019", None, False),  # antecedent + relative clause
        ("The town council, which was elected in 2019, approved the budget on Tuesday", None, False),
        ("It is believed that the mayor resigned", None, True),  # holder-less belief hedges
    ]


def test_unbalanced_quote_article(extractor) -> None:
    text = ('Unbalanced quotes\n\nThe mayor said "the bridge was closed on Friday and nobody crossed it.\n'
            "The council met on Saturday and approved the repairs, officials said.\n"
            "Residents say the repairs are badly needed.")
    assert _claims_of(extractor, text) == [
        ('The mayor said "the bridge was closed on Friday', "said", False),
        ("nobody crossed it", "said", False),
        ("The council met on Saturday and approved the repairs, officials said", "said", False),
    ]


def test_quotes_over_lines_and_continuation(extractor) -> None:
    text = ('Strike hits port\n\n"The port was closed at noon," the harbour master said. "Nobody was hurt."\n'
            "According to the coastguard, two ships were damaged.")
    assert _claims_of(extractor, text) == [
        ("Strike hits port", None, False),
        # decision 49: a quotation with its frame after it is claimed with the frame
        ('"The port was closed at noon," the harbour master said', "said", False),
        ("Nobody was hurt", "said", False),
        ("According to the coastguard, two ships were damaged", "According to", False),
    ]


def test_clause_grouping_terminates_when_the_heads_miss_the_root(extractor, monkeypatch) -> None:
    """A parse whose root is not among the clause heads must not make the grouping loop spin."""
    finder = extractor.nlp.get_pipe("news_claims")
    doc = extractor.nlp("Gunmen killed five people in the market on Monday.")
    obj = next(t for t in doc if t.dep_ == "dobj")
    monkeypatch.setattr(finder, "_split_heads", lambda unit, atts=(): [obj])
    segments = finder._segments(doc[:])
    assert [(head.text, [t.text for t in toks]) for head, toks in segments] == [
        ("people", [t.text for t in doc])]
    monkeypatch.setattr(finder, "_split_heads", lambda unit, atts=(): [])
    assert finder._segments(doc[:]) == []


def test_headline_topic_label_and_unstated_information(extractor) -> None:
    text = ("Flood update: 12 dead and 40 missing as river bursts its banks\n\n"
            "Rescuers found two more bodies on Monday, although it has not been confirmed where they were found.\n")
    record = extractor.extract_text(text)
    # the short label before the colon heads the fact; the clause ending in "as" is not cut off
    assert [(c["text"], c["attribution"], c["hedged"]) for c in record["claims"]] == [
        ("Flood update: 12 dead and 40 missing as river bursts its banks", None, False),
        ("Rescuers found two more bodies on Monday", None, False),  # "not been confirmed where": no fact
    ]


def test_quoted_character_appeals_guesses_and_personal_details_are_not_claims(extractor) -> None:
    text = ('Bakery fire\n\n"She is a kind woman.\nShe was a police officer for ten years."\n'
            "John Reyes says the fire started in the kitchen.\n"
            '"Come on, get out now," a manager shouted.\n'
            "You hear alarms every day at a bakery, so you do not worry, Reyes said.\n"
            "Reyes said the repairs were going to be expensive.\n"
            '"I lost my best friend," said 52-year-old Ana Silva, a baker at the shop since 2001.\n'
            "The fire service said it was a magnitude-2 blaze.\n")
    assert _claims_of(extractor, text) == [
        ("Bakery fire", None, False),
        # "a kind woman" is a judgement of character; the career is a fact (same cue as the frame below)
        ("She was a police officer for ten years", "says", False),
        ("John Reyes says the fire started in the kitchen", "says", False),  # the frame's own content
        # the imperative, the generic "you", the prediction and the first-person loss give nothing;
        # the apposition in the speaker's name is a claim once the quotation is none
        ("52-year-old Ana Silva, a baker at the shop since 2001", None, False),
        ("The fire service said it was a magnitude-2 blaze", "said", False),  # a figure, not a judgement
    ]


def test_headline_verb_sensed_tremor_generic_and_evaluative_statements(extractor) -> None:
    text = ("Gunman Wounds Two Guards at Mall\n\nThe blast was felt across the valley. A magnitude 5 quake can "
            "damage old buildings. The town is famed for its vineyards. Monday the square was mostly quiet. "
            "The protest grew through the night, drawing riot police. Asked if the guard could have survived, "
            "the chief said there was no way to know. The two officers fired nine shots — the coroner found that "
            "four bullets struck the man. "
            '"He was a wonderful neighbour," his sister said. "It was a cruel act that gave him no chance."')
    assert _claims_of(extractor, text) == [
        ("Gunman Wounds Two Guards at Mall", None, False),  # "Wounds" tagged as a noun
        ("The blast was felt across the valley", None, False),  # sensed, not a feeling
        ("Monday the square was mostly quiet", None, False),  # a dated state, not a bare judgement
        ("The protest grew through the night", None, False),  # the descriptive participle is no claim
        ("The two officers fired nine shots", None, False),  # one dash between two clauses: two claims
        ("the coroner found that four bullets struck the man", "found", False),
    ]


def test_negated_belief_and_intent_are_no_claims(extractor) -> None:
    text = ("Vigil ends early\n\nThe evening began with hope that the family would speak. "
            "Some residents don't believe the guard was threatened. "
            "Officers made 12 arrests on Sunday — the same day the coroner's report showed the man had been "
            "shot four times — and the crowd went home.")
    assert _claims_of(extractor, text) == [
        ("Vigil ends early", None, False),
        # the clause set off by dashes is a claim of its own, linked to its cue; the sentence is not
        ("Officers made 12 arrests on Sunday — the same day the coroner's report showed the man had been "
         "shot four times", None, False),
        ("the coroner's report showed the man had been shot four times", "showed", False),
        ("the crowd went home", None, False),
    ]


def test_labels_are_no_claims_and_a_passive_questioning_is(extractor) -> None:
    text = ("Guard praises colleagues after riot\n\nThe guard described the inmates as dangerous. A union "
            "official called the ruling unfair.\nThe inmate was being questioned on suspicion of assault on "
            "Friday.\nThe guard said the riot started at noon.")
    assert _claims_of(extractor, text) == [
        # "praises X" in the headline, "described X as Y", "called X Y": an appraisal or a characterisation;
        # "was questioned": an event, not a doubt
        ("The inmate was being questioned on suspicion of assault on Friday", None, False),
        ("The guard said the riot started at noon", "said", False),
    ]


def test_a_report_beside_a_dashed_aside_and_raising_passives(extractor) -> None:
    text = ("Inmate escapes from prison van\n\nThe warden said that the inmate used a cane in prison – he "
            '"claimed it was necessary for his knee" – and added, "Since he ran across a field, that is doubtful."\n'
            "A man said to have been released from a secure hospital was questioned over the deaths.\n"
            "A .38-caliber revolver believed to be the murder weapon was recovered.\n")
    assert _claims_of(extractor, text) == [
        ("Inmate escapes from prison van", None, False),
        # the frame outside the aside keeps its own claim; the aside is claimed on its own
        ("The warden said that the inmate used a cane in prison", "said", False),
        ('he "claimed it was necessary for his knee"', "claimed", False),
        ("he ran across a field", "added", False),
        # "said to", "believed to" after a noun: holder-less reports that hedge the claim
        ("A man said to have been released from a secure hospital was questioned over the deaths", None, True),
        ("A .38-caliber revolver believed to be the murder weapon was recovered", None, True),
    ]


def test_impressions_names_anonymity_datelines_and_final_where_clauses(extractor) -> None:
    text = ("Two dead in house fire\n\nPUBLISHED: 16:05 GMT, 9 June 2013 | UPDATED: 06:55 GMT, 10 June 2013\n"
            "\"It sounded like someone shouting at a dog,\" said a neighbour. It looked as if a bomb had gone off.\n"
            "The family's dog, named Rex, was found in the yard. One friend, who asked not to be named, said the "
            "family moved to Leeds last year.\n"
            "Firefighters found the bodies in a bedroom on the top floor where the fire had started.\n"
            "\u201cPlease stay away from the street,\u201d the mayor said. "
            "\u201cIt\u2019s dangerous and pointless.\u201d\n")
    assert _claims_of(extractor, text) == [
        ("Two dead in house fire", None, False),
        ("The family's dog, named Rex, was found in the yard", None, False),
        ("One friend, who asked not to be named, said the family moved to Leeds last year", "said", False),
        # a "where" clause that ends the sentence goes off with its antecedent (decision 52)
        ("Firefighters found the bodies in a bedroom on the top floor", None, False),
        ("the top floor where the fire had started", None, False),
    ]


def test_a_title_case_headline_the_parser_cut_is_claimed_whole(extractor) -> None:
    text = ("Arcade Joseph Comeaux Jr, Prison Inmate, Pulls Gun On And Handcuffs Guards, Runs Away\n\n"
            "A convicted sex offender pulled a gun on two guards on Monday.\n")
    assert _claims_of(extractor, text) == [
        ("Arcade Joseph Comeaux Jr, Prison Inmate, Pulls Gun On And Handcuffs Guards, Runs Away", None, False),
        ("A convicted sex offender pulled a gun on two guards on Monday", None, False),
    ]


def test_outcries_bare_frames_fragments_and_judged_predicates_are_not_claims(extractor) -> None:
    text = ("Council votes\n\n"
            "The city council approved a new budget on Monday. \"We will not give up!\" the mayor declared. "
            "Anna Berg reports from Oslo. \"I went there for one reason. To see him,\" she said.\n"
            "This is quite an extraordinary moment for the town. It is humiliating for us that the plan "
            "failed, a resident said.\n"
            "Hundreds of residents marched to city hall, chanting \"Save our park!\" The old contract had been "
            "due to expire on Friday. Smith criticized the deal, which was announced Friday.\n")
    assert _claims_of(extractor, text) == [
        ("Council votes", None, False),
        ("The city council approved a new budget on Monday", None, False),
        # a reported chant is part of a fact; an outcry, a bare "X reports from Y", an infinitive
        # fragment, a graded "quite an extraordinary" and an extraposed "it is humiliating" are not
        ("Hundreds of residents marched to city hall, chanting \"Save our park!\"", "chanting", False),
        ("The old contract had been due to expire on Friday", None, False),  # "due": a real subject
        # criticism of a thing is an appraisal like "deplored the deal" (appraisal_verbs.txt), but a passive
        # "announced" in the relative is no bare frame
        ("the deal, which was announced Friday", None, False),
    ]


def test_quoted_we_of_an_official_is_claimed_a_witness_we_is_not(extractor) -> None:
    text = ("Talks end\n\n"
            "Interior Minister Karl Weber met union leaders on Monday. \"We have settled all the disputes,\" "
            "Weber said. \"We were sitting in the lobby when the lights went out,\" a visitor told reporters.\n"
            "The lake is not deep enough so that we can expect large waves, said Anna Lind, director of the "
            "water agency. The storm was so strong that it tore roofs off 40 houses.\n"
            "Police are doing all they can. Many more tests are expected, but the first sample contained "
            "soil taken at the site in hopes of finding traces of fuel.\n")
    assert _claims_of(extractor, text) == [
        ("Talks end", None, False),
        ("Interior Minister Karl Weber met union leaders on Monday", None, False),
        ("\"We have settled all the disputes,\" Weber said", "said", False),  # a minister's "we"
        # the visitor's "we were sitting in the lobby" is a witness's own situation: no claim
        ("The lake is not deep enough so that we can expect large waves, said Anna Lind, director of the "
         "water agency", "said", False),  # a degree against a consequence can be checked
        ("The storm was so strong that it tore roofs off 40 houses", None, False),
        # "doing all they can" assures effort; "hopes" deep in an adjunct leaves the clause a claim
        ("the first sample contained soil taken at the site in hopes of finding traces of fuel", None, False),
    ]


def test_evaluations_correlatives_and_options_are_not_claims(extractor) -> None:
    text = ("Council backs port plan\n\nThe city council made a sensible decision on Tuesday when it approved the "
            "harbour plan. The mayor ruled wisely that the vote stands. \"We are partners,\" said Anne Cole, a "
            "spokeswoman for the port authority. \"We have the ideal design for the new quay,\" she said. "
            "The more ships the port handles, the more jobs are created. The second option would be to sell the "
            "dock to a private firm. The council voted 7-2 to approve the plan.")
    assert _claims_of(extractor, text) == [
        ("Council backs port plan", None, False),
        ("Anne Cole, a spokeswoman for the port authority", None, False),
        ("The council voted 7-2 to approve the plan", None, False),  # a figure: a fact, unlike the judgements
    ]


def test_party_appositions_and_final_relatives(extractor) -> None:
    text = ("Women lead more committees\n\nSenator Jane Dorrit, a Vermont Democrat, is the first chairwoman of the "
            "Rules Committee. The farm bill was led by Senator Paul Kenner, a Kansas Republican who sits on the "
            "budget panel. Senator Ann Voss, Democrat of Oregon, and Senator Rick Dale, Republican of Utah, led the "
            "repeal in 2011. Last month the senators voted to renew the Clean Rivers Protection Act, which had "
            "lapsed in 2012.")
    assert _claims_of(extractor, text) == [
        ("Women lead more committees", None, False),
        # a party-and-state apposition is a claim of its own, overlapping the sentence claim
        ("Senator Jane Dorrit, a Vermont Democrat", None, False),
        ("Senator Jane Dorrit, a Vermont Democrat, is the first chairwoman of the Rules Committee", None, False),
        # sentence-final: the main claim ends before the apposition
        ("The farm bill was led by Senator Paul Kenner", None, False),
        ("Senator Paul Kenner, a Kansas Republican who sits on the budget panel", None, False),
        ("Senator Ann Voss, Democrat of Oregon", None, False),
        ("Senator Ann Voss, Democrat of Oregon, and Senator Rick Dale, Republican of Utah, led the repeal in 2011",
         None, False),
        ("Senator Rick Dale, Republican of Utah", None, False),
        ("Last month the senators voted to renew the Clean Rivers Protection Act", None, False),
        ("the Clean Rivers Protection Act, which had lapsed in 2012", None, False),
    ]


def test_review_descriptions_and_evaluations(extractor) -> None:
    text = ("Acme launches Notely\n\nBefore the launch of Notely, which Acme released this week, there was no "
            "default notes app for tablets. Instead of waiting for rivals, the company built its own sync service. "
            "You can share notes with friends, and they will instantly appear on your tablet. Swiping up will "
            "delete the notes you no longer need. The layout may not be as elegant as rival apps. Still, the menus "
            "are pretty bare bones. Overall, it is a well-designed update.")
    assert _claims_of(extractor, text) == [
        ("Acme launches Notely", None, False),
        # a fronted phrase before a relative clause stays in the sentence claim; the relative is split off
        ("Before the launch of Notely, which Acme released this week, there was no default notes app for tablets",
         None, False),
        ("Notely, which Acme released this week", None, False),
        ("Instead of waiting for rivals, the company built its own sync service", None, False),  # no "of ..." stub
        # what a product does, told to "you": capability "can" and behavioural "will" are facts
        ("You can share notes with friends", None, False),
        ("they will instantly appear on your tablet", None, False),
        ("Swiping up will delete the notes you no longer need", None, False),
        # a guarded comparison, "pretty bare bones" and "well-designed" are evaluations
    ]


def test_absolutes_forecasts_sources_and_rules(extractor) -> None:
    text = ("Storms hit the north\n\nHeavy rain is causing delays on the railways, with strong winds bringing down "
            "trees across the region. There are 8 flood warnings in the north, with storm warnings covering much "
            "of the coast. Forecasters said the rain would flood roads in the valleys on Sunday. Union leader Tom "
            "Hale, quoted by a local radio station, said the factory had closed. A new law says charities funded "
            "from abroad must register with the ministry.")
    assert _claims_of(extractor, text) == [
        ("Storms hit the north", None, False),
        # a present condition with a "with X V-ing" absolute gives two claims, "with" left out
        ("Heavy rain is causing delays on the railways", None, False),
        ("strong winds bringing down trees across the region", None, False),
        ("There are 8 flood warnings in the north", None, False),
        ("storm warnings covering much of the coast", None, False),
        # the forecast ("would flood") is no fact, but its making is an act claim (heldout7 24); "quoted by ..."
        # describes the source, no claim of its own
        ("Forecasters said the rain would flood roads in the valleys on Sunday", None, False),
        ("Union leader Tom Hale, quoted by a local radio station, said the factory had closed", "said", False),
        ("A new law says charities funded from abroad must register with the ministry", "says", False),  # a rule
    ]


def test_feared_outcomes_and_unknowns(extractor) -> None:
    text = ("Outbreak grows\n\nThe outbreak began in March, sparking fears it could spread to the capital. "
            "Nobody knows where the virus came from, the minister said.")
    assert _claims_of(extractor, text) == [
        ("Outbreak grows", None, False),
        ("The outbreak began in March", None, False),
    ]


def test_appeals_questions_and_unreal_conditions(extractor) -> None:
    text = ("Senator wins primary\n\nDon't forget that the senator voted for the bill in 2010. Don't blame the "
            "governor. “If she thinks that is fair,” the narrator says, “why won't she release the records?” He said "
            "that, if elected, he'd cut taxes for the middle class. Perhaps the moderators will demand more details. "
            "Campaign aides were coy about the plan, and the governor was more circumspect than her colleagues.")
    assert _claims_of(extractor, text) == [
        ("Senator wins primary", None, False),
        # an appeal is no claim, but "Don't forget that X" presumes X
        ("the senator voted for the bill in 2010", None, False),
        # a question split by its frame, a promise under "if elected", a report foreseen with "will"
        # and judgements ("coy", "circumspect") give none
    ]


def test_guarded_states_counterfactuals_and_notes(extractor) -> None:
    text = ("Court keeps files sealed\n\nWere the court to release the records, it would harm the process, the judge "
            "wrote. If the board were to reject the bid, that ground does not exist. “We appear to be past the worst "
            "of the storm,” the mayor said. Maybe the senator hears the voters. The company announced it would close "
            "the plant, beginning in March. This story has been updated with comments from the mayor.")
    assert _claims_of(extractor, text) == [
        ("Court keeps files sealed", None, False),
        # "were to" and an inverted "Were X to" set an unreal condition: no claim
        ("“We appear to be past the worst of the storm,” the mayor said", "said", True),  # a guarded state
        ("Maybe the senator hears the voters", None, True),
        # the holder's announced decision is a claim; "beginning in March" adds none of its own, and the
        # participle of a foreseen clause stays inside it
        ("The company announced it would close the plant, beginning in March", "announced", False),
        # an editor's note about the page is no claim
    ]


def test_poll_shares_figures_and_figures_of_speech(extractor) -> None:
    text = ("Mayor leads in new poll\n\nIn a new poll, 48 percent backed the mayor. Nine percent indicated that they "
            "were not sure. Women represented about 38 percent of the city workforce in 2012. The council wanted 60 "
            "votes. At least that's what the campaign now hopes. The speech may as well have been written in 1990. "
            "Aides praised the plan, perhaps recognizing that it was popular. The vote was a sham, the governor said.")
    assert _claims_of(extractor, text) == [
        ("Mayor leads in new poll", None, False),
        ("In a new poll, 48 percent backed the mayor", None, False),
        ("Nine percent indicated that they were not sure", "indicated", False),  # a poll share's answer
        ("Women represented about 38 percent of the city workforce in 2012", None, False),  # a figure, no framing
        # a wish ("wanted 60 votes"), a stance named ("that's what ... hopes"), "may as well", an appraisal
        # ("praised the plan"), a guessed motive ("perhaps recognizing") and a judgement ("a sham") give none
    ]


def test_provisions_warnings_and_possible_effects(extractor) -> None:
    text = ("Insurers warn on prices\n\nLarge insurers are quietly warning agents that premiums could rise sharply "
            "next year. The new law will bar insurers from denying coverage to sick people. Tax credits under the "
            "law will help poorer families pay. Carriers will be submitting their rates to state regulators over "
            "the coming weeks. The effects of the law will vary widely. The rules can also affect small firms.")
    assert _claims_of(extractor, text) == [
        ("Insurers warn on prices", "warn on", False),
        # the warning was given: an act in the article's voice, although what it foresees is no claim
        ("Large insurers are quietly warning agents that premiums could rise sharply next year", None, False),
        # what a law provides and what a firm has arranged, stated with "will", are facts
        ("The new law will bar insurers from denying coverage to sick people", None, False),
        ("Tax credits under the law will help poorer families pay", None, False),
        ("Carriers will be submitting their rates to state regulators over the coming weeks", None, False),
        # a forecast ("will vary") and a possible effect ("can also affect") give none
    ]


def test_quoted_rhetoric_and_acts_around_it(extractor) -> None:
    text = ("Senator speaks at rally\n\n\"They are much braver than I am. I could never have climbed that wall,\" "
            "Smith said, straying from his notes before correcting himself. \"Thank you. It's over. This is the "
            "time to fight back. I didn't see that coming.\" He would like to meet the governor soon, his aide said. "
            "\"It's better that we stay quiet,\" she said. Officials led by John Carter, the interior minister, "
            "approved the plan on Monday. The Farmers Union, which represents the growers, opposed the rule. "
            "Lopez launched what she called a \"fresh start\" last week when she unveiled the budget. \"He's "
            "admitted it at last,\" his lawyer said.")
    assert _claims_of(extractor, text) == [
        ("Senator speaks at rally", None, False),
        # a comparison, a counterfactual ("wouldn't have done"), thanks, "It's over", an exhortation
        # ("the time to"), a negated "I didn't see that coming", a wish ("would like to") and a preference
        # ("it's better that") are no claims; the participle after the unclaimed quotation is the act
        ("straying from his notes before correcting himself", None, False),
        ("Officials led by John Carter, the interior minister, approved the plan on Monday", None, False),
        ("John Carter, the interior minister", None, False),  # an office apposition outside a source
        ("The Farmers Union, which represents the growers", None, False),  # a body acting for others
        ("The Farmers Union, which represents the growers, opposed the rule", None, False),
        # the label names the object only; the launch is the fact
        ("Lopez launched what she called a \"fresh start\" last week when she unveiled the budget", "called",
         False),
        ("\"He's admitted it at last,\" his lawyer said", "said", False),  # an admission with a pronoun object
    ]


def test_holderless_judgements_readings_and_imposed_terms(extractor) -> None:
    text = ("Council approves budget\n\n"
            "The city council approved a budget of $40 million on Monday. "
            "The mayor is considered the clear favourite in next year's race. "
            "The vote is the latest sign of a shift in the council. "
            "Much of the confusion stems from the wording of the old charter. "
            "The unions exert an outsized influence over the council. "
            "The treasurer has made no secret of his dislike for the plan. "
            "Under the charter, a resident of five years is considered a voter in local races. "
            "A former clerk was sentenced to two years in prison for theft. "
            "He also must pay $12,500 to the city.")
    assert _claims_of(extractor, text) == [
        ("Council approves budget", None, False),
        ("The city council approved a budget of $40 million on Monday", None, False),
        # an opinion nobody holds by name, a reading of facts, a mood traced to its causes, an
        # evaluation and an attitude on show: no claims
        ("Under the charter, a resident of five years is considered a voter in local races", None, False),
        ("A former clerk was sentenced to two years in prison for theft", None, False),
        ("He also must pay $12,500 to the city", None, False),  # the terms of a sentence
    ]


def test_judging_words_that_leave_facts(extractor) -> None:
    text = ("Drug maker reports loss\n\n"
            "The loss stems from $80 million of write-downs on its old plants. "
            "The new drug was considered effective in adults. "
            "The chief executive gave a thumbs-up sign to reporters outside the court. "
            "The proposal was considered by the board on Tuesday.")
    assert _claims_of(extractor, text) == [
        ("Drug maker reports loss", None, False),
        ("The loss stems from $80 million of write-downs on its old plants", None, False),  # a figure's origin
        ("The new drug was considered effective in adults", None, False),  # a finding to check
        ("The chief executive gave a thumbs-up sign to reporters outside the court", None, False),
        ("The proposal was considered by the board on Tuesday", None, False),
    ]


def test_vouched_inferences_and_judged_choices(extractor) -> None:
    text = ("Port strike ends\n\n"
            "Dock workers ended a nine-day strike at the port on Friday. "
            "The union clearly is trying to win back public support. "
            "The port authority has made the right decision to raise wages. "
            "A fire destroyed a clearly marked warehouse on the pier.")
    assert _claims_of(extractor, text) == [
        ("Port strike ends", None, False),
        ("Dock workers ended a nine-day strike at the port on Friday", None, False),
        ("A fire destroyed a clearly marked warehouse on the pier", None, False),  # "clearly" grades "marked"
    ]


def test_opinion_column_keeps_only_checkable_facts(extractor) -> None:
    # a column: the writer says "I", "you", "we must" and asks; of its own clauses only the dated,
    # figured act is a claim ("The benches are broken" is the writer's judgement here)
    text = ("Our parks deserve better\n\n"
            "I have walked through Elm Park every morning for years, and I think the city has forgotten it. "
            "The benches are broken and the paths are a disgrace. "
            "The council cut the parks budget by 12 percent in March. "
            "Where is the money going? "
            "You should ask your councillor that question. "
            "We must demand a plan before the summer. "
            "Nobody wants a city without green space.\n")
    assert _claims_of(extractor, text) == [
        ("The council cut the parks budget by 12 percent in March", None, False),
    ]


def test_quoted_first_person_does_not_make_a_report_an_opinion_piece(extractor) -> None:
    # "we should" and "you" inside a quotation are the mayor's: the report keeps its plain facts
    text = ("Bridge reopens after repairs\n\n"
            "The Harbour Bridge reopened on Monday after six weeks of repairs. "
            "\"We should have done this years ago,\" said Mayor Ann Cole. "
            "\"Do you know how many people cross it every day?\"\n"
            "The work cost $4 million, the city said. Traffic was light in the morning.\n")
    assert _claims_of(extractor, text) == [
        ("Bridge reopens after repairs", None, False),  # "reopens" read as a verb, not a plural noun
        ("The Harbour Bridge reopened on Monday after six weeks of repairs", None, False),
        ("The work cost $4 million, the city said", "said", False),
        ("Traffic was light in the morning", None, False),
    ]


def test_missing_knowledge_and_similes_are_not_claims(extractor) -> None:
    # what is not known is no event (heldout 26); "was like a furnace" is a figure of speech
    text = ("Fire at warehouse\n\n"
            "A fire destroyed a warehouse in Dunmore on Sunday. It remains unclear whether the alarm system "
            "worked. The value of the lost stock is not yet clear to the insurers. "
            "The blaze was like a furnace, a neighbour said. Firefighters were at the scene for nine hours.\n")
    assert _claims_of(extractor, text) == [
        ("Fire at warehouse", None, False),
        ("A fire destroyed a warehouse in Dunmore on Sunday", None, False),
        ("Firefighters were at the scene for nine hours", None, False),
    ]


def test_hearsay_adverbs_hedge(extractor) -> None:
    # "supposedly", "purportedly": hearsay with no holder, like "reportedly" (heldout 27)
    text = ("Ship seized\n\n"
            "Pirates supposedly linked to a Somali clan seized a cargo ship on Monday. "
            "The crew was purportedly held in the engine room for two days.\n")
    assert _claims_of(extractor, text) == [
        ("Ship seized", None, False),
        ("Pirates supposedly linked to a Somali clan seized a cargo ship on Monday", None, True),
        ("The crew was purportedly held in the engine room for two days", None, True),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    # a comma before a clause with its own subject, and a semicolon, join two headline claims (decision 47)
    ("Gunman opens fire at shopping mall, three people killed\n\nA gunman opened fire at a mall in Dover on Friday.\n",
     ["Gunman opens fire at shopping mall", "three people killed",
      "A gunman opened fire at a mall in Dover on Friday"]),
    # in Title Case as in sentence case (news_headline): two clauses with their own subjects are two claims
    ("Storm Batters Coast Towns; 40 Homes Flooded and 2 Bridges Closed\n\nA storm hit the coast on Sunday.\n",
     ["Storm Batters Coast Towns", "40 Homes Flooded", "2 Bridges Closed", "A storm hit the coast on Sunday"]),
    # a fronted time phrase stays with its clause
    ("Every 10 minutes, a car is stolen in Dover\n\nPolice released the figures on Monday.\n",
     ["Every 10 minutes, a car is stolen in Dover", "Police released the figures on Monday"]),
])
def test_headline_clauses(extractor, text: str, expected: list[str]) -> None:
    assert [c[0] for c in _claims_of(extractor, text)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("I think the council has forgotten the park.", True),
    ("You should ask your councillor.", True),
    ("Where is the money going?", True),
    ("Stop cutting the parks budget.", True),  # an imperative
    ("Follow the reporter on Twitter: @janedoe.", False),  # a footer, no argument
    ("Email the newsroom at news@example.com.", False),
    ("The council cut the parks budget in March.", False),
])
def test_writer_speaking_as_a_person(extractor, sentence: str, expected: bool) -> None:
    from extractor.pipes.claims.opinion import marked

    assert marked(next(extractor.nlp(sentence).sents)) is expected


def test_could_be_seen_is_an_observation(extractor) -> None:
    # "could be seen" + what was happening is what onlookers saw (unhedged); "could have been seen" and
    # "could burst" stay possibilities
    text = ("Flood in Carver\n\n"
            "Rescue boats could be seen ferrying families across the square on Tuesday. "
            "The water could have been seen rising from the hills. The river could burst its banks again.")
    assert _claims_of(extractor, text) == [
        ("Flood in Carver", None, False),
        ("Rescue boats could be seen ferrying families across the square on Tuesday", None, False),
    ]


def test_comma_spliced_clauses_are_claims_of_their_own(extractor) -> None:
    # the parser hangs "12 people were killed" and "One tree hit a school" on the clause after the comma
    # as complements; neither "were injured" nor "hit" reports anything, so each clause is a claim
    text = ("Storm damage\n\n"
            "In the northern district, 12 people were killed, 80 were injured and about 900 homes were "
            "damaged, the governor said. One tree hit a school, another tree hit the town hall.")
    assert _claims_of(extractor, text) == [
        ("Storm damage", None, False),
        ("In the northern district, 12 people were killed", "said", False),
        ("80 were injured", "said", False),
        ("about 900 homes were damaged, the governor said", "said", False),
        ("One tree hit a school", None, False),
        ("another tree hit the town hall", None, False),
    ]


def test_dash_before_an_existential_clause(extractor) -> None:
    # "— there were reports that …" is a clause of its own after a dash, hedged (holder-less reports)
    text = ("Protest in Carver\n\n"
            "The march grew tense near the courthouse — there were reports that stones were thrown at the police.")
    assert _claims_of(extractor, text) == [
        ("Protest in Carver", None, False),
        ("The march grew tense near the courthouse", None, False),
        ("there were reports that stones were thrown at the police", None, True),
    ]


def test_attitudes_are_not_claims(extractor) -> None:
    # being skeptical or wary is a stance (heldout 28), not an event
    text = ("Verdict appealed\n\n"
            "The court upheld the fine on Monday. The owners are skeptical of the ruling. "
            "Investors remain wary of the company.")
    assert _claims_of(extractor, text) == [
        ("Verdict appealed", None, False),
        ("The court upheld the fine on Monday", None, False),
    ]


def test_editorial_without_first_person(extractor) -> None:
    # demands ("must", "should") and a question make an editorial; its figures and a named doer's dated
    # act stay claims, its judgements ("The answer is simple") and descriptions without a fact go
    text = ("Congress must act on drug prices\n\n"
            "Drug prices keep climbing, and Congress keeps looking away. Insulin that cost $35 a decade ago "
            "now sells for $300. Lawmakers have promised relief in every campaign. Why have they delivered "
            "nothing? The answer is simple: lobbyists. Senator Joan Hale blocked the last bill in 2019. "
            "Congress should cap prices now. Voters must hold them to it.")
    assert _claims_of(extractor, text) == [
        ("Insulin that cost $35 a decade ago now sells for $300", None, False),
        ("Lawmakers have promised relief in every campaign", "promised", False),  # a reported promise
        ("Senator Joan Hale blocked the last bill in 2019", None, False),
    ]


def test_likenesses_are_not_claims(extractor) -> None:
    # "reminiscent of", "akin to": a comparison drawn, not an event
    text = ("Market closes\n\n"
            "The market fell 3 percent on Friday. The sell-off was reminiscent of the 2008 crash, traders said. "
            "The new rules are akin to a ban on short selling.")
    assert _claims_of(extractor, text) == [
        ("Market closes", None, False),
        ("The market fell 3 percent on Friday", None, False),
    ]


def test_letters_page_signed_pieces_keep_only_checkable_facts(extractor) -> None:
    # a letters page: each piece signed on a line of its own; too few "I"/"should" to count as a column,
    # but a signed piece is an opinion piece by its form. Signatures ("Will Brandt.": a modal to the
    # tagger) state nothing, and the writer's friends' hearsay is the writer's own voice
    text = ("Keep the ferry running\n\nLETTERS.\n\n"
            "The ferry has carried commuters across the bay since 1962. Closing it would be a betrayal of the "
            "island.\n\nMary Okafor.\n\nPort Ellis, Maine.\n\n"
            "The council cut the ferry budget by 30 percent in March. Councillor Dana Reyes is doing her job. "
            "All of my friends at the port tell me they would vote her out.\n\n"
            "Will Brandt.\n\nThe ferry is the heart of the town.\n\nSam Lindqvist.\n")
    assert _claims_of(extractor, text) == [
        ("The ferry has carried commuters across the bay since 1962", None, False),
        ("The council cut the ferry budget by 30 percent in March", None, False),
    ]


def test_a_name_under_the_headline_is_a_byline_not_a_sign_off(extractor) -> None:
    # one name line before any prose is a byline: the report stays a report
    text = ("Ferry service resumes\n\nMary Okafor\n\n"
            "The ferry resumed service on Monday. Councillor Dana Reyes is doing her job.\n")
    assert _claims_of(extractor, text) == [
        ("Ferry service resumes", None, False),
        ("The ferry resumed service on Monday", None, False),
        ("Councillor Dana Reyes is doing her job", None, False),
    ]


def test_the_writers_own_record_with_a_figure_is_a_claim(extractor) -> None:
    # an unquoted first person recounting a past act with a figure is the ground of the letter; a
    # quoted witness's "I" and a present feeling are not
    text = ("Trust the count\n\n"
            "I have served as a poll worker in four counties over 20 years. I think the count is fair. "
            "We must trust it.\n\nAnna Berg.\n\nSalem, Ore.\n")
    assert _claims_of(extractor, text) == [
        ("I have served as a poll worker in four counties over 20 years", None, False),
    ]


def test_announced_decisions_schedules_mandates_and_figured_reasons(extractor) -> None:
    # a body's own decision made known and an event put on the calendar are facts, linked; a forecast
    # about others is not, but declaring it is an act claim (heldout7 24); a "must" with the rule behind it
    # states an obligation in force; a figured reason under an evaluation is a fact of its own
    text = ("Rail firm cuts routes\n\n"
            "The rail company on Monday announced it will close 12 stations in the north. "
            "The union declared that voters will punish the company. "
            "The closures will begin on June 3, the company said. Fares will rise next year, analysts said. "
            "By court order, the company must cut $2 million from its budget this year. "
            "Because most of its 3,000 workers are engineers, it is hard to cut costs, the company says.\n")
    assert _claims_of(extractor, text) == [
        ("Rail firm cuts routes", None, False),
        ("The rail company on Monday announced it will close 12 stations in the north", "announced", False),
        ("The union declared that voters will punish the company", None, False),
        ("The closures will begin on June 3, the company said", "said", False),
        ("Fares will rise next year, analysts said", None, False),
        ("By court order, the company must cut $2 million from its budget this year", None, False),
        ("most of its 3,000 workers are engineers", "says", False),
    ]


def test_a_fronted_with_absolute_is_a_claim_of_its_own(extractor) -> None:
    # "With X V-ing, ..." before the main clause states a fact of its own, "With" left out; after a past
    # event a "with" absolute tells how the event went and stays inside it
    text = ("Bakery closes shop\n\n"
            "With flour prices rising across the region, the bakery closed its second shop on Monday. "
            "Full-scale clashes erupted outside the bakery, with riot police trying to disperse the crowd.\n")
    assert _claims_of(extractor, text) == [
        ("Bakery closes shop", None, False),
        ("flour prices rising across the region", None, False),
        ("the bakery closed its second shop on Monday", None, False),
        ("Full-scale clashes erupted outside the bakery, with riot police trying to disperse the crowd", None, False),
    ]


def test_a_figure_by_which_something_was_raised_is_no_framing(extractor) -> None:
    text = "Bakery news\n\nThe bakery raised its bread price by 10 percent on Monday. The news raised concerns.\n"
    assert _claims_of(extractor, text) == [("The bakery raised its bread price by 10 percent on Monday", None, False)]


def test_relative_clauses_on_a_dated_noun_and_a_which_on_a_person(extractor) -> None:
    # the year the parse hangs the clause on stands for the noun it dates: the sentence-final clause is
    # split off with "the river survey of 1983-84"; a "which" hung on a person inside a longer noun
    # phrase describes that phrase, no claim of its own
    text = ("Sailor honoured\n\n"
            "Ms Ortiz also sailed with the river survey of 1983-84, which charted the upper delta for the first "
            "time. A set of maps of the delta by Ms Ortiz, which she drew with her brother, was shown in "
            "Lisbon in June.\n")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Sailor honoured",
        "Ms Ortiz also sailed with the river survey of 1983-84",
        "the river survey of 1983-84, which charted the upper delta for the first time",
        "A set of maps of the delta by Ms Ortiz, which she drew with her brother, was shown in Lisbon in June",
    ]


def test_moods_told_are_not_claims(extractor) -> None:
    # a mood noun as subject of an intransitive verb, or after "there was", tells a mood (B55); a mood
    # that does something to someone is an event
    text = ("Crowds gather at the square\n\n"
            "Tension grew in the square on Sunday. There was a real feeling of relief among the fans. "
            "Anger forced the mayor out of office. Police closed the square at noon.\n")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Crowds gather at the square",
        "Anger forced the mayor out of office",
        "Police closed the square at noon",
    ]


def test_an_apposition_and_a_relative_clause_on_one_name_are_one_claim(extractor) -> None:
    # the main clause is a label (no claim); the name with its apposition and its "who" clause is one
    # claim, not two that start alike
    text = ("Explorer remembered\n\n"
            "Dr Anna Kovacs, the former curator at the Polar Museum in Oslo, who first met Mr Grant in 2005, "
            "called him a hero.\n")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Explorer remembered",
        "Dr Anna Kovacs, the former curator at the Polar Museum in Oslo, who first met Mr Grant in 2005",
    ]


def test_an_act_before_a_declared_slogan_is_a_claim(extractor) -> None:
    # the rhetoric declared is no claim, but the first predicate of the same subject is an act
    text = ("Rally resumes\n\n"
            "The senator returned to the stage ten minutes later and declared, \u201cWe will never give up.\u201d\n")
    assert _claims_of(extractor, text) == [
        ("Rally resumes", None, False),
        ("The senator returned to the stage ten minutes later and declared, \u201cWe will never give up.\u201d",
         None, False),
    ]


def test_the_act_after_a_quoted_wish_is_the_claim(extractor) -> None:
    # the quoted wish is no claim; what the speaker went on to do ("before introducing ...") is, without
    # "before"; when the clause already gives a claim, the "before" act stays inside it
    text = ("Concert night\n\n"
            "\u201cTonight, let me hear you cheer,\u201d a smiling Garcia said before introducing the band for a "
            "Friday night concert in Denver. \u201cThe witness was arrested on Sunday,\u201d the judge said before "
            "postponing the hearing until Monday.\n")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "introducing the band for a Friday night concert in Denver",
        "\u201cThe witness was arrested on Sunday,\u201d the judge said before postponing the hearing until Monday",
    ]


def test_a_bare_value_with_a_complement_is_an_evaluation(extractor) -> None:
    # "fine for a picnic" judges, whatever it is for; a figure leaves something to check
    text = ("Leaders meet\n\n"
            "He said he discussed the plan with the minister on Friday, and that they agreed the weather was fine "
            "for a picnic. The new road was good for 12 shops in the town.\n")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Leaders meet",
        "He said he discussed the plan with the minister on Friday",
        "The new road was good for 12 shops in the town",
    ]


def test_a_quoted_negated_habit_is_personal_a_denial_is_not(extractor) -> None:
    text = ("Old friend remembered\n\n"
            "\"I don't usually wear a tie,\" he said. \"We didn't close the school,\" the mayor said.\n")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Old friend remembered",
        "\"We didn't close the school,\" the mayor said",
    ]


def test_a_feeling_as_the_predicate_is_no_claim(extractor) -> None:
    # a feeling is the holder's experience; one that governs a clause may state the event felt about
    text = ("Fair opens\n\n"
            "The mayor opened the county fair on Saturday. The long queues had made the visitors nervous. "
            "The music impressed the judges. The organisers were thrilled to sell 5,000 tickets.\n")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Fair opens",
        "The mayor opened the county fair on Saturday",
        "The organisers were thrilled to sell 5,000 tickets",
    ]


def test_a_negated_would_is_a_refusal_only_for_a_doer_without_a_guess_or_condition(extractor) -> None:
    # "likely would not" forecasts and "even if ..., would not" is hypothetical; a person's "would not" refuses
    text = ("Bridge closed\n\n"
            "The mayor said the closure likely would not affect the market on Friday. "
            "Even if he had a permit, he would not cross the bridge. "
            "The driver would not stop for the police, officers said.\n")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Bridge closed",
        "The driver would not stop for the police, officers said",
    ]


def test_an_expectation_in_numbers_is_a_hedged_claim(extractor) -> None:
    # guidance in figures can be checked against the outcome; an expectation without one is a stance
    text = ("Airline results\n\n"
            "The airline expects profits could rise by 5 percent next year. "
            "The plant is expected to cut 300 jobs. "
            "We expect our new stores will bring value to customers. "
            "The coach expects Smith to play again after the injury, which kept her out for 11 days.\n")
    assert _claims_of(extractor, text) == [
        ("Airline results", None, False),
        ("The airline expects profits could rise by 5 percent next year", "expects", True),
        ("The plant is expected to cut 300 jobs", None, True),
        # the figure in a relative clause is that clause's own fact, not the expected one
        ("the injury, which kept her out for 11 days", None, False),
    ]


def test_while_a_post_was_held_is_time_not_contrast(extractor) -> None:
    # "while she was mayor" dates the act; a contrastive "while" clause is a claim of its own
    text = ("City news\n\n"
            "The city built a new library in 2019 while she was mayor. "
            "Rebels shelled the northern town on Monday, while the army retook two villages in the south.\n")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "The city built a new library in 2019 while she was mayor",
        "Rebels shelled the northern town on Monday",
        "the army retook two villages in the south",
    ]


def test_a_reported_forecast_with_a_holder_is_an_act_claim(extractor) -> None:
    # the declaring happened and can be checked (heldout7 24); quoted rhetoric, a guess ("likely would"), a
    # foreseen quality, a fear, a question and a forecast nobody made stay out
    text = ("Harbour news\n\n"
            "The mayor declared that the river will flood the old town on Friday. "
            "Officials said the ferry could stop running next week. "
            "The port authority said it will close two piers, moving the boats to the north quay. "
            "Doe reportedly said the plant would close in May. "
            "\"We will win the vote,\" the mayor said. "
            "The harbour master said the closure likely would not change the timetable. "
            "The coach said the defeat was going to be hard on the players. "
            "Fishermen fear the storm will wreck the nets. "
            "Reporters asked whether the bridge would reopen. "
            "The tides might be signalling a change in the weather.\n")
    assert _claims_of(extractor, text) == [
        ("Harbour news", None, False),
        ("The mayor declared that the river will flood the old town on Friday", None, False),
        ("Officials said the ferry could stop running next week", None, False),
        # the participle of a foreseen clause is foreseen too: one claim, not a linked fact beside it
        ("The port authority said it will close two piers, moving the boats to the north quay", None, False),
        ("Doe reportedly said the plant would close in May", None, True),  # the frame's own hearsay hedges
    ]


def test_a_reported_belief_that_foresees_is_an_act_claim(extractor) -> None:
    # a belief or expectation told to others, with a forecast inside, is a telling that happened; a
    # negated belief is a stance
    text = ("Ferry returns\n\n"
            "The port told reporters that the company believes the ferry is going to run again on Monday. "
            "The firm said it expected to return the money to its shareholders. "
            "The mayor said she does not believe the ferry will run.\n")
    assert _claims_of(extractor, text) == [
        ("Ferry returns", None, False),
        ("The port told reporters that the company believes the ferry is going to run again on Monday", None, False),
        ("The firm said it expected to return the money to its shareholders", None, False),
    ]


def test_indirect_questions_likenings_and_feelings_are_no_claims(extractor) -> None:
    text = ("Fire destroys shop\n\nOfficers declined to say who owned the van or what caused "
            "the fire. Witnesses said the man had walked into the shop as though he were hiding something. "
            "\"The boy is petrified,\" the judge said. The family is devastated. The town was devastated. "
            "The blast shocked residents.")
    assert _claims_of(extractor, text) == [
        ("Fire destroys shop", None, False),
        # one question left open, not a second clause "what led to the fire"
        ("Officers declined to say who owned the van or what caused the fire", None, False),
        ("Witnesses said the man had walked into the shop as though he were hiding something", "said", False),
        # a state of mind is no fact; a place "devastated" is damage done
        ("The town was devastated", None, False),
    ]


@pytest.mark.parametrize(("title", "claimed"), [
    ("Ten dead in coastal quake", True),  # a verbless headline stating an outcome
    ("Bus driver guilty in crash that killed four", True),
    ("Three injured in crash", True),
    ("Dead wrong on taxes", False),  # "dead" grading another word, no outcome
    ("Markets in focus", False),
    # a Title Case passive the tagger reads as a name: the lemmatizer knows "bomb" and "hijack" as verbs
    ("Rebel Camp Bombed By Army", True),
    ("Cargo Ship Hijacked Off Somalia", True),
    ("Prophet Mohammed Cartoon Row", False),  # no "-ed" verb: a name ending in "ed" is not one
    ("Most Wanted Fugitives", False),  # a grade, not a passive
])
def test_verbless_headlines_with_an_outcome_are_claims(extractor, title: str, claimed: bool) -> None:
    claims = _claims_of(extractor, f"{title}\n\nThe police said the fire started at noon. \"We panicked,\" she said.")
    assert ((title, None, False) in claims) is claimed
    assert claims[-1] == ("The police said the fire started at noon", "said", False)  # not the panic


def test_a_guarded_event_is_a_hedged_claim_a_guarded_judgement_is_none(extractor) -> None:
    text = ("Storm hits coast\n\nThe storm appears to have flooded the harbour district. There appeared to be "
            "a second fire. The permit, officials said, appeared to be in breach of the rules. "
            "The visit appears to be a calculated snub. It seems that he left.")
    assert _claims_of(extractor, text) == [
        ("Storm hits coast", None, False),
        ("The storm appears to have flooded the harbour district", None, True),
        ("There appeared to be a second fire", None, True),
        ("The permit, officials said, appeared to be in breach of the rules", "said", True),
    ]


def test_a_named_holders_pledge_is_an_act_a_speakers_own_is_not(extractor) -> None:
    text = ("Road to reopen\n\nThe ministry promised that the road will reopen. "
            "\"We promise that we will rebuild,\" the mayor said.")
    assert _claims_of(extractor, text) == [  # (a "to" headline announces; no claim)
        ("The ministry promised that the road will reopen", None, False),  # the promise was made
    ]


def test_generic_sentences_are_no_claims(extractor) -> None:
    text = ("Climbers face the peak\n\nSome climbers develop a knack for reading the weather on a ridge. "
            "Some find comfort in routine. Officials are in possession of a video of the crash. "
            "Some of its members are countries that violate those rights. "
            "Reports have it that demonstrators threw stones at the fire brigade.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Climbers face the peak",
        # a kind described ("some climbers", "some") is no event; a group at hand, a part of a named
        # body and a sourced report are
        "Officials are in possession of a video of the crash",
        "Some of its members are countries that violate those rights",
        "Reports have it that demonstrators threw stones at the fire brigade",
    ]


def test_pledges_judged_losses_and_stories_placed_are_no_claims(extractor) -> None:
    text = ("Raid on camp\n\nThe minister condemned the attack. \"To those who mourn we say that the perpetrators "
            "will be identified and punished,\" he added. \"This is a sad day for the whole town,\" the spokeswoman "
            "said. The raid on the depot comes a week after news of the merger. The announcement "
            "comes after the army seized the town.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Raid on camp",
        "The minister condemned the attack",
        # the pledge made in saying "we say", the loss judged, and the writer's "comes after reports" are
        # no facts; "comes after the army seized the town" keeps its event
        "The announcement comes after the army seized the town",
    ]


def test_a_witness_account_of_the_event_is_a_claim_not_the_witness_situation(extractor) -> None:
    text = ("Crash on main road\n\n\"We heard a loud bang,\" he said. \"I heard screaming,\" she said. "
            "\"I watched them drag him out,\" she said.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "\"I watched them drag him out,\" she said",  # what was seen happening to someone else
    ]


def test_reputations_and_moods_are_no_claims(extractor) -> None:
    text = ("Shop shooting\n\nSmith said Jones was well-liked and well-read. The plant was well-known for its 300 "
            "jobs. \"It was a panic,\" she said. The panic spread to the market.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Shop shooting",
        "The plant was well-known for its 300 jobs",  # a figure to check
        "The panic spread to the market",
    ]


def test_polls_and_reports_joined_or_trailing_are_claims_of_their_own(extractor) -> None:
    text = ("Race tightens\n\nA Marist poll showed Jones leading Smith 52 percent to 39 percent among likely "
            "voters. Smith has denied the report and suggested it was a hoax planted by his rivals. "
            "Volunteers knocked on doors, after county data showed a dip in early ballots.")
    assert _claims_of(extractor, text) == [  # (a headline that tells no event is no claim)
        # "likely voters" is the group polled, no hedge
        ("A Marist poll showed Jones leading Smith 52 percent to 39 percent among likely voters", "showed",
         False),
        # two reports under one subject: each is a claim with its own attribution
        ("Smith has denied the report", "denied", False),
        ("suggested it was a hoax planted by his rivals", "suggested", True),
        ("Volunteers knocked on doors", None, False),
        ("county data showed a dip in early ballots", "showed", False),  # what data shows, a claim apart
    ]


def test_impressions_approximations_and_vague_existentials_are_no_claims(extractor) -> None:
    text = ("Budget talks\n\nIt sounds preposterous to most economists. \"That's sort of a standard reply,\" "
            "he added. \"That's like when you call a bank,\" he said. \"There's something happening here, Ben,\" "
            "he said. \"This is the kind of case the appeal court exists for,\" he said. \"She had no idea of the cost "
            "at all,\" he said. \"Tax fraud is not the same "
            "as tax avoidance,\" she said. \"The driver is a nervous wreck,\" the judge said. Jones remains "
            "in custody at the county jail. It remains to be seen whether the deal will hold.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Budget talks",
        "Jones remains in custody at the county jail",  # "remain" states a fact
    ]


def test_a_speakers_assurance_and_refused_stance_are_no_claims(extractor) -> None:
    text = ("Probe update\n\n\"We assure you that our inspectors will keep reviewing the files,\" "
            "Kelly wrote. \"I don't appreciate the insults,\" Lee said. \"We didn't bomb any camps,\" "
            "the colonel said.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "\"We didn't bomb any camps,\" the colonel said",  # a denial of an act stays
    ]


def test_a_hearing_on_the_calendar_is_a_claim_what_is_bound_to_come_is_not(extractor) -> None:
    text = ("Court date\n\nA bail hearing will be held on March 14. Smith will be sentenced on Friday. "
            "The talks will be held soon. The verdict is bound to prompt appeals. Smith was due to testify by "
            "video link but never did.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "A bail hearing will be held on March 14",  # a named day puts it on the calendar
        "Smith will be sentenced on Friday",
        "Smith was due to testify by video link but never did",  # "due to" schedules, it judges nothing
    ]


def test_a_task_or_duty_to_do_is_no_claim(extractor) -> None:
    text = ("Vote count\n\nIt is the duty of every voter to keep the peace. Their task this week was to "
            "hold the three states. What is at stake is to keep the union together. The rebels' endgame is to take "
            "the oilfields. The party's goal was to win "
            "the three states, Smith said.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "The party's goal was to win the three states, Smith said",  # a reported goal may be news
    ]


def test_a_generic_line_inside_a_quotation_is_no_claim(extractor) -> None:
    text = ("Miner hurt\n\n\u201cHe was hit by a falling beam.\n\nWhen one is hurt, all of us suffer.\n\n"
            "We will not let the owners walk away,\u201d the union said.")
    assert _claims_of(extractor, text) == [
        ("Miner hurt", None, False),
        ("He was hit by a falling beam", "said", False),  # "one" is anyone and "all of us" everyone: no event
    ]


def test_depictions_and_present_aims_are_no_claims(extractor) -> None:
    text = ("Debate night\n\nJones presented a vision of renewal. Smith painted a picture of decline. "
            "Jones seeks to widen her lead, anticipating a divided Congress. Several senators have sought to "
            "avoid the campaign trail. The firm seeks to raise $5 million in the offering.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Several senators have sought to avoid the campaign trail",  # the attempt was made
        "The firm seeks to raise $5 million in the offering",  # a figure to check
    ]


def test_how_sure_an_extraposed_clause_is_makes_it_a_claim(extractor) -> None:
    text = ("Email trail\n\nIt is likely the aide named in the memo is Sam Ortega. It is clear that the army fired "
            "first. It is possible that the fire was set deliberately. It is humiliating that the vote failed.")
    assert _claims_of(extractor, text) == [
        ("It is likely the aide named in the memo is Sam Ortega", None, True),  # hedged by "likely"
        ("It is clear that the army fired first", None, False),
        # a possibility is speculation; "humiliating" judges
    ]


def test_a_present_claim_on_a_condition_and_a_gotta_are_no_claims(extractor) -> None:
    text = ("Email trail\n\nThe memo shows intent if it refers to the files on the server. The law applies if the "
            "company has more than 50 workers. \"We gotta get him out of here,\" he wrote.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "The law applies if the company has more than 50 workers",  # a law's terms
    ]


def test_citing_a_reason_or_a_source_is_no_claim(extractor) -> None:
    text = "Rally moved\n\nThe campaign moved the reporters, citing safety concerns."
    assert [c[0] for c in _claims_of(extractor, text)] == ["Rally moved", "The campaign moved the reporters"]


def test_being_tired_of_waiting_is_a_state_of_mind(extractor) -> None:
    text = "Families wait\n\nThe families said they are tired of waiting for a ruling."
    assert [c[0] for c in _claims_of(extractor, text)] == ["Families wait"]  # the headline only


def test_answering_by_doing_something_named_is_an_act(extractor) -> None:
    text = "Debate night\n\nSmith answered by citing the budget of Denver to show that rent control is not the answer."
    assert _claims_of(extractor, text) == [
        # the answer's content is generic; how she answered is the act told
        ("Smith answered by citing the budget of Denver to show that rent control is not the answer", None, False),
    ]


def test_notices_bios_appeals_and_full_degrees_are_no_claims(extractor) -> None:
    text = ("Storm hits coast\n\nA storm hit the coast on Monday, police said. (WARNING: Video contains graphic "
            "images.)\n\n\"The figures are 100 percent false,\" she said. \"All they want is a fair hearing,\" "
            "she said. Turnout was 40 percent higher than in 2012.\n\nAnn Roe is the courts reporter for the Daily "
            "Ledger. Follow her on Chirper: @annroe.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Storm hits coast",
        "A storm hit the coast on Monday, police said",
        "Turnout was 40 percent higher than in 2012",  # a figure, not "100 percent" as a degree
    ]


def test_a_party_tag_after_a_name_is_a_claim_of_its_own(extractor) -> None:
    text = ("Bill passes\n\nThe bill was backed by House Speaker Tom Reyes, R-Ohio, and by senator Ann Cole, "
            "R-Tenn., and Ben Ward, D-S.C., last year.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Bill passes",
        "The bill was backed by House Speaker Tom Reyes, R-Ohio, and by senator Ann Cole, R-Tenn., and Ben Ward, "
        "D-S.C., last year",
        "House Speaker Tom Reyes, R-Ohio",  # the affiliation is checkable
        "senator Ann Cole, R-Tenn",
        "Ben Ward, D-S.C",
    ]


def test_a_speakers_own_judgement_a_vague_crowd_and_a_bombshell_are_no_claims(extractor) -> None:
    text = ("Budget talks\n\n\u201cThe budget is secondary, to me, to the schools,\u201d he said. \u201cThere are a "
            "lot of new faces here,\u201d he said. The memo included yet another bombshell. There are a lot "
            "of empty shops on Main Street after the fire in 2011.")
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Budget talks",
        "There are a lot of empty shops on Main Street after the fire in 2011",  # a place and a year to check
    ]


def test_appraisal_of_an_object_is_no_claim_but_a_deplored_clause_is(extractor) -> None:
    text = ("Council meets\n\nThe chairman lamented the shouting that filled most of the meeting. He praised the "
            "clerks for their patience. The mayor lamented that the hall had flooded twice in May.")
    assert _claims_of(extractor, text) == [
        ("Council meets", None, False),
        # the month "May" is no modal "may": the clause is not hedged
        ("The mayor lamented that the hall had flooded twice in May", "lamented", False),
    ]


def test_a_ruling_is_a_report_and_its_making_a_claim(extractor) -> None:
    text = "Ruling\n\nThe board ruled that the claim was true. The judge ruled out a retrial."
    assert _claims_of(extractor, text) == [
        ("The board ruled that the claim was true", None, False),  # a verdict given: an act, like a warning
        ("The judge ruled out a retrial", None, False),
    ]


def test_a_body_s_present_attitude_voiced_in_a_quotation_is_no_claim(extractor) -> None:
    text = ('Delay\n\n"The council regrets the delay," a spokesman said. "The company plans to hire 200 workers," '
            "he said. The ministry welcomed the ceasefire.")
    assert _claims_of(extractor, text) == [
        ('"The company plans to hire 200 workers," he said', "said", False),  # a plan is no attitude
    ]  # "welcomed the ceasefire" told by the writer appraises it, like "hailed the deal" (session 20)


def test_title_case_present_verb_read_as_a_plural_name(extractor) -> None:
    # the tagger reads "Breaks" as a name: a verb's "-s" form with a preposition of its own still states the event
    assert _claims_of(extractor, "Lowe Breaks With Party On Farm Subsidy Bill\n\nThe vote is on Monday.")[0] == (
        "Lowe Breaks With Party On Farm Subsidy Bill", None, False)
    assert _claims_of(extractor, "Black Farmers And Their Struggles\n\nThe vote is on Monday.")[:1] != [
        ("Black Farmers And Their Struggles", None, False)]


def test_poll_shares_that_would_choose_and_clauses_spliced_by_a_semicolon(extractor) -> None:
    text = ("Race tied\n\nAmong likely voters, 41 percent would choose Lowe. The first sample is 912, give or take "
            "3 points; the second sample is 488.")
    assert _claims_of(extractor, text) == [
        ("Race tied", None, False),
        ("Among likely voters, 41 percent would choose Lowe", None, False),  # a measured share, no forecast
        ("The first sample is 912, give or take 3 points", None, False),
        ("the second sample is 488", None, False),  # a clause with its own subject after the semicolon
    ]


def test_an_apposition_with_a_figure_is_a_claim_under_a_sentence_that_is_none(extractor) -> None:
    text = "Firm\n\nOfficials would not say why Ann Roe, a 12-year nurse, had left."
    assert ("Ann Roe, a 12-year nurse", None, False) in _claims_of(extractor, text)


def test_judging_idioms_and_superlatives_of_judgement_are_no_claims(extractor) -> None:
    text = ('Deal\n\n"That plan makes no sense," he said. "It was the silliest plan in the county," he added. The '
            "excuse does not hold water. It was the deadliest attack since 2001. It was the largest city in the "
            "region.")
    assert _claims_of(extractor, text) == [
        # a superlative of size or toll is a record to check
        ("It was the deadliest attack since 2001", None, False),
        ("It was the largest city in the region", None, False),
    ]


def test_tastes_and_passive_labels_are_no_claims(extractor) -> None:
    text = ("School\n\nAnn Roe loves the small library on her street. Her son likes to draw. In the "
            "poll, 5 percent prefer the mayor. Many schools in poor towns are called failing. The old port, also "
            "called Kessa, was hit.")
    assert _claims_of(extractor, text) == [
        ("In the poll, 5 percent prefer the mayor", None, False),  # a polled share is a figure, not a taste
        ("The old port, also called Kessa, was hit", None, False),  # a name given, not a label
    ]


def test_an_estimate_in_figures_is_a_hedged_claim(extractor) -> None:
    text = ("Quake\n\nThe head of the team, Ann Roe, estimated that between 40 and 60 percent of the houses in the "
            "worst-hit towns might have been destroyed.")
    assert _claims_of(extractor, text) == [
        ("The head of the team, Ann Roe, estimated that between 40 and 60 percent of the houses in the worst-hit "
         "towns might have been destroyed", "estimated", True),
    ]


def test_what_someone_was_able_to_do_is_a_claim(extractor) -> None:
    text = "Plant\n\nAll 80 miners were able to climb out unhurt. The team was unable to reach the village."
    assert _claims_of(extractor, text) == [
        ("All 80 miners were able to climb out unhurt", None, False),
        ("The team was unable to reach the village", None, False),
    ]


def test_a_fronted_setting_leaves_a_quality_a_judgement_but_a_comparison_does_not(extractor) -> None:
    text = ("Programs\n\nIn a town where most kids have little, those programs are extra valuable. Unlike the march "
            "in Ashby, the protest remained peaceful. The effect of Monday's vote is still small. Tuesday the crowd "
            "was calm.")
    assert _claims_of(extractor, text) == [
        ("Unlike the march in Ashby, the protest remained peaceful", None, False),
        ("Tuesday the crowd was calm", None, False),  # dated; a day inside the subject dates nothing
    ]


def test_a_negated_there_appears_is_a_guarded_fact_not_an_imperative(extractor) -> None:
    assert _claims_of(extractor, "Fire\n\nThere did not really appear to be a link with the fire.") == [
        ("There did not really appear to be a link with the fire", None, True),
    ]


def test_a_challenge_brought_by_someone_is_an_act(extractor) -> None:
    text = ("Rules\n\nTwelve states are challenging the agency's new rules before 10 judges. These figures challenge "
            "the claims of the ministry.")
    assert _claims_of(extractor, text) == [
        ("Twelve states are challenging the agency's new rules before 10 judges", None, False),
    ]


def test_an_ongoing_while_clause_tells_when_a_contrast_is_split(extractor) -> None:
    text = ("Court\n\nThe court froze the plan while the appeal is heard. The guard was attacked while she was "
            "visiting the ward. The army shelled the town, while the rebels retook two villages.")
    assert _claims_of(extractor, text) == [
        ("The court froze the plan while the appeal is heard", None, False),
        ("The guard was attacked while she was visiting the ward", None, False),
        ("The army shelled the town", None, False),
        ("the rebels retook two villages", None, False),
    ]


def test_the_odds_of_an_event_are_no_claim(extractor) -> None:
    text = "Ruling\n\nA verdict is unlikely before the spring recess. It is likely that the bridge will reopen in May."
    assert _claims_of(extractor, text) == [("It is likely that the bridge will reopen in May", None, True)]


def test_an_insult_is_no_claim(extractor) -> None:
    text = 'Row\n\n"The senator is a despicable liar," Roe said. "The plan is an absurd stunt," Lee said.'
    assert _claims_of(extractor, text) == []


def test_doubts_refusals_to_tolerate_and_verdicts_are_no_claims(extractor) -> None:
    text = ('Hearing\n\nRoe said he doubted the court would enforce the order. Lee says she cannot allow the '
            'board to close the clinic. "The audit is a waste of money," Kay said. The vote was a sham, Dee said. '
            'The couple cannot have children. The plant dumped waste into the river.')
    assert _claims_of(extractor, text) == [
        ("The couple cannot have children", None, False),
        ("The plant dumped waste into the river", None, False),
    ]


def test_a_relative_that_reports_a_feeling_is_no_claim(extractor) -> None:
    # the feeling counts as a predicate only: a headline's "Sailor honoured" is still an award
    text = "Talks\n\nThe mayor, who says she is humbled, opened the bridge on Monday."
    assert _claims_of(extractor, text) == [
        ("The mayor, who says she is humbled, opened the bridge on Monday", "says", False),
    ]


def test_a_party_tag_in_brackets_is_a_claim_like_one_after_a_comma(extractor) -> None:
    text = "Vote\n\nRep. Ann Roe (D-Ohio) said the vote was held on Monday. The bill was backed by Tom Reyes, R-Ohio."
    assert _claims_of(extractor, text) == [
        ("Rep. Ann Roe (D-Ohio)", None, False),
        ("Rep. Ann Roe (D-Ohio) said the vote was held on Monday", "said", False),
        ("The bill was backed by Tom Reyes, R-Ohio", None, False),
        ("Tom Reyes, R-Ohio", None, False),
    ]


def test_stakes_risks_sarcasm_and_anyone_who_are_no_claims(extractor) -> None:
    text = ('Hearing\n\nThe merger is risky for the mayor. Anyone who skips the vote lacks '
            'the standing to run for mayor. "Sure, we love audits," Kay said sarcastically. The board said its '
            'credibility was on the line. Lee said there was a danger that the dam could fail. The new fund has '
            'the potential to double the grants. The truck was on the way to Boston when it crashed. Dee was on '
            'the line with the dispatcher for ten minutes.')
    assert _claims_of(extractor, text) == [
        ("The truck was on the way to Boston when it crashed", None, False),
        ("Dee was on the line with the dispatcher for ten minutes", None, False),
    ]


def test_a_clause_that_goes_on_after_an_apposition_is_not_cut_at_it(extractor) -> None:
    text = ("Vote\n\nThe council voted on Monday to hold Dan Roe, a former aide to the mayor, in contempt for "
            "declining to give evidence on the fund.")
    assert _claims_of(extractor, text) == [
        ("The council voted on Monday to hold Dan Roe, a former aide to the mayor, in contempt for declining to "
         "give evidence on the fund", None, False),
        ("Dan Roe, a former aide to the mayor", None, False),
    ]


def test_an_adjective_measured_by_a_figure_is_a_fact_however_it_is_parsed(extractor) -> None:
    # the parser hangs "million" on "short" as nummod here, as npadvmod in other contexts
    text = "Budget\n\nThe budget was $4 million short. The plant closed in May."
    assert _claims_of(extractor, text) == [
        ("The budget was $4 million short", None, False),
        ("The plant closed in May", None, False),
    ]


def test_a_first_person_belief_in_a_transcript_turn_is_the_speakers_own_stance(extractor) -> None:
    # the turn has no mark of its own before "I": the frame is still inside the speaker's words
    text = ('Debate talk\n\nPartial transcript:\n\n"HOLT: Will you release your returns?\n\n'
            '"MARSH: I think the audit was fair.\n\n"HOLT: Thank you, senator.')
    assert _claims_of(extractor, text) == []


def test_criticism_for_an_act_is_a_claim_and_of_a_thing_an_appraisal(extractor) -> None:
    text = ("Pool\n\nRoe criticized the mayor for closing the pool. Roe criticized the board's handling of the "
            "audit. They praised the crew for their calm.")
    assert _claims_of(extractor, text) == [("Roe criticized the mayor for closing the pool", "criticized", False)]


def test_a_quoted_present_statement_needs_a_name_a_figure_or_an_operation_behind_it(extractor) -> None:
    text = ('Hearing\n\n"It is wrecking the whole board," Roe said. "We are searching the woods," a police '
            'spokesman said. "The plant employs 300 people," Roe said. "This is about who we are as a town," '
            'Lee said.')
    assert _claims_of(extractor, text) == [
        ('"We are searching the woods," a police spokesman said', "said", False),
        ('"The plant employs 300 people," Roe said', "said", False),
    ]


def test_a_quoted_first_person_act_on_someone_named_is_a_claim_a_witness_detail_is_not(extractor) -> None:
    text = ('Memoir\n\n"I notified the Eastvale Police that she was missing," Roe wrote. "We heard gunshots," Lee '
            'said. "I called Dan Moss at once," Kay said.')
    assert _claims_of(extractor, text) == [
        ('"I notified the Eastvale Police that she was missing," Roe wrote', "wrote", False),
        ('"I called Dan Moss at once," Kay said', "said", False),
    ]


def test_a_person_who_questions_or_challenges_acts_while_figures_only_frame(extractor) -> None:
    text = ("Vote\n\nLee questioned Roe's eligibility to run for mayor because he was born abroad. These figures "
            "challenge the assertions of the board.")
    assert _claims_of(extractor, text) == [
        ("Lee questioned Roe's eligibility to run for mayor because he was born abroad", "questioned", False),
    ]


def test_a_gerund_subheading_and_an_as_follows_label_are_no_claims(extractor) -> None:
    text = ('Debate talk\n\nBaiting the referees\n\nRoe has often attacked the panel. Partial transcript as '
            'follows:\n\n"HOLT: Will you release your returns?\n\nRescuers searching the rubble\n\nRescuers were '
            'searching the rubble on Monday.')
    assert [c[0] for c in _claims_of(extractor, text)] == [
        "Roe has often attacked the panel",
        "Rescuers searching the rubble",  # a subject before the participle: a headline's clause
        "Rescuers were searching the rubble on Monday",
    ]


def test_what_demoralized_or_disheartened_someone_is_a_feeling(extractor) -> None:
    text = ('Memories\n\n"It was demoralizing," Roe said. The news disheartened the staff. The quake devastated '
            'the town.')
    assert _claims_of(extractor, text) == [("The quake devastated the town", None, False)]


def test_a_closing_line_that_introduces_the_writer_is_end_matter(extractor) -> None:
    text = ("Debate\n\nThe debate was held on Monday. The mayor spoke first.\n\n"
            "Ann Roe is director of debate at Eastvale College.")
    assert [c[0] for c in _claims_of(extractor, text)] == ["The debate was held on Monday", "The mayor spoke first"]
    # not when the story goes on after it
    text = "Debate\n\nAnn Roe is director of debate at Eastvale College.\n\nThe debate was held on Monday."
    assert [c[0] for c in _claims_of(extractor, text)][-1:] == ["The debate was held on Monday"]
    assert len(_claims_of(extractor, text)) == 2


def test_a_belief_of_an_unnamed_share_is_opinion_a_named_groups_is_reported(extractor) -> None:
    text = ("Vote\n\nSome believe the rally shows the campaign is worried. Many think the vote was rigged. Some of "
            "the staff believe the plant closed in May.")
    assert _claims_of(extractor, text) == [("Some of the staff believe the plant closed in May", "believe", True)]


def test_a_first_person_belief_quoted_inside_a_mixed_report_is_no_claim(extractor) -> None:
    text = ("Forum\n\nThe senator spoke for an hour on Tuesday. Ames described her rival as “rather tense there, "
            "interrupting all night. … I think that cost her.”")
    assert _claims_of(extractor, text) == [("The senator spoke for an hour on Tuesday", None, False)]


def test_a_closing_bio_line_split_inside_its_description_is_no_claim(extractor) -> None:
    text = ("Harbor\n\nThe council met in May in Bergen.\n\nBen Ortiz, former adviser to Governor (then-Senator) "
            "Ann Lee, Jr., is a research professor at the Institute for Harbor Policy at Westlake University’s "
            "College of Law.")
    assert _claims_of(extractor, text) == [("The council met in May in Bergen", None, False)]


def test_a_verbless_headline_naming_a_political_event_is_a_claim(extractor) -> None:
    text = "Premier's trip to Oslo\n\nThe premier flew to Oslo on Monday."
    assert _claims_of(extractor, text) == [
        ("Premier's trip to Oslo", None, False),
        ("The premier flew to Oslo on Monday", None, False),
    ]


def test_a_refusal_to_comment_is_a_claim_and_a_bare_frame_is_not(extractor) -> None:
    text = ("Port\n\nThe union would not comment on the deal. Neither the mayor nor her aides would comment before "
            "the vote. The harbour master did not say.")
    assert _claims_of(extractor, text) == [
        ("The union would not comment on the deal", None, False),
        ("Neither the mayor nor her aides would comment before the vote", None, False),
    ]


def test_a_title_case_headline_with_a_bare_verb_after_a_plural_subject(extractor) -> None:
    text = "Tenants' Relatives File Petition\n\nRelatives of two tenants filed a petition on Friday."
    assert _claims_of(extractor, text) == [
        ("Tenants' Relatives File Petition", None, False),
        ("Relatives of two tenants filed a petition on Friday", None, False),
    ]


def test_a_quoted_first_person_belief_in_a_past_event_claims_the_event(extractor) -> None:
    text = ("Audit\n\n\"I believe the clerks broke the rules,\" the governor said. \"I think the plan will fail,\" the "
            "mayor said. \"We believe the pumps were sabotaged,\" a spokesman said.")
    assert _claims_of(extractor, text) == [
        # the belief's clause, linked to the nested "believe" and hedged by it
        ("\"I believe the clerks broke the rules,\" the governor said", "believe", True),
        ("\"We believe the pumps were sabotaged,\" a spokesman said", "believe", True),
    ]


def test_a_quoted_present_perfect_of_how_things_stand_is_no_claim(extractor) -> None:
    text = ("Row\n\n\"The feud has gone too far,\" Roe said. \"It has become a farce.\" \"She's been under "
            "strain.\" \"He has resigned from the board,\" she said. The agency questioned 40 witnesses last week.")
    assert _claims_of(extractor, text) == [
        ("\"He has resigned from the board,\" she said", "said", False),
        # "questioned" by a body is an act, not a doubt cast on something
        ("The agency questioned 40 witnesses last week", None, False),
    ]


def test_clauses_joined_by_a_semicolon_are_claims_of_their_own(extractor) -> None:
    text = ("Reserves\n\nDorn keeps $31.2 million in reserve and would pay $4.1 million in fees; Brill keeps $8.5 "
            "million in reserve; Corva keeps $12.9 million in reserve. The plan covers three things: roads; bridges; "
            "and schools.")
    assert _claims_of(extractor, text) == [
        ("Dorn keeps $31.2 million in reserve and would pay $4.1 million in fees", None, False),
        ("Brill keeps $8.5 million in reserve", None, False),
        ("Corva keeps $12.9 million in reserve", None, False),
        ("The plan covers three things: roads; bridges; and schools", None, False),
    ]


def test_no_one_anchors_no_quoted_statement(extractor) -> None:
    text = "Row\n\n\"He is no one,\" Roe said. \"He is one of 12 heirs,\" she said."
    assert _claims_of(extractor, text) == [("\"He is one of 12 heirs,\" she said", "said", False)]


def test_a_checkable_state_after_be_is_a_claim(extractor) -> None:
    text = ("Strike\n\nThe museum and all other sites were closed. Trading in the region was unchanged. Two miners "
            "remain missing. The scale was remarkable.")
    assert _claims_of(extractor, text) == [
        ("The museum and all other sites were closed", None, False),
        ("Trading in the region was unchanged", None, False),
        ("Two miners remain missing", None, False),
    ]


def test_what_a_named_agent_will_do_on_a_named_day_is_a_claim(extractor) -> None:
    text = ("Visit\n\nThe senator will visit Ogden on Tuesday. Prices will rise next year. The storm will hit the "
            "coast on Friday.")
    assert _claims_of(extractor, text) == [("The senator will visit Ogden on Tuesday", None, False)]


def test_an_apposition_saying_who_someone_is_is_a_claim(extractor) -> None:
    text = ("Rally\n\nThe rally was led by Ann Roe, a Lutheran pastor. Tom Hale, another supporter, marched "
            "too.")
    assert _claims_of(extractor, text) == [
        ("The rally was led by Ann Roe", None, False),
        ("Ann Roe, a Lutheran pastor", None, False),
        ("Tom Hale, another supporter, marched too", None, False),
    ]


def test_an_evening_judged_for_a_place_or_a_sign_of_a_quality_is_a_view(extractor) -> None:
    text = ('Pact signed\n\nThe minister called the treaty historic and said it was "a proud evening for '
            'Ruritania and its allies." The priest said it was "a sign of weakness." "It was the first day of '
            'the strike," Roe said.')
    assert _claims_of(extractor, text) == [
        ("Pact signed", None, False),
        ('"It was the first day of the strike," Roe said', "said", False),
    ]


def test_a_quoted_linking_verb_is_anchored_by_a_figure_not_by_a_name(extractor) -> None:
    text = ('Talks\n\n"Ruritania is a proud nation," Roe said. "Valdora is 40 miles away," Doe said. "The mayor '
            'remains the best hope for Ogden," Doe said. "The mayor is meeting Valdora\'s envoy," Doe said.')
    assert _claims_of(extractor, text) == [
        ('"Valdora is 40 miles away," Doe said', "said", False),
        ('"The mayor is meeting Valdora\'s envoy," Doe said', "said", False),
    ]


def test_an_organisation_kind_or_an_indefinite_name_apposition_is_a_claim(extractor) -> None:
    text = ('March\n\nProtesters from the Harvest Fund, an anti-tax group, marched. Police arrested Ali Omar, a '
            'Kessan Muslim who had lived in Valdora. "We will march again," Roe told KVLD, a Salem station.')
    # (the outlet a speaker told is part of the frame, no claim)
    assert _claims_of(extractor, text) == [
        ("Protesters from the Harvest Fund, an anti-tax group, marched", None, False),
        ("the Harvest Fund, an anti-tax group", None, False),
        ("Police arrested Ali Omar", None, False),
        ("Ali Omar, a Kessan Muslim who had lived in Valdora", None, False),
    ]


def test_a_place_glossed_against_another_is_a_claim_of_its_own(extractor) -> None:
    text = ("Raid\n\nOn May 2, police on Tenerife, off the Moroccan coast, raided two homes. The speech was given "
            "at a college in Ogden, Utah, 40 miles north of here. He lives in Salem, near his mother.")
    assert _claims_of(extractor, text) == [
        ("On May 2, police on Tenerife, off the Moroccan coast, raided two homes", None, False),
        ("Tenerife, off the Moroccan coast", None, False),
        ("The speech was given at a college in Ogden, Utah, 40 miles north of here", None, False),
        ("Ogden, Utah, 40 miles north of here", None, False),
        ("He lives in Salem, near his mother", None, False),
    ]


def test_labels_with_see_or_dismiss_and_present_effects_on_a_capacity_are_no_claims(extractor) -> None:
    text = ('Pact\n\nCritics see the plan as a betrayal. Protesters dismissed the mayor\'s remarks as selfish. The '
            'court dismissed the lawsuit. The agency says the three new ports "enhance the region\'s ability to '
            'trade and reduce the risk of another crisis." "Joining the pact helps to stabilize the border towns, '
            'which have seen many wars since 1990," Roe said. The plant reduced its workforce. The new rule cuts '
            'the risk by 30 percent.')
    assert _claims_of(extractor, text) == [
        ("The court dismissed the lawsuit", None, False),
        ("The plant reduced its workforce", None, False),
        ("The new rule cuts the risk by 30 percent", None, False),
    ]


def test_a_dated_or_named_reduced_relative_under_a_non_claim_is_claimed_alone(extractor) -> None:
    text = ("Court\n\nThe city wants the court to lift the injunction issued Thursday. Some fear the cuts demanded by "
            "the IMF could slow growth. Many worry about the harm done by last week's storms. Others hope "
            "the questions raised by Roe's death will be answered.")
    assert _claims_of(extractor, text) == [
        ("the injunction issued Thursday", None, False),
        ("the cuts demanded by the IMF", "demanded", False),  # the agent's own report
    ]


def test_an_occupation_apposition_is_a_claim_and_a_judged_superlative_one_is_not(extractor) -> None:
    text = ("Rally\n\nThe rally was led by Ann Roe, a retired pharmacist. Tom Hale, the worst mayor in the state's "
            "history, spoke last.")
    assert _claims_of(extractor, text) == [
        ("The rally was led by Ann Roe", None, False),
        ("Ann Roe, a retired pharmacist", None, False),
        ("Tom Hale, the worst mayor in the state's history, spoke last", None, False),
    ]


def test_only_a_title_attached_to_a_name_makes_its_speaker_operational(extractor) -> None:
    text = ('Talks\n\nArmy officers met Ann Roe on Monday. "The envoy holds the keys to the talks," Roe said. '
            'Police Lt. Tom Hale spoke next. "The suspect holds the keys to the car," Hale said.')
    # "officers" before a mention of Roe is a neighbour's word, not her title
    assert _claims_of(extractor, text) == [
        ("Army officers met Ann Roe on Monday", None, False),
        ("Police Lt. Tom Hale spoke next", None, False),
        ('"The suspect holds the keys to the car," Hale said', "said", False),
    ]


def test_a_result_participle_stays_with_its_clause_a_timed_or_reporting_one_does_not(extractor) -> None:
    text = ("Storm\n\nA storm hit Kalo on Monday, causing roofs to collapse and injuring 12 people. The gunman fled, "
            "surrendering only after police boxed in his car. The mayor spoke, saying the port was closed.")
    assert _claims_of(extractor, text) == [
        ("A storm hit Kalo on Monday", None, False),
        ("The gunman fled", None, False),
        ("surrendering only after police boxed in his car", None, False),
        ("The mayor spoke", None, False),
        ("saying the port was closed", "saying", False),
    ]


def test_a_mood_or_relation_deepened_or_blamed_is_an_analysis(extractor) -> None:
    text = ("Clans\n\nThe raids have deepened the rift between the two clans. The blast was a result of rising "
            "tension between the towns. The vote fuelled tension in the city. The raids have deepened the river "
            "channel. The blast was a result of a gas leak.")
    assert _claims_of(extractor, text) == [
        ("The raids have deepened the river channel", None, False),
        ("The blast was a result of a gas leak", None, False),
    ]


def test_a_subject_rated_by_most_surprising_or_more_likely_is_a_judgement(extractor) -> None:
    text = ("Poll\n\nThe most surprising part of the poll is that the mayor leads. The more likely explanation is "
            "that the tenants left. The biggest gain came in Ogden.")
    assert _claims_of(extractor, text) == [("The biggest gain came in Ogden", None, False)]


def test_an_identity_apposition_between_two_dashes_is_a_claim(extractor) -> None:
    text = "Rally\n\nDr. Sam Lee -- surgeon and author -- spoke next. The mayor -- a tall woman -- smiled."
    assert _claims_of(extractor, text) == [
        ("Dr. Sam Lee -- surgeon and author", None, False),
        ("Dr. Sam Lee -- surgeon and author -- spoke next", None, False),
        ("The mayor -- a tall woman -- smiled", None, False),
    ]


def test_a_question_or_an_aim_framed_by_be_is_no_claim(extractor) -> None:
    text = ("Talks\n\nThe question is where to find the money. The goal is smaller armies able to move fast. The "
            "problem was a faulty valve. The key is whether the union agrees.")
    assert _claims_of(extractor, text) == [("The problem was a faulty valve", None, False)]


def test_a_naming_participle_is_no_claim_and_does_not_cut_its_clause(extractor) -> None:
    text = ("Festival\n\nThousands of children sang for Marta, dubbed the town's \"little queen,\" and for Ogden, "
            "known locally as the Gate. The bridge, built in 1921, closed on Monday.")
    assert _claims_of(extractor, text) == [
        ('Thousands of children sang for Marta, dubbed the town\'s "little queen," and for Ogden, known locally as '
         "the Gate", None, False),
        ("The bridge, built in 1921", None, False),
        ("The bridge, built in 1921, closed on Monday", None, False),
    ]


def test_words_said_in_jest_or_about_everyone_are_no_claims(extractor) -> None:
    text = ('Fair\n\n"The council spent 40,000 dollars on the fountain," the mayor joked on Friday. "Everyone got '
            'pushed aside," Roe said. "Whoever fired that shot saved the children," Lee said. "No one was hurt," '
            'a police spokesman said.')
    assert _claims_of(extractor, text) == [('"No one was hurt," a police spokesman said', "said", False)]


def test_a_quoted_name_pinned_on_a_person_is_an_act_a_label_on_a_thing_is_not(extractor) -> None:
    text = ('Race\n\nRoe called the mayor a "fraud" and a "bully" on Tuesday. Lee called the plan a "disaster." '
            "Both counts carry a prison term.")
    assert _claims_of(extractor, text) == [
        ('Roe called the mayor a "fraud" and a "bully" on Tuesday', "called", False),
        ("Both counts carry a prison term", None, False),
    ]


def test_wanted_by_the_law_is_a_fact_wanting_is_not(extractor) -> None:
    text = ("Race\n\nThe sheriff says Roe is wanted as a witness in the case. Police want to find the car. Lee, who "
            "is wanted for questioning in the fire, left town.")
    assert _claims_of(extractor, text) == [
        ("The sheriff says Roe is wanted as a witness in the case", "says", False),
        ("Lee, who is wanted for questioning in the fire", None, False),
        ("Lee, who is wanted for questioning in the fire, left town", None, False),
    ]


def test_an_occupation_apposition_on_a_surname_the_document_names_is_a_claim(extractor) -> None:
    # the model does not tag this "Voss" as a person; the entity stage joins it to Dr. Harlan Voss
    text = ("Clinic\n\nPolice questioned two men in the death of Dr. Harlan Voss. Voss, 61, an obstetrician and "
            "surgeon, was killed at his home in Elmira on Friday.")
    assert _claims_of(extractor, text) == [
        ("Police questioned two men in the death of Dr. Harlan Voss", None, False),
        ("Voss, 61, an obstetrician and surgeon", None, False),
        ("Voss, 61, an obstetrician and surgeon, was killed at his home in Elmira on Friday", None, False),
    ]


def test_praise_or_blame_of_an_object_is_no_claim_whoever_reports_it(extractor) -> None:
    text = ("Mayor Praises Crews in Flood Rescue\n\nThe mayor praised the crews on Monday. Roe criticized how the "
            "votes were counted. Roe criticized the chief for closing the pool. Lee lamented that the vigil turned "
            "into a riot.")
    assert _claims_of(extractor, text) == [
        ("Roe criticized the chief for closing the pool", "criticized", False),
        ("Lee lamented that the vigil turned into a riot", "lamented", False),
    ]


def test_news_about_the_story_is_no_claim_what_the_news_says_is(extractor) -> None:
    text = ("Fire\n\nFurther details of the fire emerged on Sunday. There is more information on the blaze. New "
            "details emerged that the mayor had been warned. There was no word on the cause.")
    assert _claims_of(extractor, text) == [
        ("New details emerged that the mayor had been warned", None, False),
        ("There was no word on the cause", None, False),
    ]


def test_two_reporting_participles_give_two_claims_when_the_parse_nests_the_second(extractor) -> None:
    text = ("Road\n\nRoe wrote to the mayor on Monday, demanding that the road be reopened and saying she does not "
            "recognize the council.")
    assert _claims_of(extractor, text) == [
        ("Roe wrote to the mayor on Monday", None, False),
        ("demanding that the road be reopened", "demanding", False),
        ("saying she does not recognize the council", "saying", False),
    ]


def test_a_dated_restrictive_relative_under_a_non_claim_is_claimed_alone(extractor) -> None:
    text = "Aid\n\nWe are grateful for the aid that your crews have delivered to the valley since Monday."
    assert _claims_of(extractor, text) == [("the aid that your crews have delivered to the valley since Monday", None,
                                            False)]


def test_a_source_asking_not_to_be_named_is_no_claim(extractor) -> None:
    text = ("Plant\n\nThe plant will close in May, an official said. She asked not to be named. "
            "A second official spoke on condition of anonymity. Roe asked the court to lift the ban.")
    assert _claims_of(extractor, text) == [
        ("The plant will close in May, an official said", None, False),
        ("Roe asked the court to lift the ban", "asked", False),
    ]


def test_a_risk_judged_is_no_claim_the_event_is(extractor) -> None:
    text = "Bridge\n\nThe old bridge is in danger of collapse. The bridge collapsed on Monday."
    assert _claims_of(extractor, text) == [("The bridge collapsed on Monday", None, False)]


def test_an_event_marked_by_what_it_held_is_a_claim_a_milestone_is_not(extractor) -> None:
    text = "Rally\n\nThe rally in Ogden was marked by songs and speeches. The vote marks a turning point."
    assert _claims_of(extractor, text) == [("The rally in Ogden was marked by songs and speeches", None, False)]


def test_raising_a_charge_is_an_act_raising_questions_is_not(extractor) -> None:
    text = ("Case\n\nOn Sunday, the tenants raised complaints that a guard had hit a boy during a "
            "visit. The case raised questions about the jail.")
    assert _claims_of(extractor, text) == [
        ("On Sunday, the tenants raised complaints that a guard had hit a boy during a visit", None,
         False),
    ]


def test_a_published_figure_graded_is_a_claim_a_design_graded_is_not(extractor) -> None:
    text = ("Mill\n\nOrders at the mill have been unusually weak, and earnings remained solid. "
            "The new logo was extremely bold.")
    assert _claims_of(extractor, text) == [
        ("Orders at the mill have been unusually weak", None, False),
        ("earnings remained solid", None, False),
    ]


def test_a_rank_in_a_named_field_is_background_a_judged_one_is_not(extractor) -> None:
    text = ("Farm\n\nThe deal was signed by Tarvo Mills, the county's largest employer, on a wet morning. "
            "Ann Roe, the town's best baker, was there too.")
    assert _claims_of(extractor, text) == [
        ("The deal was signed by Tarvo Mills, the county's largest employer, on a wet morning", None, False),
        ("Tarvo Mills, the county's largest employer", None, False),
        ("Ann Roe, the town's best baker, was there too", None, False),
    ]


def test_a_place_glossed_with_a_converted_distance_is_a_claim_that_cuts_nothing(extractor) -> None:
    text = ("Depot\n\nInspectors found 200 crates of fake watches on Monday in a depot in Boulder, "
            "30 miles (48 km) north of Denver.")
    assert _claims_of(extractor, text) == [
        ("Inspectors found 200 crates of fake watches on Monday in a depot in Boulder, 30 miles (48 km) north "
         "of Denver", None, False),
        ("Boulder, 30 miles (48 km) north of Denver", None, False),
    ]


def test_an_aside_closing_a_longer_aside_is_no_claim_of_its_own(extractor) -> None:
    text = "Deal\n\nThe boat was sold by Ann Roe, president of Tarn Ltd, a ferry firm based in Duluth."
    assert _claims_of(extractor, text) == [
        ("The boat was sold by Ann Roe", None, False),
        ("Ann Roe, president of Tarn Ltd, a ferry firm based in Duluth", None, False),
    ]


def test_what_was_done_to_someone_stays_a_claim_however_it_is_judged(extractor) -> None:
    text = ("Talks\n\n\"We were wrongly shut out of the budget meeting in May,\" said Sam Lee, the party's leader. "
            "\"The mayor acted unjustly,\" Lee said.")
    assert _claims_of(extractor, text) == [
        ("\"We were wrongly shut out of the budget meeting in May,\" said Sam Lee, the party's leader", "said", False),
    ]


def test_an_aside_inside_a_list_does_not_cut_the_clause(extractor) -> None:
    text = "Arrest\n\nPolice arrested Ann Roe, a nurse from Ogden, and her brother on Monday."
    assert _claims_of(extractor, text) == [
        ("Police arrested Ann Roe, a nurse from Ogden, and her brother on Monday", None, False),
        ("Ann Roe, a nurse from Ogden", None, False),
    ]


def test_welcoming_a_thing_appraises_it_welcoming_people_receives_them(extractor) -> None:
    text = ("Vote\n\nThe mayor welcomed the new census results during a radio interview. "
            "The mayor welcomed the delegates at the airport on Friday.")
    assert _claims_of(extractor, text) == [
        ("The mayor welcomed the delegates at the airport on Friday", None, False),
    ]


def test_considering_a_thing_something_is_a_view_considering_a_step_is_an_act(extractor) -> None:
    text = ("Sale\n\nThe managers said they consider the plant vital to the town. "
            "The board is considering a sale of the plant.")
    assert _claims_of(extractor, text) == [("The board is considering a sale of the plant", None, False)]


def test_an_apposition_headed_by_a_nationality_or_an_adjective_and_noun_is_background(extractor) -> None:
    text = ("Fete\n\nThe crowd sang for Marco, the 8-year-old Peruvian whose rescue at sea set off a feud. "
            "The prize went to Ruiz, the radical and poet who led the 1921 strike.")
    assert _claims_of(extractor, text) == [
        ("The crowd sang for Marco", None, False),
        ("Marco, the 8-year-old Peruvian whose rescue at sea set off a feud", None, False),
        ("The prize went to Ruiz", None, False),
        ("Ruiz, the radical and poet who led the 1921 strike", None, False),
    ]


def test_one_of_the_largest_is_a_rank_to_check(extractor) -> None:
    text = "Notes\n\nThe mill is owned by Tarn Ltd, one of the biggest firms in Ohio."
    assert _claims_of(extractor, text) == [
        ("The mill is owned by Tarn Ltd", None, False),
        ("Tarn Ltd, one of the biggest firms in Ohio", None, False),
    ]


def test_a_contrast_with_even_as_is_a_claim_of_its_own(extractor) -> None:
    text = ("Notes\n\nPolice did not enforce the curfew on Friday, even as crowds marched through the city. "
            "Just as the bell rang, the roof fell in.")
    assert _claims_of(extractor, text) == [
        ("Police did not enforce the curfew on Friday", None, False),
        ("crowds marched through the city", None, False),
        ("Just as the bell rang, the roof fell in", None, False),
    ]
