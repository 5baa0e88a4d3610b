# English: the box office's own words. Every id here is used in the code and exists in every
# other language with the same variables (src/i18n/tests.rs checks both).

## The booking commands

cli-held = Held { $seats } for showing { $showing } until { $until }. Pay with: boxoffice sell { $booking } --payment cash
cli-paid = Paid { $booking } by { $payment }: { $total }
cli-cancelled = Cancelled { $booking }; { $seats } { $count ->
    [one] is
   *[other] are
} free again.

## Words the product stores, as shown (the stored value never changes)

state-available = available
state-reserved = reserved
state-occupied = occupied
state-blocked = blocked
state-held = held
state-paid = paid
state-cancelled = cancelled
state-expired = expired
state-refunded = refunded
state-open = open
state-finished = finished
state-sold = sold
state-released = released
kind-standard = standard
kind-premium = premium
kind-wheelchair = wheelchair
kind-companion = companion
kind-out-of-service = out of service
payment-cash = cash
payment-card = card
payment-qris = QRIS
payment-other = other
role-cashier = cashier
role-manager = manager
list-and = { $rest } and { $last }

## Engine: bookings

booking-bad-code = { $typed } is not a booking code ({ $length } letters and digits, like K7QM3X)
booking-none = there is no booking { $code }
sell-age-not-confirmed = { $film } is rated { $rating }: confirm the buyer is old enough before selling a child ticket (sell --confirm-age)
cancel-paid = booking { $code } is paid; refund it instead
cancel-cancelled = booking { $code } is already cancelled
cancel-expired = booking { $code } already expired; its seats are free again
cancel-refunded = booking { $code } was refunded
extend-not-running = booking { $code } is { $state }, not a running hold; it cannot be extended
sell-already-paid = booking { $code } is already paid
sell-cancelled = booking { $code } was cancelled; hold the seats again
sell-no-ticket-types = price list { $price_list } has no ticket types
sell-ticket-type-count = give one ticket type for all { $seats } seats or one per seat, not { $given }
sell-no-price = price list { $price_list } has no { $ticket_type } price for { $seat_kind } seats (ticket types: { $known })

## Engine: refunds and reasons

reason-required = a reason is required
reason-too-long = a reason is one line of at most { $max } characters
reason-card-number = that looks like a card number; boxoffice never stores card data, describe the reason without it
refund-needs-reason = a refund needs a reason
refund-negative = a refund amount cannot be negative
refund-already = booking { $code } is already fully refunded
refund-not-paid-yet = booking { $code } is not paid yet; cancel it instead
refund-never-paid = booking { $code } was never paid ({ $state })
refund-over-paid = { $amount } is more than was paid for those seats ({ $paid })
refund-no-seats = no seats named to refund from booking { $code }; name them like A1, or none at all to refund every seat
refund-seat-not-in-booking = seat { $seat } is not part of booking { $code }
refund-seat-already = seat { $seat } of booking { $code } is already refunded
refund-seat-twice = seat { $seat } is named twice

## Engine: seats, holds, blocks, best available

block-out-of-service-in-layout = out of service in the layout
block-no-seats = name at least one seat, like B7
best-chosen = Best { $count }: { $places }{ $rows }{ $aisle }
best-rows = ({ $rows ->
    [2] two rows
    [3] three rows
   *[other] { $rows } rows
})
best-across-aisle = across the aisle
best-none-free = no { $kind } seat is free
best-only-free = only { $free } { $kind } { $free ->
    [one] seat is
   *[other] seats are
} free
best-scattered = { $free } { $kind } { $free ->
    [one] seat is
   *[other] seats are
} free, too scattered
best-no-room = no { $count } { $kind } { $count ->
    [one] seat
   *[other] seats
} together or in adjacent rows: { $left }
best-count-range = ask for 1 to { $max } seats
hold-no-seats = name at least one seat to hold, like B7
hold-too-many = one booking holds at most { $max } seats
hold-seat-twice = a seat is named twice
hold-not-positive = a hold must last a positive time
hold-no-such-seats = { $auditorium } has no seat { $seats }
hold-out-of-service = { $seats } { $count ->
    [one] is
   *[other] are
} out of service
hold-taken = { $seats } { $count ->
    [one] was
   *[other] were
} just taken
hold-taken-at = { $seats } { $count ->
    [one] was
   *[other] were
} just taken at { $counters }
hold-lost = the hold of booking { $code } expired and { $seats } { $count ->
    [one] was
   *[other] were
} taken since; hold other seats
block-refused = cannot block { $seats }
unblock-refused = cannot unblock { $seats }

## Engine: paper and the door

door-already-admitted = already admitted: seat { $seat } of { $code } went in at { $at } through { $door }
door-refunded = refunded: seat { $seat } of { $code } was refunded and no longer admits
door-not-paid = not a paid ticket: seat { $seat } of { $code } was never sold
door-other-showing = wrong showing: this ticket is for { $film }, { $auditorium }, { $starts }
door-too-early = too early: the door for { $film } opens at { $opens }
door-too-late = too late: the door for { $film } closed at { $closed }
door-showing-cancelled = showing cancelled: { $film } does not run; send the guest to the counter
door-no-such-ticket = booking { $code } has no seat { $seat }
print-nothing = booking { $code } is not paid: there is no ticket to print
print-not-sold = seat { $seat } is not a sold ticket of booking { $code }
print-no-refund = booking { $code } has no refund: there is no slip to print

