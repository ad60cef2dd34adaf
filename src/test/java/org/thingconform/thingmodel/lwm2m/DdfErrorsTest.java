package org.thingconform.thingmodel.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.source.BadInputException;

/** Every kind of bad DDF file is one located error, {@code file:line:column: error: what; expected …}. */
class DdfErrorsTest {

    /** A valid object; each case changes one thing in it. Elements are indented two spaces a level. */
    static final String VALID = """
            <?xml version="1.0" encoding="UTF-8"?>
            <LWM2M>
              <Object ObjectType="MODefinition">
                <Name>Test</Name>
                <ObjectID>42000</ObjectID>
                <MultipleInstances>Single</MultipleInstances>
                <Resources>
                  <Item ID="0">
                    <Name>Level</Name>
                    <Operations>R</Operations>
                    <MultipleInstances>Single</MultipleInstances>
                    <Mandatory>Optional</Mandatory>
                    <Type>Integer</Type>
                    <RangeEnumeration>0..100</RangeEnumeration>
                    <Units>%</Units>
                  </Item>
                  <Item ID="1">
                    <Name>Reset</Name>
                    <Operations>E</Operations>
                    <Type></Type>
                  </Item>
                </Resources>
              </Object>
            </LWM2M>
            """;

    @TempDir
    Path dir;

