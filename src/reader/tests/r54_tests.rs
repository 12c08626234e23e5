//! Round R54: the rationale's misses on the training corpus sorted by cause (nineteenth
//! pass), each cause worded here for another invented organisation: a stockfish producer in
//! Lofoten (its drying racks, its packing hall and its office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The stockfish producer's units and investments.
fn lofoten_dir() -> StaticDirectory {
    directory(
        &[
            ("Drying", &["Drying Racks"]),
            ("Packing", &["Packing Hall"]),
            ("Office", &["Back Office"]),
        ],
        &[
            ("Cold Store Expansion", "Packing"),
            ("Vacuum Packer", "Packing"),
            ("Rack Hoist", "Drying"),
            ("Accounting Software", "Office"),
        ],
    )
}

fn read_lofoten(text: &str) -> Reading {
    read_day_first_in(text, "ingrid", "NOK", &lofoten_dir())
}

/// Convention 70: in a pasted chat the decider's own reason wins over a second speaker's
/// pitch told just before the verdict's line, also when the reason holds the price.
#[test]
fn chat_decider_reason_over_a_pitch() {
    let r = read_lofoten(
        "pasting from the packing hall chat:\nMarit: the cold store's running 3 degrees warm \
         again in the evenings\nEspen: the compressor is 20 years old, the expansion we talked \
         about would fix that\nIngrid: do it. NOK 90k is cheaper than a lorry of spoilt \
         fish\nMarit: 👍 I'll ring the installer monday",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("NOK 90k is cheaper than a lorry of spoilt fish"),
        "{r:?}"
    );
    // Near: with no reason of the decider's, the trouble the thread opened on, never the
    // pitch.
    let r = read_lofoten(
        "pasting from the packing hall chat:\nMarit: the cold store's running 3 degrees warm \
         again in the evenings\nEspen: the compressor is 20 years old, the expansion we talked \
         about would fix that\nIngrid: do it, NOK 90k\nMarit: 👍 I'll ring the installer \
         monday",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the cold store's running 3 degrees warm again in the evenings"),
        "{r:?}"
    );
    // Near: a thread opened on quotes, not a trouble, keeps the line saying why one was
    // picked.
    let r = read_lofoten(
        "[09:38] Marit Olsen: vacuum packer quotes are in — Multivac NOK 1.42m, Henkelman NOK \
         1.61m\n[09:40] Espen Berg: Multivac's service man is 40 min away, the other one is in \
         Bergen\n[09:41] Marit Olsen: ok go with the cheaper quote, Multivac it is\n[09:41] \
         Espen Berg: 👍",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Multivac's service man is 40 min away, the other one is in Bergen"),
        "{r:?}"
    );
}

