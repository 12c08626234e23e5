//! Messages that record nothing, told in the words they open with: a laugh ("lol", "haha",
//! "kkkk"), asking who brings the snacks, or a question put to the team ("Should we pull
//! the plug on the client portal? Only 12 clients logged in."). They record nothing even
//! when they name an investment. A question is known by its last mark, emoji after it
//! aside ("… still waiting on the union? 🍩").

use super::tokens::Token;

/// Words of laughter that open chat.
const LAUGHS: &[&str] = &[
    "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "jaja", "jajaja", "xd",
];

/// Is the word a laugh: one of [`LAUGHS`], or "kkk…" as Brazilian writers laugh?
pub(super) fn laugh(w: &str) -> bool {
    LAUGHS.contains(&w) || w.len() >= 3 && w.bytes().all(|b| b == b'k')
}

/// Does the message open as chit-chat: a laugh first, "who's bringing …", a verdict word
/// in another sense ("Parking in lot B is closed Saturday", "Stopping by the pilots'
/// station after lunch") or a meeting arranged ("Hold the 3pm meeting in room 2 instead")?
pub(super) fn opens_as_chat(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let who_brings = matches!(
        (word(0), word(1), word(2)),
        ("who's" | "whos", "bringing", _) | ("who", "is" | "'s", "bringing")
    );
    let other_sense = !toks.is_empty()
        && (super::chat_verdicts::parking_at_a_place(toks, 0, 1)
            || super::chat_verdicts::a_visit(toks, 0, 1));
    laugh(word(0)) || who_brings || other_sense || arranges_a_meeting(toks)
}

/// "Pls remember CJIS training is due 12/31 for everyone w/ CAD access", "Reminder: all
/// staff to …", "Reminder — the committee meets 12/10 at 6pm": a reminder put to everyone, with no one named by a handle, records
/// nothing, whatever it names.
pub(super) fn reminds_everyone(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let k = usize::from(matches!(word(0), "pls" | "please" | "plz"));
    let opens = matches!(word(k), "remember" | "reminder")
        || matches!(
            (word(0), word(1)),
            ("just" | "quick", "reminder") | ("a", "reminder")
        );
    // "Reminder — Grounds committee meets 12/10 at 6pm in the Expo Hall. Agenda: …": when
    // a meeting meets is told to everyone too.
    opens
        && !toks.iter().any(|t| t.is_sym("@"))
        && toks.iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "everyone" | "everybody" | "all-staff" | "meets" | "meeting"
            )
        })
}

/// "Reminder all: payday moved to 18th December because of the holidays", "Reminder everyone
/// — …", "reminder team: stocktake pushed to Monday": a reminder addressed to everyone at its
/// start, with no one named by a handle, records nothing, even where a date in it "moved" as
/// a deferral's does.
pub(super) fn reminder_addressed_to_all(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let k = usize::from(matches!(
        (word(0), word(1)),
        ("just" | "quick" | "a" | "friendly", "reminder")
    ));
    word(k) == "reminder"
        && matches!(
            word(k + 1),
            "all" | "everyone" | "everybody" | "team" | "folks" | "guys"
        )
        && !toks.iter().any(|t| t.is_sym("@"))
}

/// "Hold the 3pm meeting in the harbour master's room instead", "Move the vendor call to
/// 4pm", "Tomorrow no meeting, …": the message opens by telling where or when a meeting is,
/// or that there is none, which records nothing.
pub(super) fn arranges_a_meeting(toks: &[Token]) -> bool {
    let meeting = |t: &Token| super::verdicts::MEETINGS.contains(&t.lower.as_str());
    let opens = toks
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "hold" | "move"));
    let first_clause = || toks.iter().take(6).take_while(|t| !t.is_break());
    let none = first_clause()
        .zip(toks.iter().skip(1))
        .any(|(t, n)| t.is("no") && meeting(n));
    opens && first_clause().skip(1).any(meeting) || none || holding_a_meeting_at_a_place(toks)
}

/// "Holding the brewers' meeting in the barrel room Thursday": the message opens telling
/// where a meeting is held ("in" or "at" a place right after the meeting word).
fn holding_a_meeting_at_a_place(toks: &[Token]) -> bool {
    let meeting = |t: &Token| super::verdicts::MEETINGS.contains(&t.lower.as_str());
    toks.first().is_some_and(|t| t.is("holding"))
        && toks
            .iter()
            .enumerate()
            .skip(1)
            .take(6)
            .take_while(|(_, t)| !t.is_break())
            .any(|(k, t)| {
                meeting(t)
                    && toks.get(k + 1).is_some_and(|n| n.is("in") || n.is("at"))
                    && toks.get(k + 2).is_some_and(|n| n.is("the"))
            })
}

