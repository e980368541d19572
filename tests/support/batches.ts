/**
 * Hands the batches on and, once the first is taken, runs `between` before the rest:
 * a rebuild caught half-way, for whatever a test wants to happen meanwhile.
 */
export async function* afterFirstBatch<Batch>(
	batches: AsyncIterable<Batch>,
	between: () => Promise<unknown>,
): AsyncGenerator<Batch> {
	let first = true
	for await (const batch of batches) {
		yield batch
		if (first) {
			first = false
			await between()
		}
	}
}
