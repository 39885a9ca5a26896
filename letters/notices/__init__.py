"""Reading Amazon's notices: which case, which marketplace, which dates and facts.

Pure functions over the pasted text (see reader.read_notice): nothing is fetched, nothing
evaluated, and nothing here knows about the wizard or the session.
"""
