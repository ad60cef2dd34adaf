package org.thingconform.protocol.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Topic filter matching as MQTT 4.7 states it, which delivery checks and the fault proxy rely on. */
class TopicFilterTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "a/b,      a/b,     true",
        "a/+,      a/b,     true",
        "a/+,      a/b/c,   false",
        "a/#,      a/b/c,   true",
        "a/#,      a,       true",
        "+/+,      /x,      true",
        "#,        $SYS/x,  false",
        "+/x,      $tc/x,   false",
        "$tc/+,    $tc/x,   true",
        "a/b,      a/c,     false",
        "$share/g/a/+, a/b, true",
        "$share/g/#,   $SYS/x, false",
        "$share/g/a/b, $share/g/a/b, false",
    })
    void matchesAsTheStandardSays(String filter, String topic, boolean matches) {
        assertThat(TopicFilter.matches(filter, topic)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0} misplaces '#': {1}")
    @CsvSource({"#, false", "a/#, false", "a/#/b, true", "a#, true", "#/#, true", "a/b, false"})
    void findsAMultiLevelWildcardThatIsNotTheLastLevel(String filter, boolean misplaced) {
        assertThat(TopicFilter.misplacedMultiLevel(filter)).isEqualTo(misplaced);
    }
}
