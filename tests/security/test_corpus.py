"""The attack corpus: every hostile submission in ``corpus/`` judged by the real judge.

Each attack prints the correct answer only if it succeeds, so an escape shows up as AC. Beyond the
verdict, after every attack: the host canaries were neither read nor changed, no secret appears in
anything shown to the user, nothing new appeared on the host, no process is left, the judge and the
host stay responsive. See docs/attack-corpus.md.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.security.conftest import require
from tests.security.harness import (
    ENV_NAME,
    MARKER,
    REPO,
    Attack,
    HostSnapshot,
    World,
    external_corpus,
    kill_leftovers,
    load_corpus,
    sentinel_alive,
    wait_for_no_leftovers,
)
from tiku.judge.engine import Judge
from tiku.judge.verdict import JudgeResult, Verdict

pytestmark = pytest.mark.slow

IN_REPO = load_corpus()
EXTERNAL = external_corpus()
# The corpus judged: the in-repo one, or one kept elsewhere (TIKU_SEC_CORPUS=DIR), same checks.
CORPUS = load_corpus(EXTERNAL) if EXTERNAL is not None else IN_REPO
JUDGE_RSS_GROWTH_LIMIT_KIB = 512 * 1024
UNPRIVILEGED_USER = "tikusec"
# A representative subset judged through the CLI as an unprivileged user.
UNPRIVILEGED_SUBSET = (
    "env_leak.py",
    "write_everywhere.py",
    "symlink_plant_out.py",
    "ptrace_supervisor.py",
    "kill_all.py",
    "fork_bomb.py",
    "net_tcp_udp.py",
    "daemon_double_fork.py",
    "shm_share_runs.py",
    "canary_read.cpp",
    "EnvLeak.java",
)


def shown_texts(result: JudgeResult) -> list[str]:
    """Everything of a result that a user may see."""
    texts = [result.compile_output, result.message]
    for test in result.tests:
        texts += [test.message, test.output_preview]
    return texts


def without_expected(world: World, attack: Attack, texts: list[str]) -> list[str]:
    """Verdict messages quote the expected answer (see the test below): for the host-secret check,
    drop the package's own answers from them, so that the check finds leaks, not the checker."""
    out = []
    for text in texts:
        for answer in world.package_answers[attack.package]:
            text = text.replace(answer, "<expected>")
        out.append(text)
    return out


def check_after(
    world: World,
    attack: Attack,
    before: HostSnapshot,
    shown: list[str],
    outputs: list[str],
    judge_uid: int | None = None,
) -> list[str]:
    """Every host-side check; returns what went wrong (empty when all is well)."""
    problems: list[str] = []
    for secret in world.secrets:
        if any(secret in text for text in shown):
            problems.append(f"a host secret ({secret[:12]}...) appears in what the user sees")
    for answer in world.answers:
        if any(answer in text for text in outputs):
            problems.append(f"a hidden answer ({answer[:12]}...) appears in the program's output")
    events = world.watcher.events()
    if events:
        problems.append(f"the host canaries were touched: {events[:8]}")
    leftovers = wait_for_no_leftovers()
    if leftovers:
        kill_leftovers(leftovers)
        problems.append(
            "processes outlived the judging: "
            + "; ".join(f"{p.pid} {p.args[:80]}" for p in leftovers)
        )
    problems += HostSnapshot.take(world, judge_uid).new_since(before)
    if not sentinel_alive(world):
        problems.append("a host process (the sentinel) was killed")
    for name, token in world.canary_tokens.items():
        if (world.canary_dir / name).read_text().strip() != token:
            problems.append(f"the host canary {name} changed")
    # Reading the canaries above raised events of our own: drop them.
    world.watcher.events()
    return problems


