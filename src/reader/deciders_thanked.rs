//! Who decided, thanked as the message closes after a bare verdict (round V63): "latex
//! trucks — approved. $76K for two. Thank you GM 🙌🏾", "route app — yes. $36K. Thanks boss
//! 🙏🏾". Only a head or a body that decides, and only when nothing but marks follows:
//! "Thanks Sione 🙏" may thank whoever did the work.

use super::decider_looks::AtVerdict;
use super::deciders::is_body;
use super::tokens::TokKind;

/// The head or body thanked after the verdict, as written.
pub(super) fn thanked_after(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let k = (verb + 1..toks.len()).find(|&k| {
        toks[k - 1].is_break() && matches!(look.word(k), "thanks" | "thank" | "thx" | "tanks")
    })?;
    let who = match (look.word(k), look.word(k + 1)) {
        ("thank", "you") => k + 2,
        ("thank", _) => return None,
        _ => k + 1,
    };
    let t = toks.get(who)?;
    let head = is_body(&t.lower) || matches!(t.lower.as_str(), "boss" | "chairman" | "chief");
    let closes = toks[who + 1..]
        .iter()
        .all(|t| !t.is_word() && t.kind != TokKind::Num);
    (head && closes).then(|| text[t.start..t.end].to_string())
}
