"""Dates on self-written sentences: spans without prepositions and TimeML values, exactly."""

from __future__ import annotations

import pytest


def _dates(extractor, sentence: str, published: str | None = None) -> list[tuple]:
    text = "Headline\n\n" + sentence
    record = extractor.extract_text(text, doc_id="t", published=published)
    out = []
    for d in record["dates"]:
        assert text[d["start"] : d["end"]] == d["text"]
        out.append((d["text"], d["type"], d["value"]))
    return out


CASES = [
    (
        "On Tuesday, gunmen attacked the school; the army said on Friday night that order was restored.",
        [("Tuesday", "DATE", "XXXX-WXX-2"), ("Friday night", "TIME", "XXXX-WXX-5TNI")],
        [("Tuesday", "DATE", "2011-11-08"), ("Friday night", "TIME", "2011-11-11TNI")],
    ),
    (
        "The strike lasted three days, after five decades of peace, and attacks happen near-daily.",
        [("three days", "DURATION", "P3D"), ("five decades", "DURATION", "P50Y"), ("near-daily", "SET", "P1D")],
        [("three days", "DURATION", "P3D"), ("five decades", "DURATION", "P50Y"), ("near-daily", "SET", "P1D")],
    ),
    (
        "Trade worth billions passes through the strait each year, and talks are held every Thursday.",
        [("each year", "SET", "P1Y"), ("every Thursday", "SET", "XXXX-WXX-4")],
        [("each year", "SET", "P1Y"), ("every Thursday", "SET", "XXXX-WXX-4")],
    ),
    (
        "Officials said last week that the vote, held in early March, was delayed since 2020.",
        [("last week", "DATE", "XXXX-WXX"), ("early March", "DATE", "XXXX-03"), ("2020", "DATE", "2020")],
        [("last week", "DATE", "2011-W44"), ("early March", "DATE", "2011-03"), ("2020", "DATE", "2020")],
    ),
    (
        "The blast happened at about 0630 GMT on Monday.",
        [("0630 GMT", "TIME", "XXXX-WXX-1T06:30"), ("Monday", "DATE", "XXXX-WXX-1")],
        [("0630 GMT", "TIME", "2011-11-07T06:30"), ("Monday", "DATE", "2011-11-07")],
    ),
    (
        "Police said yesterday that the suspect was arrested this week.",
        [("this week", "DATE", "XXXX-WXX")],
        [("yesterday", "DATE", "2011-11-10"), ("this week", "DATE", "2011-W45")],
    ),
    (
        "The minister will visit Paris next month and meet the president on Thursday.",
        [("next month", "DATE", "XXXX-XX"), ("Thursday", "DATE", "XXXX-WXX-4")],
        [("next month", "DATE", "2011-12"), ("Thursday", "DATE", "2011-11-17")],
    ),
    (
        "Monday's shooting follows two last week in Atlanta.",
        [("Monday", "DATE", "XXXX-WXX-1"), ("last week", "DATE", "XXXX-WXX")],
        [("Monday", "DATE", "2011-11-07"), ("last week", "DATE", "2011-W44")],
    ),
]


@pytest.mark.parametrize(("sentence", "unanchored", "anchored"), CASES)
def test_dates_without_publication_date(extractor, sentence: str, unanchored: list, anchored: list) -> None:
    assert _dates(extractor, sentence) == unanchored


@pytest.mark.parametrize(("sentence", "unanchored", "anchored"), CASES)
def test_dates_with_publication_date(extractor, sentence: str, unanchored: list, anchored: list) -> None:
    """Published Friday 2011-11-11: relative expressions resolve, preferring the past."""
    assert _dates(extractor, sentence, published="2011-11-11") == anchored


def test_weekdays_after_last_week_fall_in_that_week(extractor) -> None:
    text = ("Monday's shooting follows two last week in other cities.\n"
            "In Atlanta on Tuesday, a man shot his former girlfriend.\n"
            "On Monday in Seattle, a gunman killed his former girlfriend.")
    assert _dates(extractor, text, published="2007-04-10") == [
        ("Monday", "DATE", "2007-04-09"),
        ("last week", "DATE", "2007-W14"),
        ("Tuesday", "DATE", "2007-04-03"),
        ("Monday", "DATE", "2007-04-02"),
    ]


