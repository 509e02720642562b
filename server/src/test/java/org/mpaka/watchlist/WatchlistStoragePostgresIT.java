package org.mpaka.watchlist;

import org.mpaka.support.PostgresIT;

@PostgresIT
class WatchlistStoragePostgresIT extends WatchlistStorageContract {}
