package org.mpaka.audit;

import org.mpaka.support.PostgresIT;

@PostgresIT
class AuditChainPostgresIT extends AuditChainContract {}
