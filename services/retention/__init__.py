"""What is kept, and for how long: the retention policy and the purge (README "What is kept")."""
