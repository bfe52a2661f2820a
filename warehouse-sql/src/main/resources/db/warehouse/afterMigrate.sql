-- Runs after every migration: analysts read the marts only. The role is created by whoever provisions the
-- database (the local runner, or a DBA); without it there is nothing to grant yet.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = '${analystRole}') THEN
        EXECUTE 'GRANT USAGE ON SCHEMA mart TO ${analystRole}';
        EXECUTE 'GRANT SELECT ON ALL TABLES IN SCHEMA mart TO ${analystRole}';
        EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA mart GRANT SELECT ON TABLES TO ${analystRole}';
    END IF;
END $$;