## Engine: importing a venue file

import-at-line = line { $line }, column { $column }: { $message }
import-currency-locked = the venue already took money in { $old_code } with { $old_decimals } decimals; its currency cannot become { $new_code } with { $new_decimals }
import-needs-venue = the first venue file needs a [venue] section
import-layout-in-use = { $auditorium } already has showings, so its layout cannot change; give the new layout another name
import-unknown-film = unknown film { $title }
import-unknown-auditorium = unknown auditorium { $name }
import-unknown-price-list = unknown price list { $name }
import-overlap = { $film } at { $starts } in { $auditorium } overlaps showing { $other_showing } ({ $other_film } at { $other_starts }, until { $other_until } with { $cleanup } minutes of cleanup)

## Engine: cash shifts

shift-none-open = counter { $counter } has no open shift; open one first (boxoffice shift open --float AMOUNT)
shift-negative-float = the float cannot be negative
shift-already-open = counter { $counter } already has shift { $shift } open since { $since }
shift-negative-count = the counted cash cannot be negative
shift-none-to-close = counter { $counter } has no open shift to close
shift-someone-elses = shift { $shift } at counter { $counter } is { $owner }'s; { $owner } closes it (or a manager), then open your own

## Engine: the venue and its showings

venue-none-yet = this database has no venue yet; import a venue file first (boxoffice import FILE.toml)
showing-none = there is no showing { $showing }
showing-sales-closed = sales for showing { $showing } ({ $start }) closed { $minutes } minutes after the start
showing-finished = showing { $showing } ({ $start }) has finished; it sells and refunds nothing
showing-was-cancelled = showing { $showing } ({ $start }) was cancelled; it sells and refunds nothing
showing-over = showing { $showing } is over
showing-refunds-nothing = showing { $showing } is over; it refunds nothing
showing-already = showing { $showing } is already { $status }

## Engine: staff, signing in, approvals

action-blocking-seats = blocking seats
action-unblocking-seats = unblocking seats
action-cancelling-showing = cancelling a showing
action-importing-venue = importing a venue file
action-refund-after-start = a refund after the showing started
action-refund-other-amount = a refund of another amount than was paid
action-adding-staff = adding staff
action-disabling-staff = disabling staff
action-closing-others-shift = closing another cashier's shift
staff-sign-in-first = staff are set up here: sign in first (--staff NAME with the PIN in BOXOFFICE_PIN)
staff-no-longer-active = { $name } is no longer an active staff member
staff-own-approval = nobody approves their own { $what }
staff-cannot-approve = { $name } cannot approve: not an active manager
staff-needs-manager = { $what } needs a manager's approval (--approver NAME with the PIN in BOXOFFICE_APPROVER_PIN)
staff-own-action = nobody approves their own action: ask another manager
staff-cashier-cannot-approve = { $name } is a cashier; only a manager approves
staff-first-manager = the first staff member must be a manager
staff-name-taken = there is already a staff member named { $name }
staff-none-named = there is no staff member named { $name }
staff-last-manager = { $name } is the last active manager; add another manager first
staff-no-active-named = no active staff member is named { $name }
staff-wrong-pin = wrong PIN for { $name } ({ $failed } of { $max })
staff-locked-out = { $name } is locked after { $max } wrong PINs; try again in { $seconds } s
staff-bad-name = a staff name is 1 to 40 printable characters
staff-bad-pin = a PIN is 4 to 12 digits

## The receipt (40 columns: labels up to 10, totals up to 15)

receipt-booking = Booking
receipt-film = Film
receipt-showing = Showing
receipt-total = Total
receipt-paid-by = Paid by
receipt-tendered = Tendered
receipt-change = Change
receipt-sold = Sold { $at } at { $counter }
receipt-thanks = Thank you, enjoy the film!
receipt-training = TRAINING · not a ticket

## Paper: tickets and the refund slip (printed in ASCII)

ticket-row-seat = ROW { $row }  SEAT { $seat }
ticket-cashier = Cashier: { $name }
slip-refund = REFUND
slip-seats = Seats
slip-amount = Amount
slip-reason = Reason: { $reason }
slip-by = By
slip-approved-by = Approved by
slip-counter = Counter
paper-training = TRAINING
paper-reprint = REPRINT { $copy }
paper-training-not-valid = TRAINING - NOT VALID

## The shift report for the drawer (labels up to 28 columns)

shift-report-training = TRAINING ·{" "}
shift-report-title = SHIFT { $shift } · counter { $counter } · { $staff }
shift-report-opened = opened { $at }
shift-report-closed = , closed { $at }
shift-report-float = float
shift-report-sales = sales { $method } ({ $count })
shift-report-refunds = refunds { $method } ({ $count })
shift-report-expected = expected cash in drawer
shift-report-counted = counted
shift-report-balanced = balanced
shift-report-over = over
shift-report-short = short
shift-report-seal = seal { $seal }
state-sales-closed = selling closed

## Command line: showings

showings-all = All showings
showings-none = no showings
showings-col-id = ID
showings-col-starts = STARTS
showings-col-film = FILM
showings-col-auditorium = AUDITORIUM
showings-col-free = FREE
showings-col-held = HELD
showings-col-sold = SOLD
showings-col-state = STATE

## Command line: the seat map and best seats

