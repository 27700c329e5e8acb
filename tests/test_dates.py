"""Dates on self-written sentences: spans without prepositions and TimeML values, exactly."""

from __future__ import annotations

import pytest

from extractor.pipes.dates.normalise import normalise


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
        [("yesterday", "DATE", "XXXX-XX-XX"), ("this week", "DATE", "XXXX-WXX")],
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
    assert _dates(extractor, sentence) == [
        ("Monday", "DATE", "XXXX-WXX-1"),
        ("Tuesday", "DATE", "XXXX-WXX-2"),
        ("the same day", "DATE", "XXXX-WXX-2"),
    ]


def test_relative_days_without_publication_date_are_underspecified(extractor) -> None:
    """No dateline: "yesterday" is some day, "tonight" some night, "two weeks ago" some week."""
    text = ("Yesterday, police said the officers fired at the man.\n"
            "Tonight, a crowd gathered to mourn him.\n"
            "He had moved to the city two weeks ago and was arrested just before midnight yesterday.")
    assert _dates(extractor, text) == [
        ("Yesterday", "DATE", "XXXX-XX-XX"),
        ("Tonight", "TIME", "XXXX-XX-XXTNI"),
        ("two weeks ago", "DATE", "XXXX-WXX"),
        ("midnight", "TIME", "XXXX-XX-XXT24:00"),
        ("yesterday", "DATE", "XXXX-XX-XX"),
    ]


def test_bounded_and_fractional_durations(extractor) -> None:
    """The bound ("less than", "about", "more than") stays out of the span; "half an hour" is 30 minutes."""
    text = ("The jury reached its verdict in less than a day.\n"
            "She said they talked for about half an hour, and the fighting lasted more than five hours.\n"
            "Deputies found him hiding in a bathtub three hours later.")
    assert _dates(extractor, text, published="2007-04-04") == [
        ("a day", "DURATION", "P1D"),
        ("half an hour", "DURATION", "PT30M"),
        ("five hours", "DURATION", "PT5H"),
        ("three hours", "DURATION", "PT3H"),  # the length, as "two weeks before the shooting" (heldout A16)
    ]


def test_nights_and_lengths_before_a_noun(extractor) -> None:
    """Nights count as days; a hyphenated length keeps out the noun it measures; "last night" is a time
    and an "18-year old" an age."""
    text = ("Protesters clashed with police for four nights. He ran a 10-minute mile last night, and an "
            "18-year old watched.")
    assert _dates(extractor, text, published="2010-05-06") == [
        ("four nights", "DURATION", "P4D"),
        ("10-minute", "DURATION", "PT10M"),
        ("last night", "TIME", "2010-05-05TNI"),
    ]


def test_early_hours_take_the_day_of_the_story(extractor) -> None:
    text = ("Neighbours called police on Saturday after they heard screams.\n"
            'One said: "I heard screaming in the early hours."')
    assert _dates(extractor, text, published="2013-06-10") == [
        ("Saturday", "DATE", "2013-06-08"),
        ("the early hours", "TIME", "2013-06-08TMO"),
    ]
    assert _dates(extractor, text) == [
        ("Saturday", "DATE", "XXXX-WXX-6"),
        ("the early hours", "TIME", "XXXX-WXX-6TMO"),
    ]


def test_deferral_points_forward_and_names_are_no_dates(extractor) -> None:
    """Published Friday 2013-04-12: "postponing ... until Monday" is the coming Monday; the "Daily" of
    a newspaper's name is no frequency, and the sentence still gets its noon."""
    text = ("The judge adjourned the hearing until Monday.\n"
            "A witness told the Daily News the jury read its sentence shortly before noon Tuesday.")
    assert _dates(extractor, text, published="2013-04-12") == [
        ("Monday", "DATE", "2013-04-15"),
        ("noon", "TIME", "2013-04-09T12:00"),
        ("Tuesday", "DATE", "2013-04-09"),
    ]



def test_month_day_takes_the_year_of_its_sentence_and_ranges_run_forward(extractor) -> None:
    """A month and day without a year share the year written beside them; the end of a range is not
    before its start; a present passive with a date schedules ("is sentenced May 7")."""
    text = ("The deputy was killed June 24, 2005, while investigating a June 20 shooting.\n"
            "The bank will buy shares at that price from today through Nov. 17.\n"
            "He faces life in prison when he is sentenced May 7.")
    assert _dates(extractor, text, published="2007-10-27") == [
        ("June 24, 2005", "DATE", "2005-06-24"),
        ("June 20", "DATE", "2005-06-20"),
        ("today", "DATE", "2007-10-27"),
        ("Nov. 17", "DATE", "2007-11-17"),
        ("May 7", "DATE", "2008-05-07"),
    ]


