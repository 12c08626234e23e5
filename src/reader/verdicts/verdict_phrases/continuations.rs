//! Continuations: wordings that keep work going ("carry on", "stays on track", "sticking
//! with", "renewed"), with "not renewing" (a stop) among them.

use crate::domain::Verdict;

pub(super) const CONTINUATIONS: &[(&str, Verdict)] = &[
    ("carry on", Verdict::Continue),
    // "He says keep paying the farmers through M-Pesa, even with the charges" (round V55):
    // told to keep paying or using a thing, it goes on ("we keep paying the £600 a month"
    // alone is a complaint, not this wording).
    ("says keep paying", Verdict::Continue),
    ("said keep paying", Verdict::Continue),
    ("say keep paying", Verdict::Continue),
    ("says keep using", Verdict::Continue),
    ("said keep using", Verdict::Continue),
    ("say keep using", Verdict::Continue),
    // "Payroll switch stays on track, Bev says …": kept going as planned, a choice; "is on
    // track" is news of progress, a note.
    ("stays on track", Verdict::Continue),
    ("stay on track", Verdict::Continue),
    // "we keep giving'r": Canadian for keeping at it full tilt.
    ("keep giving'r", Verdict::Continue),
    ("keep givin'er", Verdict::Continue),
    ("keep giving'er", Verdict::Continue),
    ("keep giving 'er", Verdict::Continue),
    ("carrying on", Verdict::Continue),
    // "Roof's going ahead as planned": work under way carries on, no new approval.
    ("going ahead as planned", Verdict::Continue),
    ("goes ahead as planned", Verdict::Continue),
    ("still going ahead as planned", Verdict::Continue),
    // "Tenant billing system go ahead as planned, UAT next week" (round S50): the base
    // form, as second-language writers write it.
    ("go ahead as planned", Verdict::Continue),
    // "Backup server room: we go on as planned, the UPS comes in week 51" (round S53).
    ("go on as planned", Verdict::Continue),
    // "Kindly note that the Solar PV project will proceed as rescoped" (round V62): a
    // rescope already decided carried on.
    ("proceed as rescoped", Verdict::Continue),
    ("proceeds as rescoped", Verdict::Continue),
    ("proceeding as rescoped", Verdict::Continue),
    ("goes on as planned", Verdict::Continue),
    ("going on as planned", Verdict::Continue),
    // "The potato store ventilation is going ahead regardless, the fans are stuck in
    // Rotterdam till January": under way, carried on past a setback (round V49).
    ("going ahead regardless", Verdict::Continue),
    ("goes ahead regardless", Verdict::Continue),
    ("going ahead anyway", Verdict::Continue),
    ("goes ahead anyway", Verdict::Continue),
    // "Accounts software – carry on as rescoped", "we continue as rescoped": the work goes
    // on in the scope already cut, no new rescope.
    ("carry on as rescoped", Verdict::Continue),
    ("carrying on as rescoped", Verdict::Continue),
    ("carries on as rescoped", Verdict::Continue),
    ("continue as rescoped", Verdict::Continue),
    ("continues as rescoped", Verdict::Continue),
    ("continuing as rescoped", Verdict::Continue),
    ("keep going as rescoped", Verdict::Continue),
    ("goes ahead as rescoped", Verdict::Continue),
    // "back to full scope now the grant's in": a cut reversed, the work rescoped.
    ("back to full scope", Verdict::Rescope),
    ("back to the full scope", Verdict::Rescope),
    ("carried on", Verdict::Continue),
    ("continue", Verdict::Continue),
    ("continuing", Verdict::Continue),
    ("continued", Verdict::Continue),
    ("continues", Verdict::Continue),
    ("carries on", Verdict::Continue),
    ("keeps going", Verdict::Continue),
    ("keep going", Verdict::Continue),
    ("keep going with", Verdict::Continue),
    ("keeping going", Verdict::Continue),
    ("sticking with", Verdict::Continue),
    // British for carrying on: "cracking on with the estimating software, the rates import
    // is a pain".
    ("cracking on with", Verdict::Continue),
    ("crack on with", Verdict::Continue),
    // "we are keeping the credit builder program at the current $500K": the thing kept
    // goes on ("we're keeping an eye on it" keeps nothing).
    ("we are keeping the", Verdict::Continue),
    ("we're keeping the", Verdict::Continue),
    ("stick with", Verdict::Continue),
    // "We stay with the migration even with the delay": the work kept going (what is kept
    // instead, "stay with the old system", yields to the verdict on the work:
    // `alternative_kept`).
    ("stay with the", Verdict::Continue),
    ("stays with the", Verdict::Continue),
    ("staying with the", Verdict::Continue),
    ("keep it going", Verdict::Continue),
    ("keep funding", Verdict::Continue),
    ("proceed", Verdict::Continue),
    ("proceeding", Verdict::Continue),
    // "RESOLVED that the hoist overhaul proceeds to the second phase as planned" (the
    // money a sale brings, "the proceeds of …", is said as a noun).
    ("proceeds", Verdict::Continue),
    ("press on", Verdict::Continue),
    ("pressing on", Verdict::Continue),
    ("stay the course", Verdict::Continue),
    ("keep running", Verdict::Continue),
    ("keep investing in", Verdict::Continue),
    ("still a go", Verdict::Continue),
    // "go-live pushed to 1/15 … still on tho": only ending its clause (see `adjust`).
    ("still on", Verdict::Continue),
    // "cliniko's still happening even tho subi slipped to late jan, …": carrying on despite
    // the slip (only before the concession: "the leak is still happening" goes on by itself).
    ("still happening even tho", Verdict::Continue),
    ("still happening even though", Verdict::Continue),
    // "the panels can't ship till March now. still going ahead tho": approved before, kept
    // going now.
    ("still going ahead", Verdict::Continue),
    // "Still going wit da dock float repair even tho da diver crew bumped us to january":
    // the thing chosen kept (round S51).
    ("still going with", Verdict::Continue),
    // "CRM go-live slipped to Feb, staying the course".
    ("staying the course", Verdict::Continue),
    ("stays the course", Verdict::Continue),
    // "Dynamic pricing stays for next season", "stays for another year": kept on.
    ("stays for next", Verdict::Continue),
    ("stays for another", Verdict::Continue),
    // "The traceability system is staying.": said of the work, ending its clause (see
    // `adjust`).
    ("is staying", Verdict::Continue),
    ("are staying", Verdict::Continue),
    ("go on with", Verdict::Continue),
    // "the forecast model to go again next season", "the trial goes again in spring": the
    // work runs another round.
    ("to go again", Verdict::Continue),
    ("goes again", Verdict::Continue),
    // Not renewing ("decided not to renew", "won't be renewed") stops, by negation.
    ("renew", Verdict::Continue),
    ("renewed", Verdict::Continue),
    // "not renewing it" stops ("renewing it costs more" alone is no verdict).
    ("not renewing", Verdict::Stop),
    ("extend", Verdict::Continue),
    ("extended", Verdict::Continue),
    ("extending", Verdict::Continue),
    ("going on with", Verdict::Continue),
    ("carry on with", Verdict::Continue),
    // "we prolong the analytics for 1 year": extended, as a French writer says it.
    ("prolong", Verdict::Continue),
    ("prolonged", Verdict::Continue),
    ("prolonging", Verdict::Continue),
];