best-hold-them = Hold them with: { $command }
seats-showing = Showing { $showing }
seats-screen = SCREEN
seats-legend = o free  P free premium  W wheelchair space  C companion seat  r held  X sold  # out of service
seats-counts = free { $free } · held { $held } · sold { $sold } · out of service { $blocked }

## Command line: bookings

cli-refunded = Refunded { $count ->
    [one] seat
   *[other] { $count } seats
} { $seats } of { $booking } ({ $rest ->
    [none] nothing left on it
   *[some] other seats stay sold
}): { $amount }. Reason: { $reason }
cli-refund-needs-reason = a refund needs a reason (--reason TEXT)
cli-bad-payment = { $payment } is not a payment method (cash, card, qris or other)
cli-booking-heading = Booking { $code } · { $state } · showing { $showing }: { $film } · { $auditorium } · { $starts }
cli-booking-paid = paid { $total } by { $payment }
cli-booking-refund = refund { $refund }: { $amount } for { $seats } ({ $reason })
cli-booking-refund-approved = refund { $refund }: { $amount } for { $seats } ({ $reason }), approved by { $approver }

## Command line: the day report (table and CSV)

report-seal-none = seal: none (no events yet)
report-seal = seal: { $seal }  (check with boxoffice verify --seal { $seal })
report-heading = { $venue } · report for { $day } ({ $zone }, amounts in { $currency })
report-showings-title = SHOWINGS STARTING THIS DAY
report-col-id = ID
report-col-time = TIME
report-col-film = FILM
report-col-auditorium = AUDITORIUM
report-col-sold = SOLD
report-col-refunded = REFD
report-col-admitted = IN
report-col-occupancy = OCCUPANCY
report-col-net = NET
report-none = none
report-money-title = MONEY TAKEN THIS DAY, BY PAYMENT METHOD
report-col-method = METHOD
report-col-sales = SALES
report-col-amount = AMOUNT
report-col-refunds = REFDS
report-by-film = BY FILM (tickets paid this day)
report-by-ticket-type = BY TICKET TYPE
report-refunds-title = REFUNDS
report-refund-who = cashier { $cashier }, approved by { $approver }
report-totals = SALES { $sales }   REFUNDS { $refunds }   NET { $net }
csv-section = section
csv-key = key
csv-count = count
csv-amount = amount
csv-detail = detail
csv-showing-detail = occupancy { $occupancy } of { $capacity }; sold { $sold }, refunded { $refunded }, admitted { $admitted }
csv-refund-detail = { $reason } | cashier { $cashier } | approver { $approver }
csv-training-detail = practice figures, not takings

## Command line: setting up, importing, ticking, verifying

cli-no-home = cannot find a home folder for the database; pass --db PATH
cli-init-created = Created { $path }
cli-init-created-training = Created training database { $path }
cli-init-opened = Opened the existing { $path }
cli-init-opened-training = Opened the existing training database { $path }
cli-init-demo = { $done } with the demo venue: { $report }.
    Try: boxoffice --db { $path } showings
cli-init-empty = { $done }; its schema is up to date. Next: boxoffice --db { $path } import VENUE.toml
cli-imported = Imported { $file }: { $report }.
cli-cannot-read = cannot read { $file }: { $error }
cli-not-a-file = { $file } is not a regular file; give the venue file itself
cli-file-too-large = { $file } is larger than a venue file may be (10 MB)
cli-not-utf8 = { $file } is not UTF-8 text
cli-import-report = { $auditoriums } { $auditoriums ->
    [one] auditorium
   *[other] auditoriums
} added, { $films } { $films ->
    [one] film
   *[other] films
}, { $price_lists } { $price_lists ->
    [one] price list
   *[other] price lists
}, { $showings } { $showings ->
    [one] showing
   *[other] showings
} added ({ $existing } already there)
cli-tick = Expired { $holds } { $holds ->
    [one] hold
   *[other] holds
}, released { $seats } { $seats ->
    [one] seat
   *[other] seats
}, restocked { $showings } { $showings ->
    [one] showing
   *[other] showings
}.
verify-ok = ok: the database is intact and every lifecycle rule holds
verify-ok-seal = ok: the database is intact, every lifecycle rule holds, and seal { $event } matches
verify-broken = { $count } { $count ->
    [one] rule
   *[other] rules
} broken:
cli-screen-no-venue = { $path } has no venue yet; import a venue file first (boxoffice --db { $path } import FILE.toml, see assets/demo-venue.toml) or try boxoffice demo

## Command line: staff, shifts, blocks, cancelled showings, printing, the door

