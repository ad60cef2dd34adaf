package org.thingconform.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.source.InputProblem;

/**
 * Every deliberately broken file under {@code src/test/resources/validate/}: its kind is
 * detected, and validation reports the problem at its line and column with its message,
 * and no other problem than the ones counted (many-errors shows that schema errors come all at once).
 */
class ValidationFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/validate");
    private static final FileValidator VALIDATOR = new FileValidator(name -> null, false);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // profiles: unknown keys, with a did-you-mean
        "unknown-clause-key.profile.yaml            | error   | 33 |  5 | 1 | unknown key 'chapters' in a clause (did you mean 'chapter'?); expected one of [bindings, chapter, conditional, exclusive, generate, given, id, level, observes, requires, steps, summary, tags, untestable, url]",
        "unknown-step-kind.profile.yaml             | error   | 40 |  9 | 1 | unknown key 'readProperty' in a step (did you mean 'readProperties'?)",
        "unknown-step-argument.profile.yaml         | error   | 39 | 67 | 1 | unknown key 'expcet' in step 'postProperties' (did you mean 'expect'?); expected one of [device, expect, means, see, subject, time, token, values]",
        // profiles: wrong types, closed sets, ids
        "wrong-type-success-code.profile.yaml       | error   | 13 | 16 | 1 | 'successCode' must be an integer, got '200'",
        "wrong-type-tags.profile.yaml               | error   | 35 | 11 | 1 | 'tags' must be a list, got 'mqtt'",
        "bad-level.profile.yaml                     | error   | 49 | 12 | 1 | unknown level 'SHOUD' (did you mean 'SHOULD'?); expected one of MUST, SHOULD, MAY",
        "bad-clause-id.profile.yaml                 | error   | 48 |  9 | 1 | clause id 'TM 3' is not valid; expected letters, digits, '-' and '.', e.g. TM-5.2.1",
        "bad-ics-id.profile.yaml                    | error   | 27 | 10 | 1 | ICS id '2EVENTS' is not valid; expected letters, digits and '_', starting with a letter",
        "bad-parameter-name.profile.yaml            | error   | 25 |  3 | 1 | parameter name 'out-of-range-code' is not valid",
        "zero-timeout.profile.yaml                  | error   | 29 | 19 | 1 | duration or expression '0s' is not valid; expected a positive duration such as 5s",
        "await-service-without-service.profile.yaml | error   | 54 | 24 | 1 | missing required key 'service' in step 'awaitDownlink'",
        "missing-flow.profile.yaml                  | error   | 20 |  5 | 1 | missing required key 'serviceCall' in flows of the binding",
        "many-errors.profile.yaml                   | error   | 12 |  8 | 4 | 'qos' 2 is not allowed; expected one of 0, 1",
        "many-errors.profile.yaml                   | error   | 49 | 12 | 4 | unknown level 'SHOUD'",
        // profiles: references the loader resolves
        "duplicate-clause-id.profile.yaml           | error   | 41 |  9 | 1 | duplicate clause id 'TM-1'; expected each clause id once per profile",
        "unknown-ics-item.profile.yaml              | error   | 43 | 15 | 1 | unknown ICS item 'EVENT' in requires; expected one of the profile's ICS items [EVENTS, ASYNC_SERVICES]",
        "unknown-event.profile.yaml                 | error   | 46 | 43 | 1 | the thing model of 'meter' has no event 'overVoltag'",
        "unknown-service.profile.yaml               | error   | 53 | 49 | 1 | the thing model of 'meter' has no service 'readHistroy'",
        "unknown-property.profile.yaml              | error   | 40 | 67 | 1 | unknown identifier 'voltag'",
        "unknown-device-role.profile.yaml           | error   | 37 | 27 | 1 | unknown device role 'metre'; expected one of [meter]",
        "unknown-thing-model.profile.yaml           | error   |  8 | 18 | 1 | unknown thing model 'smart-metre'",
        "unknown-parameter.profile.yaml             | error   | 39 | 82 | 1 | unknown parameter 'outOfRangeCod'; expected one of the profile's parameters [outOfRangeCode]",
        "unknown-placeholder.profile.yaml           | error   | 22 | 26 | 1 | unknown placeholder {deviceId} in '/sys/{productKey}/{deviceId}/thing/service/property/set'",
        "unknown-call.profile.yaml                  | error   | 55 | 29 | 1 | awaitServiceResult waits for call 'histroy', which no earlier invokeService of the clause saved (did you mean 'history'?)",
        // platform descriptors
        "inline-secret.descriptor.yaml              | error   | 18 | 19 | 1 | 'deviceSecret' must be a mapping, got a text; expected where a secret is, never the secret itself",
        "bad-host.descriptor.yaml                   | error   |  5 |  9 | 1 | host 'broker example.com' is not valid; expected a host name or address, e.g. broker.example.com",
        "bad-port.descriptor.yaml                   | error   |  6 |  9 | 1 | 'port' is 70000; expected at most 65535",
        "unknown-operation.descriptor.yaml          | error   | 10 |  5 | 1 | unknown key 'readProperty' in northbound operations (did you mean 'readProperties'?)",
        "ics-answer-not-boolean.descriptor.yaml     | error   | 19 | 15 | 1 | 'EVENTS' must be true or false, got 'yes'",
        "unset-variable.descriptor.yaml             | warning | 18 | 25 | 1 | environment variable THINGCONFORM_VALIDATE_FIXTURE_UNSET is not set: fine for validation, but a run would stop here",
        // native thing models
        "min-above-max.model.yaml                   | error   |  7 | 34 | 1 | min 500 is greater than max 480; expected min ≤ max",
        "step-zero.model.yaml                       | error   |  7 | 53 | 1 | 'step' is 0; expected more than 0",
        "step-not-dividing.model.yaml               | warning |  7 | 51 | 1 | step 0.3 does not divide the range 0 to 1, so max is no valid value; expected a step that divides max − min = 1",
        "empty-enum.model.yaml                      | error   |  9 | 36 | 1 | 'labels' has 0 keys; expected at least 1 key",
        "length-zero.model.yaml                     | error   | 11 | 36 | 1 | 'length' is 0; expected at least 1",
        "array-size-zero.model.yaml                 | error   | 19 | 35 | 1 | 'size' is 0; expected at least 1",
        "duplicate-member.model.yaml                | error   | 17 | 24 | 1 | duplicate struct member identifier 'lat'",
        "bad-identifier.model.yaml                  | error   | 21 | 17 | 1 | identifier 'over-voltage' is not valid; expected letters, digits and underscores, 1 to 50 characters",
        "unknown-data-type.model.yaml               | error   |  7 | 22 | 1 | unknown type 'flaot' (did you mean 'float'?)",
        "wrong-type-access-mode.model.yaml          | error   |  6 | 17 | 1 | unknown accessMode 'w' (did you mean 'r'?); expected one of r, rw",
        // TSL thing models
        "tsl-min-above-max.tsl.json                 | error   | 15 | 27 | 1 | min 500 is greater than max 480",
        "tsl-bad-access-mode.tsl.json               | error   | 31 | 21 | 1 | unknown accessMode 'w' (did you mean 'r'?); expected one of r, rw",
        "tsl-duplicate-service.tsl.json             | error   | 118 | 21 | 1 | duplicate service identifier 'get'",
    })
    void aBrokenFileIsReportedAtItsLineWithItsMessage(String file, String severity, int line, int column, int count,
                                                      String message) {
        Path path = DIR.resolve(file);
        ValidationTargets targets = ValidationTargets.of(List.of(path));
        assertThat(targets.problems()).isEmpty();
        assertThat(targets.targets()).hasSize(1);

        Validation<?> validation = VALIDATOR.validate(path, targets.targets().get(0).kind());

        assertThat(validation.problems()).as(validation.problems().toString()).hasSize(count)
                .anySatisfy(problem -> {
                    assertThat(problem.severity().label()).isEqualTo(severity);
                    assertThat(problem.location().file()).isEqualTo(path);
                    assertThat(problem.location().line()).isEqualTo(line);
                    assertThat(problem.location().column()).isEqualTo(column);
                    assertThat(problem.text()).contains(message);
                    assertThat(problem.toString()).startsWith(path + ":" + line + ":" + column + ": " + severity + ": ");
                });
        assertThat(validation.hasErrors()).isEqualTo(severity.equals("error"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"inline-secret.descriptor.yaml, s3cr3t-value"})
    void aSecretWrittenInlineIsNeverEchoed(String file, String secret) {
        Validation<?> validation = VALIDATOR.validate(DIR.resolve(file), FileKind.DESCRIPTOR);

        assertThat(validation.problems()).isNotEmpty().extracting(InputProblem::toString)
                .allSatisfy(text -> assertThat(text).doesNotContain(secret));
    }
}
