"""Our spaCy components. Importing this package registers every factory.

``news_lines`` goes before the model's parser (it presets sentence starts at
line breaks), ``news_lemmas`` right after the model's lemmatizer (silent-e verbs);
the rest after the model's own components, in order: entities,
quantities, dates, attributions, claims. Each writes one ``Doc`` extension;
later components may read earlier ones, never the reverse.
"""

from extractor.pipes import attributions, claims, dates, entities, headline, lemmas, lines, quantities  # noqa: F401
from extractor.pipes.base import PIPE_NAMES, set_article

__all__ = ["PIPE_NAMES", "set_article"]