cli-bad-role = { $role } is not a role (cashier or manager)
cli-staff-added = Added { $name } as { $role }.
cli-staff-none = No staff: this is a single-user counter. Add a manager with: boxoffice staff add NAME --role manager
cli-staff-disabled = disabled
cli-staff-locked = locked until { $until }
cli-staff-active = active
cli-staff-disabled-done = Disabled { $name }.
cli-pin-no-terminal = cannot read a PIN from the terminal ({ $error }); use --pin-stdin
cli-pin-prompt = PIN for { $name }:
cli-pin-again = Again:
cli-pin-differ = the two PINs differ; nothing was added
cli-pin-no-stdin = cannot read the PIN from standard input: { $error }
cli-shift-opened = Opened shift { $shift } at { $counter } with a float of { $float }.
cli-shift-report-written = Shift report written to { $path }
cli-shift-none = No shift is open at { $counter }.
cli-reason-required = a reason is required (--reason TEXT)
cli-blocked = { $seats } blocked for showing { $showing }.
cli-unblocked = { $seats } available again for showing { $showing }.
cli-showing-cancelled = Showing { $showing } cancelled: { $holds } { $holds ->
    [one] hold
   *[other] holds
} released, { $bookings } { $bookings ->
    [one] booking
   *[other] bookings
} refunded in full ({ $total }).
cli-no-printer = no printer: give --printer TARGET or set BOXOFFICE_PRINTER
cli-print-failed = { $error }; the print is recorded, print it again when the printer is back
cli-printed = Printed { $count } { $count ->
    [one] ticket
   *[other] tickets
} of { $booking } on { $printer }: { $seats }
cli-not-printed = did not print: { $error }; reprint with `boxoffice print { $code }`
cli-admit = ADMIT { $film } · { $auditorium } · seat { $seat } ({ $admitted } in)
cli-give-staff = staff are set up here: give --staff NAME, with the PIN in BOXOFFICE_PIN
cli-pin-env = set { $variable } to the PIN of { $name }
cli-kind-without-best = --kind goes with --best N; named seats are held as they are


## Command line: copying a database
cli-copy-done = copied { $source } into { $destination }: { $showings ->
        [one] 1 showing
       *[other] { $showings } showings
    }, { $bookings ->
        [one] 1 booking
       *[other] { $bookings } bookings
    }, { $staff } staff, { $shifts ->
        [one] 1 shift
       *[other] { $shifts } shifts
    }, { $events ->
        [one] 1 event
       *[other] { $events } events
    }, hashes unchanged; check it with: boxoffice --db { $destination } verify
copy-not-empty = the destination already holds a theater (its { $table } table has rows); copy only into an empty database
copy-schema-differs = table { $table } differs between the two databases ({ $detail }); upgrade boxoffice on both first

## Storage faults (the sentence for the cashier; the log keeps SQLite's own words)

fault-busy = the database stayed locked by another counter for too long; nothing was changed, try again
fault-disk-full = the disk is full; nothing was changed: free some space, then try again
fault-read-only = the database file or its folder is read-only; nothing was changed: ask for write permission on both
fault-damaged = the database file or its -wal file is missing, damaged or unreadable; nothing was changed: stop every counter and restore the last backup
fault-cannot-open = the database file cannot be opened (its folder is missing or not ours); nothing was changed
fault-server-lost = lost the connection to the database server; nothing half-done was kept: boxoffice reconnects by itself, try again in a moment

## verify's findings: the rule each breach breaks (found by its English words, see i18n::verify_rule_in)

rule-reserved-seat = a reserved seat belongs to a held booking that claims it, with the same expiry
rule-occupied-seat = an occupied seat has exactly one paid, unrefunded ticket
rule-live-claims-on-map = every live hold or ticket of an open showing is on the seat map
rule-finished-restocked = a finished showing is restocked: nothing reserved or occupied
rule-out-of-service-blocked = an out-of-service seat is blocked in every showing
rule-one-inventory-row = every seat of every showing has exactly one inventory row
rule-claims-match-state = a booking's claims match its state
rule-total-is-sum = a paid booking's total is the sum of its ticket prices
rule-refund-bounds = a refund covers at least one seat and returns no more than those seats cost
rule-events-record-all = the events record every booking, sale, cancellation, expiry, refund and restock
rule-cancelled-showing-empty = a cancelled showing has no live hold or ticket
rule-blocks-recorded = every seat blocked for a showing was blocked by a recorded event
rule-shift-expected = a closed shift expected its float plus cash sales minus cash refunds
rule-event-money = the money in the events adds up to the money in the bookings and refunds
rule-admitted-was-sold = an admitted seat was a sold ticket of its booking, at that booking's showing
rule-admission-events = every admission has its admitted event, and no admitted event lacks its admission
rule-sqlite-integrity = SQLite integrity check
rule-references = every reference points to an existing row
rule-chain-unbroken = the event log is unbroken: no row edited, inserted or deleted
rule-pins-from-log = every staff member's PIN is the one the log recorded
rule-amounts-in-range = every amount is within what a venue file may set (so sums add up)
rule-append-only = the event log is append-only: its triggers are in place
rule-time-forward = in a real database, time in the log never runs backwards
rule-training-logged = a training database says so in its log
rule-staff-from-log = every staff member is the one the log added, with that role, active unless the log disabled them
rule-event-bookings-exist = every event names a booking that exists
rule-sale-from-log = a sale is what the log recorded: payment, total, and each ticket's type and price
rule-refund-from-log = a refund is what the log recorded: amount, reason, who and who approved
rule-shift-from-log = a shift is what the log opened and closed: counter, cashier, float and count
rule-showing-from-import = a showing is where its import put it
rule-replay-admits-sold = the event log, replayed, never admits a seat it did not sell
rule-replay-seats = every seat is where the event log, replayed, leaves it
rule-replay-claims = a booking's seats are the seats its hold recorded
rule-replay-bookings = every booking is in the state the event log, replayed, leaves it
rule-replay-showings = every showing is in the state the event log, replayed, leaves it
verify-seal-rule = the log still holds the sealed event { $event }
verify-failed = verify found { $count } broken { $count ->
    [one] rule
   *[other] rules
}

## Refusals domain defines with its types (see i18n::errors)

