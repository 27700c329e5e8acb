"""Lemma stage: repairs the rule lemmatizer's silent-e verbs, after the model's own lemmatizer."""

from extractor.pipes.lemmas.factory import SilentE

__all__ = ["SilentE"]
