/**
 * Clearing travellers at a post's counter: document capture (MRZ or manual), the traveller, the
 * checks (document, watchlists, entitlement, open stay, opening hours), the officer's decision
 * with hit dispositions, and the crossing recorded as an exit and an entry owned by each
 * country's agency. Facade services: {@link org.mpaka.border.CounterSessions},
 * {@link org.mpaka.border.CrossingChecks}, {@link org.mpaka.border.Crossings},
 * {@link org.mpaka.border.PostDashboard}. Tables {@code border_*}, owned by the post, except the
 * configuration tables (entitlement rules, nationality groups, data sharing), owned by
 * headquarters.
 */
package org.mpaka.border;
