"""HTML input: visible text with an offset map into the raw HTML, and its main content.

The raw text of an HTML document is the HTML itself, so spans must point
into it. :func:`visible_text` walks the markup once and builds the text a
reader sees (entities decoded, white space folded, a line break at every
block element), keeping an :class:`~extract.alignment.Alignment` from that
text to the HTML. trafilatura then decides which lines are the article
(:func:`main_content_lines`) and gives the metadata (title, date, author).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from html.parser import HTMLParser
from typing import Any

import trafilatura

from extract.alignment import Alignment, TextBuilder

# Elements whose text is never shown.
HIDDEN = frozenset(["script", "style", "noscript", "template", "head", "svg", "iframe", "button", "select", "option"])
# Elements that start a new line of text.
BLOCKS = frozenset(
    ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "article", "section", "header",
     "footer", "aside", "nav", "figure", "figcaption", "blockquote", "tr", "table", "main", "title", "hr", "dd", "dt",
     "pre", "form"]
)
WHITESPACE = re.compile(r"\s+")


class _VisibleText(HTMLParser):
    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.builder = TextBuilder(raw)
        self.hidden_depth = 0
        self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", raw)]

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _newline(self) -> None:
        if len(self.builder) and not self.builder.ends_with("\n"):
            position = self._offset()
            self.builder.replace(position, position, "\n")

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in HIDDEN:
            self.hidden_depth += 1
        elif tag in BLOCKS:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        if tag in BLOCKS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in BLOCKS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.hidden_depth:
            return
        start = self._offset()
        position = 0
        for match in WHITESPACE.finditer(data):
            self.builder.copy(start + position, start + match.start())
            if len(self.builder) and not self.builder.ends_with((" ", "\n")):
                if match.group() == " ":
                    self.builder.copy(start + match.start(), start + match.end())
                else:
                    self.builder.replace(start + match.start(), start + match.end(), " ")
            position = match.end()
        self.builder.copy(start + position, start + len(data))

    def _reference(self, text: str) -> None:
        if self.hidden_depth:
            return
        start = self._offset()
        decoded = html.unescape(text)
        if decoded.isspace():
            decoded = " "
        self.builder.replace(start, start + len(text), decoded)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};" if self.raw.startswith(f"&{name};", self._offset()) else f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};" if self.raw.startswith(f"&#{name};", self._offset()) else f"&#{name}")


def visible_text(raw_html: str) -> tuple[str, Alignment]:
    """The text a reader sees, one block per line, and its map to the raw HTML."""
    parser = _VisibleText(raw_html)
    parser.feed(raw_html)
    parser.close()
    text, segments = parser.builder.build()
    return text, Alignment(segments)


def _squeeze_spaces(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip()


def main_content_lines(raw_html: str) -> set[str]:
    """The lines trafilatura keeps as the article's main text (white space folded)."""
    extracted = trafilatura.extract(raw_html, include_comments=False, include_tables=False,
                                    include_formatting=False, favor_precision=True, deduplicate=False) or ""
    return {_squeeze_spaces(line) for line in extracted.splitlines() if line.strip()}


# Dates htmldate may return. Its default upper bound is today, which would make a page's
# date depend on the day it is processed; a fixed bound keeps the output a function of the page.
DATE_CONFIG = {"original_date": True, "extensive_search": True, "min_date": "1990-01-01",
               "max_date": "2100-12-31"}


def html_metadata(raw_html: str) -> dict[str, Any]:
    """Title, date (YYYY-MM-DD), author and site name, where the page gives them."""
    found = trafilatura.extract_metadata(raw_html, date_config=DATE_CONFIG)
    if found is None:
        return {}
    fields = {"title": found.title, "published": found.date, "author": found.author, "outlet": found.sitename}
    return {key: value for key, value in fields.items() if value}


def compose(outer: list[tuple[int, int, int, int]], inner: Alignment) -> list[tuple[int, int, int, int]]:
    """Segments clean -> raw from segments clean -> visible and the alignment visible -> raw."""
    composed: list[tuple[int, int, int, int]] = []
    for clean_start, clean_end, vis_start, vis_end in outer:
        if clean_end - clean_start != vis_end - vis_start or vis_end == vis_start:
            raw_start, raw_end = inner.to_raw(vis_start, vis_end)
            composed.append((clean_start, clean_end, raw_start, raw_end))
            continue
        first = max(bisect_right(inner._starts, vis_start) - 1, 0)
        for seg_cs, seg_ce, seg_rs, seg_re in inner.segments[first:]:
            if seg_cs >= vis_end:
                break
            low, high = max(vis_start, seg_cs), min(vis_end, seg_ce)
            if low >= high:
                continue
            offset = clean_start + (low - vis_start)
            if seg_ce - seg_cs == seg_re - seg_rs:
                composed.append((offset, offset + high - low, seg_rs + low - seg_cs, seg_rs + high - seg_cs))
            else:
                composed.append((offset, offset + high - low, seg_rs, seg_re))
    return composed
