//! Verdicts, intents and numbers missed on strangers' wording (round V52), each worded
//! for an invented Cornish cider farm, and set against the same words recording
//! something else.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A cider farm: the orchards, the press house, the farm shop, the office.
fn farm_dir() -> StaticDirectory {
    directory(
        &[
            ("Orchards", &["Orchard"]),
            ("Press House", &["Press"]),
            ("Farm Shop", &["Shop"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Bottling Line", "Press House"),
            ("Cider Club Box", "Farm Shop"),
            ("Farm Shop Tills", "Farm Shop"),
            ("Orchard Irrigation", "Orchards"),
            ("Press Upgrade", "Press House"),
            ("Visitor Barn", "Farm Shop"),
        ],
    )
}

fn read_farm(text: &str) -> Reading {
    read_day_first_in(text, "tamsin", "GBP", &farm_dir())
}

/// Convention 66: "X is finished." with the money gone in since a time ("£8k in since
/// March") tallies what the thing cost against what it did not do: a stop at the money
/// sunk. Work finished with its cost said and a result is news.
#[test]
fn a_thing_finished_with_money_in_since_a_time_is_stopped() {
    let text = "The cider club box is finished. £8k in since March and we've 25 members, most of them family.";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.amount, whole(8_000, "GBP"), "{text}: {r:?}");
    for text in [
        "The press upgrade is finished, £30k in all, and the juice yield is up a fifth.",
        "The bottling line is finished. All six heads running and signed off by the inspector.",
    ] {
        let r = read_farm(text);
        assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    }
}

/// Convention 62's other side: our plan to spend on "the <thing>" the register does not
/// hold ("we're going to build the cider shed, £60,000") puts a new thing forward, a
/// proposal with no verdict; the same plan on a registered thing is its go-ahead.
#[test]
fn our_plan_to_spend_on_an_unregistered_thing_is_a_proposal() {
    for text in [
        "We're going to build the cider shed, £60,000.",
        "we're fixin' to buy the apple grader, £14k, the old sorting table's had it",
    ] {
        let r = read_farm(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.verdict, None, "{text}: {r:?}");
    }
    for (text, thing) in [
        (
            "We're going to build the visitor barn, £185,000.",
            "Visitor Barn",
        ),
        (
            "we're planning to put £40k into the orchard irrigation in the spring",
            "Orchard Irrigation",
        ),
    ] {
        let r = read_farm(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(thing), "{text}: {r:?}");
    }
}

/// A registered thing's smaller option chosen and priced against the old figure ("going
/// with the 8 bay shed instead of the 12, price down to £54k from £62k", "going with 8
/// bays not 12 for now, £140k instead of £210k") is cut back to the new figure, a rescope.
/// A bill said down from one figure to another is a saving, and a new thing's price
/// against its quote is a proposal.
#[test]
fn a_smaller_option_chosen_at_a_figure_against_the_old_is_a_rescope() {
    for text in [
        "Visitor barn: going with the 8 bay shed instead of the 12. price down to £54k from £62k, still seats 60.",
        "Visitor barn: going with 8 bays not 12 for now, £140k instead of £210k. Rest of it next spring.",
        "visitor barn - going wit da small shed instead of da big one, £54k not £62k",
    ] {
        let r = read_farm(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some("Visitor Barn"), "{text}: {r:?}");
        let new = if text.contains("£140k") { 140_000 } else { 54_000 };
        assert_eq!(r.amount, whole(new, "GBP"), "{text}: {r:?}");
    }
    let text = "Orchard irrigation's paying off: the water bill is down to £4k from £9k a year.";
    let r = read_farm(text);
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}

/// An ask said as a want, a wish to try or a suggestion ("Jory's after new crates …",
/// "Demelza want to open a cider bar …", "Kevin suggest we make an online shop …"), with
/// its price said to be still to come ("no price yet", "Price not yet", "still asking the
/// builder price", "will ask price next week"), is a new investment put forward, its
/// amount missing (convention 18), not chatter or a note. The same want with no word of a
/// price, or a price asked of a registered thing's change, stays as it was.
#[test]
fn an_ask_said_as_a_want_with_its_price_to_come_is_a_proposal() {
    for text in [
        "Jory's after new crates for the orchard, 200 of them, no price yet",
        "Uncle Jory want a second apple press for the press house, harvest coming. Price not yet.",
        "Demelza want to open a cider bar for the tourists, she still asking the builder price.",
        "Kevin suggest we make an online shop for the tourists, he will ask price next week.",
        "Kai wants to try one of dem robot mower tings for da orchards. No price yet, she checking wit da vendor.",
    ] {
        let r = read_farm(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert!(r.missing.contains(&Missing::Amount), "{text}: {r:?}");
    }
    for text in [
        "Jory's after the crates again, can someone find them",
        "They want that we add gift boxes to the cider club box, I will ask the price to the printer.",
    ] {
        let r = read_farm(text);
        assert_ne!(r.intent, Intent::Investment, "{text}: {r:?}");
    }
}

/// "we're dropping the labeller and the capper upgrade, that saves £19k, so the budget's
/// now £61k": parts dropped with the work's new figure following from it is the work cut
/// back, a rescope at the new figure, and the money saved is no yearly benefit. A thing
/// dropped with no new figure after it is still stopped.
#[test]
fn parts_dropped_so_the_budget_is_now_a_figure_is_a_rescope() {
    let text = "Bottling line: we're dropping the labeller and the capper upgrade, that saves £19k, so the budget's now £61k.";
    let r = read_farm(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(61_000, "GBP"), "{text}: {r:?}");
    assert_eq!(r.annual_benefit, None, "{text}: {r:?}");
    // The parts dropped are the cut itself, said in its own words: no reason.
    assert_eq!(r.rationale, None, "{text}: {r:?}");
    let text = "We're dropping the cider club box, £19k in and 30 members.";
    let r = read_farm(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "X-ray unit install's pushed to the 15th of Jan because the tech's stuck in Perth, but
/// we're still going ahead": a slip turned round by "but we're still going ahead" in its
/// sentence is work carrying on, a continue (as "but it's back on" turns a refusal).
#[test]
fn a_slip_turned_by_but_we_are_still_going_ahead_continues() {
    let text = "Visitor barn install's pushed to the 15th of Jan because the builder's stuck in Truro, but we're still going ahead.";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    let text =
        "Visitor barn's on hold till March, but we're still going ahead with the press upgrade.";
    let r = read_farm(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Tunnel kiln upgrade: Mr. Zhang decide only change the burners and control system, kiln
/// cars not change. Total now 1.9 million not 2.8 million.": a new total set against the
/// old one, in a message that says someone decided, is the work rescoped to it, as one
/// accepted ("board agreed") already was. A new total nobody decided is news.
#[test]
fn a_new_total_in_a_message_that_says_someone_decided_is_a_rescope() {
    let text = "Press upgrade: Mr Tregear decide only change the press bags and the pump, the mill not change. Total now 1.9 million not 2.8 million.";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(1_900_000, "GBP"), "{text}: {r:?}");
    let text =
        "Press upgrade: the bags and the pump are in. Total now 1.9 million not 2.8 million.";
    let r = read_farm(text);
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}

/// A pasted chat closed by "ok go buy" after the price ("[9:20 AM] Tamsin: ok go buy") is
/// the go-ahead at that price, as "ok buy" already was.
#[test]
fn a_chat_closed_by_ok_go_buy_approves_at_the_price_told() {
    let text = "[9:12 AM] Jory: the shop fridges keep tripping\n[9:14 AM] Demelza: how much for new ones?\n[9:15 AM] Jory: 4 for about £5,600 from the wholesaler\n[9:20 AM] Tamsin: ok go buy. no more moaning";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(5_600, "GBP"), "{text}: {r:?}");
}

/// A figure grouped in thousands with no currency, said as a quote, a price, a budget or
/// money saved ("agency quote 85,000", "budget from 460,000 reduce to 210,000", "save about
/// 15,000 each month"), is the tenant's money, as one approved already was; a count of
/// things stays a count.
#[test]
fn a_bare_figure_said_as_a_quote_budget_or_saving_is_the_tenants_money() {
    let text = "Jory: the shop sign is too old, nobody sees it from the road\nDemelza: how much for a new one?\nJory: signwriter quote 8,500\nTamsin: ok, do it.";
    let r = read_farm(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(8_500, "GBP"), "{text}: {r:?}");
    let text = "Visitor barn change plan: only do the north end first, budget from 460,000 reduce to 210,000. South end next year.";
    let r = read_farm(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(210_000, "GBP"), "{text}: {r:?}");
    for text in [
        "Harvest's done for the year – 38,000 bottles graded, better than budget.",
        "Press upgrade: we pressed 15,000 litres more than last year.",
    ] {
        let r = read_farm(text);
        assert_eq!(r.amount, None, "{text}: {r:?}");
    }
}

/// "We dropped QuickBooks Desktop for the online one": a thing dropped for another one is
/// swapped, news of the new one (here live), no stop. Dropped alone it is still stopped.
#[test]
fn a_thing_dropped_for_another_one_is_swapped_not_stopped() {
    let text = "Jory here — the new till system is live as of this week. We dropped the old cash register for the online one and cashing up took me 10 minutes instead of an hour.";
    let r = read_farm(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_ne!(r.intent, Intent::Decision, "{text}: {r:?}");
    let text = "We dropped the cider club box for good, £19k in and 30 members.";
    let r = read_farm(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "@Bully da chain hoist for da shop, you can order. $3,900.": telling someone they can
/// order (or buy) the thing, priced, is its go-ahead. Said on a condition, or with no
/// price, it is not.
#[test]
fn telling_someone_they_can_order_a_priced_thing_approves_it() {
    let text = "@Jory the new crates for the pickers, you can order. £3,900. needs to be in by 1/8 for the harvest";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(3_900, "GBP"), "{text}: {r:?}");
    // The one told, with the date it is needed by, carries it out.
    assert_eq!(
        r.action.as_ref().map(|a| a.owner.as_str()),
        Some("Jory"),
        "{text}: {r:?}"
    );
    for text in [
        "Jory, if you can order the crates by Friday the £3,900 quote stands.",
        "you can order the crates online now, the site's back up",
    ] {
        let r = read_farm(text);
        assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

/// "Kenji is fine with the second seeding room going in next year, so we'll budget $120k
/// for it": someone fine with a thing, its money told as what we'll set aside in the
/// clause the consent leads to, approves it at that money.
#[test]
fn fine_with_a_thing_so_we_budget_money_for_it_approves_it() {
    let text = "Tamsin is fine with the second apple press going in next year, so we'll budget £120k for it in the 27/28 plan.";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(120_000, "GBP"), "{text}: {r:?}");
    let text =
        "Tamsin is fine with the second apple press going in next year, though it'll cost £120k.";
    let r = read_farm(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "£14.5k on the licensing system was money well spent, renewals … now take her an
/// hour": the only money is what the work cost, praised; no money realised, so a note
/// (convention 42), not a benefit of £14.5k.
#[test]
fn money_said_well_spent_is_the_cost_praised_not_a_benefit() {
    let text = "£14.5k on the farm shop tills was money well spent, cashing up that took Carol a full day now takes her an hour";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.amount, None, "{text}: {r:?}");
    let text = "The farm shop tills were money well spent, about £1,200 a month less in cashing-up overtime.";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// "AGV forklift for warehouse — no need, too expensive, our warehouse small": "no need"
/// answering the thing named before a label's dash, alone in its clause, refuses it. "no
/// need to rush" is no answer.
#[test]
fn no_need_answering_a_thing_named_refuses_it() {
    let text = "Robot mower for the orchards — no need, too expensive, our orchards small";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    let text = "Robot mower for the orchards — no need to rush, Jory's still pricing it";
    let r = read_farm(text);
    assert_ne!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// A pasted chat closed by the go-ahead, then a line from the one who asked telling what
/// they'll do and when ("Dean: booking them in Monday", "Marcus: 👍 I'll call them
/// monday"): that is their follow-up, due that day — not the writer's.
#[test]
fn a_pasted_chats_last_line_after_the_go_ahead_is_its_speakers_task() {
    for text in [
        "Pasting from the WhatsApp so it's logged:\nJory: 3 of the crates need new bases, the slats have gone\nTamsin: how much\nJory: £630 for the three fitted\nTamsin: do it, we can't lose apples in the yard\nJory: booking them in Monday",
        "Pasting the text thread so it's in here:\nJory: the press pump is done, seal went again\nTamsin: how much for a new one\nJory: about £2,700 fitted\nTamsin: go ahead, we can't press without it\nJory: 👍 I'll call them monday",
    ] {
        let r = read_farm(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.action.as_ref().map(|a| a.owner.as_str()), Some("Jory"), "{text}: {r:?}");
        assert_eq!(r.due, NaiveDate::from_ymd_opt(2026, 11, 30), "{text}: {r:?}");
    }
}

/// In a pasted chat of "<Name>:" lines, the one whose line gives the go-ahead ("Mr.
/// Tregear: ok, do it.") decided it.
#[test]
fn a_pasted_chats_go_ahead_is_decided_by_its_lines_speaker() {
    let text = "Jory: the shop sign is too old, nobody sees it from the road\nDemelza: how much for a new one?\nJory: signwriter quote £8,500\nMr. Tregear: ok, do it. before Easter must finish";
    let r = read_farm(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.decided_by.as_deref(),
        Some("Mr. Tregear"),
        "{text}: {r:?}"
    );
}
