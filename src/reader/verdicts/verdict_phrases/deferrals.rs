//! Deferrals: wordings that put the work off ("parked", "waits until spring", "a no for
//! now", "putting it off till …"), with the second-language and chat forms.

use crate::domain::Verdict;

pub(super) const DEFERRALS: &[(&str, Verdict)] = &[
    // "Fiona: we'll do it after the year end. May." (round S52): the thing done, but after
    // a time or an event to come: put off till then.
    ("let's do it after", Verdict::Defer),
    ("we'll do it after", Verdict::Defer),
    ("we will do it after", Verdict::Defer),
    // Minutes' items (round S47): "Terminal shed roofing – for further study, the current
    // roof can still last …" (the bureaucratic put-off of Philippine and South Asian
    // minutes), "Forklift: leave it for now, we'll hire one for the peak".
    ("for further study", Verdict::Defer),
    ("leave it for now", Verdict::Defer),
    ("park", Verdict::Defer),
    ("parked", Verdict::Defer),
    // "And the fan gun replacement waits until spring": work made to wait puts it off.
    ("waits until", Verdict::Defer),
    ("waits till", Verdict::Defer),
    ("can wait until", Verdict::Defer),
    ("will wait until", Verdict::Defer),
    ("has to wait until", Verdict::Defer),
    ("must wait until", Verdict::Defer),
    // "RTK towers wait till March": things made to wait till a time (see `adjust`).
    ("wait till", Verdict::Defer),
    ("wait until", Verdict::Defer),
    ("parking", Verdict::Defer),
    ("pause", Verdict::Defer),
    ("paused", Verdict::Defer),
    // Its letters swapped ("pasued til Jan 15"): too short a skeleton for [`FUZZY`].
    ("pasued", Verdict::Defer),
    ("puased", Verdict::Defer),
    ("pausing", Verdict::Defer),
    ("defer", Verdict::Defer),
    ("deferred", Verdict::Defer),
    ("deferring", Verdict::Defer),
    ("postpone", Verdict::Defer),
    ("postponed", Verdict::Defer),
    ("postponing", Verdict::Defer),
    ("pushed to", Verdict::Defer),
    ("pushed it to", Verdict::Defer),
    ("pushed back", Verdict::Defer),
    ("pushed out", Verdict::Defer),
    ("push it to", Verdict::Defer),
    ("pushing to", Verdict::Defer),
    ("pushing it to", Verdict::Defer),
    ("put on hold", Verdict::Defer),
    // "• Time & attendance: held over to the new year, Fiona re-pricing." (round V59): held
    // over to a time, as "held over till May" (`held_until_at`).
    ("held over to", Verdict::Defer),
    ("on hold", Verdict::Defer),
    // Swiss German for suspended, and the German "warten mit": "we wait with this until …".
    ("sistiert", Verdict::Defer),
    ("wait with", Verdict::Defer),
    // Second-language turns: "the drones are suspended", "we decided to wait", "the phase
    // 2 stay for next year" (Portuguese "fica para o próximo ano").
    ("suspended", Verdict::Defer),
    ("decided to wait", Verdict::Defer),
    // "The glazing robot he said wait, after Spring Festival we discuss again", "Cap say wait
    // on da vessel tracking" (round B65, convention 21): who decides saying "wait".
    ("said wait", Verdict::Defer),
    ("say wait", Verdict::Defer),
    ("says wait", Verdict::Defer),
    // "… didn't get over the line, so it's back to the board in March" (round B65): sent
    // back to the board at a time, as "come back to the board in June" is labelled.
    ("back to the board in", Verdict::Defer),
    // Said by who decides: "SMT agreed to hold …", "trustees have asked us to pause …".
    ("agreed to hold", Verdict::Defer),
    ("agreed to pause", Verdict::Defer),
    ("agreed to park", Verdict::Defer),
    // "Chairman Sir has agreed to review it again in April after …", "So pending till
    // March." (round V63): a look again agreed to, or the thing left pending, till a time.
    ("agreed to review it again", Verdict::Defer),
    ("agreed to look at it again", Verdict::Defer),
    ("agreed to revisit", Verdict::Defer),
    ("so pending till", Verdict::Defer),
    ("so pending until", Verdict::Defer),
    ("decided to hold", Verdict::Defer),
    ("decided to pause", Verdict::Defer),
    ("asked us to pause", Verdict::Defer),
    ("asked us to hold", Verdict::Defer),
    ("asked us to park", Verdict::Defer),
    // "Margaret's asked that we hold the hatchery seawater contract till …" (round S51).
    ("asked that we hold", Verdict::Defer),
    ("asked that we pause", Verdict::Defer),
    ("asked that we park", Verdict::Defer),
    // "the upgrade can wait till April" (only with a time after; see `adjust`).
    ("can wait", Verdict::Defer),
    // "the extra strobe tuners could wait till March" (round S57; only with a time after,
    // as "can wait").
    ("could wait", Verdict::Defer),
    ("stay for next year", Verdict::Defer),
    ("stays for next year", Verdict::Defer),
    ("left for next year", Verdict::Defer),
    // "Weather forecasting: we keep it." (only ending its clause: see `chat_verdicts`).
    ("we keep it", Verdict::Continue),
    ("we keep them", Verdict::Continue),
    // "we're good, keep it.", "keep them, £4k a year": only ending its clause (see
    // `chat_verdicts::not_a_verdict`), as is "we're pulling it".
    ("keep it", Verdict::Continue),
    ("keep them", Verdict::Continue),
    ("waiting with", Verdict::Defer),
    ("on ice", Verdict::Defer),
    // Indian and legal English: "kept in abeyance till April", "we are keeping it in
    // abeyance till the audit is over".
    ("in abeyance", Verdict::Defer),
    // Hindi-English: "hold pe rakho", "hold par rakh do" (keep it on hold).
    ("hold pe", Verdict::Defer),
    ("hold par", Verdict::Defer),
    ("delayed", Verdict::Defer),
    ("delay", Verdict::Defer),
    ("shelved", Verdict::Defer),
    ("shelve", Verdict::Defer),
    ("shelving", Verdict::Defer),
    ("hold off", Verdict::Defer),
    // "we're putting it off till the roof's been surveyed": work put off.
    ("putting it off", Verdict::Defer),
    ("putting them off", Verdict::Defer),
    // "we're putting off the stormwater work till after the permit": the work named after.
    ("putting off", Verdict::Defer),
    ("put it off", Verdict::Defer),
    ("put them off", Verdict::Defer),
    ("hold until", Verdict::Defer),
    ("hold till", Verdict::Defer),
    ("holding off", Verdict::Defer),
    ("held off", Verdict::Defer),
    ("mothballed", Verdict::Defer),
    ("kicked into", Verdict::Defer),
    ("moved to", Verdict::Defer),
    ("not now", Verdict::Defer),
    ("not this year", Verdict::Defer),
    ("not this fy", Verdict::Defer),
    ("not this financial year", Verdict::Defer),
    ("not this fiscal year", Verdict::Defer),
    ("not this cycle", Verdict::Defer),
    // "Drone trial - yeah nah, not this season": put off for the season, as for the year.
    ("not this season", Verdict::Defer),
    ("not this winter", Verdict::Defer),
    ("not this summer", Verdict::Defer),
    ("not this spring", Verdict::Defer),
    ("not this autumn", Verdict::Defer),
    // "Cabinet said not yet, maybe Q3": an answer that puts the work off.
    ("said not yet", Verdict::Defer),
    // "I said not till they fund a position for it": refused only until a condition is met.
    ("said not till", Verdict::Defer),
    ("said not until", Verdict::Defer),
    ("says not yet", Verdict::Defer),
    ("pick it up again", Verdict::Defer),
    ("pick this up again", Verdict::Defer),
    ("picking it up again", Verdict::Defer),
    ("back on the agenda", Verdict::Defer),
    // "Mobile clinic back on the table in March" (round S56; convention 68: a look again).
    ("back on the table", Verdict::Defer),
    ("circle back", Verdict::Defer),
    ("back burner", Verdict::Defer),
    ("on the back burner", Verdict::Defer),
    ("deprioritized", Verdict::Defer),
    ("deprioritised", Verdict::Defer),
    ("deprioritize", Verdict::Defer),
    ("deprioritise", Verdict::Defer),
    ("kicked to", Verdict::Defer),
    ("kicked it to", Verdict::Defer),
    ("kicked down the road", Verdict::Defer),
    ("pushed", Verdict::Defer),
    // Said the American way, put off "until …" (see `adjust`); in Britain a paper tabled
    // at a meeting is put forward.
    ("tabled", Verdict::Defer),
    ("tabling", Verdict::Defer),
    // "please hold until the line is stable": asked of the team, it puts the work off.
    ("please hold", Verdict::Defer),
    ("pls hold", Verdict::Defer),
    ("on standby", Verdict::Defer),
    ("push", Verdict::Defer),
];
