package org.thingconform.profile.step;

/**
 * Which sign-in token a CoAP or HTTP device puts on an uplink request: the one the platform
 * gave it, none, or a wrong one (to check that the platform refuses unauthenticated uplinks).
 */
public enum TokenUse {
    VALID, NONE, WRONG;

    /** The name a profile uses: {@code valid}, {@code none}, {@code wrong}. */
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
