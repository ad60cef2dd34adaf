package org.thingconform.thingmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.source.BadInputException;

/**
 * Every consistency rule of {@link ThingModelChecks}, in each of the three formats, and
 * other broken files: each gives a located message naming the file, the line and the problem.
 */
class BrokenThingModelTest {

    private static final Path BROKEN = Path.of("src/test/resources/thingmodels/broken");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // TSL JSON
        "min-above-max.tsl.json       | 14 | min 500 is greater than max 480; expected min ≤ max",
        "step-zero.tsl.json           | 16 | step 0 is not positive",
        "empty-enum.tsl.json          | 13 | enum has no values",
        "bad-identifier.tsl.json      |  7 | identifier 'bad-id' breaks the identifier rule",
        "duplicate-property.tsl.json  | 17 | duplicate property identifier 'voltage'",
        "length-fraction.tsl.json     | 14 | '2.5' is not a whole number",
        // native YAML
        "length-zero.yaml             |  4 | length 0 is not positive",
        "size-zero.yaml               |  6 | array size 0 is not positive",
        "duplicate-member.yaml        |  9 | duplicate struct member identifier 'lat'",
        "duplicate-service.yaml       |  4 | duplicate service identifier 'reboot'",
        "unknown-key.yaml             |  4 | unknown key 'lenght' in a text dataType (did you mean 'length'?)",
        "quoted-number.yaml           |  4 | 'max' must be a number",
        "bool-label-key.yaml          |  6 | bool label key '2' is neither 0 nor 1",
        "int-fraction-step.yaml       |  4 | int step 0.5 is not a whole number",
        "missing-item.yaml            |  4 | an array needs an item type",
        "unquoted-on-label.yaml       |  6 | the label of 0 must be a text, got false",
        // WoT Thing Model
        "min-above-max.tm.json        |  7 | min 500 is greater than max 480",
        "empty-enum.tm.json           |  7 | enum has no values",
        "bad-identifier.tm.json       |  7 | identifier 'over-voltage' breaks the identifier rule",
        "unknown-tc-term.tm.json      |  9 | unknown key 'tc:requried' in property 'voltage' (did you mean 'tc:required'?)",
        "float-on-string.tm.json      |  7 | tc:dataType 'float' does not fit type 'string'",
        "enum-label-not-value.tm.json | 10 | a label for '2', which is not an enum value",
        "input-not-object.tm.json     |  8 | 'input' must be an object schema whose properties are the parameters",
        "missing-product-key.tm.json  |  1 | missing 'tc:productKey'",
        "tc-prefix-undeclared.tm.json |  5 | term 'tc:productKey' uses the prefix 'tc', which @context does not declare",
        "not-a-thing-model.tm.json    |  3 | not a Thing Model: @type does not contain tm:ThingModel",
        "old-context.tm.json          |  2 | @context does not start with the WoT TD 1.1 context",
        "tm-ref.tm.json               |  7 | tm:ref is not supported",
        "not-json.tm.json             |  5 | not valid JSON",
    })
    void aBrokenModelGivesALocatedMessage(String file, int line, String message) {
        Path path = BROKEN.resolve(file);
        ThingModelFormat format = ThingModelFormat.guess(path).orElseThrow();

        BadInputException error = catchThrowableOfType(BadInputException.class, () -> ThingModels.load(path, format));

        assertThat(error).as("no error for " + file).isNotNull();
        assertThat(error.location()).isNotNull();
        assertThat(error.location().file()).isEqualTo(path);
        assertThat(error.location().line()).as(error.getMessage()).isEqualTo(line);
        assertThat(error.getMessage()).startsWith(path + ":" + line + ":").contains(": error: ").contains(message);
    }
}
