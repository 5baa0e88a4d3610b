//! The key help: the two lines at the bottom of each screen, and `?`'s full list.

/// (keys, what they do), in the order they are shown.
pub type Keys = &'static [(&'static str, &'static str)];

pub const KEYS_SHOWINGS: Keys = &[
    ("↑↓", "showing"),
    ("←→", "day"),
    ("t", "today"),
    ("Enter", "seats"),
    ("/", "find booking"),
    ("?", "all keys"),
    ("q", "quit"),
    ("R", "report"),
    ("S", "shift"),
    ("C", "cancel showing"),
];
/// Added to the showings' keys when staff sign in here.
pub const KEYS_SIGN_OUT: Keys = &[("O", "sign out")];
pub const KEYS_SEATS: Keys = &[
    ("←↑↓→ hjkl", "move"),
    ("Space", "select"),
    ("1-9", "best seats"),
    ("Enter", "hold & pay"),
    ("Bksp", "clear"),
    ("Esc", "back"),
    ("/", "find"),
    ("?", "keys"),
    ("q", "quit"),
    ("b", "block"),
    ("u", "unblock"),
];
pub const KEYS_CHECKOUT: Keys = &[
    ("Enter", "confirm sale"),
    ("↑↓", "seat"),
    ("←→", "ticket type"),
    ("Tab", "payment"),
    ("0-9", "cash tendered"),
    ("e", "extend hold"),
    ("Esc", "release"),
    ("?", "keys"),
];
pub const KEYS_SOLD: Keys =
    &[("Enter", "next customer"), ("Esc", "back to the seats"), ("/", "find booking"), ("q", "quit")];
pub const KEYS_BOOKING: Keys = &[
    ("$", "pay hold"),
    ("r", "refund"),
    ("c", "cancel hold"),
    ("p", "reprint"),
    ("Esc", "back"),
    ("/", "find another"),
    ("q", "quit"),
];
pub const KEYS_REFUND: Keys = &[
    ("Enter", "refund"),
    ("Space", "choose seat"),
    ("1-4", "reason"),
    ("5", "other reason"),
    ("Tab", "next field"),
    ("Esc", "back"),
];
pub const KEYS_HELP: Keys = &[("↑↓", "scroll"), ("any other key", "close")];
pub const KEYS_SIGN_IN: Keys = &[("Tab", "name / PIN"), ("Enter", "sign in"), ("Esc", "clear"), ("Ctrl-C", "quit")];
pub const KEYS_APPROVAL: Keys = &[("Tab", "name / PIN"), ("Enter", "approve"), ("Esc", "abandon")];
pub const KEYS_SHIFT: Keys = &[("0-9", "amount"), ("Enter", "confirm"), ("Esc", "back")];
pub const KEYS_SHIFT_CLOSED: Keys = &[("any key", "close")];
pub const KEYS_REASON: Keys = &[("1-4", "reason"), ("5", "type one"), ("Enter", "confirm"), ("Esc", "back")];
pub const KEYS_REPORT: Keys = &[
    ("←→", "day"),
    ("t", "today"),
    ("↑↓", "scroll"),
    ("Esc", "back"),
    ("S", "shift"),
    ("/", "find"),
    ("?", "keys"),
    ("q", "quit"),
];

/// Every key, by screen, for `?`.
pub const HELP: &[(&str, Keys)] = &[
    (
        "Everywhere",
        &[
            ("?", "this list"),
            ("q", "quit (asks first while a hold is open)"),
            ("Ctrl-C", "quit, also from a text field"),
            ("/", "find a booking (not in checkout)"),
            ("R", "the day's report (not in checkout)"),
            ("S", "open or close this counter's shift"),
            ("O", "sign out (not while a hold is open)"),
        ],
    ),
    (
        "Showings",
        &[
            ("↑↓ jk", "choose a showing"),
            ("g Home", "the first showing"),
            ("G End", "the last showing"),
            ("←→ hl", "previous / next day"),
            ("t", "back to today"),
            ("Enter", "open its seat map"),
            ("C", "cancel the showing, refunding it (manager)"),
            ("$", "this counter's open hold: back to checkout"),
        ],
    ),
    (
        "Seats",
        &[
            ("←↑↓→ hjkl", "move over the seats"),
            ("Space", "select / unselect a seat"),
            ("g", "go to a seat: g C9 Enter"),
            ("1-9, 0", "the 1-9 (0: 10) best seats together"),
            ("p", "best seats: standard / premium"),
            ("w", "best wheelchair space + companion"),
            ("Bksp Del", "clear the selection"),
            ("Enter", "hold the selection and take payment"),
            ("Enter", "on a sold or held seat: its booking"),
            ("b", "block the selected seats (manager)"),
            ("u", "unblock the selected seats (manager)"),
            ("Esc", "back to the showings"),
        ],
    ),
    (
        "Checkout",
        &[
            ("↑↓ jk", "choose a seat"),
            ("←→ hl", "change its ticket type"),
            ("Tab S-Tab", "payment: cash, card, QRIS, other"),
            ("0-9 , .", "amount tendered (cash)"),
            ("Bksp", "rub out a digit of the amount"),
            ("e", "extend the hold"),
            ("Enter", "confirm the sale"),
            ("Esc", "release the hold (asks first)"),
        ],
    ),
    ("Sold", &[("Enter", "next customer: back to the showings"), ("Esc", "back to the seats")]),
    (
        "Booking",
        &[
            ("Enter $", "pay a running hold: back to checkout"),
            ("r", "refund some or all seats"),
            ("c", "cancel a hold"),
            ("p", "print the tickets again"),
            ("Esc", "back"),
        ],
    ),
    (
        "Refund",
        &[
            ("↑↓ Space", "choose seats"),
            ("1-4", "a common reason"),
            ("5", "type another reason"),
            ("Tab", "seats / reason / amount"),
            ("Enter", "refund"),
            ("Esc", "back"),
        ],
    ),
    (
        "Block, unblock, cancel showing",
        &[("1-4", "a common reason"), ("5, a letter", "type another reason"), ("Enter", "go on"), ("Esc", "back")],
    ),
    (
        "Sign in, manager approval",
        &[("Tab ↑↓", "name / PIN"), ("Enter", "next field, then sign in or approve"), ("Esc", "clear / abandon")],
    ),
    ("Shift", &[("0-9 , .", "the float or the counted cash"), ("Enter", "open or close the shift"), ("Esc", "back")]),
    (
        "Report",
        &[
            ("←→ hl", "previous / next day"),
            ("t", "today"),
            ("↑↓ jk", "scroll"),
            ("PgUp PgDn", "scroll a page"),
            ("g Home", "back to the top"),
            ("Esc", "back"),
        ],
    ),
];
