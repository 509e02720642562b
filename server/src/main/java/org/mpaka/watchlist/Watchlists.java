package org.mpaka.watchlist;

import java.util.List;
import org.mpaka.screening.Hit;
import org.mpaka.screening.MatchClass;
import org.mpaka.screening.NameMatcher;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.Screener;
import org.springframework.stereotype.Service;

/** Placeholder until the watchlist branch is merged: screens against an empty list. */
@Service
public class Watchlists {

    private final Screener screener = new Screener(new NameMatcher());

    public List<Hit> screen(PersonQuery query, int limit) {
        return screener.screen(query, limit).stream()
                .filter(h -> h.matchClass() != MatchClass.NONE)
                .toList();
    }
}