error-seat-label = { $shown } is not a seat label (expected a row letter and a seat number, like B7)
error-ticket-type = { $shown } is not a ticket type name (lower-case letters, digits, - and _)
error-zone = { $shown } is not an IANA time zone (like Asia/Jakarta or Europe/Berlin)
error-local-time = { $shown } is not a local time (write it like 2026-11-24 19:00)
error-date = { $shown } is not a date (write it like 2026-11-24)
error-time-skipped = { $time } does not exist in { $zone }: the clocks skip it (daylight saving)
error-duration = { $shown } is not a duration (write it like 10m, 90s or 1h)
error-currency-code = currency { $code } must be a three-letter code such as IDR or EUR
error-decimals = a currency has at most { $max } decimals, not { $decimals }
error-amount = { $shown } is not an amount in { $code } (write it like { $example })
seal-bad = a seal is written ID:HASH, as printed on a report (e.g. 42:3f9a…)
sell-total-overflow = these tickets cost more than can be added up
database-missing = no database at { $path }; create one with `boxoffice init` (or try `boxoffice demo`)
database-foreign = { $path } is not a boxoffice database; refusing to touch it
database-newer = { $path } was written by a newer boxoffice (schema version { $found }, this program knows up to { $known }); upgrade boxoffice before using this database


## screen
# The cashier screen (src/tui/text.rs and text/): titles, key bars, the ? help, status lines.

