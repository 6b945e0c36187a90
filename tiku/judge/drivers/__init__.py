"""Per-language drivers for function and design problems, generated from the signature.

A driver reads the JSON arguments of one test on standard input, calls the submission and writes
the JSON result to file descriptor 3 (never standard output). The judge compares that result
outside the sandbox with an answer the sandbox never sees.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from tiku.bank.schema import DesignSig, FunctionSig, Param, TikuMeta, parse_type, render_type


@dataclass(frozen=True)
class DriverFiles:
    """Sources to place in the sandbox: ``{file name: text}``, and which one is compiled/run."""

    files: dict[str, str]
    entry: str
    main_class: str = "Main"


def _resource(name: str) -> str:
    return resources.files("tiku.judge.drivers").joinpath(name).read_text("utf-8")


def _signature_json(meta: TikuMeta) -> dict[str, object]:
    data: dict[str, object] = {"kind": meta.kind}
    if meta.function is not None:
        data["function"] = meta.function.model_dump()
    if meta.design is not None:
        data["design"] = meta.design.model_dump(by_alias=True)
    return data


# -- Python ----------------------------------------------------------------------------------


def python_driver(meta: TikuMeta, solution_path: str) -> str:
    spec = _signature_json(meta)
    spec["source"] = solution_path
    literal = repr(json.dumps(spec))
    return _resource("python_driver.py.txt").replace("__TIKU_SPEC__", literal)


# -- C++ -------------------------------------------------------------------------------------

_CPP_SCALARS = {
    "int": "int",
    "long": "long long",
    "float": "double",
    "bool": "bool",
    "str": "string",
}


def cpp_type(typ: str) -> str:
    return render_type(typ, _CPP_SCALARS, "vector<{}>", "{}*", "void")


def _cpp_args(params: list[Param], source: str, prefix: str) -> tuple[list[str], str]:
    lines = []
    names = []
    for i, param in enumerate(params):
        name = f"{prefix}{i}"
        ctype = cpp_type(param.type)
        lines.append(
            f"    {ctype} {name} = tiku_json::Codec<{ctype}>::decode({source}.items[{i}]);"
        )
        names.append(name)
    return lines, ", ".join(names)


def _cpp_call(call: str, returns: str, out: str) -> list[str]:
    if returns == "void":
        return [f"    {call};", f'    {out} += "null";']
    ctype = cpp_type(returns)
    return [
        f"    {{ {ctype} r_ = {call};",
        f"      tiku_json::Codec<{ctype}>::encode({out}, r_); }}",
    ]


def cpp_driver(meta: TikuMeta, solution: str) -> str:
    lines = [
        "",
        "// ---- tiku driver ----",
        "int main() {",
        "    tiku_json::Value input_ = tiku_json::read_stdin();",
        "    std::string out_;",
    ]
    if meta.function is not None:
        sig: FunctionSig = meta.function
        arg_lines, names = _cpp_args(sig.params, "input_", "a")
        lines += arg_lines
        lines.append("    Solution solution_;")
        lines += _cpp_call(f"solution_.{sig.name}({names})", sig.returns, "out_")
    else:
        design: DesignSig | None = meta.design
        assert design is not None
        lines += [
            "    const auto &ops_ = input_.items[0].items;",
            "    const auto &args_ = input_.items[1].items;",
        ]
        ctor_lines, ctor_names = _cpp_args(design.constructor, "args_[0]", "c")
        lines += ctor_lines
        lines += [
            f"    {design.class_} *obj_ = new {design.class_}({ctor_names});",
            '    out_ += "[null";',
            "    for (size_t k_ = 1; k_ < ops_.size(); ++k_) {",
            "        const std::string &op_ = ops_[k_].text;",
            '        out_ += ",";',
        ]
        for method in design.methods:
            arg_lines, names = _cpp_args(method.params, "args_[k_]", "p")
            lines.append(f'        if (op_ == "{method.name}") {{')
            lines += ["    " + line for line in arg_lines]
            lines += [
                "    " + line
                for line in _cpp_call(f"obj_->{method.name}({names})", method.returns, "out_")
            ]
            lines.append("            continue;\n        }")
        lines += [
            '        fprintf(stderr, "tiku: unknown operation %s\\n", op_.c_str());',
            "        return 121;",
            "    }",
            '    out_ += "]";',
        ]
    lines += ["    tiku_json::emit(out_);", "    return 0;", "}", ""]
    return _resource("cpp_prelude.hpp") + solution + "\n" + "\n".join(lines)


# -- Java ------------------------------------------------------------------------------------

_JAVA_SCALARS = {
    "int": ("int", "i0"),
    "long": ("long", "l0"),
    "float": ("double", "d0"),
    "bool": ("boolean", "b0"),
    "str": ("String", "s0"),
}


def java_type(typ: str) -> str:
    base, depth = parse_type(typ)
    if base in ("ListNode", "TreeNode", "void"):
        return base
    return _JAVA_SCALARS[base][0] + "[]" * depth


def _java_decoder(typ: str, helpers: dict[str, str]) -> str:
    """The name of a static method decoding ``Object`` into the Java type of ``typ``."""
    base, depth = parse_type(typ)
    if base in ("ListNode", "TreeNode"):
        return "TikuJson." + base[0].lower() + base[1:]
    if depth == 0:
        return "TikuJson." + _JAVA_SCALARS[base][1]
    inner = typ.replace(" ", "")[5:-1]
    inner_dec = _java_decoder(inner, helpers)
    name = f"dec_{base}_{depth}"
    jt = java_type(typ)
    elem = java_type(inner)
    new_array = f"new {elem.split('[')[0]}[xs.size()]" + "[]" * (depth - 1)
    helpers[name] = (
        f"    static {jt} {name}(Object o) {{\n"
        f"        List<Object> xs = TikuJson.list(o);\n"
        f"        {jt} r = {new_array};\n"
        f"        for (int k = 0; k < r.length; k++) r[k] = {inner_dec}(xs.get(k));\n"
        f"        return r;\n    }}\n"
    )
    return name


_JAVA_ENCODER = """
    static void enc(StringBuilder out, Object o) {
        if (o == null) { out.append("null"); return; }
        if (o instanceof String) { TikuJson.str(out, (String) o); return; }
        if (o instanceof Boolean || o instanceof Integer || o instanceof Long || o instanceof Short
            || o instanceof Byte) { out.append(o.toString()); return; }
        if (o instanceof Character) { TikuJson.str(out, o.toString()); return; }
        if (o instanceof Double || o instanceof Float) { TikuJson.dbl(out, ((Number) o).doubleValue()); return; }
        if (o instanceof ListNode) { TikuJson.listNode(out, (ListNode) o); return; }
        if (o instanceof TreeNode) { TikuJson.treeNode(out, (TreeNode) o); return; }
        if (o instanceof Iterable) {
            out.append('['); boolean first = true;
            for (Object x : (Iterable<?>) o) { if (!first) out.append(','); first = false; enc(out, x); }
            out.append(']'); return;
        }
        if (o.getClass().isArray()) {
            int n = java.lang.reflect.Array.getLength(o);
            out.append('[');
            for (int k = 0; k < n; k++) { if (k > 0) out.append(','); enc(out, java.lang.reflect.Array.get(o, k)); }
            out.append(']'); return;
        }
        throw new IllegalStateException("cannot encode a result of type " + o.getClass().getName());
    }
