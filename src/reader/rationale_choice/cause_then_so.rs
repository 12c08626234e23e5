//! A cause, then ", so" and the decision it leads to (round R48): "Mere wants one more
//! season's throughput figures before we put $120k into walls and heaters, so that's parked
//! till after the harvest", "Heat recovery didn't get through: Priti wants a full year of
//! meter readings … before we spend £210k on pipework, so it's back in front of them next
//! December". English puts the why before "so"; the hold's "till …" after it says only how
//! long, and the cause's money is what it judges, not a detail.

use super::*;

impl Choice<'_> {
    /// The clause before ", so" in the verdict's sentence, when the verdict lies just after
    /// the "so" ("…, so that's parked"), or the verdict's colon opens the clause ("Heat
    /// recovery didn't get through: <cause>, so it's …"); taken over none, a condition
    /// ("till …", "once …"), or a part of the so-clause or of the cause.
    pub(super) fn cause_then_so(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            toks,
            verdict,
            decides,
            named,
            ..
        } = *self;
        let Some(v) = verdict else {
            return rationale;
        };
        let end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
        let ss = toks[..v.start].iter().rposition(end).map_or(0, |k| k + 1);
        let se = (v.start..self.limit())
            .find(|&j| end(&toks[j]))
            .unwrap_or(self.limit());
        let beside = || {
            (v.verdict == Verdict::Defer)
                .then(|| {
                    so_in_sentence_after(toks, se, self.limit())
                        .or_else(|| so_in_sentence_before(toks, ss))
                })
                .flatten()
        };
        let Some((c0, k)) = so_before_verdict(toks, ss, v.start)
            .or_else(|| so_after_colon(toks, v.end, se))
            .or_else(beside)
        else {
            return rationale;
        };
        // The cause without the comma or dash before "so", nor a point granted before its
        // ", but" ("We still need it before the season, but the term loan is capped, so …",
        // convention 48).
        let c1 = k - 1;
        let c0 = (c0 + 1..c1)
            .rev()
            .find(|&j| toks[j].is("but") && toks[j - 1].is(","))
            .map_or(c0, |j| j + 1);
        if c1 < c0 + 3 || decides(c0, c1) || named(c0, c1) || !cause_clause(toks, c0, c1) {
            return rationale;
        }
        let taken = match self.span_of(rationale.as_deref()) {
            None => rationale.is_none(),
            Some((a, b)) => {
                a >= k && b <= se && k > v.start
                    // "Crab cooking line is on hold, we'll look at it again when …": a
                    // look-again after the hold says when, not why.
                    || a >= v.end
                        && b <= se
                        && (a..b).any(|j| matches!(toks[j].lower.as_str(), "again" | "revisit"))
                    || a >= c0 && b <= c1 && (a, b) != (c0, c1)
                    || matches!(
                        toks[a].lower.as_str(),
                        "till" | "til" | "until" | "once" | "pending"
                    )
            }
        };
        if taken {
            Some(self.words(c0, c1))
        } else {
            rationale
        }
    }
}

/// Is `toks[k]` a "so" that joins a consequence: after a comma or a spaced dash, and not "so
/// that" (a purpose) nor "so far", "so much", "so long as"?
fn joining_so(toks: &[Token], k: usize) -> bool {
    toks[k].is("so")
        && k > 0
        && (toks[k - 1].is(",")
            || matches!(toks[k - 1].lower.as_str(), "-" | "—" | "–") && !toks[k - 1].attached)
        && !toks.get(k + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "that" | "far" | "much" | "many" | "long" | "as" | "yeah" | "yes" | "no"
            )
        })
}

/// "<cause>, so that's parked …", "<cause>, so the vat is parked …": a "so" a few words
/// before the verdict; the cause runs from the sentence's start, or from a colon or a dash
/// in it.
fn so_before_verdict(toks: &[Token], ss: usize, v: usize) -> Option<(usize, usize)> {
    let k = (v.saturating_sub(6).max(ss + 1)..v)
        .rev()
        .find(|&k| joining_so(toks, k))?;
    // "And the crew launch — he wants to see the agency contract first, so it's on hold …":
    // a spaced dash after the thing opens the cause as a colon does (round R62).
    let c0 = (ss..k)
        .rev()
        .find(|&j| toks[j].is(":") || matches!(toks[j].lower.as_str(), "—" | "–") && j > ss)
        .map_or(ss, |j| j + 1);
    Some((c0, k))
}

/// "<verdict>: <cause>, so it's back in front of them …": the verdict's colon opens the
/// cause, and "so" goes on with a word pointing back at the thing or at us.
fn so_after_colon(toks: &[Token], v_end: usize, se: usize) -> Option<(usize, usize)> {
    let q = (v_end..se.min(v_end + 3)).find(|&j| toks[j].is(":"))?;
    let k = (q + 1..se).find(|&k| joining_so(toks, k))?;
    let back = toks.get(k + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "it's" | "that's" | "it" | "that" | "this" | "we" | "we're" | "we'll" | "i'm" | "i've"
        )
    });
    back.then_some((q + 1, k))
}

/// "The new greenhouse block is on hold. <cause> — so we shall revisit on 15 March.": in
/// the sentence after the hold's (from `se`, its end mark), a "so" that looks again; the
/// cause runs from that sentence's start.
fn so_in_sentence_after(toks: &[Token], se: usize, limit: usize) -> Option<(usize, usize)> {
    let s = se + 1;
    let e = (s..limit)
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or(limit);
    let k = (s + 1..e).find(|&k| joining_so(toks, k))?;
    let again = (k + 1..e.min(k + 6))
        .any(|j| matches!(toks[j].lower.as_str(), "revisit" | "again" | "review"));
    again.then_some((s, k))
}

/// "<cause>, so no sense putting $290,000 into a second cooking line till we knows. Crab
/// cooking line is on hold": in the sentence before the hold's (which opens at `ss`), a "so"
/// saying there is no sense or no point in it; the cause runs from that sentence's start.
fn so_in_sentence_before(toks: &[Token], ss: usize) -> Option<(usize, usize)> {
    let p = ss.checked_sub(1)?;
    let s = toks[..p]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        .map_or(0, |j| j + 1);
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let k = (s + 1..p).find(|&k| {
        word(k) == "so"
            && word(k - 1) == ","
            && matches!(word(k + 1), "no" | "not")
            && matches!(word(k + 2), "sense" | "point" | "worth" | "use")
    })?;
    Some((s, k))
}

/// A clause of its own, or someone's wish ("Priti wants a full year of …"), and no other
/// "so" or verdict inside it.
fn cause_clause(toks: &[Token], s: usize, e: usize) -> bool {
    let wish = (s + 1..e.min(s + 4)).any(|j| {
        matches!(toks[j].lower.as_str(), "wants" | "wanted" | "needs")
            || toks[j].is("rather") && toks[j - 1].lower.ends_with('d')
    });
    !(s..e).any(|j| joining_so(toks, j)) && (wish || intent::own_clause(toks, s, e))
}
