DROP TABLE project_images;
DROP TYPE image_status;
DROP TABLE project_members;
DROP TABLE projects;
DROP TYPE project_status;
