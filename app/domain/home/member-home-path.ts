/** Where a signed-in member starts: login's destination when no page asked to be returned to. */
export const memberHomePath = '/home'
