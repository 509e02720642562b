/**
 * The tamper-evident audit trail. Every change and every read of a person's data is recorded
 * through {@link org.mpaka.audit.AuditTrail}, inside the caller's transaction, so a failed
 * request leaves no record claiming success. Each site writes its own hash chain; {@link
 * org.mpaka.audit.AuditTrail#verify()} recomputes it and names the first broken record. Depends on
 * no other module.
 */
package org.mpaka.audit;