@pytest.mark.parametrize("attack", CORPUS, ids=[a.name for a in CORPUS])
def test_attack(world: World, sec_judge: Judge, attack: Attack) -> None:
    package = world.packages[attack.package]
    language = sec_judge.languages.get(attack.lang)
    source = attack.source(world)
    problems: list[str] = []
    verdicts: list[str] = []
    for run in range(attack.runs):
        before = HostSnapshot.take(world)
        world.watcher.events()
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.monotonic()
        try:
            result = sec_judge.judge(package, source, language)
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            problems.append(
                f"run {run + 1}: the judge itself raised {exc.__class__.__name__}: {exc}"
            )
            result = JudgeResult(Verdict.JE, message=f"judge raised {exc!r}")
        wall = time.monotonic() - start
        # The pool closes the judging's sandboxes and starts the next ones: let it finish.
        assert sec_judge.pool.wait_idle(), "the sandbox pool did not settle within 30 s"
        rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
        verdicts.append(result.verdict.value)
        if result.verdict == Verdict.AC:
            problems.append(f"run {run + 1}: ACCEPTED: the attack succeeded ({attack.attack})")
        elif result.verdict.value not in attack.verdicts:
            problems.append(
                f"run {run + 1}: verdict {result.verdict.value} not in {sorted(attack.verdicts)}: "
                f"{result.message[:300]}"
            )
        if wall > attack.wall_s:
            problems.append(f"run {run + 1}: judging took {wall:.1f} s > {attack.wall_s:g} s")
        if rss_growth > JUDGE_RSS_GROWTH_LIMIT_KIB:
            problems.append(f"run {run + 1}: the judge's own memory grew by {rss_growth} KiB")
        outputs = [t.output_preview for t in result.tests]
        messages = [result.message, *(t.message for t in result.tests)]
        shown = [result.compile_output, *outputs, *without_expected(world, attack, messages)]
        problems += [
            f"run {run + 1}: {p}" for p in check_after(world, attack, before, shown, outputs)
        ]
    assert not problems, f"{attack.name} ({attack.incident}) verdicts {verdicts}:\n" + "\n".join(
        problems
    )


def test_corpus_is_large_and_covers_every_language() -> None:
    assert len(IN_REPO) >= 40
    assert {a.path.suffix for a in IN_REPO} == {".py", ".cpp", ".java"}
    for attack in IN_REPO:
        assert attack.package in {p.name for p in (Path(__file__).parent / "packages").iterdir()}


def test_positive_controls_can_be_accepted(world: World, sec_judge: Judge) -> None:
    """The fixture packages can give AC: so a non-AC in the corpus means the attack failed."""
    python = sec_judge.languages.get("python3")
    answers = {
        "sec-canary": world.canary_tokens["host-secret.txt"],
        "sec-env": world.env_token,
        "sec-escaped": "ESCAPED",
    }
    for name, answer in answers.items():
        result = sec_judge.judge(world.packages[name], f"print({answer!r})\n", python)
        assert result.verdict == Verdict.AC, (name, result.message)
    by_test = {
        f"test={p.stem}": p.with_suffix(".ans").read_text().strip()
        for p in (world.package_dirs["sec-answer"] / "data" / "secret").glob("*.in")
    }
    source = f"import sys\nanswers = {by_test!r}\nprint(answers[sys.stdin.readline().strip()])\n"
    result = sec_judge.judge(world.packages["sec-answer"], source, python)
    assert result.verdict == Verdict.AC, result.message
    fn = (world.package_dirs["sec-fn-secret"] / "data" / "secret").glob("*.in")
    table = {
        int(p.read_text().strip()[1:-1]): json.loads(p.with_suffix(".ans").read_text()) for p in fn
    }
    source = f"class Solution:\n    def secret(self, n):\n        return {table!r}[n]\n"
    result = sec_judge.judge(world.packages["sec-fn-secret"], source, python)
    assert result.verdict == Verdict.AC, result.message


