//! "It's the only …" after a verdict (round R43): "I've agreed to keep the managed backup
//! service going at £11k a year. It's the only reason we'd survive a ransomware hit given we
//! said no to the SOC.", "Ar, we am. It's the only thing stoppin' us buyin' new sand by the
//! lorry.", "…, it's the only thing the USDA folks ever compliment us on". Saying the work is
//! the only thing, reason or way is the case for it: the sentence is the reason, whole (a
//! "given …" inside it is part of it, not the reason alone).

use super::*;

fn ends(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n")
}

/// Does `toks[p..]` open "it's / that's the only <noun>" or "it is / that is the only …"?
fn only_one_at(toks: &[Token], p: usize) -> bool {
    let w = |k: usize| toks.get(p + k).map_or("", |t| t.lower.as_str());
    let k = match (w(0), w(1)) {
        ("it's" | "that's" | "it’s" | "that’s", _) => 1,
        ("it" | "that", "is") => 2,
        _ => return false,
    };
    w(k) == "the"
        && w(k + 1) == "only"
        && matches!(
            w(k + 2),
            "thing" | "reason" | "way" | "one" | "system" | "tool" | "thing's"
        )
}

impl Choice<'_> {
    /// After the verdict, the sentence or clause saying the work is the only thing, reason
    /// or way.
    pub(super) fn the_only_thing(&self) -> Option<String> {
        let (toks, v, limit) = (self.toks, self.verdict?, self.limit());
        let p = (v.end..limit).find(|&p| {
            p > 0 && (ends(&toks[p - 1]) || toks[p - 1].is(",")) && only_one_at(toks, p)
        })?;
        let e = (p..limit).find(|&j| ends(&toks[j])).unwrap_or(limit);
        (e > p + 4).then(|| self.words(p, e))
    }
}
