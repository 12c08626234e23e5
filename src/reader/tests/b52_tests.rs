//! Round B52: names, units and the records split, ninth pass, each worded here for an
//! invented organisation: a Cotswold stone quarry with its quarry face, masonry shed, yard,
//! fleet and office. Each is checked with the rules alone (an empty model) and with the
//! shipped model.

use super::*;

/// A Cotswold stone quarry.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Quarry", &["Extraction"]),
            ("Masonry", &["Masons", "Stone Shed", "Kiln"]),
            ("Yard", &["Loading", "Weighbridge"]),
            ("Fleet", &["Transport", "Vans"]),
            ("Office", &["Admin", "Finance"]),
        ],
        &[
            ("Cottage Refurbishment", "Office"),
            ("Saw Shed Lighting", "Masonry"),
            ("Kiln Burner Replacement", "Masonry"),
            ("Weighbridge Upgrade", "Yard"),
            ("Dust Suppression System", "Quarry"),
            ("Board Portal", "Office"),
            ("Crusher Controls Upgrade", "Quarry"),
            ("Tipper Trucks", "Fleet"),
            ("Crew Vans", "Fleet"),
            ("Lime Kiln Upgrade", "Masonry"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), ReaderSettings::default())
}

/// Convention 65: a rescope whose own words say the part it keeps, narrowed further after a
/// dash ("back to just the two end cottages — windows and roofs only"), gives its reason in
/// the sentence that puts the rest off; a kept part told in a clause of its own after the
/// money is the reason, and a put-off sentence after it is not joined.
#[test]
fn a_rescopes_rest_put_off_is_its_reason_when_its_words_say_the_part_kept() {
    for reader in readers() {
        for (text, reason) in [
            (
                "We're cutting the cottage refurbishment back to just the two end cottages — windows and roofs only, £24k instead of the £60k for all five. Marion said the other three can wait.",
                "Marion said the other three can wait",
            ),
            (
                "Saw shed lighting cut back to £9k from £21k, just the two primary saws and the banker bench. Rest of the shed can wait",
                "just the two primary saws and the banker bench",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
            assert_eq!(r.rationale.as_deref(), Some(reason), "{text}: {r:?}");
        }
    }
}

/// A registered thing's own word said before another noun in a task or a note ("the van
/// insurance quote", "the weighbridge calibration cert", "the burner contract"): the task is
/// about that thing, so the note is filed under it (convention 59: a part of a registered
/// thing, or a paper about it, is that thing).
#[test]
fn a_registered_things_word_before_another_noun_in_a_task_names_it() {
    for reader in readers() {
        for (text, name, unit) in [
            (
                "@jo can you send me the van insurance quote by Monday?",
                "Crew Vans",
                "Fleet",
            ),
            (
                "Lily please send the kiln contract to Mrs. Hale before Monday",
                "Lime Kiln Upgrade",
                "Masonry",
            ),
            (
                "@jo can u send me the truck insurance quote by Monday?",
                "Tipper Trucks",
                "Fleet",
            ),
            (
                "@carl how's the weighbridge calibration cert coming, trading standards want it by the 10th",
                "Weighbridge Upgrade",
                "Yard",
            ),
            (
                "Pete please send the burner contract to Ms. Hale before Monday",
                "Kiln Burner Replacement",
                "Masonry",
            ),
            (
                "@ray can you get the crusher controls integrator on site before the 14th?",
                "Crusher Controls Upgrade",
                "Quarry",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(
                (r.investment.as_deref(), r.unit.as_deref()),
                (Some(name), Some(unit)),
                "{text}: {r:?}"
            );
        }
    }
}

/// A new thing followed by a clause about who wanted or pushed it, said without "that"
/// ("the brochure reprint Marketing wanted", "the stone polisher the Leeds rep was
/// pushing"): the clause opens on its own subject, so the name ends before it.
#[test]
fn a_new_things_name_ends_before_who_wanted_it() {
    for reader in readers() {
        for (text, name) in [
            (
                "Bit of news. He also said no to the brochure reprint Marketing wanted, £4k for something nobody reads.",
                "brochure reprint",
            ),
            (
                "Went through the list with Marion: we're not doing the stone polisher the Leeds rep was pushing — £54k for something the masons do fine by hand.",
                "stone polisher",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
        }
    }
}

/// "one" said as "a" and "ting" for "thing", as Hawaii Pidgin, Caribbean and West African
/// English say them, are no words of a new thing's name: "Keoni wants $9k for one boat wrap"
/// is a boat wrap, "we stopping da loyalty card ting" the loyalty card.
#[test]
fn one_as_a_and_ting_as_thing_are_no_words_of_a_new_name() {
    // The rules alone read these asks as notes; the shipped model reads them as asks.
    let [_, reader] = readers();
    {
        for (text, name) in [
            (
                "Keoni wants $14k for one boat wrap on da catamaran. she says da wrap alone could bring in $15k a year in charters, for 3 years minimum.",
                "boat wrap",
            ),
            (
                "Keoni like put in one ice maker at da snack bar. ~$6k, and we stop paying da Kona guys for ice, dats about $2k a year. good for 8 years easy.",
                "ice maker",
            ),
            (
                "k we stopping da loyalty card ting. $4,000 spent on da printing, nobody using um. not worth.",
                "loyalty card",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
        }
    }
}

/// "<someone>'s idea of a <thing>", "<someone>'s plan to move … to <thing>": whose idea or
/// plan it is comes before the thing, and is no name of it.
#[test]
fn whose_idea_or_plan_it_is_is_no_name_of_the_thing() {
    for reader in readers() {
        for (text, name) in [
            (
                "Marion's idea of a tea kiosk at the visitor car park is parked until after the season, we'll revisit it 7/1.",
                "tea kiosk",
            ),
            (
                "Denise: Gareth is fine with Pete's plan to move the accounts to Sage 50, £1,900 a year for the seven of us. Pete, start in January.",
                "Sage 50",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
        }
    }
}

/// What "re" points at, and what an order "of" is for, are the thing: "Marion says catch
/// yerself on re the fudge vending machines" names the fudge vending machines; "Cancel the
/// order of second wheel loader" the second wheel loader.
#[test]
fn what_re_and_an_order_of_point_at_is_the_thing() {
    for reader in readers() {
        for (text, name) in [
            (
                "marion says catch yerself on re the fudge vending machines for the car parks, 60k for something the cafe would take a cut of",
                "fudge vending machines",
            ),
            (
                "Cancel the order of second wheel loader, supplier cannot deliver before Spring Festival. Deposit 20,000 they will return.",
                "second wheel loader",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
        }
    }
}

/// Two machines bought as one kit, joined by "and", are one new thing: "a saw sharpener and
/// blade grinder for the masonry shed".
#[test]
fn two_machines_of_one_kit_are_one_new_thing() {
    for reader in readers() {
        let text = "Proposal from Ned: a saw sharpener and blade grinder for the stone shed, £7,400, saves about £5k a year on sending blades out, should last 10 years.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("saw sharpener and blade grinder"),
            "{text}: {r:?}"
        );
    }
}

/// "change all the X to Y", "convert the X to Y": as with "move … to", the thing is what
/// they are changed to.
#[test]
fn what_things_are_changed_to_is_the_new_thing() {
    for reader in readers() {
        let text = "Propose to change all yard lights to solar floodlights: £21k, save about £6,500 a year electricity, lifespan 8 years. Ned did the calculation.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("solar floodlights"),
            "{text}: {r:?}"
        );
    }
}

/// A yearly sum "on" something is what is saved on, not the thing put up: "a solar tea
/// kiosk at the car park … savings of about £900 per year on lights and heaters" is a
/// solar tea kiosk.
#[test]
fn what_a_yearly_saving_is_on_is_no_new_things_name() {
    // The rules alone read no ask here; the shipped model does.
    let [_, reader] = readers();
    let text = "For the trustees' consideration: a solar tea kiosk at the visitor end of the car park. Estimated £11,000, savings of about £900 per year on lights and heaters, 15-year life.";
    let r = reader.read(text, "sam", today()).unwrap();
    assert_eq!(
        r.investment.as_deref(),
        Some("solar tea kiosk"),
        "{text}: {r:?}"
    );
}
