package org.thingconform.report;

import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.thingconform.result.ClauseInfo;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.result.ShownVerdict;
import org.thingconform.result.StandardInfo;
import org.thingconform.result.Verdict;
import org.thingconform.waiver.Waiver;

/**
 * Maps a clause verdict to an Allure test result: epic = standard, feature = chapter,
 * story = clause; severity from the level; the verdict as an Allure status. An intermittent FAIL of a
 * confirmed run ({@code run --confirm}) stays failed and is marked flaky; every try is in the description.
 */
final class AllureResultFactory {

    /** Prefix of the status message of an INCONCLUSIVE verdict, which Allure can only show as broken. */
    static final String INCONCLUSIVE_PREFIX = "INCONCLUSIVE: ";
    /** Prefix of the status message of an intermittent FAIL, which stays failed: {@code FAIL (intermittent: 2 of 4): …}. */
    static final String INTERMITTENT_PREFIX = "FAIL (intermittent: ";
    static final String WAIVER_LABEL = "waiver";
    static final String CLAUSE_LABEL = "clause";
    static final String FRAMEWORK = "thingconform";
    /** What a status message holds when the test showed the platform unlike its ICS answers. */
    static final String ICS_MISMATCH = "ICS mismatch:";

    private AllureResultFactory() {
    }

    static TestResult create(ClauseResult result, List<Attachment> attachments) {
        return create(result, attachments, null);
    }

    /**
     * The Allure result of {@code result}; {@code replay} is the command that reruns its test alone,
     * or null. Its uuid follows from the test, so writing the result again (a resumed run)
     * replaces the file instead of adding a second one.
     */
    static TestResult create(ClauseResult result, List<Attachment> attachments, String replay) {
        return create(result, attachments, replay, null);
    }

    /** As {@link #create(ClauseResult, List, String)}; a FAIL {@code waiver} covers (null: none) is marked waived. */
    static TestResult create(ClauseResult result, List<Attachment> attachments, String replay, Waiver waiver) {
        ClauseInfo clause = result.clause();
        String caseSuffix = (result.binding() == null ? "" : "/" + result.binding())
                + (result.caseId() == null ? "" : "/" + result.caseId());
        String fullName = clause.profile() + "/" + clause.clauseId() + caseSuffix;
        String over = result.binding() == null ? "" : " [" + result.binding() + "]";
        String stableId = Digests.md5Hex(fullName);
        TestResult test = new TestResult()
                .setUuid(uuid(result).toString())
                .setHistoryId(stableId)
                .setTestCaseId(stableId)
                .setName(clause.clauseId() + over + (result.caseId() == null ? " — " + nullToEmpty(clause.summary())
                        : " — " + result.caseId()))
                .setFullName(fullName)
                .setDescription(description(clause) + (replay == null ? "" : "\n\nReplay this test alone: `" + replay + "`")
                        + (waiver == null ? "" : "\n\n" + waived(waiver)) + tries(result))
                .setStage(Stage.FINISHED)
                .setStatus(status(result.verdict()))
                .setStatusDetails(statusDetails(result, waiver))
                .setStart(millis(result.start()))
                .setStop(millis(result.stop()))
                .setLabels(labels(clause))
                .setParameters(parameters(clause, result));
        if (result.intermittent()) {
            test.getLabels().add(new Label().setName("tag").setValue("intermittent"));
        }
        if (waiver != null) {
            test.getLabels().add(new Label().setName(WAIVER_LABEL).setValue(waiver.reason()));
            test.getLabels().add(new Label().setName("tag").setValue("waived"));
        }
        test.setAttachments(new ArrayList<>(attachments));
        if (clause.url() != null && !clause.url().isBlank()) {
            test.setLinks(new ArrayList<>(List.of(
                    new Link().setName(clause.clauseId()).setUrl(clause.url()).setType("link"))));
        }
        return test;
    }

