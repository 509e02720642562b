package org.mpaka.border;

import org.mpaka.support.PostgresIT;

@PostgresIT
class TravellerCandidatesPostgresIT extends TravellerCandidatesContract {}
