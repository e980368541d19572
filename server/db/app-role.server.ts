import pg from 'pg'

// The portal connects as a role that owns its database and schema but is not
// a superuser: a flaw in the app (or an injected query) then reaches the
// portal's own tables, not the cluster, its files or other databases
// (docs/decisions/011-modes-and-trust.md). Migrations run as that role too:
// pg_trgm and unaccent are trusted extensions, which a database owner may create.

export const EMBEDDED_APP_ROLE = 'hub_app'

// Serialises role and ownership changes when several processes start at once.
const PREPARE_LOCK = 72707371

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url })
	await client.connect()
	try {
		return await work(client)
	} finally {
		await client.end()
	}
}

/**
 * Makes `role` (a login role without superuser, CREATEDB or CREATEROLE) the
 * owner of `database`, its public schema and every object the portal created
 * in it, including those an older version created as the superuser.
 * `adminUrl` is a superuser's connection to any database of the cluster.
 */
export async function prepareAppRole(adminUrl: string, options: { database: string; role: string; password: string }) {
	const role = pg.escapeIdentifier(options.role)
	const database = pg.escapeIdentifier(options.database)
	await withClient(adminUrl, async (client) => {
		await client.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK])
		try {
			const { rowCount: roleExists } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [options.role])
			const password = pg.escapeLiteral(options.password)
			await client.query(
				`${roleExists ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD ${password}`,
			)
			const { rowCount: databaseExists } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
				options.database,
			])
			await client.query(
				databaseExists ? `ALTER DATABASE ${database} OWNER TO ${role}` : `CREATE DATABASE ${database} OWNER ${role}`,
			)
		} finally {
			await client.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK])
		}
	})
	const databaseUrl = new URL(adminUrl)
	databaseUrl.pathname = `/${options.database}`
	await withClient(databaseUrl.toString(), (client) => transferOwnership(client, options.role))
}

/** Everything in the public schema the portal made (not what extensions brought) belongs to `role`. */
async function transferOwnership(client: pg.Client, roleName: string) {
	await client.query(
		`DO $$
		DECLARE
			target regrole := ${pg.escapeLiteral(roleName)}::regrole;
			item record;
		BEGIN
			EXECUTE format('ALTER SCHEMA public OWNER TO %I', target::text);
			FOR item IN
				SELECT c.oid, c.relkind, format('%I.%I', n.nspname, c.relname) AS name
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = 'public' AND c.relowner <> target AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
					AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
			LOOP
				EXECUTE format('ALTER %s %s OWNER TO %I',
					CASE item.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
						WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
					item.name, target::text);
			END LOOP;
			FOR item IN
				SELECT format('%I.%I', n.nspname, t.typname) AS name
				FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
				WHERE n.nspname = 'public' AND t.typowner <> target AND t.typtype IN ('e', 'd')
					AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
			LOOP
				EXECUTE format('ALTER TYPE %s OWNER TO %I', item.name, target::text);
			END LOOP;
			FOR item IN
				SELECT p.oid::regprocedure::text AS name
				FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
				WHERE n.nspname = 'public' AND p.proowner <> target
					AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
			LOOP
				EXECUTE format('ALTER ROUTINE %s OWNER TO %I', item.name, target::text);
			END LOOP;
		END $$`,
	)
}

export interface ConnectionRole {
	user: string
	superuser: boolean
}

export async function connectionRole(url: string): Promise<ConnectionRole> {
	return withClient(url, async (client) => {
		const { rows } = await client.query<{ user: string; superuser: boolean }>(
			'SELECT current_user AS "user", rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
		)
		return rows[0] ?? { user: 'unknown', superuser: false }
	})
}

/** What to tell an operator whose DATABASE_URL names a superuser. */
export function superuserAdvice(user: string): string {
	return (
		`DATABASE_URL connects as ${user}, a PostgreSQL superuser. Connect as a role that owns the portal's database but is not a superuser, for example:\n` +
		`  CREATE ROLE hub_app LOGIN PASSWORD '…' NOSUPERUSER NOCREATEDB NOCREATEROLE;\n` +
		`  CREATE DATABASE hub OWNER hub_app;   -- or: ALTER DATABASE hub OWNER TO hub_app; ALTER SCHEMA public OWNER TO hub_app;\n` +
		`then DATABASE_URL=postgresql://hub_app:…@host:5432/hub (docs/decisions/011-modes-and-trust.md).`
	)
}
