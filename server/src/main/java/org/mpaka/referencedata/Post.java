package org.mpaka.referencedata;

import java.util.List;

/** A border post: one or two country sides (two at a one-stop post) and its counters. */
public record Post(
        String code, String name, String type, String description, List<PostSide> sides, List<String> counters) {

    /** The side run by the given agency, if the agency works at this post. */
    public java.util.Optional<PostSide> sideOf(String agencyCode) {
        return sides.stream().filter(s -> s.agencyCode().equals(agencyCode)).findFirst();
    }
}
