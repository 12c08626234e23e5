//! Who decided and who owns the follow-up: two optional label keys, `decided_by` and
//! `owner`, scored only on records whose label has them and reported apart from the 12
//! fields, so the historic figures stay comparable.

use serde_json::Value;

/// The label keys scored here; `null` says the record has none.
pub const PEOPLE: [&str; 2] = ["decided_by", "owner"];

/// The people keys' score: per key, how many records were labelled with it and how many
/// read right, and the misses.
#[derive(Default)]
pub struct People {
    pub labelled: [usize; PEOPLE.len()],
    pub right: [usize; PEOPLE.len()],
    pub misses: Vec<String>,
}

impl People {
    pub fn add(&mut self, other: People) {
        for k in 0..PEOPLE.len() {
            self.labelled[k] += other.labelled[k];
            self.right[k] += other.right[k];
        }
        self.misses.extend(other.misses);
    }

    /// "people: decided_by N of M right, owner N of M right".
    pub fn line(&self) -> String {
        let parts: Vec<String> = PEOPLE
            .iter()
            .enumerate()
            .map(|(k, key)| format!("{key} {} of {} right", self.right[k], self.labelled[k]))
            .collect();
        format!("people: {}", parts.join(", "))
    }

    /// Scores one record's people keys against the record read (`Null`: none read, every
    /// key wrong); `at` names it in the misses.
    pub fn score(&mut self, label: &super::Label, got: &Value, at: &str) {
        for (k, key) in PEOPLE.iter().enumerate() {
            let Some(want) = label.get(*key) else {
                continue;
            };
            self.labelled[k] += 1;
            let want = person(want);
            let have = match got {
                Value::Null => Value::String("(no record read)".into()),
                _ => person(read_person(got, key)),
            };
            if want == have {
                self.right[k] += 1;
            } else {
                self.misses
                    .push(format!("{key:>14}: want {want} got {have}  <- {at}"));
            }
        }
    }
}

/// The person the reading gives for `key`: its `decided_by`, or the owner of its first
/// follow-up (`action`).
fn read_person<'a>(got: &'a Value, key: &str) -> &'a Value {
    match key {
        "owner" => &got["action"]["owner"],
        _ => &got[key],
    }
}

/// A person or body compares without case, repeated spaces, outer punctuation, an "@" or
/// an opening "the"/"our": "@Raj" is "raj", "the exec committee" is "Exec committee".
fn person(v: &Value) -> Value {
    let Value::String(s) = v else {
        return Value::Null;
    };
    let words: Vec<&str> = s.split_whitespace().collect();
    let lower = words.join(" ").to_lowercase();
    let t = lower.trim_matches(|c: char| c.is_ascii_punctuation());
    let t = t
        .strip_prefix("the ")
        .or_else(|| t.strip_prefix("our "))
        .unwrap_or(t);
    Value::String(t.to_string())
}

/// Whether a people key's label is well formed: a name, or `null`.
pub fn well_formed(value: &Value) -> bool {
    value.is_null() || value.as_str().is_some_and(|s| !s.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn scored(label: Value, got: Value) -> People {
        let mut p = People::default();
        p.score(label.as_object().unwrap(), &got, "msg");
        p
    }

    #[test]
    fn people_keys_score_only_where_labelled() {
        let got = json!({"decided_by": "the Exec Committee", "action": {"owner": "raj"}});
        let right = scored(
            json!({"decided_by": "exec committee", "owner": "@Raj"}),
            got.clone(),
        );
        assert_eq!((right.labelled, right.right), ([1, 1], [1, 1]));
        // A wrong name is a miss, shown like the others.
        let wrong = scored(json!({"decided_by": "Priya", "owner": null}), got.clone());
        assert_eq!((wrong.labelled, wrong.right), ([1, 1], [0, 0]));
        assert_eq!(wrong.misses.len(), 2);
        assert!(
            wrong.misses[0].contains("want \"priya\""),
            "{:?}",
            wrong.misses
        );
        // Unlabelled: not scored.
        let none = scored(json!({"intent": "note"}), got);
        assert_eq!(none.labelled, [0, 0]);
        // Labelled null: right when the record read has none, wrong when none was read.
        let null = json!({"decided_by": null, "owner": null});
        assert_eq!(
            scored(null.clone(), json!({"intent": "note"})).right,
            [1, 1]
        );
        assert_eq!(scored(null, Value::Null).right, [0, 0]);
    }
}
