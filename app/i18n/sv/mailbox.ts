import type { Translation } from '../messages.ts'
import type { mailbox as english } from '../en/mailbox.ts'

export const mailbox: Translation<typeof english> = {
	'mailbox.title': 'E-post',
	'mailbox.intro':
		'E-post som portalen har skickat. Utan SMTP_URL hamnar den i den här utvecklingsbrevlådan i stället för att lämna servern. E-post som fortfarande väntar på bakgrundsarbetaren visas först.',
	'mailbox.queuedTitle': 'Väntar på att skickas',
	'mailbox.queuedIntro': 'I utkorgen; bakgrundsarbetaren levererar den inom några sekunder när den är igång.',
	'mailbox.queuedNotice': 'Meddelandet väntar i utkorgen och har inte levererats än.',
	'mailbox.deliveredTitle': 'Utvecklingsbrevlåda',
	'mailbox.empty': 'Brevlådan är tom',
	'mailbox.emptyBody': 'E-post visas här när portalen har skickat någon, till exempel efter en registrering.',
	'mailbox.message': 'Meddelande',
	'mailbox.subject': 'Ämne',
	'mailbox.to': 'Till',
	'mailbox.when': 'Skickat',
	'mailbox.noSubject': '(inget ämne)',
	'mailbox.failing': 'Leveransen har misslyckats {attempts} gånger:',
}
