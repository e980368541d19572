import pg from 'pg'

/** Runs one statement on a connection of its own, closed again at once, and returns the rows. */
export async function query<Row extends pg.QueryResultRow = Record<string, unknown>>(
	url: string,
	sql: string,
	values: unknown[] = [],
	options: { connectionTimeoutMillis?: number } = {},
): Promise<Row[]> {
	const client = new pg.Client({ connectionString: url, ...options })
	await client.connect()
	try {
		return (await client.query<Row>(sql, values)).rows
	} finally {
		await client.end()
	}
}
