// Where the hub's news items and events live, for pages, feeds and the sitemap alike.
export const newsItemPath = (slug: string) => `/news/${slug}`
export const eventPath = (slug: string) => `/events/${slug}`
