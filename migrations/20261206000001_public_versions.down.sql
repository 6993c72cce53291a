DROP TRIGGER public_projects_removed ON public_projects;
DROP FUNCTION public_projects_removed();
ALTER TABLE public_projects DROP COLUMN version;
DROP SEQUENCE public_projects_version;
