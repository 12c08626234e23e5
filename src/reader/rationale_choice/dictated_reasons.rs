//! A reason said after the verdict with no punctuation between (round R44): dictated
//! messages run one clause into the next ("haul out fleet replacement we are going ahead
//! with the next four haul outs at six hundred and twenty thousand dollars the old ones are
//! twenty years old and two of them caught fire this season", "lab information system
//! parked until July the vendor can't do the CCS calculations the way the Sugar Research
//! guys want them"). With no comma or dash to open it, the reason starts where a clause of
//! its own starts after the verdict: a subject ("the old ones", "the vendor", "its") not
//! after a word that takes it as its object ("with the next four", "at the end of the
//! month"), with a verb a few words on. It runs to the sentence's end. Asked only when no
//! other stage found a reason.

use super::*;

/// Words that open a clause of its own.
const SUBJECTS: &[&str] = &[
    "the", "its", "it's", "we", "we're", "we'll", "our", "they", "nobody",
];

/// Words after which "the …" is an object or part of a phrase, not a new clause.
const TAKES_OBJECT: &[&str] = &[
    "at", "to", "of", "for", "in", "on", "with", "from", "till", "until", "til", "after", "than",
    "into", "off", "by", "about", "over", "and", "or", "is", "are", "was", "be", "a", "an", "that",
    "this", "just", "only", "up", "out", "down", "back", "through", "under", "before", "all",
    "not", "what", "where", "when", "if",
];

/// Does the word before `k` take what follows as its object: a word of `TAKES_OBJECT`, or a
/// verb in the past ("moved the image CDN to …")?
fn object_of(toks: &[Token], k: usize) -> bool {
    let w = toks[k - 1].lower.as_str();
    TAKES_OBJECT.contains(&w) || w.len() > 4 && w.ends_with("ed")
}

/// Finite verbs and their like that show a clause a few words after its subject.
const VERBS: &[&str] = &[
    "is", "are", "was", "were", "can", "can't", "cant", "could", "will", "won't", "would", "has",
    "have", "had", "say", "says", "said", "do", "does", "don't", "doesn't", "didn't", "kept",
    "keep", "keeps", "need", "needs", "want", "wants", "got", "get", "gets",
];

fn clause_verb(toks: &[Token], k: usize, e: usize) -> bool {
    let w = toks[k].lower.as_str();
    // A pronoun is a subject itself: "we burned …", "they kept …".
    if matches!(
        w,
        "its" | "it's" | "we're" | "we'll" | "we" | "they" | "nobody"
    ) {
        return true;
    }
    (k + 1..e.min(k + 6)).any(|j| {
        let w = toks[j].lower.as_str();
        VERBS.contains(&w) || w.ends_with("n't") || w.len() > 4 && w.ends_with("ed")
    })
}

impl Choice<'_> {
    /// In a sentence said with no punctuation, the clause of its own after the verdict.
    pub(super) fn dictated_reason(&self) -> Option<String> {
        let Choice {
            toks,
            verdict,
            in_money,
            ..
        } = *self;
        let limit = self.limit();
        let Some(v) = verdict else {
            return self.dictated_result(limit);
        };
        if toks[..limit]
            .iter()
            .any(|t| t.is_break() && !matches!(t.lower.as_str(), "." | "\n"))
        {
            return None;
        }
        let opens = (0..v.start)
            .rev()
            .find(|&j| toks[j].is_break())
            .map_or(0, |j| j + 1);
        let e = (v.end..limit)
            .find(|&j| toks[j].is_break())
            .unwrap_or(limit);
        let words = (opens..e).filter(|&j| toks[j].is_word()).count();
        if words < 14 {
            return None;
        }
        // After a refusal or a stop the case may hold its money, or open on it ("… is a no
        // from the board one point two million is too much with the sugar price where it
        // is …"): conventions 26 and 30.
        let refused = matches!(v.verdict, Verdict::Reject | Verdict::Stop);
        let k = (v.end.max(1)..e).find(|&k| {
            let opens = SUBJECTS.contains(&toks[k].lower.as_str()) && !in_money(k)
                || refused && in_money(k) && !in_money(k - 1);
            opens && !object_of(toks, k) && clause_verb(toks, k, e)
        })?;
        let reason_words = (k..e).filter(|&j| toks[j].is_word()).count();
        (reason_words >= 4 && (refused || !(k..e).any(in_money))).then(|| self.words(k, e))
    }

    /// A benefit said with no punctuation ("the bagasse dryer has been worth it we burned
    /// about four thousand tonnes less bagasse this crush and sold the surplus to the nursery
    /// for twenty six thousand dollars"): the result is the clause of its own after the
    /// praise, up to what it is worth ("which saved us …", "that's roughly …") or the clause
    /// after "and" that holds the money.
    fn dictated_result(&self, limit: usize) -> Option<String> {
        let Choice {
            toks,
            intent,
            in_money,
            ..
        } = *self;
        if intent != Intent::Benefit || toks[..limit].iter().any(|t| t.is_break()) {
            return None;
        }
        if (0..limit).filter(|&j| toks[j].is_word()).count() < 14 {
            return None;
        }
        let k = (1..limit).find(|&k| {
            SUBJECTS.contains(&toks[k].lower.as_str())
                && !object_of(toks, k)
                && clause_verb(toks, k, limit)
        })?;
        let worth = (k..limit)
            .find(|&j| matches!(toks[j].lower.as_str(), "which" | "that's" | "thats"))
            .unwrap_or(limit);
        let money_at = (k..worth).find(|&j| in_money(j));
        let e = match money_at {
            Some(m) => (k + 1..m).rev().find(|&j| toks[j].is("and"))?,
            None => worth,
        };
        let words = (k..e).filter(|&j| toks[j].is_word()).count();
        (words >= 4).then(|| self.words(k, e))
    }
}
