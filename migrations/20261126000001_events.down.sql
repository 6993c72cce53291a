DROP TABLE categories;
DROP TABLE events;
DROP TYPE event_phase;
