DROP VIEW certificate_holders;
DROP TABLE certificate_batches;
DROP TYPE certificate_batch_status;
