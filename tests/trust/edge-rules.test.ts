import { describe, expect, it } from 'vitest'
import { isDatabaseUnreachable } from '../../app/utils/request-context.server.ts'
import { carriesSession } from '../../server/http/remix-handler.server.ts'
import { acceptedRequestId, redactedPath } from '../../server/http/request-log.server.ts'

// The small rules the edge decides by, on the inputs that matter: what a log
// line may show, which request ids are kept, which errors mean "no database"
// (503, not 500), and which requests carry a session (never cached).

describe('the logged path', () => {
	it.each([
		['/reset-password?token=abc123', '/reset-password?token=[redacted]'],
		['/verify-email?Token=abc&lang=sv', '/verify-email?Token=[redacted]&lang=sv'],
		['/login?redirectTo=%2Faccount&password=hunter2', '/login?redirectTo=%2Faccount&password=[redacted]'],
		['/oauth?code=xyz', '/oauth?code=[redacted]'],
		['/invitations/s3cr3t-token?lang=en', '/invitations/[redacted]?lang=en'],
		['/organizations?city=Huddinge', '/organizations?city=Huddinge'],
	])('%s is logged as %s', (path, logged) => {
		expect(redactedPath(path)).toBe(logged)
	})
})

describe('incoming request ids', () => {
	it('keeps short plain tokens and refuses anything that could forge or flood a log line', () => {
		expect(acceptedRequestId('a1b2-c3.d4:e5_f6')).toBe('a1b2-c3.d4:e5_f6')
		expect(acceptedRequestId('x'.repeat(65))).toBeUndefined()
		expect(acceptedRequestId('id\nlevel=fatal')).toBeUndefined()
		expect(acceptedRequestId('{"a":1}')).toBeUndefined()
		expect(acceptedRequestId('')).toBeUndefined()
		expect(acceptedRequestId(undefined)).toBeUndefined()
	})
})

describe('database unreachable', () => {
	it('recognises Prisma, driver adapter, node and PostgreSQL connection failures', () => {
		const prismaCantReach = Object.assign(new Error("Can't reach database server at 127.0.0.1:1"), {
			code: 'P1001',
			meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable' } } },
		})
		const rawQuery = Object.assign(new Error('Raw query failed. Code: `N/A`.'), {
			code: 'P2010',
			meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } },
		})
		const shuttingDown = Object.assign(new Error('Raw query failed.'), {
			code: 'P2010',
			meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01' } } },
		})
		const terminated = new Error('Connection terminated unexpectedly')
		const refused = new Error('connect failed', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) })
		for (const error of [prismaCantReach, rawQuery, shuttingDown, terminated, refused])
			expect(isDatabaseUnreachable(error)).toBe(true)
	})

	it('does not mistake an ordinary failure for an outage', () => {
		const unique = Object.assign(new Error('Unique constraint failed'), { code: 'P2002' })
		const syntax = Object.assign(new Error('Raw query failed.'), {
			code: 'P2010',
			meta: { driverAdapterError: { cause: { kind: 'postgres', code: '42601' } } },
		})
		for (const error of [unique, syntax, new TypeError('x is undefined'), null, 'text'])
			expect(isDatabaseUnreachable(error)).toBe(false)
	})
})

describe('signed-in requests', () => {
	// Those with a session cookie, with or without the __Host- prefix.
	it.each([
		['hub_lang=sv; hub_session=abc', true],
		['__Host-hub_session=abc', true],
		['hub_lang=sv', false],
		['not_hub_session=abc', false],
		[undefined, false],
	])('a Cookie header %s carries a session: %s', (cookie, signedIn) => {
		expect(carriesSession(cookie)).toBe(signedIn)
	})
})
