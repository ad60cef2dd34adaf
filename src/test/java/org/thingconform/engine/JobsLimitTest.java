package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.platform.DescriptorLoader;
import org.thingconform.platform.DescriptorView;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.source.BadInputException;

/**
 * A platform's own limit on concurrent clauses ({@code maxConcurrency} in its descriptor) caps
 * {@code --jobs}; a limit that lets nothing run is a located error.
 */
class JobsLimitTest {

    @Test
    void theDescriptorsLimitCapsTheJobsAndNoLimitKeepsThem(@TempDir Path dir) throws IOException {
        PlatformDescriptor limited = DescriptorLoader.load(descriptor(dir, "maxConcurrency: 2\n"));
        PlatformDescriptor open = DescriptorLoader.load(descriptor(dir, ""));

        assertThat(limited.maxConcurrency()).isEqualTo(2);
        assertThat(DescriptorView.masked(limited)).containsEntry("maxConcurrency", 2);
        assertThat(ClauseScheduler.jobs(8, limited.maxConcurrency())).isEqualTo(2);
        assertThat(ClauseScheduler.jobs(1, limited.maxConcurrency())).isEqualTo(1);
        assertThat(open.maxConcurrency()).isNull();
        assertThat(ClauseScheduler.jobs(8, open.maxConcurrency())).isEqualTo(8);
    }

    @Test
    void underALimitProfilesTakeTurnsSoTheLimitHoldsForTheRun() {
        assertThat(new ClauseScheduler(null, 8).profilesSideBySide(null)).isTrue();
        assertThat(new ClauseScheduler(null, 2).profilesSideBySide(2)).as("the limit caps one profile's tests").isFalse();
        assertThat(new ClauseScheduler(null, 1).profilesSideBySide(null)).as("--jobs 1").isFalse();
    }

    @Test
    void aLimitOfZeroIsALocatedError(@TempDir Path dir) throws IOException {
        Path file = descriptor(dir, "maxConcurrency: 0\n");

        assertThatThrownBy(() -> DescriptorLoader.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":3:")
                .hasMessageContaining("maxConcurrency 0 would let no clause run")
                .hasMessageContaining("at least 1");
    }

    private static Path descriptor(Path dir, String limit) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "platform", ".yaml"),
                "name: A broker\nmqtt: {host: broker.example.com, port: 1883}\n" + limit);
    }
}
