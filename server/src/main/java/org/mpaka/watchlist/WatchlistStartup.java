package org.mpaka.watchlist;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Loads the active lists when the server starts, after the database migrations and before the web
 * server accepts requests, so the first traveller is screened against them; then checks every
 * {@code mpaka.watchlist.refresh-interval} (default one minute, {@code 0} to turn off) whether the
 * database holds newer versions (imported by another process or replicated from headquarters) and
 * loads them. Command-line tools load the lists only when they need them.
 */
@Component
@ConditionalOnWebApplication
class WatchlistStartup implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WatchlistStartup.class);

    private final Watchlists watchlists;
    private final Duration interval;
    private ScheduledExecutorService refresher;

    WatchlistStartup(Watchlists watchlists, @Value("${mpaka.watchlist.refresh-interval:60s}") Duration interval) {
        this.watchlists = watchlists;
        this.interval = interval;
    }

    @Override
    public void afterSingletonsInstantiated() {
        watchlists.reload();
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "watchlist-refresh");
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        refresher.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            if (watchlists.refreshIfChanged()) {
                log.info("watchlists reloaded: the database holds newer versions");
            }
        } catch (RuntimeException e) {
            // database unreachable or a stored file unreadable: keep screening with what is loaded
            log.warn("watchlist refresh failed; the loaded lists stay active: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }
}
