package org.thingconform.profile.coverage;

/** Whom a normative statement obliges: the server (broker, platform), the client, or either side. */
public enum Binds {
    SERVER, CLIENT, BOTH;

    /** Whether a suite that plays the client can hold the server to it. */
    public boolean server() {
        return this != CLIENT;
    }
}
