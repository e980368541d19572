// The development mailbox at /admin/mail.
export const mailbox = {
	'mailbox.title': 'Mail',
	'mailbox.intro':
		'Mail the portal has sent. Without SMTP_URL it goes into this development mailbox instead of leaving the server. Mail still waiting for the background worker is listed first.',
	'mailbox.queuedTitle': 'Waiting to be sent',
	'mailbox.queuedIntro': 'In the outbox; the background worker delivers it within seconds when it is running.',
	'mailbox.queuedNotice': 'This message is waiting in the outbox and has not been delivered yet.',
	'mailbox.deliveredTitle': 'Development mailbox',
	'mailbox.empty': 'The mailbox is empty',
	'mailbox.emptyBody': 'Mail appears here once the portal sends some, for example after a sign-up.',
	'mailbox.message': 'Message',
	'mailbox.subject': 'Subject',
	'mailbox.to': 'To',
	'mailbox.when': 'Sent',
	'mailbox.noSubject': '(no subject)',
	'mailbox.failing': 'Delivery failed {attempts} times:',
} as const
