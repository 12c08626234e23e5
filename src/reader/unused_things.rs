//! "We're done with the kiosk at Main, nobody's touched it since 2024 and it's $2,400 a
//! year": a clause opened by a negative subject ("nobody", "no one") and its verb says the
//! thing is not used; after a stop or a refusal it is the reason whole, with the date and
//! the money told in it.

use super::tokens::Token;

/// Does the clause at `s` (ending before `e`) open on a negative subject and its verb:
/// "nobody's touched it", "no one uses them", "nobody has logged in"?
pub fn nobody_uses(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |k: usize| {
        toks.get(k)
            .filter(|_| k < e)
            .map_or("", |t| t.lower.as_str())
    };
    let verb_at = match (w(s), w(s + 1)) {
        ("nobody's" | "nobody" | "noone" | "no-one", _) => s + 1,
        ("no", "one" | "one's") => s + 2,
        _ => return false,
    };
    let verb_at = verb_at + usize::from(matches!(w(verb_at), "has" | "had" | "ever" | "even"));
    let v = w(verb_at);
    v.len() > 2
        && (v.ends_with("ed")
            || v.ends_with('s')
            || matches!(v, "uses" | "used" | "wants" | "bothers"))
        && e > verb_at + 1
}
