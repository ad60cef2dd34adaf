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
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("name", name);
        category.put("matchedStatuses", List.of(status));
        if (messageRegex != null) {
            category.put("messageRegex", messageRegex);
        }
        return category;
    }
}
