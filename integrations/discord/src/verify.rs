//! Discord's interaction signatures: Ed25519 over `timestamp ++ body`, with the application's
//! public key, plus a freshness window on the timestamp (serenity checks only the signature).

use serenity::interactions_endpoint::Verifier;

/// How far a request's timestamp may be from now, either way.
pub const WINDOW_SECONDS: i64 = 300;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("DISCORD_PUBLIC_KEY must be the application's public key: 64 hexadecimal characters (Developer Portal → your application → General Information); it is {0} characters long")]
    Length(usize),
    #[error("DISCORD_PUBLIC_KEY is not hexadecimal; copy the application's public key from the Developer Portal (General Information)")]
    NotHex,
    #[error("DISCORD_PUBLIC_KEY is not a valid Ed25519 public key; copy it again from the Developer Portal (General Information)")]
    Invalid,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Refused {
    #[error("missing X-Signature-Ed25519 or X-Signature-Timestamp")]
    Missing,
    #[error("signature does not match")]
    Signature,
    #[error("timestamp outside the 5 minute window")]
    Stale,
}

#[derive(Clone)]
pub struct InteractionVerifier {
    verifier: Verifier,
}

impl std::fmt::Debug for InteractionVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InteractionVerifier")
    }
}

impl InteractionVerifier {
    /// Reads the application's public key (hex). A bad key is an error, never a panic.
    pub fn new(public_key_hex: &str) -> Result<InteractionVerifier, KeyError> {
        let hex = public_key_hex.trim();
        if hex.len() != 64 {
            return Err(KeyError::Length(hex.chars().count()));
        }
        let mut key = [0u8; 32];
        for (i, byte) in key.iter_mut().enumerate() {
            *byte = hex
                .get(2 * i..2 * i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or(KeyError::NotHex)?;
        }
        Ok(InteractionVerifier {
            verifier: Verifier::try_new(key).map_err(|_| KeyError::Invalid)?,
        })
    }

    /// Checks the signature first, then that the timestamp is within the window of `now`.
    pub fn verify(
        &self,
        signature: Option<&str>,
        timestamp: Option<&str>,
        body: &[u8],
        now_unix: i64,
    ) -> Result<(), Refused> {
        let (Some(signature), Some(timestamp)) = (signature, timestamp) else {
            return Err(Refused::Missing);
        };
        self.verifier
            .verify(signature, timestamp, body)
            .map_err(|()| Refused::Signature)?;
        let at: i64 = timestamp.trim().parse().map_err(|_| Refused::Stale)?;
        if (now_unix - at).abs() > WINDOW_SECONDS {
            return Err(Refused::Stale);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_keys_are_explained() {
        assert_eq!(
            InteractionVerifier::new("abc").unwrap_err(),
            KeyError::Length(3)
        );
        assert_eq!(
            InteractionVerifier::new(&"zz".repeat(32)).unwrap_err(),
            KeyError::NotHex
        );
    }
}
