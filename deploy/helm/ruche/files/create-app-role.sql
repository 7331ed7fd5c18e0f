-- Ruche's database, and the role the application connects as: it owns the database, its public schema
-- and everything the migrations create, and nothing more (no superuser, CREATEDB, CREATEROLE,
-- replication or RLS bypass). Run as an administrator with psql; safe to run again (it converges):
--
--   psql "postgresql://admin@db.example:5432/postgres" -v app_password="$RUCHE_DB_PASSWORD" -f create-app-role.sql
--
-- then give Ruche DATABASE_URL=postgresql://ruche:<RUCHE_DB_PASSWORD, URL-encoded>@db.example:5432/ruche
-- Used by deploy/compose.yaml (first start of the postgres volume) and the Helm chart (databaseInit).
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE ruche WITH LOGIN PASSWORD %L', :'app_password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ruche') \gexec
ALTER ROLE ruche WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'app_password';

SELECT 'CREATE DATABASE ruche OWNER ruche'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'ruche') \gexec
ALTER DATABASE ruche OWNER TO ruche;

\connect ruche
-- The extensions the migrations use, created here so that the application's role needs no such right.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
ALTER SCHEMA public OWNER TO ruche;
