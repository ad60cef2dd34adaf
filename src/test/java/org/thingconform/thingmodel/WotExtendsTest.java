package org.thingconform.thingmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.thingconform.source.BadInputException;

/** tm:extends: the extending model overrides its local base; cycles and remote bases are refused. */
class WotExtendsTest {

    private static final Path DIR = Path.of("src/test/resources/thingmodels/extends");

    @Test
    void theExtendingModelOverridesMergesRemovesAndAdds() {
        ThingModel model = WotImporter.importFile(DIR.resolve("override.tm.json"));

        assertThat(model.productKey()).isEqualTo("overridePk");
        assertThat(model.properties()).extracting(Property::identifier)
                .containsExactly("voltage", "energyTotal", "relayOn");
        Property voltage = model.property("voltage").orElseThrow();
        assertThat(voltage.dataType().max()).as("overridden").contains(new BigDecimal("500"));
        assertThat(voltage.dataType().min()).as("inherited").contains(BigDecimal.ZERO);
        assertThat(voltage.required()).as("inherited").isTrue();
        assertThat(voltage.name()).isEqualTo("Voltage");
        Property energy = model.property("energyTotal").orElseThrow();
        assertThat(energy.name()).isEqualTo("Energy");
        assertThat(energy.dataType().kind()).isEqualTo(DataKind.INT);
        assertThat(energy.dataType().unit()).as("removed with null").isEmpty();
        assertThat(energy.accessMode()).isEqualTo(AccessMode.READ_WRITE);
    }

    @Test
    void extensionsChain() {
        ThingModel model = WotImporter.importFile(DIR.resolve("leaf.tm.json"));

        assertThat(model.productKey()).as("from the middle model").isEqualTo("overridePk");
        DataType voltage = model.property("voltage").orElseThrow().dataType();
        assertThat(voltage.min()).contains(new BigDecimal("100"));
        assertThat(voltage.max()).contains(new BigDecimal("500"));
    }

    @Test
    void aCycleIsALocatedError() {
        assertError("cycle-a.tm.json", "cycle-b.tm.json", 5,
                "tm:extends cycle: cycle-a.tm.json → cycle-b.tm.json → cycle-a.tm.json");
    }

    @Test
    void aModelExtendingItselfIsACycle() {
        assertError("self.tm.json", "self.tm.json", 5, "tm:extends cycle: self.tm.json → self.tm.json");
    }

    @Test
    void aRemoteBaseIsNotFetched() {
        assertError("remote.tm.json", "remote.tm.json", 6,
                "remote Thing Model 'https://example.org/models/base.tm.json' is not fetched; "
                        + "expected a path to a local file, relative to this Thing Model");
    }

    @Test
    void aMissingBaseIsALocatedError() {
        assertError("missing-base.tm.json", "missing-base.tm.json", 6, "extended Thing Model not found: ");
    }

    @Test
    void anErrorInAnInheritedDefinitionPointsIntoTheBaseFile() {
        assertError("inherits-broken.tm.json", "broken-base.tm.json", 6, "min 500 is greater than max 480");
    }

    @Test
    void onlyOneBaseIsAllowed() {
        assertError("two-extends.tm.json", "two-extends.tm.json", 8, "a second tm:extends link");
    }

    private static void assertError(String file, String reportedFile, int line, String message) {
        BadInputException error = catchThrowableOfType(BadInputException.class,
                () -> WotImporter.importFile(DIR.resolve(file)));

        assertThat(error).as("error for " + file).isNotNull();
        assertThat(error.location().file().normalize()).isEqualTo(DIR.resolve(reportedFile));
        assertThat(error.location().line()).isEqualTo(line);
        assertThat(error.getMessage()).contains(":" + line + ":").contains(": error: ").contains(message);
    }
}
