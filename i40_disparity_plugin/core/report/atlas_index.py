"""The index of an atlas export (``atlas_index.json``): its pages, sources, parameters;
written by exportatlas, read by the report."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..messages import QT_TRANSLATE_NOOP, CoreError
from ..number_format import format_number
from .atlas_pages import COMBINED_PDF, unique_lines

INDEX_NAME = "atlas_index.json"


@dataclass(frozen=True)
class AtlasPage:
    title: str
    subtitle: str
    png: Path  # absolute
    pdf: Path | None  # absolute; None when the page has no PDF


@dataclass(frozen=True)
class AtlasIndex:
    folder: Path
    pages: tuple
    attribution: tuple
    parameters: dict


def write_atlas_index(folder, language, pages, attribution, parameters):
    """The index of the atlas in ``folder``: its pages (``atlas_pages.index_entry``), the
    combined PDF, each attribution line once and the parameters; returns its path."""
    index = {
        "language": language,
        "pages": pages,
        "combined_pdf": COMBINED_PDF,
        "attribution": unique_lines(attribution),
        "parameters": parameters,
    }
    path = Path(folder) / INDEX_NAME
    path.write_text(json.dumps(index, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def read_atlas_index(folder):
    """The atlas in ``folder``; a ``CoreError`` when its index or a page's image is missing."""
    folder = Path(folder)
    path = folder / INDEX_NAME
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "The folder {folder} holds no atlas: {name} is missing."),
            folder=str(folder),
            name=INDEX_NAME,
        ) from None
    except (OSError, ValueError) as error:
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "The atlas index {path} cannot be read: {error}"),
            path=str(path),
            error=str(error),
        ) from None
    if not isinstance(index, dict) or not isinstance(index.get("pages"), list):
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "The atlas index {path} lists no pages."), path=str(path)
        )
    pages = []
    for page in index["pages"]:
        png = folder / str(page.get("png") or "")
        if not page.get("png") or not png.is_file():
            raise CoreError(
                QT_TRANSLATE_NOOP("core", "The atlas page image {path} is missing."),
                path=str(png),
            )
        pdf = folder / page["pdf"] if page.get("pdf") else None
        title = str(page.get("title") or page.get("land") or png.stem)
        pages.append(AtlasPage(title, str(page.get("subtitle") or ""), png, pdf))
    attribution = tuple(str(line) for line in index.get("attribution") or ())
    return AtlasIndex(folder, tuple(pages), attribution, dict(index.get("parameters") or {}))


# How a switch reads in a report.
YES_NO = {"de": ("Ja", "Nein"), "en": ("Yes", "No")}


def parameters_text(parameters, language, labels=None, options=None):
    """The atlas's parameters as one line for the report, as a reader understands them:
    ``label: value; …``, each parameter by ``labels`` (the names the atlas dialog gives them;
    default the id), a switch as yes or no, numbers as ``language`` writes them, a choice by
    the text ``options`` give it ({parameter: {stored value: text}}), lists written out, an
    input not given as '–'."""
    labels, options = labels or {}, options or {}

    def shown(name, value):
        if value is None:
            return "–"
        if isinstance(value, bool):
            return YES_NO[language][0 if value else 1]
        if isinstance(value, (int, float)):
            return format_number(value, language)
        if isinstance(value, (list, tuple)):
            return ", ".join(shown(name, item) for item in value)
        return options.get(name, {}).get(value, str(value))

    return "; ".join(
        f"{labels.get(name, name)}: {shown(name, v)}" for name, v in parameters.items()
    )
