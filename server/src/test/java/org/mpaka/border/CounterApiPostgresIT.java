package org.mpaka.border;

import org.mpaka.support.PostgresIT;

@PostgresIT
class CounterApiPostgresIT extends CounterApiContract {}