    @Test
    void theTemplateIsValid() throws IOException {
        Lwm2mObject object = DdfImporter.importFile(write(VALID));

        assertThat(object.model().property("level")).isPresent();
        assertThat(object.model().service("reset")).isPresent();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "<ObjectID>42000</ObjectID>|| 3:3 | missing <ObjectID>; expected the object id",
        "<ObjectID>42000</ObjectID>|<ObjectID>70000</ObjectID>| 5:5 | ObjectID '70000' is not a number from 0 to 65535",
        "<Name>Test</Name>|<Name> </Name>| 4:5 | missing <Name>; expected the object's name",
        "<Name>Level</Name>|| 8:7 | missing <Name>; expected the resource's name",
        "<Type>Integer</Type>|<Type>Int</Type>| 13:9 | unknown Type 'Int'; expected String, Integer, Unsigned Integer",
        "<Operations>R</Operations>|<Operations>RX</Operations>| 10:9 | unknown Operations 'RX'; expected R, W, RW, E or empty",
        "0..100|0-100| 14:9 | RangeEnumeration '0-100' does not fit Integer resource 0; expected min..max",
        "0..100|low..high| 14:9 | RangeEnumeration 'low..high' does not fit Integer resource 0",
        "0..100|100..0| 14:9 | min 100 is greater than max 0; expected min ≤ max",
        "0..100|0.5..1| 14:9 | int min 0.5 is not a whole number",
        "<Item ID=\"1\">|<Item ID=\"0\">| 17:7 | duplicate resource ID 0; expected a unique ID (0 is first used at ",
        "<Item ID=\"1\">|<Item ID=\"x\">| 17:7 | resource ID 'x' is not a number from 0 to 65535",
        "<Item ID=\"1\">|<Item>| 17:7 | an <Item> without an ID attribute",
        "<Type></Type>|<Type>String</Type>| 20:9 | executable resource 1 has Type 'String'; expected an empty <Type></Type>",
        "<Type>Integer</Type>|<Type></Type>| 13:9 | resource 0 with Operations R has no Type; expected one of String, Integer, Unsigned Integer, Float, Boolean, Opaque, Time, Objlnk or Corelnk",
        "<MultipleInstances>Single</MultipleInstances>|<MultipleInstances>Many</MultipleInstances>| 6:5 | unknown MultipleInstances 'Many'; expected Single or Multiple",
        "<Mandatory>Optional</Mandatory>|<Mandatory>Yes</Mandatory>| 12:9 | unknown Mandatory 'Yes'; expected Optional or Mandatory",
        "<Units>%</Units>|<Units>%</Units><Units>s</Units>| 15:25 | <Units> appears twice in <Item>",
        "<ObjectID>42000</ObjectID>|<ObjectID>42000</ObjectID><ObjectURN>urn:oma:lwm2m:oma:3</ObjectURN>| 5:31 | ObjectURN 'urn:oma:lwm2m:oma:3' names object 3, but ObjectID is 42000",
        "<ObjectID>42000</ObjectID>|<ObjectID>42000</ObjectID><ObjectVersion>one</ObjectVersion>| 5:31 | ObjectVersion 'one' is no version",
        "<Name>Test</Name>|<Name><b>Test</b></Name>| 4:5 | <Name> must hold text, not elements",
    })
    void aBadFileIsOneLocatedError(String old, String replacement, String lineColumn, String message) throws IOException {
        Path file = write(VALID.replaceFirst(Pattern.quote(old), Matcher.quoteReplacement(replacement == null ? "" : replacement)));

        BadInputException error = catchThrowableOfType(BadInputException.class, () -> DdfImporter.importFile(file));

        assertThat(error).as("an error for " + replacement).isNotNull();
        assertThat(error.getMessage()).startsWith(file + ":" + lineColumn.strip() + ": error: ").contains(message.strip())
                .doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "Unsigned Integer | -1..100 | does not fit Unsigned Integer resource 0; expected a range from 0 up",
        "Unsigned Integer | 1,-2    | does not fit Unsigned Integer resource 0; expected min..max",
        "Float            | 1,2     | RangeEnumeration '1,2' does not fit Float resource 0; expected min..max",
        "Float            | some    | RangeEnumeration 'some' does not fit Float resource 0",
        "String           | 5..2    | length range 5..2 has min above max",
        "String           | -1..5   | RangeEnumeration '-1..5' does not fit String resource 0; expected a length range",
        "Integer          | 1,1     | RangeEnumeration lists 1 twice",
    })
    void aRangeMustFitTheType(String type, String range, String message) throws IOException {
        Path file = write(VALID.replace("<Type>Integer</Type>", "<Type>" + type + "</Type>").replace("0..100", range));

        BadInputException error = catchThrowableOfType(BadInputException.class, () -> DdfImporter.importFile(file));

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).startsWith(file + ":14:9: error: ").contains(message);
    }

    @Test
    void brokenXmlIsLocatedWhereTheParserStopped() throws IOException {
        Path file = write(VALID.replaceFirst("</Item>", ""));

        BadInputException error = catchThrowableOfType(BadInputException.class, () -> DdfImporter.importFile(file));

        assertThat(error.getMessage()).startsWith(file + ":22:").contains(": error: not well-formed XML: ")
                .contains("\"Item\"").doesNotContain("ParseError").doesNotContain("\n");
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityIsEverExpanded() throws IOException {
        Path secret = write("top secret");
        Path file = write(VALID.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE LWM2M [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                        + "\">]>\n").replace("<Name>Test</Name>", "<Name>&xxe;</Name>"));

        BadInputException error = catchThrowableOfType(BadInputException.class, () -> DdfImporter.importFile(file));

        assertThat(error.getMessage()).startsWith(file + ":").contains(": error: ").contains("DOCTYPE is not allowed")
                .doesNotContain("top secret");
    }

    @Test
    void anUndeclaredEntityIsAnError() throws IOException {
        Path file = write(VALID.replace("<Name>Test</Name>", "<Name>&xxe;</Name>"));

        BadInputException error = catchThrowableOfType(BadInputException.class, () -> DdfImporter.importFile(file));

        assertThat(error.getMessage()).startsWith(file + ":4:").contains("xxe");
    }

    @Test
    void anotherRootElementOrNoObjectIsAnError() throws IOException {
        Path other = write(VALID.replace("LWM2M>", "LwM2M>"));
        Path empty = write("<?xml version=\"1.0\"?>\n<LWM2M>\n</LWM2M>\n");

        assertThat(catchThrowableOfType(BadInputException.class, () -> DdfImporter.importFile(other)).getMessage())
                .isEqualTo(other + ":2:1: error: the root element is <LwM2M>; expected <LWM2M> (an OMA DDF object model)");
        assertThat(catchThrowableOfType(BadInputException.class, () -> DdfImporter.importFile(empty)).getMessage())
                .startsWith(empty + ":2:1: error: no <Object> in <LWM2M>");
    }

    @Test
    void aMissingFileSaysSo() {
        Path missing = dir.resolve("missing.xml");

        assertThat(catchThrowableOfType(BadInputException.class, () -> DdfImporter.importFile(missing)).getMessage())
                .isEqualTo(missing + ": error: file not found");
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "ddf", ".xml");
        Files.writeString(file, text);
        return file;
    }
}
