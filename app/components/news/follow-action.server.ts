import { formIntent, handleIntents } from '~/components/forms/form-action.server.ts'
import { followSchema } from '~/domain/news/follow-schema.ts'
import { setFollowing } from '~/domain/news/set-following.server.ts'
import { requireActor } from '~/http/viewer.server.ts'

/** The follow form's post on /news and /events: saved, then back to the same list with what was done. */
export async function followAction(request: Request) {
	const actor = await requireActor(request)
	const url = new URL(request.url)
	url.searchParams.delete('done')
	url.searchParams.delete('index')
	return handleIntents(await request.formData(), {
		follow: formIntent(followSchema, async (value) => {
			await setFollowing(actor, value)
			url.searchParams.set('done', value.news || value.events ? 'followed' : 'stopped')
			return `${url.pathname}${url.search}`
		}),
	})
}
