//! "Am we keepin' the sand reclaimer on the full shift pattern? Ar, we am.", "Are we
//! scrapping the app? Yep.": a question whose verb is the verdict, asked of us, then
//! answered yes in the next sentence, gives that verdict (round V49, `black-country-castings`
//! 35). A question of anything else ("are we all set for Saturday? Yes") decides nothing.

use super::tokens::Token;
use crate::domain::Verdict;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// The verdict a question's verb asks about: "keeping" goes on, "scrapping" stops ….
fn verb_verdict(w: &str) -> Option<Verdict> {
    Some(match w {
        "keeping" | "continuing" | "renewing" | "sticking" | "carrying" => Verdict::Continue,
        "scrapping" | "stopping" | "dropping" | "killing" | "binning" | "ditching" | "shutting"
        | "closing" | "cancelling" | "canceling" => Verdict::Stop,
        "buying" | "ordering" | "approving" | "funding" => Verdict::Approve,
        "parking" | "pausing" | "delaying" | "holding" => Verdict::Defer,
        _ => return None,
    })
}

/// At `i`, "yes" / "yep" / "aye" / "ar" opening the sentence after a question that opened
/// "are / am we (still) <verb>ing", ended by a break, a comma or a dash: the question's
/// verdict and where the answer ends.
pub(super) fn asked_then_yes_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    if !matches!(word(toks, i), "yes" | "yeah" | "yep" | "yup" | "aye" | "ar") {
        return None;
    }
    let start = super::could_we_answered::question_opening_before(toks, i)?;
    let answered = toks
        .get(i + 1)
        .is_none_or(|t| t.is_break() || matches!(t.lower.as_str(), "," | "—" | "–" | "-" | "!"));
    if !answered {
        return None;
    }
    if !matches!(word(toks, start), "are" | "am") || word(toks, start + 1) != "we" {
        return None;
    }
    let verb = start + 2 + usize::from(word(toks, start + 2) == "still");
    verb_verdict(word(toks, verb)).map(|v| (v, i + 1))
}
