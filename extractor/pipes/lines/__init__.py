"""Line stage: sentence starts at line breaks, set before the parser runs."""

from extractor.pipes.lines.factory import LineBreaks, sentence_starts

__all__ = ["LineBreaks", "sentence_starts"]
