//! Where a reason said sits in the tokens, the options offered to the model with the rules'
//! choice among them, and the shipped model.

use super::*;

/// Where text `said` (a clause of the record, as the rules chose it) lies in its tokens.
pub(in crate::reader) fn span_of(text: &str, toks: &[Token], said: &str) -> Option<(usize, usize)> {
    crate::reader::read_memo::span_in(text, toks, said, || span_worked_out(text, toks, said))
}

/// [`span_of`]'s answer, worked out.
fn span_worked_out(text: &str, toks: &[Token], said: &str) -> Option<(usize, usize)> {
    let said = said.trim();
    let at = first_occurrence(text, said)?;
    let a = toks.iter().position(|t| t.start >= at)?;
    let b = toks.iter().rposition(|t| t.end <= at + said.len())? + 1;
    (a < b).then_some((a, b))
}

/// Where `needle` first occurs in `text`: `str::find`'s answer. In a message of up to
/// [`SHORT_TEXT`] bytes, each place its first byte is found (in one loop over the bytes)
/// is compared whole, which costs less than setting up `str::find`'s
/// two-way searcher for a needle as long as a clause (most reasons are found at once); in
/// a longer one, `str::find` bounds the work. Every place the needle is found starts with
/// its first character, and the places that character is found are tried in order.
pub(in crate::reader) fn first_occurrence(text: &str, needle: &str) -> Option<usize> {
    if text.len() > SHORT_TEXT {
        return text.find(needle);
    }
    // The needle's first byte opens a character (the needle is a whole string), so every
    // place it is found in the text is a character's start, as `str::find` answers: the
    // bytes are scanned in one loop rather than a searcher set up at each place.
    let (text, needle) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    let mut from = 0;
    while let Some(k) = text[from..].iter().position(|&b| b == first) {
        let at = from + k;
        if text[at..].starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The longest text [`first_occurrence`] compares byte by byte.
const SHORT_TEXT: usize = 1024;

/// The options of a record (candidates, then "none"), and the index of the rules' choice.
/// The rules' choice is always an option, so the model can keep it as it is.
pub fn options(ctx: &Context) -> (Vec<Candidate>, Vec<Vec<u64>>, usize) {
    let mut cands = candidates(ctx.text, ctx.toks);
    let rule_at = ctx.rule.and_then(|r| {
        let r = normalise(r);
        match cands.iter().position(|c| normalise(&c.text) == r) {
            Some(k) => Some((cands[k].start, cands[k].end)),
            None => {
                let (a, b) = span_of(ctx.text, ctx.toks, ctx.rule?)?;
                cands.push(Candidate {
                    start: a,
                    end: b,
                    text: ctx.rule?.to_string(),
                });
                Some((a, b))
            }
        }
    });
    // The spans one clause edge away, which the clauses alone never give.
    edges::add_edge_options(ctx, &mut cands, rule_at);
    let n = cands.len();
    // Whether each option reads as a reason at all, and the record's own signs.
    let record = reason_signs::record_signs(ctx);
    let object = verdict_object::verdict_object(ctx);
    let signs: Vec<reason_signs::Sign> = cands
        .iter()
        .map(|c| reason_signs::sign_of(ctx, c.start, c.end, &object))
        .collect();
    let mut opts: Vec<Vec<u64>> = cands
        .iter()
        .zip(&signs)
        .map(|(c, s)| {
            let mut f = features_against(ctx, Some(c), n, rule_at);
            reason_signs::sign_features(ctx, c, s, record, &mut f);
            f
        })
        .collect();
    let rule = match ctx.rule {
        None => n,
        Some(r) => {
            let r = normalise(r);
            cands
                .iter()
                .position(|c| normalise(&c.text) == r)
                .unwrap_or(n)
        }
    };
    let mut none = features_against(ctx, None, n, rule_at);
    reason_signs::none_features(ctx, &signs, rule, record, &mut none);
    opts.push(none);
    (cands, opts, rule)
}

/// The model shipped in the repository, read once.
pub fn shipped() -> Arc<ReasonModel> {
    static MODEL: OnceLock<Arc<ReasonModel>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            let text = crate::reader::model::shipped_text(
                "rationale.model",
                include_str!("../../../assets/reader/rationale.model"),
            );
            Arc::new(ReasonModel::from_text(&text).expect("the shipped model parses"))
        })
        .clone()
}

/// "… we lost more tags than tools lol", "… the old cams are fine tbh": a laugh or a filler
/// ("tbh", "ngl", "imo") ending the reason is the writer's mood, not part of the reason
/// (convention 58 (b), round R50).
pub(in crate::reader) fn without_trailing_laugh(text: String) -> String {
    let text = crate::reader::plain_verdicts::without_closing_aside(text);
    let kept = text.trim_end();
    let filler = |w: &str| {
        crate::reader::small_talk::laugh(w) || matches!(w, "tbh" | "ngl" | "imo" | "imho")
    };
    match kept.rsplit_once(' ') {
        Some((rest, last)) if filler(&last.to_lowercase()) => {
            rest.trim_end_matches([' ', ',']).to_string()
        }
        _ => text,
    }
}

#[cfg(test)]
mod first_occurrence_tests {
    use super::first_occurrence;

    /// Every needle cut from the texts (at character boundaries), and some not in them,
    /// found where `str::find` finds it; a text past the short limit too.
    #[test]
    fn finds_what_str_find_finds() {
        let long = "the lease, the lease again and the lease ".repeat(40);
        let texts = [
            "",
            "a",
            "aaa",
            "abab abab",
            "approved the kiosks because the queues, because the queues grew",
            "on hold – cost €70k, the café’s rota; cost €70k",
            long.as_str(),
        ];
        let others = [
            "",
            "x",
            "queues grew!",
            "€71k",
            "café's",
            "aaaa",
            "lease again and",
        ];
        for text in texts {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            let cut = bounds.len() <= 80;
            let mut needles: Vec<&str> = others.to_vec();
            if cut {
                for (n, &a) in bounds.iter().enumerate() {
                    for &b in &bounds[n..] {
                        needles.push(&text[a..b]);
                    }
                }
            }
            for needle in needles {
                assert_eq!(
                    first_occurrence(text, needle),
                    text.find(needle),
                    "{needle:?} in {text:?}"
                );
            }
        }
        assert!(long.len() > super::SHORT_TEXT);
    }
}
