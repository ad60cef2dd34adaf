package org.thingconform.protocol;

import org.thingconform.platform.Secret;
import org.thingconform.profile.step.TokenUse;

/**
 * The token a CoAP or HTTP platform issued to a device at sign-in, kept as a {@link Secret}
 * and handed out only for the wire: as issued, or spoilt for a check that the platform refuses
 * a wrong token. Thread-safe.
 */
public final class DeviceToken {

    private volatile Secret token;

    /** Keeps the token the platform just issued. */
    public void issued(String value) {
        token = new Secret(value);
    }

    /** Forgets the token (the device closed). */
    public void forget() {
        token = null;
    }

    /** Whether the device holds a token, i.e. has signed in. */
    public boolean present() {
        return token != null;
    }

    /**
     * The value to send for {@code use}: the token, or a wrong one.
     *
     * @throws IllegalStateException when the device has not signed in
     * @throws IllegalArgumentException for {@link TokenUse#NONE}, which sends no value
     */
    public String value(TokenUse use) {
        Secret current = token;
        if (current == null) {
            throw new IllegalStateException("the device has not signed in: it holds no token");
        }
        if (use == TokenUse.NONE) {
            throw new IllegalArgumentException("no token value is sent for token use 'none'");
        }
        return use == TokenUse.WRONG ? "wrong" + current.reveal() : current.reveal();
    }
}
