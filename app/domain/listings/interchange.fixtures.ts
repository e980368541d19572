// The examples of docs/interchange-format.md, verbatim: the interchange tests
// accept them unchanged, and the mapping tests start from them.

export const organizationExample = {
	ref: 'org-0042',
	name: 'Nordic Vector Works AB',
	kind: 'cdmo',
	summary: 'One-line description',
	description: 'Free text, may be several paragraphs, English or Swedish.',
	website: 'https://example.org',
	email: 'contact@example.org',
	city: 'Huddinge',
	campus: 'Novum',
	lat: 59.2199,
	lng: 17.9403,
	modalities: ['aav', 'lentiviral'],
	services: ['viral-vector-production', 'qc-testing'],
	phases: ['preclinical', 'phase-1'],
	verified: true,
}

export const labExample = {
	ref: 'lab-0007',
	organizationRef: 'org-0003',
	name: 'Cell Engineering Group',
	lead: 'Dr. A. Example',
	summary: '...',
	description: '...',
	techniques: ['flow cytometry', 'CRISPR screening'],
	modalities: ['car-t'],
	services: ['process-development'],
	phases: ['discovery', 'preclinical'],
	acceptsExternalProjects: true,
}

export const facilityExample = {
	ref: 'fac-0003',
	organizationRef: 'org-0042',
	name: 'Suite 2 cleanroom',
	summary: '...',
	description: '...',
	cleanroomGrades: ['A', 'B', 'C', 'D'],
	areaSqm: 420,
	suites: 3,
	productTypes: ['autologous', 'gene-modified-cells'],
	licences: ['mpa-manufacturing', 'gmo-contained-use'],
	qpRelease: true,
	availableFrom: '2027-03-01',
	modalities: ['car-t'],
	services: ['gmp-manufacturing', 'qp-release'],
	phases: ['phase-1', 'phase-2'],
}

export const expertExample = {
	ref: 'exp-0101',
	organizationRef: 'org-0003',
	name: 'Dr. B. Example',
	title: 'Associate Professor, Cell Therapy',
	bio: 'Free text.',
	expertise: ['potency assays', 'flow cytometry'],
	modalities: ['nk'],
	services: ['analytical-development', 'consulting'],
	phases: ['preclinical'],
	orcid: '0000-0002-1825-0097',
	languages: ['en', 'sv'],
	openTo: ['consulting', 'collaboration'],
}
