package org.thingconform.result;

import java.util.List;

/**
 * What reports need to know about a clause, independent of how it was tested.
 *
 * @param profile     the profile id, e.g. {@code tsl-alink-mqtt}
 * @param standard    the standard the clause belongs to
 * @param clauseId    the clause id within the standard, e.g. {@code TM-5.2.1}
 * @param level       MUST, SHOULD or MAY
 * @param chapter     the chapter the clause sits in, e.g. "5.2 Property post"
 * @param summary     the requirement in our own words
 * @param tags        free tags from the profile
 * @param url         a link to the clause text, or null
 * @param source      where the clause is written, as {@code file:line:column}
 */
public record ClauseInfo(String profile, StandardInfo standard, String clauseId, Level level, String chapter,
                         String summary, List<String> tags, String url, String source) {

    public ClauseInfo {
        tags = List.copyOf(tags);
    }
}
