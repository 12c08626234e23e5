//! "cnc router in joinery has cut the cabinet rework from about 1 in 5 to hardly any",
//! "ESG report: the sensors of the silos reduced the fumigation in 35%", "The accounting
//! software's saving me two days a month on the BAS": a benefit opened by the work as its
//! result's subject — named, or described with its place or an aside — has the result from
//! its verb (with its "has") as its reason, as labelled; the subject is the record's
//! investment, not why.

use super::*;

/// Pasts of a result that do not end in "-ed".
const RESULT_PASTS: &[&str] = &[
    "cut", "took", "caught", "ran", "made", "kept", "brought", "won", "sorted",
];

/// Praise and reports after the work's name ("has paid for itself", "earned its keep",
/// "has been a lifesaver", "noted that …"): no result told, the reason is elsewhere.
const NOT_RESULTS: &[&str] = &[
    "paid",
    "earned",
    "earning",
    "been",
    "proved",
    "helped",
    "worked",
    "noted",
    "reported",
    "confirmed",
    "mentioned",
    "needed",
    "signed",
    "landed",
    "freed",
    "graduated",
];

/// What we did with the work, told of it in its subject ("the van we put on the hotels
/// route", "the line we installed in June").
const DONE_WITH: &[&str] = &[
    "installed",
    "put",
    "built",
    "bought",
    "fitted",
    "got",
    "set",
    "added",
    "started",
];

/// Words a work's subject may hold between its name and the verb: its place, a bracketed
/// aside, what it is part of.
const SUBJECT_JOINS: &[&str] = &[
    "at", "in", "on", "of", "for", "the", "our", "(", ")", "-", "new", "a", "an",
];

impl Choice<'_> {
    /// The rationale cut to the result's verb when a benefit opens with the work as the
    /// result's subject; none read yet, the result's clause itself.
    pub(super) fn work_as_subject(&self, rationale: Option<String>) -> Option<String> {
        let (toks, names) = (self.toks, self.names);
        if self.intent != Intent::Benefit || self.verdict.is_some() {
            return rationale;
        }
        // The subject opens the message, or follows a heading's colon in its first words.
        let s0 = (0..toks.len().min(8))
            .find(|&j| toks[j].is(":"))
            .map_or(0, |c| c + 1);
        // "Happy to share that the mint drying room …": the news announced, then the subject.
        let s0 = s0 + news_announced(toks, s0);
        let Some((v, described)) = result_verb(toks, s0) else {
            return rationale;
        };
        let named = |a: usize, b: usize| names.iter().any(|m| m.start < b && m.end > a);
        // The work named in the subject, no count in it ("2,300 kids signed up"), and a
        // result told, not praise.
        let aux = matches!(toks[v].lower.as_str(), "has" | "have");
        let verb = if aux { v + 1 } else { v };
        let praise = toks
            .get(verb)
            .is_none_or(|t| NOT_RESULTS.contains(&t.lower.as_str()));
        let counted = (s0..v).any(|j| toks[j].kind == tokens::TokKind::Num);
        // After a heading that names the work ("Bottling line upgrade: the new labeller has
        // cut …"), the subject is a part of it, kept.
        let heading_named = s0 > 0
            && names.iter().any(|m| {
                m.start < s0 - 1 && matches!(m.targets.first(), Some(names::Target::Investment(_)))
            });
        if !named(s0, v) || v < s0 + 2 || praise || counted || heading_named {
            return rationale;
        }
        let contracted = toks[v - 1].lower.ends_with("'s");
        let clause_end = (v..self.limit())
            .find(|&j| {
                matches!(
                    toks[j].lower.as_str(),
                    "." | "!" | "?" | "\n" | "," | ";" | "—" | "–"
                ) || toks[j].is_sym("-") && !toks[j].attached
            })
            .unwrap_or(self.limit());
        let start = if toks[v].is("after") || aux { v + 1 } else { v };
        // "Chatbot pilot has saved $8,500 in agent time": a result in money is the
        // benefit's amount, not its evidence.
        let priced = (v..clause_end).any(|j| (self.in_money)(j));
        let span = self.span_of(rationale.as_deref());
        // "harvest app has the pickers doin 22kg an hour": a "has" of its own, read from it,
        // is left as read.
        if aux && span.is_some_and(|(a, _)| a >= v) {
            return rationale;
        }
        match span {
            // The subject kept, or the verb (or its "has") left off: from the verb.
            Some((a, b)) if a <= v + 1 && b > v + 1 => Some(self.words(start, b)),
            // "card terminals at hexham sorted the saturday drop outs, not one failed payment
            // since they went in": the clause after the result's comma read alone; the two
            // together.
            Some((a, b)) if !priced && a == clause_end + 1 && toks[clause_end].is(",") => {
                Some(self.words(start, b))
            }
            // Nothing read after "The accounting software's saving me …": the result's clause.
            None if (contracted || described) && !priced && clause_end > start + 1 => {
                Some(self.words(start, clause_end))
            }
            _ => rationale,
        }
    }
}