screen-training = TRAINING
screen-welcome = Ready. Enter opens a showing's seats; ? shows every key.
screen-working = Working…
screen-loading = Loading…
screen-slow-database = The database is slow to answer (another counter may be busy); nothing was lost, try again.
screen-offline = NO SERVER
screen-server-back = Connected to the database server again: selling can go on.
screen-server-lost = No database server: nothing can be sold until it is back; reconnecting by itself… ({ $why })
screen-screen = SCREEN
screen-nothing-sells-today = Nothing sells today any more: here is tomorrow (t goes back to today).
screen-no-venue = This database has no venue yet: import a venue file (boxoffice import FILE.toml) or try boxoffice demo.
screen-title-showings = Showings
screen-title-seats = Seats
screen-title-checkout = Checkout
screen-title-sold = Sold
screen-title-booking = Booking
screen-title-refund = Refund
screen-title-help = Keys
screen-title-find = Find a booking
screen-title-go-to = Go to a seat
screen-title-confirm = Please confirm
screen-title-sign-in = Sign in
screen-title-report = Report
screen-today = today
screen-no-showings = No showings on this day. ← and → change the day.
screen-col-time = Time
screen-col-film = Film
screen-col-rated = Rated
screen-col-runtime = Runtime
screen-col-auditorium = Auditorium
screen-col-auditorium-short = Aud.
screen-col-sold = Sold
screen-col-state = State
screen-col-seat = Seat
screen-col-kind = Kind
screen-col-ticket = Ticket
screen-col-price = Price
screen-total = Total
screen-payment = Payment
screen-tendered = Tendered
screen-tendered-exact = (exact; type an amount for change)
screen-change-due = Change due
screen-no-price-short = no price
screen-no-price = A seat has no price for its ticket type; choose another type with ← →.
screen-tendered-cash-only = An amount tendered is only for cash; Tab changes the payment method.
screen-extend-hint = (e extends it)
screen-booking-code = Booking code
screen-receipt = Receipt
screen-paid-by = paid by
screen-find-prompt = Booking code:
screen-find-hint = 6 letters and digits · Enter finds · Esc cancels
screen-go-to-prompt = Seat:
screen-go-to-hint = a label like C9 · Enter goes there · Esc cancels
screen-seats = Seats
screen-refunds = Refunds
screen-no-refunds = none
screen-printing = Printing the tickets again…
screen-no-printer = This counter has no printer (start boxoffice with --printer TARGET).
screen-refund-seats = Seats to refund (Space chooses)
screen-refund-reason = Reason (required):
screen-refund-amount = Amount:
screen-refund-full = (full price; Tab here to lower it)
screen-refund-no-seats = Choose at least one seat to refund (Space).
screen-refund-no-reason = A refund needs a reason: press 1-4 for a common one, or 5 and type it.
screen-refund-other = other (type it)
screen-confirm-quit = A hold is open at this counter. Release it and quit?
screen-confirm-release = Release the hold? Its seats become free for everyone again.
screen-yes-no = y yes · n no
screen-open-holds = Holds left open at this counter ($ takes the first back to checkout):
screen-no-open-holds = No hold of this counter is open.
screen-title-block = Block seats
screen-title-unblock = Unblock seats
screen-title-cancel-showing = Cancel a showing
screen-reason = Reason:
screen-reason-other = other (type it)
screen-reason-hint = 1-4 picks · 5 types one · Enter goes on · Esc back
screen-reason-first = A reason is required: 1-4 picks a common one, 5 types another.
screen-block-how = b blocks free seats: put the cursor on one or select some (Space).
screen-unblock-how = u unblocks blocked seats (#): put the cursor on one or select some (Space).
screen-blocked-selected = Blocked seats are selected: u unblocks them, Space or Bksp takes them out of the selection.
screen-confirm-cancel-showing-hint = y cancels the showing and refunds it · n keeps it
screen-cancel-showing-effect = Every paid booking is refunded in full; holds are released.
screen-report-occupancy = Occupancy of the showings starting this day
screen-report-by-payment = Money this day, by payment method
screen-report-by-ticket = Tickets by type
screen-report-refunds = Refunds
screen-report-none = none
screen-col-method = method
screen-col-sales = sales
screen-col-amount = amount
screen-col-refunds = refunds
screen-col-net = net
screen-no-seat-for-sale = no seat for sale
screen-legend-cursor = cursor
screen-seat-free = free
screen-seat-sold = sold
screen-seat-blocked = out of service
screen-selection-cleared = Selection cleared.
screen-finish-sale-first = Finish this sale first: Enter confirms it, Esc releases the hold.
screen-select-first = Nothing held: select seats first (Space picks one, a digit that many best seats together).
screen-sign-in-please = Staff sign in here: type your name, Tab, your PIN, Enter.
screen-sign-in-at = Sign in at
screen-field-name = Name
screen-field-pin = PIN
screen-sign-in-hint = Tab name / PIN · Enter signs in · Ctrl-C quits
screen-name-first = Type the name first.
screen-pin-first = Type the PIN (4 to 12 digits).
screen-no-staff = Nobody signs in at this counter: no staff are set up.
screen-sign-out-hold-open = A hold is open at this counter: sell or release it (Esc) before signing out.
screen-title-approval = Manager approval
screen-approval-who = A manager types their name and PIN:
screen-approval-hint = Enter approves · Tab name / PIN · Esc abandons
screen-not-approved = Not done: no manager approved it.
screen-no-shift = no shift
screen-no-shift-offer = No shift is open at this counter: type the float and Enter opens it; the sale then goes on.
screen-shift-not-opened = No shift opened; nothing was sold or refunded.
screen-shift-open-intro = No shift is open here. Cash in the drawer to start:
screen-shift-float = Float:
screen-shift-counted = Counted:
screen-shift-open-hint = Enter opens the shift · Esc back
screen-shift-close-hint = Count the drawer · Enter closes the shift · Esc back
screen-shift-closed-hint = Any key closes this.
screen-shift-line-float = float
screen-shift-line-expected = expected in the drawer
screen-shift-line-counted = counted
screen-shift-report = Report
screen-key-showing = showing
screen-key-day = day
screen-key-today = today
screen-key-seats = seats
screen-key-find-booking = find booking
screen-key-all-keys = all keys
screen-key-quit = quit
screen-key-report = report
screen-key-shift = shift
screen-key-cancel-showing = cancel showing
screen-key-sign-out = sign out
screen-key-move = move
screen-key-select = select
screen-key-best-seats = best seats
screen-key-hold-pay = hold & pay
screen-key-clear = clear
screen-key-back = back
screen-key-find = find
screen-key-keys = keys
screen-key-block = block
screen-key-unblock = unblock
screen-key-confirm-sale = confirm sale
screen-key-seat = seat
screen-key-ticket-type = ticket type
screen-key-payment = payment
screen-key-cash-tendered = cash tendered
screen-key-extend-hold = extend hold
screen-key-release = release
screen-key-next-customer = next customer
screen-key-back-to-the-seats = back to the seats
screen-key-pay-hold = pay hold
screen-key-refund = refund
screen-key-cancel-hold = cancel hold
screen-key-reprint = reprint
screen-key-find-another = find another
screen-key-choose-seat = choose seat
screen-key-reason = reason
screen-key-other-reason = other reason
screen-key-next-field = next field
screen-key-scroll = scroll
screen-key-close = close
screen-key-name-any-other-key = any other key
screen-key-name-pin = name / PIN
screen-key-sign-in = sign in
screen-key-approve = approve
screen-key-abandon = abandon
screen-key-amount = amount
screen-key-confirm = confirm
screen-key-name-any-key = any key
screen-key-type-one = type one
screen-help-section-everywhere = Everywhere
screen-help-this-list = this list
screen-help-quit-asks-first-while-a-hold-is-open = quit (asks first while a hold is open)
screen-help-quit-also-from-a-text-field = quit, also from a text field
screen-help-find-a-booking-not-in-checkout = find a booking (not in checkout)
screen-help-the-day-s-report-not-in-checkout = the day's report (not in checkout)
screen-help-open-or-close-this-counter-s-shift = open or close this counter's shift
screen-help-sign-out-not-while-a-hold-is-open = sign out (not while a hold is open)
screen-help-section-showings = Showings
screen-help-choose-a-showing = choose a showing
screen-help-the-first-showing = the first showing
screen-help-the-last-showing = the last showing
screen-help-previous-next-day = previous / next day
screen-help-back-to-today = back to today
screen-help-open-its-seat-map = open its seat map
screen-help-cancel-the-showing-refunding-it-manager = cancel the showing, refunding it (manager)
screen-help-this-counter-s-open-hold-back-to-checkout = this counter's open hold: back to checkout
screen-help-section-seats = Seats
screen-help-move-over-the-seats = move over the seats
screen-help-select-unselect-a-seat = select / unselect a seat
screen-help-go-to-a-seat-g-c9-enter = go to a seat: g C9 Enter
screen-help-the-1-9-0-10-best-seats-together = the 1-9 (0: 10) best seats together
screen-help-best-seats-standard-premium = best seats: standard / premium
screen-help-best-wheelchair-space-companion = best wheelchair space + companion
screen-help-clear-the-selection = clear the selection
screen-help-hold-the-selection-and-take-payment = hold the selection and take payment
screen-help-on-a-sold-or-held-seat-its-booking = on a sold or held seat: its booking
screen-help-block-the-selected-seats-manager = block the selected seats (manager)
screen-help-unblock-the-selected-seats-manager = unblock the selected seats (manager)
screen-help-back-to-the-showings = back to the showings
screen-help-section-checkout = Checkout
screen-help-choose-a-seat = choose a seat
screen-help-change-its-ticket-type = change its ticket type
screen-help-payment-cash-card-qris-other = payment: cash, card, QRIS, other
screen-help-amount-tendered-cash = amount tendered (cash)
screen-help-rub-out-a-digit-of-the-amount = rub out a digit of the amount
screen-help-extend-the-hold = extend the hold
screen-help-confirm-the-sale = confirm the sale
screen-help-release-the-hold-asks-first = release the hold (asks first)
screen-help-section-sold = Sold
screen-help-next-customer-back-to-the-showings = next customer: back to the showings
screen-help-back-to-the-seats = back to the seats
screen-help-section-booking = Booking
screen-help-pay-a-running-hold-back-to-checkout = pay a running hold: back to checkout
screen-help-refund-some-or-all-seats = refund some or all seats
screen-help-cancel-a-hold = cancel a hold
screen-help-print-the-tickets-again = print the tickets again
screen-help-back = back
screen-help-section-refund = Refund
screen-help-choose-seats = choose seats
screen-help-a-common-reason = a common reason
screen-help-type-another-reason = type another reason
screen-help-seats-reason-amount = seats / reason / amount
screen-help-refund = refund
screen-help-section-block-unblock-cancel-showing = Block, unblock, cancel showing
screen-help-go-on = go on
screen-help-section-sign-in-manager-approval = Sign in, manager approval
screen-help-name-pin = name / PIN
screen-help-next-field-then-sign-in-or-approve = next field, then sign in or approve
screen-help-clear-abandon = clear / abandon
screen-help-section-shift = Shift
screen-help-the-float-or-the-counted-cash = the float or the counted cash
screen-help-open-or-close-the-shift = open or close the shift
screen-help-section-report = Report
screen-help-today = today
screen-help-scroll = scroll
screen-help-scroll-a-page = scroll a page
screen-help-back-to-the-top = back to the top
screen-enlarge = Please enlarge the window: the box office needs at least { $min } characters (now { $now }).
screen-minutes = { $minutes } min
screen-sales-state = { $state ->
    [open] open
    [selling-closed] selling closed
    [finished] finished
   *[cancelled] cancelled
}
screen-sold-out = sold out
screen-closed = closed
screen-not-selling = { $state ->
    [selling-closed] Sales are closed for this showing: refunds only (/ finds a booking).
    [finished] This showing has finished: it sells nothing.
    [cancelled] This showing was cancelled: it sells nothing.
   *[other] {""}
}
screen-ticket-type = { $type ->
    [adult] adult
    [child] child
    [student] student
    [senior] senior
   *[other] { $type }
}
screen-booking-line = Booking { $code }
screen-hold-countdown = Hold expires in { $left }
screen-hold-ending = { $seconds } s left on this hold: Enter to sell now, e to extend it.
screen-short-by = The amount tendered is { $amount } short of the total.
screen-extended = Hold extended until { $until }.
screen-hold-ran-out = The hold on { $seats } ran out; the seats are free again.
screen-sold = Sold { $code }. Receipt: { $path }
screen-sold-without-receipt = Sold { $code }, but the receipt could not be written: { $why }
screen-change-line = Tendered { $tendered } · change { $change }
screen-no-seat-here = This hall has no seat { $seat }.
screen-not-a-code = { $typed } is not a booking code: 6 letters and digits, like K7QM3X.
screen-booking-made = Made { $at }
screen-booking-made-at = Made { $at } at { $counter }
screen-held-until = held until { $until }
screen-paid-line = paid { $at } by { $method }, { $total }
screen-only-holds-cancel = Only a running hold can be cancelled; this booking is { $status }.
screen-nothing-to-print = Nothing to print: this booking is { $status }.
screen-printed = Printed { $count } ticket(s) of { $code }.
screen-reprinted = Reprinted { $count } ticket(s) of { $code }.
screen-not-printed = { $code } did NOT print: { $why }. The sale stands; find { $code } (/) and press p to reprint.
screen-nothing-to-refund = Nothing to refund: this booking is { $status }.
screen-released = Cancelled { $code }; { $seats } free again.
screen-refund-reason-plans = customer changed plans
screen-refund-reason-wrong-showing = wrong showing sold
screen-refund-reason-film-problem = film or sound problem
screen-refund-reason-unwell = customer unwell
screen-refund-too-much = A refund can be at most what the seats cost: { $most }.
screen-refunded = Refunded { $seats } of { $code }: { $amount }.
screen-refunded-approved = Refunded { $seats } of { $code }: { $amount }, approved by { $approver }.
screen-confirm-cancel = Cancel the hold { $code } and free its seats?
screen-restocked = { $count } finished showings were restocked.
screen-open-hold-line = { $code }  { $film } { $starts }  { $seats }  until { $until }
screen-holds-left-open = { $count ->
    [one] A hold left open here: $ takes it back to checkout.
   *[other] { $count } holds left open here: $ takes the first back to checkout.
}
screen-resumed = Back to { $code }, held until { $until }: Enter sells.
screen-nothing-to-pay = Only a running hold can be paid; this booking is { $status }.
screen-block-reason-house = house seats
screen-block-reason-broken = seat broken
screen-block-reason-guests = kept for guests
screen-block-reason-cleaning = cleaning
screen-unblock-reason-repaired = repaired
screen-unblock-reason-for-sale = released for sale
screen-unblock-reason-no-guests = guests did not come
screen-unblock-reason-mistake = blocked by mistake
screen-cancel-reason-projector = projector failure
screen-cancel-reason-power = power cut
screen-cancel-reason-no-film = film not delivered
screen-cancel-reason-too-few = too few customers
screen-block-what = Block { $seats } for this showing.
screen-unblock-what = Unblock { $seats } for this showing.
screen-cancel-what = Cancel { $showing }.
screen-showing-title = the { $time } { $film } in { $auditorium }
screen-showing-already = This showing is { $state }: there is nothing to cancel.
screen-blocked = Blocked { $seats } for this showing.
screen-unblocked = { $seats } available again.
screen-confirm-cancel-showing = Cancel { $showing } ({ $reason })? { $bookings ->
    [0] No paid booking needs a refund
    [one] 1 paid booking ({ $seats } seats) will be refunded in full
   *[other] { $bookings } paid bookings ({ $seats } seats) will be refunded in full
}{ $holds ->
    [0] {""}
    [one] {" "}and 1 hold released
   *[other] {" "}and { $holds } holds released
}.
screen-showing-cancelled = Showing { $showing } cancelled: { $bookings } bookings refunded in full ({ $total }), { $holds } holds released.
screen-report-amounts-in = amounts in { $currency }
screen-refund-by = cashier { $staff }
screen-report-totals = Sales { $sales } · Refunds { $refunds } · Net { $net }
screen-look = { $look ->
    [free] free
    [premium] premium
    [wheelchair] wheelchair
    [companion] companion
    [selected] selected
    [mine] held here
    [reserved] held elsewhere
    [sold] sold
    [blocked] blocked
   *[not-for-sale] not for sale
}
screen-free-of = { $free } of { $total } free
screen-rows-below = ▼ { $below } more rows below
screen-rows-above = ▲ { $above } more rows above
screen-rows-above-below = ▲ { $above } rows above · ▼ { $below } rows below
screen-seat-held-by-me = held here (booking { $code })
screen-seat-held = held
screen-seat-held-at = held at { $counter }
screen-seat-held-until = held until { $until }
screen-seat-held-at-until = held at { $counter } until { $until }
screen-selected-summary = Selected { $count }: { $seats }
screen-best-kind = { $kind ->
    [standard] standard
    [premium] premium
   *[wheelchair] wheelchair
}
screen-nothing-selected = Nothing selected · Space a seat · 1-9 best { $kind } · p { $other } · w wheelchair
screen-kind-switched = A digit now picks the best { $kind } seats.
screen-not-free = { $seat } is { $status }; pick a free seat.
screen-best-picked = { $described }. Enter holds them.
screen-taken = { $seats } { $count ->
    [one] was
   *[other] were
} just taken.
screen-taken-at = { $seats } { $count ->
    [one] was
   *[other] were
} just taken at { $counter }.
screen-held = Held { $seats } until { $until }. Enter takes the payment.
screen-signed-in = Signed in: { $name } ({ $role }). No shift is open here: S opens one.
screen-signed-in-shift = Signed in: { $name } ({ $role }). Shift { $shift } is open at this counter.
screen-signed-out = { $name } signed out. Next, please: name, Tab, PIN, Enter.
screen-action-refund = The refund of booking { $code }
screen-action-block = Blocking { $seats }
screen-action-unblock = Unblocking { $seats }
screen-action-cancel-showing = Cancelling showing { $showing }
screen-action-this = This
screen-approved-by = approved by { $name }
screen-approval-needed = { $action } needs a manager's approval.
screen-shift-open = shift { $shift } open
screen-type-float = Type the float: the cash in the drawer to start with.
screen-type-counted = Type the cash counted in the drawer.
screen-title-open-shift = Open a shift · { $counter }
screen-title-shift = Shift · { $counter }
screen-title-close-shift = Close shift { $shift } · { $counter }
screen-title-closed-shift = Shift { $shift } closed · { $counter }
screen-shift-opened-by = opened { $at } by { $name }
screen-shift-opened-at = opened { $at }
screen-cash-sales = cash sales ({ $count })
screen-cash-refunds = cash refunds ({ $count })
screen-balanced = balanced
screen-over-by = over by { $amount }
screen-short-by-amount = short by { $amount }
screen-shift-opened = Shift { $shift } opened with a float of { $float }.
screen-shift-closed = Shift { $shift } closed. Report: { $path }
screen-shift-closed-without-file = Shift { $shift } closed, but its report could not be written: { $why }
screen-key-name-a-letter = a letter
screen-confirm-child-ticket = { $film } is rated { $rating }: a child ticket only once you have checked the buyer's age. Sell it as a child ticket?
screen-confirm-or-back = Enter or y confirms · Esc goes back
screen-door-title = boxoffice door
screen-door-any-showing = any showing
screen-door-scan = Scan a ticket
screen-door-admit = ADMIT
screen-door-stop = STOP
screen-door-checking = (checking…)
screen-door-scanner = scanner · Esc to close
screen-door-name = Door { $door }
screen-door-showing = showing { $showing }
screen-door-admitted = { $count } admitted
screen-door-admitted-to = { $film } · { $auditorium } · seat { $seat }
