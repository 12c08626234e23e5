//! Verdicts said in idioms whose words are split or need the money after them: work
//! written off ("we're writing the app off", "we've written it off"), which stops it, and
//! an approval capped at a sum ("carries on but capped at $310k"), which sets its new size.

use super::money_words::find_money;
use super::tokens::{TokKind, Token};
use crate::money::Currency;

/// Does a figure of money open `toks` ("£12k of unsold stock", "$80K in claims")?
fn money_opens(toks: &[Token]) -> bool {
    find_money(toks, Currency::GBP)
        .first()
        .is_some_and(|m| m.start == 0)
}

/// "we're writing the audio guide app off", "we've written it off", "writing off the
/// kiosks": at `i`, work written off, a stop; where the shape ends. Money written off ("we
/// wrote off $80K in ineligible claims", "£12k of stock written off") is a loss counted,
/// not work stopped.
pub(super) fn written_off_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(
        word(i),
        "write" | "writes" | "writing" | "wrote" | "written"
    ) {
        return None;
    }
    let counted = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == TokKind::Num || money_opens(&toks[k..]))
    };
    // "writing off the kiosks", "written off." — but not "wrote off $80K".
    if word(i + 1) == "off" {
        return (!counted(i + 2)).then_some(i + 2);
    }
    // "writing it off", "writing the app off": a thing, with no figure, then "off".
    let object = matches!(
        word(i + 1),
        "it" | "them" | "this" | "that" | "the" | "our" | "those" | "these"
    );
    if !object {
        return None;
    }
    let off = (i + 2..(i + 8).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| toks[k].is("off"))?;
    (!(i + 1..off).any(counted)).then_some(off + 1)
}

/// "carries on but capped at $310k", "capped at £90k": at `i`, the work's money capped at a
/// sum, its new size; where the shape ends. A cap on something else ("capped at 20% above
/// list", "capped at 40 users") sets no size.
pub(super) fn capped_at_money_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "capped" | "capping" | "cap") || !matches!(word(i + 1), "at" | "to") {
        return None;
    }
    let at = i + 2 + usize::from(matches!(word(i + 2), "about" | "around" | "~"));
    money_opens(toks.get(at..)?).then_some(i + 2)
}

/// "for Gallery 3 only, $140k instead of the full $390k", "£38k instead of the whole £140k",
/// "$58k instead of the full rebuild":
/// at `i`, a figure set against the full price of the work, so part of it is what is
/// decided, a rescope; where the shape ends. Fewer things for the money with no full price
/// ("£30k for 6 gates instead of 8", "only 250 k€ instead of 350") is still the verdict said.
pub(super) fn part_of_the_full_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "instead" || word(i + 1) != "of" {
        return None;
    }
    let mut k = i + 2;
    if matches!(word(k), "the" | "our") {
        k += 1;
    }
    // "$58k instead of the full rebuild": the full work named, not priced, does too.
    let full_work = toks
        .get(k + 1)
        .is_some_and(|t| t.is_word() && t.lower.len() > 2);
    if !matches!(word(k), "full" | "whole" | "original" | "entire")
        || !(money_opens(toks.get(k + 1..)?) || full_work)
    {
        return None;
    }
    let before = &toks[i.saturating_sub(5)..i];
    find_money(before, Currency::GBP)
        .iter()
        .any(|m| m.end == before.len())
        .then_some(i + 1)
}

/// Whether `i` opens a clause: the message's start, or after a break or a dash.
pub(super) fn opens_clause(toks: &[Token], i: usize) -> bool {
    i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("-")
}

/// The tokens from `i` to the end of its sentence.
pub(super) fn rest_of_sentence(toks: &[Token], i: usize) -> &[Token] {
    let from = i.min(toks.len());
    let end = toks[from..]
        .iter()
        .position(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        .map_or(toks.len(), |k| from + k);
    &toks[from..end]
}

/// "Rugged tablets - go w/ the Panasonic ones, $38K", "CBCT: go with the Carestream unit,
/// $139K": at `i`, a choice told as an order, opening its clause, with its price in the
/// sentence, an approval; where the shape ends. Not asked ("should we go with …?").
pub(super) fn go_with_choice_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "go" || !opens_clause(toks, i) {
        return None;
    }
    let with = match (word(i + 1), word(i + 2)) {
        ("with", _) => i + 2,
        ("w", "/") => i + 3,
        _ => return None,
    };
    if !matches!(word(with), "the" | "a" | "an") {
        return None;
    }
    let sentence = rest_of_sentence(toks, with);
    let asked = toks.get(with + sentence.len()).is_some_and(|t| t.is("?"));
    let priced = !find_money(sentence, Currency::GBP).is_empty();
    (priced && !asked).then_some(with)
}

/// "Quote's come in at £28k for 14 machines … Go for it.": at `i`, "go for it" said alone
/// as an order in a message that prices the thing, an approval; where the shape ends.
pub(super) fn go_for_it_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let said = word(i) == "go" && word(i + 1) == "for" && word(i + 2) == "it";
    let alone = toks.get(i + 3).is_none_or(|t| t.is_break());
    let priced = || !find_money(toks, Currency::GBP).is_empty();
    (said && alone && opens_clause(toks, i) && priced()).then_some(i + 3)
}

