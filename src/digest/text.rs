//! Text in a digest line: a shared, immutable string. A portfolio digest shows hundreds of
//! thousands of ids, names and labels; taking them from the aggregates as `Text` costs a
//! reference count each, not an allocation and a copy. It reads, prints, compares and
//! serialises exactly like the string it holds.

use serde::{Serialize, Serializer};
use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Text(Arc<str>);

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(Arc::from(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(Arc::from(s))
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.0.to_string()
    }
}

macro_rules! eq_str {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for Text {
            fn eq(&self, other: &$other) -> bool {
                *self.0 == **other
            }
        }
        impl PartialEq<Text> for $other {
            fn eq(&self, other: &Text) -> bool {
                **self == *other.0
            }
        }
    )*};
}
eq_str!(&str, String);

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        *self == *other.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
