package org.thingconform.protocol.tls;

import java.util.Locale;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The identity a (D)TLS handshake proved for a device, as a platform sees it: the subject of
 * its X.509 certificate or its pre-shared key identity. Which device that is follows one
 * convention, shared by the simulated devices and the reference platform: a certificate names
 * the device by {@code CN=deviceName, OU=productKey}, a PSK identity is
 * {@code productKey.deviceName}.
 *
 * @param subject     the certificate's subject (RFC 2253), or null
 * @param pskIdentity the PSK identity, or null
 */
public record TlsPeer(String subject, String pskIdentity) {

    /** A peer proven by its certificate. */
    public static TlsPeer certificate(String subject) {
        return new TlsPeer(subject, null);
    }

    /** A peer proven by its pre-shared key. */
    public static TlsPeer psk(String identity) {
        return new TlsPeer(null, identity);
    }

    /** The subject a device's certificate has under the convention. */
    public static String subjectOf(String productKey, String deviceName) {
        return "CN=" + Rdn.escapeValue(deviceName) + ",OU=" + Rdn.escapeValue(productKey);
    }

    /** The PSK identity of a device under the convention. */
    public static String pskIdentityOf(String productKey, String deviceName) {
        return productKey + "." + deviceName;
    }

    /** Whether this peer is device {@code productKey/deviceName}. */
    public boolean names(String productKey, String deviceName) {
        if (pskIdentity != null) {
            return pskIdentity.equals(pskIdentityOf(productKey, deviceName));
        }
        return subject != null && attribute("CN").filter(deviceName::equals).isPresent()
                && attribute("OU").filter(productKey::equals).isPresent();
    }

    private Optional<String> attribute(String type) {
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().toUpperCase(Locale.ROOT).equals(type)) {
                    return Optional.of(String.valueOf(rdn.getValue()));
                }
            }
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return subject != null ? "certificate " + subject : "PSK identity " + pskIdentity;
    }
}
