"""news-extractor: structured, scored records from news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("news-extractor")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.1.0"

from extractor.pipeline import Extractor  # noqa: E402

__all__ = ["Extractor", "__version__"]
