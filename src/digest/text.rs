//! Text in a digest line: an immutable string that is cheap to copy. A portfolio digest
//! shows hundreds of thousands of ids, names and labels taken from the aggregates; copying
//! them as `String`s was most of its time (an allocation and a free each). A short text
//! (ids, statuses, currency codes, most names) is kept inline and copied as plain bytes; a
//! longer one is shared behind a reference count. It reads, prints, compares and
//! serialises exactly like the string it holds.

use serde::{Serialize, Serializer};
use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

/// Texts up to this many bytes are kept inline (the whole value is 24 bytes).
const INLINE: usize = 22;

#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Shared(Arc<str>),
}

impl Text {
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: an inline text's first `len` bytes are only ever copied whole from a
            // `&str` (`Text::new`), so they are UTF-8. Checking them again on every read
            // was ~3% of a large digest's printing.
            Repr::Inline { len, bytes } => unsafe {
                std::str::from_utf8_unchecked(&bytes[..usize::from(*len)])
            },
            Repr::Shared(s) => s,
        }
    }

    fn new(s: &str) -> Text {
        if s.len() <= INLINE {
            let mut bytes = [0; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Text(Repr::Inline {
                len: s.len() as u8,
                bytes,
            })
        } else {
            Text(Repr::Shared(Arc::from(s)))
        }
    }
}

impl Text {
    /// A record's id as shown (`DEC-7`), written straight into the text: a large
    /// portfolio's snapshot holds hundreds of thousands of ids, and formatting each into a
    /// `String` first was an allocation, a copy and a free apiece.
    pub fn of_id(id: crate::ids::RecordId) -> Text {
        let prefix = id.kind.prefix().as_bytes();
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = id.n;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let digits = &digits[at..];
        let len = prefix.len() + 1 + digits.len();
        if len > INLINE {
            return Text::new(&id.to_string());
        }
        let mut bytes = [0; INLINE];
        bytes[..prefix.len()].copy_from_slice(prefix);
        bytes[prefix.len()] = b'-';
        bytes[prefix.len() + 1..len].copy_from_slice(digits);
        // Inline bytes must be UTF-8 (`as_str` reads them unchecked): a prefix is ASCII
        // letters and the rest digits and a dash.
        debug_assert!(std::str::from_utf8(&bytes[..len]).is_ok());
        Text(Repr::Inline {
            len: len as u8,
            bytes,
        })
    }
}

impl Default for Text {
    fn default() -> Text {
        Text::new("")
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Text {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::new(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::new(&s)
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.as_str().to_string()
    }
}

macro_rules! eq_str {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for Text {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == &**other
            }
        }
        impl PartialEq<Text> for $other {
            fn eq(&self, other: &Text) -> bool {
                &**self == other.as_str()
            }
        }
    )*};
}
eq_str!(&str, String);

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_written_straight_into_a_text_is_its_id_as_shown() {
        use crate::ids::{Kind, RecordId};
        let mut numbers: Vec<u64> = (0..2_000).collect();
        let mut n = 1u64;
        while let Some(next) = n.checked_mul(10) {
            numbers.extend([n - 1, n, n + 1, next - 1]);
            n = next;
        }
        numbers.extend([u64::MAX, u64::MAX - 1, 999_999_999_999_999_999]);
        for kind in Kind::ALL {
            for &n in &numbers {
                let id = RecordId::new(kind, n);
                let text = Text::of_id(id);
                assert_eq!(text, id.to_string(), "{kind:?} {n}");
                assert_eq!(text.len(), id.to_string().len());
            }
        }
    }

    #[test]
    fn text_behaves_like_its_string() {
        let t = Text::from("INV-12");
        assert_eq!(t, "INV-12");
        assert_eq!("INV-12", t);
        assert_eq!(t, String::from("INV-12"));
        assert_ne!(t, "INV-1");
        assert_eq!(format!("{t} {t:?}"), "INV-12 \"INV-12\"");
        assert_eq!(serde_json::to_string(&t).unwrap(), "\"INV-12\"");
        let (ten, nine) = (Text::from("DEC-10"), Text::from("DEC-9"));
        assert!(ten < nine, "compares as text, like the strings it replaced");
        assert!(t.starts_with("INV"));
        // Inline and shared texts behave the same.
        let long = "send the cost breakdown to finance, with the quotes";
        assert_eq!(Text::from(long), long);
        assert_eq!(Text::from(long).clone().as_str(), long);
        assert_eq!(
            Text::from("é".repeat(11)),
            "é".repeat(11),
            "22 bytes, inline"
        );
        assert_eq!(
            Text::from("é".repeat(12)),
            "é".repeat(12),
            "24 bytes, shared"
        );
        assert_eq!(Text::default(), "");
        let (longer, shorter) = (Text::from(long), Text::from("send"));
        assert!(longer > shorter);
    }
}
