//! Request bodies as Discord reads them: JSON, or multipart with a `payload_json` part.

use serde_json::{json, Value};

/// A request body as Discord reads it: JSON, or multipart/form-data (how serenity sends
/// files) whose `payload_json` part is the JSON; each file part is recorded in `_files` with
/// its field name, file name, content type and bytes.
pub(super) fn json_or_multipart(headers: &axum::http::HeaderMap, body: &[u8]) -> Value {
    let kind = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let Some(boundary) = kind
        .strip_prefix("multipart/form-data")
        .and_then(|rest| rest.split("boundary=").nth(1))
        .map(|b| b.trim_matches('"').to_string())
    else {
        return serde_json::from_slice(body).unwrap_or(Value::Null);
    };
    let delimiter = format!("--{boundary}").into_bytes();
    let mut payload = Value::Null;
    let mut files = Vec::new();
    let mut rest = body;
    while let Some(at) = find(rest, &delimiter) {
        rest = &rest[at + delimiter.len()..];
        if rest.starts_with(b"--") {
            break;
        }
        let Some(head_end) = find(rest, b"\r\n\r\n") else {
            break;
        };
        let head = String::from_utf8_lossy(&rest[..head_end]).to_string();
        let content_start = head_end + 4;
        let content_end = find(&rest[content_start..], &delimiter)
            .map(|e| content_start + e - 2)
            .unwrap_or(rest.len());
        let content = &rest[content_start..content_end];
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))
            .unwrap_or_default()
            .to_string();
        let field = |key: &str| {
            disposition.split(';').find_map(|p| {
                p.trim()
                    .strip_prefix(&format!("{key}=\""))
                    .map(|v| v.trim_end_matches('"').to_string())
            })
        };
        let part_type = head.lines().find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-type:")
                .map(|v| v.trim().to_string())
        });
        if field("name").as_deref() == Some("payload_json") {
            payload = serde_json::from_slice(content).unwrap_or(Value::Null);
        } else {
            files.push(json!({
                "field": field("name"),
                "filename": field("filename"),
                "content_type": part_type,
                "bytes": content.to_vec(),
            }));
        }
        rest = &rest[content_end..];
    }
    if let Value::Object(map) = &mut payload {
        map.insert("_files".into(), Value::Array(files));
    }
    payload
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
