package org.mpaka.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tamper detection, run on H2 ({@link AuditChainIT}) and PostgreSQL ({@link AuditChainPostgresIT}):
 * an edited, a deleted and a truncated chain are each named.
 */
abstract class AuditChainContract {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void startFromAFreshChain() {
        jdbc.sql("DELETE FROM audit_event").update();
        jdbc.sql("DELETE FROM audit_chain_head").update();
    }

    private void write(int n) {
        for (int i = 0; i < n; i++) {
            int k = i;
            tx.executeWithoutResult(s -> audit.record(new AuditEntry(
                    "officer.rw", "DGIE", "10.0.0." + k, "person.read", "person", "p-" + k, "counter check", null)));
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        write(5);
        ChainVerification v = audit.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.recordsChecked()).isEqualTo(5);
    }

    @Test
    void anEditedRecordIsNamed() {
        write(5);
        jdbc.sql("UPDATE audit_event SET actor = 'someone.else' WHERE seq = 3").update();
        ChainVerification v = audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.breaks()).singleElement().satisfies(b -> {
            assertThat(b.seq()).isEqualTo(3);
            assertThat(b.problem()).contains("edited");
        });
    }

    @Test
    void aDeletedRecordIsNamed() {
        write(5);
        jdbc.sql("DELETE FROM audit_event WHERE seq = 2").update();
        ChainVerification v = audit.verify();
        assertThat(v.breaks()).singleElement().satisfies(b -> {
            assertThat(b.seq()).isEqualTo(2);
            assertThat(b.problem()).contains("deleted");
        });
    }

    @Test
    void deletingTheNewestRecordsIsDetected() {
        write(4);
        jdbc.sql("DELETE FROM audit_event WHERE seq >= 3").update();
        ChainVerification v = audit.verify();
        assertThat(v.breaks())
                .singleElement()
                .satisfies(b -> assertThat(b.seq()).isEqualTo(3));
    }

    @Test
    void aRolledBackChangeLeavesNoRecord() {
        write(1);
        try {
            tx.executeWithoutResult(s -> {
                audit.record(new AuditEntry("officer.rw", "DGIE", null, "user.create", "user", "x", null, null));
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertThat(audit.verify().recordsChecked()).isEqualTo(1);
        assertThat(audit.verify().intact()).isTrue();
    }
}
