"""The strict schema of ``problem.yaml``: the Kattis keys (legacy and 2023-07/2025-09) plus ``tiku:``."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

CATEGORIES = (
    "two-sum",
    "lcs",
    "mst",
    "sorting",
    "searching",
    "dp",
    "graph",
    "string-matching",
    "greedy",
    "number-theory",
    "simulation",
    "competitive",
    "cryptography",
    "ai",
    "graph-theory",
    "data-structures",
    "combinatorics",
    "probability",
    "optimization",
    "algorithm-design",
)

_SCALARS = ("int", "long", "float", "bool", "str")
_TYPE_RE = re.compile(r"^(?:list\[)*(int|long|float|bool|str)\]*$")


def render_type(typ: str, scalars: dict[str, str], wrap: str, nodes: str, void: str) -> str:
    """Spell a type in a language: ``wrap`` and ``nodes`` are formats with ``{}`` for the inner
    type or the node class name (``"List[{}]"``, ``"Optional[{}]"`` for Python)."""
    base, depth = parse_type(typ)
    if base in ("ListNode", "TreeNode"):
        return nodes.format(base)
    if base == "void":
        return void
    text = scalars[base]
    for _ in range(depth):
        text = wrap.format(text)
    return text


def parse_type(text: str) -> tuple[str, int]:
    """Split a type into its base and list depth: ``list[list[int]]`` is ``("int", 2)``."""
    text = text.replace(" ", "")
    if text in ("ListNode", "TreeNode", "void"):
        return text, 0
    match = _TYPE_RE.match(text)
    depth = text.count("list[")
    if not match or text.count("]") != depth or depth > 2:
        raise ValueError(
            f"unknown type '{text}': use int, long, float, bool, str, list[T], list[list[T]], "
            "ListNode, TreeNode or void"
        )
    return match.group(1), depth


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Param(Strict):
    name: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    type: str

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        base, _ = parse_type(value)
        if base == "void":
            raise ValueError("a parameter cannot be void")
        return value.replace(" ", "")


def _return_type(value: str) -> str:
    parse_type(value)
    return value.replace(" ", "")


ReturnType = Annotated[str, AfterValidator(_return_type)]


class FunctionSig(Strict):
    name: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    params: list[Param]
    returns: ReturnType


class MethodSig(Strict):
    name: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    params: list[Param] = Field(default_factory=list)
    returns: ReturnType = "void"


class DesignSig(Strict):
    class_: str = Field(alias="class", pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    constructor: list[Param] = Field(default_factory=list)
    methods: list[MethodSig]

    def method(self, name: str) -> MethodSig | None:
        return next((m for m in self.methods if m.name == name), None)


class Compare(Strict):
    unordered: bool | Literal["deep"] = False
    float_tolerance: float = Field(default=1e-6, ge=0)


class Complexity(Strict):
    time: str
    space: str


class TikuMeta(Strict):
    kind: Literal["stdio", "function", "design"] = "stdio"
    category: Literal[CATEGORIES] | None = None  # type: ignore[valid-type]
    difficulty: Literal["easy", "medium", "hard"] | None = None
    tags: list[str] = Field(default_factory=list)
    complexity: Complexity | None = None
    scope: str | None = None
    algorithms: list[str] = Field(default_factory=list)
    function: FunctionSig | None = None
    design: DesignSig | None = None
    compare: Compare = Field(default_factory=Compare)
    # At most this many random inputs in ``bank check``'s cross-check (a slow reference, such as
    # a neural network trained from scratch on every input, asks for fewer).
    crosscheck_inputs: int | None = Field(default=None, ge=10)

    @model_validator(mode="after")
    def _signature_matches_kind(self) -> TikuMeta:
        if self.kind == "function" and self.function is None:
            raise ValueError("kind 'function' needs a 'function' signature")
        if self.kind == "design" and self.design is None:
            raise ValueError("kind 'design' needs a 'design' signature")
        if self.kind != "function" and self.function is not None:
            raise ValueError(f"'function' is only allowed with kind 'function' (got {self.kind})")
        if self.kind != "design" and self.design is not None:
            raise ValueError(f"'design' is only allowed with kind 'design' (got {self.kind})")
        return self


# The memory limit (MiB) of a package that sets none: the format leaves it to the system and names
# 2048 as typical (problemtools and Kattis use 1024); a judge may set its own
# (``JudgeSettings.default_memory_mib``).
DEFAULT_MEMORY_MIB = 2048


class TimeMultipliers(Strict):
    ac_to_time_limit: float = Field(default=2.0, gt=0)
    time_limit_to_tle: float = Field(default=1.5, gt=0)


class Limits(Strict):
    # legacy
    time_multiplier: float | None = Field(default=None, gt=0)
    time_safety_margin: float | None = Field(default=None, gt=0)
    # 2023-07 / 2025-09
    time_limit: float | None = Field(default=None, gt=0)
    time_multipliers: TimeMultipliers | None = None
    time_resolution: float | None = Field(default=None, gt=0)
    # common (MiB, seconds)
    # None: the judge's system default (``DEFAULT_MEMORY_MIB`` unless set otherwise)
    memory: int | None = Field(default=None, gt=0)
    output: int = Field(default=8, gt=0)
    code: int = Field(default=128, gt=0)
    compilation_time: float = Field(default=60, gt=0)
    compilation_memory: int = Field(default=2048, gt=0)
    validation_time: float = Field(default=60, gt=0)
    validation_memory: int = Field(default=2048, gt=0)
    validation_output: int = Field(default=8, gt=0)
    validation_passes: int | None = None


class ProblemConfig(Strict):
    """``problem.yaml``. Metadata keys the judge does not use are accepted but typed loosely."""

    problem_format_version: str = "legacy"
    type: str | list[str] = "pass-fail"
    name: str | dict[str, str] = ""
    uuid: str | None = None
    version: str | None = None
    author: str | None = None
    credits: Any = None
    source: Any = None
    source_url: str | None = None
    license: str = "unknown"
    rights_owner: str | None = None
    embargo_until: Any = None
    keywords: str | list[str] | None = None
    languages: str | list[str] | None = None
    allow_file_writing: bool | None = None
    constants: dict[str, Any] | None = None
    validation: str = "default"
    validator_flags: str = ""
    grading: Any = None
    scoring: Any = None
    limits: Limits = Field(default_factory=Limits)
    tiku: TikuMeta = Field(default_factory=TikuMeta)

    @field_validator("problem_format_version")
    @classmethod
    def _known_version(cls, value: str) -> str:
        if value not in ("legacy", "2023-07-draft", "2023-07", "2025-09", "draft"):
            raise ValueError(f"unknown problem_format_version '{value}'")
        return value

    @field_validator("validation")
    @classmethod
    def _known_validation(cls, value: str) -> str:
        words = value.split()
        if not words or words[0] not in ("default", "custom"):
            raise ValueError("validation must be 'default' or 'custom [interactive] [score]'")
        if any(w not in ("custom", "interactive", "score", "multi-pass") for w in words[1:]):
            raise ValueError(f"unknown validation mode '{value}'")
        return value

    @property
    def is_legacy(self) -> bool:
        return self.problem_format_version == "legacy"

    @property
    def ac_to_time_limit(self) -> float:
        """Time limit = slowest accepted run x this (legacy default 5, 2023-07 default 2)."""
        limits = self.limits
        if limits.time_multipliers is not None:
            return limits.time_multipliers.ac_to_time_limit
        return limits.time_multiplier or (5.0 if self.is_legacy else 2.0)

    @property
    def time_limit_to_tle(self) -> float:
        """The safety margin (legacy default 2, 2023-07 default 1.5)."""
        limits = self.limits
        if limits.time_multipliers is not None:
            return limits.time_multipliers.time_limit_to_tle
        return limits.time_safety_margin or (2.0 if self.is_legacy else 1.5)

    @property
    def custom_validation(self) -> bool:
        return self.validation.split()[0] == "custom"

    @property
    def interactive(self) -> bool:
        types = self.type if isinstance(self.type, list) else self.type.split()
        return "interactive" in self.validation.split() or "interactive" in types

    def names(self) -> dict[str, str]:
        if isinstance(self.name, dict):
            return dict(self.name)
        return {"en": self.name} if self.name else {}
