-- boxoffice schema, version 1. Released migrations are never edited: later changes append.
-- Times are UTC seconds since the Unix epoch; money is in the currency's minor unit.

CREATE TABLE venue (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    timezone TEXT NOT NULL,
    currency TEXT NOT NULL,
    currency_decimals INTEGER NOT NULL CHECK (currency_decimals BETWEEN 0 AND 4),
    hold_minutes INTEGER NOT NULL CHECK (hold_minutes > 0),
    sales_close_minutes INTEGER NOT NULL CHECK (sales_close_minutes >= 0),
    cleanup_minutes INTEGER NOT NULL CHECK (cleanup_minutes >= 0)
) STRICT;

CREATE TABLE auditorium (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    layout TEXT NOT NULL
) STRICT;

CREATE TABLE seat (
    id INTEGER PRIMARY KEY,
    auditorium_id INTEGER NOT NULL REFERENCES auditorium (id),
    label TEXT NOT NULL,
    row_label TEXT NOT NULL,
    number INTEGER NOT NULL CHECK (number > 0),
    kind TEXT NOT NULL CHECK (kind IN ('standard', 'premium', 'wheelchair', 'companion', 'out_of_service')),
    grid_row INTEGER NOT NULL,
    grid_col INTEGER NOT NULL,
    UNIQUE (auditorium_id, label)
) STRICT;

CREATE TABLE film (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE COLLATE NOCASE,
    runtime_minutes INTEGER NOT NULL CHECK (runtime_minutes > 0),
    rating TEXT
) STRICT;

CREATE TABLE price_list (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
) STRICT;

CREATE TABLE price (
    price_list_id INTEGER NOT NULL REFERENCES price_list (id),
    position INTEGER NOT NULL,
    ticket_type TEXT NOT NULL,
    seat_kind TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (price_list_id, ticket_type, seat_kind)
) STRICT;

CREATE TABLE showing (
    id INTEGER PRIMARY KEY,
    film_id INTEGER NOT NULL REFERENCES film (id),
    auditorium_id INTEGER NOT NULL REFERENCES auditorium (id),
    price_list_id INTEGER NOT NULL REFERENCES price_list (id),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finished', 'cancelled')),
    restocked_at INTEGER,
    CHECK (ends_at > starts_at),
    CHECK ((status = 'finished') = (restocked_at IS NOT NULL))
) STRICT;
CREATE INDEX showing_by_start ON showing (starts_at);
CREATE INDEX showing_by_auditorium ON showing (auditorium_id, starts_at);
-- The tick finds showings to restock through this, however long the history.
CREATE INDEX showing_open_by_end ON showing (ends_at) WHERE status = 'open';

CREATE TABLE booking (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    showing_id INTEGER NOT NULL REFERENCES showing (id),
    status TEXT NOT NULL CHECK (status IN ('held', 'paid', 'cancelled', 'expired', 'refunded')),
    created_at INTEGER NOT NULL,
    hold_expires_at INTEGER NOT NULL,
    paid_at INTEGER,
    payment TEXT CHECK (payment IN ('cash', 'card', 'qris', 'other')),
    total INTEGER CHECK (total >= 0),
    staff TEXT,
    counter TEXT,
    CHECK ((paid_at IS NOT NULL AND payment IS NOT NULL AND total IS NOT NULL) = (status IN ('paid', 'refunded')))
) STRICT;
CREATE INDEX booking_by_showing ON booking (showing_id);
-- The tick finds expired holds through this: O(what expired), not O(history).
CREATE INDEX booking_held_by_expiry ON booking (hold_expires_at) WHERE status = 'held';

CREATE TABLE refund (
    id INTEGER PRIMARY KEY,
    booking_id INTEGER NOT NULL REFERENCES booking (id),
    amount INTEGER NOT NULL CHECK (amount >= 0),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    created_at INTEGER NOT NULL,
    staff TEXT,
    counter TEXT
) STRICT;
CREATE INDEX refund_by_booking ON refund (booking_id);

-- The seats a booking claims. A sold or refunded claim is a ticket: its type and price stay.
CREATE TABLE booking_seat (
    booking_id INTEGER NOT NULL REFERENCES booking (id),
    seat_id INTEGER NOT NULL REFERENCES seat (id),
    showing_id INTEGER NOT NULL REFERENCES showing (id),
    state TEXT NOT NULL CHECK (state IN ('held', 'sold', 'released', 'refunded')),
    ticket_type TEXT,
    price INTEGER CHECK (price >= 0),
    refund_id INTEGER REFERENCES refund (id),
    PRIMARY KEY (booking_id, seat_id),
    CHECK ((ticket_type IS NOT NULL AND price IS NOT NULL) = (state IN ('sold', 'refunded'))),
    CHECK ((refund_id IS NOT NULL) = (state = 'refunded'))
) STRICT, WITHOUT ROWID;
-- The backstop of the first rule: whatever the engine does, one seat of one showing has at most
-- one live hold or ticket. A bug that tried to sell a seat twice fails here instead of storing it.
CREATE UNIQUE INDEX one_live_claim_per_seat ON booking_seat (showing_id, seat_id) WHERE state IN ('held', 'sold');

-- What each seat of each showing is now: the row the conditional UPDATEs race on.
CREATE TABLE inventory (
    showing_id INTEGER NOT NULL REFERENCES showing (id),
    seat_id INTEGER NOT NULL REFERENCES seat (id),
    status TEXT NOT NULL CHECK (status IN ('available', 'reserved', 'occupied', 'blocked')),
    booking_id INTEGER REFERENCES booking (id),
    hold_expires_at INTEGER,
    PRIMARY KEY (showing_id, seat_id),
    CHECK ((booking_id IS NOT NULL) = (status IN ('reserved', 'occupied'))),
    CHECK ((hold_expires_at IS NOT NULL) = (status = 'reserved'))
) STRICT, WITHOUT ROWID;
CREATE INDEX inventory_by_booking ON inventory (booking_id) WHERE booking_id IS NOT NULL;

-- The audit trail and the integration feed. Append-only: the triggers refuse any change.
CREATE TABLE event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    showing_id INTEGER,
    booking_id INTEGER,
    staff TEXT,
    counter TEXT,
    data TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data))
) STRICT;
CREATE INDEX event_by_booking ON event (booking_id) WHERE booking_id IS NOT NULL;
CREATE INDEX event_by_showing ON event (showing_id) WHERE showing_id IS NOT NULL;

CREATE TRIGGER event_refuses_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;

CREATE TRIGGER event_refuses_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
