//! Readings of forms from the ninth round of writers the reader had not met (a Nigerian
//! fintech, a Brazilian agribusiness co-operative writing English, a UAE hospital group),
//! worded here for a cocoa and coffee trading house with a processing plant in Lagos, a
//! roastery in São Paulo and a trading desk in Dubai: naira written "₦45m" and "N12m",
//! reais written "R$ 1,2 milhão" and "R$ 800 mil", dirhams written "Dhs 400,000".

use super::test_names::directory;
use super::*;

/// A cocoa and coffee trading house with plants in Lagos and São Paulo and a Dubai desk.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Cocoa Processing", &["Lagos Plant"]),
            ("Roastery", &["Torrefação"]),
            ("Trading Desk", &["Desk"]),
            ("Quality Lab", &["Lab"]),
        ],
        &[
            ("Bean Grading Cameras", "Cocoa Processing"),
            ("Roaster Energy Recovery", "Roastery"),
            ("Hedging Platform", "Trading Desk"),
            ("Moisture Sensor Network", "Quality Lab"),
        ],
    )
}

/// `text` as written on 2026-11-27 by a writer whose bare amounts are in `currency`.
fn read_in(text: &str, currency: &str) -> Reading {
    test_names::read_day_first_in(text, "adaeze", currency, &dir())
}

/// `units` whole units of `currency`.
fn money(units: i64, currency: &str) -> Option<Money> {
    test_names::whole(units, currency)
}

