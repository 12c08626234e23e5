//! Verdicts said plainly, first met in round S16's writers (an Arkansas poultry plant's
//! supervisors, a Dublin insurer's change board): "we're keeping on with it" (said
//! "keepin", see `dropped_g`), "stays on through the 2027 contract", "stays as is for
//! another year", "not a hope on the …", "shutting them off", "trimmed back to", and "told <someone> no on
//! a …".

use super::tokens::Token;
use crate::domain::Verdict;

/// Fixed wordings, added to the verdict phrase table.
pub(super) const PHRASES: &[(&str, Verdict)] = &[
    // "Evaporator line upgrade - we're keepin on with it".
    ("keeping on with", Verdict::Continue),
    ("keep on with", Verdict::Continue),
    // "Chiller monitoring stays on through the 2027 contract".
    ("stays on through", Verdict::Continue),
    ("stays on thru", Verdict::Continue),
    ("stay on through", Verdict::Continue),
    // "IFRS 17 engine stays as is for another year".
    ("stays as is", Verdict::Continue),
    ("stay as is", Verdict::Continue),
    ("stays as it is", Verdict::Continue),
    // "Not a hope on the chatbot for Claims" (Irish English for no chance).
    ("not a hope on", Verdict::Reject),
    ("not a hope for", Verdict::Reject),
    // "lacquer booth upgrade def not happening", "3d printer - def not, …": refused in chat
    // shorthand ("def" for definitely); "not happening till march" puts it off.
    ("not happening", Verdict::Reject),
    ("not happening till", Verdict::Defer),
    ("not happening until", Verdict::Defer),
    ("def not", Verdict::Reject),
    ("defo not", Verdict::Reject),
    ("definitely not", Verdict::Reject),
    // An issue tracker's resolution: "Resolution: Won't Do", "closing IT-61 as Won't Do".
    ("resolution: won't do", Verdict::Reject),
    ("resolution: wont do", Verdict::Reject),
    ("as won't do", Verdict::Reject),
    ("as wont do", Verdict::Reject),
    // "Broker portal phase 2 trimmed back to €240k": the adverb is part of the verdict.
    ("trimmed back", Verdict::Rescope),
    ("trimmed down", Verdict::Rescope),
    // "voice picking headsets are done, we're shuttin em off end of the month".
    ("shutting them off", Verdict::Stop),
    ("shutting it off", Verdict::Stop),
    ("shut them off", Verdict::Stop),
    ("shut it off", Verdict::Stop),
    // "the stores scanners get another year of support, $12K": a further term given to
    // the running thing, as "renewed for another year" (convention 12).
    ("gets another year", Verdict::Continue),
    ("get another year", Verdict::Continue),
    ("gets a further year", Verdict::Continue),
    ("get a further year", Verdict::Continue),
    // "shopify store +1 for another yr": a chat "+1" (a yes) to a further term.
    ("+1 for another year", Verdict::Continue),
    ("+1 for another yr", Verdict::Continue),
    ("gets another season", Verdict::Continue),
    ("get another season", Verdict::Continue),
    // "… and half the parents want the kids off their phones anyway. We're saying no."
    ("saying no", Verdict::Reject),
];

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// "Told Live Production no on a backup generator", "told the vendor no to the add-on": at
/// `i`, telling someone (up to four words) no on a thing, a refusal; where the shape ends
/// (the thing refused follows).
pub(super) fn told_no_on_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(word(toks, i), "told" | "tell" | "telling") {
        return None;
    }
    (i + 2..=i + 5)
        .take_while(|&k| toks.get(k - 1).is_some_and(|t| t.is_word()))
        .find(|&k| {
            word(toks, k) == "no"
                && matches!(word(toks, k + 1), "on" | "to")
                && matches!(
                    word(toks, k + 2),
                    "the" | "a" | "an" | "their" | "our" | "any" | "that" | "this"
                )
        })
        .map(|k| k + 2)
}

