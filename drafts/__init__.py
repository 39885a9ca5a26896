"""Drafts: a team's letters, their revisions and what happened after they were sent."""
