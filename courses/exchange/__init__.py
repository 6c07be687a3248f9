"""Sharing courses between Pas à Pas sites: one file per course (docs/course-exchange.md)."""
