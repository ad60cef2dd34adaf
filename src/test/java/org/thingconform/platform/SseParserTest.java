package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SSE field grammar: event types, multi-line data, comments, ids, and what does not make an event. */
class SseParserTest {

    @Test
    void anEventWithATypeAndDataIsDispatchedOnTheBlankLine() {
        SseParser parser = new SseParser();

        assertThat(parser.line("event: NOTIFICATION")).isEmpty();
        assertThat(parser.line("data: {\"ep\":\"dev\"}")).isEmpty();
        assertThat(parser.line("")).contains(new SseEvent("NOTIFICATION", "{\"ep\":\"dev\"}", ""));
    }

    @Test
    void dataLinesAreJoinedByLineFeedsAndOnlyOneSpaceIsDropped() {
        assertThat(feed("data:first", "data:  second", "data", "")).containsExactly(
                new SseEvent("message", "first\n second\n", ""));
    }

    @Test
    void commentsRetryAndUnknownFieldsAreIgnored() {
        assertThat(feed(": stream open", "", ": keep-alive", "retry: 1000", "colour: blue", "event: update",
                "data: x", "")).containsExactly(new SseEvent("update", "x", ""));
    }

    @Test
    void anEventWithoutDataIsNoEventAndItsTypeDoesNotLeakIntoTheNext() {
        assertThat(feed("event: registration", "", "data: y", "")).containsExactly(new SseEvent("message", "y", ""));
    }

    @Test
    void theLastIdIsKeptAcrossEventsAndAByteOrderMarkIsIgnored() {
        assertThat(feed("\uFEFFid: 7", "event: a", "data: 1", "", "event: b", "data: 2", "")).containsExactly(
                new SseEvent("a", "1", "7"), new SseEvent("b", "2", "7"));
    }

    @Test
    void anUnfinishedEventAtTheEndOfTheStreamIsNotDispatched() {
        assertThat(feed("event: a", "data: 1")).isEmpty();
    }

    private static List<SseEvent> feed(String... lines) {
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>();
        for (String line : lines) {
            parser.line(line).ifPresent(events::add);
        }
        return events;
    }
}
