"""Package list: the library, plus the bank's content folder as the data package ``tiku_bank``."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["tiku", "tiku.*"]), "tiku_bank"])
