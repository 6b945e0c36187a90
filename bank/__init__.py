"""The built-in bank: problem packages and concept entries, installed as package data."""
