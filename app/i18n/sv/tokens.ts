import type { Translation } from '../messages.ts'
import type { tokens as english } from '../en/tokens.ts'

export const tokens: Translation<typeof english> = {
	'apiTokens.title': 'API-nycklar',
	'apiTokens.hubTokens': 'Hubbens nycklar',
	'apiTokens.nav': 'API-nycklar',
	'apiTokens.intro.organization':
		'En nyckel låter ett av organisationens system (ett CRM, en katalog) läsa hubbens API för organisationen: katalogen så som era medlemmar ser den, och organisationens matchningsförfrågningar. Ge varje system en egen nyckel, med bara det den behöver.',
	'apiTokens.intro.hub':
		'En hubbnyckel läser API:et med en koordinators räckvidd: katalogen så som medlemmar ser den och varje inskickad matchningsförfrågan. Ge varje partnersystem en egen nyckel, med bara det den behöver.',
	'apiTokens.none': 'Inga nycklar ännu.',
	'apiTokens.create.title': 'Ny nyckel',
	'apiTokens.create.submit': 'Skapa nyckeln',
	'apiTokens.create.pending': 'Skapar…',
	'apiTokens.field.organization': 'För',
	'apiTokens.field.nameHint': 'Vad som ska använda den, t.ex. ”Stiftelsens CRM”.',
	'apiTokens.field.scopes': 'Vad den får läsa',
	'apiTokens.scopes.required': 'Välj minst en sak som den får läsa.',
	'apiTokens.scope.listings:read': 'Poster i katalogen',
	'apiTokens.scopeHint.listings:read': 'Katalogen, så som ägarens medlemmar ser den.',
	'apiTokens.scope.requests:read': 'Matchningsförfrågningar',
	'apiTokens.scopeHint.requests:read':
		'Status, behov, datum och utfall för ägarens matchningsförfrågningar (en hubbnyckel: alla inskickade).',
	'apiTokens.field.expiresOnHint': 'Valfritt. Nyckeln fungerar till och med denna dag (UTC).',
	'apiTokens.created.title': 'Din nya nyckel ”{name}”',
	'apiTokens.created.copy':
		'Kopiera den nu och förvara den säkert: sidan visar den bara den här gången. System skickar den som ”Authorization: Bearer” följt av nyckeln.',
	'apiTokens.created.label': 'Nyckeln',
	'apiTokens.column.name': 'Namn',
	'apiTokens.column.prefix': 'Börjar med',
	'apiTokens.column.scopes': 'Får läsa',
	'apiTokens.column.created': 'Skapad',
	'apiTokens.column.lastUsed': 'Senast använd',
	'apiTokens.column.expires': 'Upphör',
	'apiTokens.column.status': 'Status',
	'apiTokens.never': 'Aldrig',
	'apiTokens.noExpiry': 'Upphör inte',
	'apiTokens.status.active': 'Aktiv',
	'apiTokens.status.expired': 'Har upphört',
	'apiTokens.status.revoked': 'Återkallad',
	'apiTokens.revoke': 'Återkalla…',
	'apiTokens.revoke.title': 'Återkalla ”{name}”?',
	'apiTokens.revoke.body':
		'Varje system som använder nyckeln som börjar med {prefix} nekas från och med nästa anrop. Det går inte att ångra: ett system som fortfarande behöver åtkomst får en ny nyckel.',
	'apiTokens.revoke.confirm': 'Återkalla nyckeln',
	'apiTokens.revoke.cancel': 'Behåll den',
	'apiTokens.revoked': 'Nyckeln återkallades.',
	'auditAction.apiToken.created': 'Skapade en API-nyckel',
	'auditAction.apiToken.revoked': 'Återkallade en API-nyckel',
	// Refusals on the token pages.
	'rule:api-token-not-found': 'Nyckeln finns inte.',
	'rule:api-token-revoked': 'Nyckeln var redan återkallad.',
}
