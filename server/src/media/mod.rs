//! Uploaded media: checking uploads cheaply on the request path, processing them in the
//! background (decode with limits, re-encode without metadata, thumbnails), and where the
//! bytes live.

pub mod images;
pub mod storage;

pub use images::{ImageCheck, ImageLimits, UploadProblem, check_upload, process};
pub use storage::{LocalDisk, S3Store, Storage};

use uuid::Uuid;

/// Storage key of an upload as received.
pub fn original_key(image: Uuid) -> String {
    format!("uploads/{image}")
}

/// Storage key of a derivative.
pub fn derivative_key(image: Uuid, width: u32) -> String {
    format!("images/{image}/{width}.jpg")
}
