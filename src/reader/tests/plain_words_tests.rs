//! Readings of the general patterns careful colleagues write: named owners, reasons without
//! "because", idioms and typos, dates in the right field, acronyms and partial names,
//! several records in one message.

use super::*;

fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Finance", &[]),
            ("Legal", &[]),
            ("Operations", &["Ops"]),
            ("Logistics", &[]),
        ],
        &[
            ("Warehouse Management System", "Logistics"),
            ("ERP Upgrade", "Finance"),
            ("Warehouse Robotics", "Logistics"),
            ("Mobile App", "Operations"),
            ("Contract Portal", "Legal"),
        ],
    )
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn gbp(pounds: i64) -> Option<Money> {
    Some(Money::new(pounds * 100, Currency::GBP))
}

fn eur(euros: i64) -> Option<Money> {
    Some(Money::new(euros * 100, Currency::EUR))
}

fn read_with(text: &str, day_first: bool) -> Reading {
    read(
        text,
        "ana",
        "2026-11-27".parse().unwrap(),
        &dir(),
        &ReaderSettings {
            day_first,
            ..ReaderSettings::default()
        },
    )
    .unwrap()
}

fn read_one(text: &str) -> Reading {
    read_with(text, true)
}

#[test]
fn follow_ups_with_named_owners_and_chat_due_dates() {
    let r = read_one("Catch-up with Finance. @raj to pull the Q4 numbers by EOM");
    let a = r.action.clone().unwrap();
    assert_eq!((a.owner.as_str(), a.due), ("raj", d("2026-11-30")));
    assert_eq!(a.text, "pull the Q4 numbers");
    let r = read_one("Legal sync. Action: @mei to book the vendor demo by the 20th");
    let a = r.action.unwrap();
    assert_eq!((a.owner.as_str(), a.due), ("mei", d("2026-12-20")));
    let r = read_one("Ops call went fine, @tom will confirm tomorrow");
    let a = r.action.unwrap();
    assert_eq!((a.owner.as_str(), a.due), ("tom", d("2026-11-28")));
    let r = read_one(
        "Finance workshop: @raj to pull the Q4 numbers by EOM; @mei to book the demo by Friday",
    );
    assert_eq!(r.follow_ups.len(), 2, "{:?}", r.follow_ups);
    assert_eq!(r.follow_ups[1].owner, "mei");
    assert_eq!(r.follow_ups[1].due, d("2026-11-27"));
}