/// "Told Gemma the diagnostics laptop for Grantham is fine, it's only 900 quid": at `i`,
/// telling someone a priced thing "is fine" (or "ok", "good to go"), an approval given;
/// where the shape ends. "… is fine but the wardens want an offline mode" and a message
/// with no price tell how a thing is, not that it may go ahead.
pub(super) fn told_fine_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "told" | "tell" | "telling") || !opens_clause(toks, i) {
        return None;
    }
    let fine = (i + 2..(i + 16).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| {
            matches!(word(k), "is" | "are" | "'s")
                && (matches!(word(k + 1), "fine" | "ok" | "okay")
                    || word(k + 1) == "good" && word(k + 2) == "to" && word(k + 3) == "go")
        })?;
    let end = if word(fine + 1) == "good" {
        fine + 4
    } else {
        fine + 2
    };
    let alone = toks.get(end).is_none_or(|t| t.is_break()) && word(end + 1) != "but";
    let priced = !find_money(toks, Currency::GBP).is_empty();
    (alone && priced).then_some(end)
}

/// "Go on then, Estates can have a pressure washer for the kit store, £1,800": at `i`
/// ("can"), a unit or team (not "we" or "I") allowed to have a thing, priced in its clause,
/// an approval; where the shape ends.
pub(super) fn allowed_to_have_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "can"
        || word(i + 1) != "have"
        || !matches!(
            word(i + 2),
            "a" | "an" | "the" | "their" | "its" | "that" | "his" | "her"
        )
        || i == 0
        || !toks[i - 1].is_word()
        || matches!(
            word(i - 1),
            "we" | "i" | "you" | "who" | "which" | "that" | "they"
        )
    {
        return None;
    }
    let end = (i + 3..toks.len())
        .find(|&k| matches!(word(k), "." | "!" | "?" | "\n" | ";"))
        .unwrap_or(toks.len());
    let priced = !find_money(&toks[i + 3..end], Currency::GBP).is_empty();
    priced.then_some(i + 2)
}

/// "£1,100/mo lease or $38k to buy. Buying it.": at `i`, "buying it" (or "we'll buy
/// them") said alone as its own clause in a message that prices the thing, an approval;
/// where the shape ends.
pub(super) fn buying_it_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let said = matches!(word(i), "buying" | "buy") && matches!(word(i + 1), "it" | "them");
    if !said {
        return None;
    }
    // "Buying it.", "We're buying it.", "we'll buy them".
    let subject = i >= 1 && matches!(word(i - 1), "we're" | "we'll" | "i'm" | "i'll");
    let opens = opens_clause(toks, i) || subject && opens_clause(toks, i - 1);
    let buy_alone = word(i) == "buying" || subject;
    let alone = toks.get(i + 2).is_none_or(|t| t.is_break());
    let priced = || !find_money(toks, Currency::GBP).is_empty();
    (opens && buy_alone && alone && priced()).then_some(i + 2)
}

/// "GM says no new money for the podcast studio", "there's no budget for the kiosks this
/// year": at `i`, no money for a thing, a refusal of it; where the shape ends. Not "no
/// money for" a time or a count ("no budget for 2027 yet" is news of a budget).
pub(super) fn no_money_for_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "no" {
        return None;
    }
    let mut k = i + 1;
    if matches!(word(k), "new" | "more" | "extra" | "spare") {
        k += 1;
    }
    let money = matches!(word(k), "money" | "budget" | "funding" | "cash" | "funds");
    let thing = matches!(word(k + 2), "the" | "our" | "a" | "any" | "new")
        || toks
            .get(k + 2)
            .is_some_and(|t| t.is_word() && t.kind != TokKind::Num);
    (money && word(k + 1) == "for" && thing && word(k + 2) != "now").then_some(k + 1)
}

/// What is passed on to someone else, not turned down: a message and its like.
const PASSED_ALONG: &[&str] = &[
    "message",
    "messages",
    "feedback",
    "news",
    "details",
    "info",
    "information",
    "word",
    "thanks",
    "regards",
    "comments",
    "notes",
    "request",
    "email",
    "invite",
    "question",
    "questions",
    "contact",
    "costs",
    "saving",
    "savings",
];

/// "We're passing on the yard camera upgrade", "we'll pass on this one": at `i`, a thing
/// we pass on, refused; where the shape ends. Not a message passed along ("passing on the
/// feedback to the agency").
pub(super) fn passing_on_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "passing" | "pass" | "passed") || word(i + 1) != "on" || i == 0 {
        return None;
    }
    let ours = matches!(
        word(i - 1),
        "we're" | "we'll" | "we've" | "i'm" | "i'll" | "i've" | "we" | "i" | "'re" | "'ll" | "'ve"
    ) || word(i - 1) == "to" && matches!(word(i.saturating_sub(2)), "decided" | "going");
    if !ours
        || !matches!(
            word(i + 2),
            "the" | "this" | "that" | "it" | "our" | "these"
        )
    {
        return None;
    }
    let passed_along = toks[i + 2..(i + 7).min(toks.len())]
        .iter()
        .take_while(|t| !t.is_break())
        .any(|t| PASSED_ALONG.contains(&t.lower.as_str()));
    (!passed_along).then_some(i + 2)
}

