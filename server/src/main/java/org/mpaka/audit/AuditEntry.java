package org.mpaka.audit;

/**
 * What to record: who did what to which object, and why.
 *
 * @param actor username or token name; {@code system} for Mpaka itself
 * @param agencyCode the actor's agency, if any
 * @param clientAddress the client's IP address, if the action came over the network
 * @param action what happened, e.g. {@code user.create}, {@code person.read}, {@code signin.failure}
 * @param objectType the kind of object acted on, e.g. {@code user}
 * @param objectId the object's identifier
 * @param reason the reason the user gave, where the UI asked for one
 * @param details further facts (never passwords or secrets)
 */
public record AuditEntry(
        String actor,
        String agencyCode,
        String clientAddress,
        String action,
        String objectType,
        String objectId,
        String reason,
        String details) {

    public AuditEntry {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("audit entry needs an actor");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("audit entry needs an action");
        }
    }
}
