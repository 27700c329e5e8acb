"""Headline stage: a Title Case headline re-parsed in sentence case, after the model's own components."""

from extractor.pipes.headline.factory import HeadlineCase

__all__ = ["HeadlineCase"]
