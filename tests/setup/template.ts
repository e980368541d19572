export const TEMPLATE_DATABASE = 'hub_template'
