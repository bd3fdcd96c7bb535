"""Myth or Fact: a terminal health quiz."""
