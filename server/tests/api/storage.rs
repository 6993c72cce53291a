//! The media storage contract, run against every backend: the local disk always, and an
//! S3-compatible store (a real moto server process) through the S3 adapter.

use std::collections::HashMap;

use showcase::config::Settings;
use showcase::media::{LocalDisk, S3Store, Storage};

use crate::services::S3Server;

async fn contract(store: &dyn Storage) {
    let jpeg = vec![0xFF, 0xD8, 1, 2, 3, 0xFF, 0xD9];
    store
        .put("images/abc/480.jpg", jpeg.clone())
        .await
        .expect("put");
    assert_eq!(
        store.get("images/abc/480.jpg").await.expect("get"),
        Some(jpeg)
    );
    store
        .put("images/abc/480.jpg", vec![9])
        .await
        .expect("overwrite");
    assert_eq!(
        store.get("images/abc/480.jpg").await.expect("get"),
        Some(vec![9])
    );
    assert_eq!(
        store
            .get("images/missing/480.jpg")
            .await
            .expect("get missing"),
        None
    );
    store.delete("images/abc/480.jpg").await.expect("delete");
    assert_eq!(
        store.get("images/abc/480.jpg").await.expect("get deleted"),
        None
    );
    store
        .delete("images/abc/480.jpg")
        .await
        .expect("deleting twice is fine");
}

#[tokio::test]
async fn local_disk_keeps_the_storage_contract() {
    let dir = tempfile::tempdir().expect("dir");
    contract(&LocalDisk::new(dir.path()).expect("disk")).await;
}

#[tokio::test]
async fn the_s3_adapter_keeps_the_storage_contract_against_a_real_s3_server() {
    let s3 = S3Server::start().await;
    let mut env: HashMap<String, String> = s3.settings().into_iter().collect();
    env.insert("DATABASE_URL".into(), "postgres://u@h/d".into());
    let settings = Settings::load(None, &env).expect("settings");
    let store = S3Store::new(&settings.media).expect("s3 store");
    contract(&store).await;
    assert!(s3.keys().await.is_empty(), "nothing left in the bucket");
}
