package org.thingconform.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.thingconform.journal.InputDigest;
import org.thingconform.journal.JournalContent;
import org.thingconform.journal.RunJournal;
import org.thingconform.journal.RunRequest;
import org.thingconform.report.SecretMasker;
import org.thingconform.validate.ShippedSchemas;

/**
 * Writes {@code evidence/} into a results folder once its reports are written: {@code inputs/}
 * (the exact bytes of every profile, thing model and file a profile read; never the descriptor,
 * which may hold secrets, nor the files it references), {@code schemas/} (the JSON Schemas the
 * suite validated with), {@code descriptor.masked.json} (the platform as the run saw it, secrets
 * masked, with the ICS answers and IXIT values used), {@code run.json}, {@code reports/} (every
 * report, the journal and the message traces), {@code SHA256SUMS} over all of it and, with a key,
 * {@code signer.pem} and the detached signature {@code SHA256SUMS.p7s}.
 */
public final class EvidenceFolder {

    /** The folder's name inside a results folder. */
    public static final String DIR_NAME = "evidence";
    /** The masked descriptor's file name. */
    public static final String DESCRIPTOR = "descriptor.masked.json";
    /** The signer's certificate chain, for {@code openssl cms -verify -CAfile}. */
    public static final String SIGNER = "signer.pem";

    private static final List<String> REPORTS = List.of("clause-matrix.json", "clause-matrix.html",
            "run-manifest.json", RunJournal.FILE_NAME, "junit", "allure-results", "allure-report", "events");

    private EvidenceFolder() {
    }

    /**
     * Replaces {@code outDir/evidence} with the evidence of the run whose journal and reports are
     * in {@code outDir}; input paths below {@code projectDir} keep their relative path under
     * {@code inputs/}. Signs when {@code key} is not null.
     *
     * @throws EvidenceException one line naming the file that could not be read or written
     */
    public static Evidence write(Path outDir, RunRequest request, Path projectDir, SigningKey key) {
        Path dir = outDir.resolve(DIR_NAME);
        try {
            org.thingconform.source.FileTrees.deleteTree(dir);
            Files.createDirectories(dir);
            JournalContent journal = JournalContent.read(outDir.resolve(RunJournal.FILE_NAME));
            List<EvidenceInput> inputs = copyInputs(dir, request, projectDir);
            List<String> schemas = new ArrayList<>();
            for (Map.Entry<String, byte[]> schema : ShippedSchemas.all().entrySet()) {
                schemas.add("schemas/" + schema.getKey());
                write(dir.resolve(schemas.get(schemas.size() - 1)), schema.getValue());
            }
            Map<String, Object> platform = SecretMasker.mask(journal.platform());
            if (!platform.isEmpty()) {
                write(dir.resolve(DESCRIPTOR), EvidenceJson.MAPPER.writeValueAsBytes(platform));
            }
            for (String report : REPORTS) {
                copyTree(outDir.resolve(report), dir.resolve("reports").resolve(report));
            }
            JsonNode matrix = readMatrix(outDir.resolve("clause-matrix.json"));
            EvidenceRun run = new EvidenceRun(EvidenceRun.FORMAT, request.certify(), request.commandLine(projectDir), request,
                    request.startedAt(), Instant.now(), journal.resumed(), journal.completed(),
                    PlatformFacts.of(platform), profiles(matrix), matrix.get("summary"), inputs, schemas,
                    SuiteBuild.current(projectDir), Environment.current());
            write(dir.resolve(EvidenceRun.FILE_NAME), EvidenceJson.MAPPER.writeValueAsBytes(run));
            Sha256Sums sums = seal(dir, key);
            return new Evidence(dir, sums.digests().size(), key == null ? null : key.subject(), inputs);
        } catch (IOException | UncheckedIOException e) {
            throw new EvidenceException(dir + ": error: cannot write the evidence (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            if (e instanceof EvidenceException) {
                throw e;
            }
            throw new EvidenceException(dir + ": error: cannot write the evidence (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Seals the files in {@code dir}: with a key, writes {@code signer.pem} (its certificate chain);
     * then {@code SHA256SUMS} over every file; then, with a key, {@code SHA256SUMS.p7s}.
     */
    public static Sha256Sums seal(Path dir, SigningKey key) throws IOException {
        if (key != null) {
            write(dir.resolve(SIGNER), CmsSigner.pem(key).getBytes(StandardCharsets.US_ASCII));
        }
        Sha256Sums sums = Sha256Sums.write(dir);
        if (key != null) {
            write(dir.resolve(Sha256Sums.SIGNATURE), CmsSigner.sign(sums.bytes(), key));
        }
        return sums;
    }

    private static List<EvidenceInput> copyInputs(Path dir, RunRequest request, Path projectDir) throws IOException {
        Path base = projectDir.toAbsolutePath().normalize();
        Set<String> taken = new LinkedHashSet<>();
        List<EvidenceInput> inputs = new ArrayList<>();
        for (InputDigest input : request.inputs()) {
            if (input.path().equals(request.platform())) {
                continue; // the descriptor may hold inline secrets: its masked view stands for it
            }
            Path source = Path.of(input.path());
            String name = "inputs/" + (source.startsWith(base) ? base.relativize(source).toString()
                    : "external/" + source.getRoot().relativize(source)).replace('\\', '/');
            if (!taken.add(name)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(source);
            write(dir.resolve(name), bytes);
            inputs.add(new EvidenceInput(input.path(), name, input.sha256(), FileDigest.sha256(bytes)));
        }
        return inputs;
    }

    private static List<ProfileEdition> profiles(JsonNode matrix) {
        Set<ProfileEdition> profiles = new LinkedHashSet<>();
        matrix.path("clauses").forEach(c -> profiles.add(new ProfileEdition(c.path("profile").asText(),
                c.path("standard").asText(), c.path("edition").asText())));
        return List.copyOf(profiles);
    }

    private static JsonNode readMatrix(Path file) throws IOException {
        return Files.isRegularFile(file) ? EvidenceJson.MAPPER.readTree(file.toFile())
                : EvidenceJson.MAPPER.createObjectNode();
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        if (!Files.exists(source)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(p).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
