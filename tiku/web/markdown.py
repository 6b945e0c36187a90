"""Markdown to HTML for statements, analyses and concept pages.

Raw HTML in Markdown is escaped (a package is data, never code we serve). Code is highlighted by
Pygments on the server; ``$...$`` math becomes ``.math-inline``/``.math-block`` elements that
KaTeX renders in the browser; ``mermaid`` blocks become ``pre.mermaid`` for the diagram bundle.
"""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin
from pygments import highlight as pygments_highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

_FORMATTER = HtmlFormatter(nowrap=True)


def _highlight(code: str, lang: str, _attrs: Any) -> str:
    if lang == "mermaid":
        return ""  # handled by the fence renderer below
    try:
        lexer = get_lexer_by_name(lang or "text")
    except ClassNotFound:
        return ""
    return str(pygments_highlight(code, lexer, _FORMATTER))


def _math_inline(content: str) -> str:
    return f'<span class="math-inline">{html.escape(content)}</span>'


def _math_block(content: str) -> str:
    return f'<div class="math-block">{html.escape(content)}</div>\n'


def _make() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "highlight": _highlight, "linkify": False})
    md.enable("table").enable("strikethrough")
    md.use(dollarmath_plugin, allow_space=True, allow_digits=False, double_inline=True)
    md.add_render_rule(
        "math_inline", lambda self, tokens, idx, *_: _math_inline(tokens[idx].content)
    )
    md.add_render_rule(
        "math_inline_double", lambda self, tokens, idx, *_: _math_block(tokens[idx].content)
    )
    md.add_render_rule("math_block", lambda self, tokens, idx, *_: _math_block(tokens[idx].content))
    md.add_render_rule(
        "math_block_label", lambda self, tokens, idx, *_: _math_block(tokens[idx].content)
    )
    default_fence = cast(Any, md.renderer).rules["fence"]

    def fence(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        if token.info.strip() == "mermaid":
            return f'<pre class="mermaid">{html.escape(token.content)}</pre>\n'
        out: str = default_fence(tokens, idx, options, env)
        return out.replace("<pre>", '<pre class="highlight">', 1)

    md.add_render_rule("fence", fence)
    return md


_MD = _make()


def render_markdown(text: str) -> str:
    return str(_MD.render(text))


@lru_cache(maxsize=512)
def _render_file(path: str, mtime_ns: int) -> str:
    return render_markdown(Path(path).read_text("utf-8"))


def render_file(path: Path) -> str:
    """Rendered HTML of a Markdown file, cached until the file changes."""
    return _render_file(str(path), path.stat().st_mtime_ns)


def highlight_code(code: str, lang: str) -> str:
    try:
        lexer = get_lexer_by_name(lang)
    except ClassNotFound:
        return html.escape(code)
    return str(pygments_highlight(code, lexer, _FORMATTER))


def pygments_css() -> str:
    return str(HtmlFormatter().get_style_defs(".highlight"))  # type: ignore[no-untyped-call]
