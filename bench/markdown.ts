/** The first two lines of a Markdown table: the column names and the line under them. */
export function tableHead(...columns: string[]): [string, string] {
	return [`| ${columns.join(' | ')} |`, `|${columns.map(() => '---|').join('')}`]
}