/// The result's verb after a work's subject at `s`: the first word past the subject's
/// nouns, places and asides that is a past (or a "has", or a "'s" before "-ing" or
/// "after"), at most ten words in.
fn result_verb(toks: &[Token], s: usize) -> Option<(usize, bool)> {
    let mut described = false;
    let mut end = toks.len().min(s + 11);
    let mut j = s;
    while j < end {
        let t = &toks[j];
        let w = t.lower.as_str();
        let next = toks.get(j + 1).map_or("", |t| t.lower.as_str());
        // "The ultrasonic cleaning line we installed in June is saving …", "The second-hand
        // van we put on the Larnaca route in October is already saving …": the work told
        // by what we did with it, then its result's "-ing" after "is" (round R67).
        if j > s + 1 && !described && w == "we" && DONE_WITH.contains(&next) {
            described = true;
            end = toks.len().min(end + 6);
            j += 2;
            continue;
        }
        // "the mint drying room we built last year saves us buying dried mint …".
        if described && matches!(w, "saves" | "cuts" | "keeps" | "gives") {
            return Some((j, true));
        }
        if described && matches!(w, "is" | "are") {
            let k = j + 1 + usize::from(matches!(next, "already" | "now" | "still"));
            let ing = toks
                .get(k)
                .is_some_and(|t| t.lower.ends_with("ing") && t.lower.len() > 4);
            return ing.then_some((j + 1, true));
        }
        if j > s && (matches!(w, "has" | "have") || RESULT_PASTS.contains(&w)) {
            return Some((j, described));
        }
        if j > s && w.ends_with("ed") && w.len() > 4 && !toks[j - 1].is("the") {
            return Some((j, described));
        }
        // "The accounting software's saving me …", "The broker portal's after taking …".
        if w.ends_with("'s") && (next.ends_with("ing") && next.len() > 4 || next == "after") {
            return Some((j + 1, described));
        }
        let subject_word =
            t.is_word() || t.kind == tokens::TokKind::Num || SUBJECT_JOINS.contains(&w);
        if !subject_word
            || matches!(
                w,
                "is" | "are" | "was" | "were" | "been" | "be" | "will" | "and" | "but" | "so"
                    // "… housing mean we kept …": another clause's subject or verb.
                    | "we" | "they" | "i" | "you" | "it" | "mean" | "means" | "meant" | "that"
                    | "which" | "who"
            )
        {
            return None;
        }
        j += 1;
    }
    None
}

/// How many words at `s` announce the news before it: "happy to share that", "pleased to
/// report that", "glad to say" (round R67); none, 0.
fn news_announced(toks: &[Token], s: usize) -> usize {
    let w = |d: usize| toks.get(s + d).map_or("", |t| t.lower.as_str());
    if !(matches!(w(0), "happy" | "pleased" | "glad" | "proud")
        && w(1) == "to"
        && matches!(w(2), "share" | "report" | "say" | "announce"))
    {
        return 0;
    }
    3 + usize::from(w(3) == "that")
}
