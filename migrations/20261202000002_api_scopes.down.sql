-- Tokens that carry only the new scopes have no equivalent before this migration.
DELETE FROM api_tokens WHERE scopes <@ ARRAY['judging:read', 'personal-data:read'];
UPDATE api_tokens SET scopes = array_remove(array_remove(
    array_replace(scopes, 'judging:write', 'judges:manage'), 'judging:read'), 'personal-data:read');
