import pg from 'pg'

// Every row the portal writes, counted by the database itself: statement-level
// AFTER triggers on every table add the rows each statement inserted, updated
// or deleted to a side table, so a request that was refused can be checked to
// have written nothing, whatever code path it took.

/**
 * What legitimately changes when a request is refused: the rate-limit
 * counters (a refused login is exactly what they count) and a session's
 * lastSeenAt (any signed-in request may touch it), and a notification's readAt
 * (a page that shows a request to its owner marks that request's news read,
 * whatever the answer to the post before it). An update of Session or
 * Notification that changes anything else still counts.
 *
 * Also set apart, not counted as the request's: a transaction that only
 * queues "listing.changed" outbox events. That is search repairing itself (a
 * hit whose listing is gone is queued for removal without the answer waiting
 * for it, search/search-listings.server.ts), so it may land while the next
 * request is being judged.
 */
// Counting attempts is what a refusal does: rate-limit windows and login throttles.
export const exemptTables = ['RateLimitBucket', 'LoginThrottle'] as const
export const ignoredColumns: Record<string, readonly string[]> = { Session: ['lastSeenAt'], Notification: ['readAt'] }

const SIDE_TABLE = 'fuzz_row_writes'

export type Writes = Record<string, number>

export const SEARCH_REPAIR = 'search-repair'

export interface WriteCounter {
	/**
	 * Rows written since the last call, by "Table:OPERATION"; resets the count.
	 * Search's own repairs are under SEARCH_REPAIR, to be left out of the judgement.
	 */
	take(): Promise<Writes>
	close(): Promise<void>
}

function quote(name: string) {
	return pg.escapeIdentifier(name)
}

function literal(text: string) {
	return `'${text.replace(/'/g, "''")}'`
}

/** Installs the triggers in the database at `url` (idempotent) and opens a connection to read the counts. */
export async function installWriteCounter(url: string): Promise<WriteCounter> {
	const client = new pg.Client({ connectionString: url })
	await client.connect()
	await client.query(`
		CREATE TABLE IF NOT EXISTS ${SIDE_TABLE} (
			tbl text NOT NULL, op text NOT NULL, n bigint NOT NULL,
			tx bigint NOT NULL DEFAULT txid_current(), topics text[]
		);
		CREATE OR REPLACE FUNCTION fuzz_count_writes() RETURNS trigger LANGUAGE plpgsql AS $$
		DECLARE
			n bigint;
		BEGIN
			IF TG_OP = 'INSERT' THEN
				SELECT count(*) INTO n FROM new_rows;
			ELSIF TG_OP = 'DELETE' THEN
				SELECT count(*) INTO n FROM old_rows;
			ELSIF TG_NARGS > 0 THEN
				-- Only rows that changed in more than the ignored columns.
				SELECT count(*) INTO n FROM new_rows JOIN old_rows ON old_rows.id = new_rows.id
				WHERE (to_jsonb(new_rows) - TG_ARGV) IS DISTINCT FROM (to_jsonb(old_rows) - TG_ARGV);
			ELSE
				SELECT count(*) INTO n FROM new_rows;
			END IF;
			IF n > 0 AND TG_TABLE_NAME = 'OutboxEvent' AND TG_OP = 'INSERT' THEN
				INSERT INTO ${SIDE_TABLE} (tbl, op, n, topics)
				SELECT TG_TABLE_NAME, TG_OP, n, array_agg(DISTINCT to_jsonb(new_rows)->>'topic') FROM new_rows;
			ELSIF n > 0 THEN
				INSERT INTO ${SIDE_TABLE} (tbl, op, n) VALUES (TG_TABLE_NAME, TG_OP, n);
			END IF;
			RETURN NULL;
		END $$;
	`)
	const { rows } = await client.query<{ name: string }>(
		`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> $1`,
		[SIDE_TABLE],
	)
	const statements: string[] = []
	for (const { name } of rows) {
		if ((exemptTables as readonly string[]).includes(name)) continue
		const table = quote(name)
		const args = (ignoredColumns[name] ?? []).map(literal).join(', ')
		const triggers = [
			['insert', 'INSERT', 'REFERENCING NEW TABLE AS new_rows'],
			['update', 'UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
			['delete', 'DELETE', 'REFERENCING OLD TABLE AS old_rows'],
		] as const
		for (const [suffix, operation, referencing] of triggers) {
			const trigger = quote(`fuzz_count_${suffix}`)
			statements.push(
				`DROP TRIGGER IF EXISTS ${trigger} ON ${table}`,
				`CREATE TRIGGER ${trigger} AFTER ${operation} ON ${table} ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION fuzz_count_writes(${operation === 'UPDATE' ? args : ''})`,
			)
		}
	}
	await client.query(statements.join(';\n'))

	return {
		async take() {
			const { rows: counted } = await client.query<{ tbl: string; op: string; n: string; repair: boolean }>(
				`WITH taken AS (DELETE FROM ${SIDE_TABLE} RETURNING *),
				repairs AS (
					SELECT tx FROM taken GROUP BY tx
					HAVING bool_and(tbl = 'OutboxEvent' AND op = 'INSERT' AND topics <@ ARRAY['listing.changed'])
				)
				SELECT tbl, op, sum(n)::bigint AS n, tx IN (SELECT tx FROM repairs) AS repair
				FROM taken GROUP BY tbl, op, repair`,
			)
			const writes: Writes = {}
			for (const row of counted) {
				const key = row.repair ? SEARCH_REPAIR : `${row.tbl}:${row.op}`
				writes[key] = (writes[key] ?? 0) + Number(row.n)
			}
			return writes
		},
		close: () => client.end(),
	}
}

/** Rows the request itself wrote (search's own repairs left out). */
export function totalRows(writes: Writes): number {
	return Object.entries(writes).reduce((sum, [key, n]) => (key === SEARCH_REPAIR ? sum : sum + n), 0)
}