"""


def _java_args(params: list[Param], source: str, helpers: dict[str, str]) -> str:
    return ", ".join(
        f"{_java_decoder(p.type, helpers)}({source}.get({i}))" for i, p in enumerate(params)
    )


def _java_call(call: str, returns: str) -> list[str]:
    if returns == "void":
        return [f"        {call};", '        out.append("null");']
    return [f"        enc(out, {call});"]


def java_driver(meta: TikuMeta) -> DriverFiles:
    helpers: dict[str, str] = {}
    body = [
        "    public static void main(String[] argv) throws Exception {",
        "        Object input = TikuJson.parse(TikuJson.readStdin());",
        "        StringBuilder out = new StringBuilder();",
    ]
    if meta.function is not None:
        sig = meta.function
        args = _java_args(sig.params, "TikuJson.list(input)", helpers)
        body += _java_call(f"new Solution().{sig.name}({args})", sig.returns)
    else:
        design = meta.design
        assert design is not None
        ctor = _java_args(design.constructor, "TikuJson.list(args.get(0))", helpers)
        body += [
            "        List<Object> ops = TikuJson.list(TikuJson.list(input).get(0));",
            "        List<Object> args = TikuJson.list(TikuJson.list(input).get(1));",
            f"        {design.class_} obj = new {design.class_}({ctor});",
            '        out.append("[null");',
            "        for (int k = 1; k < ops.size(); k++) {",
            "            String op = (String) ops.get(k);",
            "            List<Object> a = TikuJson.list(args.get(k));",
            "            out.append(',');",
            "            switch (op) {",
        ]
        for method in design.methods:
            call_args = _java_args(method.params, "a", helpers)
            body.append(f'            case "{method.name}":')
            body += [
                "    " + line
                for line in _java_call(f"obj.{method.name}({call_args})", method.returns)
            ]
            body.append("                break;")
        body += [
            '            default: throw new IllegalStateException("unknown operation " + op);',
            "            }",
            "        }",
            "        out.append(']');",
        ]
    body += ["        TikuJson.emit(out);", "    }"]
    main = (
        "import java.util.*;\n\npublic class TikuMain {\n"
        + "".join(helpers.values())
        + _JAVA_ENCODER
        + "\n".join(body)
        + "\n}\n"
    )
    return DriverFiles(
        files={"TikuPrelude.java": _resource("JavaPrelude.java.txt"), "TikuMain.java": main},
        entry="TikuMain.java",
        main_class="TikuMain",
    )