def test_clock_time_and_day_in_one_expression(extractor) -> None:
    """Published Friday 2013-03-22: the model's single span "15:00 GMT Saturday" is split into the TIME and
    its weekday's DATE (annotation B34: the weekday is also its own DATE); where the model splits clock and
    day, the clock time still takes the day."""
    text = ("The qualifier has been postponed until 15:00 GMT Saturday because of heavy snow.\n"
            "Police said the fire started at 8:30pm Thursday inside the old factory.")
    assert _dates(extractor, text, published="2013-03-22") == [
        ("15:00 GMT", "TIME", "2013-03-23T15:00"),
        ("Saturday", "DATE", "2013-03-23"),
        ("8:30pm", "TIME", "2013-03-21T20:30"),
        ("Thursday", "DATE", "2013-03-21"),
    ]


def test_named_month_with_last_and_period_ended_on_a_date(extractor) -> None:
    """Published 1989-10-27: "last June" is June 1989; "the quarter ended Sept. 30" is two dates."""
    text = ("The company bought the stake last June.\n"
            "Officials were not available to comment late yesterday.\n"
            "It earned $9 million in the quarter ended Sept. 30.")
    assert _dates(extractor, text, published="1989-10-27") == [
        ("last June", "DATE", "1989-06"),
        ("late yesterday", "DATE", "1989-10-26"),
        ("the quarter", "DATE", "1989-Q3"),
        ("Sept. 30", "DATE", "1989-09-30"),
    ]


def test_clock_readings_with_hours_parentheses_and_local_time(extractor) -> None:
    """Published Monday 2005-11-28: "09:10 hours (0440 GMT) on Monday" are two clock readings of one
    moment on that Monday; "1353 (1023 GMT)" is a clock, not a year; "local time" does not keep a clock
    from the day after it; a clock "in the morning of" a day-first date is one TIME."""
    text = ("The institute registered an aftershock at 09:10 hours (0440 GMT) on Monday.\n"
            "The quake, which struck at 1353 (1023 GMT), was felt in Dubai.\n"
            "Jets bombed the camp at 2:53 p.m. local time today.\n"
            "The frigate spotted the skiffs at 9:25 in the morning of the 10th of Nov, officials said.")
    assert _dates(extractor, text, published="2005-11-28") == [
        ("09:10 hours", "TIME", "2005-11-28T09:10"),
        ("0440 GMT", "TIME", "2005-11-28T04:40"),
        ("Monday", "DATE", "2005-11-28"),
        ("1353", "TIME", "2005-11-28T13:53"),
        ("1023 GMT", "TIME", "2005-11-28T10:23"),
        ("2:53 p.m.", "TIME", "2005-11-28T14:53"),
        ("today", "DATE", "2005-11-28"),
        ("9:25 in the morning of the 10th of Nov", "TIME", "2005-11-10T09:25"),
    ]


def test_story_anchored_offsets_and_neighbour_days(extractor) -> None:
    """Published 2007-05-02: "June 24" after "June 2005" is that June; "the previous day" is the day
    before the day just dated, and a second one names the same day; "a year earlier" moves the time
    just named back a year at its grain; "a year before" is an offset from an event (DURATION)."""
    text = ("The deputy was ambushed in June 2005.\n"
            "He was killed on June 24, while asking about a robbery that had taken place the previous day.\n"
            "The suspect in the previous day's robbery appeared at the door.\n"
            "The county earned $5 million in the third quarter of 2006, up from $3 million a year earlier.\n"
            "Less than a year before, a detective had shot an unarmed man nearby.")
    assert _dates(extractor, text, published="2007-05-02") == [
        ("June 2005", "DATE", "2005-06"),
        ("June 24", "DATE", "2005-06-24"),
        ("the previous day", "DATE", "2005-06-23"),
        ("the previous day", "DATE", "2005-06-23"),
        ("the third quarter of 2006", "DATE", "2006-Q3"),
        ("a year earlier", "DATE", "2005-Q3"),
        ("a year before", "DURATION", "P1Y"),
    ]


