"""Quantity stage: numeric expressions with value, bound, unit and what is counted."""

from extractor.pipes.quantities.factory import QuantityExtractor, QuantityItem

__all__ = ["QuantityExtractor", "QuantityItem"]
