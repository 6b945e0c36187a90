"""tiku: an interview question bank and online judge.

The library is the single core that the CLI, the web app and the workers drive.
"""

__version__ = "0.1.0"