/// What is ended that is no work: a meeting, a time, a call.
const ENDED_NOT_WORK: &[&str] = &[
    "year",
    "month",
    "week",
    "day",
    "quarter",
    "season",
    "term",
    "shift",
    "trial",
    "relationship",
];

/// "we're ending the microfilm scanner lease", "we've decided to end the contract": at `i`,
/// work or a deal we end, a stop; where the shape ends. Not a meeting or a time ended ("we
/// ended the call early", "ending the year on budget").
pub(super) fn ending_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "ending" | "end" | "ended") || i == 0 {
        return None;
    }
    let ours = matches!(
        word(i - 1),
        "we're" | "we'll" | "we've" | "we" | "'re" | "'ll" | "'ve"
    ) || word(i - 1) == "to"
        && matches!(word(i.saturating_sub(2)), "decided" | "agreed");
    if !ours || !matches!(word(i + 1), "the" | "our" | "this" | "that" | "it") {
        return None;
    }
    let object = toks[i + 1..(i + 6).min(toks.len())]
        .iter()
        .take_while(|t| !t.is_break())
        .collect::<Vec<_>>();
    let not_work = object.iter().any(|t| {
        ENDED_NOT_WORK.contains(&t.lower.as_str())
            || super::verdicts::MEETINGS.contains(&t.lower.as_str())
    });
    (!not_work).then_some(i + 1)
}

/// "so I'm signing the renewal at £42k", "we signed the contract renewal", "sign the
/// licence renewal": at `i`, a renewal (or a contract, [`contract_signed_at`]) signed, an approval of its new term's money (a
/// renewal approved is one too; a thing said renewed goes on); where the shape ends.
pub(super) fn renewal_signed_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "sign" | "signs" | "signed" | "signing") {
        return None;
    }
    let mut k = i + 1 + usize::from(word(i + 1) == "off");
    k += usize::from(matches!(word(k), "the" | "our" | "this" | "that" | "its"));
    // "the contract renewal", "the timekeeping kiosk support renewal": up to four words
    // naming what is renewed.
    if let Some(r) = (k + 1..=k + 4)
        .take_while(|&j| toks.get(j - 1).is_some_and(|t| t.is_word()))
        .find(|&j| word(j) == "renewal")
    {
        k = r;
    }
    if word(k) == "renewal" {
        return Some(k + 1);
    }
    contract_signed_at(toks, i, k)
}

/// "We signed the contract for the hoist overhaul", "the booking system contract was signed
/// at £18,000" (at a price, when said so): at `i` (the "signed"; `k` past its article), a contract signed for the work,
/// its approval; where the shape ends. One still to come ("we'll sign the contract", "once the contract is signed at
/// …") decides nothing yet.
fn contract_signed_at(toks: &[Token], i: usize, k: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    const PAPERS: &[&str] = &["contract", "contracts", "agreement", "po"];
    if word(i) != "signed" {
        return None;
    }
    // "signed the contract", "signed the fabricator contract": up to three words naming it.
    if let Some(c) = (k..k + 4)
        .take_while(|&j| toks.get(j).is_some_and(|t| t.is_word()))
        .find(|&j| PAPERS.contains(&word(j)))
    {
        return Some(c + 1);
    }
    // "the … contract was signed at £18,000", "agreement's been signed at $9k": signed at
    // its price. Without one ("Discovery layer: contract signed") it is a minute's news.
    if word(i + 1) != "at" {
        return None;
    }
    let mut p = i;
    while p > 0
        && matches!(
            word(p - 1),
            "was" | "is" | "been" | "has" | "have" | "got" | "'s"
        )
    {
        p -= 1;
    }
    if p == 0 || !PAPERS.contains(&word(p - 1)) {
        return None;
    }
    let to_come = toks[..p - 1]
        .iter()
        .rev()
        .take_while(|t| !t.is_break())
        .take(8)
        .any(|t| {
            matches!(
                t.lower.as_str(),
                "once" | "when" | "until" | "till" | "til" | "if" | "after" | "unless" | "before"
            )
        });
    (!to_come).then_some(i + 1)
}

/// "tell the van to stop parking in the ice bay", "ask the drivers to stop leaving …": a
/// verdict word with an activity after it (a word ending "-ing"), said as what someone is
/// told or asked to do, is an errand, not our verdict on any work.
pub(super) fn told_to_stop_doing(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if start == 0 || word(start - 1) != "to" || !word(end).ends_with("ing") {
        return false;
    }
    (start.saturating_sub(8)..start - 1)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            matches!(
                word(k),
                "tell" | "told" | "ask" | "asked" | "remind" | "get"
            )
        })
}
