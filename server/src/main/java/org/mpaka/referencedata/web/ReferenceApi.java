package org.mpaka.referencedata.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalTime;
import java.util.List;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.referencedata.Agency;
import org.mpaka.referencedata.Country;
import org.mpaka.referencedata.Post;
import org.mpaka.referencedata.PostSide;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** REST API for reference data; readable by every signed-in user and machine client. */
@RestController
class ReferenceApi {

    private final ReferenceData referenceData;

    ReferenceApi(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/api/v1/reference/countries")
    List<Country> countries() {
        return referenceData.countries();
    }

    @GetMapping("/api/v1/reference/agencies")
    List<Agency> agencies() {
        return referenceData.agencies();
    }

    @GetMapping("/api/v1/reference/posts")
    List<Post> posts() {
        return referenceData.posts();
    }

    record HoursRequest(boolean openAllDay, LocalTime opensAt, LocalTime closesAt) {}

    /** Changes one side's opening hours (administrators of the agency running that side). */
    @PutMapping("/api/v1/admin/posts/{code}/sides/{country}/hours")
    PostSide changeHours(
            @PathVariable String code,
            @PathVariable String country,
            @RequestBody HoursRequest body,
            MpakaPrincipal me,
            HttpServletRequest request) {
        return referenceData.changeOpeningHours(
                code,
                country,
                body.openAllDay(),
                body.opensAt(),
                body.closesAt(),
                me.name(),
                me.agencyCode(),
                request.getRemoteAddr());
    }

    @GetMapping("/api/v1/reference/posts/{code}")
    Post post(@PathVariable String code) {
        return referenceData.findPost(code).orElseThrow(() -> new NotFoundException("post " + code));
    }
}
