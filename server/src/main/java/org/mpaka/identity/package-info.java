/**
 * Identity and access: user accounts (one agency each, optional posts, roles), password sign-in
 * with lock-out, API tokens for machine clients, and the security rules. The facade is {@link
 * org.mpaka.identity.UserAccounts}; the signed-in principal is {@link
 * org.mpaka.identity.MpakaPrincipal}. Depends on reference data (agency codes) and audit.
 */
package org.mpaka.identity;
