"""The attack-corpus harness: a host world with canaries, fresh packages, and the checks after a run.

Every corpus file (``corpus/*.{py,cpp,java}``) starts with a header of comment lines::

    # attack: what it tries
    # incident: which public incident it reproduces
    # package: sec-escaped            (one of packages/)
    # verdicts: WA RTE                (the acceptable verdicts; AC is never acceptable)
    # runs: 2                         (optional: judge it this many times in a row)
    # wall: 30                        (optional: seconds the whole judging may take)
    # layer: what stops it            (documentation, see docs/attack-corpus.md)

Sources may use placeholders the harness fills in before judging: ``@CANARY_FILE@``,
``@CANARY_DIR@``, ``@PACKAGE_DIR@`` (the package the file is judged against, on the host),
``@ENV_NAME@``, ``@REPO@``, ``@HOME@``, ``@WORLD@``. Knowing the host paths is assumed: an attacker
can guess them, and the sandbox must hold even so.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import secrets
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tiku.bank.package import ProblemPackage, load_package

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CORPUS = HERE / "corpus"
PACKAGES = HERE / "packages"
MARKER = "tkatk"  # every file an attack writes, and every process it leaves, carries this name
SENTINEL_MARKER = "tksentinel"
ENV_NAME = "TIKU_SEC_CANARY"
DEFAULT_WALL_S = 30.0
LANGS = {".py": "python3", ".cpp": "cpp17", ".java": "java17"}
ALL_VERDICTS = {"AC", "WA", "TLE", "MLE", "RTE", "OLE", "CE", "JE"}
HEADER_RE = re.compile(
    r"^\s*(?:#|//)\s*(attack|incident|package|verdicts|runs|wall|layer):\s*(.*)$"
)


# -- the corpus ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attack:
    path: Path
    attack: str
    incident: str
    package: str
    verdicts: frozenset[str]
    layer: str
    runs: int = 1
    wall_s: float = DEFAULT_WALL_S

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def lang(self) -> str:
        return LANGS[self.path.suffix]

    def source(self, world: World) -> str:
        text = self.path.read_text("utf-8")
        table = {
            "@CANARY_FILE@": str(world.canary_file),
            "@CANARY_DIR@": str(world.canary_dir),
            "@PACKAGE_DIR@": str(world.package_dirs[self.package]),
            "@ENV_NAME@": ENV_NAME,
            "@REPO@": str(REPO),
            "@HOME@": os.path.expanduser("~"),
            "@WORLD@": str(world.root),
        }
        for key, value in table.items():
            text = text.replace(key, value)
        return text


def parse_attack(path: Path) -> Attack:
    fields: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines()[:40]:
        match = HEADER_RE.match(line)
        if match:
            key, value = match.groups()
            fields[key] = (fields.get(key, "") + " " + value.strip()).strip()
    missing = {"attack", "incident", "package", "verdicts", "layer"} - set(fields)
    if missing:
        raise ValueError(f"{path.name}: header lacks {sorted(missing)}")
    verdicts = frozenset(fields["verdicts"].split())
    if not verdicts or not verdicts <= ALL_VERDICTS or "AC" in verdicts:
        raise ValueError(f"{path.name}: bad verdicts {sorted(verdicts)} (AC is never acceptable)")
    return Attack(
        path=path,
        attack=fields["attack"],
        incident=fields["incident"],
        package=fields["package"],
        verdicts=verdicts,
        layer=fields["layer"],
        runs=int(fields.get("runs", "1")),
        wall_s=float(fields.get("wall", DEFAULT_WALL_S)),
    )


def load_corpus(directory: Path = CORPUS) -> list[Attack]:
    return [parse_attack(p) for p in sorted(directory.iterdir()) if p.suffix in LANGS]


def external_corpus() -> Path | None:
    """A corpus kept outside the repository (``TIKU_SEC_CORPUS=DIR``), judged with the same checks
    in place of the in-repo one."""
    value = os.environ.get("TIKU_SEC_CORPUS")
    return Path(value) if value else None


# -- the host world -----------------------------------------------------------------------------


@dataclass
class World:
    """Host state the attacks go after, and everything needed to tell whether they got it."""

    root: Path
    canary_dir: Path
    canary_file: Path
    canary_tokens: dict[str, str]
    env_token: str
    package_dirs: dict[str, Path]
    packages: dict[str, ProblemPackage]
    answers: list[str]
    package_answers: dict[str, set[str]]
    watcher: CanaryWatcher
    sentinel: subprocess.Popen[bytes]
    baseline: HostSnapshot = field(init=False)

    @property
    def secrets(self) -> list[str]:
        """Host secrets that must never appear anywhere a user can see."""
        return [*self.canary_tokens.values(), self.env_token]


def token(prefix: str) -> str:
    return f"{prefix}{secrets.token_hex(16)}"


def build_world() -> World:
    root = Path(tempfile.mkdtemp(prefix="tkworld-"))
    os.chmod(root, 0o755)
    canary_dir = root / "canary"
    canary_dir.mkdir(mode=0o755)
    canary_tokens = {
        name: token("canary")
        for name in ("host-secret.txt", "id_ed25519", "judge-db-password", "answers.ans")
    }
    for name, value in canary_tokens.items():
        (canary_dir / name).write_text(value + "\n")
        # Readable by the judge's user: only the sandbox may stand between an attack and it.
        os.chmod(canary_dir / name, 0o644)
    canary_file = canary_dir / "host-secret.txt"
    env_token = token("envcanary")
    os.environ[ENV_NAME] = env_token
    package_dirs: dict[str, Path] = {}
    answers: list[str] = []
    for skeleton in sorted(PACKAGES.iterdir()):
        if not skeleton.is_dir():
            continue
        target = root / "packages" / skeleton.name
        shutil.copytree(skeleton, target)
        package_dirs[skeleton.name] = target
        for inp in sorted((target / "data" / "secret").glob("*.in")):
            number = inp.stem
            if skeleton.name == "sec-fn-secret":
                answer = token("fnanswer")
                inp.write_text(f"[{number}]\n")
                inp.with_suffix(".ans").write_text(f'"{answer}"\n')
                answers.append(answer)
                continue
            lines = [
                f"test={number}",
                f"canary_file={canary_file}",
                f"canary_dir={canary_dir}",
                f"package_dir={target}",
                f"env_name={ENV_NAME}",
            ]
            inp.write_text("\n".join(lines) + "\n")
            if skeleton.name == "sec-answer":
                answer = token("answer")
                answers.append(answer)
            elif skeleton.name == "sec-canary":
                answer = canary_tokens["host-secret.txt"]
            elif skeleton.name == "sec-env":
                answer = env_token
            else:
                answer = "ESCAPED"
            inp.with_suffix(".ans").write_text(answer + "\n")
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames:
            os.chmod(os.path.join(dirpath, name), 0o755)
        for name in filenames:
            os.chmod(os.path.join(dirpath, name), 0o644)
    packages = {name: load_package(path) for name, path in package_dirs.items()}
    package_answers = {
        name: {p.read_text().strip().strip('"') for p in path.glob("data/*/*.ans")}
        for name, path in package_dirs.items()
    }
    watcher = CanaryWatcher(canary_dir)
    sentinel = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(36000)", SENTINEL_MARKER],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    world = World(
        root=root,
        canary_dir=canary_dir,
        canary_file=canary_file,
        canary_tokens=canary_tokens,
        env_token=env_token,
        package_dirs=package_dirs,
        packages=packages,
        answers=answers,
        package_answers=package_answers,
        watcher=watcher,
        sentinel=sentinel,
    )
    world.baseline = HostSnapshot.take(world)
    return world


def destroy_world(world: World) -> None:
    world.watcher.close()
    with contextlib.suppress(OSError):
        world.sentinel.kill()
    world.sentinel.wait()
    os.environ.pop(ENV_NAME, None)
    shutil.rmtree(world.root, ignore_errors=True)


# -- canaries must be neither read nor changed: inotify on their directory ------------------------

IN_ACCESS, IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE = 0x1, 0x2, 0x4, 0x8
IN_OPEN, IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE = 0x20, 0x40, 0x80, 0x100
IN_DELETE, IN_DELETE_SELF, IN_MOVE_SELF = 0x200, 0x400, 0x800
WATCH_MASK = (
    IN_ACCESS
    | IN_MODIFY
    | IN_ATTRIB
    | IN_CLOSE_WRITE
    | IN_OPEN
    | IN_MOVED_FROM
    | IN_MOVED_TO
    | IN_CREATE
    | IN_DELETE
    | IN_DELETE_SELF
    | IN_MOVE_SELF
)
EVENT_NAMES = {
    IN_ACCESS: "read",
    IN_MODIFY: "modified",
    IN_ATTRIB: "attributes changed",
    IN_CLOSE_WRITE: "closed after writing",
    IN_OPEN: "opened",
    IN_MOVED_FROM: "moved away",
    IN_MOVED_TO: "moved in",
    IN_CREATE: "created",
    IN_DELETE: "deleted",
    IN_DELETE_SELF: "directory deleted",
    IN_MOVE_SELF: "directory moved",
}


class CanaryWatcher:
    """Reports every open, read or change of the canary directory and the files in it."""

    def __init__(self, directory: Path) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        wd = self._libc.inotify_add_watch(self.fd, str(directory).encode(), WATCH_MASK)
        if wd < 0:
            raise OSError(ctypes.get_errno(), f"inotify_add_watch {directory}")

    def events(self) -> list[str]:
        out: list[str] = []
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return out
            offset = 0
            while offset + 16 <= len(data):
                _, mask, _, length = struct.unpack_from("iIII", data, offset)
                name = data[offset + 16 : offset + 16 + length].rstrip(b"\0").decode()
                offset += 16 + length
                kinds = [text for bit, text in EVENT_NAMES.items() if mask & bit]
                out.append(f"{name or '<canary dir>'}: {', '.join(kinds) or hex(mask)}")

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


# -- host files: nothing new outside the judge's own directories --------------------------------

IGNORED_NEW = re.compile(
    r"^(tiku-.*|tkworld-.*|pytest-.*|tmp.*|.*\.tmp|__pycache__|\.pytest_cache|\.ruff_cache|"
    r"\.mypy_cache|\.cache|hsperfdata_.*|security_findings\.md)$"
)


def quiet_dirs() -> list[Path]:
    """Host directories nobody else writes to while the corpus runs: any new entry is suspect."""
    dirs = [Path("/"), HERE, Path(os.path.expanduser("~"))]
    return [d for d in dirs if d.is_dir()]


def busy_dirs() -> list[Path]:
    """Shared directories other programs write to concurrently (CI, other test runs): there, an
    entry counts as the sandbox's when it carries the marker, or (unprivileged runs) when it
    belongs to the judge's user."""
    dirs = [Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"), REPO]
    return [d for d in dirs if d.is_dir()]


def owned_by(uid: int | None) -> set[str]:
    if uid is None:
        return set()
    out = set()
    for directory in busy_dirs():
        for name in _listing(directory):
            path = directory / name
            with contextlib.suppress(OSError):
                if path.lstat().st_uid == uid:
                    out.add(str(path))
    return out


def _listing(directory: Path) -> set[str]:
    try:
        return set(os.listdir(directory))
    except OSError:
        return set()


def find_markers(roots: Iterable[Path], max_depth: int = 4) -> set[str]:
    """Paths whose name carries the attack marker (every attack names what it writes so)."""
    found: set[str] = set()
    for root in roots:
        base_depth = len(root.parts)
        for dirpath, dirnames, filenames in os.walk(root):
            depth = len(Path(dirpath).parts) - base_depth
            dirnames[:] = [
                d
                for d in dirnames
                if d not in (".git", ".venv", "proc", "sys") and depth < max_depth
            ]
            for name in (*dirnames, *filenames):
                if MARKER in name:
                    found.add(os.path.join(dirpath, name))
    return found


def tree_digest(root: Path) -> dict[str, tuple[int, int, str]]:
    """Everything under ``root``: size, mode and (for small files) content, by relative path."""
    out: dict[str, tuple[int, int, str]] = {}
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            path = Path(dirpath) / name
            st = path.lstat()
            content = path.read_bytes().hex() if st.st_size < 4096 and path.is_file() else ""
            out[str(path.relative_to(root))] = (st.st_size, st.st_mode, content)
    return out


@dataclass
class HostSnapshot:
    listings: dict[str, set[str]]
    markers: set[str]
    packages: dict[str, tuple[int, int, str]]
    owned: set[str]

    @classmethod
    def take(cls, world: World, judge_uid: int | None = None) -> HostSnapshot:
        """``judge_uid``: the (unprivileged) user the judge runs as, whose new files are suspect."""
        return cls(
            listings={str(d): _listing(d) for d in quiet_dirs()},
            markers=find_markers([*busy_dirs(), *quiet_dirs()[1:], world.root]),
            packages=tree_digest(world.root / "packages"),
            owned=owned_by(judge_uid),
        )

    def new_since(self, before: HostSnapshot) -> list[str]:
        problems = []
        for directory, names in self.listings.items():
            for name in sorted(names - before.listings.get(directory, set())):
                if not IGNORED_NEW.match(name):
                    problems.append(f"new host entry {os.path.join(directory, name)}")
        for path in sorted(self.owned - before.owned):
            problems.append(f"new host file owned by the judge's user: {path}")
        for path in sorted(self.markers - before.markers):
            problems.append(f"an attack's file landed on the host: {path}")
        if self.packages != before.packages:
            changed = {
                k
                for k in self.packages.keys() | before.packages.keys()
                if self.packages.get(k) != before.packages.get(k)
            }
            problems.append(f"the problem packages changed: {sorted(changed)}")
        return problems


# -- processes: nothing an attack started may outlive its judging -------------------------------


@dataclass(frozen=True)
class Proc:
    pid: int
    ppid: int
    comm: str
    args: str


def processes() -> dict[int, Proc]:
    out: dict[int, Proc] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read().decode(errors="replace")
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                args = handle.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] == "Z":
            continue
        out[int(entry)] = Proc(int(entry), int(fields[1]), comm, args)
    return out


