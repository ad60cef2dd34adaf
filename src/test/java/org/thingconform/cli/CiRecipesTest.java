package org.thingconform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * The CI recipes (scripts/ci/*.yml, also in the README) stay true: they parse as YAML, the README shows them as
 * they are, every {@code bin/thingconform} command they run exists with the options they give, and the
 * distribution they unpack has {@code bin/thingconform}.
 */
class CiRecipesTest {

    private static final String LAUNCHER = "bin/thingconform";

    @ParameterizedTest
    @ValueSource(strings = {"scripts/ci/github-actions.yml", "scripts/ci/gitlab-ci.yml"})
    void theRecipeIsYamlTheReadmeShowsAsItIs(String file) throws Exception {
        String yaml = Files.readString(Path.of(file));
        assertThat(new YAMLMapper().readTree(yaml)).isNotNull();
        assertThat(Files.readString(Path.of("README.md"))).contains("```yaml\n" + yaml + "```");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scripts/ci/github-actions.yml", "scripts/ci/gitlab-ci.yml"})
    void everyCommandTheRecipeRunsExistsWithItsOptions(String file) throws Exception {
        List<String> commands = new ArrayList<>();
        collectCommands(new YAMLMapper().readTree(Path.of(file).toFile()), commands);
        assertThat(commands).as("%s runs %s", file, LAUNCHER).isNotEmpty();
        CommandLine main = new CommandLine(new ThingConformCommand());
        for (String command : commands) {
            List<String> words = Arrays.stream(command.trim().split("\\s+")).toList();
            CommandLine sub = main.getSubcommands().get(words.get(0));
            assertThat(sub).as("subcommand of '%s'", command).isNotNull();
            words.stream().filter(w -> w.startsWith("--")).map(w -> w.contains("=") ? w.substring(0, w.indexOf('=')) : w)
                    .forEach(option -> assertThat(sub.getCommandSpec().findOption(option))
                            .as("option %s of '%s'", option, command).isNotNull());
        }
    }

    @Test
    void theDistributionHasTheLauncherTheRecipesRun() throws Exception {
        NodeList fileSets = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/assembly/distribution.xml").toFile()).getElementsByTagName("fileSet");
        boolean launcher = false;
        for (int i = 0; i < fileSets.getLength(); i++) {
            Element fileSet = (Element) fileSets.item(i);
            String out = text(fileSet, "outputDirectory");
            String source = text(fileSet, "directory");
            NodeList includes = fileSet.getElementsByTagName("include");
            for (int j = 0; j < includes.getLength(); j++) {
                if (out.equals("bin") && includes.item(j).getTextContent().trim().equals("thingconform")
                        && Files.isRegularFile(Path.of(source, "thingconform"))) {
                    launcher = text(fileSet, "fileMode").equals("0755");
                }
            }
        }
        assertThat(launcher).as("src/assembly/distribution.xml puts an executable bin/thingconform").isTrue();
    }

    /** The text after {@code bin/thingconform} on every line of every string in the recipe. */
    private static void collectCommands(JsonNode node, List<String> commands) {
        if (node.isTextual()) {
            node.asText().lines().filter(line -> line.contains(LAUNCHER + " "))
                    .forEach(line -> commands.add(line.substring(line.indexOf(LAUNCHER + " ") + LAUNCHER.length() + 1)));
        }
        node.elements().forEachRemaining(child -> collectCommands(child, commands));
    }

    private static String text(Element element, String tag) {
        NodeList nodes = element.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
