"""Claim stage: check-worthy factual assertions, linked to their attribution."""

from extractor.pipes.claims.factory import ClaimFinder, ClaimItem

__all__ = ["ClaimFinder", "ClaimItem"]
