//! Enterprise Grid payloads made readable. An org-wide install's requests carry
//! `enterprise_id` and may name no workspace: a slash command without `team_id`, an
//! interaction with `team: null` (the workspace then rides in `user.team_id`), an event whose
//! authorization has `team_id: null`. slack-morphism's types require a workspace id, so
//! before they read a payload the workspace is filled in from wherever Slack put it.
//!
//! The tenant rule: the workspace the request came from when Slack names one (the same
//! `slack:T…` tenant a workspace install of the app uses, so moving to an org-wide install
//! keeps each workspace's records), otherwise the organisation (`slack:E…`). A payload
//! naming neither is left as it is and refused as before.

use serde_json::Value;

/// The first of `candidates` that is a non-empty string.
fn first_id<'a>(candidates: impl IntoIterator<Item = Option<&'a Value>>) -> Option<String> {
    candidates
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .find(|s| !s.is_empty())
        .map(str::to_string)
}

/// A slash command's form body with `team_id` set to the organisation's id when Slack sent
/// none. Other bodies come back unchanged.
pub fn command_form(body: &str) -> String {
    let Ok(mut fields) = serde_urlencoded::from_str::<Vec<(String, String)>>(body) else {
        return body.to_string();
    };
    let named = |k: &str| fields.iter().any(|(f, v)| f == k && !v.is_empty());
    if named("team_id") {
        return body.to_string();
    }
    let Some(org) = fields
        .iter()
        .find(|(f, v)| f == "enterprise_id" && !v.is_empty())
        .map(|(_, v)| v.clone())
    else {
        return body.to_string();
    };
    fields.retain(|(f, _)| f != "team_id");
    fields.push(("team_id".into(), org));
    serde_urlencoded::to_string(&fields).unwrap_or_else(|_| body.to_string())
}

/// An Events API payload with its workspace filled in: `team_id` from the authorization or
/// the organisation when absent, and an org-wide authorization's null `team_id` set to its
/// organisation (the installation it stands for).
pub fn event(payload: &mut Value) {
    let Some(obj) = payload.as_object_mut() else {
        return;
    };
    let first_auth = obj
        .get("authorizations")
        .and_then(|a| a.get(0))
        .cloned()
        .unwrap_or(Value::Null);
    if first_id([obj.get("team_id")]).is_none() {
        if let Some(id) = first_id([
            first_auth.get("team_id"),
            obj.get("enterprise_id"),
            first_auth.get("enterprise_id"),
        ]) {
            obj.insert("team_id".into(), Value::String(id));
        }
    }
    if let Some(auths) = obj.get_mut("authorizations").and_then(Value::as_array_mut) {
        for auth in auths.iter_mut().filter_map(Value::as_object_mut) {
            if first_id([auth.get("team_id")]).is_none() {
                if let Some(org) = first_id([auth.get("enterprise_id")]) {
                    auth.insert("team_id".into(), Value::String(org));
                }
            }
        }
    }
}

/// An interaction payload with `team.id` filled in when `team` is null or has no id: the
/// presser's workspace (`user.team_id`), else the view's, else the organisation.
pub fn interaction(payload: &mut Value) {
    let Some(obj) = payload.as_object_mut() else {
        return;
    };
    if first_id([obj.get("team").and_then(|t| t.get("id"))]).is_some() {
        return;
    }
    let Some(id) = first_id([
        obj.get("user").and_then(|u| u.get("team_id")),
        obj.get("view").and_then(|v| v.get("team_id")),
        obj.get("enterprise").and_then(|e| e.get("id")),
        obj.get("enterprise_id"),
    ]) else {
        return;
    };
    match obj.get_mut("team").and_then(Value::as_object_mut) {
        Some(team) => {
            team.insert("id".into(), Value::String(id));
        }
        None => {
            obj.insert("team".into(), serde_json::json!({ "id": id }));
        }
    }
}

