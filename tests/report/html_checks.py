"""Structural accessibility checks of an HTML page (WCAG 1.1.1, 1.3.1, 2.4.2, 2.4.6, 3.1.1),
with Python's own HTML parser: no checker that runs offline could be installed from PyPI or
Debian without a browser, so these check what such a checker would on this page."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def all(self, tag: str) -> list[Node]:
        found = [self] if self.tag == tag else []
        for child in self.children:
            found += child.all(tag)
        return found

    def words(self) -> str:
        return " ".join((self.text + " " + " ".join(c.words() for c in self.children)).split())


_VOID = {"meta", "br", "img", "input", "link", "hr"}


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].text += data


def parse(page: str) -> Node:
    tree = _Tree()
    tree.feed(page)
    tree.close()
    assert len(tree.stack) == 1, f"<{tree.stack[-1].tag}> is never closed"
    return tree.root


def problems(page: str) -> list[str]:
    """What keeps ``page`` from being read by every reader, one line each (empty: none)."""
    root = parse(page)
    found: list[str] = []
    html = root.all("html")
    if not html or not html[0].attrs.get("lang"):
        found.append("no document language (html lang)")
    titles = root.all("title")
    if not any(t.words() for t in titles if t not in _svg_titles(root)):
        found.append("no page title")
    levels = [int(n.tag[1]) for n in _in_order(root) if n.tag in {"h1", "h2", "h3", "h4"}]
    if levels.count(1) != 1:
        found.append(f"{levels.count(1)} h1 headings, not one")
    for before, after in itertools.pairwise(levels):
        if after > before + 1:
            found.append(f"heading level skipped: h{before} then h{after}")
    for n in _in_order(root):
        if n.tag in {"h1", "h2", "h3", "h4"} and not n.words():
            found.append(f"empty {n.tag}")
    for table in root.all("table"):
        heads = table.all("thead")
        cols = heads[0].all("th") if heads else []
        if not cols or any(th.attrs.get("scope") != "col" for th in cols):
            found.append("a table without column header cells")
        for row in (b for body in table.all("tbody") for b in body.all("tr")):
            first = row.children[0] if row.children else None
            if first is None or first.tag != "th" or first.attrs.get("scope") != "row":
                found.append("a table row without a row header cell")
                break
    ids = [n.attrs["id"] for n in _in_order(root) if "id" in n.attrs]
    if len(ids) != len(set(ids)):
        found.append("ids used twice")
    for svg in root.all("svg"):
        named = svg.attrs.get("aria-labelledby", "").split()
        texts = {n.attrs.get("id"): n.words() for n in svg.children if n.tag in {"title", "desc"}}
        if svg.attrs.get("role") != "img" or not named or not all(texts.get(i) for i in named):
            found.append("a chart without a text alternative")
    for img in root.all("img"):
        if "alt" not in img.attrs:
            found.append("an image without alt text")
    if root.all("script"):
        found.append("a script")
    return found


def _svg_titles(root: Node) -> list[Node]:
    return [t for svg in root.all("svg") for t in svg.all("title")]


def _in_order(node: Node) -> list[Node]:
    found = [node]
    for child in node.children:
        found += _in_order(child)
    return found
