-- Each write of a public row gets a number no other write has, so a server's in-memory
-- copy of the projection (search::memory) finds what changed by comparing (id, version)
-- pairs: unlike a timestamp or a counter per row, a row removed and written again never
-- looks unchanged. Removals (cascades and TRUNCATE included) draw a number too, so the
-- sequence's last value says whether anything may have changed since a copy was read.
CREATE SEQUENCE public_projects_version;
ALTER TABLE public_projects
    ADD COLUMN version bigint NOT NULL DEFAULT nextval('public_projects_version');

CREATE FUNCTION public_projects_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('public_projects_version');
    RETURN NULL;
END $$;
CREATE TRIGGER public_projects_removed AFTER DELETE OR TRUNCATE ON public_projects
    FOR EACH STATEMENT EXECUTE FUNCTION public_projects_removed();
