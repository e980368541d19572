// Members editing listings: the listing form, its rules, my listings and registering an organisation.
export const listings = {
	'listingField.name': 'Name',
	'listingField.kind': 'Type of organisation',
	'listingField.summary': 'Summary',
	'listingField.description': 'Description',
	'listingField.website': 'Website',
	'listingField.email': 'Contact e-mail',
	'listingField.street': 'Street address',
	'listingField.postcode': 'Postcode',
	'listingField.city': 'City',
	'listingField.campus': 'Campus',
	'listingField.lat': 'Latitude',
	'listingField.lng': 'Longitude',
	'listingField.organizationRef': 'Organisation',
	'listingField.lead': 'Group leader',
	'listingField.techniques': 'Techniques',
	'listingField.acceptsExternalProjects': 'Accepts external projects',
	'listingField.cleanroomGrades': 'Cleanroom grades',
	'listingField.areaSqm': 'Cleanroom area (m²)',
	'listingField.suites': 'Number of suites',
	'listingField.productTypes': 'Product types',
	'listingField.licences': 'Licences',
	'listingField.qpRelease': 'QP release on site',
	'listingField.availableFrom': 'Capacity available from',
	'listingField.title': 'Role or title',
	'listingField.bio': 'Biography',
	'listingField.expertise': 'Expertise',
	'listingField.orcid': 'ORCID iD',
	'listingField.languages': 'Languages',
	'listingField.openTo': 'Open to',
	'listingField.image': 'Picture',
	'listingField.imageFile': 'Picture file',
	'listingField.imageAlt': 'What the picture shows',
	'listingField.modalities': 'Modalities',
	'listingField.services': 'Services',
	'listingField.phases': 'Development phases',

	'listingHint.summary': 'One or two sentences for cards and search results.',
	'listingHint.description': 'Plain text. Leave an empty line between paragraphs.',
	'listingHint.website': 'A full address, for example https://www.example.se',
	'listingHint.email': 'Shown to signed-in members of the hub only.',
	'listingHint.street':
		'Street and number, for example Hälsovägen 7. For a building on the Flemingsberg campus the map position is filled in from it.',
	'listingHint.postcode': 'For example 141 57.',
	'listingHint.lat': 'Decimal degrees, for example 59.2203. Give latitude and longitude, or neither.',
	'listingHint.lng': 'Decimal degrees, for example 17.9390.',
	'listingHint.techniques': 'One technique per line.',
	'listingHint.expertise': 'One area per line.',
	'listingHint.languages': 'Separated by commas, for example Swedish, English (or svenska, engelska, or sv, en).',
	'listingHint.orcid': 'For example 0000-0002-1825-0097.',
	'listingHint.availableFrom': 'When you can take on a new project. Leave empty for “ask the facility”.',
	'listingHint.organizationFixed': 'Listed under this organisation. The hub coordinators can move it to another one.',
	'listingHint.codes': 'Tick all that apply.',
	'listingHint.imageFile':
		'JPEG, PNG or WebP, at most 5 MB. Like every change, it is shown once a hub coordinator has reviewed it.',
	'listingHint.imageAlt':
		'Needed with a picture: a few words for people who cannot see it, for example “Logo of Grantorp Biologics”.',

	'listingStatus.draft': 'Sent back',
	'listingStatus.pending_review': 'Waiting for review',
	'listingStatus.published': 'Published',
	'listingStatus.archived': 'Archived',

	'revisionStatus.pending': 'Waiting for review',
	'revisionStatus.approved': 'Approved',
	'revisionStatus.rejected': 'Changes requested',
	'revisionStatus.withdrawn': 'Replaced by a newer version',

	'visibility.public': 'Public',
	'visibility.members': 'Members only',

	'listingForm.section.basics': 'Basics',
	'listingForm.section.about': 'About',
	'listingForm.section.contact': 'Contact and location',
	'listingForm.section.research': 'Research',
	'listingForm.section.facility': 'Cleanrooms and capacity',
	'listingForm.section.expertise': 'Expertise',
	'listingForm.section.taxonomy': 'Therapy areas and services',
	'listingForm.positionByHand': 'Set the position on the map by hand (optional)',
	'listingForm.section.picture.organization': 'Logo',
	'listingForm.section.picture.facility': 'Photo of the facility',
	'listingForm.section.picture.expert': 'Your photo',
	'listingForm.picture.current': 'The picture now',
	'listingForm.picture.remove': 'Remove the picture',
	'listingForm.reviewNote':
		'A hub coordinator reviews every new listing and every change before it is published. Until then the current version stays public.',
	'listingForm.reviewNoteNew':
		'A hub coordinator reviews every new listing before it is published. Nothing of it is public until it has been approved.',
	'listingForm.submit': 'Submit for review',
	'listingForm.cancel': 'Cancel',

	'myListings.title': 'My listings',
	'myListings.intro':
		'Your organisations’ listings and your own expert profile. New listings and changes are published once a hub coordinator has reviewed them.',
	'myListings.role.admin': 'Administrator',
	'myListings.role.member': 'Member',
	'myListings.noOrganizations':
		'You do not belong to an organisation yet. Ask a colleague to invite you, or claim your organisation’s listing.',
	'myListings.add.organization': 'Add an organisation',
	'myListings.add.lab': 'Add a lab or research group',
	'myListings.add.facility': 'Add a GMP facility',
	'myListings.add.expert': 'Create your expert profile',
	'myListings.edit': 'Edit',
	'myListings.view': 'Public page',
	'myListings.pendingSince': 'Change sent {date}, waiting for review.',
	'myListings.rejectedOn': 'Changes requested on {date}.',
	'myListings.coordinatorComment': 'Coordinator’s comment',
	'myListings.resubmit': 'Edit and resubmit',
	'myListings.childrenEmpty': 'No labs, GMP facilities or experts listed yet.',
	'myListings.expertProfile': 'Your expert profile',
	'myListings.noExpertProfile':
		'You have no expert profile yet. Members looking for advice or a collaborator find experts in the directory.',
	'myListings.visibility.members': 'Only signed-in members of the hub can see your profile.',
	'myListings.visibility.public': 'Everyone can see your profile.',
	'myListings.visibility.makePublic': 'Make my profile public',
	'myListings.visibility.makeMembers': 'Show to members only',
	'myListings.submitted':
		'Sent for review. A hub coordinator will look at it soon; until then the current version stays public.',
	'myListings.submittedNew':
		'Sent for review. A hub coordinator will look at it soon; it becomes public once it has been approved.',
	'myListings.visibilitySaved': 'Visibility saved.',

	'listingNew.title.organization': 'New organisation',
	'listingNew.title.lab': 'New lab or research group',
	'listingNew.title.facility': 'New GMP facility',
	'listingNew.title.expert': 'Your expert profile',
	'listingNew.for': 'For {name}',

	// Registering a new organisation: a verified user who belongs to none yet.
	'registerOrganization.title': 'Register your organisation',
	'registerOrganization.heading': 'Is your organisation not in the directory yet?',
	'registerOrganization.intro':
		'Register it: you become its administrator and can add its labs and GMP facilities straight away. A hub coordinator reviews the organisation together with its first listing before anything is public.',
	'registerOrganization.start': 'Register a new organisation',
	'registerOrganization.formNote':
		'You become the organisation’s administrator. Nothing is public until a hub coordinator has reviewed it; you can add its labs and GMP facilities while it waits.',
	'registerOrganization.registered':
		'Your organisation is registered and waits for review. You are its administrator: add its GMP facility or lab now, and a coordinator can publish both with one approval.',
	'registerOrganization.waiting':
		'Waiting for review. A coordinator publishes it on its own or together with one of its listings below.',
	'registerOrganization.sentBack':
		'A coordinator sent this organisation back. Its listings below wait until you edit and resubmit it.',
	'registerOrganization.afterVerify':
		'Next, put your organisation in the directory: register it, or join one that is already listed.',
	'registerOrganization.toMyListings': 'Go to my listings',

	'listingEdit.title': 'Edit {name}',
	'listingEdit.fromPending':
		'You are editing the change sent on {date}, which is still waiting for review. Submitting again replaces it.',
	'listingEdit.fromRejected': 'A hub coordinator asked for changes before publishing. Their comment:',
	'listingEdit.archived': 'This listing is archived and cannot be edited. Ask the hub coordinators to restore it.',
	'listingEdit.merged': 'This listing was merged into another one and cannot be edited.',
} as const
