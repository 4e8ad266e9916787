// Who answers for the website's accessibility. These are facts about the organisation that runs
// the site, which the sources do not give, so they are configuration: set them where the site is
// built. Unset, the accessibility statement says they are not yet set up; it never invents them.

/** Contact details for feedback on accessibility, from the build's environment. */
export interface AccessibilityContact {
	/** The public body responsible for the site (`SITE_OWNER`). */
	organisation?: string;
	/** Written contact for accessibility feedback (`SITE_ACCESSIBILITY_EMAIL`). */
	email?: string;
	/** Telephone contact for accessibility feedback (`SITE_ACCESSIBILITY_PHONE`). */
	phone?: string;
	/** The official statement made in Digitaliseringsstyrelsen's WAS-Tool, once it exists (`SITE_WAS_URL`). */
	wasUrl?: string;
}

function value(env: Record<string, string | undefined>, name: string): string | undefined {
	const text = env[name]?.trim();
	return text ? text : undefined;
}

/** Reads the accessibility contact from the environment; a malformed value stops the build. */
export function accessibilityContact(env: Record<string, string | undefined> = process.env): AccessibilityContact {
	const contact: AccessibilityContact = {
		organisation: value(env, 'SITE_OWNER'),
		email: value(env, 'SITE_ACCESSIBILITY_EMAIL'),
		phone: value(env, 'SITE_ACCESSIBILITY_PHONE'),
		wasUrl: value(env, 'SITE_WAS_URL'),
	};
	if (contact.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.email)) {
		throw new Error(`SITE_ACCESSIBILITY_EMAIL "${contact.email}" is not an e-mail address`);
	}
	if (contact.phone && !/^\+?[\d ]{8,}$/.test(contact.phone)) {
		throw new Error(`SITE_ACCESSIBILITY_PHONE "${contact.phone}" is not a telephone number (digits and spaces, e.g. 12 34 56 78)`);
	}
	if (contact.wasUrl && !/^https:\/\//.test(contact.wasUrl)) {
		throw new Error(`SITE_WAS_URL "${contact.wasUrl}" must be an https:// address`);
	}
	return contact;
}
