"""A self-contained HTML page that shows a record over its article text.

Every annotation becomes a ``<span class="mk ...">`` over the raw text. Spans
that overlap without nesting are split into fragments so that the HTML stays
well formed: the fragments of one annotation share its ``data-id``. Nothing
is fetched: the CSS and the script are inline, and every piece of text from
the record or the article is HTML-escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

ENTITY_COLOURS: dict[str, tuple[str, str]] = {  # label -> (background, border)
    "PERSON": ("#fed7aa", "#ea580c"),
    "NORP": ("#fbcfe8", "#db2777"),
    "FAC": ("#e7e5e4", "#78716c"),
    "ORG": ("#bfdbfe", "#2563eb"),
    "GPE": ("#bbf7d0", "#16a34a"),
    "LOC": ("#99f6e4", "#0d9488"),
    "PRODUCT": ("#ddd6fe", "#7c3aed"),
    "EVENT": ("#fecaca", "#dc2626"),
    "WORK_OF_ART": ("#fde68a", "#b45309"),
    "LAW": ("#c7d2fe", "#4f46e5"),
    "LANGUAGE": ("#e5e7eb", "#4b5563"),
}
BOUND_SIGNS = {"eq": "", "gt": ">", "gte": "\u2265", "lt": "<", "lte": "\u2264", "approx": "\u2248"}
BOUND_WORDS = {"eq": "exactly", "gt": "more than", "gte": "at least", "lt": "fewer than", "lte": "at most",
               "approx": "about"}

# outer layers first when two annotations cover the same stretch
_LAYER = {"furniture": 0, "title": 1, "claim": 2, "a-con": 3, "a-src": 4, "a-cue": 4, "ent": 5, "date": 6,
          "qty": 6}


@dataclass
class Mark:
    start: int
    end: int
    kind: str
    classes: str
    attrs: dict[str, str] = field(default_factory=dict)
    tip: str = ""

    @property
    def layer(self) -> int:
        return _LAYER[self.kind]


def e(value: Any) -> str:
    """Escape for text and for double-quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def _number(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def quantity_badge(q: Mapping[str, Any]) -> str:
    """'>70 death', '≈300 US dollar': the normalised reading, short enough to sit beside the text."""
    text = BOUND_SIGNS.get(q.get("bound", "eq"), "") + _number(q["value"])
    if q.get("unit"):
        text += f" {q['unit']}"
    if q.get("counted"):
        text += f" \u00b7 {q['counted']}"
    return text


# --------------------------------------------------------------------------- marks


def collect_marks(record: Mapping[str, Any], text: str) -> tuple[list[Mark], list[str]]:
    """The marks of a record, and a warning for each span that does not hold on ``text``."""
    marks: list[Mark] = []
    warnings: list[str] = []

    def ok(what: str, start: Any, end: Any, span_text: Any) -> bool:
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            warnings.append(f"{what}: offsets {start}-{end} are outside the text")
            return False
        if span_text is not None and text[start:end] != span_text:
            warnings.append(f"{what}: text {span_text!r} does not match the article at {start}-{end}")
            return False
        return True

    meta = record.get("metadata") or {}
    title = meta.get("title")
    regions: list[tuple[int, int]] = []
    if title and ok("title", title.get("start"), title.get("end"), title.get("text")):
        marks.append(Mark(title["start"], title["end"], "title", "title"))
        regions.append((title["start"], title["end"]))
    body = meta.get("body") or {}
    if isinstance(body.get("start"), int) and isinstance(body.get("end"), int):
        regions.append((max(0, body["start"]), min(len(text), body["end"])))
    else:
        regions.append((0, len(text)))
    pos = 0
    for start, end in sorted(regions):
        if start > pos:
            marks.append(Mark(pos, start, "furniture", "furn", tip="outside the article body: not annotated"))
        pos = max(pos, end)
    if pos < len(text):
        marks.append(Mark(pos, len(text), "furniture", "furn", tip="outside the article body: not annotated"))

    entity_names: dict[str, str] = {}
    for ent in record.get("entities") or []:
        label = ent.get("label", "")
        entity_names[ent.get("id", "")] = ent.get("canonical", "")
        aliases = ent.get("aliases") or []
        tip = f"{ent.get('id')} {label}: {ent.get('canonical')}"
        if aliases:
            tip += f" (also: {'; '.join(map(str, aliases))})"
        for m in ent.get("mentions") or []:
            if ok(f"{ent.get('id')} mention", m.get("start"), m.get("end"), m.get("text")):
                marks.append(Mark(m["start"], m["end"], "ent", f"ent ent-{label}",
                                  {"data-id": ent.get("id", ""), "data-label": label}, tip))
    for q in record.get("quantities") or []:
        if ok(str(q.get("id")), q.get("start"), q.get("end"), q.get("text")):
            bound = q.get("bound", "eq")
            tip = (f"{q.get('id')} quantity: value {_number(q['value'])}, bound {bound} "
                   f"({BOUND_WORDS.get(bound, bound)}), unit {q.get('unit') or '-'}, "
                   f"counted {q.get('counted') or '-'}")
            marks.append(Mark(q["start"], q["end"], "qty", "qty",
                              {"data-id": q.get("id", ""), "data-badge": quantity_badge(q)}, tip))
    for d in record.get("dates") or []:
        if ok(str(d.get("id")), d.get("start"), d.get("end"), d.get("text")):
            tip = f"{d.get('id')} {d.get('type')}: {d.get('value')}"
            marks.append(Mark(d["start"], d["end"], "date", "date",
                              {"data-id": d.get("id", ""), "data-badge": str(d.get("value", ""))}, tip))
    for a in record.get("attributions") or []:
        aid = str(a.get("id", ""))
        source = a.get("source")
        who = source.get("text") if source else "(no source)"
        if a.get("source_entity"):
            who = f"{who} = {a['source_entity']} {entity_names.get(a['source_entity'], '')}".rstrip()
        tip = f"{aid} {a.get('type')} attribution: {who} \u2192 {(a.get('cue') or {}).get('text')} \u2192 content"
        parts = [("a-src", source), ("a-cue", a.get("cue")), ("a-con", a.get("content"))]
        for kind, span in parts:
            if span and ok(f"{aid} {kind[2:]}", span.get("start"), span.get("end"), span.get("text")):
                role = {"a-src": "source", "a-cue": "cue", "a-con": "content"}[kind]
                marks.append(Mark(span["start"], span["end"], kind, f"attr {kind}",
                                  {"data-a": aid, "data-role": role}, f"{tip} ({role})"))
    for c in record.get("claims") or []:
        if ok(str(c.get("id")), c.get("start"), c.get("end"), c.get("text")):
            hedged = bool(c.get("hedged"))
            badge = f"{c.get('id')}{' hedged' if hedged else ''}"
            tip = f"{c.get('id')} claim{' (hedged)' if hedged else ''}"
            if c.get("attribution"):
                tip += f", attributed: {c['attribution']}"
            marks.append(Mark(c["start"], c["end"], "claim", "claim hedged" if hedged else "claim",
                              {"data-id": c.get("id", ""), "data-badge": badge,
                               "data-a-link": c.get("attribution") or ""}, tip))
    return marks, warnings


def render_text(text: str, marks: Iterable[Mark]) -> str:
    """The text with marks as properly nested spans; crossing marks are split into fragments.

    At each boundary the marks that end are closed, together with the ones
    opened inside them, and those that go on are reopened: longer marks (then
    outer layers) open first, so they stay outside.
    """
    marks = [m for m in marks if m.end > m.start]
    starts: dict[int, list[Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    points = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    opens: list[tuple[int, Mark]] = []  # (index in out, mark) of every opening tag, filled in at the end
    stack: list[Mark] = []
    pos = 0
    for point in points:
        if point > pos:
            out.append(e(text[pos:point]))
            pos = point
        ending = [i for i, m in enumerate(stack) if m.end <= point]
        reopen: list[Mark] = []
        if ending:
            lowest = ending[0]
            reopen = [m for m in stack[lowest:] if m.end > point]
            out.append("</span>" * (len(stack) - lowest))
            del stack[lowest:]
        for m in sorted(reopen + starts.get(point, []), key=lambda m: (-m.end, m.layer)):
            opens.append((len(out), m))
            out.append("")
            stack.append(m)
    out.append("</span>" * len(stack))
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for index, m in opens:
        first.setdefault(id(m), index)
        last[id(m)] = index
    for index, m in opens:
        out[index] = _open_tag(m, first[id(m)] == index, last[id(m)] == index)
    return "".join(out)


def _open_tag(m: Mark, first: bool, last: bool) -> str:
    classes = f"mk {m.classes}" + (" first" if first else " cont") + (" last" if last else "")
    attrs = "".join(f' {k}="{e(v)}"' for k, v in m.attrs.items() if v != "")
    tip = f' title="{e(m.tip)}"' if m.tip else ""
    return f'<span class="{classes}"{attrs}{tip}>'


# --------------------------------------------------------------------------- page


def _side_lists(record: Mapping[str, Any]) -> str:
    parts: list[str] = []
    ents = record.get("entities") or []
    if ents:
        rows = []
        for ent in sorted(ents, key=lambda x: (x.get("label", ""), -len(x.get("mentions") or []))):
            label = ent.get("label", "")
            aliases = ", ".join(map(str, ent.get("aliases") or []))
            rows.append(
                f'<li class="pick" data-pick-id="{e(ent.get("id"))}"><span class="chip ent-{e(label)}">'
                f'{e(label)}</span> {e(ent.get("canonical"))}'
                f'{f" <small>({e(aliases)})</small>" if aliases else ""}'
                f' <small class="n">\u00d7{len(ent.get("mentions") or [])}</small></li>')
        parts.append(f'<details open><summary>Entities ({len(ents)})</summary><ul class="list">'
                     f'{"".join(rows)}</ul></details>')
    attrs = record.get("attributions") or []
    if attrs:
        rows = []
        for a in attrs:
            source = (a.get("source") or {}).get("text") or "\u2014"
            content = (a.get("content") or {}).get("text") or ""
            short = _shorten(content, 90)
            rows.append(
                f'<li class="pick" data-pick-a="{e(a.get("id"))}"><b class="src-t">{e(source)}</b> \u2192 '
                f'<i class="cue-t">{e((a.get("cue") or {}).get("text"))}</i> \u2192 '
                f'<span class="con-t">{e(short)}</span> <small class="n">{e(a.get("type"))}</small></li>')
        parts.append(f'<details open><summary>Attributions ({len(attrs)}): source \u2192 cue \u2192 content'
                     f'</summary><ul class="list">{"".join(rows)}</ul></details>')
    claims = record.get("claims") or []
    if claims:
        rows = []
        for c in claims:
            text = c.get("text") or ""
            short = _shorten(text, 110)
            flags = " <small class='n'>hedged</small>" if c.get("hedged") else ""
            if c.get("attribution"):
                flags += f" <small class='n'>{e(c['attribution'])}</small>"
            rows.append(f'<li class="pick" data-pick-id="{e(c.get("id"))}"><b>{e(c.get("id"))}</b> '
                        f'{e(short)}{flags}</li>')
        parts.append(f'<details><summary>Claims ({len(claims)})</summary><ul class="list">'
                     f'{"".join(rows)}</ul></details>')
    for key, title, cols in (
        ("quantities", "Quantities", ("text", "value", "bound", "unit", "counted")),
        ("dates", "Dates", ("text", "type", "value")),
    ):
        items = record.get(key) or []
        if not items:
            continue
        head = "".join(f"<th>{c}</th>" for c in cols)
        body = "".join(
            f'<tr class="pick" data-pick-id="{e(i.get("id"))}">'
            + "".join(f"<td>{e(_number(i[c]) if c == 'value' and key == 'quantities' else i.get(c))}</td>"
                      for c in cols)
            + "</tr>"
            for i in items)
        parts.append(f'<details><summary>{title} ({len(items)})</summary><table class="tbl"><tr>{head}</tr>'
                     f'{body}</table></details>')
    return "".join(parts)


def _legend(record: Mapping[str, Any]) -> str:
    present = {ent.get("label") for ent in record.get("entities") or []}
    chips = "".join(
        f'<span class="chip ent-{label}{"" if label in present else " absent"}">{label}</span>'
        for label in ENTITY_COLOURS)
    return (
        '<div class="legend">'
        f'<div class="row"><span class="lg-h">Entities</span> {chips}</div>'
        '<div class="row"><span class="lg-h">Figures</span> '
        '<span class="mk qty first" data-badge="\u2265200 \u00b7 injury">quantity</span> '
        '<span class="mk date first" data-badge="2024-09-17">date</span> '
        '<span class="sep"></span>'
        '<span class="mk claim first" data-badge="C1">claim</span> '
        '<span class="mk claim hedged first" data-badge="C2 hedged">hedged claim</span></div>'
        '<div class="row"><span class="lg-h">Attributions</span> '
        '<span class="mk attr a-src">source</span> \u2192 <span class="mk attr a-cue">cue</span> \u2192 '
        '<span class="mk attr a-con">content</span> <small>(hover one to draw the arrows)</small></div>'
        '<div class="row toggles"><span class="lg-h">Show</span>'
        + "".join(f'<label><input type="checkbox" data-layer="{k}" checked> {v}</label>'
                  for k, v in (("ent", "entities"), ("qty", "quantities"), ("date", "dates"),
                               ("attr", "attributions"), ("claim", "claims"), ("badge", "values")))
        + "</div></div>"
    )


def render_article(record: Mapping[str, Any], text: str, notes: Sequence[str] = ()) -> str:
    """One ``<section>``: metadata, legend, the annotated text and the side lists."""
    marks, warnings = collect_marks(record, text)
    meta = record.get("metadata") or {}
    prov = record.get("provenance") or {}
    counts = " \u00b7 ".join(f"{len(record.get(k) or [])} {k}"
                             for k in ("entities", "quantities", "dates", "attributions", "claims"))
    facts = [("doc_id", record.get("doc_id")), ("source", meta.get("source")),
             ("published", meta.get("published")), ("pipeline", prov.get("pipeline")),
             ("model", prov.get("model")), ("file", prov.get("source_path"))]
    dash = "\u2014"
    dl = "".join(f"<dt>{k}</dt><dd>{e(v) if v else dash}</dd>" for k, v in facts)
    problems = [*notes, *warnings]
    warn = ("<div class='warn'><b>Warnings</b><ul>" + "".join(f"<li>{e(w)}</li>" for w in problems)
            + "</ul></div>") if problems else ""
    title = (meta.get("title") or {}).get("text") or record.get("doc_id")
    return (
        f'<section class="doc" id="doc-{e(record.get("doc_id"))}">'
        f'<header><h1>{e(title)}</h1><div class="counts">{e(counts)}</div></header>'
        f'{warn}{_legend(record)}'
        '<div class="cols">'
        f'<article class="text">{render_text(text, marks)}</article>'
        f'<aside><dl class="meta">{dl}</dl>{_side_lists(record)}</aside>'
        '</div><svg class="arrows" aria-hidden="true"></svg></section>'
    )


def render_page(items: Sequence[tuple[Mapping[str, Any], str, Sequence[str]]], title: str | None = None) -> str:
    """A whole page for one or more (record, text, notes)."""
    if title is None:
        title = (f"news-extractor: {items[0][0].get('doc_id')}" if len(items) == 1
                 else f"news-extractor: {len(items)} articles")
    nav = ""
    if len(items) > 1:
        nav = "<nav>" + "".join(f'<a href="#doc-{e(r.get("doc_id"))}">{e(r.get("doc_id"))}</a>'
                                for r, _, _ in items) + "</nav>"
    sections = "".join(render_article(r, t, n) for r, t, n in items)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{e(title)}</title><style>{_css()}</style></head>"
        f"<body>{nav}{sections}<div id=\"tip\" role=\"tooltip\"></div>"
        f"<script>{_JS}</script></body></html>\n"
    )


def _css() -> str:
    ent = "".join(
        f".ent-{label}{{background:{bg};border-color:{border}}}"
        f".mk.ent-{label}{{box-shadow:inset 0 -2px 0 {border}}}"
        for label, (bg, border) in ENTITY_COLOURS.items())
    return _CSS + ent


_CSS = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2937;
 background:#f8fafc}
nav{position:sticky;top:0;z-index:5;background:#1e293b;padding:6px 16px;display:flex;flex-wrap:wrap;gap:12px}
nav a{color:#e2e8f0;font-size:13px;text-decoration:none}
.doc{position:relative;max-width:1400px;margin:0 auto;padding:16px 24px 40px}
header h1{font-size:22px;margin:8px 0 2px}
.counts{color:#64748b;font-size:13px;margin-bottom:8px}
.warn{background:#fef2f2;border:1px solid #fca5a5;border-radius:6px;padding:6px 12px;font-size:13px;margin:8px 0}
.warn ul{margin:4px 0;padding-left:18px}
.legend{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:8px 12px;font-size:13px;
 display:flex;flex-direction:column;gap:6px;margin-bottom:12px}
.legend .row{display:flex;flex-wrap:wrap;align-items:center;gap:6px;line-height:2.1}
.lg-h{font-weight:600;color:#475569;min-width:88px}
.legend .sep{width:12px}
.toggles label{margin-right:10px;cursor:pointer;white-space:nowrap}
.chip{display:inline-block;border:1px solid;border-radius:4px;padding:0 5px;font-size:11px;font-weight:600;
 line-height:1.6;letter-spacing:.02em}
.chip.absent{opacity:.35}
.cols{display:grid;grid-template-columns:minmax(0,82ch) minmax(300px,440px);gap:24px;align-items:start}
@media (max-width:1000px){.cols{grid-template-columns:1fr}}
article.text{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:20px 28px;white-space:pre-wrap;
 overflow-wrap:break-word;font-size:17px;line-height:2.45}
aside{font-size:13px;position:sticky;top:40px;max-height:calc(100vh - 56px);overflow:auto;background:#fff;
 border:1px solid #e2e8f0;border-radius:8px;padding:8px 12px}
dl.meta{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:4px 0 8px}
dl.meta dt{color:#64748b}dl.meta dd{margin:0;overflow-wrap:anywhere}
details{border-top:1px solid #e2e8f0;padding:4px 0}
summary{cursor:pointer;font-weight:600;color:#334155;padding:2px 0}
ul.list{list-style:none;margin:4px 0;padding:0}
ul.list li{padding:2px 4px;border-radius:4px;line-height:1.6}
.pick{cursor:pointer}.pick:hover,.pick.on{background:#f1f5f9}
small.n{color:#64748b}
.src-t{color:#7e22ce}.cue-t{color:#7e22ce}.con-t{color:#334155}
table.tbl{border-collapse:collapse;width:100%;margin:4px 0}
.tbl th,.tbl td{text-align:left;padding:1px 6px;border-bottom:1px solid #f1f5f9;vertical-align:top}
.tbl th{color:#64748b;font-weight:600}
/* --- marks in the text --- */
.mk{box-decoration-break:clone;-webkit-box-decoration-break:clone}
.mk.furn{color:#94a3b8}
.mk.title{font-weight:700;font-size:1.2em}
.mk.ent{border-radius:3px;padding:1px 2px}
.mk.qty{color:#065f46;font-weight:600;border-bottom:2px solid #059669}
.mk.date{color:#075985;border-bottom:2px dashed #0284c7}
.mk[data-badge].last::after,.legend .mk[data-badge]::after{font:600 11px/1 system-ui,sans-serif;
 vertical-align:super;margin-left:2px;padding:1px 3px;border-radius:3px;white-space:nowrap}
.mk.qty.last::after,.legend .mk.qty::after{content:attr(data-badge);background:#d1fae5;color:#065f46}
.mk.date.last::after,.legend .mk.date::after{content:attr(data-badge);background:#e0f2fe;color:#075985}
.mk.claim{background:#fef9c3}
.mk.claim.hedged{background:repeating-linear-gradient(135deg,#fef9c3 0 6px,#fefce8 6px 12px)}
.mk.claim.first::before,.legend .mk.claim::before{content:attr(data-badge);font:700 10px/1 system-ui,sans-serif;
 vertical-align:super;color:#92400e;background:#fde68a;border-radius:3px;padding:1px 3px;margin-right:2px}
.mk.claim.hedged.first::before,.legend .mk.claim.hedged::before{background:#fed7aa;color:#9a3412}
.mk.a-src{outline:2px solid #a855f7;outline-offset:1px;border-radius:2px}
.mk.a-cue{color:#7e22ce;font-weight:700;font-style:italic}
.mk.a-con{text-decoration:underline 2px #c084fc;text-underline-offset:6px;text-decoration-skip-ink:none}
.mk.hl{background:#f5d0fe !important}
.mk.hl.a-src{outline-width:3px}
.mk.flash{animation:flash 1.2s ease-out 1}
@keyframes flash{0%{box-shadow:0 0 0 4px #f43f5e}100%{box-shadow:0 0 0 0 transparent}}
/* layer toggles */
.hide-ent .mk.ent{background:none;box-shadow:none;padding:0}
.hide-qty .mk.qty{color:inherit;font-weight:inherit;border-bottom:0}
.hide-qty .mk.qty::after{content:none !important}
.hide-date .mk.date{color:inherit;border-bottom:0}
.hide-date .mk.date::after{content:none !important}
.hide-attr .mk.attr{outline:0;text-decoration:none;color:inherit;font-weight:inherit;font-style:inherit}
.hide-claim .mk.claim{background:none}
.hide-claim .mk.claim::before{content:none !important}
.hide-badge article .mk::after,.hide-badge article .mk::before{content:none !important}
svg.arrows{position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none;overflow:visible}
#tip{position:fixed;z-index:10;display:none;max-width:420px;background:#0f172a;color:#f8fafc;font-size:12px;
 line-height:1.45;padding:6px 9px;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.25);pointer-events:none}
#tip div+div{border-top:1px solid #334155;margin-top:3px;padding-top:3px}
"""

_JS = r"""
(function(){
  "use strict";
  var tip = document.getElementById("tip");
  // marks: the tooltip text moves from title to data-tip (one custom tooltip lists every layer)
  document.querySelectorAll("article .mk[title]").forEach(function(el){
    el.setAttribute("data-tip", el.getAttribute("title")); el.removeAttribute("title");
  });
  document.addEventListener("mousemove", function(ev){
    var el = ev.target, lines = [];
    while (el && el.nodeType === 1 && !(el.tagName === "ARTICLE")) {
      if (el.hasAttribute && el.hasAttribute("data-tip")) lines.push(el.getAttribute("data-tip"));
      el = el.parentNode;
    }
    if (!lines.length) { tip.style.display = "none"; return; }
    tip.textContent = "";
    lines.forEach(function(t){ var d = document.createElement("div"); d.textContent = t; tip.appendChild(d); });
    tip.style.display = "block";
    var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = ev.clientY + 18;
    if (y + tip.offsetHeight > window.innerHeight - 4) y = ev.clientY - tip.offsetHeight - 12;
    tip.style.left = x + "px"; tip.style.top = y + "px";
  });
  function clear(doc){
    doc.querySelectorAll(".hl").forEach(function(el){ el.classList.remove("hl"); });
    var svg = doc.querySelector("svg.arrows"); if (svg) svg.innerHTML = "";
  }
  function rect(doc, sel){
    var els = doc.querySelectorAll(sel); if (!els.length) return null;
    var base = doc.getBoundingClientRect();
    var r = els[0].getClientRects()[0] || els[0].getBoundingClientRect();
    return {x: r.left - base.left, y: r.top - base.top, w: r.width, h: r.height};
  }
  function arrow(svg, a, b, colour){
    if (!a || !b) return;
    var x1 = a.x + a.w / 2, y1 = a.y, x2 = b.x + Math.min(b.w / 2, 24), y2 = b.y;
    var lift = Math.max(18, Math.abs(x2 - x1) / 6);
    var top = Math.min(y1, y2) - lift;
    var d = "M" + x1 + "," + y1 + " C" + x1 + "," + top + " " + x2 + "," + top + " " + x2 + "," + (y2 - 2);
    var ns = "http://www.w3.org/2000/svg";
    var p = document.createElementNS(ns, "path");
    p.setAttribute("d", d); p.setAttribute("fill", "none"); p.setAttribute("stroke", colour);
    p.setAttribute("stroke-width", "2.2"); p.setAttribute("marker-end", "url(#ah)");
    svg.appendChild(p);
  }
  function showAttribution(doc, id){
    clear(doc);
    var sel = '[data-a="' + CSS.escape(id) + '"]';
    doc.querySelectorAll("article " + sel).forEach(function(el){ el.classList.add("hl"); });
    var svg = doc.querySelector("svg.arrows");
    svg.innerHTML = '<defs><marker id="ah" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" ' +
      'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#7e22ce"/></marker></defs>';
    var src = rect(doc, "article " + sel + '[data-role="source"]');
    var cue = rect(doc, "article " + sel + '[data-role="cue"]');
    var con = rect(doc, "article " + sel + '[data-role="content"]');
    arrow(svg, src, cue, "#a855f7");
    arrow(svg, cue, con, "#7e22ce");
  }
  document.querySelectorAll(".doc").forEach(function(doc){
    doc.addEventListener("mouseover", function(ev){
      var el = ev.target.closest && ev.target.closest("article .attr, .pick[data-pick-a]");
      if (!el) return;
      var id = el.getAttribute("data-a") || el.getAttribute("data-pick-a");
      if (doc.getAttribute("data-shown") !== id) { doc.setAttribute("data-shown", id); showAttribution(doc, id); }
    });
    doc.addEventListener("click", function(ev){
      var el = ev.target.closest && ev.target.closest(".pick");
      if (!el) return;
      var id = el.getAttribute("data-pick-id"), a = el.getAttribute("data-pick-a");
      var sel = id ? 'article [data-id="' + CSS.escape(id) + '"]' : 'article [data-a="' + CSS.escape(a) + '"]';
      var hits = doc.querySelectorAll(sel);
      if (!hits.length) return;
      hits[0].scrollIntoView({block: "center", behavior: "smooth"});
      hits.forEach(function(h){ h.classList.remove("flash"); void h.offsetWidth; h.classList.add("flash"); });
    });
    doc.querySelectorAll(".toggles input").forEach(function(box){
      box.addEventListener("change", function(){
        doc.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
        clear(doc); doc.removeAttribute("data-shown");
      });
    });
  });
  window.addEventListener("resize", function(){
    document.querySelectorAll(".doc[data-shown]").forEach(function(doc){
      showAttribution(doc, doc.getAttribute("data-shown"));
    });
  });
  // page.html#attr=A3 draws that attribution's arrows on load (in the first article)
  var m = /^#attr=(.+)$/.exec(window.location.hash);
  var firstDoc = document.querySelector(".doc");
  if (m && firstDoc) { firstDoc.setAttribute("data-shown", decodeURIComponent(m[1]));
    showAttribution(firstDoc, decodeURIComponent(m[1])); }
  document.body.setAttribute("data-ready", "1");
})();
"""


def _shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 3] + "\u2026"
