// `npm run bench`: every benchmark in turn, each in its own process (they
// start their own databases and must not share memory measurements). Results
// land in bench/results/; this prints where, and fails if any benchmark did.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const benchmarks = ['search-client.ts', 'search.ts', 'match.ts', 'quality.ts', 'load.ts']
let failed = 0
for (const file of benchmarks) {
	console.log(`\n▶ bench/${file}`)
	const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'bench', file)], {
		cwd: root,
		stdio: 'inherit',
	})
	if (result.status !== 0) failed++
}
console.log(`\n${benchmarks.length - failed} of ${benchmarks.length} benchmarks finished; results in bench/results/`)
process.exit(failed ? 1 : 0)