def test_vague_expressions_are_left_out(extractor) -> None:
    assert _dates(extractor, "Historically, attacks were rare, but recently they have grown.") == []


def test_ages_are_not_dates(extractor) -> None:
    assert _dates(extractor, "The suspect, 38-year-old Anthony Smith, and Jane Doe, 42, were held.") == []


def test_rates_and_everyday_are_sets(extractor) -> None:
    """ "Dh4,275 a month" is a frequency; "everyday" as an adverb too, but not "everyday life"."""
    assert _dates(extractor, "Workers earn Dh4,275 a month and hear noises everyday, in everyday life.",
                  published="2010-05-05") == [("a month", "SET", "P1M"), ("everyday", "SET", "P1D")]


def test_deictic_day_with_part_of_day_is_one_time(extractor) -> None:
    text = "The quake struck yesterday afternoon, and police said this morning that the search went on last night."
    assert _dates(extractor, text, published="2010-05-05") == [
        ("yesterday afternoon", "TIME", "2010-05-04TAF"),
        ("this morning", "TIME", "2010-05-05TMO"),
        ("last night", "TIME", "2010-05-04TNI"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The government was preparing for the measures to be voted on Thursday.", "2010-05-06"),
        ("The council is meeting on Friday.", "2010-05-07"),
        ("The council is going to vote on Monday.", "2010-05-10"),
        ("Police said the man was arrested on Thursday.", "2010-04-29"),
        ("Rebels have been fighting the army since Monday.", "2010-05-03"),
        ("The two leaders meet separately Monday with the secretary of state.", "2010-05-10"),
        ("The group could leave for the United States as early as Tuesday.", "2010-05-11"),
        ("In Atlanta on Tuesday, police say a man shot his former girlfriend.", "2010-05-04"),
    ],
)
def test_weekday_direction_follows_the_verb(extractor, sentence: str, value: str) -> None:
    """Published Wednesday 2010-05-05: an infinitive or a present progressive looks ahead."""
    assert [d[2] for d in _dates(extractor, sentence, published="2010-05-05")] == [value]


def test_headline_present_tells_the_past(extractor) -> None:
    record = extractor.extract_text("Gunman kills three on Monday\n\nPolice said the man fled.", doc_id="t",
                                    published="2010-05-05")
    assert [(d["text"], d["value"]) for d in record["dates"]] == [("Monday", "2010-05-03")]


def test_weekend_as_a_modifier_is_no_date(extractor) -> None:
    assert _dates(extractor, "The island is a popular weekend sunshine getaway, and the weekend violence ended.",
                  published="2005-11-28") == [("the weekend", "DATE", "2005-W47-WE")]


def test_weekday_qualifier_and_clock_time_anchored_to_the_story(extractor) -> None:
    """ "late Friday" keeps its qualifier; a later clock time with no date takes the story's day."""
    sentence = "Fighting broke out late Friday. A spokesman said the shots were fired at about 9:40 p.m. near a market."
    assert _dates(extractor, sentence, "2012-03-10") == [
        ("late Friday", "DATE", "2012-03-09"),
        ("9:40 p.m.", "TIME", "2012-03-09T21:40"),
    ]
    assert _dates(extractor, sentence) == [("late Friday", "DATE", "XXXX-WXX-5"), ("9:40 p.m.", "TIME", "T21:40")]


def test_the_same_day_takes_the_date_just_mentioned(extractor) -> None:
    sentence = "Rebels attacked on Monday. On Tuesday the army struck back, and the same day the president resigned."
    assert _dates(extractor, sentence, "2012-03-10") == [
        ("Monday", "DATE", "2012-03-05"),
        ("Tuesday", "DATE", "2012-03-06"),
        ("the same day", "DATE", "2012-03-06"),
    ]
    assert _dates(extractor, sentence) == [("Monday", "DATE", "XXXX-WXX-1"), ("Tuesday", "DATE", "XXXX-WXX-2")]

