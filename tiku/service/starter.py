"""Starter code for the editor, generated from a problem's signature (function, design, stdio)."""

from __future__ import annotations

from typing import Any

from tiku.bank.schema import parse_type, render_type
from tiku.judge.drivers import cpp_type, java_type

_PY_SCALARS = {"int": "int", "long": "int", "float": "float", "bool": "bool", "str": "str"}
_JAVA_DEFAULTS = {"int": "0", "long": "0", "double": "0.0", "boolean": "false"}


def python_type(typ: str) -> str:
    return render_type(typ, _PY_SCALARS, "List[{}]", "Optional[{}]", "None")


def _cpp_param(p: dict[str, str]) -> str:
    base, depth = parse_type(p["type"])
    ctype = cpp_type(p["type"])
    by_ref = depth > 0 or base == "str"
    return f"{ctype}{'&' if by_ref else ''} {p['name']}"


def _kind(language_id: str) -> str:
    if language_id.startswith("python"):
        return "python"
    if language_id.startswith("cpp"):
        return "cpp"
    if language_id.startswith("java"):
        return "java"
    if language_id.startswith("c"):
        return "c"
    return "other"


def starter_code(meta: dict[str, Any], language_id: str) -> str:
    """The skeleton a candidate starts from; ``meta`` is a version's ``meta`` (see bank.py)."""
    kind = _kind(language_id)
    if meta.get("function"):
        return _function(meta["function"], kind)
    if meta.get("design"):
        return _design(meta["design"], kind)
    return _stdio(kind)


def _function(sig: dict[str, Any], kind: str) -> str:
    params = sig["params"]
    name = sig["name"]
    returns = sig["returns"]
    if kind == "python":
        args = "".join(f", {p['name']}: {python_type(p['type'])}" for p in params)
        return (
            "from typing import List, Optional\n\n\n"
            "class Solution:\n"
            f"    def {name}(self{args}) -> {python_type(returns)}:\n"
            "        pass\n"
        )
    if kind == "cpp":
        args = ", ".join(_cpp_param(p) for p in params)
        return (
            "class Solution {\npublic:\n"
            f"    {cpp_type(returns)} {name}({args}) {{\n"
            f"{_cpp_return(returns)}"
            "    }\n};\n"
        )
    if kind == "java":
        args = ", ".join(f"{java_type(p['type'])} {p['name']}" for p in params)
        return (
            "class Solution {\n"
            f"    public {java_type(returns)} {name}({args}) {{\n"
            f"{_java_return(returns)}"
            "    }\n}\n"
        )
    return _stdio(kind)


def _design(sig: dict[str, Any], kind: str) -> str:
    cls = sig["class"]
    ctor = sig.get("constructor", [])
    methods = sig["methods"]
    if kind == "python":
        lines = ["from typing import List, Optional", "", "", f"class {cls}:"]
        args = "".join(f", {p['name']}: {python_type(p['type'])}" for p in ctor)
        lines += [f"    def __init__(self{args}) -> None:", "        pass", ""]
        for m in methods:
            margs = "".join(f", {p['name']}: {python_type(p['type'])}" for p in m["params"])
            lines += [
                f"    def {m['name']}(self{margs}) -> {python_type(m['returns'])}:",
                "        pass",
                "",
            ]
        return "\n".join(lines).rstrip() + "\n"
    if kind == "cpp":
        lines = [f"class {cls} {{", "public:"]
        lines += [f"    {cls}({', '.join(_cpp_param(p) for p in ctor)}) {{", "    }", ""]
        for m in methods:
            margs = ", ".join(_cpp_param(p) for p in m["params"])
            lines += [f"    {cpp_type(m['returns'])} {m['name']}({margs}) {{"]
            body = _cpp_return(m["returns"]).rstrip("\n")
            if body:
                lines.append(body)
            lines += ["    }", ""]
        return "\n".join(lines).rstrip() + "\n};\n"
    if kind == "java":
        lines = [f"class {cls} {{"]
        cargs = ", ".join(f"{java_type(p['type'])} {p['name']}" for p in ctor)
        lines += [f"    public {cls}({cargs}) {{", "    }", ""]
        for m in methods:
            margs = ", ".join(f"{java_type(p['type'])} {p['name']}" for p in m["params"])
            lines += [f"    public {java_type(m['returns'])} {m['name']}({margs}) {{"]
            body = _java_return(m["returns"]).rstrip("\n")
            if body:
                lines.append(body)
            lines += ["    }", ""]
        return "\n".join(lines).rstrip() + "\n}\n"
    return _stdio(kind)


def _cpp_return(returns: str) -> str:
    base, _depth = parse_type(returns)
    if base == "void":
        return ""
    if base in ("ListNode", "TreeNode"):
        return "        return nullptr;\n"
    return "        return {};\n"


def _java_return(returns: str) -> str:
    base, _depth = parse_type(returns)
    if base == "void":
        return ""
    jt = java_type(returns)
    return f"        return {_JAVA_DEFAULTS.get(jt, 'null')};\n"


def _stdio(kind: str) -> str:
    if kind == "python":
        return (
            "import sys\n\n\ndef main() -> None:\n    data = sys.stdin.read().split()\n\n\nmain()\n"
        )
    if kind == "cpp":
        return (
            "#include <bits/stdc++.h>\nusing namespace std;\n\n"
            "int main() {\n    ios::sync_with_stdio(false);\n    cin.tie(nullptr);\n\n"
            "    return 0;\n}\n"
        )
    if kind == "java":
        return (
            "import java.util.*;\nimport java.io.*;\n\n"
            "public class Main {\n    public static void main(String[] args) throws IOException {\n"
            "        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n"
            "    }\n}\n"
        )
    if kind == "c":
        return "#include <stdio.h>\n\nint main(void) {\n\n    return 0;\n}\n"
    return ""
