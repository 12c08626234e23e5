//! The terms kept as they were, read as the reason (round R55): "hive rentals keep going next
//! year, same 1200 hives. wade says yield was up some this year", "Still going wit da dock
//! float repair even tho da diver crew bumped us to january. Same price." — "same <a few
//! words>" says nothing changed in what is bought, not why: the sentence after it when it
//! explains, else none. Not "the same hives gave us 20% more fruit", a ground of its own.
//! So is someone pleased with the verdict, told alone ("linking machines approved 👍 £36k for
//! the pair, shona's well chuffed. the old ones are older than her"); pleased with a result
//! told after it ("Kristín is happy, almost no deformed tomatoes") stays.

use super::*;

impl Choice<'_> {
    /// The clause before the verdict's own in its sentence ("Pug mill still working fine,
    /// we continue with it …"): from the sentence's start to the comma before the verdict's
    /// clause, when it holds three words or more, no money and no decision.
    fn clause_before_verdicts_clause(&self) -> Option<String> {
        let toks = self.toks;
        let v = self.verdict?;
        let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
        let ss = toks[..v.start]
            .iter()
            .rposition(is_end)
            .map_or(0, |p| p + 1);
        let c = (ss..v.start).rev().find(|&k| toks[k].is(","))?;
        let words = (ss..c).filter(|&k| toks[k].is_word()).count();
        (words >= 3
            && c + 4 >= v.start
            && !(ss..c).any(|k| (self.in_money)(k))
            && !(self.decides)(ss, c))
        .then(|| self.words(ss, c))
    }

    /// A reason that is only "same <up to three words>", or only someone pleased: the next
    /// sentence's reason, or none.
    pub(super) fn same_terms(&self, rationale: Option<String>) -> Option<String> {
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let toks = self.toks;
        let words = (a..b)
            .filter(|&k| toks[k].is_word() || toks[k].kind == tokens::TokKind::Num)
            .count();
        let same = toks[a].is("same") && (2..=4).contains(&words);
        // "no replacement" after a continue's clause: the verdict said again; the reason
        // before the verdict stands ("Pug mill still working fine, we continue with it
        // another year, no replacement.").
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        if b == a + 2 && w(a) == "no" && matches!(w(a + 1), "replacement" | "change" | "changes") {
            return self.clause_before_verdicts_clause();
        }
        // "price down to $54k from $62k, still fit 30 guests": the price moved is the
        // amount's news; the clause after it is why.
        if let Some(c) = price_moved_first(toks, a, b, self.in_money) {
            return Some(self.words(c + 1, b));
        }
        if !same && !pleased_alone(toks, a, b) {
            return rationale;
        }
        clauses::next_sentence(
            self.text,
            toks,
            b.saturating_sub(1),
            self.stop,
            self.skip,
            self.in_money,
            self.decides,
        )
    }
}

/// "shona's well chuffed", "Bev is really pleased": someone (one or two words) pleased, and
/// nothing after it, in tokens `a..b`.
fn pleased_alone(toks: &[Token], a: usize, b: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(v) = (a + 1..(a + 3).min(b))
        .find(|&k| matches!(w(k), "is" | "'s" | "’s" | "are"))
        // "bethan's" as one token: the "'s" is its own verb.
        .or_else(|| (a..(a + 2).min(b)).find(|&k| w(k).ends_with("'s") || w(k).ends_with("’s")))
    else {
        return false;
    };
    let mut k = v + 1;
    while k < b
        && matches!(
            w(k),
            "well"
                | "very"
                | "really"
                | "so"
                | "dead"
                | "chuffed"
                | "pleased"
                | "delighted"
                | "happy"
                | "thrilled"
                | "made"
                | "up"
                | "stoked"
                | "about"
                | "that"
                | "it"
                | "with"
                | "!"
        )
    {
        k += 1;
    }
    k == b
        && k > v + 1
        && (v + 1..b).any(|j| {
            matches!(
                w(j),
                "chuffed" | "pleased" | "delighted" | "happy" | "thrilled" | "stoked" | "made"
            )
        })
}

/// "price down to $54k from $62k, still …", "cost now £30k instead of £45k, and …": a first
/// clause in `a..b` telling the price moved, with a clause after its comma that holds no
/// money; the comma.
fn price_moved_first(
    toks: &[Token],
    a: usize,
    b: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let s = a + usize::from(matches!(w(a), "the" | "new"));
    if !matches!(w(s), "price" | "cost" | "budget" | "total") {
        return None;
    }
    let c = (s + 2..b).find(|&k| toks[k].is(","))?;
    let moved = (s + 1..c).any(|k| matches!(w(k), "down" | "up" | "from" | "instead"));
    let words = (c + 1..b).filter(|&k| toks[k].is_word()).count();
    (moved && (s..c).any(money) && !(c + 1..b).any(money) && words >= 2).then_some(c)
}
