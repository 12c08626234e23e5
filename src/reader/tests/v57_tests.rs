//! Verdicts, intents, people and numbers missed on strangers' wording (round V57), each
//! worded for an invented printing press at Kandy, Sri Lanka (its press hall, bindery,
//! lorries and office, counting in rupees), and set against the same words recording
//! something else.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A printing press at Kandy: the press hall, the bindery, the lorries, the office.
fn press_dir() -> StaticDirectory {
    directory(
        &[
            ("Press Hall", &["Printing"]),
            ("Bindery", &["Binding"]),
            ("Transport", &["Lorries"]),
            ("Finance", &["Office"]),
        ],
        &[
            ("Guillotine", "Bindery"),
            ("Binding Machine", "Bindery"),
            ("Offset Press", "Press Hall"),
            ("Delivery Lorry", "Transport"),
            ("Accounting System", "Finance"),
        ],
    )
}

fn read_press(text: &str) -> Reading {
    read_day_first_in(text, "dilrukshi", "LKR", &press_dir())
}

/// Convention 81: a person's title, honorific or kin word is kept as written, after the
/// name as before it ("Ruwan aiya", "Prakash sir", like "Mr. Perera"); one spoken to is no
/// part of who decided.
#[test]
fn an_honorific_after_the_name_is_kept() {
    for (text, who) in [
        (
            "Ruwan aiya said no to the new guillotine, paper prices too high these days",
            "Ruwan aiya",
        ),
        (
            "Prakash sir approved the binding machine, Rs. 2.4 Mn, the old one keeps tearing the covers",
            "Prakash sir",
        ),
        (
            "prakash sir rejected the delivery lorry, Rs. 9 Mn for a lorry we use twice a week",
            "prakash sir",
        ),
        (
            "Update from Prakash sir after the board meeting: the offset press is approved at Rs. 18 Mn.",
            "Prakash sir",
        ),
    ] {
        let r = read_press(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    // The name alone, and one spoken to, as before.
    for (text, who) in [
        (
            "Ruwan said no to the new guillotine, paper prices too high these days",
            "Ruwan",
        ),
        (
            "Good morning sir, Ruwan said no to the new guillotine, paper prices too high",
            "Ruwan",
        ),
        (
            "Mr. Perera approved the binding machine, Rs. 2.4 Mn",
            "Mr. Perera",
        ),
    ] {
        let r = read_press(text);
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
}

/// An e-mail pasted in under its "From: <Name>" line: a verdict in it that names no one else
/// is the sender's (convention 78's "the one it is passed on from"); one naming its subject
/// is the subject's, and the speaker's own mail is no one else's.
#[test]
fn a_pasted_emails_from_line_decided_it() {
    let text = "copying from email:\n> From: Nimal Jayasuriya\n> Approved the binding machine \
                (Rs. 2.4 Mn), the old one keeps tearing the covers.\nSo the bindery is sorted 👍";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.decided_by.as_deref(),
        Some("Nimal Jayasuriya"),
        "{text}: {r:?}"
    );
    let text = "Subject: Offset press\nFrom: Nimal Jayasuriya\n\nAll,\nThe board approved the \
                offset press at Rs. 18 Mn.\n\nNimal";
    let r = read_press(text);
    assert_eq!(r.decided_by.as_deref(), Some("The board"), "{text}: {r:?}");
    let text = "copying from email:\n> From: Dilrukshi Perera\n> Approved the binding machine \
                (Rs. 2.4 Mn), the old one keeps tearing the covers.";
    let r = read_press(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// A letter pasted in whose writer gives the verdict as their own ("We won't proceed", "We're
/// pulling the plug") is the one who signs it; a notice said bare ("is on hold") and the
/// speaker's own letter name no one.
#[test]
fn a_letters_own_verdict_is_its_signers() {
    let text = "Dear Ruwan,\n\nThank you for the proposal on the delivery lorry (Rs. 9 Mn). We \
                won't proceed at this time; the hired lorries are enough for now.\n\nBest,\n\
                Nimal Jayasuriya\nFinance Manager";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.decided_by.as_deref(),
        Some("Nimal Jayasuriya"),
        "{text}: {r:?}"
    );
    let text = "Dear Team,\n\nPlease note the delivery lorry is on hold until further \
                notice.\n\nBest regards,\nNimal\nHR";
    let r = read_press(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
    let text = "Dear Ruwan,\n\nThank you for the proposal on the delivery lorry (Rs. 9 Mn). We \
                won't proceed at this time.\n\nRegards,\nDilrukshi";
    let r = read_press(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// "… Chamara says we cannot do it this year, we will continue hiring from …", "Weighbridge
/// replacement cannot be considered in this budget.": a formal "cannot" for the year or the
/// budget turns the thing down (convention 60: no time to look again), whatever carries on
/// in its place.
#[test]
fn cannot_this_year_or_in_this_budget_refuses() {
    for text in [
        "Good afternoon Sir, a short update. The delivery lorry (Rs. 9 Mn) — Ruwan says we \
         cannot do it this year, we will continue hiring from the Peradeniya transport people.",
        "Dilrukshi,\nGuillotine replacement cannot be considered in this budget. Please get \
         the old one sharpened.\nNimal",
    ] {
        let r = read_press(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
    // Not said of the year or the budget: no verdict from these words.
    let text = "The offset press cannot be considered finished until the new plates arrive.";
    let r = read_press(text);
    assert_ne!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// A pasted chat log's lines stamped "[03/12/2026, 08:02] Name:" or "[08:10, 03/12/2026]
/// Name:" (WhatsApp's date and time) or "Name (8:14 PM):": the verdict's line's speaker
/// decided, as with "[7:15 AM] Name:"; a "we" in another clause of the line ("…, we
/// budgeted for it — up to …") is no "we" deciding. The speaker's own line, and a verdict
/// said with "we're", name no one else.
#[test]
fn a_logs_line_speaker_in_whatsapps_and_texts_stamps() {
    for (text, who) in [
        (
            "[03/12/2026, 07:41] Kasun: Sir the guillotine blade broke again, 3rd time this \
             month\n[03/12/2026, 08:02] Mr. Bandara: Replace it. Up to Rs. 650,000. We cannot \
             send the school books out uncut\n[03/12/2026, 08:03] Kasun: Noted sir",
            "Mr. Bandara",
        ),
        (
            "[07:42, 03/12/2026] Kasun: the guillotine blade broke again\n[07:45, 03/12/2026] \
             Dilrukshi: How much for a new one?\n[07:51, 03/12/2026] Kasun: Rs. 650,000 from \
             Colombo\n[08:10, 03/12/2026] Ruwan: Ok go ahead, we can't bind without it",
            "Ruwan",
        ),
        (
            "Pasting Nimal's texts from last night:\nNimal Jayasuriya (8:14 PM): go ahead on \
             the binding machine. up to Rs. 2.4 Mn\nNimal Jayasuriya (8:15 PM): we can't keep \
             sending covers out to Colombo\nDilrukshi (8:20 PM): ok will tell Kasun",
            "Nimal Jayasuriya",
        ),
        (
            "[7:02 AM] Kasun Perera: guillotine #1 blade cracked again, 3rd time since the \
             school book season started. welding it tonight\n[7:15 AM] Nimal Jayasuriya: \
             enough. get the second guillotine going, we budgeted for it — up to Rs. \
             650,000\n[7:16 AM] Kasun Perera: 👍",
            "Nimal Jayasuriya",
        ),
    ] {
        let r = read_press(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    for text in [
        "[03/12/2026, 07:41] Kasun: Madam the guillotine blade broke again\n[03/12/2026, \
         08:02] Dilrukshi: Replace it. Up to Rs. 650,000.\n[03/12/2026, 08:03] Kasun: Noted",
        "[7:02 AM] Kasun Perera: guillotine blade cracked again\n[7:15 AM] Nimal Jayasuriya: \
         we're replacing the guillotine, up to Rs. 650,000\n[7:16 AM] Kasun Perera: 👍",
    ] {
        let r = read_press(text);
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// "Dave's not having the bulk truck.", "trev's given the nod to …", "Mere's asked us to
/// sit on …", "Jean's content to leave … till the spring", "The board's trimmed …": a name
/// with the "'s" of "is" or "has" opening the verdict's clause decided it; "Nimal's lorry
/// is approved" is whose lorry, no one deciding.
#[test]
fn a_name_with_is_or_has_contracted_decided_it() {
    for (text, who) in [
        (
            "Nimal's not having the second guillotine. Rs. 650,000 for a machine we'd use six \
             weeks a year.",
            "Nimal",
        ),
        (
            "ruwan's given the nod to the new binding machine 👍 Rs. 2.4 Mn, the old one tears \
             the covers",
            "ruwan",
        ),
        (
            "Anoma's asked us to sit on the accounting system, the auditors come in March \
             anyway.",
            "Anoma",
        ),
        (
            "Priya's content to leave the offset press till the new year — the old one still \
             prints clean.",
            "Priya",
        ),
    ] {
        let r = read_press(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    let text = "Nimal's delivery lorry is approved, Rs. 9 Mn, the old one is finished.";
    let r = read_press(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// The contracted name's near sentences: the thing put back, and "She's happy with …" said
/// of one named before, name no one new.
#[test]
fn a_thing_or_a_pronoun_with_is_or_has_decided_nothing() {
    let text = "Guillotine's put back to July, we're not changing blades in the school book season";
    let r = read_press(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
    let text = "Anoma rang about the accounting system. She's happy with Rs. 1.2 Mn for it.";
    let r = read_press(text);
    assert_ne!(r.decided_by.as_deref(), Some("She"), "{text}: {r:?}");
}

/// "canteen no. Sir said not this year." (convention 60): "not this year" said by someone,
/// with no time to look again, refuses as it does opening its sentence; with one ("…, look
/// again in March") it puts the thing off.
#[test]
fn said_not_this_year_refuses() {
    let text = "guillotine no. Ruwan said not this year.";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    let text = "guillotine — Ruwan said not this year, look again in March.";
    let r = read_press(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Forwarding Sue's email: …", "Forwarding Dave's email from last night: > …": a verdict
/// that names no one else, in a message forwarded as someone's, is theirs (convention 78's
/// one it is passed on from); "Forwarding the printer's quote" names no one.
#[test]
fn a_forwarded_mails_verdict_is_its_writers() {
    let text = "Forwarding Nimal's email from last night:\n> Dilrukshi, go ahead and replace \
                the guillotine. Up to Rs. 650,000.\n> Nimal";
    let r = read_press(text);
    assert_eq!(r.decided_by.as_deref(), Some("Nimal"), "{text}: {r:?}");
    let text = "Forwarding the supplier's email: the guillotine is approved at Rs. 650,000.";
    let r = read_press(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}
