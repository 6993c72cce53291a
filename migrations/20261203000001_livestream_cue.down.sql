DROP TABLE livestream_cues;
