import type { EnquiryOutcome } from '~/domain/establishment/enquiry-lifecycle.ts'
import type { Locale } from '~/i18n/locale.ts'
import { translator, type Translator } from '~/i18n/messages.ts'
import { noticeText, type NoticeKind, type NoticeParams } from './request-notice.ts'
import type { Digest } from '~/domain/saved-searches/run-alerts.server.ts'
import type { OutgoingMail } from './transport.server.ts'

// Every e-mail the portal sends, in the recipient's language, with its words
// from the catalogue (app/i18n, feature `mail`). Plain text first: it is what
// every client shows and what tests read.

type Template<P> = (params: P & { to: string; locale: Locale; baseUrl: string }) => OutgoingMail

function mail(i18n: Translator, to: string, subject: string, paragraphs: string[]): OutgoingMail {
	return { to, subject, text: [...paragraphs, '', i18n.t('mail.signature')].join('\n') }
}

/** The coordinator's own words, when they wrote any, as a paragraph of their own. */
function comment(i18n: Translator, text: string | null | undefined): string[] {
	return text ? ['', i18n.t('mail.coordinatorComment', { comment: text })] : []
}

export const mailTemplates = {
	verifyEmail: (({ to, locale, baseUrl, name, token, next }) => {
		const i18n = translator(locale)
		// `next`: the page the person signed up on the way to, already checked to be a path of this site.
		const back = next ? `&next=${encodeURIComponent(next)}` : ''
		return mail(i18n, to, i18n.t('mail.verifyEmail.subject'), [
			i18n.t('mail.hello', { name }),
			'',
			i18n.t('mail.verifyEmail.body', { link: `${baseUrl}/verify-email?token=${token}${back}` }),
		])
	}) as Template<{ name: string; token: string; next?: string }>,

	resetPassword: (({ to, locale, baseUrl, token }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.resetPassword.subject'), [
			i18n.t('mail.resetPassword.body', { link: `${baseUrl}/reset-password?token=${token}` }),
		])
	}) as Template<{ token: string }>,

	changeEmail: (({ to, locale, baseUrl, token }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.changeEmail.subject'), [
			i18n.t('mail.changeEmail.body', { link: `${baseUrl}/verify-email?token=${token}` }),
		])
	}) as Template<{ token: string }>,

	// Sign-up with an address that already has an account: the page says the same
	// as for a new address (no account enumeration), and the owner learns here.
	accountExists: (({ to, locale, baseUrl }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.accountExists.subject'), [
			i18n.t('mail.accountExists.body', { loginLink: `${baseUrl}/login`, resetLink: `${baseUrl}/forgot-password` }),
		])
	}) as Template<Record<never, never>>,

	// `forRequest`: sent from a request's triage, so it says why the hub asks (never what the request is).
	invitation: (({ to, locale, baseUrl, organizationName, inviterName, token, forRequest }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.invitation.subject', { organization: organizationName }), [
			...(forRequest ? [i18n.t('mail.invitation.forRequest', { organization: organizationName }), ''] : []),
			i18n.t('mail.invitation.body', {
				inviter: inviterName,
				organization: organizationName,
				link: `${baseUrl}/invitations/${token}`,
			}),
		])
	}) as Template<{ organizationName: string; inviterName: string; token: string; forRequest?: boolean }>,

	reviewOutcome: (({ to, locale, baseUrl, listingName, approved, spam, comment: coordinatorComment }) => {
		const i18n = translator(locale)
		const outcome = approved ? 'approved' : spam ? 'spam' : 'rejected'
		return mail(i18n, to, i18n.t(`mail.reviewOutcome.${outcome}.subject`, { listing: listingName }), [
			i18n.t(`mail.reviewOutcome.${outcome}.body`, { listing: listingName }),
			...comment(i18n, coordinatorComment),
			'',
			i18n.t('mail.reviewOutcome.listings', { link: `${baseUrl}/my-listings` }),
		])
	}) as Template<{ listingName: string; approved: boolean; spam?: boolean; comment?: string | null }>,

	claimDecision: (({ to, locale, baseUrl, organizationName, organizationPath, approved, note }) => {
		const i18n = translator(locale)
		const outcome = approved ? 'approved' : 'rejected'
		const organization = organizationName
		return mail(i18n, to, i18n.t(`mail.claimDecision.${outcome}.subject`, { organization }), [
			i18n.t(`mail.claimDecision.${outcome}.body`, { organization }),
			...comment(i18n, note),
			'',
			approved
				? i18n.t('mail.claimDecision.approved.members', { link: `${baseUrl}${organizationPath}/members` })
				: `${baseUrl}${organizationPath}`,
		])
	}) as Template<{
		organizationName: string
		organizationPath: string
		approved: boolean
		note?: string | null
	}>,

	// Told after the fact, so that an owner whose password or address someone
	// else changed learns it at once and knows what to do.
	passwordChanged: (({ to, locale, baseUrl, name, how }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.passwordChanged.subject'), [
			i18n.t('mail.hello', { name }),
			'',
			i18n.t(how === 'reset' ? 'mail.passwordChanged.reset' : 'mail.passwordChanged.changed'),
			i18n.t('mail.passwordChanged.body', { link: `${baseUrl}/forgot-password` }),
		])
	}) as Template<{ name: string; how: 'changed' | 'reset' }>,

	// Goes to the OLD address: the new one has just proved itself with the link.
	emailChanged: (({ to, locale, name, newEmail }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.emailChanged.subject'), [
			i18n.t('mail.hello', { name }),
			'',
			i18n.t('mail.emailChanged.body', { newEmail }),
		])
	}) as Template<{ name: string; newEmail: string }>,

	/**
	 * Everything that happens to a match request: the words of the in-app
	 * notification, the quote the recipient should read, and the link to the
	 * page where they act.
	 */
	requestNotice: (({ to, locale, baseUrl, kind, path, ...params }) => {
		const i18n = translator(locale)
		const { subject, body } = noticeText(locale, kind, params)
		const quote = params.quote?.trim()
		return mail(i18n, to, subject, [
			body,
			...(quote ? ['', ...quote.split('\n').map((line) => `> ${line}`)] : []),
			'',
			`${baseUrl}${path}`,
		])
	}) as Template<NoticeParams & { kind: NoticeKind; path: string }>,

	// Establishment enquiries from visitors (members hear through requestNotice):
	// each mail carries its own link to the thread, the one secret it holds.
	enquiryConfirm: (({ to, locale, baseUrl, name, company, path }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.enquiryConfirm.subject'), [
			i18n.t('mail.hello', { name }),
			'',
			i18n.t('mail.enquiryConfirm.body', { company, link: `${baseUrl}${path}` }),
		])
	}) as Template<{ name: string; company: string; path: string; token: string }>,

	enquiryAnswered: (({ to, locale, baseUrl, name, company, answer, path }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.enquiryAnswered.subject', { company }), [
			i18n.t('mail.hello', { name }),
			'',
			i18n.t('mail.enquiryAnswered.body'),
			'',
			...answer.split('\n').map((line) => `> ${line}`),
			'',
			i18n.t('mail.enquiryAnswered.link', { link: `${baseUrl}${path}` }),
		])
	}) as Template<{ name: string; company: string; answer: string; path: string; token: string }>,
	enquiryClosed: (({ to, locale, baseUrl, name, company, outcome, path }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.enquiryClosed.subject', { company }), [
			i18n.t('mail.hello', { name }),
			'',
			i18n.t('mail.enquiryClosed.body', { company, outcome: i18n.t(`enquiry.outcome.${outcome}`) }),
			'',
			i18n.t('mail.enquiryClosed.link', { link: `${baseUrl}${path}` }),
		])
	}) as Template<{ name: string; company: string; outcome: EnquiryOutcome; path: string; token: string }>,
	/**
	 * Something new the person follows (news or events, app/domain/news/followers-mail.server.ts).
	 * `token` is their unsubscribe link's: the one link of the mail's body and
	 * of its List-Unsubscribe header, which a mail client may POST to with no
	 * one signed in (RFC 8058).
	 */
	followedContent: (({ to, locale, baseUrl, kind, title, summary, path, token }) => {
		const i18n = translator(locale)
		const unsubscribe = `${baseUrl}/unsubscribe/${token}`
		return {
			...mail(i18n, to, i18n.t(`mail.follow.${kind}.subject`, { title }), [
				i18n.t(`mail.follow.${kind}.intro`),
				'',
				title,
				summary,
				'',
				`${baseUrl}${path}`,
				'',
				i18n.t('mail.follow.why', { link: unsubscribe }),
			]),
			headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
		}
	}) as Template<{ kind: 'news' | 'event'; title: string; summary: string; path: string; token: string }>,

	/** An event's seat for someone who registered or waited: moved up from the waiting list. */
	eventSeatGiven: (({ to, locale, baseUrl, title, when, path }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.follow.seatGiven.subject', { title }), [
			i18n.t('mail.follow.seatGiven.body', { title, when }),
			'',
			`${baseUrl}${path}`,
		])
	}) as Template<{ title: string; when: string; path: string }>,

	/** To everyone registered or waiting when the hub cancels an event. */
	eventCancelledForRegistrant: (({ to, locale, baseUrl, title, when, path }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.follow.cancelled.subject', { title }), [
			i18n.t('mail.follow.cancelled.body', { title, when }),
			'',
			`${baseUrl}${path}`,
		])
	}) as Template<{ title: string; when: string; path: string }>,

	/**
	 * The member's digest (app/domain/saved-searches/run-alerts.server.ts):
	 * each search's new and changed listings, unread notices, followed news
	 * and events, then open calls, events and offers; one unsubscribe link,
	 * also in List-Unsubscribe (RFC 2369, 8058), that stops all of it.
	 */
	alertDigest: (({ to, locale, baseUrl, digest, token }) => {
		const i18n = translator(locale)
		const unsubscribe = `${baseUrl}/unsubscribe/${token}`
		const section = (heading: string, items: Array<{ title: string; url: string }>) =>
			items.length ? ['', heading, ...items.map((item) => `- ${item.title}\n  ${baseUrl}${item.url}`)] : []
		return {
			...mail(i18n, to, i18n.t('alertsMail.subject'), [
				i18n.t('alertsMail.intro'),
				...digest.searches.flatMap((search) => [
					'',
					i18n.t('alertsMail.search', { name: search.name }),
					...search.listings.map(
						(listing) =>
							`- ${listing.name} (${i18n.t(listing.isNew ? 'alertsMail.new' : 'alertsMail.changed')})\n  ${baseUrl}${listing.url}`,
					),
					...(search.more ? [i18n.t('alertsMail.more', { link: `${baseUrl}${search.url}` })] : []),
				]),
				...section(i18n.t('alertsMail.notices'), digest.notices),
				...section(i18n.t('alertsMail.followedNews'), digest.followedNews),
				...section(i18n.t('alertsMail.followedEvents'), digest.followedEvents),
				...section(i18n.t('alertsMail.openCalls'), digest.openCalls),
				...section(i18n.t('alertsMail.events'), digest.events),
				...section(i18n.t('alertsMail.offers'), digest.offers),
				'',
				i18n.t('alertsMail.settings', { link: `${baseUrl}/account/alerts` }),
				i18n.t('alertsMail.why', { link: unsubscribe }),
			]),
			headers: {
				'List-Unsubscribe': `<${unsubscribe}>`,
				'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
			},
		}
	}) as Template<{ digest: Digest; token: string }>,
	// Stale-listing nudges and verification evidence (docs/decisions/044).
	/**
	 * "Is <listing> still accurate?": `token` is the one-click confirmation's,
	 * a page with a button (mail scanners open links; only a person's POST
	 * confirms), beside the way to propose an edit.
	 */
	staleNudge: (({ to, locale, baseUrl, name, listingName, token, editPath }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.staleNudge.subject', { listing: listingName }), [
			i18n.t('mail.hello', { name }),
			'',
			i18n.t('mail.staleNudge.body', { listing: listingName }),
			'',
			i18n.t('mail.staleNudge.confirm', { link: `${baseUrl}/listings/confirm/${token}` }),
			'',
			i18n.t('mail.staleNudge.edit', { link: `${baseUrl}${editPath}` }),
		])
	}) as Template<{ name: string; listingName: string; token: string; editPath: string }>,
	/** "Are the suite windows of <facility> still right?": the same one-click confirmation, and the capacity editor. */
	capacityNudge: (({ to, locale, baseUrl, name, listingName, months, token, editPath }) => {
		const i18n = translator(locale)
		return mail(i18n, to, i18n.t('mail.capacityNudge.subject', { listing: listingName }), [
			i18n.t('mail.hello', { name }),
			'',
			i18n.t('mail.capacityNudge.body', { listing: listingName, months }),
			'',
			i18n.t('mail.capacityNudge.confirm', { link: `${baseUrl}/listings/confirm/${token}` }),
			'',
			i18n.t('mail.capacityNudge.edit', { link: `${baseUrl}${editPath}` }),
		])
	}) as Template<{ name: string; listingName: string; months: number; token: string; editPath: string }>,

	/** The evidence behind a listing's badge expires in 30 days: to its provider and to the coordinators. */
	evidenceExpiring: (({ to, locale, baseUrl, listingName, licenceCode, reference, expiresOn, path }) => {
		const i18n = translator(locale)
		const licence = licenceCode ? i18n.term('licences', licenceCode) : i18n.t('mail.evidenceExpiring.general')
		return mail(i18n, to, i18n.t('mail.evidenceExpiring.subject', { listing: listingName }), [
			i18n.t('mail.evidenceExpiring.body', {
				listing: listingName,
				licence,
				reference,
				date: i18n.formatDate(expiresOn),
			}),
			'',
			`${baseUrl}${path}`,
		])
	}) as Template<{
		listingName: string
		licenceCode: string | null
		reference: string
		/** "YYYY-MM-DD" */
		expiresOn: string
		path: string
	}>,
}

export type MailTemplateName = keyof typeof mailTemplates
