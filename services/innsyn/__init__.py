"""Innsyn: everything the service has stored about a user, for the user's right to see it."""