/// A Socket Mode slash command's JSON payload with `team_id` set to the organisation's id
/// when Slack sent none (as [`command_form`] for a form body).
pub fn command_json(payload: &mut Value) {
    let Some(obj) = payload.as_object_mut() else {
        return;
    };
    if first_id([obj.get("team_id")]).is_some() {
        return;
    }
    if let Some(org) = first_id([obj.get("enterprise_id")]) {
        obj.insert("team_id".into(), Value::String(org));
    }
}

/// A Socket Mode envelope slack-morphism could not read, with its payload's workspace filled
/// in as over HTTP; `None` when that changes nothing (it is unreadable for another reason,
/// or not an envelope that carries a payload).
pub fn envelope(body: &str) -> Option<Value> {
    let mut envelope: Value = serde_json::from_str(body).ok()?;
    let before = envelope.clone();
    let payload = envelope.get_mut("payload")?;
    match before.get("type").and_then(Value::as_str)? {
        "slash_commands" => command_json(payload),
        "events_api" => event(payload),
        "interactive" => interaction(payload),
        _ => return None,
    }
    (envelope != before).then_some(envelope)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_command_without_a_workspace_takes_the_organisation() {
        let out = command_form("enterprise_id=E1&user_id=U1&text=a+b");
        let fields: Vec<(String, String)> = serde_urlencoded::from_str(&out).unwrap();
        assert!(fields.contains(&("team_id".into(), "E1".into())));
        assert!(fields.contains(&("text".into(), "a b".into())));
        // A workspace Slack names is kept; a body naming neither is left alone.
        let named = "team_id=T1&enterprise_id=E1";
        assert_eq!(command_form(named), named);
        assert_eq!(command_form("user_id=U1"), "user_id=U1");
        assert_eq!(command_form("team_id=&user_id=U1"), "team_id=&user_id=U1");
    }

    #[test]
    fn a_socket_mode_envelope_gets_a_workspace_only_where_it_lacks_one() {
        let body = json!({"envelope_id": "e1", "type": "slash_commands",
            "payload": {"enterprise_id": "E1", "user_id": "U1"}})
        .to_string();
        assert_eq!(envelope(&body).unwrap()["payload"]["team_id"], "E1");
        let named = json!({"envelope_id": "e2", "type": "slash_commands",
            "payload": {"team_id": "T1", "enterprise_id": "E1"}})
        .to_string();
        assert_eq!(envelope(&named), None);
        let hello = json!({"type": "hello"}).to_string();
        assert_eq!(envelope(&hello), None);
        let press = json!({"envelope_id": "e3", "type": "interactive",
            "payload": {"team": null, "user": {"id": "U1", "team_id": "T9"}}})
        .to_string();
        assert_eq!(envelope(&press).unwrap()["payload"]["team"]["id"], "T9");
        assert_eq!(envelope("not json"), None);
    }

    #[test]
    fn events_and_interactions_get_a_workspace() {
        let mut e = json!({"enterprise_id": "E1",
            "authorizations": [{"enterprise_id": "E1", "team_id": null}]});
        event(&mut e);
        assert_eq!(e["team_id"], "E1");
        assert_eq!(e["authorizations"][0]["team_id"], "E1");
        let mut e = json!({"team_id": "T1", "authorizations": [{"team_id": "T2"}]});
        event(&mut e);
        assert_eq!(
            (
                e["team_id"].clone(),
                e["authorizations"][0]["team_id"].clone()
            ),
            (json!("T1"), json!("T2"))
        );

        let mut i = json!({"team": null, "user": {"id": "U1", "team_id": "T9"}, "enterprise": {"id": "E1"}});
        interaction(&mut i);
        assert_eq!(i["team"]["id"], "T9");
        let mut i = json!({"team": null, "user": {"id": "U1"}, "enterprise": {"id": "E1"}});
        interaction(&mut i);
        assert_eq!(i["team"]["id"], "E1");
        let mut i = json!({"team": {"id": "T1"}, "user": {"id": "U1", "team_id": "T9"}});
        interaction(&mut i);
        assert_eq!(i["team"]["id"], "T1");
    }
}
