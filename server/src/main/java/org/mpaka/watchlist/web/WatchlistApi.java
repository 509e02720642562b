package org.mpaka.watchlist.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.screening.NameMatcher;
import org.mpaka.watchlist.ActiveList;
import org.mpaka.watchlist.ImportReport;
import org.mpaka.watchlist.Watchlists;
import org.mpaka.watchlist.web.ScreenRequests.HitJson;
import org.mpaka.watchlist.web.ScreenRequests.ScreenRequest;
import org.mpaka.watchlist.web.ScreenRequests.ScreenResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of the watchlists: the active lists, importing a file (administrators), screening a person. */
@RestController
class WatchlistApi {

    private final Watchlists watchlists;

    WatchlistApi(Watchlists watchlists) {
        this.watchlists = watchlists;
    }

    /** The active version of each list. */
    @GetMapping("/api/v1/watchlists")
    List<ActiveList> active() {
        return watchlists.active();
    }

    /**
     * Imports a list file (multipart field {@code file}); optional {@code version} label, {@code
     * format} ({@code UN_XML}, {@code OFAC_SDN_CSV}, {@code CSV}, {@code JSON_LINES}, {@code FTM_JSON}; detected when
     * absent) and {@code acceptRejects} (import the other records when some are rejected). A refused
     * file gives 400 naming the rejected records and changes nothing.
     */
    @PostMapping("/api/v1/watchlists")
    @ResponseStatus(HttpStatus.CREATED)
    ImportReport importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "version", required = false) String version,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "acceptRejects", defaultValue = "false") boolean acceptRejects,
            MpakaPrincipal me,
            HttpServletRequest request) {
        return Uploads.importUpload(watchlists, me, request.getRemoteAddr(), file, version, format, acceptRejects);
    }

    /** Screens one person against the active lists; hits best first, each with its explanation. */
    @PostMapping("/api/v1/watchlists/screen")
    ScreenResponse screen(@RequestBody ScreenRequest body) {
        var query = ScreenRequests.validated(body);
        int limit = body.limit() == null ? ScreenRequests.DEFAULT_LIMIT : body.limit();
        String warning = NameMatcher.cannotCompare(query.nameForMatching());
        return new ScreenResponse(
                watchlists.screen(query, limit).stream().map(HitJson::of).toList(),
                warning.isEmpty() ? List.of() : List.of("the name " + warning));
    }
}
