package org.mpaka.watchlist.web;

import jakarta.servlet.http.HttpServletRequest;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.screening.WatchlistImport;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.watchlist.ImportRejectedException;
import org.mpaka.watchlist.Watchlists;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The watchlists page: active lists and recent imports; administrators upload new versions. */
@Controller
class WatchlistPages {

    private static final int HISTORY = 20;

    private final Watchlists watchlists;

    WatchlistPages(Watchlists watchlists) {
        this.watchlists = watchlists;
    }

    @GetMapping("/watchlists")
    String page(MpakaPrincipal me, Model model) {
        model.addAttribute("lists", watchlists.active());
        model.addAttribute("history", watchlists.history(HISTORY));
        model.addAttribute("canImport", me.has(Role.ADMIN));
        model.addAttribute("formats", WatchlistImport.Format.values());
        return "watchlist/watchlists";
    }

    @PostMapping("/watchlists")
    String importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "version", required = false) String version,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "acceptRejects", defaultValue = "false") boolean acceptRejects,
            MpakaPrincipal me,
            HttpServletRequest request,
            Model model) {
        try {
            model.addAttribute(
                    "report",
                    Uploads.importUpload(
                            watchlists, me, request.getRemoteAddr(), file, version, format, acceptRejects));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (ImportRejectedException e) {
            model.addAttribute("fieldErrors", e.fieldErrors());
            model.addAttribute("rejects", e.rejects());
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", e.fieldErrors());
        }
        return page(me, model);
    }
}
