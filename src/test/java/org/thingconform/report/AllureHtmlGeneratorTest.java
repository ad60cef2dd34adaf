package org.thingconform.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.result.Level;

class AllureHtmlGeneratorTest {

    @TempDir
    Path out;

    @Test
    void surefireTellsWhereTheDistributionIs() {
        assertThat(System.getProperty(AllureHtmlGenerator.HOME_PROPERTY))
                .as("Surefire must set -D%s (see pom.xml)", AllureHtmlGenerator.HOME_PROPERTY).isNotBlank();
        assertThat(AllureHtmlGenerator.locateHome().resolve("lib"))
                .as("run `mvn -B -q generate-resources` to unpack the Allure distribution").isDirectory();
    }

    @Test
    void generatesASingleFileHtmlReportOffline() throws IOException {
        ReportWriter.write(out, ReportFixtures.run(),
                List.of(ReportFixtures.pass(), ReportFixtures.fail(Level.MUST), ReportFixtures.notApplicable()));

        Path index = AllureHtmlGenerator.withDefaults().generate(out);

        assertThat(index).isEqualTo(out.resolve("allure-report/index.html").toAbsolutePath()).isRegularFile();
        String html = Files.readString(index);
        assertThat(html).contains("<html").hasSizeGreaterThan(10_000);
        assertThat(out.resolve(AllureHtmlGenerator.LOG_FILE)).isRegularFile();
    }

    @Test
    void generatesAMultiFileReportWithBehaviours() throws IOException {
        ReportWriter.write(out, ReportFixtures.run(), List.of(ReportFixtures.pass(), ReportFixtures.fail(Level.MUST)));
        AllureHtmlGenerator generator = new AllureHtmlGenerator(AllureHtmlGenerator.locateHome(),
                AllureHtmlGenerator.DEFAULT_TIMEOUT, AllureReportLayout.MULTI_FILE);

        Path index = generator.generate(out);

        assertThat(index).isRegularFile();
        assertThat(Files.readString(index.resolveSibling("data/behaviors.json")))
                .contains("Alink thing model", "5.2 Property post", "TM-5.2.2");
    }

    @Test
    void missingDistributionSaysToRunMavenPackage() {
        AllureHtmlGenerator generator = new AllureHtmlGenerator(out.resolve("no-allure"), Duration.ofSeconds(5),
                AllureReportLayout.SINGLE_FILE);

        assertThatThrownBy(() -> generator.generate(out))
                .isInstanceOf(AllureGenerationException.class)
                .hasMessageContaining("not found at " + out.resolve("no-allure"))
                .hasMessageContaining("mvn package")
                .message().doesNotContain("\n");
    }

    @Test
    void missingResultsAreReportedWithoutRunningAllure() {
        assertThatThrownBy(() -> AllureHtmlGenerator.withDefaults().generate(out))
                .isInstanceOf(AllureGenerationException.class)
                .hasMessageContaining("no Allure results folder at " + out.resolve("allure-results"));
    }

    @Test
    void generatorFailureNamesTheLog() throws IOException {
        Path results = Files.createDirectories(out.resolve("allure-results"));
        Path log = out.resolve("gen.log");
        Path notADirectory = Files.writeString(out.resolve("file"), "x");

        assertThatThrownBy(() -> AllureHtmlGenerator.withDefaults().generate(results,
                notADirectory.resolve("report"), log))
                .isInstanceOf(AllureGenerationException.class)
                .hasMessageContaining("see " + log);
        assertThat(log).isRegularFile();
    }

    @Test
    void refusesAReportFolderThatWouldEraseTheResults() throws IOException {
        Path results = Files.createDirectories(out.resolve("allure-results"));

        assertThatThrownBy(() -> AllureHtmlGenerator.withDefaults().generate(results, out, out.resolve("x.log")))
                .isInstanceOf(AllureGenerationException.class)
                .hasMessageContaining("would be emptied");
        assertThat(results).isDirectory();
    }
}