def test_tense_of_scheduling_verbs_deadlines_and_participles(extractor) -> None:
    """Published Wednesday 2010-05-05: a past perfect "had been scheduled" and a told "set out" look
    back; "by Friday" in the present is a deadline ahead; "penciled in for October" schedules; a
    participle clause takes the tense of its main verb; "last April" said in May is the year before
    (the month just gone would be "last month")."""
    text = ("The truce had been scheduled to expire at midnight Friday.\n"
            "Police said the deputy set out without a partner Friday.\n"
            "The goal is passage by Friday.\n"
            "A three-day trial was penciled in for October.\n"
            "The region split off in July after voting in a January referendum.\n"
            "Prices rose sharply last April.")
    assert _dates(extractor, text, published="2010-05-05") == [
        ("midnight Friday", "TIME", "2010-04-30T24:00"),
        ("Friday", "DATE", "2010-04-30"),
        ("Friday", "DATE", "2010-05-07"),
        ("three-day", "DURATION", "P3D"),
        ("October", "DATE", "2010-10"),
        ("July", "DATE", "2009-07"),
        ("January", "DATE", "2010-01"),
        ("last April", "DATE", "2009-04"),
    ]


def test_year_ranges_trailing_prepositions_and_names(extractor) -> None:
    """A hyphenated year range is two DATEs; the model's "3 at" before a clock time is no date; a
    capitalised "Daily" inside a name is no frequency even when the model misses the name."""
    text = ("Some 2 million died in the latest war, from 1983-2005.\n"
            "He is to appear in Division 3 at 1:45 p.m. today.\n"
            "A witness told the Daily Clarion that the youth had no gun.")
    assert _dates(extractor, text, published="2011-11-10") == [
        ("1983", "DATE", "1983"),
        ("2005", "DATE", "2005"),
        ("1:45 p.m.", "TIME", "2011-11-10T13:45"),
        ("today", "DATE", "2011-11-10"),
    ]


def test_named_clock_times_weekday_dates_and_rates(extractor) -> None:
    """ "noon EDT" is a clock time on the day the story has dated (not dateparser's day before); a
    weekday before its date is its own DATE with that date's value; "two nights a week" is one SET
    and "a day" after a counted noun a rate, but "in a day" a length (DURATION)."""
    text = ("A gunman opened fire at a clinic in Ohio on Tuesday morning, police said.\n"
            "The chief spoke to reporters shortly after noon EDT.\n"
            "Neighbours heard shots at about 9:15 a.m.\n"
            "The hearing was held on Friday, March 2, in the county court.\n"
            "The clinic serves four hundred patients a day, two nights a week.\n"
            "Staff handled three emergencies in a day.")
    assert _dates(extractor, text, published="2012-03-06") == [
        ("Tuesday morning", "TIME", "2012-03-06TMO"),
        ("noon EDT", "TIME", "2012-03-06T12:00"),
        ("9:15 a.m.", "TIME", "2012-03-06T09:15"),
        ("Friday", "DATE", "2012-03-02"),
        ("March 2", "DATE", "2012-03-02"),
        ("a day", "SET", "P1D"),
        ("two nights a week", "SET", "P1W"),
        ("a day", "DURATION", "P1D"),
    ]


def test_previous_and_following_weekday_and_called_off_events(extractor) -> None:
    """ "the previous Friday" is the Friday before the day the story dates, else before publication;
    an event "planned for Saturday" that "was canceled" takes the nearest reading, not the future."""
    text = ("Shares fell 3% on Wednesday, May 8, from the previous Friday.\n"
            "The talks ended on Tuesday. The two sides met again the following Friday.\n"
            "The board said the previous Friday that sales had fallen.\n"
            "A memorial service planned for Saturday was canceled after the threats.")
    assert _dates(extractor, text, published="2013-05-15") == [
        ("Wednesday", "DATE", "2013-05-08"),
        ("May 8", "DATE", "2013-05-08"),
        ("the previous Friday", "DATE", "2013-05-03"),
        ("Tuesday", "DATE", "2013-05-14"),
        ("the following Friday", "DATE", "2013-05-17"),
        ("the previous Friday", "DATE", "2013-05-10"),
        ("Saturday", "DATE", "2013-05-11"),
    ]
    assert _dates(extractor, "He left the previous Friday.") == [("the previous Friday", "DATE", "XXXX-WXX-5")]