#[test]
fn reasons_said_without_because() {
    let cases: &[(&str, &str)] = &[
        (
            "approved the ERP upgrade, cost pressure is the driver",
            "cost pressure is the driver",
        ),
        (
            "scrapping the mobile app — nobody used it",
            "nobody used it",
        ),
        (
            "parking the contract portal until legal signs off",
            "until legal signs off",
        ),
        (
            "we stopped the mobile app. Nobody used it.",
            "Nobody used it",
        ),
        (
            "the WMS saved £40k in October from fewer mis-picks",
            "fewer mis-picks",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(read_one(text).rationale.as_deref(), Some(*want), "{text}");
    }
}

#[test]
fn idioms_typos_and_benefits_without_the_word() {
    use Verdict::*;
    let cases: &[(&str, Intent, Option<Verdict>)] = &[
        (
            "we're pouring £300k into the ERP upgrade",
            Intent::Decision,
            Some(Approve),
        ),
        ("exec aprvd the WMS", Intent::Decision, Some(Approve)),
        (
            "board apprved the ERP upgrade",
            Intent::Decision,
            Some(Approve),
        ),
        (
            "keep going with the warehouse robotics",
            Intent::Decision,
            Some(Continue),
        ),
        (
            "ERP upgrade: not now, revisit in Q1",
            Intent::Decision,
            Some(Defer),
        ),
        ("scrapping the mobile app", Intent::Decision, Some(Stop)),
        (
            "the contract portal got knocked back",
            Intent::Decision,
            Some(Reject),
        ),
        (
            "the WMS cut costs by £40k this quarter",
            Intent::Benefit,
            None,
        ),
        (
            "warehouse robotics freed up £30k in overtime",
            Intent::Benefit,
            None,
        ),
        ("cheers everyone, productive session 🙌", Intent::None, None),
        ("that call overran again", Intent::None, None),
    ];
    for (text, intent, verdict) in cases {
        let r = read_one(text);
        assert_eq!((r.intent, r.verdict), (*intent, *verdict), "{text}");
    }
    let r = read_one("not now, revisit in Q1 for the ERP upgrade");
    assert_eq!(r.review_date, d("2027-01-01"));
    let r = read_one(
        "Ops would like a forklift telemetry kit, roughly €60k, should save €25k a year over 4 years",
    );
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(
        (r.amount, r.annual_benefit, r.years),
        (eur(60_000), eur(25_000), Some(4))
    );
    assert_eq!(r.unit.as_deref(), Some("Operations"));
}

#[test]
fn dates_land_in_the_right_field() {
    let r = read_one("approved the ERP upgrade, go-live in May");
    assert_eq!(r.date, None);
    let r = read_one("parked the WMS, check again end of Feb");
    assert_eq!(r.review_date, d("2027-02-28"));
    let r = read_one("deferred the ERP upgrade, review by 28 Feb");
    assert_eq!((r.review_date, r.due), (d("2027-02-28"), None));
    let r = read_one("parked the warehouse robotics. look again in April");
    assert_eq!(r.review_date, d("2027-04-01"));
    let r = read_with("approved the ERP upgrade on 11/3/2026", false);
    assert_eq!(r.date, d("2026-11-03"));
}

#[test]
fn acronyms_partial_names_and_several_units() {
    let r = read_one("approved £90k for the WMS");
    assert_eq!(r.investment.as_deref(), Some("Warehouse Management System"));
    assert!(!r.new_investment);
    let r = read_one("greenlit the erp at £400k");
    assert_eq!(r.investment.as_deref(), Some("ERP Upgrade"));
    let r = read_one("paused the robot project till March");
    assert_eq!(r.investment.as_deref(), Some("Warehouse Robotics"));
    let r = read_one("Finance and Legal workshop on contract spend");
    assert_eq!(r.units, vec!["Finance".to_string(), "Legal".to_string()]);
}

#[test]
fn several_records_keep_their_own_verdicts() {
    let r = read_one("approved the WMS at £90k. parked the warehouse robotics till Q2");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Warehouse Management System"));
    assert_eq!(r.amount, gbp(90_000));
    assert_eq!(r.review_date, None);
    // One record: a negated approval then its deferral is still one deferral.
    let r = read_one("not approved, parked the WMS till March");
    assert_eq!(r.verdict, Some(Verdict::Defer));
}

#[test]
fn who_decided() {
    let r = read_one("Priya approved £90k for the WMS");
    assert_eq!(r.decided_by.as_deref(), Some("Priya"));
    let r = read_one("the exec committee signed off the ERP upgrade");
    assert_eq!(r.decided_by.as_deref(), Some("the exec committee"));
    let r = read_one("Ops decided to stop the mobile app");
    assert_eq!(r.decided_by.as_deref(), Some("Ops"));
    let r = read_one("we approved the ERP upgrade");
    assert_eq!(r.decided_by, None);
}

#[test]
fn names_said_short_and_the_words_around_them() {
    // Not in this directory: a new name, which ends where the verb starts.
    let r = read_one("bin sensors approved, £140k");
    assert_eq!(r.investment.as_deref(), Some("bin sensors"));
    // Leading words, a clipped word, and a name without its first word.
    let r = read_one("warehouse management approved, £140k");
    assert_eq!(r.investment.as_deref(), Some("Warehouse Management System"));
    let r = read_one("warehouse robo paused till March");
    assert_eq!(r.investment.as_deref(), Some("Warehouse Robotics"));
    let r = read_one("paused the management system till March");
    assert_eq!(r.investment.as_deref(), Some("Warehouse Management System"));
    let r = read_one("approved £2m for a new yard management system in Logistics");
    assert_eq!(r.investment.as_deref(), Some("yard management system"));
    // "planning" is a hedge only as "planning to".
    let r = read_one("we're planning to approve the ERP upgrade");
    assert_eq!(r.verdict, None);
}

#[test]
fn reports_from_a_unit_are_notes_and_clauses_that_are_not_reasons() {
    let r = read_one("Logistics say the new scanners keep dropping wifi");
    assert_eq!(
        (r.intent, r.unit.as_deref()),
        (Intent::Note, Some("Logistics"))
    );
    let r = read_one("what did Ops say about the WMS?");
    assert_eq!(r.intent, Intent::None);
    let r = read_one("someone said the canteen is shut");
    assert_eq!(r.intent, Intent::None);
    let r = read_one("Ops offsite: long day");
    assert_eq!(r.intent, Intent::Note);
    let r = read_one("the WMS saved £21k of overtime since July");
    assert_eq!(r.rationale, None, "since July is when, not why");
    let r = read_one("Legal knocked back the contract portal, £600k was too much");
    assert_eq!(r.rationale.as_deref(), Some("£600k was too much"));
    let r = read_one("the WMS cut costs by £40k thanks to fewer mis-picks");
    assert_eq!((r.intent, r.verdict), (Intent::Benefit, None));
    let r = read_one("vendor went bust, so we killed the mobile app");
    assert_eq!(r.rationale.as_deref(), Some("vendor went bust"));
    let r = read_one("ERP upgrade: cost pressure is the driver, we approved another £60k");
    assert_eq!(r.rationale.as_deref(), Some("cost pressure is the driver"));
    let r = read_one("the ERP upgrade is on the back burner");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    let r = read_one("approved the ERP upgrade next year");
    assert_eq!(r.date, None, "a decision's date is never ahead of today");
}

#[test]
fn each_record_of_a_message_is_read() {
    let r = read_one(
        "approved the ERP upgrade at £250k; also the WMS benefit came in at £30k last month",
    );
    assert_eq!(
        (r.intent, r.verdict, r.amount),
        (Intent::Decision, Some(Verdict::Approve), gbp(250_000))
    );
    assert_eq!(r.investment.as_deref(), Some("ERP Upgrade"));
    assert_eq!(r.also.len(), 1, "the second record is read: {:?}", r.also);
    let b = &r.also[0];
    assert_eq!(b.intent, Intent::Benefit);
    assert_eq!(b.investment.as_deref(), Some("Warehouse Management System"));
    assert_eq!(b.amount, gbp(30_000));
    assert!(b.also.is_empty());

    let r = read_one("approved the WMS at £90k. parked the warehouse robotics till Q2");
    assert_eq!(r.also.len(), 1, "{:?}", r.also);
    let p = &r.also[0];
    assert_eq!(p.verdict, Some(Verdict::Defer));
    assert_eq!(p.investment.as_deref(), Some("Warehouse Robotics"));
    assert_eq!(p.review_date, d("2027-04-01"));
    assert_eq!(p.amount, None, "the first record's amount stays with it");

    let r = read_one(
        "Signed off the contract portal for £40k. The mobile app produced £12k of savings in October. And we stopped the warehouse robotics.",
    );
    let kinds: Vec<_> = r.also.iter().map(|x| (x.intent, x.verdict)).collect();
    assert_eq!(
        kinds,
        vec![
            (Intent::Benefit, None),
            (Intent::Decision, Some(Verdict::Stop))
        ]
    );

    // One record told in several sentences stays one.
    for one in [
        "not approved, parked the WMS till March",
        "approved the WMS at £90k. Ops are thrilled, the pickers have wanted it for years",
        "the WMS saved £21k in October. Fewer mis-picks did it.",
    ] {
        assert!(read_one(one).also.is_empty(), "{one}");
    }
}

#[test]
fn a_bare_amount_takes_the_currency_the_message_is_written_in() {
    // A pound tenant's manager writing about a euro deal: the second record's "30k" is
    // euros too, not pounds.
    let r = read_one("approved the ERP upgrade at €250k; also the WMS saved 30k last month");
    assert_eq!(r.amount, eur(250_000));
    assert_eq!(r.also.len(), 1, "{:?}", r.also);
    assert_eq!(r.also[0].intent, Intent::Benefit);
    assert_eq!(r.also[0].amount, eur(30_000));

    // Within one record too.
    let r =
        read_one("Logistics would like a yard scanner, €60k, should save 25k a year over 4 years");
    assert_eq!((r.amount, r.annual_benefit), (eur(60_000), eur(25_000)));

    // With no currency written anywhere, the tenant's own.
    let r = read_one("approved the ERP upgrade at 250k; also the WMS saved 30k last month");
    assert_eq!(r.amount, gbp(250_000));
    assert_eq!(r.also[0].amount, gbp(30_000));
}

#[test]
fn a_count_of_homes_or_subscribers_is_not_money() {
    for text in [
        "mobile app: continue, 40k homes passed in Q3",
        "mobile app: continue, 12k subscribers signed up",
        "mobile app: continue, 3k households connected",
    ] {
        let r = read_one(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}");
        assert_eq!((r.amount, r.annual_benefit), (None, None), "{text}");
    }
}

#[test]
fn deferral_idioms_are_deferrals_with_their_review_date() {
    for (text, review) in [
        ("ERP upgrade: pick it up again in January", "2027-01-01"),
        (
            "mobile app: back on the agenda in Q3, the budget is stuck",
            "2027-07-01",
        ),
        ("contract portal: circle back in March", "2027-03-01"),
        ("WMS not this FY, look again in April", "2027-04-01"),
        (
            "warehouse robotics, not this cycle, revisit in Q2",
            "2027-04-01",
        ),
    ] {
        let r = read_one(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(r.review_date, d(review), "{text}");
    }
}

#[test]
fn a_unit_that_wants_something_names_the_new_investment() {
    for (text, name) in [
        (
            "Logistics want a yard scanner, ~£90k, should save £30k a year over 3 years",
            "yard scanner",
        ),
        (
            "Ops wants a shift planning tool, £75k one-off",
            "shift planning tool",
        ),
        (
            "Finance are asking for a treasury dashboard. They reckon about £95k to set up.",
            "treasury dashboard",
        ),
    ] {
        let r = read_one(text);
        assert_eq!(r.intent, Intent::Investment, "{text}");
        assert_eq!(r.investment.as_deref(), Some(name), "{text}");
        assert!(r.new_investment, "{text}");
    }
}

#[test]
fn a_sentence_opening_with_also_starts_another_record_even_about_an_unknown_name() {
    let r = read_one("approved the WMS at £90k. Also the pick bots produced £12k in September.");
    assert_eq!(
        (r.verdict, r.amount, r.date),
        (Some(Verdict::Approve), gbp(90_000), None),
        "the second record's date and amount stay with it"
    );
    assert_eq!(r.also.len(), 1, "{:?}", r.also);
    assert_eq!(r.also[0].intent, Intent::Benefit);
    assert_eq!(r.also[0].amount, gbp(12_000));
    assert_eq!(r.also[0].date, d("2026-09-01"));

    let r = read_one("Two from steering: approved the ERP upgrade at £1.1m. Also pausing the van refresh until spring.");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.also.len(), 1, "{:?}", r.also);
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer));
}

