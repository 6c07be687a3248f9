"""Filled in by the live part of the workshops app."""

urlpatterns = []
