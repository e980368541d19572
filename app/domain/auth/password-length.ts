// Apart from the policy's schema so that a form showing the minimum does not
// load the schema library and the list of common passwords into the browser.
// Length counts characters as people see them (code points).

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128
