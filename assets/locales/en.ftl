# English: the box office's own words. Every id here is used in the code and exists in every
# other language with the same variables (src/i18n/tests.rs checks both).

## The booking commands

cli-held = Held { $seats } for showing { $showing } until { $until }. Pay with: boxoffice sell { $booking } --payment cash
cli-paid = Paid { $booking } by { $payment }: { $total }
cli-cancelled = Cancelled { $booking }; { $seats } { $count ->
    [one] is
   *[other] are
} free again.
