//! A confirmed draft stores exactly what its card showed: every `edit` field of every kind
//! of draft lands in the stored record, and a reply that does not answer the pending
//! question is read as a new message while the older draft waits.

mod support;

use chrono::NaiveDate;
use support::Bot;
use valuebridge::domain::{Category, Record, Verdict};
use valuebridge::ids::{Kind, TenantId};
use valuebridge::money::Money;

async fn bot() -> Bot {
    let bot = Bot::new();
    for line in [
        "unit add Sales",
        "unit add Service",
        "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01",
        "invest \"Warehouse management system\" unit:Service cost:£90k benefit:£40k/yr years:3 category:run start:2026-01-01",
    ] {
        bot.ok(line).await;
    }
    bot
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn gbp(s: &str) -> Money {
    Money::parse(s, valuebridge::money::Currency::GBP).unwrap()
}

fn only(bot: &Bot, kind: Kind) -> Record {
    let mut live = bot.store.live(&TenantId::local(), kind).unwrap();
    assert_eq!(live.len(), 1, "one {kind:?} stored");
    live.remove(0).record
}

async fn edit(bot: &Bot, user: &str, line: &str, shown: &str) {
    let out = bot.line(user, line).await;
    assert!(
        out.contains(shown),
        "`{line}` should show {shown:?}:\n{out}"
    );
}

#[tokio::test]
async fn every_decision_field_edited_on_the_draft_is_stored() {
    let bot = bot().await;
    let out = bot
        .line("dora", "we approved £250k for the CRM replacement")
        .await;
    assert!(out.contains("log this decision?"), "{out}");
    edit(
        &bot,
        "dora",
        "edit investment Warehouse management system",
        "Warehouse management system",
    )
    .await;
    edit(&bot, "dora", "edit verdict defer", "defer").await;
    edit(&bot, "dora", "edit amount £100k", "£100,000").await;
    edit(
        &bot,
        "dora",
        "edit rationale budget freeze until April",
        "budget freeze until April",
    )
    .await;
    edit(&bot, "dora", "edit date 2026-11-20", "2026-11-20").await;
    edit(&bot, "dora", "edit review 2027-03-01", "2027-03-01").await;
    edit(&bot, "dora", "edit by Priya", "Priya").await;
    let out = bot.line("dora", "yes").await;
    assert!(out.contains("Logged decision"), "{out}");
    let Record::Decision(d) = only(&bot, Kind::Decision) else {
        unreachable!()
    };
    assert_eq!(d.verdict, Verdict::Defer);
    assert_eq!(d.amount, Some(gbp("£100k")));
    assert_eq!(d.rationale, "budget freeze until April");
    assert_eq!(d.decided_on, day(2026, 11, 20));
    assert_eq!(d.review, Some(day(2027, 3, 1)));
    assert_eq!(d.decided_by, "Priya");
    assert_eq!(
        d.investment.to_string(),
        bot.investment_id("Warehouse management system")
    );
}

#[tokio::test]
async fn every_note_field_edited_on_the_draft_is_stored() {
    let bot = bot().await;
    let out = bot.line("alice", "met Sales today about pricing").await;
    assert!(out.contains("log this engagement note?"), "{out}");
    edit(&bot, "alice", "edit unit Service", "Service").await;
    edit(
        &bot,
        "alice",
        "edit text pricing review with the service desk",
        "pricing review",
    )
    .await;
    // An owner and a due date before the action: the card shows them, the action is asked.
    edit(
        &bot,
        "alice",
        "edit owner @raj",
        "What is the follow-up action?",
    )
    .await;
    edit(
        &bot,
        "alice",
        "edit due 2026-12-04",
        "What is the follow-up action?",
    )
    .await;
    edit(
        &bot,
        "alice",
        "edit action pull the Q4 numbers",
        "Owner      raj",
    )
    .await;
    edit(&bot, "alice", "edit date 2026-11-25", "2026-11-25").await;
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged note"), "{out}");
    let Record::Note(n) = only(&bot, Kind::Note) else {
        unreachable!()
    };
    assert_eq!(n.unit.to_string(), bot.unit_id("Service"));
    assert_eq!(n.text, "pricing review with the service desk");
    assert_eq!(n.met_on, Some(day(2026, 11, 25)));
    assert_eq!(n.followups.len(), 1, "{:?}", n.followups);
    let f = &n.followups[0];
    assert_eq!(f.text, "pull the Q4 numbers");
    assert_eq!(f.owner.as_deref(), Some("raj"));
    assert_eq!(f.due, Some(day(2026, 12, 4)));
}

/// A meeting with two units ("Sales and Service workshop") is engagement with both: the
/// card names the other unit, and confirming logs a note for each (the follow-up on the
/// first only); `edit unit` makes another the first, `edit also none` keeps one.
#[tokio::test]
async fn a_note_with_two_units_is_logged_for_both() {
    let bot = bot().await;
    let out = bot
        .line(
            "alice",
            "Sales and Service workshop today, they want faster quotes; I'll send options by Friday",
        )
        .await;
    assert!(
        out.contains("Unit       Sales") && out.contains("Also with  Service"),
        "{out}"
    );
    edit(&bot, "alice", "edit unit Service", "Also with  Sales").await;
    bot.line("alice", "yes").await;
    let live = bot.store.live(&TenantId::local(), Kind::Note).unwrap();
    assert_eq!(live.len(), 2, "a note for each unit");
    let notes: Vec<_> = live
        .into_iter()
        .map(|s| match s.record {
            Record::Note(n) => n,
            _ => unreachable!(),
        })
        .collect();
    let for_unit = |name: &str| {
        let id = bot.unit_id(name);
        notes
            .iter()
            .find(|n| n.unit.to_string() == id)
            .unwrap_or_else(|| panic!("a note for {name}"))
    };
    assert_eq!(for_unit("Service").followups.len(), 1);
    assert!(for_unit("Sales").followups.is_empty());
    assert_eq!(for_unit("Sales").text, for_unit("Service").text);
    // Kept to one unit, one note.
    let out = bot
        .line("alice", "Sales and Service workshop again, nothing new")
        .await;
    assert!(out.contains("Also with  Service"), "{out}");
    let out = bot.line("alice", "edit also none").await;
    assert!(!out.contains("Also with"), "{out}");
    bot.line("alice", "yes").await;
    assert_eq!(
        bot.store
            .live(&TenantId::local(), Kind::Note)
            .unwrap()
            .len(),
        3
    );
}

#[tokio::test]
async fn a_named_owner_and_due_read_from_the_message_are_stored() {
    let bot = bot().await;
    let out = bot
        .line(
            "alice",
            "call with Sales on pricing. @raj to pull the Q4 numbers by EOM",
        )
        .await;
    assert!(out.contains("Owner      raj"), "{out}");
    assert!(out.contains("Due        2026-11-30"), "{out}");
    bot.line("alice", "yes").await;
    let Record::Note(n) = only(&bot, Kind::Note) else {
        unreachable!()
    };
    assert_eq!(n.followups.len(), 1, "{:?}", n.followups);
    assert_eq!(n.followups[0].owner.as_deref(), Some("raj"));
    assert_eq!(n.followups[0].due, Some(day(2026, 11, 30)));
}

#[tokio::test]
async fn every_investment_field_edited_on_the_draft_is_stored() {
    let bot = bot().await;
    let out = bot
        .line(
            "alice",
            "new investment: fleet telematics for Sales, £120k, saving £50k a year over 4 years",
        )
        .await;
    assert!(out.contains("run, grow or transform?"), "{out}");
    edit(&bot, "alice", "edit category grow", "grow").await;
    edit(&bot, "alice", "edit name Fleet tracking", "Fleet tracking").await;
    edit(&bot, "alice", "edit unit Service", "Service").await;
    edit(&bot, "alice", "edit cost £130k", "£130,000").await;
    edit(&bot, "alice", "edit benefit £55k/yr", "£55,000").await;
    edit(&bot, "alice", "edit years 5", "5").await;
    edit(&bot, "alice", "edit start 2027-01-04", "2027-01-04").await;
    edit(
        &bot,
        "alice",
        "edit verdict approve",
        "log the decision: approve",
    )
    .await;
    // With a decision to log, its own fields are on the card and stored with it.
    edit(
        &bot,
        "alice",
        "edit rationale drivers log mileage by hand",
        "drivers log mileage by hand",
    )
    .await;
    edit(&bot, "alice", "edit review 2027-06-30", "2027-06-30").await;
    edit(&bot, "alice", "edit by Priya", "Priya").await;
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Fleet tracking"), "{out}");
    let live = bot
        .store
        .live(&TenantId::local(), Kind::Investment)
        .unwrap();
    let i = live
        .into_iter()
        .find_map(|s| match s.record {
            Record::Investment(i) if i.name == "Fleet tracking" => Some(i),
            _ => None,
        })
        .expect("stored");
    assert_eq!(i.unit.to_string(), bot.unit_id("Service"));
    assert_eq!(i.cost, gbp("£130k"));
    assert_eq!(i.annual_benefit, gbp("£55k"));
    assert_eq!(i.years, 5);
    assert_eq!(i.category, Category::Grow);
    assert_eq!(i.start, day(2027, 1, 4));
    let Record::Decision(d) = only(&bot, Kind::Decision) else {
        unreachable!()
    };
    assert_eq!(d.investment, i.id);
    assert_eq!(d.verdict, Verdict::Approve);
    assert_eq!(d.rationale, "drivers log mileage by hand");
    assert_eq!(d.review, Some(day(2027, 6, 30)));
    assert_eq!(d.decided_by, "Priya");
}

#[tokio::test]
async fn every_benefit_field_edited_on_the_draft_is_stored() {
    let bot = bot().await;
    let out = bot
        .line("alice", "the CRM replacement saved £30k in October")
        .await;
    assert!(out.contains("realised benefit"), "{out}");
    edit(
        &bot,
        "alice",
        "edit investment Warehouse management system",
        "Warehouse management system",
    )
    .await;
    edit(&bot, "alice", "edit amount £35k", "£35,000").await;
    edit(&bot, "alice", "edit date 2026-10-31", "2026-10-31").await;
    edit(
        &bot,
        "alice",
        "edit evidence fewer mis-picks",
        "fewer mis-picks",
    )
    .await;
    bot.line("alice", "yes").await;
    let Record::Benefit(b) = only(&bot, Kind::Benefit) else {
        unreachable!()
    };
    assert_eq!(b.amount, gbp("£35k"));
    assert_eq!(b.date, day(2026, 10, 31));
    assert_eq!(b.evidence, "fewer mis-picks");
    assert_eq!(
        b.investment.to_string(),
        bot.investment_id("Warehouse management system")
    );
}

#[tokio::test]
async fn a_reply_that_does_not_answer_the_question_is_a_new_message_and_the_old_draft_waits() {
    let bot = bot().await;
    let out = bot
        .line(
            "alice",
            "new investment: drone stocktake for Service, £60k, saving £20k a year over 3 years",
        )
        .await;
    assert!(out.contains("run, grow or transform?"), "{out}");
    // Short and record-like: not a category.
    let out = bot
        .line("alice", "greenlit the CRM replacement at £240k")
        .await;
    assert!(!out.contains("not a category"), "{out}");
    assert!(out.contains("log this decision?"), "{out}");
    assert!(
        out.contains("kept"),
        "the older draft is said to be kept: {out}"
    );
    bot.line("alice", "yes").await;
    let Record::Decision(d) = only(&bot, Kind::Decision) else {
        unreachable!()
    };
    assert_eq!(d.amount, Some(gbp("£240k")));
    // The older draft is back and still asks its question.
    let out = bot.line("alice", "transform").await;
    assert!(
        out.contains("Category   transform") || out.contains("transform"),
        "{out}"
    );
    bot.line("alice", "yes").await;
    let names: Vec<String> = bot
        .store
        .live(&TenantId::local(), Kind::Investment)
        .unwrap()
        .into_iter()
        .filter_map(|s| match s.record {
            Record::Investment(i) => Some(i.name),
            _ => None,
        })
        .collect();
    assert!(
        names
            .iter()
            .any(|n| n.eq_ignore_ascii_case("drone stocktake")),
        "{names:?}"
    );
}

#[tokio::test]
async fn a_short_form_of_a_name_resolves_with_a_did_you_mean() {
    let bot = bot().await;
    let out = bot.line("alice", "approved £95k for the WMS").await;
    assert!(out.contains("log this decision?"), "{out}");
    assert!(
        out.contains("I took \"WMS\" to mean Warehouse management system"),
        "{out}"
    );
    bot.line("alice", "yes").await;
    let Record::Decision(d) = only(&bot, Kind::Decision) else {
        unreachable!()
    };
    assert_eq!(
        d.investment.to_string(),
        bot.investment_id("Warehouse management system")
    );
    assert_eq!(
        bot.store
            .live(&TenantId::local(), Kind::Investment)
            .unwrap()
            .len(),
        2,
        "no new investment is proposed"
    );
}

#[tokio::test]
async fn chit_chat_gets_a_brief_answer_and_no_question() {
    let bot = bot().await;
    for line in [
        "cheers everyone, productive session 🙌",
        "that call overran again",
    ] {
        let out = bot.line("alice", line).await;
        assert!(!out.contains("Which business unit"), "{line}: {out}");
        assert!(!out.contains("Draft"), "{line}: {out}");
    }
    assert!(bot
        .store
        .live(&TenantId::local(), Kind::Note)
        .unwrap()
        .is_empty());
}
