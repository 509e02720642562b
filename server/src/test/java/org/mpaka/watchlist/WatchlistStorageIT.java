package org.mpaka.watchlist;

import org.mpaka.support.MpakaIT;

@MpakaIT
class WatchlistStorageIT extends WatchlistStorageContract {}
