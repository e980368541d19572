/** An offer's public page, for pages and the sitemap alike. */
export const offerPath = (slug: string) => `/establish/${slug}`