/// Words that open praise: "Congrats to the cellar crew — 1,400 bbl in November, a new
/// record 🏆", "Well done the shop team!!".
const PRAISE: &[&str] = &[
    "congrats",
    "congratulations",
    "kudos",
    "parabéns",
    "bravo",
    "shoutout",
];

/// Does the message open with praise ("Congrats to …", "Well done …", "Shout out to …",
/// "Great work …")? With no money, verdict or follow-up and no investment named, it is
/// chit-chat, whatever count it celebrates.
pub(super) fn opens_with_praise(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    PRAISE.contains(&word(0))
        || matches!(
            (word(0), word(1)),
            ("well", "done")
                | ("shout", "out")
                | ("hats", "off")
                | (
                    "great" | "nice" | "good" | "brilliant" | "amazing",
                    "work" | "job"
                )
                | ("huge" | "big", "congrats" | "shoutout" | "kudos")
        )
}

/// Does the praise celebrate takings ("Congratulations to Limbani and team 👏 November
/// sales were the highest ever, MK 1.2 billion!", round S59): sales, revenue or turnover
/// said, and nothing saved or cut, so its money is no benefit of any work?
pub(super) fn praises_takings(toks: &[Token]) -> bool {
    let takings = toks.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "sales" | "revenue" | "revenues" | "turnover" | "takings"
        )
    });
    let saved = toks.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "saved" | "save" | "saves" | "saving" | "savings" | "cut" | "less" | "benefit"
        )
    });
    takings && !saved
}

/// Does the message report a sale's top or average price ("Top price £2,310 for a Charolais
/// bullock fae Sanday", "average price $4.10 a kilo")? Prices the market paid for goods sold
/// are the day's news, no money of ours decided or proposed (round V60).
pub(super) fn reports_sale_prices(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (1..toks.len()).any(|k| {
        word(k) == "price"
            && matches!(word(k - 1), "top" | "best" | "highest" | "average" | "avg")
            && (k + 1..(k + 4).min(toks.len())).any(|j| toks[j].kind == super::tokens::TokKind::Num)
    })
}

/// Does the message open with thanks or a "no worries" ("cheers, will drop it round
/// Friday", "no worries mate, I'll grab it tomorrow", "thx Jo, will do")? Naming no
/// investment, money or verdict, it is a reply in chat, whatever it promises to do.
pub(super) fn opens_with_courtesy(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(
        word(0),
        "cheers" | "thanks" | "thx" | "ta" | "np" | "nw" | "sweet"
    ) || matches!(
        (word(0), word(1)),
        ("no", "worries" | "probs" | "problem" | "prob") | ("all", "good") | ("thank", "you")
    )
}