#[test]
fn a_coffee_machine_is_no_meeting_but_coffee_with_someone_is() {
    // The rules alone: the model must not be what keeps the office's chatter out.
    let rules_only = Reader::new(&dir(), ReaderSettings::default())
        .with_model(std::sync::Arc::new(IntentModel::default()));
    let today: NaiveDate = "2026-11-27".parse().unwrap();
    let read = |text: &str| rules_only.read(text, "ana", today).unwrap();
    for text in [
        "lol the coffee machine is down again",
        "the price of coffee in the canteen went up to £3",
    ] {
        assert_eq!(read(text).intent, Intent::None, "{text}");
    }
    let r = read("had coffee with the Legal team, nothing formal");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.unit.as_deref(), Some("Legal"));
}

#[test]
fn a_trained_model_overrides_the_rules_where_they_misread() {
    let rules_only = Reader::new(&dir(), ReaderSettings::default())
        .with_model(std::sync::Arc::new(IntentModel::default()));
    let today: NaiveDate = "2026-11-27".parse().unwrap();
    // Labelled records, as the training program reads them from the corpus.
    let labelled = [
        ("thanks all, great huddle 🙌", Intent::None),
        ("cheers team, lovely workshop", Intent::None),
        ("great sync everyone, thanks", Intent::None),
        (
            "Fuel savings from the warehouse robotics: £21k in October",
            Intent::Benefit,
        ),
        (
            "Overtime savings from the WMS: £8k in September",
            Intent::Benefit,
        ),
        ("met Finance about the ERP upgrade", Intent::Note),
        ("approved the mobile app at £40k", Intent::Decision),
    ];
    let examples: Vec<model::Example> = labelled
        .iter()
        .map(|(text, label)| {
            let (features, rule) = rules_only.intent_example(text, "ana", today);
            model::Example {
                features,
                rule,
                label: *label,
            }
        })
        .collect();
    let trained =
        rules_only.with_model(std::sync::Arc::new(IntentModel::train(&examples, 10, 0.0)));
    // A meeting word in chit-chat is not a note; the rules alone take it for one (thanks
    // said first they read as chat themselves).
    let chat = "good huddle all, thanks";
    assert_eq!(
        rules_only.read(chat, "ana", today).unwrap().intent,
        Intent::Note
    );
    assert_eq!(
        trained.read(chat, "ana", today).unwrap().intent,
        Intent::None
    );
    // A benefit said without a benefit verb; its fields are then read by the exact passes.
    let benefit = "Paper savings from the contract portal: £3k in October";
    assert_eq!(
        rules_only.read(benefit, "ana", today).unwrap().intent,
        Intent::None
    );
    let r = trained.read(benefit, "ana", today).unwrap();
    assert_eq!((r.intent, r.amount), (Intent::Benefit, gbp(3_000)));
    assert_eq!(r.investment.as_deref(), Some("Contract Portal"));
    // A decision still needs a verdict the exact pass found.
    let r = trained
        .read("approved the ERP upgrade at £90k", "ana", today)
        .unwrap();
    assert_eq!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn requests_conditions_and_a_plain_no() {
    // What someone asked for by a date is not a deadline of ours; a promise to us is.
    let r = read_one("Legal sync, they want a decision by the 20th");
    assert_eq!((r.intent, r.due), (Intent::Note, None));
    let r = read_one("Spoke to Finance. They'll send the ERP figures by 15 January");
    assert_eq!(r.due, d("2027-01-15"));
    // Conditions are the reason for waiting.
    let r = read_one("paused the ERP upgrade while we switch vendors");
    assert_eq!(r.rationale.as_deref(), Some("while we switch vendors"));
    let r = read_one("mobile app: park it until after the audit");
    assert_eq!(r.rationale.as_deref(), Some("until after the audit"));
    let r = read_one("Contract portal: no to phase 2, we can't support it");
    assert_eq!(r.verdict, Some(Verdict::Reject));
}

#[test]
fn a_distinctive_word_leading_a_clause_names_its_investment() {
    let r = read_one("robotics: keep going with it through peak");
    assert_eq!(r.investment.as_deref(), Some("Warehouse Robotics"));
    let r = read_one("Ops sync; robotics trimmed to £150k");
    assert_eq!(r.investment.as_deref(), Some("Warehouse Robotics"));
}

#[test]
fn names_without_their_last_word_or_with_initials() {
    let dir = super::test_names::directory(
        &[("Finance", &[])],
        &[
            ("General Ledger Migration", "Finance"),
            ("Claims Triage AI", "Finance"),
        ],
    );
    let today = "2026-11-27".parse().unwrap();
    let settings = ReaderSettings::default();
    let r = read(
        "GL migration approved, £520k",
        "ana",
        today,
        &dir,
        &settings,
    )
    .unwrap();
    assert_eq!(r.investment.as_deref(), Some("General Ledger Migration"));
    assert_eq!(r.investment_guessed_from.as_deref(), Some("GL migration"));
    let r = read(
        "paused the claims triage till March",
        "ana",
        today,
        &dir,
        &settings,
    )
    .unwrap();
    assert_eq!(r.investment.as_deref(), Some("Claims Triage AI"));
}

#[test]
fn a_trained_date_role_model_overrides_the_rules_where_they_misplace_a_date() {
    let rules_only = Reader::new(&dir(), ReaderSettings::default())
        .with_date_model(std::sync::Arc::new(ReasonModel::default()));
    let today: NaiveDate = "2026-11-27".parse().unwrap();
    // "handover in Q2" is when the work lands, not when the decision was taken; the rules
    // read "in Q2" as the decision's date. Labels as the corpus gives them: no date.
    let none = [None, None, None];
    let labelled: [(&str, [Option<NaiveDate>; 3]); 5] = [
        ("approved the ERP upgrade at £250k, handover in Q2", none),
        ("approved the mobile app at £40k, handover in March", none),
        ("signed off the contract portal, £30k, handover in Q3", none),
        (
            "approved the WMS on 18/11, £90k",
            [d("2026-11-18"), None, None],
        ),
        (
            "parked the mobile app till Q2",
            [None, d("2027-04-01"), None],
        ),
    ];
    let examples: Vec<reasons::Example> = labelled
        .iter()
        .flat_map(|(text, labels)| rules_only.date_examples(text, "ana", today, *labels))
        .collect();
    assert_eq!(examples.len(), 5, "one example per date mention");
    let trained =
        rules_only.with_date_model(std::sync::Arc::new(ReasonModel::train(&examples, 10, 0.0)));
    let text = "approved the warehouse robotics at £1.2m, handover in Q3";
    assert_eq!(
        rules_only.read(text, "ana", today).unwrap().date,
        d("2026-07-01"),
        "the rules misplace it"
    );
    assert_eq!(trained.read(text, "ana", today).unwrap().date, None);
    // Where the rules are right, the model agrees.
    let r = trained
        .read("parked the ERP upgrade till Q3", "ana", today)
        .unwrap();
    assert_eq!(r.review_date, d("2027-07-01"));
    let r = trained
        .read("approved the ERP upgrade on 20/11", "ana", today)
        .unwrap();
    assert_eq!(r.date, d("2026-11-20"));
}