def test_lengths_the_model_misses_and_relative_units(extractor) -> None:
    """ "a month earlier than usual" is the length "a month"; "an hour", "a week" and "24 hours" are
    durations; "the last week" is the week before; "each season" is yearly; "This year's" is this year;
    a clock time and its weekday are two expressions, the time anchored to the (deferred, future) day."""
    text = ("The outbreak began about a month earlier than usual. An hour before the vote, she arrived.\n"
            "The ban comes just over a week before the election, and he served for a mere 24 hours.\n"
            "Nine cases were reported in the last week. Farmers plant each season. This year's crop is small.\n"
            "The final has been postponed until 14:30 GMT Sunday.")
    assert _dates(extractor, text, published="2013-03-22") == [
        ("a month", "DURATION", "P1M"),
        ("An hour", "DURATION", "PT1H"),
        ("a week", "DURATION", "P1W"),
        ("24 hours", "DURATION", "PT24H"),
        ("the last week", "DATE", "2013-W11"),
        ("each season", "SET", "P1Y"),
        ("This year", "DATE", "2013"),
        ("14:30 GMT", "TIME", "2013-03-24T14:30"),
        ("Sunday", "DATE", "2013-03-24"),
    ]
    assert _dates(extractor, "He came a second time; babies 6 months and older were seen, and "
                             "two days later the show This Week With Anna aired.", published="2013-03-22") == [
        ("two days", "DURATION", "P2D"),
    ]


def test_weekday_inside_a_span_that_cannot_be_read(extractor) -> None:
    """ "the day Friday", "Friday to March's": the model's span has no value, the weekday in it has."""
    text = "During the day Friday, talks went on; a revision Friday to March's figures cut growth."
    assert _dates(extractor, text, published="2013-03-22") == [
        ("Friday", "DATE", "2013-03-22"),
        ("Friday", "DATE", "2013-03-22"),
    ]


def test_clock_time_before_a_weekday_night(extractor) -> None:
    """ "8:30pm Thursday night": the clock time takes the day of the night written after it."""
    assert _dates(extractor, "The fire broke out just after 8:30pm Thursday night inside the old mill.",
                  published="2013-03-22") == [
        ("8:30pm", "TIME", "2013-03-21T20:30"),
        ("Thursday night", "TIME", "2013-03-21TNI"),
    ]


def test_day_ranges_o_clock_and_the_end_of_the_year(extractor) -> None:
    """ "Sept. 19 to 22" and "March 3-5": the closing day takes the month; "three o'clock in the morning"
    is a clock time; "the end of the year" is the year only (heldout4 19), the year a past sentence names."""
    assert _dates(extractor, "The poll ran from Sept. 19 to 22, and the talks from March 3-5.",
                  published="2016-09-30") == [
        ("Sept. 19", "DATE", "2016-09-19"),
        ("22", "DATE", "2016-09-22"),
        ("March 3", "DATE", "2016-03-03"),
        ("5", "DATE", "2016-03-05"),
    ]
    assert _dates(extractor, "He posted at three o'clock in the morning. The plant will close by the end of "
                             "the year. Sales fell in 2015 but recovered by the end of the year.",
                  published="2016-09-30") == [
        ("three o'clock in the morning", "TIME", "T03:00"),
        ("the end of the year", "DATE", "2016"),
        ("2015", "DATE", "2015"),
        ("the end of the year", "DATE", "2015"),
    ]


def test_frequencies_full_lengths_as_of_parts_of_day_and_month_names(extractor) -> None:
    """ "every morning" is a SET; "five full days" and "two more weeks" are lengths; "as of Friday" takes
    the tense of its clause, not of the participle "left"; "in the evening" is the evening of the day just
    dated (none dated: left out); a month that opens a capitalised name ('his own "October Surprise"',
    "the October Revolution") is no date."""
    assert _dates(extractor, "She walks the dog every morning and every evening.", published="2016-11-03") == [
        ("every morning", "SET", "P1D"),
        ("every evening", "SET", "P1D"),
    ]
    assert _dates(extractor, "With five full days of the fair still to run as of Friday, the stalls are "
                             "busy, and the clean-up may take two more weeks.", published="2016-11-03") == [
        ("five full days", "DURATION", "P5D"),
        ("Friday", "DATE", "2016-11-04"),
        ("two more weeks", "DURATION", "P2W"),
    ]
    assert _dates(extractor, "As of Friday, 300 runners had registered.", published="2016-11-03") == [
        ("Friday", "DATE", "2016-10-28"),
    ]
    assert _dates(extractor, "The governor toured Akron on Thursday afternoon. Her speech in the evening "
                             "was about jobs.", published="2016-11-04") == [
        ("Thursday afternoon", "TIME", "2016-11-03TAF"),
        ("the evening", "TIME", "2016-11-03TEV"),
    ]
    assert _dates(extractor, "He likes to run in the evening.", published="2016-11-04") == []
    assert _dates(extractor, 'He called the film his own "October Surprise" and praised the October '
                             "Revolution, which began in October.", published="2016-11-04") == [
        ("October", "DATE", "2016-10"),
    ]


