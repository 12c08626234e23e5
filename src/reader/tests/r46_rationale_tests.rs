//! Round R46: the rationale's misses on the training corpus sorted by cause (eleventh pass),
//! the causes seen in several organisations, above all the newest first-seen ones, each
//! worded here for another invented organisation: a knitwear mill on Shetland (the mill,
//! its shop and an office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The knitwear mill's units and investments.
fn mill_dir() -> StaticDirectory {
    directory(
        &[
            ("Mill", &["Spinning"]),
            ("Shop", &["Retail"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Carding Machine", "Mill"),
            ("Dye House Extension", "Mill"),
            ("Web Shop", "Shop"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_mill(text: &str) -> Reading {
    read_day_first_in(text, "ingrid", "GBP", &mill_dir())
}

/// "Tony loves it, but $1.4M on a field we play 70 dates on doesn't pencil …", "the new
/// tickets are a faff for the regulars, but it's the first year our tonnage returns …
/// reconciled": a point conceded to the other side, then ", but" and a clause of its own:
/// the reason is the clause after "but" (convention 48). A condition after it ("but not
/// until …") is no clause of its own and stays with what it qualifies.
#[test]
fn a_concession_before_comma_but_is_no_part_of_the_reason() {
    for (text, verdict, why) in [
        (
            "Dye house extension's a no for now. Morag loves the plans, but £220k while the wool price is this low isn't happening. Back on the table in May.",
            Verdict::Defer,
            "£220k while the wool price is this low isn't happening",
        ),
        (
            "Had a long chat with Ruth about the web shop. It stays — the checkout is clunky for older customers, but nobody wants to go back to taking orders by phone.",
            Verdict::Continue,
            "nobody wants to go back to taking orders by phone",
        ),
        (
            "Talked the payroll system over with Magnus today. The new one is still the plan, but changing over in the middle of the tax year is asking for trouble, so it waits until April.",
            Verdict::Defer,
            "changing over in the middle of the tax year is asking for trouble",
        ),
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Nigel still wants it, but not until the hydro room's had its floor re-sealed": after the
/// comma, a condition with no clause of its own keeps the point it qualifies (convention 48).
#[test]
fn a_condition_after_comma_but_keeps_what_it_qualifies() {
    let text = "Quick one on the carding machine. Magnus still wants it, but not until the new floor is poured, so it stays parked till we look again in March.";
    let r = read_mill(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Magnus still wants it, but not until the new floor is poured"),
        "{text}: {r:?}"
    );
}

/// "Marcia wants the camera system held until the insurance renewal in February, in case
/// they'll chip in on it": a hold's condition, then after its comma "in case …", what the
/// wait might bring: that is why it waits, without the condition.
#[test]
fn a_holds_condition_gives_way_to_in_case_after_its_comma() {
    let text = "Magnus wants the carding machine held until the wool sale in March, in case the co-op will share the cost.";
    let r = read_mill(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("in case the co-op will share the cost"),
        "{text}: {r:?}"
    );
}

/// "Ok, approved the 2 more electric forklifts, 64.000 €. Rui, you can send the order.",
/// "laptop refrsh for area managers approved ₱640k, 8 units": after an approval, a task
/// said to someone by name, or how many are bought, tells no reason.
#[test]
fn a_task_said_to_someone_or_a_count_bought_is_no_reason() {
    for text in [
        "Ok, approved the 2 more carding machines, £64,000. Ruth, you can send the order.",
        "Ok, the web shop is approved at £9,000. @ruth, can you book the photographer?",
        "carding machine for the mill approved £64k, 2 units",
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
}

/// "Malcolm signed off the new resurfacer at £118k — it's an electric one, so no more
/// propane fumes …", "…, and the old wood arch finally gets retired, so nobody's splitting
/// twelve cords every fall anymore": after an approval's reason, what stops happening
/// because of it, joined by ", so", stays in the reason; the "and" that joined the reason
/// to the verdict's clause does not.
#[test]
fn what_stops_happening_after_so_stays_in_the_reason() {
    for (text, why) in [
        (
            "Update from the board. Ingrid signed off the new carding machine at £64k — it's an electric one, so no more oily fleece on the floor and no more £2k gearbox rebuilds every spring.",
            "it's an electric one, so no more oily fleece on the floor and no more £2k gearbox rebuilds every spring",
        ),
        (
            "Magnus signed off on the new carding machine, £64,000 for the twin-drum model, and the old hand carder finally gets retired, so nobody's carding fleeces by hand every winter anymore.",
            "the old hand carder finally gets retired, so nobody's carding fleeces by hand every winter anymore",
        ),
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Corporate said no on the cold storage expansion. not at $4.8M with chicken prices where
/// they are", "… on ice till the rig count picks back up. $1.08M ain't happening this
/// winter.": the sentence after the verdict judges the price ("not at <price> …", "ain't"
/// as "isn't"), so its money does not keep it from being the reason.
#[test]
fn a_price_refused_in_the_sentence_after_is_the_reason() {
    for (text, verdict, why) in [
        (
            "Board said no on the dye house extension. not at £220k with wool prices where they are",
            Verdict::Reject,
            "not at £220k with wool prices where they are",
        ),
        (
            "The dye house extension is on ice till the wool price picks back up. £220k ain't happening this winter.",
            Verdict::Defer,
            "£220k ain't happening this winter",
        ),
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "The hook loader for the Colne depot is a no — £95k for a depot that's barely breaking
/// even is daft, in his words.": a closing tag saying whose words the reason was is no part
/// of it, as a spoken "eh" is not.
#[test]
fn whose_words_closing_a_reason_are_no_part_of_it() {
    let text = "Magnus came back from the bank. The dye house extension is a no — £220k for a shed that's barely used is daft, in her words. Ruth's gutted but she'll get over it.";
    let r = read_mill(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("£220k for a shed that's barely used is daft"),
        "{text}: {r:?}"
    );
}
