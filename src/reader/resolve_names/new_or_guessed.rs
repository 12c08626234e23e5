//! The investment of a record that names no known one: a benefit's unit word guessed, a new
//! thing's name, or a known one it says in other words (guessed, so the draft asks).

use super::*;

impl Reader {
    /// Settles `r`'s investment when no known investment's name stood.
    #[inline]
    pub(super) fn new_or_guessed_investment(
        &self,
        r: &mut Reading,
        text: &str,
        toks: &[Token],
        found: (&[names::NameMatch], &[MoneyMention], &[dates::DateMention]),
        verdict: Option<(usize, usize)>,
    ) {
        let (names, money, dates) = found;
        let ix = &self.index;
        // "Outpatients: £23,400 saved on postage since portal letters went digital": a
        // benefit needs an investment; a word of exactly one of the named unit's
        // investments, however common, names it (guessed, so the draft asks).
        // So does the unit's word opening one of its investments' names, said as the
        // subject ("snowmaking paid off big time").
        if r.intent == Intent::Benefit {
            let opening = || {
                names.iter().find_map(|m| {
                    let inv = ix.unit_opening_subject(toks, m)?;
                    (r.unit.as_ref() == Some(&ix.investments[inv].unit)).then_some((inv, m.start))
                })
            };
            let unit_word = r.unit.as_deref().and_then(|u| ix.unit_word_in(toks, u));
            if let Some((inv, at)) = unit_word.or_else(opening) {
                r.investment = Some(ix.investments[inv].name.clone());
                r.investment_guessed_from = Some(toks[at].lower.clone());
                return;
            }
        }
        // "bis lab - approved by exec yday" (Quality, alias BIS Lab; round B68): a unit's
        // alias that is one of its investments' names without a middle word, said as the
        // thing, is that investment (guessed).
        if matches!(
            r.intent,
            Intent::Note | Intent::Decision | Intent::Investment
        ) {
            if let Some((inv, at)) = ix.alias_around_its_investment(toks, names) {
                r.investment = Some(ix.investments[inv].name.clone());
                r.investment_guessed_from = Some(toks[at].lower.clone());
                r.unit = Some(ix.investments[inv].unit.clone());
                return;
            }
        }
        // "about the dry dock" (Boatyard, alias Dry Dock): a unit said as the thing that
        // opens one of its investments' names is that investment (guessed).
        if r.intent == Intent::Note {
            if let Some((inv, at)) = ix.unit_said_as_its_thing(toks, names) {
                r.investment = Some(ix.investments[inv].name.clone());
                r.investment_guessed_from = Some(toks[at].lower.clone());
                r.unit = Some(ix.investments[inv].unit.clone());
                return;
            }
        }
        if r.unit.is_none() && r.intent == Intent::Note {
            r.unit = said_otherwise::unit_of_a_shared_word(ix, toks);
        }
        if matches!(
            r.intent,
            Intent::Decision | Intent::Investment | Intent::Benefit
        ) {
            r.investment = new_names::new_name(text, toks, names, money, dates, verdict, r.intent);
            // Convention 63: "new fryers for the commissary …, old ones failed" renews the
            // registered thing's own kit (Commissary Kitchen), guessed (the draft asks).
            let renewed = r
                .investment
                .as_deref()
                .and_then(|n| ix.renewed_kit_of(toks, n));
            if let Some(inv) = renewed {
                r.investment_guessed_from = r.investment.take();
                r.investment = Some(ix.investments[inv].name.clone());
                r.unit = Some(ix.investments[inv].unit.clone());
                return;
            }
            // "signed off on the h2a bunkhouse roof" (round B54): a unit's code opening the
            // new thing's name, and the one name of its investments that opens on it.
            let coded = r
                .investment
                .as_deref()
                .and_then(|n| ix.code_opening_its_investment(toks, names, n));
            if let Some((inv, at)) = coded {
                r.investment = Some(ix.investments[inv].name.clone());
                r.investment_guessed_from = Some(toks[at].lower.clone());
                r.unit = Some(ix.investments[inv].unit.clone());
                return;
            }
            // "Harbour master wants a new crane …": a new thing asked for by one word, a word
            // of exactly one of the named unit's investments (Harbour Crane Replacement), is
            // that investment, guessed (the draft asks).
            let one_word = r
                .investment
                .as_deref()
                .filter(|n| r.intent == Intent::Investment && !n.contains(' '))
                .map(str::to_lowercase);
            let unit_word = one_word.as_ref().and_then(|w| {
                r.unit
                    .as_deref()
                    .and_then(|u| ix.unit_word_in(toks, u))
                    .filter(|&(_, at)| toks[at].lower == *w)
            });
            if let Some((inv, at)) = unit_word {
                r.investment = Some(ix.investments[inv].name.clone());
                r.investment_guessed_from = Some(toks[at].lower.clone());
                return;
            }
            // "Theatre want a new scheduling system": the named unit's own investment whose
            // name is the unit's name and the thing asked for (Theatre Scheduling System).
            if r.intent == Intent::Investment {
                if let Some(inv) = ix.unit_and_thing(r.unit.as_deref(), r.investment.as_deref()) {
                    r.investment = Some(ix.investments[inv].name.clone());
                    return;
                }
            }
            // "the Lab want a new LIMS", "knocked back the driver simulator": a known
            // investment said by another word, guessed (the draft asks).
            let otherwise = r.investment.as_deref().and_then(|n| {
                said_otherwise::known_said_otherwise(ix, r.unit.as_deref(), n).map(|i| (i, n))
            });
            if let Some((inv, said)) = otherwise {
                r.investment_guessed_from = Some(said.to_string());
                r.investment = Some(ix.investments[inv].name.clone());
                r.unit = Some(ix.investments[inv].unit.clone());
                return;
            }
            // "compressor approved!! $22k" (Air Compressor), "approved na laptops for
            // finance" (Laptop Refresh): a decision's or ask's thing said by one word that is
            // the thing one registered name is about, guessed (round B55).
            let head_alone = r
                .investment
                .as_deref()
                .filter(|_| r.intent != Intent::Benefit)
                .and_then(|n| head_said_alone::head_said_alone(ix, n).map(|i| (i, n)));
            // "Farmer M-PAiSA payments pilot" against Farmer Mobile Payments: a product's
            // word in place of the name's middle (round B56).
            let head_alone = head_alone.or_else(|| {
                r.investment
                    .as_deref()
                    .and_then(|n| super::product_between::product_between(ix, n).map(|i| (i, n)))
            });
            // "JIRA IT-118: Replace 6 office laptops" against Laptop Replacement: the verb of
            // the name's work and the thing it is done to (round B60).
            let head_alone = head_alone.or_else(|| {
                r.investment
                    .as_deref()
                    .and_then(|n| super::work_verb_first::work_verb_first(ix, n).map(|i| (i, n)))
            });
            // "online party booking" against Online Booking: one word of what kind put in
            // before the name's head noun (round B61).
            let head_alone = head_alone.or_else(|| {
                r.investment
                    .as_deref()
                    .and_then(|n| super::word_before_head::word_before_head(ix, n).map(|i| (i, n)))
            });
            if let Some((inv, said)) = head_alone {
                r.investment_guessed_from = Some(said.to_string());
                r.investment = Some(ix.investments[inv].name.clone());
                r.unit = Some(ix.investments[inv].unit.clone());
                return;
            }
            // "since we switched payroll to Gusto": a known name's work said as a verb on
            // its object, when nothing else was named (guessed, so the draft asks).
            let as_verb = (r.investment.is_none() && r.intent == Intent::Benefit)
                .then(|| said_otherwise::work_said_as_verb(ix, toks))
                .flatten();
            if let Some((inv, at)) = as_verb {
                r.investment = Some(ix.investments[inv].name.clone());
                r.investment_guessed_from = Some(toks[at].lower.clone());
                r.unit = Some(ix.investments[inv].unit.clone());
                return;
            }
            if r.verdict == Some(Verdict::Stop)
                && r.investment.is_some()
                && verdict.is_some_and(|v| off_the_table::new_thing_refused(toks, v))
            {
                r.verdict = Some(Verdict::Reject);
            }
            r.new_investment = r.investment.is_some()
                && (r.intent == Intent::Investment
                    || matches!(
                        r.verdict,
                        Some(Verdict::Approve | Verdict::Reject | Verdict::Defer)
                    ));
        }
    }
}