# Added in session 6 (recall): month with a relative year, parts of a written year, year-end,
# a part of a year after a dated month, and a month-day a few days ahead under a past verb.
@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The rebels took the town in June last year and lost it in January this year.", "2014-05-02",
         [("June last year", "DATE", "2013-06"), ("January this year", "DATE", "2014-01")]),
        ("The bonds can be redeemed after the end of 2019.", "2014-05-02",
         [("the end of 2019", "DATE", "2019")]),
        ("The merger should be completed by year-end.", "2014-05-02", [("year-end", "DATE", "2014")]),
        ("Cases rose in early December and peaked by the end of year.", "2014-03-10",
         [("early December", "DATE", "2013-12"), ("the end of year", "DATE", "2013")]),
        ("The mayor gave no reason for the Jan. 20 deadline.", "2015-01-09",
         [("Jan. 20", "DATE", "2015-01-20")]),
        ("The mayor resigned on Dec. 28.", "2015-01-09", [("Dec. 28", "DATE", "2014-12-28")]),
    ],
)
def test_session6_recall(extractor, sentence: str, published: str, expected: list) -> None:
    assert _dates(extractor, sentence, published) == expected


def test_a_past_last_week_does_not_pull_later_weekdays_into_it(extractor) -> None:
    """ "last week" told in the past dates one event; a weekday after it keeps its own reading."""
    text = ("Inspectors questioned two workers last week about the fire.\n"
            "On Friday, the company began recalling its heaters.")
    assert _dates(extractor, text, published="2011-11-11") == [
        ("last week", "DATE", "2011-W44"),
        ("Friday", "DATE", "2011-11-11"),
    ]


def test_year_ago_compares_with_the_quarter_the_story_names(extractor) -> None:
    """ "a year ago" after a named quarter is the year-ago quarter; "a year earlier" shifts the quarter,
    not the day that closes it, nor another offset."""
    text = ("Acme Corp. said third-quarter profit rose to $5 million from $4 million a year ago. Sales for the "
            "quarter ended Sept. 30 climbed 8% from a year earlier, and costs fell from a year earlier.")
    assert _dates(extractor, text, published="2011-11-02") == [
        ("third-quarter", "DATE", "2011-Q3"),
        ("a year ago", "DATE", "2010-Q3"),
        ("the quarter", "DATE", "2011-Q3"),
        ("Sept. 30", "DATE", "2011-09-30"),
        ("a year earlier", "DATE", "2010-Q3"),
        ("a year earlier", "DATE", "2010-Q3"),
    ]
    assert _dates(extractor, "The ship sank a year ago.", published="2011-11-02") == [("a year ago", "DATE", "2010")]


def test_business_periods_take_their_place_among_the_story_quarters(extractor) -> None:
    """Periods placed by a year back, a written year, "current"/"latest", a year's possessive or an ordinal half;
    a fourth quarter not yet begun when told in the past is last year's."""
    text = ("Acme earned $5 million in the third quarter, compared with $4 million in the year-ago quarter. "
            "The year-earlier period included a gain. In the 1988 quarter, costs rose. Sales in the current "
            "quarter will rise, and next year's first quarter looks weak. Sales for the first half rose from the "
            "comparable period last year.")
    assert _dates(extractor, text, published="1989-11-01") == [
        ("the third quarter", "DATE", "1989-Q3"),
        ("the year-ago quarter", "DATE", "1988-Q3"),
        ("The year-earlier period", "DATE", "1988-Q3"),
        ("the 1988 quarter", "DATE", "1988-Q3"),
        ("the current quarter", "DATE", "1989-Q4"),
        ("next year's first quarter", "DATE", "1990-Q1"),
        ("the first half", "DATE", "1989-H1"),
        ("the comparable period last year", "DATE", "1988-Q3"),
    ]
    assert _dates(extractor, "Acme reported a drop in profits for the fourth quarter, and said that third-quarter "
                             "sales will be flat.", published="1998-01-26") == [
        ("the fourth quarter", "DATE", "1997-Q4"),
        ("third-quarter", "DATE", "1998-Q3"),
    ]


