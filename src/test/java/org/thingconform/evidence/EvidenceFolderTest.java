package org.thingconform.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.journal.InputDigest;
import org.thingconform.journal.RunJournal;
import org.thingconform.journal.RunRequest;

/** What {@code evidence/} holds of a run's inputs and platform, without running anything. */
class EvidenceFolderTest {

    @Test
    void copiesEveryInputButTheDescriptorAndMasksThePlatformView(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project/profiles/x"));
        Path profile = Files.writeString(project.resolve("profile.yaml"), "id: x\n");
        Path descriptor = Files.writeString(project.resolve("platform-descriptor.yaml"), "token: inline-s3cret\n");
        Path model = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("m.tsl.json"), "{}");
        List<InputDigest> inputs = List.of(InputDigest.of(profile), InputDigest.of(model), InputDigest.of(descriptor));
        Files.writeString(model, "{\"changed\": true}"); // during the run
        RunRequest request = new RunRequest("test", Instant.parse("2026-12-04T17:00:00Z"), List.of(profile.toString()),
                descriptor.toAbsolutePath().normalize().toString(), List.of("TM-*"), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, 1, Instant.parse("2026-12-04T17:00:00Z"), List.of(), false, List.of(),
                List.of(), inputs, false, false, null, 0);
        Path out = dir.resolve("out");
        try (RunJournal journal = RunJournal.start(out.resolve(RunJournal.FILE_NAME), request)) {
            journal.platform(Map.of("name", "Acme Cloud", "version", "4.2", "mqtt", Map.of("password", "hunter2"),
                    "icsAnswersUsed", Map.of("EVENTS", true), "ixit", Map.of("quietPeriod", "1s")));
        }

        Evidence evidence = EvidenceFolder.write(out, request, dir.resolve("project"), null);

        Path folder = out.resolve("evidence");
        assertThat(evidence.signer()).isNull();
        assertThat(folder.resolve("inputs/profiles/x/profile.yaml")).hasSameBinaryContentAs(profile);
        assertThat(folder.resolve("inputs/external" + model.toAbsolutePath())).hasContent("{\"changed\": true}");
        assertThat(folder.resolve("inputs/profiles/x/platform-descriptor.yaml")).doesNotExist();
        assertThat(folder.resolve(Sha256Sums.SIGNATURE)).doesNotExist();
        String masked = Files.readString(folder.resolve("descriptor.masked.json"));
        assertThat(masked).contains("\"password\" : \"******\"").doesNotContain("hunter2");
        assertThat(Files.readString(folder.resolve("SHA256SUMS"))).doesNotContain("platform-descriptor.yaml").doesNotContain("inline-s3cret")
                .contains("  reports/journal.jsonl\n");
        JsonNode run = new ObjectMapper().readTree(folder.resolve("run.json").toFile());
        assertThat(run.at("/platform/name").asText()).isEqualTo("Acme Cloud");
        assertThat(run.at("/platform/version").asText()).isEqualTo("4.2");
        assertThat(run.at("/platform/ixit/quietPeriod").asText()).isEqualTo("1s");
        assertThat(run.path("command").asText()).contains("--clause 'TM-*'");
        assertThat(run.path("inputs")).hasSize(2);
        JsonNode changed = run.path("inputs").get(1);
        assertThat(changed.path("sha256").asText()).as("the copy of a file changed during the run says so")
                .isNotEqualTo(changed.path("sha256AtStart").asText());
        assertThat(evidence.changedInputs()).singleElement().asString()
                .startsWith(model.toAbsolutePath() + ": warning: changed during the run");
        assertThat(BundleVerifier.verify(folder, List.of()).problems()).isEmpty();
    }
}
