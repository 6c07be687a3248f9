"""Filled in by the grid part of the workshops app."""

urlpatterns = []
