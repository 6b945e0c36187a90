"""The supervisor as bytecode compiled by the sandbox's own interpreter, cached on disk.

Starting the supervisor from source would make its interpreter compile it inside the sandbox, and
the compiler's freed memory stays in the process: megabytes that every forked run then inherits,
which makes each fork and exit dearer. So the host has the interpreter compile it once (for its
version, outside the sandbox) and the sandbox runs the ``.pyc``.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path

_COMPILE = (
    "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)"
)


def supervisor_source() -> bytes:
    return resources.files("tiku.sandbox").joinpath("supervisor.py").read_bytes()


@cache
def compiled_supervisor(interpreter: str, cache_dir: Path | None = None) -> bytes | None:
    """The supervisor's bytecode for ``interpreter``, or None if it cannot be made (then the
    sandbox runs the source). Kept in memory, and in ``cache_dir`` when one is given."""
    source = supervisor_source()
    try:
        info = os.stat(interpreter)
    except OSError:
        return None
    key = hashlib.sha256(
        source + f"\0{os.path.realpath(interpreter)}\0{info.st_size}\0{info.st_mtime_ns}".encode()
    ).hexdigest()[:32]
    cached = cache_dir / f"{key}.pyc" if cache_dir is not None else None
    if cached is not None:
        try:
            return cached.read_bytes()
        except OSError:
            pass
    with tempfile.TemporaryDirectory(prefix="tiku-sup-") as tmp:
        src = Path(tmp) / "supervisor.py"
        out = Path(tmp) / "supervisor.pyc"
        src.write_bytes(source)
        try:
            subprocess.run(
                [interpreter, "-S", "-I", "-c", _COMPILE, str(src), str(out)],
                check=True,
                capture_output=True,
                timeout=60,
                env={"PATH": "/usr/bin:/bin"},
            )
            data = out.read_bytes()
        except (OSError, subprocess.SubprocessError):
            return None
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            fd, partial = tempfile.mkstemp(dir=cached.parent, suffix=".part")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(partial, cached)
        except OSError:
            pass  # no writable cache: compiled again by the next process
    return data
