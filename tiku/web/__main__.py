"""``python -m tiku.web serve ...``."""

from tiku.web.cli import main

main()
