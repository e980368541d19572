// Reading a Conform form's errors the way the kit shows them: a list field's
// item errors ("modalities[2]") belong to the list, form-level errors ("") to
// the form.

/** "modalities[2]" and "feedback[0].rating" belong to "modalities" and "feedback". */
export function baseField(name: string): string {
	return name.replace(/[[.].*$/, '')
}

/** Every field's messages, list items folded into their list. */
export function errorsByField(allErrors: Record<string, readonly string[] | null | undefined>): Map<string, string[]> {
	const byField = new Map<string, string[]>()
	for (const [name, messages] of Object.entries(allErrors)) {
		if (name === '' || !messages?.length) continue
		const base = baseField(name)
		byField.set(base, [...(byField.get(base) ?? []), ...messages])
	}
	return byField
}

/** The errors of the form as a whole. */
export function formLevelErrors(allErrors: Record<string, readonly string[] | null | undefined>): string[] {
	return [...(allErrors[''] ?? [])]
}

/** Every message of a reply, fields' and the form's alike: for a page that says them all in one place. */
export function allMessages(errors: Record<string, readonly string[] | null | undefined> | null | undefined): string[] {
	return Object.values(errors ?? {}).flatMap((messages) => messages ?? [])
}