def test_hidden_answers_are_not_revealed_in_verdict_messages(
    world: World, sec_judge: Judge
) -> None:
    """A WA on a secret test must not tell the user the expected output (one token at a time, a
    user could otherwise read every hidden answer through repeated submissions)."""
    python = sec_judge.languages.get("python3")
    result = sec_judge.judge(world.packages["sec-answer"], "print('nope')\n", python)
    assert result.verdict == Verdict.WA
    assert not any(a in text for a in world.answers for text in shown_texts(result)), result.message
    fn = sec_judge.judge(
        world.packages["sec-fn-secret"],
        "class Solution:\n    def secret(self, n):\n        return 'nope'\n",
        python,
    )
    assert fn.verdict == Verdict.WA
    assert not any(a in text for a in world.answers for text in shown_texts(fn)), fn.message


# -- the same attacks as an unprivileged user, through the CLI ----------------------------------


def _unprivileged_prefix() -> list[str]:
    if os.geteuid() != 0:
        return []  # already unprivileged: run as ourselves
    require(shutil.which("runuser") is not None, "runuser is missing")
    exists = subprocess.run(["id", "-u", UNPRIVILEGED_USER], capture_output=True).returncode == 0
    if not exists:
        require(shutil.which("useradd") is not None, "useradd is missing")
        made = subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                UNPRIVILEGED_USER,
            ],
            capture_output=True,
            text=True,
        )
        require(made.returncode == 0, f"cannot create user {UNPRIVILEGED_USER}: {made.stderr}")
    return ["runuser", "-u", UNPRIVILEGED_USER, "--"]


def _delegate_cgroup(user: str) -> str | None:
    """As root, delegate a cgroup to ``user`` (the judge refuses to run without cgroups); returns
    the ``--cgroup-parent`` to pass. Unprivileged runs take it from TIKU_SEC_CGROUP_PARENT."""
    if os.geteuid() != 0:
        return os.environ.get("TIKU_SEC_CGROUP_PARENT")
    name = f"tiku-sec-{user}"
    base = Path("/sys/fs/cgroup")
    uid = int(subprocess.run(["id", "-u", user], capture_output=True, text=True).stdout)
    gid = int(subprocess.run(["id", "-g", user], capture_output=True, text=True).stdout)
    if (base / "cgroup.controllers").exists():
        groups = [base / name]
    else:
        groups = [base / "memory" / name, base / "pids" / name]
        if (base / "cpuacct" / "cpuacct.usage").exists():
            groups.append(base / "cpuacct" / name)  # the CPU counter the judge requires
    for group in groups:
        group.mkdir(exist_ok=True)
        if (group / "cgroup.subtree_control").exists():
            with contextlib.suppress(OSError):
                (group / "cgroup.subtree_control").write_text("+memory +pids")
        os.chown(group, uid, gid)
        for entry in group.iterdir():
            if entry.is_file() and entry.name.startswith(("cgroup.", "memory.", "pids.", "cpu")):
                with contextlib.suppress(OSError):
                    os.chown(entry, uid, gid)
    return name


def _cli_for(prefix: list[str], world: World) -> list[str]:
    """A tiku command the unprivileged user can run (copying what it cannot read, if needed)."""
    tiku = str(REPO / ".venv" / "bin" / "tiku")
    probe = subprocess.run(
        [*prefix, str(REPO / ".venv" / "bin" / "python"), "-c", "import tiku.cli"],
        capture_output=True,
        text=True,
    )
    if probe.returncode == 0:
        return [tiku]
    # The repository or the venv is private: give the user a world-readable copy.
    copy = world.root / "unpriv-code"
    if not copy.exists():
        site = next((REPO / ".venv" / "lib").glob("python3*/site-packages"))
        shutil.copytree(site, copy / "site", ignore=shutil.ignore_patterns("*tiku*"))
        shutil.copytree(REPO / "tiku", copy / "site" / "tiku")
        for dirpath, dirnames, filenames in os.walk(copy):
            for name in dirnames:
                os.chmod(os.path.join(dirpath, name), 0o755)
            for name in filenames:
                os.chmod(os.path.join(dirpath, name), 0o644)
    return ["/usr/bin/env", f"PYTHONPATH={copy / 'site'}", "/usr/bin/python3.11", "-m", "tiku.cli"]


