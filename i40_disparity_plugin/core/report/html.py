"""The report as one self-contained HTML file: styles inline, images as data: URIs.

Everything taken from data (names, metadata, cells, titles) is escaped; the only links are
relative ones to the atlas's PDF files, so the file opens offline and requests nothing.
"""

import base64
from dataclasses import dataclass
from html import escape

from ..number_format import format_number
from ..points.placement import missing_sentences
from .tables import REPEATED_KINDS, REPORT_TABLES, shown_cells
from .texts import MAPS_TITLE, TEXTS

# Print-friendly: black on white, tables that break across pages by row, no web fonts.
STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #222; max-width: 1200px;
       margin: 2em auto; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; }
h2 { font-size: 1.35em; border-bottom: 2px solid #c0392b; padding-bottom: 0.2em;
     margin-top: 2em; }
h3 { font-size: 1.1em; margin-top: 1.5em; }
p.meta, p.source, p.note, figcaption { color: #555; font-size: 0.9em; }
p.absent { font-style: italic; color: #777; }
p.missing { color: #a93226; font-weight: bold; }
table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; vertical-align: top; }
th { background: #f2f2f2; text-align: left; }
td.number { text-align: right; white-space: nowrap; }
table.inputs { width: 100%; table-layout: fixed; }
table.inputs td { overflow-wrap: anywhere; word-break: break-word; }
table.inputs th:nth-child(1) { width: 18%; } table.inputs th:nth-child(2) { width: 22%; }
table.inputs th:nth-child(3) { width: 35%; }
figure { margin: 1em 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-before: auto; }
  tr, figure { page-break-inside: avoid; } a { color: inherit; } }
"""


@dataclass(frozen=True)
class MapPage:
    title: str
    subtitle: str
    png: bytes
    pdf_link: str  # relative to the report's file


def render_report(
    title, language, created, version, tables, maps=None, extra_sources=(), csv_folder=""
):
    """The report's HTML text.

    ``tables`` are ``tables.ReportTable`` objects, shown by kind in a fixed order;
    ``maps`` the atlas pages (None: no atlas given); ``extra_sources`` further inputs, such
    as the atlas folder, listed with the tables' sources.
    """
    texts = TEXTS[language]
    sources = [table.source for table in tables] + list(extra_sources)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{language}">',
        '<head><meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        f"<h1>{escape(title)}</h1>",
        '<p class="meta">'
        + escape(
            texts["created"].format(created=created.strftime(texts["date_format"]), version=version)
        )
        + "</p>",
    ]
    if csv_folder and tables:
        parts.append(f'<p class="meta">{escape(texts["tables_csv"].format(folder=csv_folder))}</p>')
    parts += _inputs_section(sources, texts)
    for declared in REPORT_TABLES:
        parts += _table_section(declared, [t for t in tables if t.kind == declared.name], language)
    parts += _maps_section(maps, language)
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def attribution_lines(sources):
    """Every rights line of the sources once, in the order they first appear."""
    return list(dict.fromkeys(line for source in sources for line in source.rights if line))


def _inputs_section(sources, texts):
    parts = ['<section id="inputs">', f"<h2>{escape(texts['inputs'])}</h2>"]
    if not sources:
        parts.append(f'<p class="absent">{escape(texts["no_inputs"])}</p>')
    else:
        headings = ("input_name", "input_file", "input_parameters", "input_rights")
        parts.append('<table class="inputs"><thead><tr>')
        parts += [f"<th>{escape(texts[key])}</th>" for key in headings]
        parts.append("</tr></thead><tbody>")
        for source in sources:
            name = source.title or source.name
            rights = "<br>".join(escape(line) for line in source.rights) or "–"
            parts.append(
                f"<tr><td>{escape(name)}</td><td>{escape(source.file or '–')}</td>"
                f"<td>{escape(source.abstract or '–')}</td><td>{rights}</td></tr>"
            )
        parts.append("</tbody></table>")
    parts.append(f"<h3>{escape(texts['attribution'])}</h3>")
    lines = attribution_lines(sources)
    if lines:
        parts.append('<ul class="attribution">')
        parts += [f"<li>{escape(line)}</li>" for line in lines]
        parts.append("</ul>")
    else:
        parts.append(f'<p class="absent">{escape(texts["no_attribution"])}</p>')
    parts.append("</section>")
    return parts


def _table_section(declared, tables, language):
    texts = TEXTS[language]
    kind = declared.name
    parts = [f'<section id="{kind}">', f"<h2>{escape(declared.title[language])}</h2>"]
    if not tables:
        parts.append(f'<p class="absent">{escape(texts["absent"])}</p>')
    for table in tables:
        name = table.source.title or table.source.name
        if len(tables) > 1 or kind in REPEATED_KINDS:
            parts.append(f"<h3>{escape(name)}</h3>")
        parts += _table_html(table, language)
        parts.append(f'<p class="source">{escape(texts["from_table"].format(name=name))}</p>')
        # Built on a partly placed point set: say so where the numbers are read.
        for sentence in missing_sentences(table.source.placements, language):
            parts.append(f'<p class="missing">{escape(sentence)}</p>')
        if table.chart is not None:
            group = table.rows[0][table.columns.index("group")]
            caption = texts["chart"].format(group=group, name=name)
            parts.append(_figure(table.chart, caption, caption))
    parts.append("</section>")
    return parts


def _table_html(table, language):
    texts = TEXTS[language]
    if not table.rows:
        empty = texts["join_empty"] if table.kind == "join" else texts["empty"]
        return [f'<p class="absent">{escape(empty)}</p>']
    parts = [f'<table class="data" data-kind="{table.kind}"><thead><tr>']
    parts += [f"<th>{escape(heading)}</th>" for heading in table.headings(language)]
    parts.append("</tr></thead><tbody>")
    # Numbers align right, also the "–" of a missing one, so columns read as columns.
    numeric = [
        any(isinstance(row[i], (int, float)) for row in table.rows)
        for i in range(len(table.columns))
    ]
    for cells in shown_cells(table, language):
        row = "".join(
            f'<td class="number">{escape(cell)}</td>' if is_number else f"<td>{escape(cell)}</td>"
            for is_number, cell in zip(numeric, cells)
        )
        parts.append(f"<tr>{row}</tr>")
    parts.append("</tbody></table>")
    for key, parameters in table.notes:
        shown = {name: format_number(value, language) for name, value in parameters.items()}
        parts.append(f'<p class="note">{escape(texts[key].format(**shown))}</p>')
    return parts


def _maps_section(maps, language):
    texts = TEXTS[language]
    parts = ['<section id="maps">', f"<h2>{escape(MAPS_TITLE[language])}</h2>"]
    if maps is None:
        parts.append(f'<p class="absent">{escape(texts["no_maps"])}</p>')
    for page in maps or ():
        caption = page.title + (f" – {page.subtitle}" if page.subtitle else "")
        link = f' (<a href="{escape(page.pdf_link)}">{escape(texts["map_pdf"])}</a>)'
        parts.append(f"<h3>{escape(page.title)}</h3>")
        parts.append(_figure(page.png, page.title, caption, link if page.pdf_link else ""))
    parts.append("</section>")
    return parts


def _figure(png, alt, caption, caption_html=""):
    data = base64.b64encode(png).decode("ascii")
    return (
        f'<figure><img src="data:image/png;base64,{data}" alt="{escape(alt)}">'
        f"<figcaption>{escape(caption)}{caption_html}</figcaption></figure>"
    )
