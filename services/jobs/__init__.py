"""Job matches (jobbmatch): NAV's job-ad feed, the user's job wishes, matching, sending, answers."""
