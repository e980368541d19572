// How words of the vocabulary inflect, so that a form and its inflections
// compare equal on both sides of every match (search documents and queries,
// listing and request text).

/** Plural "s" removed so that "vectors"/"vector", "cells"/"cell" compare equal; "process", "virus", "analysis" keep theirs. */
export function stemToken(folded: string): string {
	if (folded.length > 4 && folded.endsWith('s') && !/(ss|us|is)$/.test(folded)) return folded.slice(0, -1)
	return folded
}