    /** The result's uuid: the same for the same test in every write of a run. */
    static UUID uuid(ClauseResult result) {
        String key = result.testId() != null ? result.testId() : result.clause().profile() + "/" + result.clause().clauseId()
                + "/" + result.binding() + "/" + result.caseId();
        return UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Status status(Verdict verdict) {
        return switch (verdict) {
            case PASS -> Status.PASSED;
            case FAIL -> Status.FAILED;
            case ERROR, INCONCLUSIVE -> Status.BROKEN;
            case NOT_APPLICABLE -> Status.SKIPPED;
            case NOT_RUN -> null; // Allure's own "unknown" state: neither passed, failed, broken nor skipped
        };
    }

    static String severity(Level level) {
        if (level == null) {
            return "normal";
        }
        return switch (level) {
            case MUST -> "critical";
            case SHOULD -> "normal";
            case MAY -> "minor";
        };
    }

    private static StatusDetails statusDetails(ClauseResult result, Waiver waiver) {
        String message = result.reason();
        if (!result.icsMismatches().isEmpty() && (message == null || !message.contains(ICS_MISMATCH))) {
            message = (message == null ? "" : message + "; ") + ICS_MISMATCH + " " + String.join("; ",
                    result.icsMismatches().stream().map(org.thingconform.result.IcsMismatch::describe).toList());
        }
        String shown = ShownVerdict.of(result.verdict(), result.tries(),
                waiver != null && result.verdict() == Verdict.FAIL ? waiver.reason() : null);
        if (!shown.equals(result.verdict().name())) {
            // FAIL (waived: reason): …, FAIL (intermittent: 2 of 4): …, INCONCLUSIVE (1 of 4 tries): …
            message = shown + ": " + (message == null ? "no reason given" : message);
        } else if (result.verdict() == Verdict.INCONCLUSIVE) {
            message = INCONCLUSIVE_PREFIX + (message == null ? "no reason given" : message);
        }
        if (message == null && !result.intermittent()) {
            return null;
        }
        return new StatusDetails().setMessage(message).setFlaky(result.intermittent());
    }

    /** Every try of a confirmed verdict, one line each, or nothing when the test ran once. */
    private static String tries(ClauseResult result) {
        if (result.tries() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\n**").append(ShownVerdict.of(result.verdict(), result.tries(), null))
                .append("** — ").append(result.tries().agreed()).append(" of ").append(result.tries().total())
                .append(" tries agreed:\n");
        int i = 1;
        for (org.thingconform.result.Tries.Try t : result.tries().each()) {
            text.append("\n").append(i++).append(". ").append(t.verdict())
                    .append(t.reason() == null ? "" : ": " + t.reason());
        }
        return text.toString();
    }

    private static List<Label> labels(ClauseInfo clause) {
        List<Label> labels = new ArrayList<>();
        StandardInfo standard = clause.standard();
        if (standard != null) {
            add(labels, "epic", standard.title() == null || standard.title().isBlank() ? standard.id() : standard.title());
        }
        add(labels, "feature", clause.chapter());
        add(labels, "story", clause.clauseId() + " " + nullToEmpty(clause.summary()));
        add(labels, CLAUSE_LABEL, clause.clauseId());
        add(labels, "suite", clause.profile());
        add(labels, "severity", severity(clause.level()));
        clause.tags().forEach(tag -> add(labels, "tag", tag));
        if (clause.level() != null) {
            add(labels, "tag", clause.level().name());
        }
        add(labels, "framework", FRAMEWORK);
        return labels;
    }

    private static List<Parameter> parameters(ClauseInfo clause, ClauseResult result) {
        List<Parameter> parameters = new ArrayList<>();
        if (result.binding() != null) {
            parameters.add(new Parameter().setName("binding").setValue(result.binding()));
        }
        result.parameters().forEach((name, value) -> parameters.add(new Parameter().setName(name).setValue(value)));
        if (clause.level() != null) {
            parameters.add(new Parameter().setName("level").setValue(clause.level().name()));
        }
        if (clause.standard() != null && clause.standard().edition() != null) {
            parameters.add(new Parameter().setName("edition").setValue(clause.standard().edition()));
        }
        return parameters;
    }

    private static String waived(Waiver waiver) {
        return "**Waived** (the verdict stays FAIL): " + waiver.reason() + " — " + waiver.reference() + ", approved by "
                + waiver.approver() + " on " + waiver.granted() + ", until " + waiver.expires()
                + (waiver.source() == null ? "" : " (`" + waiver.source() + "`)");
    }

    private static String description(ClauseInfo clause) {
        StringBuilder text = new StringBuilder();
        text.append(clause.level() == null ? "" : "**" + clause.level() + "** — ")
                .append(nullToEmpty(clause.summary()));
        StandardInfo standard = clause.standard();
        if (standard != null) {
            text.append("\n\nStandard: ").append(standard.id());
            if (standard.edition() != null) {
                text.append(' ').append(standard.edition());
            }
            if (standard.title() != null) {
                text.append(" — ").append(standard.title());
            }
            if (standard.status() != null) {
                text.append(" (").append(standard.status()).append(')');
            }
        }
        if (clause.source() != null) {
            text.append("\n\nDefined at `").append(clause.source()).append('`');
        }
        return text.toString();
    }

    private static void add(List<Label> labels, String name, String value) {
        if (value != null && !value.isBlank()) {
            labels.add(new Label().setName(name).setValue(value));
        }
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
