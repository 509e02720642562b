package org.mpaka.audit;

import org.mpaka.support.MpakaIT;

@MpakaIT
class AuditChainIT extends AuditChainContract {}
