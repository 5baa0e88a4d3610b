-- Version 3: trust. One row of settings that never changes after the database is created: whether
-- it is a training database, the only kind where a fixed clock (--now) is honoured.
CREATE TABLE setting (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1))
) STRICT;
INSERT INTO setting (id, training) VALUES (1, 0);
