// The lines of a contact list, as the two sides of an introduced route see
// each other: addresses and sites as links, a person with their phone.

export function EmailItem({ email }: { email: string }) {
	return (
		<li>
			<a className="link" href={`mailto:${email}`}>
				{email}
			</a>
		</li>
	)
}

export function WebsiteItem({ website }: { website: string }) {
	return (
		<li>
			<a className="link" href={website} rel="noopener noreferrer">
				{website}
			</a>
		</li>
	)
}

export function PersonItem({ person }: { person: { name: string; email: string; phone: string | null } }) {
	return (
		<li>
			{person.name} ·{' '}
			<a className="link" href={`mailto:${person.email}`}>
				{person.email}
			</a>
			{person.phone ? ` · ${person.phone}` : ''}
		</li>
	)
}
