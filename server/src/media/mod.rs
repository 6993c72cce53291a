//! Uploaded media: checking uploads cheaply on the request path, processing them in the
//! background (decode with limits, re-encode without metadata, thumbnails), and where the
//! bytes live.

pub mod images;
pub mod storage;

pub use images::{ImageCheck, UploadProblem, check_upload, process};
pub use storage::{LocalDisk, S3Store, Storage};
