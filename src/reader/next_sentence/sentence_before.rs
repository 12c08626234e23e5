//! The sentence before the verdict as its reason.

use super::*;

/// The sentence before the verdict's, when it opens the record and explains it: "Licences
/// doubled again at renewal. We're dropping Zoomly.", "Fan CRM: Marketing want to pull the
/// plug, nobody opens the emails any more. Agreed, we're stopping it". Its last clause, a
/// clause of its own (a subject and a verb) with no verdict and no other investment
/// (`other_name`) in it, in a sentence with no money, question, follow-up or meeting. Read
/// when nothing after the verdict explains it.
pub fn sentence_before(
    text: &str,
    toks: &[Token],
    verb: usize,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
    other_name: &dyn Fn(usize, usize) -> bool,
    refused: bool,
) -> Option<String> {
    let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "\n");
    let e = toks[..verb].iter().rposition(is_end)?;
    // Only the one sentence before the verdict's, after a heading ("Fan CRM:") if any.
    if toks[..e].iter().any(|t| is_end(t) || t.is("?")) {
        return None;
    }
    let s = toks[..e]
        .iter()
        .rposition(|t| t.is(":"))
        .map_or(0, |c| c + 1);
    // "Alamak, forklift battery catch fire again at Tuas.": a word of surprise and its comma
    // opening the sentence are its tone (round R45).
    let s = crate::reader::interjections::after_interjection(toks, s, e);
    // "Check-in takes 20 minutes": a hyphen inside a word is no dash.
    let dash = |j: usize| {
        (toks[j].is_sym("-") || toks[j].is_sym("—") || toks[j].is_sym("–")) && !toks[j].attached
    };
    let c = toks[s..e]
        .iter()
        .rposition(|t| t.is(","))
        .map_or(s, |k| s + k + 1);
    // "Replacing the ILS — the old one's end of life next summer.": what goes out of support,
    // told after a dash.
    let c = (c..e)
        .rev()
        .find(|&j| dash(j))
        .filter(|&d| loses_support(toks, d + 1, e))
        .map_or(c, |d| d + 1);
    // "Retail reckon the fees would halve, but £60k is still too much right now.
    // Declined.": a concession, then the price judged, is the reason whole.
    if c > s + 3
        && e <= s + 40
        && toks[c].is("but")
        && (s..e).all(|j| !dash(j))
        && crate::reader::clauses::judges_price(toks, c + 1, e)
        && !decides(s, e)
        && !other_name(s, e)
        && !assigns_owner(text, toks, s, e)
    {
        return Some(text[toks[s].start..toks[e - 1].end].trim().to_string());
    }
    // "We keep paying £600 a month for the tags and the boxes still go walkabout": before a
    // refusal or a stop, what we keep paying joined to what still goes wrong is the case.
    // So is a price with its own verb, then ", and" what else tells against it ("the quote
    // came in at £38k for all three sites, and half the parents want …"; convention 26): the
    // sentence whole.
    let priced = refused && (c == s || toks[c].is("and")) && priced_case(toks, s, e, money);
    let c = if priced { s } else { c };
    // "Old crush broke Jacko's arm last week, that's two this year.": a tally of what went
    // wrong points back at the clause before it; the reason is both.
    let tally = (c > s + 3 && tally_at(toks, c, e)).then(|| c - 1);
    let c = tally.map_or(c, |comma| {
        toks[s..comma]
            .iter()
            .rposition(|t| t.is(","))
            .map_or(s, |k| s + k + 1)
    });
    let plain = ((s..e).all(|j| !money(j)) || priced)
        && (c..e).all(|j| {
            !dash(j) && (!toks[j].is_break() || priced && toks[j].is(",") || Some(j) == tally)
        });
    let plain = plain && (s..c).all(|j| !dash(j) || loses_support(toks, c, e));
    // "ugh the vendor went bust": a groan before the clause is the writer's mood.
    let c = c + usize::from(matches!(toks[c].lower.as_str(), "ugh" | "argh") && e > c + 1);
    // "nobody opens the emails any more": no one doing something is a clause of its own.
    let nobody = toks[c].is("nobody") && e > c + 2;
    // "zero heat incidents on crew B vs 3 last summer": a count set against another.
    let compared = (toks[c].kind == crate::reader::tokens::TokKind::Num || toks[c].is("zero"))
        && (c + 1..e).any(|j| matches!(toks[j].lower.as_str(), "vs" | "versus"));
    if e < c + 3
        || e > c + 30
        || !plain
        // "the quote came in at £26k …" is the price told, no one met.
        || !priced && crate::reader::intent::find_cues(&toks[c..e]).meeting
        || (s..c).any(|j| MEETINGS.contains(&toks[j].lower.as_str()))
        || assigns_owner(text, toks, s, e)
        || !(crate::reader::intent::own_clause(toks, c, e)
            || priced && pronoun_clause(toks, c)
            || nobody
            || compared
            || loses_support(toks, c, e)
            // "Had another ammonia scare in the engine room last night.": what went wrong,
            // told as a past event.
            || c == s && crate::reader::told_incidents::incident_told(toks, c, e))
        || decides(c, e)
        || other_name(c, e)
    {
        return None;
    }
    // "6 wks in, zero heat incidents on crew B …": the time it has run is part of the result.
    let ran = c == s + 4
        && toks[s].kind == crate::reader::tokens::TokKind::Num
        && toks[s + 2].is("in")
        && toks[s + 3].is(",");
    let from = if ran { s } else { c };
    Some(text[toks[from].start..toks[e - 1].end].trim().to_string())
}

/// "The old Sage install goes out of support in June", "the licence expires in March": the
/// thing we run stops being supported, a reason whatever its subject is called (an
/// "install" here is the thing, not the plan's milestone).
pub(super) fn loses_support(toks: &[Token], s: usize, e: usize) -> bool {
    e > s + 3
        && toks[s].is_word()
        && (s + 1..e).any(|j| {
            let w = toks[j].lower.as_str();
            matches!(
                w,
                "expires" | "expired" | "unsupported" | "end-of-life" | "eol"
            ) || w == "support" && matches!(toks[j - 1].lower.as_str(), "of" | "out") && j >= s + 3
                // "Microsoft ends support of our version" (convention 28).
                || crate::reader::support_ended::support_ended(toks, j)
                // "the old one's end of life next summer".
                || w == "life" && j >= s + 3 && toks[j - 1].is("of") && toks[j - 2].is("end")
        })
}

/// "that's two this year", "that's the third time since June": at `c`, a short clause that
/// counts what went wrong, pointing back at the clause before it.
fn tally_at(toks: &[Token], c: usize, e: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let opens = matches!(word(c), "that's" | "thats")
        || word(c) == "which" && word(c + 1) == "is"
        || word(c) == "that" && word(c + 1) == "is";
    opens
        && e <= c + 8
        && (c + 1..e).any(|j| {
            toks[j].kind == crate::reader::tokens::TokKind::Num
                || crate::reader::money_words::a_count_in_words(word(j))
                || matches!(word(j), "second" | "third" | "fourth" | "fifth" | "again")
        })
}
