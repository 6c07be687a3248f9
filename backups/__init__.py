"""Backups: the database and the media files in one archive, and back again."""
