"""Date stage: temporal expressions normalised to TimeML values."""

from extractor.pipes.dates.factory import DateItem, DateNormaliser

__all__ = ["DateItem", "DateNormaliser"]
