package org.thingconform.engine.step.lwm2m;

/** An API answer's body as a reason quotes it: whole when short, cut at 200 characters otherwise. */
final class Bodies {

    private static final int LONGEST = 200;

    private Bodies() {
    }

    static String quote(String body) {
        return body == null || body.isEmpty() ? "(empty body)" : body.length() > LONGEST ? body.substring(0, LONGEST) + "…"
                : body;
    }
}
