"""Scoring a build against hand-made reference files (format of tests/gold/seeds.json)."""
