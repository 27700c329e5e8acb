"""Our spaCy components. Importing this package registers every factory.

Order in the pipeline (after the model's own components): entities,
quantities, dates, attributions, claims. Each writes one ``Doc`` extension;
later components may read earlier ones, never the reverse.
"""

from extractor.pipes import attributions, claims, dates, entities, quantities  # noqa: F401
from extractor.pipes.base import PIPE_NAMES, set_article

__all__ = ["PIPE_NAMES", "set_article"]
