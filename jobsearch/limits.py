"""How much a CV or a letter may hold: enough for a real one, not enough to fill the disk."""

SHORT = 80  # a name, a town, a period
PHONE = 30
LINE = 150  # a job title, a place
TEXT = 1500  # a paragraph
OFFER = 6000  # a pasted job offer
DOCUMENTS = 20  # CVs (and letters) per person
ENTRIES = 20  # experiences and trainings together, per CV
PHOTO_BYTES = 8 * 1024 * 1024
PHOTO_PIXELS = 40_000_000  # about 7 300 × 5 500: a phone's photo, not a decompression bomb
PHOTO_SIZE = (360, 480)  # what is kept: 3 × 4, enough for print
COMMENT = 1500  # a counsellor's advice or the learner's answer
COMMENTS = 100  # per document: a long exchange, not a flood
OFFERS = 200  # open offers per centre
PROPOSE_AT_ONCE = 200  # people ticked in one proposal
