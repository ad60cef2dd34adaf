package org.thingconform.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Allure {@code categories.json} that names results in ThingConform's verdicts, so an
 * INCONCLUSIVE clause (which Allure can only mark broken) is not filed with suite errors, and a
 * waived FAIL (still failed) is not filed with the failures nobody accepted, nor an intermittent FAIL of a
 * confirmed run with the failures that reproduced on every try.
 * The message patterns are mutually exclusive.
 */
final class AllureCategories {

    static final String FILE_NAME = "categories.json";

    private AllureCategories() {
    }

    static List<Map<String, Object>> definitions() {
        // INCONCLUSIVE: … or, confirmed, INCONCLUSIVE (1 of 4 tries): …
        String inconclusive = "INCONCLUSIVE(: | \\()";
        // FAIL (waived: reason): … or, confirmed, FAIL (intermittent: 2 of 4; waived: reason): …
        String waived = "FAIL \\(([^;()]*; )?waived: ";
        String intermittent = java.util.regex.Pattern.quote(AllureResultFactory.INTERMITTENT_PREFIX) + "\\d+ of \\d+\\): ";
        return List.of(
                categoryOf("ICS mismatch: the platform behaved unlike its ICS answer", List.of("failed", "skipped"),
                        "(?s).*" + AllureResultFactory.ICS_MISMATCH + ".*"),
                category("Waived failures (FAIL with waiver)", "failed", "(?s)" + waived + ".*"),
                category("Intermittent clause violations (FAIL on some tries, --confirm)", "failed",
                        "(?s)" + intermittent + ".*"),
                category("Clause violations (FAIL)", "failed", "(?s)(?!" + waived + "|" + intermittent + ").*"),
                category("Inconclusive (INCONCLUSIVE)", "broken", "(?s)" + inconclusive + ".*"),
                category("Suite or setup errors (ERROR)", "broken", "(?s)(?!" + inconclusive + ").*"),
                category("Not applicable (NOT_APPLICABLE)", "skipped", null),
                category("Not run: the run stopped before these finished (NOT_RUN)", "unknown", null));
    }

    private static Map<String, Object> category(String name, String status, String messageRegex) {
        return categoryOf(name, List.of(status), messageRegex);
    }

    private static Map<String, Object> categoryOf(String name, List<String> statuses, String messageRegex) {
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("name", name);
        category.put("matchedStatuses", statuses);
        if (messageRegex != null) {
            category.put("messageRegex", messageRegex);
        }
        return category;
    }
}
