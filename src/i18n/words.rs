//! The product's stored words (states, seat kinds, payment methods, roles) as a person reads
//! them. The stored value never changes with the language (the database, the JSON and the event
//! feed keep `reserved`, `cash`…); only what is shown does. A word we do not know is shown as it is.

/// A seat, booking, claim or showing state: `reserved` → `ditahan`.
#[must_use]
pub fn state(word: &str) -> String {
    match word {
        "available" => tr!("state-available"),
        "reserved" => tr!("state-reserved"),
        "occupied" => tr!("state-occupied"),
        "blocked" => tr!("state-blocked"),
        "held" => tr!("state-held"),
        "paid" => tr!("state-paid"),
        "cancelled" => tr!("state-cancelled"),
        "expired" => tr!("state-expired"),
        "refunded" => tr!("state-refunded"),
        "open" => tr!("state-open"),
        "finished" => tr!("state-finished"),
        "sold" => tr!("state-sold"),
        "released" => tr!("state-released"),
        "selling closed" => tr!("state-sales-closed"),
        other => other.to_owned(),
    }
}

/// A seat kind: `wheelchair` → `kursi roda`.
#[must_use]
pub fn kind(word: &str) -> String {
    match word {
        "standard" => tr!("kind-standard"),
        "premium" => tr!("kind-premium"),
        "wheelchair" => tr!("kind-wheelchair"),
        "companion" => tr!("kind-companion"),
        "out_of_service" => tr!("kind-out-of-service"),
        other => other.to_owned(),
    }
}

/// A payment method: `cash` → `tunai`.
#[must_use]
pub fn payment(word: &str) -> String {
    match word {
        "cash" => tr!("payment-cash"),
        "card" => tr!("payment-card"),
        "qris" => tr!("payment-qris"),
        "other" => tr!("payment-other"),
        other => other.to_owned(),
    }
}

/// A staff role: `manager` → `manajer`.
#[must_use]
pub fn role(word: &str) -> String {
    match word {
        "cashier" => tr!("role-cashier"),
        "manager" => tr!("role-manager"),
        other => other.to_owned(),
    }
}
