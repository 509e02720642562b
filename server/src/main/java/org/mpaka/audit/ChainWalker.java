package org.mpaka.audit;

import java.util.Optional;

/** Follows one site's records in sequence order and remembers the first break. */
final class ChainWalker {

    private final String site;
    private long expectedSeq = 1;
    private String expectedPrev = ChainHasher.GENESIS;
    private ChainVerification.Break firstBreak;

    ChainWalker(String site) {
        this.site = site;
    }

    void accept(AuditRecord r) {
        if (firstBreak != null) {
            return;
        }
        if (r.seq() != expectedSeq) {
            firstBreak = new ChainVerification.Break(
                    site,
                    expectedSeq,
                    null,
                    "record " + expectedSeq + " is missing (next found is " + r.seq() + "): deleted");
            return;
        }
        if (!r.prevHash().equals(expectedPrev)) {
            firstBreak = new ChainVerification.Break(
                    site, r.seq(), r.id(), "previous-hash link does not match record " + (r.seq() - 1));
            return;
        }
        if (!ChainHasher.hash(r).equals(r.hash())) {
            firstBreak = new ChainVerification.Break(
                    site, r.seq(), r.id(), "contents do not match the record's hash: edited");
            return;
        }
        expectedSeq = r.seq() + 1;
        expectedPrev = r.hash();
    }

    Optional<ChainVerification.Break> finish(long headSeq, String headHash) {
        if (firstBreak != null) {
            return Optional.of(firstBreak);
        }
        long last = expectedSeq - 1;
        if (last != headSeq) {
            return Optional.of(new ChainVerification.Break(
                    site,
                    last + 1,
                    null,
                    "chain ends at record " + last + " but " + headSeq + " were written: the newest were deleted"));
        }
        if (last > 0 && !expectedPrev.equals(headHash)) {
            return Optional.of(new ChainVerification.Break(
                    site, last, null, "the last record's hash differs from the chain head: edited"));
        }
        return Optional.empty();
    }
}
