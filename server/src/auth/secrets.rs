//! Random tokens for links and API access, and their stored hashes.
//!
//! Tokens carry 256 bits from the operating system's generator, so a plain SHA-256 is the
//! right stored form (no salt or slow hash needed: nothing to brute-force).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::TryRngCore as _;
use rand::rngs::OsRng;
use sha2::{Digest, Sha256};

/// Prefix of API tokens, so leaked ones are easy to recognise and scan for.
pub const API_TOKEN_PREFIX: &str = "sct_";

/// A fresh random token (URL-safe text) and the hash to store.
pub fn new_token() -> anyhow::Result<(String, Vec<u8>)> {
    let mut bytes = [0u8; 32];
    OsRng.try_fill_bytes(&mut bytes)?;
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash_token(&token);
    Ok((token, hash))
}

/// A fresh API token: `sct_` followed by a random token.
pub fn new_api_token() -> anyhow::Result<(String, Vec<u8>)> {
    let (token, _) = new_token()?;
    let token = format!("{API_TOKEN_PREFIX}{token}");
    let hash = hash_token(&token);
    Ok((token, hash))
}

/// The stored form of a token.
pub fn hash_token(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Random bytes, e.g. for a development session key.
pub fn random_bytes<const N: usize>() -> anyhow::Result<[u8; N]> {
    let mut bytes = [0u8; N];
    OsRng.try_fill_bytes(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_urlsafe_and_hash_consistently() {
        let (a, ha) = new_token().unwrap_or_default();
        let (b, _) = new_token().unwrap_or_default();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_eq!(hash_token(&a), ha);
        let (api, h) = new_api_token().unwrap_or_default();
        assert!(api.starts_with("sct_"));
        assert_eq!(hash_token(&api), h);
    }
}
