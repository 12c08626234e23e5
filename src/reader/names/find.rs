//! Matching a message's words against the name index: every unit or investment named,
//! the longest match first at each place.

use super::spelling::{close, letter_set, read_for_its_own_meaning};
use super::words::compact_at;
use super::{NameIndex, NameMatch, Target, GENERIC};
use crate::reader::name_variants;
use crate::reader::tokens::{TokKind, Token};

impl NameIndex {
    /// [`NameIndex::find`]'s answer, worked out.
    pub(in crate::reader) fn find_worked_out(&self, toks: &[Token]) -> Vec<NameMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        // Room made once for the read, not grown at a message's first candidates and pair.
        let mut candidates: Vec<usize> = Vec::with_capacity(16);
        let mut pair = String::with_capacity(32);
        while i < toks.len() {
            let t = &toks[i];
            if t.kind == TokKind::Sym {
                i += 1;
                continue;
            }
            candidates.clear();
            let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
            // "share-point", "S/4HANA": the run written without spaces, as one word.
            let compact = compact_at(toks, i);
            if let Some(list) = compact.as_ref().and_then(|(c, _)| self.by_first.get(c)) {
                candidates.extend(list);
            }
            // "share point" for "SharePoint": two words written apart that a name joins.
            if let Some(n) = toks
                .get(i + 1)
                .filter(|n| t.is_word() && n.is_word() && !n.attached)
            {
                if let Some(list) = self.by_first.get_joined(&t.lower, &n.lower, &mut pair) {
                    candidates.extend(list);
                }
            }
            if let Some(list) = self.by_first.get(bare) {
                candidates.extend(list);
            } else if bare.len() >= 4 && t.kind == TokKind::Word {
                // A word read for its own meaning is no name's word misspelt: asked only of a
                // word some first word may be close to (most are close to none), once (P58).
                let mut own_meaning: Option<bool> = None;
                // The first words `may_be_close` lets through, kept by length (P59).
                let near = self.fuzzy_firsts.may_be_close_to(bare, letter_set(bare));
                for first in near {
                    if !*own_meaning.get_or_insert_with(|| read_for_its_own_meaning(bare))
                        && close(bare, first)
                    {
                        candidates.extend(&self.by_first[first]);
                    }
                }
            }
            if let Some(list) = self.unit_clips.get(bare) {
                candidates.extend(list);
            }
            // "Exporting …" leading a clause: the names its stem starts.
            if let Some(stem) = bare
                .strip_suffix("ing")
                .filter(|s| s.len() >= 3 && (i == 0 || toks[i - 1].is_break()))
            {
                candidates.extend(self.by_first.get(stem).into_iter().flatten());
                // The stem with its "e" ("export" + "e"), built in a reused buffer.
                pair.clear();
                pair.push_str(stem);
                pair.push('e');
                candidates.extend(self.by_first.get(pair.as_str()).into_iter().flatten());
            }
            candidates.sort_unstable();
            candidates.dedup();
            let mut best: Option<NameMatch> = None;
            // Investments whose first two or more words are here ("bin sensors" for "Bin
            // sensor network", "assistive tech" for "Assistive technology").
            let mut leading: Option<(Target, usize)> = None;
            let mut leading_ambiguous = false;
            // Where a name's first words said here mean a thing of their own.
            let mut own_thing: Option<usize> = None;
            for &c in &candidates {
                let e = &self.entries[c];
                let (mut j, matched) = e.words_said_at(toks, i);
                if matched < e.words.len() {
                    // "car park payment kiosks" against Car Park Licence Plate Recognition:
                    // a name's first words before another kind of thing are that thing's.
                    // Counted against the whole name: its joined forms have fewer words.
                    let own = matched >= 2
                        && name_variants::first_words_mean_their_own_thing(
                            toks,
                            j,
                            &e.words[..matched],
                            &e.words[matched..],
                        );
                    if own {
                        own_thing = own_thing.max(Some(j));
                    }
                    let other_thing = match e.target {
                        Target::Investment(inv) => {
                            let words = &self.inv_words[inv];
                            own || matched * 2 < words.len()
                                && name_variants::another_thing_after(toks, j, words)
                        }
                        Target::Unit(_) => false,
                    };
                    if matched >= 2 && matches!(e.target, Target::Investment(_)) && !other_thing {
                        match leading {
                            Some((t, _)) if t != e.target => leading_ambiguous = true,
                            _ => leading = Some((e.target, j)),
                        }
                    }
                    continue;
                }
                if toks
                    .get(j)
                    .is_some_and(|t| GENERIC.contains(&t.lower.as_str()))
                {
                    j += 1;
                }
                match &mut best {
                    Some(b) if b.end > j => {}
                    Some(b) if b.end == j => {
                        if !b.targets.contains(&e.target) {
                            b.targets.push(e.target);
                        }
                    }
                    _ => {
                        best = Some(NameMatch {
                            targets: vec![e.target],
                            start: i,
                            end: j,
                            guessed: false,
                            weak: false,
                        })
                    }
                }
            }
            // Some of an investment's words said in order beat a shorter whole name: "billing
            // upgrade" is Billing Platform Upgrade, not the unit Billing.
            if let Some(p) = self.partial_at(toks, i, &mut own_thing) {
                // "the ticketing platform RFP": as many words of an investment's name as of
                // a unit's and a word names add ("Ticketing" + "platform") are the investment.
                // The unit's whole name alone ("Chatted with Live Ops about …" against Live
                // Ops Dashboard) is the unit.
                let unit_tie = best.as_ref().is_some_and(|b| {
                    p.end == b.end
                        && matches!(b.targets[..], [Target::Unit(_)])
                        && GENERIC.contains(&toks[b.end - 1].lower.as_str())
                });
                let longer = (unit_tie || best.as_ref().is_none_or(|b| p.end > b.end))
                    && leading.is_none_or(|(_, end)| p.end >= end);
                if longer {
                    best = Some(p);
                    leading = None;
                }
            }
            // A name's later words beat a shorter match at the same place ("tracking tags"
            // for Linen Tracking Tags, not the alias "Trucking" misspelt).
            let mut tail = self.tail_at(toks, i);
            if let Some(t) = tail.take() {
                let longer = best.as_ref().is_none_or(|b| t.end > b.end)
                    && leading.is_none_or(|(_, end)| t.end > end);
                if longer {
                    best = Some(t);
                    leading = None;
                } else {
                    tail = Some(t);
                }
            }
            if best.is_none() && !leading_ambiguous {
                best = leading.map(|(t, end)| NameMatch {
                    targets: vec![t],
                    start: i,
                    end,
                    guessed: true,
                    weak: false,
                });
            }
            if best.is_none() {
                best = tail;
            }
            if best.as_ref().is_none_or(|b| b.guessed || b.weak) {
                best = self.thing_for_at(toks, i).or(best);
            }
            if best.is_none() && !self.roles.is_empty() {
                best = self.role_at(toks, i);
            }
            if best.is_none() && !self.unit_word_clips.is_empty() {
                best = self.unit_word_clip_at(toks, i);
            }
            if best.is_none() {
                // "Broker Channel: portal phase 2": a unit set as a label is just before too.
                let label = i > 0 && matches!(toks[i - 1].lower.as_str(), ":" | "-" | "—");
                let after_unit = out.last().and_then(|m: &NameMatch| match m.targets[0] {
                    Target::Unit(u)
                        if (m.end == i || (label && m.end + 1 == i)) && m.targets.len() == 1 =>
                    {
                        Some(u)
                    }
                    _ => None,
                });
                best = self.short_name_at(toks, i, after_unit, compact.as_ref());
            }
            if best.is_none() {
                best = self
                    .kind_noun_at(toks, i)
                    .or_else(|| self.one_more_in_the_singular(toks, i, bare))
                    .or_else(|| self.two_initials_at(toks, i));
            }
            let unit_only =
                |b: &NameMatch| b.end == i + 1 && matches!(b.targets[..], [Target::Unit(_)]);
            if let Some(Target::Unit(u)) =
                best.as_ref().filter(|b| unit_only(b)).map(|b| b.targets[0])
            {
                best = self.new_things_of_a_unit(toks, i, bare, u).or(best);
            }
            if best
                .as_ref()
                .is_none_or(|b| b.guessed || b.weak || unit_only(b))
            {
                best = self
                    .extra_parts_at(toks, i, bare)
                    .or_else(|| self.moved_to_for_at(toks, i))
                    .or_else(|| {
                        self.one_migration_at(toks, i, out.last().is_some_and(|m| m.end == i))
                    })
                    .or_else(|| self.thing_at_a_place(toks, i))
                    .or_else(|| self.unit_thing_at(toks, i))
                    .or(best);
            }
            // "heard back fae SEPA", "the SEPA inspector" against SEPA Reporting Portal: the
            // acronym opening a name, said alone as a body, is the body.
            let body = best.as_ref().is_some_and(|b| {
                b.end == i + 1
                    && (b.guessed || b.weak)
                    && t.caps
                    && matches!(b.targets[..], [Target::Investment(inv)]
                        if self.inv_words[inv].len() >= 2 && self.inv_words[inv][0] == bare)
                    && name_variants::acronym_said_as_a_body(toks, i)
            });
            // "no to a second climbing wall" against Climbing Wall Refurbishment: another of
            // the thing some of a name's words say is a new thing.
            // Not one more of the thing a name is, said by its last word ("a second robot"
            // for Dispensing Robot): more of that name.
            let another = best.as_ref().filter(|b| {
                (b.guessed || b.weak)
                    && matches!(b.targets[..], [Target::Investment(inv)]
                        if !name_variants::one_more_of_the_thing(&self.inv_words[inv], bare, t.caps)
                            && !name_variants::one_more_by_its_last_words(&self.inv_words[inv], &toks[i..b.end]))
                    && name_variants::another_of_its_kind(toks, i)
                    && !super::counted_parts::ends_on_its_own_part(toks, b.end)
            });
            // "hurricane season's over" against Hurricane Hardening: a name's single word
            // before a time of year says when.
            let another = another.or_else(|| {
                best.as_ref().filter(|b| {
                    b.weak
                        && b.end == i + 1
                        && toks.get(b.end).is_some_and(|t| {
                            matches!(
                                t.lower.trim_end_matches("'s"),
                                "season" | "seasons" | "time" | "week" | "weekend" | "month"
                            )
                        })
                })
            });
            // "in before the muster": a name's describing word as the event something is
            // timed by.
            let another = another.or_else(|| {
                best.as_ref().filter(|b| {
                    b.weak
                        && b.end == i + 1
                        && matches!(b.targets[..], [Target::Investment(inv)]
                            if super::event_times::said_as_the_event(toks, i, &self.inv_words[inv]))
                })
            });
            if let Some(b) = another {
                i = b.end;
                continue;
            }
            if body {
                i += 1;
                continue;
            }
            // "Cupping lab asking for a sample roaster": the thing named as the one asking
            // for a new thing is its unit asking.
            if let Some(asker) = best.as_ref().and_then(|b| self.asker_of(toks, b)) {
                best = Some(asker);
            }
            // "the Central Bank review": the words that mean their own thing name nothing,
            // not even by one of their words.
            if let Some(end) = own_thing {
                if best
                    .as_ref()
                    .is_none_or(|b| (b.guessed || b.weak) && b.end <= end)
                {
                    i = end;
                    continue;
                }
            }
            match best {
                Some(b) => {
                    i = b.end;
                    out.push(b);
                }
                None => i += 1,
            }
        }
        self.add_unit_scoped(toks, &mut out);
        self.add_label_word(toks, &mut out);
        self.add_heading_label(toks, &mut out);
        self.add_thing_word_before_noun(toks, &mut out);
        out
    }
}