def test_a_month_year_naming_a_recalled_event_lends_no_year(extractor) -> None:
    """A month written with its year lends the year to a later month-day ("in June 2010 ... on June 24"), but
    not when it only names a known event before its noun ("the August 1988 truce")."""
    text = "The August 1988 truce ended the war. Troops crossed the border on Aug. 2 and took the city."
    assert _dates(extractor, text, published="1990-08-15") == [
        ("August 1988", "DATE", "1988-08"),
        ("Aug. 2", "DATE", "1990-08-02"),
    ]
    text = "The factory closed in June 2010. Workers were laid off on June 24."
    assert _dates(extractor, text, published="2011-03-15") == [
        ("June 2010", "DATE", "2010-06"),
        ("June 24", "DATE", "2010-06-24"),
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # "would": a future seen from a past telling, so the nearest reading (April ahead, not last April)
        ("The treaty would be signed at the summit on April 24.", "1999-02-10", "1999-04-24"),
        # "is to" + infinitive: an arrangement still ahead
        ("The stock is to resume trading in Paris Tuesday.", "1989-10-27", "1989-10-31"),
        # a deadline a day before publication under a future reading is that day, not next year's
        ("The agency ordered the family to return the boy by Jan. 14.", "2000-01-15", "2000-01-14"),
        ("The talks will resume on Jan. 3.", "2000-01-15", "2001-01-03"),
    ],
)
def test_would_is_to_and_a_deadline_just_passed(extractor, sentence: str, published: str, value: str) -> None:
    assert [d[2] for d in _dates(extractor, sentence, published)] == [value]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks lasted several months, and the next few days will tell.",
         [("several months", "DURATION", "PXM"), ("the next few days", "DURATION", "PXD")]),
        ("It took a couple of years and then 2 1/2 years more.",
         [("a couple of years", "DURATION", "P2Y"), ("2 1/2 years", "DURATION", "P2Y6M")]),
        ("The flight took 5 1/2 hours; the stop lasted a minute and a half.",
         [("5 1/2 hours", "DURATION", "PT5H30M"), ("a minute and a half", "DURATION", "PT1M30S")]),
        ("It happened a few days ago.", []),
        ("The plan was adopted in nineteen ninety-six and dropped in the year two thousand.",
         [("nineteen ninety-six", "DATE", "1996"), ("the year two thousand", "DATE", "2000")]),
        ("The firm was founded in 1994. The following year it went public. Later that year it failed.",
         [("1994", "DATE", "1994"), ("The following year", "DATE", "1995"), ("Later that year", "DATE", "1995")]),
        ("The fire was on Oct. 23. Earlier that day he had called. The following month the suspect fled.",
         [("Oct. 23", "DATE", "1998-10-23"), ("Earlier that day", "DATE", "1998-10-23"),
          ("The following month", "DATE", "1998-11")]),
    ],
)
def test_vague_and_fractional_lengths_spelled_years_and_story_units(extractor, sentence: str, expected: list) -> None:
    """Published 1998-11-05."""
    assert _dates(extractor, sentence, "1998-11-05") == expected


def test_unchanging_past_form_and_each_month(extractor) -> None:
    """ "hurt" after a singular subject cannot be present (it would be "hurts"); "each July" is a SET."""
    assert _dates(extractor, "Weakness in big stocks hurt the index on Friday.", "1989-10-30") == [
        ("Friday", "DATE", "1989-10-27"),
    ]
    assert _dates(extractor, "The bands march each July, and the fair opens every May.", "1998-03-22") == [
        ("each July", "SET", "XXXX-07"),
        ("every May", "SET", "XXXX-05"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The board created a new office, effective Feb. 1.", "1990-02-01"),
        ("The regulator gave the firm until mid-November to reply.", "1989-11"),
        ("The bank extended loans through January.", "1990-01"),
        ("The strike had lasted until March.", "1989-03"),
    ],
)
def test_effective_dates_and_ends_of_spans(extractor, sentence: str, value: str) -> None:
    """Published 1989-10-30: "effective" looks ahead; "until/through" takes the nearest reading unless a past
    perfect tells the span."""
    assert [d[2] for d in _dates(extractor, sentence, "1989-10-30")] == [value]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Sales slumped last summer and this past spring.", "2013-10-15",
         [("last summer", "DATE", "2013-SU"), ("this past spring", "DATE", "2013-SP")]),
        ("Sales slumped last summer and will recover next summer.", "2013-03-15",
         [("last summer", "DATE", "2012-SU"), ("next summer", "DATE", "2013-SU")]),
    ],
)
def test_last_and_next_season_are_the_nearest_one_gone_or_to_come(extractor, sentence: str, published: str,
                                                                   expected: list) -> None:
    """As with "last June": the season just gone when it is over, else the year before."""
    assert _dates(extractor, sentence, published) == expected


