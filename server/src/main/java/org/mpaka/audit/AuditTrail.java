package org.mpaka.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.mpaka.shared.Ids;
import org.mpaka.shared.MpakaProperties;
import org.mpaka.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes, lists and verifies the audit trail: the module's public facade. */
@Service
public class AuditTrail {

    private static final String COLUMNS =
            "id, site, seq, occurred_at, actor, agency_code, client_address, action, object_type, object_id, reason, details, prev_hash, hash";

    private final JdbcClient jdbc;
    private final String site;
    private final Clock clock;
    private final ReentrantLock localLock = new ReentrantLock();

    public AuditTrail(JdbcClient jdbc, MpakaProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.site = properties.site();
        this.clock = clock;
    }

    /**
     * Appends a record to this site's chain, inside the caller's transaction: if the caller's work
     * rolls back, so does the record.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditRecord record(AuditEntry e) {
        localLock.lock(); // one writer per JVM; the head row's lock serialises other processes
        try {
            return append(e);
        } finally {
            localLock.unlock();
        }
    }

    /** Appends a record in a transaction of its own, e.g. for a failed sign-in. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditRecord recordAlone(AuditEntry e) {
        return record(e);
    }

    private AuditRecord append(AuditEntry e) {
        var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE site = ? FOR UPDATE")
                .param(site)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional();
        long seq = head.map(h -> (long) h[0] + 1).orElse(1L);
        String prev = head.map(h -> (String) h[1]).orElse(ChainHasher.GENESIS);
        Instant now = ChainHasher.normalise(clock.instant());
        AuditRecord unsigned = new AuditRecord(
                Ids.newId(),
                site,
                seq,
                now,
                e.actor(),
                e.agencyCode(),
                e.clientAddress(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.reason(),
                e.details(),
                prev,
                null);
        AuditRecord r = unsigned.withHash(ChainHasher.hash(unsigned));
        jdbc.sql("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        r.id(),
                        r.site(),
                        r.seq(),
                        Sql.utc(r.occurredAt()),
                        r.actor(),
                        r.agencyCode(),
                        r.clientAddress(),
                        r.action(),
                        r.objectType(),
                        r.objectId(),
                        r.reason(),
                        r.details(),
                        r.prevHash(),
                        r.hash())
                .update();
        if (head.isPresent()) {
            jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE site = ?")
                    .params(seq, r.hash(), site)
                    .update();
        } else {
            jdbc.sql("INSERT INTO audit_chain_head (site, last_seq, last_hash) VALUES (?, ?, ?)")
                    .params(site, seq, r.hash())
                    .update();
        }
        return r;
    }

    /** The newest records, optionally only those of one agency's actors. */
    @Transactional(readOnly = true)
    public List<AuditRecord> latest(int limit, Optional<String> agencyCode) {
        String where = agencyCode.isPresent() ? " WHERE agency_code = :agency" : "";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where
                        + " ORDER BY occurred_at DESC, seq DESC LIMIT :limit")
                .param("limit", limit);
        if (agencyCode.isPresent()) {
            spec = spec.param("agency", agencyCode.get());
        }
        return spec.query(AuditTrail::map).list();
    }

    /** Recomputes every site's chain and reports the first broken record of each. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        List<ChainVerification.Break> breaks = new ArrayList<>();
        long[] checked = {0};
        List<Object[]> heads = jdbc.sql("SELECT site, last_seq, last_hash FROM audit_chain_head ORDER BY site")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)})
                .list();
        List<String> sitesWithRecords = jdbc.sql("SELECT DISTINCT site FROM audit_event")
                .query(String.class)
                .list();
        for (String s : sitesWithRecords) {
            if (heads.stream().noneMatch(h -> h[0].equals(s))) {
                breaks.add(new ChainVerification.Break(s, 1, null, "records exist but the chain head is missing"));
            }
        }
        for (Object[] head : heads) {
            String headSite = (String) head[0];
            ChainWalker walker = new ChainWalker(headSite);
            jdbc
                    .sql("SELECT " + COLUMNS + " FROM audit_event WHERE site = ? ORDER BY seq")
                    .param(headSite)
                    .query(AuditTrail::map)
                    .stream()
                    .forEach(r -> {
                        checked[0]++;
                        walker.accept(r);
                    });
            walker.finish((long) head[1], (String) head[2]).ifPresent(breaks::add);
        }
        return new ChainVerification(checked[0], List.copyOf(breaks));
    }

    private static AuditRecord map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuditRecord(
                rs.getObject("id", UUID.class),
                rs.getString("site"),
                rs.getLong("seq"),
                Sql.instant(rs, "occurred_at"),
                rs.getString("actor"),
                rs.getString("agency_code"),
                rs.getString("client_address"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("reason"),
                rs.getString("details"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