#[test]
fn naira_are_read_with_their_sign_their_letter_and_their_code() {
    for (text, want) in [
        ("Bean grading cameras approved, ₦45m", 45_000_000),
        ("Bean grading cameras approved at N12m", 12_000_000),
        ("Bean grading cameras approved, N18m.", 18_000_000),
        (
            "Bean grading cameras approved, NGN 120 million",
            120_000_000,
        ),
        ("Bean grading cameras approved: ₦2.5bn", 2_500_000_000),
        ("Bean grading cameras approved, N450k", 450_000),
        (
            "Bean grading cameras approved, 30 million naira",
            30_000_000,
        ),
    ] {
        let r = read_in(text, "NGN");
        assert_eq!(r.amount, money(want, "NGN"), "{text}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    }
    // A capital N before a number that is no amount stays a word ("N95 masks").
    let r = read_in("Quality lab bought N95 masks for the sorting floor", "NGN");
    assert_eq!(r.amount, None);
}

#[test]
fn reais_are_read_with_their_sign_and_the_portuguese_multipliers() {
    for (text, want) in [
        (
            "Roaster energy recovery approved, R$ 1,2 milhão",
            120_000_000,
        ),
        (
            "Roaster energy recovery approved, R$ 2,5 milhões",
            250_000_000,
        ),
        ("Roaster energy recovery approved, R$ 1.2M", 120_000_000),
        ("Roaster energy recovery approved, R$ 800 mil", 80_000_000),
        ("Roaster energy recovery approved, R$350k", 35_000_000),
        (
            "Roaster energy recovery approved, R$ 650.000,00",
            65_000_000,
        ),
        ("Roaster energy recovery approved, R$ 140.000", 14_000_000),
    ] {
        // In reais whatever the tenant counts in: the sign says so.
        for tenant in ["BRL", "USD", "ZAR"] {
            let r = read_in(text, tenant);
            let want = Some(Money::new(want, Currency::from_code("BRL").unwrap()));
            assert_eq!(r.amount, want, "{text} ({tenant})");
        }
    }
    // A Brazilian tenant's bare "mil" is a thousand; "1.5 mil" elsewhere is a million.
    let r = read_in("Roaster energy recovery approved, 900 mil", "BRL");
    assert_eq!(r.amount, money(900_000, "BRL"));
    let r = read_in("Roaster energy recovery approved, $1.5 mil", "USD");
    assert_eq!(r.amount, money(1_500_000, "USD"));
    // A saving said per month in "mil" is made yearly at its size.
    let r = read_in(
        "Roaster energy recovery saves around R$ 95 mil per month in gas",
        "BRL",
    );
    assert_eq!(r.amount.or(r.annual_benefit), money(1_140_000, "BRL"));
    // A small sum after the real's sign is money (the rand's "R2" alone is a name) ...
    let toks = tokens::tokenize("growers get R$ 0,04 more per kilo");
    let found = money_words::find_money(&toks, Currency::from_code("BRL").unwrap());
    let want = Money::new(4, Currency::from_code("BRL").unwrap());
    assert_eq!(found.first().map(|m| m.money), Some(want));
    // ... and a price "more per kilo" is not the record's money.
    let r = read_in(
        "Roaster energy recovery is paying off: growers get R$ 0,04 more per kilo, around R$ 95 mil per month for all",
        "BRL",
    );
    assert_eq!(r.amount.or(r.annual_benefit), money(1_140_000, "BRL"));
}

#[test]
fn dirhams_are_read_after_dhs_and_their_code() {
    for (text, want) in [
        ("Hedging platform approved, Dhs 400,000", 400_000),
        ("Hedging platform approved, Dhs. 185,000", 185_000),
        ("Hedging platform approved, AED 2.5m", 2_500_000),
        ("Hedging platform approved, AED 1.2 million", 1_200_000),
        ("Hedging platform approved, 750,000 dirhams", 750_000),
    ] {
        for tenant in ["AED", "GBP"] {
            let r = read_in(text, tenant);
            assert_eq!(r.amount, money(want, "AED"), "{text} ({tenant})");
        }
    }
}

#[test]
fn each_item_of_minutes_with_a_verdict_is_a_record_of_its_own() {
    // The second item names a thing the directory has no name for, or names a known one
    // short, yet it is its own item with its own verdict.
    for (text, second) in [
        (
            "Pauta: reunião diretoria 26/11\n• Bean grading cameras – approved, ₦22m, pilot in Ikeja first\n• Cocoa butter cold store – deferred to Q2",
            "Cocoa butter cold store",
        ),
        (
            "Minutes – Desk Steering Committee – 24-11-2026\n1. Bean grading cameras: approved phase 1, ₦22m\n2. Data centre DR site: deferred to Q2 2027",
            "Data centre DR site",
        ),
    ] {
        let r = read_in(text, "NGN");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
        assert_eq!(r.amount, money(22_000_000, "NGN"), "{text}");
        assert_eq!(r.investment.as_deref(), Some("Bean Grading Cameras"), "{text}");
        assert_eq!(r.also.len(), 1, "{r:?}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(r.also[0].investment.as_deref(), Some(second), "{text}");
        assert_eq!(r.also[0].review_date, "2027-04-01".parse().ok(), "{text}");
        // The heading's date, on a line of its own, is every item's.
        assert!(r.date.is_some(), "{text}");
        assert_eq!(r.also[0].date, r.date, "{text}");
    }
    // Two items about the same investment stay one record.
    let text = "Desk minutes 26/11\n- Hedging platform: approved, ₦40m\n- Hedging platform: go-live approved for March";
    assert!(read_in(text, "NGN").also.is_empty());
}

#[test]
fn a_follow_up_item_of_minutes_about_another_investment_is_a_record_of_its_own() {
    for text in [
        "Minutes of ExCo 26/11\n• Bean grading cameras – approved, ₦22m\n• Cocoa butter cold store – deferred to Q2\n• Ada to send the hedging platform SLA by 4/12",
        "Minutes – Desk Steering Committee – 24-11-2026\n1. Bean grading cameras: approved phase 1, ₦22m\n2. Cocoa butter cold store: deferred to Q2\n3. Action: Ada to send the hedging platform SLA by 04-12-2026",
    ] {
        let r = read_in(text, "NGN");
        assert_eq!(r.also.len(), 2, "{r:?}");
        assert_eq!(r.also[0].investment.as_deref(), Some("Cocoa butter cold store"));
        assert_eq!(r.also[0].due, None, "{text}");
        let note = &r.also[1];
        assert_eq!(note.intent, Intent::Note, "{text}");
        assert_eq!(note.investment.as_deref(), Some("Hedging Platform"), "{text}");
        assert_eq!(note.due, "2026-12-04".parse().ok(), "{text}");
        // The heading's date is the follow-up item's too.
        assert_eq!(note.date, r.date, "{text}");
    }
    // A follow-up item about the item before's thing is a note of its own too (convention
    // 86, round B59; it was that item's follow-up).
    let text = "Desk minutes 26/11\n- Hedging platform: approved, ₦40m\n- Ada to send the hedging platform SLA by 4/12";
    let r = read_in(text, "NGN");
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.due, None, "{r:?}");
    assert_eq!(r.also[0].intent, Intent::Note, "{r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Hedging Platform"),
        "{r:?}"
    );
    assert_eq!(r.also[0].due, "2026-12-04".parse().ok(), "{r:?}");
}

#[test]
fn verdicts_said_the_way_a_second_language_says_them() {
    let mut wrong = Vec::new();
    for (text, verdict, review) in [
        (
            "About the roaster energy recovery: the board decided not to go forward. The gas price fell again.",
            Verdict::Reject,
            None,
        ),
        (
            "The moisture sensor network is suspended, in the rainy season the probes corrode. We return to the subject in April.",
            Verdict::Defer,
            Some("2027-04-01"),
        ),
        (
            "Hedging platform phase 3: we decided to wait. The licence is too expensive now, we see again in July.",
            Verdict::Defer,
            Some("2027-07-01"),
        ),
        (
            "Bean grading cameras: the phase 2 stay for next year, we discuss again in February.",
            Verdict::Defer,
            Some("2027-02-01"),
        ),
        (
            "As per the Board resolution, the hedging platform project is closed. The desk will use the bank's tool.",
            Verdict::Stop,
            None,
        ),
        (
            "The roaster energy recovery we continue, even with the delay.",
            Verdict::Continue,
            None,
        ),
        // Misspelt, "approved to extend" is still the approval of more.
        (
            "Moisture sensor network: the board aproved to extend for the 40 farms of Goiás, R$ 180 mil more",
            Verdict::Approve,
            None,
        ),
        // "proceed with the PO" carries the approval out; it decides nothing more.
        (
            "Hedging platform phase 2 — approved for the Dubai desk, AED 2.2m, kindly proceed with the PO.",
            Verdict::Approve,
            None,
        ),
    ] {
        let r = read_in(text, "BRL");
        let review: Option<chrono::NaiveDate> = review.and_then(|d| d.parse().ok());
        let got = (r.intent, r.verdict, r.review_date, r.investment.is_some());
        let want = (Intent::Decision, Some(verdict), review, true);
        if got != want {
            wrong.push(format!("{text}: got {got:?}, want {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // A place closed for a day is no project stopped, and a thing told with the verdict
    // in a clause that goes on is still told in passing.
    for text in [
        "The canteen is closed on Thursday for the maintenance works.",
        "The hedging platform we paused in the summer came up again at the desk meeting.",
    ] {
        assert_ne!(read_in(text, "BRL").verdict, Some(Verdict::Stop), "{text}");
        assert_ne!(read_in(text, "BRL").verdict, Some(Verdict::Defer), "{text}");
    }
}

#[test]
fn a_new_figure_said_before_the_old_one_and_approved_is_a_rescope_to_it() {
    for (text, currency, want) in [
        (
            "Finance: the hedging platform is now AED 1.5 million instead of AED 1.1 million, the extra banks need more integration work. Approved by the CFO yesterday.",
            "AED",
            150_000_000,
        ),
        (
            "Financeiro: the roaster energy recovery is now R$ 2,9 milhões, not R$ 2,4 milhões, the burner from Germany came more expensive with the dollar. Approved in the board of Tuesday.",
            "BRL",
            290_000_000,
        ),
    ] {
        let r = read_in(text, currency);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}");
        let want = Some(Money::new(want, Currency::from_code(currency).unwrap()));
        assert_eq!(r.amount, want, "{text}");
    }
    // A figure nobody approved is news.
    let text = "FYI the hedging platform is now AED 1.5 million instead of AED 1.1 million.";
    assert_ne!(read_in(text, "AED").verdict, Some(Verdict::Rescope));
}

#[test]
fn a_letters_salutation_and_lead_in_are_no_name() {
    let text = "Dear Adaeze, as discussed, the cocoa butter cold store proposal is postponed until the lab data is validated. We will table it again on 12-03-2027.";
    let r = read_in(text, "AED");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.investment.as_deref(), Some("cocoa butter cold store"));
    assert_eq!(r.review_date, "2027-03-12".parse().ok());
    let text = "With reference to the vanilla sourcing app, kindly be informed it was approved by the Board, AED 300k.";
    let r = read_in(text, "AED");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("vanilla sourcing app"));
}

#[test]
fn this_15th_is_a_day_of_the_month() {
    let text = "Action: Ada to send the hedging platform SLA to the desk this 15th";
    let r = read_in(text, "NGN");
    assert_eq!(r.due, "2026-12-15".parse().ok(), "{r:?}");
    // "this 3rd phase" is no date.
    let r = read_in(
        "Bean grading cameras: this 3rd phase is approved, ₦4m",
        "NGN",
    );
    assert_eq!((r.date, r.due, r.review_date), (None, None, None));
}

#[test]
fn a_budget_move_told_as_the_reason_after_a_stop_leaves_the_stop() {
    let text = "Hedging platform – we are stopping it. The vendor missed 3 milestones and the cost has gone from ₦900m to ₦1.4bn.";
    assert_eq!(read_in(text, "NGN").verdict, Some(Verdict::Stop));
    // Said alone, the new figure is still the rescope.
    let text = "The budget of the hedging platform passes from ₦900m to ₦1.4bn.";
    assert_eq!(read_in(text, "NGN").verdict, Some(Verdict::Rescope));
}

#[test]
fn a_partial_no_then_a_budget_cut_is_a_rescope() {
    let text = "Hedging platform is now a no for the Lagos desk, we will only use it in Dubai. Budget cut to ₦11m.";
    let r = read_in(text, "NGN");
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.amount, money(11_000_000, "NGN"));
}

#[test]
fn a_request_until_a_weekday_is_due_then() {
    let text =
        "@ada the vendor sent the hedging platform contract, please check with legal until Monday";
    let r = read_in(text, "BRL");
    assert_eq!(r.due, "2026-11-30".parse().ok(), "{r:?}");
}
