"""A language's self-test: compile and run its tiny program in the real sandbox."""

from __future__ import annotations

from tiku.errors import TikuError
from tiku.judge.engine import JudgeSettings, RunLimits, _custom_run
from tiku.judge.languages import Language


def self_test(language: Language, settings: JudgeSettings) -> tuple[str, str]:
    """``("ok", detail)`` when the language compiles and runs its test program correctly."""
    from tiku.judge.engine import Judge
    from tiku.judge.languages import LanguageRegistry

    test = language.spec.self_test
    judge = Judge(settings, LanguageRegistry({language.id: language}))
    limits = RunLimits(time_limit_s=5.0, memory_kib=512 * 1024, output_kib=1024)
    try:
        result = _custom_run(judge, None, test.source, language, test.input.encode(), limits)
    except TikuError as exc:
        return "failed", str(exc)
    if result.verdict != "OK":
        detail = (result.compile_output or result.stderr or result.message).strip()
        return "failed", f"{result.verdict}: {detail[:200]}"
    if result.output != test.output:
        return "failed", f"unexpected output {result.output!r}"
    return "ok", f"{result.time_s:.3f} s, {result.memory_kib} KiB"
