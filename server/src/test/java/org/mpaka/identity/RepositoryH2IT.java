package org.mpaka.identity;

import org.mpaka.support.MpakaIT;

@MpakaIT
class RepositoryH2IT extends RepositoryContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
