package org.thingconform.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Allure {@code categories.json} that names results in ThingConform's verdicts, so an
 * INCONCLUSIVE clause (which Allure can only mark broken) is not filed with suite errors, and a
 * waived FAIL (still failed) is not filed with the failures nobody accepted.
 * The message patterns are mutually exclusive.
 */
final class AllureCategories {

    static final String FILE_NAME = "categories.json";

    private AllureCategories() {
    }

    static List<Map<String, Object>> definitions() {
        String inconclusive = "(?s)" + AllureResultFactory.INCONCLUSIVE_PREFIX.trim() + " .*";
        String waived = "(?s)" + java.util.regex.Pattern.quote(AllureResultFactory.WAIVED_PREFIX) + ".*";
        return List.of(
                categoryOf("ICS mismatch: the platform behaved unlike its ICS answer", List.of("failed", "skipped"),
                        "(?s).*" + AllureResultFactory.ICS_MISMATCH + ".*"),
                category("Waived failures (FAIL with waiver)", "failed", waived),
                category("Clause violations (FAIL)", "failed", "(?s)(?!" + java.util.regex.Pattern.quote(
                        AllureResultFactory.WAIVED_PREFIX) + ").*"),
                category("Inconclusive (INCONCLUSIVE)", "broken", inconclusive),
                category("Suite or setup errors (ERROR)", "broken",
                        "(?s)(?!" + AllureResultFactory.INCONCLUSIVE_PREFIX.trim() + " ).*"),
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