/// "$230k in and the growers still call …", "we've sunk $30k", "we're out $47,000": money
/// put into the thing, told after it.
pub(super) fn money_sunk_after(toks: &[Token], from: usize) -> bool {
    (from..toks.len()).any(|k| {
        matches!(word(toks, k), "sunk" | "spent" | "wasted")
            || word(toks, k) == "out"
                && k >= 1
                && matches!(word(toks, k - 1), "we're" | "were")
                && toks.get(k + 1).is_some_and(|t| {
                    t.kind == super::tokens::TokKind::Num
                        || matches!(t.lower.as_str(), "$" | "£" | "€")
                })
            // "$3k gone since summer" (round S44): money gone, right after its figure.
            || k >= 2
                && word(toks, k) == "gone"
                && (toks[k - 1].kind == super::tokens::TokKind::Num
                    || toks[k - 1].attached && toks[k - 2].kind == super::tokens::TokKind::Num)
            // "$22k into the app since August and …" (round S47): money put into the work.
            || k >= 2
                && word(toks, k) == "into"
                && (toks[k - 1].kind == super::tokens::TokKind::Num
                    || toks[k - 1].attached && toks[k - 2].kind == super::tokens::TokKind::Num)
            || k >= 2
                && word(toks, k) == "in"
                && matches!(word(toks, k + 1), "and" | "," | ".")
                && (toks[k - 1].kind == super::tokens::TokKind::Num
                    || toks[k - 1].attached && toks[k - 2].kind == super::tokens::TokKind::Num)
    })
}

/// "we've dropped about $9k a month of agency shifts", "dropped £12k of courier spend": at
/// a stop's verb ending at `end`, money dropped, a saving told, not work stopped.
pub(super) fn money_dropped(toks: &[Token], start: usize, end: usize) -> bool {
    if !matches!(word(toks, start), "dropped" | "dropping" | "drop" | "dropt") {
        return false;
    }
    let mut k = end;
    while matches!(
        word(toks, k),
        "about" | "around" | "roughly" | "nearly" | "almost" | "over" | "~" | "some" | "like"
    ) {
        k += 1;
    }
    super::money_words::find_money(toks, crate::money::Currency::GBP)
        .iter()
        .any(|m| m.start == k)
}

/// "Corporate's fixin to approve the phase 2, but ain't nobody signed nothin yet", "we're
/// about to sign off the kiosks, not done yet": a verdict at `start` said as about to be
/// given, with "yet" after it, none given yet. ("Fixin to hold off on the wifi till Q2" is
/// the holding said, a verdict.)
pub(super) fn about_to(toks: &[Token], start: usize) -> bool {
    start >= 2
        && word(toks, start - 1) == "to"
        && matches!(word(toks, start - 2), "fixing" | "about")
        && toks[start..].iter().any(|t| t.is("yet"))
}

/// "y'all seen who parked in the QA spot again": a car parked in a space, no work put off.
pub(super) fn car_parked(toks: &[Token], start: usize, end: usize) -> bool {
    word(toks, start) == "parked"
        && end == start + 1
        && matches!(
            word(toks, end),
            "in" | "at" | "across" | "behind" | "outside" | "on"
        )
        && (end + 1..end + 5).any(|k| {
            matches!(
                word(toks, k),
                "spot" | "spots" | "space" | "spaces" | "bay" | "bays" | "lot" | "driveway"
            )
        })
}

/// "Underwriting can't get the pricing signed off before the review": at `start`, a verdict
/// someone cannot get for a part of the work, an obstacle told, no decision of ours.
pub(super) fn cannot_get_done(toks: &[Token], start: usize) -> bool {
    (start.saturating_sub(6)..start)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            matches!(word(toks, k), "get" | "got")
                && k > 0
                && matches!(
                    word(toks, k - 1),
                    "can't" | "cannot" | "cant" | "couldn't" | "won't" | "didn't" | "not"
                )
        })
}

/// Asides that close a sentence after a comma with the writer's feeling, not the reason's
/// words: "…, fair dinkum", "…, bless her heart", "…, tbh".
const CLOSING_ASIDES: &[&str] = &[
    "fair dinkum",
    "bless her heart",
    "bless his heart",
    "bless their hearts",
    "to be fair",
    "tbh",
    "honestly",
    "mate",
    "y'all",
    "ffs",
];

/// `text` (a reason found) without a closing aside after its last comma, nor a term of
/// address before its first ("bab, let's get the fettling shop sorted first").
pub(in crate::reader) fn without_closing_aside(text: String) -> String {
    let text = match crate::reader::tokens::split_once_at(&text, ", ") {
        Some((first, rest))
            if crate::reader::verdict_asides::TERMS_OF_ADDRESS
                .contains(&first.trim().replace('’', "'").to_lowercase().as_str())
                && !rest.trim().is_empty() =>
        {
            rest.to_string()
        }
        _ => text,
    };
    let Some((rest, last)) = text.trim_end().rsplit_once(',') else {
        return text;
    };
    let last = last
        .trim()
        .trim_end_matches(['.', '!'])
        .replace('’', "'")
        .to_lowercase();
    if CLOSING_ASIDES.contains(&last.as_str()) {
        rest.trim_end().to_string()
    } else {
        text
    }
}
