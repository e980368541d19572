// Apart from the schemas so that a page showing the field does not load the
// schema library into the browser just for its name.

/**
 * The honeypot: a field people never see (visually hidden, aria-hidden, out
 * of the tab order) that form-filling bots do fill in. The name is one that
 * bots like and browsers' autofill leaves alone (autocomplete="off").
 */
export const HONEYPOT_FIELD = 'website'