/// Convention 16: a rescope's scope told in a clause or a sentence of its own after the
/// verdict — what is kept instead of what, or what is dropped — is its reason.
#[test]
fn rescope_scope_told_on_its_own() {
    let mut bad = Vec::new();
    for (text, why) in [
        (
            "The rack hoist we are reducing it. Instead of hoists on both drying fields we \
             shall do only the north field for now. New figure is NOK 210k down from NOK 395k. \
             The board okayed it on Tuesday.",
            "Instead of hoists on both drying fields we shall do only the north field for now",
        ),
        (
            "Cold store expansion rescoped — instead of the full 40ft extension we doing a \
             20ft one for now, NOK 540k instead of NOK 970k. Ingrid ok'd it Tuesday.",
            "instead of the full 40ft extension we doing a 20ft one for now",
        ),
        (
            "The packing hall refit's been pared back – we're keeping the old benches and just \
             doing the lighting and the floor. NOK 650k, down from NOK 1.4m. Marit is fine \
             with it.",
            "we're keeping the old benches and just doing the lighting and the floor",
        ),
    ] {
        let r = read_lofoten(text);
        if r.verdict != Some(Verdict::Rescope) || r.rationale.as_deref() != Some(why) {
            bad.push(format!(
                "{text}\n  want {why:?}\n  got {:?} {:?}",
                r.verdict, r.rationale
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Near: a scope inside the verdict's own words is no reason (convention 16).
    let r = read_lofoten("Rack hoist rescoped to the north field only, NOK 210k.");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// A task handed to someone by name after the decision — "<name> get um set up b4 xmas",
/// "<name> follow up with vendor for …", "<name> responsible" — is who does the work next
/// (convention 47's follow-up), no reason.
#[test]
fn task_handed_by_name_is_no_reason() {
    let mut bad = Vec::new();
    for text in [
        "shoots, go ahead wit da vacuum packer, NOK 14,500. marit get um set up b4 xmas",
        "Packing meeting 1/12 – minutes\nDecisions:\n(1) Vacuum packer: approved NOK 260k. \
         Espen follow up with vendor for the go-live date.\n(2) Rack hoist: no update.",
        "Meeting minutes 2.12\n1. Rack hoist for the north field: approved, NOK 320,000, \
         Master Olsen responsible, finish before Dec 31\n2. Label printer: not approve, price \
         too high",
    ] {
        let r = read_lofoten(text);
        if r.verdict != Some(Verdict::Approve) || r.rationale.is_some() {
            bad.push(format!("{text}\n  got {:?} {:?}", r.verdict, r.rationale));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Near: a reason said by someone named stays (convention 35).
    let r =
        read_lofoten("Vacuum packer approved, NOK 90k, Espen says the old one leaks every week.");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Espen says the old one leaks every week"),
        "{r:?}"
    );
}

/// A line announcing a list ("Team, two things from my side.") says how many items follow,
/// not why: no reason.
#[test]
fn list_announcement_is_no_reason() {
    let r = read_lofoten(
        "Team, two things from my side.\n\nFirst, the cold store expansion came in at NOK \
         519,000 final, a little under what we approved.\n\nSecond, I propose we sign up for \
         the bank's positive pay service: NOK 36,000 setup, and it stops cheque fraud like the \
         NOK 140,000 we lost in August.\n\nMarit",
    );
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: things that went wrong, told as why, stay.
    let r = read_lofoten(
        "Rack hoist approved at NOK 90k, two things broke on the old one this week alone.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("two things broke on the old one this week alone"),
        "{r:?}"
    );
}

/// When the work happens — "second fan in January", "just slips to late Feb", "works to
/// start after the wet" — after a go-ahead or a keep-going is its timing, not why.
#[test]
fn work_timing_is_no_reason() {
    let mut bad = Vec::new();
    for text in [
        "Espen: we continue with the rack hoist as planned, second hoist in January. Budget \
         unchanged NOK 310,000.",
        "The vacuum packer's still going ahead despite the supplier's delays, just slips to \
         late Feb",
        "Packing meeting 2/12 – Present: Marit, Espen, Ingrid\n1. Cold store expansion – \
         approved, NOK 210k, works to start after the winter\n2. Label printer – Espen to get \
         two quotes by 15/1",
    ] {
        let r = read_lofoten(text);
        if r.rationale.is_some() {
            bad.push(format!("{text}\n  got {:?} {:?}", r.verdict, r.rationale));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Near: a slip that is why stays.
    let r = read_lofoten("Rack hoist continues, the old ropes slip on the wet racks every week.");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old ropes slip on the wet racks every week"),
        "{r:?}"
    );
}

/// Convention 15: money cut is a benefit's amount, not its reason. A result's clause that
/// holds the money after the result it measures ("…, food waste is down KSh 95,000 a
/// month") is no part of the reason, and nor is a second result joined by "and" that the
/// money straight after it measures ("… and no fine this time, that's $2,500 we kept").
#[test]
fn money_clause_after_a_result_is_not_the_reason() {
    let mut bad = Vec::new();
    for (text, why) in [
        (
            "The cold store expansion has paid off. We throw away almost no fish now, waste is \
             down NOK 95,000 a month",
            "We throw away almost no fish now",
        ),
        (
            "The vacuum packer has been a lifesaver. The food safety audit took one afternoon \
             instead of two days and no fine this time, that's NOK 25,000 we kept 👌",
            "The food safety audit took one afternoon instead of two days",
        ),
    ] {
        let r = read_lofoten(text);
        if r.intent != Intent::Benefit || r.rationale.as_deref() != Some(why) {
            bad.push(format!(
                "{text}\n  want {why:?}\n  got {:?} {:?}",
                r.intent, r.rationale
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Near: a second result that is no money stays (convention 29), also with the money
    // straight after it; and a result counted with its money beside another (convention 32).
    for (text, why) in [
        (
            "The rack hoist has paid off: we hang 300 more fish a day and nobody climbs the \
             racks anymore, about NOK 60k a year in wages.",
            "we hang 300 more fish a day and nobody climbs the racks anymore",
        ),
        (
            "The vacuum packer is paying off: since the crew started packing on it in \
             September, the average order is up NOK 850 and we're shipping about 30 more boxes \
             a week.",
            "since the crew started packing on it in September, the average order is up NOK \
             850 and we're shipping about 30 more boxes a week",
        ),
    ] {
        let r = read_lofoten(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{r:?}");
    }
}

/// Convention 35: "<someone> says …" opening a reason stays in it, also when the reader
/// found the reason's end first (after a condition, a dash or a verb it took for a verdict).
#[test]
fn saying_opening_the_reason_stays() {
    let mut bad = Vec::new();
    for (text, why) in [
        (
            "The vacuum packer idea is a no for now. Espen says the hand sealer is fine as long \
             as it keeps up, and he'd rather put the NOK 165k toward racks.",
            "Espen says the hand sealer is fine as long as it keeps up, and he'd rather put the \
             NOK 165k toward racks",
        ),
        (
            "nae chance on the packing hall cafe. marit says we're a fish farm no a tearoom — \
             NOK 600k for a coffee machine and six tables is daft",
            "marit says we're a fish farm no a tearoom — NOK 600k for a coffee machine and six \
             tables is daft",
        ),
        (
            "Last thing — Ingrid turned down Espen's idea of putting the grant money into a \
             second rack hoist somewhere else. She says we tried it once and the storms win. \
             Have a good weekend.",
            "She says we tried it once and the storms win",
        ),
    ] {
        let r = read_lofoten(text);
        if r.rationale.as_deref() != Some(why) {
            bad.push(format!("{text}\n  want {why:?}\n  got {:?}", r.rationale));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Near: a saying that decides, and a benefit's result passed on, leave the saying out.
    let r = read_lofoten(
        "Rack hoist continues. ingrid says we should not stop it, the crew are happy not to \
         climb the racks.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the crew are happy not to climb the racks"),
        "{r:?}"
    );
    let r = read_lofoten(
        "Accounting says the accounting software cut month-end closing from 2 days to 2 hrs \
         per month, that's about NOK 40k a year.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("cut month-end closing from 2 days to 2 hrs per month"),
        "{r:?}"
    );
}

/// Convention 61: a continue's setback weighed with "but" against nothing more than "no
/// problem" says the verdict again in other words: no reason.
#[test]
fn setback_but_no_problem_is_no_reason() {
    let r = read_lofoten(
        "Rack hoist still continue, the supplier delay 2 weeks but no problem, Ingrid said keep \
         going.",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: a setback weighed against what goes right is the reason, whole.
    let r = read_lofoten(
        "Rack hoist continues, the supplier slipped 2 weeks but the first hoist already works \
         on the north field.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the supplier slipped 2 weeks but the first hoist already works on the north field"),
        "{r:?}"
    );
}

/// Convention 40: a rescope's next sentence saying the part held back can wait is its
/// reason, also when a bare "<name> said" closing it was read first.
#[test]
fn part_can_wait_over_a_bare_said() {
    let r = read_lofoten(
        "We're cutting the booking website back to just the tour pages — NOK 120k instead of \
         the NOK 350k full build. The shop side can wait, Marit said.",
    );
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The shop side can wait, Marit said"),
        "{r:?}"
    );
}
