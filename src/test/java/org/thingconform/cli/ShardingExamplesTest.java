package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The sharding examples shipped with the project, a Kubernetes Indexed Job and a GitHub Actions matrix, are what
 * the README shows, and every {@code thingconform} command and option they use exists (looked up in the
 * command line of {@link Main}), so a renamed option cannot leave them behind.
 */
class ShardingExamplesTest {

    private static final Path K8S = Path.of("scripts/k8s/thingconform-shards.yaml");
    private static final Path GITHUB = Path.of("scripts/ci/github-actions-shards.yml");
    private static final Pattern INVOCATION = Pattern.compile("scripts/thingconform\\s+(\\S+)([^\\n;]*)");

    @Test
    void theReadmeShowsBothExamplesAsShipped() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (Path example : List.of(K8S, GITHUB)) {
            assertThat(readme).as(example + " in a yaml block of README.md")
                    .contains("```yaml\n" + Files.readString(example, StandardCharsets.UTF_8) + "```\n");
        }
    }

    @Test
    void theKubernetesJobRunsOneShardPerIndexThenMergesThemAll() throws IOException {
        List<JsonNode> documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
                .<JsonNode>readValues(Files.readString(K8S)).readAll();
        JsonNode shards = job(documents, "thingconform-shards");
        JsonNode merge = job(documents, "thingconform-merge");
        int count = shards.at("/spec/completions").asInt();

        assertThat(shards.at("/spec/completionMode").asText()).isEqualTo("Indexed");
        assertThat(count).isGreaterThan(1);
        assertThat(shards.at("/spec/parallelism").asInt()).isEqualTo(count);
        assertThat(env(shards, "SHARDS")).isEqualTo(String.valueOf(count));
        assertThat(env(merge, "SHARDS")).isEqualTo(String.valueOf(count));
        String shardScript = script(shards);
        assertThat(shardScript).contains("i=$((JOB_COMPLETION_INDEX+1))").contains("--shard $i/$SHARDS")
                .contains("--out $out").contains("out=/results/shard-$i");
        assertThat(script(merge)).contains("merge $(seq -f /results/shard-%g 1 $SHARDS) --out /results/merged");
        assertThat(shards.at("/spec/template/spec/containers/0/volumeMounts/0/mountPath").asText()).isEqualTo("/results");
        assertThat(merge.at("/spec/template/spec/containers/0/volumeMounts/0/mountPath").asText()).isEqualTo("/results");
        assertThat(documents).anyMatch(d -> d.path("kind").asText().equals("PersistentVolumeClaim")
                && d.at("/spec/accessModes/0").asText().equals("ReadWriteMany"));
        assertThat(invocations(shardScript + "\n" + script(merge))).containsExactly("run --resume", "run --shard --seed --clock --out",
                "merge --out");
    }

    @Test
    void theGithubMatrixRunsOneShardPerEntryThenMergesThemAll() throws IOException {
        JsonNode workflow = new YAMLMapper().readTree(GITHUB.toFile());
        JsonNode matrix = workflow.at("/jobs/shard/strategy/matrix/shard");
        int count = matrix.size();
        List<Integer> indices = new ArrayList<>();
        matrix.forEach(i -> indices.add(i.asInt()));

        assertThat(indices).containsExactly(java.util.stream.IntStream.rangeClosed(1, count).boxed().toArray(Integer[]::new));
        assertThat(workflow.at("/jobs/shard/strategy/fail-fast").asBoolean(true)).isFalse();
        String run = steps(workflow, "shard");
        assertThat(run).contains("--shard ${{ matrix.shard }}/" + count).contains("--out reports/shard-${{ matrix.shard }}");
        assertThat(workflow.at("/jobs/merge/needs").asText()).isEqualTo("shard");
        assertThat(workflow.at("/jobs/merge/if").asText()).isEqualTo("always()");
        String merge = steps(workflow, "merge");
        StringBuilder folders = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            folders.append(" reports/shard-").append(i);
        }
        assertThat(merge).contains("merge" + folders + " --out reports/merged");
        assertThat(invocations(run + "\n" + merge)).containsExactly("run --shard --seed --clock --out", "merge --out");
    }

    /**
     * Each {@code scripts/thingconform} call in {@code script} as its subcommand and the options it gives, after
     * checking that the subcommand and each option exist.
     */
    private static List<String> invocations(String script) {
        CommandLine main = new CommandLine(new ThingConformCommand());
        List<String> calls = new ArrayList<>();
        Matcher m = INVOCATION.matcher(script);
        while (m.find()) {
            CommandLine command = main.getSubcommands().get(m.group(1));
            assertThat(command).as("subcommand '" + m.group(1) + "' of " + m.group()).isNotNull();
            StringBuilder call = new StringBuilder(m.group(1));
            // a command substitution's words are another program's ($(git show -s --format=%cI HEAD))
            for (String word : m.group(2).replaceAll("\\$\\([^)]*\\)", "VALUE").trim().split("\\s+")) {
                if (word.startsWith("--")) {
                    assertThat(command.getCommandSpec().findOption(word)).as("option " + word + " of " + m.group(1))
                            .isNotNull();
                    call.append(' ').append(word);
                }
            }
            calls.add(call.toString());
        }
        return calls;
    }

    private static JsonNode job(List<JsonNode> documents, String name) {
        return documents.stream().filter(d -> d.path("kind").asText().equals("Job")
                && d.at("/metadata/name").asText().equals(name)).findFirst().orElseThrow();
    }

    private static String env(JsonNode job, String name) {
        for (JsonNode variable : job.at("/spec/template/spec/containers/0/env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable.path("value").asText();
            }
        }
        throw new AssertionError("no env " + name);
    }

    private static String script(JsonNode job) {
        JsonNode container = job.at("/spec/template/spec/containers/0");
        assertThat(container.path("command").toString()).isEqualTo("[\"bash\",\"-c\"]");
        return container.at("/args/0").asText();
    }

    /** The shell of every step of {@code job} that runs one, joined by new lines. */
    private static String steps(JsonNode workflow, String job) {
        StringBuilder run = new StringBuilder();
        workflow.at("/jobs/" + job + "/steps").forEach(step -> {
            if (step.has("run")) {
                run.append(step.get("run").asText()).append('\n');
            }
        });
        return run.toString();
    }
}
