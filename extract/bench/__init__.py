"""Benchmark commands: figures that must hold, measured rather than unit-tested."""
