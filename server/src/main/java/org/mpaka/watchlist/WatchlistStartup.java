package org.mpaka.watchlist;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Loads the active lists when the server starts, after the database migrations and before the web
 * server accepts requests, so the first traveller is screened against them. Command-line tools
 * load them only when they need them.
 */
@Component
@ConditionalOnWebApplication
class WatchlistStartup implements SmartInitializingSingleton {

    private final Watchlists watchlists;

    WatchlistStartup(Watchlists watchlists) {
        this.watchlists = watchlists;
    }

    @Override
    public void afterSingletonsInstantiated() {
        watchlists.reload();
    }
}
