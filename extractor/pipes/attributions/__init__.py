"""Attribution stage: who (source) says or holds (cue) what (content)."""

from extractor.pipes.attributions.factory import AttributionFinder, AttributionItem

__all__ = ["AttributionFinder", "AttributionItem"]