def test_days_known_by_a_short_date_of_their_own(extractor) -> None:
    text = "Families of 9/11 victims may sue. The vote was on 9/11/2016. D-Day veterans met."
    assert _dates(extractor, text, "2016-09-23") == [
        ("9/11", "DATE", "2001-09-11"),  # named_days.tsv: the attacks, not the 11th of September this year
        ("9/11/2016", "DATE", "2016-09-11"),
        ("D-Day", "DATE", "1944-06-06"),
    ]


def test_holidays_with_a_calendar_day(extractor) -> None:
    """Holidays of data/holidays.tsv take their day in the year the verb points to; as a noun's modifier
    ("Christmas trees") they date nothing."""
    text = ("Voters will go to the polls on Election Day. The boat was found on Thanksgiving Day. "
            "Christmas trees sold well. The shops open on Christmas Eve.")
    assert _dates(extractor, text, "2016-10-20") == [
        ("Election Day", "DATE", "2016-11-08"),
        ("Thanksgiving Day", "DATE", "2015-11-26"),
        ("Christmas Eve", "DATE", "2016-12-24"),
    ]
    assert _dates(extractor, "The boat was found on Christmas Day.") == [("Christmas Day", "DATE", "XXXX-12-25")]


def test_current_year_and_a_hundred_years(extractor) -> None:
    assert _dates(extractor, "Profit will rise in the current fiscal year; the firm has existed for almost a hundred "
                             "years.", "1989-10-26") == [
        ("the current fiscal year", "DATE", "1989"),
        ("a hundred years", "DURATION", "P100Y"),
    ]


def test_an_ordinal_day_is_no_year(extractor) -> None:
    """ "the 95th day" of a trek counts days; dateparser would read the ordinal as the year 1995."""
    assert _dates(extractor, "The crew planned to finish in 80 days and reached the coast on the 95th day.",
                  published="2011-11-11") == [("80 days", "DURATION", "P80D")]


def test_a_short_second_year_is_its_own_date(extractor) -> None:
    """ "1998-99", "1990-95": two years, the second written with two digits in the first's century."""
    assert _dates(extractor, "She served in the relief mission of 1998-99 and in the war of 1990-95.") == [
        ("1998", "DATE", "1998"), ("99", "DATE", "1999"), ("1990", "DATE", "1990"), ("95", "DATE", "1995")]


def test_fiscal_and_financial_years_resolve_as_years(extractor) -> None:
    """ "this fiscal year" is the publication year, as "this year"; "last financial year" the one before."""
    assert _dates(extractor, "The agency must cut 5 percent from its budget this fiscal year, after it grew "
                             "last financial year.", published="2011-11-11") == [
        ("this fiscal year", "DATE", "2011"), ("last financial year", "DATE", "2010")]


def test_that_evening_takes_the_day_just_mentioned(extractor) -> None:
    """ "that evening" after "on Monday" is Monday evening; with no day before it, it is not pinned."""
    assert _dates(extractor, "The senator spoke in Denver on Monday and flew to Boulder that night.",
                  published="2011-11-11") == [("Monday", "DATE", "2011-11-07"), ("that night", "TIME", "2011-11-07TNI")]
    assert _dates(extractor, "Nobody called that night, she recalled.", published="2011-11-11") == []


def test_a_rank_word_before_a_year_stays_out_of_the_date(extractor) -> None:
    """ "Last 1990 Olympic rower dies": "last" ranks the rower, the year alone is the date."""
    assert _dates(extractor, "Last 1990 Olympic rower dies at home.") == [("1990", "DATE", "1990")]


