//! A follow-up opened by an @handle: "@raj to pull the numbers", "Action: @mei will book
//! the demo", "@dana pls send …", "@dana can you send …" (see `find_action_from`).

use super::*;

/// What an @handle at a place opens.
pub(super) enum Opening {
    /// No follow-up opens here.
    Not,
    /// The follow-up's owner and where its text starts.
    Owner(String, usize),
    /// A whole follow-up, asked before the handle.
    Whole(ActionSpan),
}

/// "@raj to pull the numbers", "Action: @mei will book the demo": the named person owns
/// it, never the speaker. "@dana pls send …", "@dana can you send …": asked without a
/// "to". `i` is the handle's "@", a word written straight after it.
pub(super) fn handle_opening(text: &str, toks: &[Token], i: usize, day_first: bool) -> Opening {
    let mut k = i + 2;
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "@dr.khan", "@sato-san": a handle written with a dot or a hyphen inside.
    while toks
        .get(k)
        .is_some_and(|t| t.attached && matches!(t.lower.as_str(), "." | "-" | "_"))
        && toks.get(k + 1).is_some_and(|t| t.attached && t.is_word())
    {
        k += 2;
    }
    let handle_end = toks[k - 1].end;
    // "AI: @mia - send …", "@dana: send …": the name marked off by a dash.
    if matches!(word(k), "-" | ":" | "–" | "—") {
        k += 1;
    }
    if matches!(word(k), "pls" | "please" | "plz") {
        k += 1;
        if word(k) == "kindly" {
            k += 1;
        }
    } else if word(k) == "kindly" {
        // "@otieno kindly share the logs": the polite request, as "please".
        k += 1;
    } else if matches!(word(k), "can" | "could" | "would") && you_word(word(k + 1)) {
        k += 2;
        // "@lars can you please send …".
        if matches!(word(k), "pls" | "please" | "plz" | "kindly") {
            k += 1;
        }
    } else if softened_you_can(word(k), word(k + 1), word(k + 2)) {
        // "@marta eventually you can prepare …?", "@tam maybe you could …": asked as "can
        // you" is, with a softener first (round D46).
        k += 3;
    }
    // "@aoife pls log that the retrofit is off the table", "@dana pls log: the
    // cutover weekend is 2/20-2/21": asked to record what the rest says, which
    // is the record, not a task.
    let record_it = asks_to_log(toks, k).is_some();
    // "@anders the LEP robot demo - can you book it for week 2?", "@thiago the
    // integrator sent the contract, please check it with legal": what to do
    // said first, then asked of the person named.
    let asked_later = || {
        (k..toks.len().min(k + 12))
            .take_while(|&j| !matches!(word(j), "." | "!" | "\n"))
            .find_map(|j| {
                let you = matches!(word(j), "can" | "could" | "would")
                    && word(j + 1) == "you"
                    && is_action_verb(word(j + 2));
                let please = matches!(word(j), "please" | "pls" | "plz" | "kindly")
                    && is_action_verb(word(j + 1));
                if you {
                    Some(j + 2)
                } else {
                    please.then_some(j + 1)
                }
            })
    };
    // "Can we get the figures before we decide? @raj by Friday pls": the question
    // just before the handle, asked of them by the time after it.
    let question_start = (word(k) == "by" && i > 0 && toks[i - 1].is("?"))
        .then(|| {
            toks[..i - 1]
                .iter()
                .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
                .map_or(0, |b| b + 1)
        })
        .filter(|&q| q + 1 < i);
    let text_start = if matches!(word(k), "to" | "will" | "should") {
        k + 1
    } else if let Some(q) = question_start {
        let end = (k..toks.len())
            .find(|&j| matches!(word(j), "." | "!" | "?" | ";" | "\n"))
            .unwrap_or(toks.len());
        let t = &toks[i + 1];
        return Opening::Whole(ActionSpan {
            owner: text[t.start..handle_end].to_string(),
            start: q,
            text_start: q,
            end,
        });
    } else if (is_action_verb(word(k))
            || doing_work(word(k))
            // "@kev make sure every tacho download is in the system by 7/1" (round V55).
            || word(k) == "make" && word(k + 1) == "sure"
            // "@mere see if the other mob can match it by 18/12": finding out.
            || word(k) == "see" && matches!(word(k + 1), "if" | "whether"))
        && !record_it
    {
        // "@sian sorting a training session nxt wk": the work said as under way.
        k
    } else if task_by_a_time(toks, k, record_it) {
        k
    } else if let Some(owned) = crate::reader::owns::owner_of_work(text, toks, i + 1, day_first) {
        // "@nadia owns the load testing".
        owned.1
    } else if let Some(verb) = asked_later() {
        verb
    } else if asked_by_a_time(toks, i + 2, k) {
        k
    } else if let Some(verb) = super::named_asks::asked_in_the_next_sentence(toks, k) {
        // "@Bárður the pump ran 19 hours yesterday. Can you have the pump supplier here
        // before 10.12?" (round V55).
        verb
    } else {
        return Opening::Not;
    };
    let t = &toks[i + 1];
    Opening::Owner(text[t.start..handle_end].to_string(), text_start)
}

/// "maybe you can", "perhaps you could", "eventually you can": a softener, then "you can" or
/// "you could", asks as "can you" does.
fn softened_you_can(first: &str, second: &str, third: &str) -> bool {
    matches!(first, "maybe" | "perhaps" | "eventually" | "possibly")
        && you_word(second)
        && matches!(third, "can" | "could")
}
