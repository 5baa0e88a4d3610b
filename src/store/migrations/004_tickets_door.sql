-- Tickets on paper and at the door. Self-contained: its own tables, and two venue settings with
-- defaults, so a database of any earlier version gains them unchanged otherwise.

-- The key that signs each ticket's QR payload. Made here, with the database, from SQLite's
-- cryptographic randomness; it is never printed, exported or shown.
CREATE TABLE ticket_secret (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret BLOB NOT NULL CHECK (length(secret) = 32)
) STRICT;
INSERT INTO ticket_secret (id, secret) VALUES (1, randomblob(32));

-- The door window: a ticket admits from this long before the start until this long after it.
ALTER TABLE venue ADD COLUMN door_opens_minutes INTEGER NOT NULL DEFAULT 30
    CHECK (door_opens_minutes BETWEEN 0 AND 1440);
ALTER TABLE venue ADD COLUMN door_closes_minutes INTEGER NOT NULL DEFAULT 30
    CHECK (door_closes_minutes BETWEEN 0 AND 1440);

-- One row per admitted seat: the primary key is what makes two doors admit a ticket once.
CREATE TABLE admission (
    booking_id INTEGER NOT NULL REFERENCES booking (id),
    seat_id INTEGER NOT NULL REFERENCES seat (id),
    showing_id INTEGER NOT NULL REFERENCES showing (id),
    at INTEGER NOT NULL,
    door TEXT,
    staff TEXT,
    PRIMARY KEY (booking_id, seat_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX admission_by_showing ON admission (showing_id);

-- Every document sent to a printer, so a reprint says which copy it is.
CREATE TABLE print_record (
    id INTEGER PRIMARY KEY,
    booking_id INTEGER NOT NULL REFERENCES booking (id),
    document TEXT NOT NULL CHECK (document IN ('ticket', 'receipt', 'refund_slip')),
    seat_id INTEGER REFERENCES seat (id),
    copy INTEGER NOT NULL CHECK (copy >= 1),
    at INTEGER NOT NULL,
    counter TEXT,
    staff TEXT,
    CHECK ((seat_id IS NOT NULL) = (document = 'ticket'))
) STRICT;
CREATE INDEX print_record_by_booking ON print_record (booking_id);
