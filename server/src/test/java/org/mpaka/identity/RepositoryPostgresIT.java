package org.mpaka.identity;

import org.mpaka.support.PostgresIT;

@PostgresIT
class RepositoryPostgresIT extends RepositoryContract {

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
