package org.thingconform.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.profile.coverage.Coverage;
import org.thingconform.profile.coverage.CoverageReport;
import org.thingconform.profile.coverage.CoverageText;
import org.thingconform.profile.coverage.StatementCoverage;
import org.thingconform.source.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thingconform coverage [PROFILE…]}: how much of each standard the profiles cover, against the statement
 * lists they name: per standard and edition the statements covered by a clause, untestable with a reason and not
 * yet covered, then statement by statement. What a lab quotes as "the suite covers N % of MQTT 3.1.1", and what a
 * standards editor checks a draft profile with.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"How much of each standard the profiles cover.",
                "Measures each profile's clauses against the statement list it names (standard.statements): "
                        + "covered by a clause, untestable with a reason, or not yet covered; the shares count "
                        + "the statements that bind the server (or either side)."},
        footer = {"", "Exit codes:", "  0  the coverage was printed", "  2  a profile or statement list does not load, "
                + "or no profile names a statement list"})
final class CoverageCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(paramLabel = "PROFILE", arity = "0..*",
            description = "Profile files or folders. Default: every profile under test-profiles.")
    List<Path> profiles = new ArrayList<>();

    @Option(names = "--gaps", description = "List only the statements not yet covered (the counts stay whole).")
    boolean gapsOnly;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            converter = OutputFormat.Converter.class, description = "Output format. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public Integer call() {
        List<CoverageReport> reports = new ArrayList<>();
        try {
            for (Path file : ProfileSelection.files(profiles)) {
                Profile profile = ProfileLoader.load(file);
                Coverage.of(profile).ifPresent(reports::add);
            }
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (reports.isEmpty()) {
            System.err.println("error: no profile names a statement list; expected standard.statements in a profile, "
                    + "e.g. statements: mqtt-3.1.1.statements.yaml");
            return ExitCode.BAD_INPUT;
        }
        if (format == OutputFormat.JSON) {
            System.out.print(json(reports));
        } else {
            for (CoverageReport report : reports) {
                CoverageText.lines(report, gapsOnly).forEach(System.out::println);
                System.out.println();
            }
        }
        return ExitCode.CONFORMANT;
    }

    private String json(List<CoverageReport> reports) {
        ArrayNode root = JSON.createArrayNode();
        for (CoverageReport report : reports) {
            ObjectNode node = root.addObject();
            node.put("standard", report.list().standard());
            node.put("edition", report.list().edition());
            node.put("profile", report.profile());
            node.put("statements", report.total());
            node.put("serverSide", report.serverSide());
            node.put("covered", report.covered());
            node.put("untestable", report.untestable());
            node.put("notCovered", report.notCovered());
            node.put("coveredShare", report.coveredShare());
            node.put("decidedShare", report.decidedShare());
            ArrayNode list = node.putArray("statementStandings");
            for (StatementCoverage s : report.statements()) {
                if (gapsOnly && s.standing() != org.thingconform.profile.coverage.Standing.NOT_COVERED) {
                    continue;
                }
                ObjectNode item = list.addObject();
                item.put("id", s.statement().id());
                item.put("level", s.statement().level().name());
                item.put("binds", s.statement().binds().name().toLowerCase(java.util.Locale.ROOT));
                item.put("standing", s.standing().name().toLowerCase(java.util.Locale.ROOT));
                s.clauses().forEach(item.putArray("clauses")::add);
                Optional.ofNullable(s.reason()).ifPresent(r -> item.put("reason", r));
                item.put("says", s.statement().says());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
