//! Verdicts, intents and numbers missed on strangers' wording (round V55), each worded
//! for an invented boatyard on Lake Malawi (its slipway, chandlery, lorries and office),
//! and set against the same words recording something else.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A boatyard at Nkhata Bay: the slipway, the chandlery, the lorries, the office.
fn boatyard_dir() -> StaticDirectory {
    directory(
        &[
            ("Boatyard", &["Slipway"]),
            ("Chandlery", &["Shop"]),
            ("Transport", &["Lorries"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Slipway Winch", "Boatyard"),
            ("Boat Hoist", "Boatyard"),
            ("Delivery Lorry", "Transport"),
            ("Payroll System", "Office"),
            ("Mobile Money Payments", "Office"),
        ],
    )
}

fn read_boatyard(text: &str) -> Reading {
    read_day_first_in(text, "tiyamike", "KES", &boatyard_dir())
}

/// The follow-up `r` reads: its owner and due day.
fn task_of(r: &Reading) -> Option<(String, Option<chrono::NaiveDate>)> {
    r.action.as_ref().map(|a| (a.owner.clone(), a.due))
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

/// Convention 75: a task handed to someone named with a day to do it by is a note whose
/// follow-up is the task, registered thing or not — asked with "pliz" or "kindly" after
/// the name, with the thing said first and then "kindly …", or told "you will …".
#[test]
fn tasks_handed_by_name_with_a_day_are_notes() {
    for (text, owner, due) in [
        (
            "Chikondi pliz bring the fuel receipts to the office by Monday",
            "Chikondi",
            "2026-11-30",
        ),
        (
            "Mphatso, kindly send me the list of fishermen who still owe us before Wednesday next week",
            "Mphatso",
            "2026-12-02",
        ),
        (
            "Mphatso kindly send me the list of fishermen who still owe us by Tuesday",
            "Mphatso",
            "2026-12-01",
        ),
        (
            "Thoko, the staff uniforms — kindly follow up with the tailor and let me know by Friday next week.",
            "Thoko",
            "2026-12-04",
        ),
        (
            "Kondwani you will take the new apprentices to Chintheche on Monday 7th and show them the yard",
            "Kondwani",
            "2026-12-07",
        ),
    ] {
        let r = read_boatyard(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(task_of(&r), Some((owner.to_string(), day(due))), "{text}: {r:?}");
        assert_eq!(r.due, day(due), "{text}: {r:?}");
    }
    // The same openings handing no task: chat, no follow-up.
    for text in [
        "Chikondi, kindly note the office is closed on Monday.",
        "Thoko, the staff uniforms — they look very smart, thank you.",
        "Kondwani you will love the new apprentices, they work hard",
    ] {
        let r = read_boatyard(text);
        assert_eq!(task_of(&r), None, "{text}: {r:?}");
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    }
}

/// A handle opening the message, news about a registered thing, then "Can you …" in the
/// next sentence by a day: the request is the handle's task; and "@x make sure … by <day>"
/// asks as "@x check … by <day>" does.
#[test]
fn a_handle_asked_in_the_next_sentence_or_to_make_sure_owns_the_task() {
    for (text, owner, due) in [
        (
            "@Yamikani the slipway winch ran hot all day yesterday. Can you have the electrician here before 4.12?",
            "Yamikani",
            "2026-12-04",
        ),
        (
            "Boat hoist inspection is on the 10th at Nkhata Bay. @chisomo make sure every hull number is in the register by 3/12",
            "chisomo",
            "2026-12-03",
        ),
    ] {
        let r = read_boatyard(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(task_of(&r), Some((owner.to_string(), day(due))), "{text}: {r:?}");
    }
    // A question that asks nothing done: no task.
    let text = "@Yamikani the slipway winch ran hot all day yesterday. Can you believe it?";
    let r = read_boatyard(text);
    assert_eq!(task_of(&r), None, "{text}: {r:?}");
}

/// Who decided, said in the shapes strangers use: a lowercase name before "said" / "says"
/// and the verdict ("chikondi said ok for the boat hoist"), "boss" or "chairman" as the
/// subject, a bare verdict "from <Name>" closing its clause, and a body's word alone
/// closing the message after the verdict.
#[test]
fn deciders_said_the_strangers_way() {
    for (text, who) in [
        ("chikondi said ok for the boat hoist. 9.2m. the old chain hoist is dying every week", "chikondi"),
        ("ok thoko said go on the new slipway winch, 6m. old one's shot", "thoko"),
        ("mphatso said nope on the delivery lorry, 45m for a lorry we use twice a week", "mphatso"),
        ("boss said no to the payroll system, 12m for something the bank does for free", "boss"),
        ("chairman said no to the delivery lorry for the office", "chairman"),
        ("boat hoist ok from Mzee. 9.2m. the old chain hoist is dying every week", "Mzee"),
        ("No to the new delivery lorry for the chandlery from Chisomo, the old one has plenty left in it.", "Chisomo"),
        ("slipway winch restart — no. Director.", "Director"),
    ] {
        let r = read_boatyard(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    // The speaker's side, or money from somewhere, is no one who decided.
    for text in [
        "we said ok for the boat hoist. 9.2m.",
        "ok so everyone said ok for the boat hoist, 9.2m",
        "Boat hoist approved, the money from Lilongwe.",
    ] {
        let r = read_boatyard(text);
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// Verdict words strangers use that the reader lacked: "says keep paying …" (a continue),
/// "<thing> - ok." closing its sentence (an approval), "we take the <thing>, <price>" (an
/// approval, in Nordic English), "not doing now. after <time> we see" (a deferral), and
/// "<thing> — not this year." closing the message (convention 60's refusal).
#[test]
fn verdict_words_strangers_use() {
    use crate::domain::Verdict;
    for (text, verdict) in [
        (
            "Just came from the director's office. He says keep paying the fishermen through mobile money payments, it is safer than carrying cash.",
            Verdict::Continue,
        ),
        ("Payroll system - ok. Signed today.", Verdict::Approve),
        ("Short from the meeting: we take the boat hoist, KES 4.8 million. The chain hoist is finished.", Verdict::Approve),
        ("the boat hoist we are not doing now. after the rains we see.", Verdict::Defer),
        ("Boat hoist — not this year.", Verdict::Reject),
    ] {
        let r = read_boatyard(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
    }
    // An approval takes no review date from a later sentence's wait.
    let text = "Hello everyone. Short from the meeting with Chikondi today: we take the boat hoist for the slipway, KES 4.8 million. With the old chain hoist the repairs are eating us, and the new one lifts twice the weight. The shop rebuild is waiting to next year, when we know the new price from the builder.";
    let r = read_boatyard(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.review_date, None, "{text}: {r:?}");
    // The same words saying something else.
    for (text, not) in [
        (
            "We keep paying the hire firm for the boat hoist and it still breaks every week.",
            Verdict::Continue,
        ),
        (
            "Payroll system looks ok, no errors this month.",
            Verdict::Approve,
        ),
        (
            "we take the boat hoist down for the rains, back in April.",
            Verdict::Approve,
        ),
        (
            "the boat hoist we are not doing, too expensive.",
            Verdict::Defer,
        ),
        (
            "Boat hoist — not this year. Look again in March.",
            Verdict::Reject,
        ),
    ] {
        let r = read_boatyard(text);
        assert_ne!(r.verdict, Some(not), "{text}: {r:?}");
    }
}

/// A proposal said as someone's pitch, or a price then a yearly sum someone thinks the
/// thing will bring, is a proposal with its benefit, not a benefit realised, though it
/// names a registered thing.
#[test]
fn a_pitch_or_a_yearly_sum_thought_is_a_proposal() {
    let text = "Chisomo's pitch for the boat hoist replacement: KES 540,000 to set up, saves us about KES 200,000 a year in hire fees, 5 year contract.";
    let r = read_boatyard(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.amount,
        super::test_names::whole(540_000, "KES"),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.annual_benefit,
        super::test_names::whole(200_000, "KES"),
        "{text}: {r:?}"
    );
    let text = "Slipway kits: each kit is KES 35,000 and we want 60 kits, total KES 2.1m. Kondwani thinks the new boats will bring us KES 900,000 more every year, and the kits last 4 years.";
    let r = read_boatyard(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.annual_benefit,
        super::test_names::whole(900_000, "KES"),
        "{text}: {r:?}"
    );
    assert_eq!(r.years, Some(4), "{text}: {r:?}");
    // Money saved by a registered thing already bought, with no pitch: a benefit.
    let text =
        "The boat hoist we bought for KES 540,000 saves us about KES 200,000 a year in hire fees.";
    let r = read_boatyard(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// Money "a season" in a seasonal trade is money by the year (each season comes once a
/// year): "Would save us the rental, $18K a season" is the proposal's yearly benefit.
#[test]
fn money_a_season_is_money_a_year() {
    let text = "Kondwani is asking for a new winch motor instead of a new winch, KES 310,000. Would save us the hire, KES 180,000 a season. Good for 8 years he says.";
    let r = read_boatyard(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.amount,
        super::test_names::whole(310_000, "KES"),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.annual_benefit,
        super::test_names::whole(180_000, "KES"),
        "{text}: {r:?}"
    );
}

/// Someone else who decides wanting to see figures first, before they say yes, puts the
/// thing off (a deferral); the writer's own wish to see more, or "no decision yet", does
/// not.
#[test]
fn others_wanting_to_see_figures_first_put_it_off() {
    use crate::domain::Verdict;
    for text in [
        "Quick recap from my call with the bank: the boat hoist they still want to see the April numbers before they say yes.",
        "The slipway winch, the director like it but the bank want to see the 2026 numbers first.",
    ] {
        let r = read_boatyard(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
    // Work told under way by a day is its teller's follow-up, owed then.
    let text = "Quick recap from my call with the bank: the boat hoist they still want to see the April numbers before they say yes. Thoko is sending them the Q3 statements by next Wednesday.";
    let r = read_boatyard(text);
    assert_eq!(
        task_of(&r),
        Some(("Thoko".to_string(), day("2026-12-02"))),
        "{text}: {r:?}"
    );
    let text = "Thoko is sending the boat hoist photos round now, it looks great.";
    assert_eq!(task_of(&read_boatyard(text)), None, "{text}");
    let text = "Boatyard is asking for KES 800,000 for a new hull scanner by the end of March";
    assert_eq!(task_of(&read_boatyard(text)), None, "{text}");
    for text in [
        "Leaning towards yes on the boat hoist, want to see the Q1 prices first",
        "No decision yet on the boat hoist - they want to see the pilot data first.",
        "I want to see the second quote for the slipway winch first",
    ] {
        let r = read_boatyard(text);
        assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
}

/// Convention 68: a thing "is back" with a colon or comma and the money it is allowed in
/// the same sentence ("the laptop refresh is back: Madam found money in the IT budget, 10
/// laptops at GHS 9,500 each") is approved; someone back from somewhere is not.
#[test]
fn a_thing_back_with_money_is_approved() {
    use crate::domain::Verdict;
    let text = "First, the boat hoist is back: the director found money in the yard budget, KES 950,000 all in, and Thoko will order next week.";
    let r = read_boatyard(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    for text in [
        "Thoko is back: she paid KES 9,500 for the boat hoist parts in town.",
        "the boat hoist is back, it was only the fuse.",
    ] {
        let r = read_boatyard(text);
        assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

/// The one who decided named after a day between the verdict and "by" ("approved 30.
/// nóvember by the board", "approved on 30 November by the board").
#[test]
fn decided_by_after_a_day() {
    for text in [
        "The slipway winch was approved 30. nóvember by the board, KES 1.2m. Last rains we lost two boats.",
        "The slipway winch was approved on 30 November by the board, KES 1.2m.",
    ] {
        let r = read_boatyard(text);
        assert_eq!(r.decided_by.as_deref(), Some("the board"), "{text}: {r:?}");
    }
}
