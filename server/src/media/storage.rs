//! Where media bytes live, behind a small trait: local disk by default (`data/media`).
//! Keys are relative paths such as `images/<id>/480.jpg`.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;

/// A boxed future, so `Storage` can be used as `Arc<dyn Storage>`.
pub type StorageFuture<'a, T> = Pin<Box<dyn Future<Output = anyhow::Result<T>> + Send + 'a>>;

/// Stores and fetches media by key.
pub trait Storage: Send + Sync {
    /// Writes `bytes` under `key`, replacing what was there.
    fn put<'a>(&'a self, key: &'a str, bytes: Vec<u8>) -> StorageFuture<'a, ()>;
    /// Reads `key`; `None` when it does not exist.
    fn get<'a>(&'a self, key: &'a str) -> StorageFuture<'a, Option<Vec<u8>>>;
    /// Removes `key` (no error when it is already gone).
    fn delete<'a>(&'a self, key: &'a str) -> StorageFuture<'a, ()>;
}

/// Media on the local disk under one folder.
pub struct LocalDisk {
    root: PathBuf,
}

impl LocalDisk {
    pub fn new(root: impl Into<PathBuf>) -> anyhow::Result<Self> {
        let root = root.into();
        std::fs::create_dir_all(&root)?;
        Ok(Self { root })
    }

    /// The file for a key; keys with `..`, absolute paths or odd characters are refused.
    fn path(&self, key: &str) -> anyhow::Result<PathBuf> {
        let ok = !key.is_empty()
            && !key.starts_with('/')
            && key
                .split('/')
                .all(|part| !part.is_empty() && part != "." && part != "..")
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'));
        if !ok {
            anyhow::bail!("invalid storage key {key:?}");
        }
        Ok(self.root.join(key))
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

impl Storage for LocalDisk {
    fn put<'a>(&'a self, key: &'a str, bytes: Vec<u8>) -> StorageFuture<'a, ()> {
        Box::pin(async move {
            let path = self.path(key)?;
            if let Some(parent) = path.parent() {
                tokio::fs::create_dir_all(parent).await?;
            }
            // Write then rename, so readers never see half a file.
            let tmp = path.with_extension("partial");
            tokio::fs::write(&tmp, bytes).await?;
            tokio::fs::rename(&tmp, &path).await?;
            Ok(())
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> StorageFuture<'a, Option<Vec<u8>>> {
        Box::pin(async move {
            match tokio::fs::read(self.path(key)?).await {
                Ok(bytes) => Ok(Some(bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(e.into()),
            }
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> StorageFuture<'a, ()> {
        Box::pin(async move {
            match tokio::fs::remove_file(self.path(key)?).await {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(e.into()),
            }
        })
    }
}

/// Media in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, ...), addressed path-style.
pub struct S3Store {
    bucket: Box<s3::Bucket>,
}

impl S3Store {
    pub fn new(settings: &crate::config::MediaSettings) -> anyhow::Result<Self> {
        use secrecy::ExposeSecret;
        let region = s3::Region::Custom {
            region: settings.s3_region.clone(),
            endpoint: settings.s3_endpoint.clone(),
        };
        let credentials = s3::creds::Credentials::new(
            Some(&settings.s3_access_key),
            Some(settings.s3_secret_key.expose_secret()),
            None,
            None,
            None,
        )?;
        let bucket = s3::Bucket::new(&settings.s3_bucket, region, credentials)?.with_path_style();
        Ok(Self { bucket })
    }
}

fn is_not_found(e: &s3::error::S3Error) -> bool {
    matches!(e, s3::error::S3Error::HttpFailWithBody(404, _))
}

impl Storage for S3Store {
    fn put<'a>(&'a self, key: &'a str, bytes: Vec<u8>) -> StorageFuture<'a, ()> {
        Box::pin(async move {
            self.bucket.put_object(key, &bytes).await?;
            Ok(())
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> StorageFuture<'a, Option<Vec<u8>>> {
        Box::pin(async move {
            match self.bucket.get_object(key).await {
                Ok(res) => Ok(Some(res.to_vec())),
                Err(e) if is_not_found(&e) => Ok(None),
                Err(e) => Err(e.into()),
            }
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> StorageFuture<'a, ()> {
        Box::pin(async move {
            match self.bucket.delete_object(key).await {
                Ok(_) => Ok(()),
                Err(e) if is_not_found(&e) => Ok(()),
                Err(e) => Err(e.into()),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn put_get_delete_and_hostile_keys() {
        let Ok(dir) = tempfile::tempdir() else {
            panic!("tempdir")
        };
        let Ok(disk) = LocalDisk::new(dir.path()) else {
            panic!("disk")
        };
        assert!(disk.put("images/a/480.jpg", b"jpeg".to_vec()).await.is_ok());
        assert_eq!(
            disk.get("images/a/480.jpg").await.ok().flatten(),
            Some(b"jpeg".to_vec())
        );
        assert!(disk.delete("images/a/480.jpg").await.is_ok());
        assert_eq!(disk.get("images/a/480.jpg").await.ok().flatten(), None);
        assert!(
            disk.delete("images/a/480.jpg").await.is_ok(),
            "deleting twice is fine"
        );
        for key in ["../etc/passwd", "/etc/passwd", "a//b", "a/./b", "a b", ""] {
            assert!(disk.put(key, vec![]).await.is_err(), "{key}");
        }
    }
}
