"""Benchmarks for Myth or Fact: each figure is timed against a floor measured in the same run.

Run `python -m bench.run` from the repository root (`--quick` for fewer repetitions, `--write` to
update docs/performance.md).
"""
