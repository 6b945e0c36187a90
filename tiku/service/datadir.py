"""The data folder is private: 0700, and the files tiku keeps at its top 0600.

It holds the database (password hashes, token and session hashes, everyone's sources) and the
key that signs session cookies. Nothing in it is for other users of the machine, so the folder
is made 0700 (which alone keeps everything under it out of their reach), and the files at its
top are 0600 as well, in case the folder is ever opened up. A data folder made by an older
tiku (0755, files 0644) is fixed at start.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

DIR_MODE = 0o700
FILE_MODE = 0o600


def prepare_data_dir(path: Path) -> None:
    """Create ``path`` (0700) or make an existing one private again, with its top-level files."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    try:
        if path.stat().st_mode & 0o777 != DIR_MODE:
            path.chmod(DIR_MODE)
        for entry in os.scandir(path):
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mode & 0o077:
                os.chmod(entry.path, FILE_MODE)
    except OSError as exc:  # e.g. a folder owned by someone else: tiku still works
        log.warning("could not make the data folder %s private: %s", path, exc)
