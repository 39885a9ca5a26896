"""How much text people may type into each kind of field, in characters, form and server.

Sized for real letters: an appeal with a full Plan of Action runs to 5,000-10,000
characters; Amazon's replies are shorter. The limits keep every request's work bounded.
"""

from __future__ import annotations

# A letter's body (draft edit, wizard review).
LETTER_MAX_CHARS = 30_000
# A subject line.
SUBJECT_MAX_CHARS = 300
# A timeline comment or Amazon's reply pasted in full.
NOTE_MAX_CHARS = 20_000
