package org.thingconform.waiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.source.BadInputException;

/** Reading a waivers file: the shipped example, and one located error per kind of mistake. */
class WaiverFileTest {

    private static final String ENTRY = "waivers:\n"
            + "  - profile: tsl-alink-mqtt\n"
            + "    edition: draft-2026-11\n"
            + "    clause: TM-5.2.3\n"
            + "    reason: known\n"
            + "    reference: https://example.com/issues/16\n"
            + "    approver: A. Lead\n"
            + "    granted: 2026-12-01\n"
            + "    expires: 2027-01-31\n";

    @Test
    void theExampleLoadsWithItsLocationAndDigest() {
        Waivers waivers = WaiverFile.load(Path.of("test-profiles/waivers.example.yaml"));

        assertThat(waivers.entries()).singleElement().satisfies(w -> {
            assertThat(w.clause()).isEqualTo("TM-5.2.3");
            assertThat(w.binding()).isEqualTo("alink-mqtt");
            assertThat(w.expires()).isEqualTo(LocalDate.parse("2099-12-31"));
            assertThat(w.source()).isEqualTo("test-profiles/waivers.example.yaml:6:5");
        });
        assertThat(waivers.sha256()).hasSize(64);
    }

    @Test
    void aDateThatIsNoDateIsAnErrorAtItsValue(@TempDir Path dir) throws IOException {
        BadInputException e = load(dir, ENTRY.replace("expires: 2027-01-31", "expires: next spring"));

        assertThat(e.getMessage()).endsWith("waivers.yaml:9:14: error: 'expires' is 'next spring', not a date; "
                + "expected a date, YYYY-MM-DD, e.g. 2027-03-31");
    }

    @Test
    void aReferenceThatIsNoLinkIsAnError(@TempDir Path dir) throws IOException {
        BadInputException e = load(dir, ENTRY.replace("https://example.com/issues/16", "ask Bob"));

        assertThat(e.getMessage()).contains("waivers.yaml:6:16: error: 'reference' is 'ask Bob', not a link");
    }

    @Test
    void anExpiryBeforeTheGrantIsAnError(@TempDir Path dir) throws IOException {
        BadInputException e = load(dir, ENTRY.replace("expires: 2027-01-31", "expires: 2026-11-30"));

        assertThat(e.getMessage()).contains("waivers.yaml:9:14: error: the waiver expires (2026-11-30) before it was granted");
    }

    @Test
    void anExpiredWaiverIsRefusedOnTheDayAfterItsExpiry(@TempDir Path dir) throws IOException {
        Waivers waivers = WaiverFile.load(Files.writeString(dir.resolve("waivers.yaml"), ENTRY));

        WaiverChecks.checkCurrent(waivers, LocalDate.parse("2027-01-31"));
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> WaiverChecks.checkCurrent(waivers, LocalDate.parse("2027-02-01")));

        assertThat(e.getMessage()).contains("waivers.yaml:2:5: error: the waiver for tsl-alink-mqtt draft-2026-11 TM-5.2.3 "
                + "expired on 2027-01-31 (the run's date is 2027-02-01)");
    }

    private static BadInputException load(Path dir, String text) throws IOException {
        Path file = Files.writeString(dir.resolve("waivers.yaml"), text);
        return catchThrowableOfType(BadInputException.class, () -> WaiverFile.load(file));
    }
}
