DROP TABLE search_terms;
DROP TABLE public_documents;
DROP TABLE public_projects;
DROP TABLE awards;
DROP TABLE favourites;
-- pg_trgm stays: other objects of the database may use it.
