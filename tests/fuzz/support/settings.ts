import path from 'node:path'

// What `npm run fuzz` passes to the fuzz test files (tests/fuzz/cli.ts sets
// these); `npm test` runs with the defaults.

const root = path.resolve(import.meta.dirname, '../../..')

export const fuzzSettings = {
	/** Cases per target. */
	runs: Number(process.env.FUZZ_RUNS ?? 1000),
	/**
	 * Seconds after which a target stops generating cases (0: none). `npm test`
	 * bounds each target's time so that a loaded machine makes the suite
	 * shallower rather than slower; `npm run fuzz` runs every case.
	 */
	timeLimitSeconds: Number(process.env.FUZZ_TIME_LIMIT_S ?? 6),
	/** fast-check's seed; a fresh one each run unless given, always printed with a failure. */
	seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() ^ (Math.random() * 0x7fffffff),
	/** Replay one case: fast-check's path, printed with a failure. */
	path: process.env.FUZZ_PATH || undefined,
	/** Only these targets (comma-separated names). */
	only: process.env.FUZZ_ONLY ? process.env.FUZZ_ONLY.split(',').map((name) => name.trim()) : undefined,
	/** Where each target's result is written for the report. */
	resultsDir: process.env.FUZZ_RESULTS_DIR ?? path.join(root, 'tests/.tmp/fuzz'),
}