def _has_bwrap_ancestor(proc: Proc, table: dict[int, Proc]) -> bool:
    seen = 0
    current: Proc | None = proc
    while current is not None and seen < 64:
        if current.comm == "bwrap" or current.args.startswith(("bwrap", "/usr/bin/bwrap")):
            return True
        current = table.get(current.ppid)
        seen += 1
    return False


def leftover_processes() -> list[Proc]:
    """Processes an attack left: marked ones, and sandbox processes whose sandbox is gone."""
    table = processes()
    me = os.getpid()
    out = []
    for proc in table.values():
        if proc.pid == me:
            continue
        marked = MARKER in proc.comm or MARKER in proc.args
        orphan = ("/sup/supervisor.py" in proc.args or proc.args.startswith("/box/")) and (
            not _has_bwrap_ancestor(proc, table)
        )
        if marked or orphan:
            out.append(proc)
    return out


def wait_for_no_leftovers(timeout_s: float = 3.0) -> list[Proc]:
    deadline = time.monotonic() + timeout_s
    while True:
        left = leftover_processes()
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


def kill_leftovers(procs: Iterable[Proc]) -> None:
    """Clean up after a failing attack (only the processes this harness found for it)."""
    for proc in procs:
        with contextlib.suppress(OSError):
            os.kill(proc.pid, signal.SIGKILL)


def sentinel_alive(world: World) -> bool:
    return world.sentinel.poll() is None


@contextlib.contextmanager
def chdir(path: Path) -> Iterator[None]:
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)
