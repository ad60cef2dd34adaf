package org.thingconform.reference;

import java.util.concurrent.atomic.AtomicLong;

/** Alink message ids for platform-originated messages: numeric strings from a counter, 1..4294967295. */
final class MessageIds {

    private static final long MAX = 4_294_967_295L;

    private final AtomicLong counter = new AtomicLong();

    String next() {
        return Long.toString(counter.updateAndGet(n -> n >= MAX ? 1 : n + 1));
    }
}
