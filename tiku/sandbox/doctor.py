"""Which isolation layers this machine supports, and the refusal to run without them."""

from __future__ import annotations

import os
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
    why_not = identity.probe(policy.bwrap, sandbox_uid=policy.uid)
    if why_not is not None:
        return Layer("namespaces (bubblewrap)", False, why_not)
    return Layer("namespaces (bubblewrap)", True, "user, pid, mount, net, ipc, uts, cgroup")


def _seccomp() -> Layer:
    if seccomp.available():
        return Layer("seccomp", True, "libseccomp filter compiled")
    return Layer(
        "seccomp", False, "libseccomp or pyseccomp is missing (apt-get install libseccomp2)"
    )


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


def _cgroups(policy: SandboxPolicy) -> list[Layer]:
    """The memory and pids caps, and the group's own CPU counter: the only count of CPU used by
    processes the kernel reaps itself (children of a parent that ignores SIGCHLD), which ``wait4``
    never sees. One probe group for both."""
    caps, cpu = "cgroups (memory, pids)", "CPU accounting (cgroup)"
    try:
        group = SandboxCgroup.create(policy.cgroup_root, policy.cgroup_parent)
    except SandboxError as exc:
        return [Layer(caps, False, str(exc)), Layer(cpu, False, str(exc))]
    try:
        try:
            group.set_limits(64 * 1024 * 1024, 8)
            layers = [Layer(caps, True, f"cgroup v{group.version}")]
        except OSError as exc:
            layers = [Layer(caps, False, f"cannot set limits: {exc}")]
        if group.cpu_seconds() is None:
            layers.append(
                Layer(
                    cpu,
                    False,
                    "no CPU counter for the sandbox's cgroup (v1: create or delegate it under "
                    "the cpuacct controller too): CPU of processes the kernel reaps would go "
                    "uncounted",
                )
            )
        else:
            layers.append(Layer(cpu, True, "cpu.stat" if group.version == 2 else "cpuacct.usage"))
        return layers
    finally:
        group.destroy()


def _rlimits() -> Layer:
    return Layer("rlimits", True, f"always on (running as uid {os.getuid()})")


def diagnose(policy: SandboxPolicy) -> list[Layer]:
    layers = [_namespaces(policy), _host_identity(policy), _rlimits()]
    layers.append(_seccomp() if policy.seccomp else Layer("seccomp", False, "disabled by settings"))
    layers += (
        _cgroups(policy)
        if policy.cgroups
        else [
            Layer("cgroups (memory, pids)", False, "disabled by settings"),
            Layer("CPU accounting (cgroup)", False, "disabled by settings"),
        ]
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
