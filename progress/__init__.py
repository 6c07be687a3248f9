"""Per-learner progress through lessons; course progress is derived from it."""
