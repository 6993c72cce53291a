-- API scopes are named <area>:read / <area>:write: what "judges:manage" allowed is now
-- "judging:write" (judging:read and personal-data:read are new).
UPDATE api_tokens SET scopes = array_replace(scopes, 'judges:manage', 'judging:write');
