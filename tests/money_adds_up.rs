//! At the end of a random day of sales and refunds, the money adds up three ways: the shift
//! close (float + cash sales − cash refunds), the day report, and the events — to the last
//! rupiah, against totals kept by the test itself.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod engine_support;

use std::collections::BTreeMap;

use boxoffice::domain::{EventId, PaymentMethod, TicketType};
use boxoffice::engine::RefundRequest;
use chrono::Duration;
use engine_support::{Theater, morning, seats};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

#[derive(Debug, Clone)]
enum Step {
    Sell { count: usize, payment: usize, child: bool },
    Refund { booking: usize, one_seat: bool, lower_by: Option<i64> },
    HoldAndCancel,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (1..=4_usize, 0..4_usize, any::<bool>()).prop_map(|(count, payment, child)| Step::Sell { count, payment, child }),
        2 => (0..50_usize, any::<bool>(), proptest::option::of(1..=20_000_i64))
            .prop_map(|(booking, one_seat, lower_by)| Step::Refund { booking, one_seat, lower_by }),
        1 => Just(Step::HoldAndCancel),
    ]
}

/// What the test itself saw: per payment method, sales and refunds.
#[derive(Debug, Default)]
struct Ledger {
    sales: BTreeMap<&'static str, i64>,
    refunds: BTreeMap<&'static str, i64>,
}

const METHODS: [PaymentMethod; 4] =
    [PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Qris, PaymentMethod::Other];

proptest! {
    // The saved failing cases in money_adds_up.proptest-regressions run first, every time.
    #![proptest_config(ProptestConfig {
        cases: 24,
        failure_persistence: Some(Box::new(FileFailurePersistence::SourceParallel("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_days_money_adds_up_in_the_shift_the_report_and_the_events(
        float in 0..1_000_000_i64,
        steps in proptest::collection::vec(step(), 1..30),
        miscount in -5_000..5_000_i64,
    ) {
        let mut theater = Theater::new();
        theater.with_staff(morning());
        let (showing, _) = theater.later_showing(morning());
        theater.engine.open_shift(float, morning()).expect("open shift");
        let mut free_seats = ('A'..='G').flat_map(|row| (1..=20).map(move |n| format!("{row}{n}")));
        let mut sold: Vec<(String, PaymentMethod, Vec<String>)> = Vec::new();
        let mut ledger = Ledger::default();
        for (minute, step) in steps.iter().enumerate() {
            let now = morning() + Duration::minutes(i64::try_from(minute).expect("small"));
            match step {
                Step::Sell { count, payment, child } => {
                    let labels: Vec<String> = free_seats.by_ref().take(*count).collect();
                    let hold = theater.engine.hold(showing, &seats(&labels.join(",")), None, now).expect("hold");
                    let types: Vec<TicketType> = vec![if *child { "child" } else { "adult" }.parse().expect("type")];
                    let method = METHODS[*payment];
                    let sale = theater.engine.sell(&hold.booking, method, Some(&types), now).expect("sell");
                    *ledger.sales.entry(method.as_str()).or_default() += sale.total;
                    sold.push((hold.booking, method, labels));
                }
                Step::Refund { booking, one_seat, lower_by } => {
                    if sold.is_empty() { continue; }
                    let index = booking % sold.len();
                    let (code, method, labels) = sold[index].clone();
                    let chosen: Vec<String> = if *one_seat { labels[..1].to_vec() } else { labels.clone() };
                    let detail = theater.engine.booking(&code, now).expect("booking");
                    let cost: i64 = detail.seats.iter().filter(|s| chosen.contains(&s.label.to_string())).filter_map(|s| s.price).sum();
                    let amount = lower_by.map(|lower| (cost - lower).max(0));
                    let approval = amount.map(|_| theater.engine.approve("Ayu", "1111", now).expect("approval"));
                    let request = RefundRequest { code: code.clone(), seats: Some(seats(&chosen.join(","))), reason: "test day".to_owned(), amount };
                    let refunded = match approval {
                        Some(approval) => theater.engine.with_approval(approval, |engine| engine.refund(&request, now)),
                        None => theater.engine.refund(&request, now),
                    };
                    match refunded {
                        Ok(receipt) => {
                            *ledger.refunds.entry(method.as_str()).or_default() += receipt.amount;
                            let left: Vec<String> = labels.into_iter().filter(|l| !chosen.contains(l)).collect();
                            if left.is_empty() { sold.remove(index); } else { sold[index].2 = left; }
                        }
                        Err(error) => prop_assert!(false, "refund refused: {error}"),
                    }
                }
                Step::HoldAndCancel => {
                    let labels: Vec<String> = free_seats.by_ref().take(2).collect();
                    let hold = theater.engine.hold(showing, &seats(&labels.join(",")), None, now).expect("hold");
                    theater.engine.cancel(&hold.booking, now).expect("cancel");
                }
            }
        }
        let cash = |book: &BTreeMap<&str, i64>| book.get("cash").copied().unwrap_or(0);
        let expected = float + cash(&ledger.sales) - cash(&ledger.refunds);
        let closed = theater.engine.close_shift(expected + miscount, morning() + Duration::hours(1)).expect("close");
        prop_assert_eq!(closed.expected_cash, expected);
        prop_assert_eq!(closed.over_short, Some(miscount));

        let report = theater.engine.report(boxoffice::domain::time::local_date(chrono_tz::Asia::Jakarta, morning())).expect("report");
        let total = |book: &BTreeMap<&str, i64>| book.values().sum::<i64>();
        prop_assert_eq!(report.sales_total, total(&ledger.sales));
        prop_assert_eq!(report.refunds_total, total(&ledger.refunds));
        for tally in &report.sales_by_payment {
            prop_assert_eq!(Some(&tally.amount), ledger.sales.get(tally.key.as_str()));
        }
        for tally in &report.refunds_by_payment {
            prop_assert_eq!(Some(&tally.amount), ledger.refunds.get(tally.key.as_str()));
        }

        let events = theater.engine.events(EventId(0), 100_000).expect("events");
        let sum = |kind: &str, field: &str| events.iter().filter(|e| e.kind.as_str() == kind).filter_map(|e| e.data[field].as_i64()).sum::<i64>();
        prop_assert_eq!(sum("sold", "total"), report.sales_total);
        prop_assert_eq!(sum("refunded", "amount"), report.refunds_total);
        prop_assert!(theater.engine.verify().expect("verify").is_empty());
    }
}
