//! Password hashing with argon2id (the crate's defaults follow OWASP guidance), off the
//! async executor.
//!
//! argon2id is memory-hard: each hash uses about 19 MiB. Hashes run at most
//! `2 × cores` at a time, so a burst of sign-ins queues briefly instead of taking
//! gigabytes of memory.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use tokio::sync::Semaphore;

use crate::domain::account::NewPassword;

static HASHING: LazyLock<Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    Semaphore::new(cores * 2)
});

/// Hashes a password to a PHC string.
pub async fn hash(password: NewPassword) -> anyhow::Result<String> {
    let _permit = HASHING.acquire().await?;
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.expose().as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
    })
    .await?
}

/// Checks a password against a stored hash. With no stored hash (unknown account, or an
/// account without a password) a dummy hash is checked instead, so the answer takes as
/// long either way and timing does not reveal which emails are registered.
pub async fn verify(candidate: String, stored: Option<String>) -> anyhow::Result<bool> {
    let _permit = HASHING.acquire().await?;
    tokio::task::spawn_blocking(move || {
        let dummy = dummy_hash();
        let (phc, real) = match &stored {
            Some(s) => (s.as_str(), true),
            None => (dummy.as_str(), false),
        };
        let parsed = PasswordHash::new(phc).map_err(|e| anyhow::anyhow!("stored hash: {e}"))?;
        let ok = Argon2::default()
            .verify_password(candidate.as_bytes(), &parsed)
            .is_ok();
        Ok(ok && real)
    })
    .await?
}

fn dummy_hash() -> String {
    // A fixed, valid argon2id hash with default parameters (of a random string nobody knows).
    "$argon2id$v=19$m=19456,t=2,p=1$c2hvd2Nhc2VkdW1teQ$3kd7f0S0l2b7JZk8HtjX1bMUFoR0Q4Xo6e3DkqfVxbM"
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_wrong_passwords_do_not() {
        let Ok(pw) = NewPassword::parse("a long enough passphrase") else {
            panic!("valid")
        };
        let Ok(h) = hash(pw).await else {
            panic!("hash")
        };
        assert!(h.starts_with("$argon2id$"));
        assert!(matches!(
            verify("a long enough passphrase".into(), Some(h.clone())).await,
            Ok(true)
        ));
        assert!(matches!(
            verify("wrong passphrase!!".into(), Some(h)).await,
            Ok(false)
        ));
        assert!(matches!(
            verify("anything at all".into(), None).await,
            Ok(false)
        ));
    }
}