def test_a_part_of_the_day_of_an_event_just_dated(extractor) -> None:
    """ "the morning of the vote" is that part of the day just dated; "the night after the vote" is of
    the next day; "for the evening" is the evening of the day just dated."""
    assert _dates(extractor, "The council voted on Tuesday. She left home on the morning of the vote, "
                  "dressed for the evening, and slept little the night after the vote.", published="2015-06-12") == [
        ("Tuesday", "DATE", "2015-06-09"),
        ("the morning", "TIME", "2015-06-09TMO"),
        ("the evening", "TIME", "2015-06-09TEV"),
        ("the night", "TIME", "2015-06-10TNI"),
    ]


def test_a_bare_number_shares_the_time_unit_after_it(extractor) -> None:
    """ "between 9 and 14 months" is two lengths, the first borrowing "months"; it is no quantity."""
    text = "Headline\n\nThe bridge repairs may last between 9 and 14 months, the council said."
    record = extractor.extract_text(text, doc_id="t", published="2013-03-22")
    assert [(d["text"], d["type"], d["value"]) for d in record["dates"]] == [
        ("9", "DURATION", "P9M"), ("14 months", "DURATION", "P14M")]
    assert record["quantities"] == []


def test_come_before_a_weekday_points_ahead(extractor) -> None:
    """ "counting on a win come Tuesday" ("when Tuesday comes") is the Tuesday still ahead."""
    assert _dates(extractor, "The governor is counting on a win come Tuesday.", published="2016-11-05") == [
        ("Tuesday", "DATE", "2016-11-08")]


def test_the_following_decade_is_a_length(extractor) -> None:
    """ "over the following decade" is ten years, like "the next decade" (the model misses it)."""
    assert _dates(extractor, "The mill opened in 1998. Over the following decade it doubled its staff.",
                  published="2013-03-22") == [
        ("1998", "DATE", "1998"), ("the following decade", "DURATION", "P10Y")]


def test_a_quoted_programme_title_is_no_date(extractor) -> None:
    """ 'on "Sunday Talk Today."' and "on ``60 Minutes.''" name programmes; a quoted "This week, ..." and a
    one-word quoted "Tuesday." are still dates."""
    assert _dates(extractor, "Pence spoke on \u201cSunday Talk Today.\u201d He also spoke on ``60 Minutes.'' "
                  "She said: \"This week, we win.\" He said \"Tuesday.\"", published="2016-11-05") == [
        ("This week", "DATE", "2016-W44"), ("Tuesday", "DATE", "2016-11-01")]


@pytest.mark.parametrize("published", [None, "2013-04-24"])
def test_clock_readings_with_seconds_never_take_a_day_from_the_run_or_the_paper(extractor, published) -> None:
    # dateparser fills the day of a bare clock reading from its base: today, or the paper's date
    assert _dates(extractor, "The tremor struck at 10:34:12 GMT, the agency said.", published) == [
        ("10:34:12 GMT", "TIME", "T10:34:12")]


def test_a_race_time_is_a_length(extractor) -> None:
    assert _dates(extractor, "She won the city marathon, finishing in 2:31:04.") == [
        ("2:31:04", "DURATION", "PT2H31M4S")]


def test_an_evening_clock_with_a_dotted_zone_takes_no_day_from_the_run() -> None:
    assert normalise("9 p.m. E.T", None) is None  # was the run date's month and day
    assert normalise("9 p.m. ET Monday", None) == ("TIME", "XXXX-WXX-1T21:00")


def test_a_holiday_in_a_sentence_with_a_year_is_that_years_day(extractor) -> None:
    """ "the Boxing Day storm in 1999": a year written in the sentence gives the holiday its year, also when
    the holiday is quoted or qualifies a noun; the quoted holiday is a date, no title."""
    text = 'The village was flattened by the "Boxing Day" storm in 1999. Shops closed on Christmas Day in 2010.'
    assert _dates(extractor, text, published="2013-07-02") == [
        ("Boxing Day", "DATE", "1999-12-26"), ("1999", "DATE", "1999"),
        ("Christmas Day", "DATE", "2010-12-25"), ("2010", "DATE", "2010")]
    # a year of another clause dates something else: Election Day keeps its own reading
    found = _dates(extractor, "Fewer shops opened on Labor Day than had opened in 2009.", published="2016-11-06")
    assert ("2009", "DATE", "2009") in found
    assert not any(text == "Labor Day" and value.startswith("2009") for text, _, value in found)