/// Does the message open with a question put to the team ("Should we stop the club app?",
/// "are we approving …?"), its first sentence ending with "?"? It asks for a verdict and
/// records none, whatever follows to prompt it.
pub(super) fn opens_asking_the_team(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let asks = matches!(
        (word(0), word(1)),
        ("should" | "shall" | "can" | "could" | "are" | "do", "we")
    );
    asks && toks
        .iter()
        .find(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        .is_some_and(|t| t.is_sym("?"))
}

/// Does the message open asking who ("who's grilling saturday?", "who is on the gate
/// tomorrow?"), its first sentence ending with "?"? Asked of the team, it records nothing.
pub(super) fn opens_asking_who(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let asks = matches!(word(0), "who's" | "whos" | "who")
        || word(0) == "who" && matches!(word(1), "is" | "'s" | "are");
    asks && toks
        .iter()
        .find(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        .is_some_and(|t| t.is_sym("?"))
}

/// Does the text end asking: a "?" last, or before the emoji, pictographs and spaces that
/// close it ("… or still waiting on the union? 🍩", "did we sign it off?🤔")?
pub(super) fn ends_asking(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| {
        c.is_whitespace()
            // Emoji, their joiners and variation selectors.
            || c == '\u{200d}'
            || u32::from(c) >= 0x2190 && !c.is_alphanumeric() && c != '?'
    });
    let Some(asked) = text.strip_suffix('?') else {
        return false;
    };
    // "CS asking for a triage bot, ~$45k, would save … . thoughts?": views asked on what
    // was just told, which the message still records.
    let last = asked
        .rsplit(['.', '!', '\n'])
        .next()
        .unwrap_or(asked)
        .trim()
        .to_lowercase();
    !(asked.len() > last.len() + 1 && PROMPTS.contains(&last.as_str()))
}

/// A short last sentence asking the team's views on what the message told.
const PROMPTS: &[&str] = &[
    "thoughts",
    "any thoughts",
    "wdyt",
    "views",
    "any views",
    "objections",
    "any objections",
    "comments",
    "any comments",
    "feedback",
    "any feedback",
];

/// At `q`, a question mark its writer answers straight after, so it asks nothing: "Staff
/// wifi approved? yes, finally", "$40k for an app 200 people would use? nah". A "yes"
/// answers any verdict; a "no" only agrees with a refusal, stop or hold ("Is the CRM
/// approved? No, not yet" still asks, and approves nothing).
pub(super) fn answered_by_its_writer(
    toks: &[Token],
    q: usize,
    verdict: crate::domain::Verdict,
) -> bool {
    use crate::domain::Verdict;
    let Some(answer) = toks.get(q + 1) else {
        return false;
    };
    let ends = |k: usize| {
        toks.get(k)
            .is_none_or(|t| matches!(t.lower.as_str(), "," | "." | "!" | "\n" | "—" | "-"))
    };
    let yes = matches!(answer.lower.as_str(), "yes" | "yeah" | "yep" | "yup");
    let no = matches!(answer.lower.as_str(), "nah" | "no" | "nope");
    let refused = matches!(verdict, Verdict::Reject | Verdict::Stop | Verdict::Defer);
    // "? No ma'am.", "? No way.": the answer said with a word of address or emphasis
    // (round V47).
    let addressed = no
        && refused
        && toks.get(q + 2).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "ma'am" | "maam" | "sir" | "way" | "chance" | "thanks" | "mate" | "siree"
            )
        })
        && ends(q + 3);
    ends(q + 2) && (yes || no && refused) || addressed
}

/// "Merry Christmas y'all, library closes at noon on the 24th", "Happy holidays all!",
/// "Plaquemine and White Castle close at 3 Friday for the Christmas parade": a season's
/// greeting, its social do (see [`a_seasons_do`]), or when a place closes ("closes at noon", "close at 3", "closing early"), is
/// a notice to the team; with no money, verdict or follow-up and no investment named
/// outright, it records nothing, whatever day it gives.
pub(super) fn greets_or_gives_closing_hours(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let greets = matches!(
        (word(0), word(1)),
        ("merry", "christmas" | "xmas")
            | (
                "happy",
                "holidays" | "christmas" | "xmas" | "new" | "easter" | "thanksgiving"
            )
            | ("season's" | "seasons", "greetings")
    );
    let closes = (0..toks.len()).any(|k| {
        matches!(word(k), "close" | "closes" | "closing" | "closed")
            && (word(k + 1) == "early"
                || word(k + 1) == "at"
                    && (toks
                        .get(k + 2)
                        .is_some_and(|t| t.kind == super::tokens::TokKind::Num)
                        || matches!(word(k + 2), "noon" | "midday" | "lunchtime")))
    });
    greets || closes || a_seasons_do(toks)
}

/// "… if we're doing the Christmas BBQ on the 19th or the 20th?", "end of year drinks
/// Friday": a season's social do (a Christmas or end-of-year party, BBQ, lunch, drinks).
fn a_seasons_do(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (0..toks.len()).any(|k| {
        let season = matches!(word(k), "christmas" | "xmas" | "holiday")
            || (word(k), word(k + 1), word(k + 2)) == ("end", "of", "year");
        let n = if word(k) == "end" { k + 3 } else { k + 1 };
        season
            && matches!(
                word(n),
                "bbq" | "barbie" | "party" | "lunch" | "drinks" | "do" | "dinner" | "breakup"
            )
    })
}

/// Does the message ask a yes/no question without its mark: one sentence opening on "is",
/// "are", "did" … before "the", "our", "it", "we" ("is the townsville thing dead or just
/// parked", "did we ever sign the racking off")? No statement opens that way.
pub(super) fn asks_without_a_mark(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(
        word(0),
        "is" | "are" | "was" | "were" | "has" | "have" | "did" | "does" | "do" | "will"
    ) && matches!(
        word(1),
        "the" | "our" | "that" | "this" | "it" | "we" | "they" | "anyone" | "anybody"
    ) && !toks
        .iter()
        .any(|t| matches!(t.lower.as_str(), "." | "!" | "\n" | ";" | ":"))
}
