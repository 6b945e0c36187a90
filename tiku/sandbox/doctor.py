"""Which isolation layers this machine supports, and the refusal to run without them."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache

from tiku.errors import SandboxError
from tiku.sandbox import identity, seccomp
from tiku.sandbox.cgroups import SandboxCgroup
from tiku.sandbox.policy import SandboxPolicy


@dataclass(frozen=True)
class Layer:
    name: str
    ok: bool
    detail: str
    required: bool = True


def _namespaces(policy: SandboxPolicy) -> Layer:
    path = shutil.which(policy.bwrap)
    if path is None:
        return Layer(
            "namespaces (bubblewrap)", False, "bwrap not installed (apt-get install bubblewrap)"
        )
    probe = [
        path,
        "--unshare-all",
        "--unshare-user",
        "--uid",
        str(policy.uid),
        "--die-with-parent",
        "--ro-bind",
        "/usr",
        "/usr",
        "--symlink",
        "usr/bin",
        "/bin",
        "--symlink",
        "usr/lib",
        "/lib",
        "--symlink",
        "usr/lib64",
        "/lib64",
        "--proc",
        "/proc",
        "/usr/bin/true",
    ]
    try:
        result = subprocess.run(probe, capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Layer("namespaces (bubblewrap)", False, str(exc))
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip()
        return Layer("namespaces (bubblewrap)", False, message or f"exit {result.returncode}")
    return Layer("namespaces (bubblewrap)", True, "user, pid, mount, net, ipc, uts, cgroup")


def _seccomp() -> Layer:
    if seccomp.available():
        return Layer("seccomp", True, "libseccomp filter compiled")
    return Layer(
        "seccomp", False, "libseccomp or pyseccomp is missing (apt-get install libseccomp2)"
    )


def _cgroups(policy: SandboxPolicy) -> Layer:
    try:
        group = SandboxCgroup.create(policy.cgroup_root, policy.cgroup_parent)
    except SandboxError as exc:
        return Layer("cgroups (memory, pids)", False, str(exc))
    try:
        group.set_limits(64 * 1024 * 1024, 8)
        return Layer("cgroups (memory, pids)", True, f"cgroup v{group.version}")
    except OSError as exc:
        return Layer("cgroups (memory, pids)", False, f"cannot set limits: {exc}")
    finally:
        group.destroy()


def _host_identity(policy: SandboxPolicy) -> Layer:
    name = "unprivileged host identity"
    if os.geteuid() != 0:
        return Layer(name, True, f"sandboxes run as the judge's own uid {os.geteuid()}")
    wanted = identity.wanted(policy.host_uid)
    if wanted is None:
        return Layer(name, False, "sandboxes of this root judge would run as host root")
    why_not = identity.drop_works(policy.bwrap, wanted)
    if why_not is not None:
        return Layer(name, False, f"cannot start a sandbox as host uid {wanted.uid}: {why_not}")
    return Layer(name, True, f"the root judge starts sandboxes as host uid {wanted.uid}")


def _cgroup_cpu(policy: SandboxPolicy) -> Layer:
    """The sandbox group's own CPU counter: the only count of CPU used by processes the kernel
    reaps itself (children of a parent that ignores SIGCHLD), which ``wait4`` never sees."""
    name = "CPU accounting (cgroup)"
    try:
        group = SandboxCgroup.create(policy.cgroup_root, policy.cgroup_parent)
    except SandboxError as exc:
        return Layer(name, False, str(exc))
    try:
        if group.cpu_seconds() is None:
            return Layer(
                name,
                False,
                "no CPU counter for the sandbox's cgroup (v1: create or delegate it under the "
                "cpuacct controller too): CPU of processes the kernel reaps would go uncounted",
            )
        return Layer(name, True, "cpu.stat" if group.version == 2 else "cpuacct.usage")
    finally:
        group.destroy()


def _rlimits() -> Layer:
    return Layer("rlimits", True, f"always on (running as uid {os.getuid()})")


def diagnose(policy: SandboxPolicy) -> list[Layer]:
    layers = [_namespaces(policy), _host_identity(policy), _rlimits()]
    layers.append(_seccomp() if policy.seccomp else Layer("seccomp", False, "disabled by settings"))
    layers.append(
        _cgroups(policy)
        if policy.cgroups
        else Layer("cgroups (memory, pids)", False, "disabled by settings")
    )
    layers.append(
        _cgroup_cpu(policy)
        if policy.cgroups
        else Layer("CPU accounting (cgroup)", False, "disabled by settings")
    )
    return layers


@cache
def _cached_missing(policy: SandboxPolicy) -> tuple[str, ...]:
    return tuple(f"{layer.name}: {layer.detail}" for layer in diagnose(policy) if not layer.ok)


def ensure_secure(policy: SandboxPolicy) -> None:
    """Refuse to run untrusted code when a layer is missing, unless ``insecure`` was asked for."""
    if policy.insecure:
        return
    missing = _cached_missing(policy)
    if missing:
        raise SandboxError(
            "refusing to run untrusted code: missing isolation layers ("
            + "; ".join(missing)
            + "). Run 'tiku doctor' for details, or pass --insecure."
        )