def test_unprivileged_cli_subset(world: World, sec_judge: Judge) -> None:
    require(shutil.which("bwrap") is not None, "bubblewrap (bwrap) is not installed")
    prefix = _unprivileged_prefix()
    cli = _cli_for(prefix, world)
    parent = _delegate_cgroup(UNPRIVILEGED_USER if prefix else os.environ.get("USER", ""))
    require(
        parent is not None,
        "the judge needs a cgroup delegated to its user: set TIKU_SEC_CGROUP_PARENT",
    )
    assert parent is not None
    # The compile cache is the judge's own state, not something the sandbox wrote: keep it off
    # so that any new host file owned by the judge's user is a finding.
    cli = [*cli, "--cgroup-parent", parent, "--no-compile-cache"]
    judge_uid = None
    if prefix:
        judge_uid = int(
            subprocess.run(["id", "-u", UNPRIVILEGED_USER], capture_output=True, text=True).stdout
        )
    by_name = {a.name: a for a in CORPUS}
    sources = world.root / "unpriv-sources"
    sources.mkdir(exist_ok=True, mode=0o755)
    os.chmod(sources, 0o755)
    problems: list[str] = []
    # An external corpus is judged unprivileged in full.
    names = [a.name for a in CORPUS] if EXTERNAL is not None else list(UNPRIVILEGED_SUBSET)
    for name in names:
        attack = by_name[name]
        src = sources / name
        src.write_text(attack.source(world))
        os.chmod(src, 0o644)
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": "/tmp",
            "LANG": "C.UTF-8",
            ENV_NAME: world.env_token,
        }
        for run in range(attack.runs):
            before = HostSnapshot.take(world, judge_uid)
            world.watcher.events()
            start = time.monotonic()
            proc = subprocess.run(
                [
                    *prefix,
                    "/usr/bin/env",
                    "-i",
                    *(f"{k}={v}" for k, v in env.items()),
                    *cli,
                    "judge",
                    "--json",
                    str(world.package_dirs[attack.package]),
                    str(src),
                ],
                capture_output=True,
                text=True,
                cwd="/tmp",
                timeout=attack.wall_s + 30,
            )
            wall = time.monotonic() - start
            label = f"{name} run {run + 1}"
            try:
                data = json.loads(proc.stdout)
            except ValueError:
                problems.append(
                    f"{label}: no JSON from the CLI: {proc.stdout[-300:]} {proc.stderr[-600:]}"
                )
                continue
            verdict = data.get("verdict")
            if verdict == "AC":
                problems.append(f"{label}: ACCEPTED as an unprivileged user")
            elif verdict not in attack.verdicts:
                problems.append(
                    f"{label}: verdict {verdict} not in {sorted(attack.verdicts)}: {data.get('message', '')[:200]}"
                )
            if wall > attack.wall_s + 5:
                problems.append(f"{label}: took {wall:.1f} s")
            messages = [
                data.get("message", ""),
                *(t.get("message", "") for t in data.get("tests", [])),
            ]
            shown = [data.get("compile_output", ""), proc.stderr]
            shown += without_expected(world, attack, messages)
            problems += [
                f"{label}: {p}" for p in check_after(world, attack, before, shown, [], judge_uid)
            ]
    assert not problems, "\n".join(problems)


def test_marker_is_not_on_the_host_before_we_start(world: World) -> None:
    assert not world.baseline.markers, (
        f"files named {MARKER} already on the host: {world.baseline.markers}"
    )


def test_attack_corpus_doc_lists_every_file() -> None:
    doc = (REPO / "docs" / "attack-corpus.md").read_text("utf-8")
    missing = [a.name for a in IN_REPO if f"`{a.name}`" not in doc]
    assert not missing, f"docs/attack-corpus.md lacks {missing}"
