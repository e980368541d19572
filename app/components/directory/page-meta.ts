import type { MetaFunction } from '@remix-run/react'
import type { Translator } from '~/i18n/messages.ts'
import { documentMeta, errorDocument, type PageAddress, type PageDescription } from '~/i18n/meta.ts'

/**
 * The meta() of a directory page: its title, description, share card and
 * schema.org data from the loader's data or, when the loader failed, the
 * title of the error page shown instead. Its query (?page=) is part of its
 * canonical address.
 */
export function directoryPageMeta<Data>(
	describe: (data: Data, i18n: Translator, page: PageAddress) => PageDescription,
): MetaFunction {
	return ({ data, matches, error, location }) =>
		documentMeta(
			matches,
			(i18n, page) => (data ? describe(data as Data, i18n, page) : errorDocument(i18n, error)),
			location,
		)
}
