export const TEMPLATE_DATABASE = 'hub_template'
/** Tests connect as this role (no superuser), the way the portal connects as hub_app. */
export const TEST_APP_ROLE = 'hub_test_app'
