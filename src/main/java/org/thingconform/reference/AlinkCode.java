package org.thingconform.reference;

/** The Alink reply codes the reference platform answers with. */
final class AlinkCode {

    /** Success. */
    static final int OK = 200;
    /** Bad request: missing id or method, params missing, empty or malformed. */
    static final int BAD_PARAMS = 460;
    /** The payload is not a JSON object. */
    static final int NOT_JSON = 6207;
    /**
     * A thing-model data check failed (unknown property or event, invalid value). Real
     * platforms use several 63xx codes here and which one is unverified; profiles keep the
     * expected code as a parameter.
     */
    static final int DATA_CHECK = 6306;

    private AlinkCode() {
    }
}
