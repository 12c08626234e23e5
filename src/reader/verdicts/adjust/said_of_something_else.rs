//! A verdict word said of something else: a time, a habit given up, a thing counted or
//! described, a supplier's act, a thing asked for, a person's habit asked about.

use super::*;

mod asked_to_stop_doing;
mod asked_what_goes_on;
mod asked_who;
mod counted_or_named;
mod goods_taken;
mod goods_turned_back;
mod habits_and_places;
mod hurting_people;
mod machine_refused;
mod nouns_and_asks;
mod nouns_and_counts;
mod refused_to_act;
mod rejected_things_counted;
mod stopped_dead;
mod what_was_decided;
mod would_have;

use self::asked_to_stop_doing::*;
use self::asked_what_goes_on::*;
use self::asked_who::*;
use self::counted_or_named::*;
use self::goods_taken::*;
use self::goods_turned_back::*;
use self::habits_and_places::*;
use self::hurting_people::*;
use self::machine_refused::*;
use self::nouns_and_asks::*;
use self::nouns_and_counts::*;
use self::refused_to_act::*;
use self::rejected_things_counted::*;
use self::stopped_dead::*;
use self::what_was_decided::*;
use self::would_have::*;

/// The verdict word said of something else: a time, a habit given up, a thing counted or
/// described, a supplier's act, a thing asked for. `Some` when that settles it.
pub(super) fn said_of_something_else(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    counted_or_named(at, raw)
        .or_else(|| habit_or_place(at, raw))
        .or_else(|| noun_or_ask(at, raw))
        .or_else(|| refused_to_act(at, raw))
        .or_else(|| asked_who(at, raw))
        .or_else(|| noun_or_count(at, raw))
        .or_else(|| goods_turned_back(at, raw))
        .or_else(|| goods_taken(at, raw))
        .or_else(|| stopped_dead(at, raw))
        .or_else(|| would_have(at, raw))
        .or_else(|| hurting_people(at, raw))
        .or_else(|| machine_refused(at, raw))
        .or_else(|| what_was_decided(at, raw))
        .or_else(|| rejected_things_counted(at, raw))
        .or_else(|| asked_what_goes_on(at, raw))
        .or_else(|| asked_to_stop_doing(at, raw))
}
