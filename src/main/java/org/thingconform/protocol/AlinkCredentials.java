package org.thingconform.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Alink MQTT sign-in scheme: client id {@code {clientId}|securemode=2,signmethod=hmacsha256,timestamp={ts}|},
 * user name {@code {deviceName}&{productKey}}, password the hex HMAC-SHA256 of
 * {@code clientId{clientId}deviceName{dn}productKey{pk}timestamp{ts}} keyed with the
 * device secret. Used by the simulated device to sign in and by the reference platform
 * to check the signature.
 */
public record AlinkCredentials(String clientId, String username, String password) {

    /** Signs in device {@code productKey/deviceName} with its secret at time {@code timestamp}. */
    public static AlinkCredentials sign(String productKey, String deviceName, String deviceSecret, long timestamp) {
        String baseId = productKey + "." + deviceName;
        String mqttClientId = baseId + "|securemode=2,signmethod=hmacsha256,timestamp=" + timestamp + "|";
        String username = deviceName + "&" + productKey;
        return new AlinkCredentials(mqttClientId, username,
                hmacSha256(deviceSecret, content(baseId, deviceName, productKey, timestamp)));
    }

    /**
     * The sign-in of a device the platform authenticates by its (D)TLS identity (an X.509 client
     * certificate or a DTLS pre-shared key) instead of a signature: client id
     * {@code {pk}.{dn}|securemode=2,authtype=tls|}, user name {@code {dn}&{pk}}, no password.
     */
    public static AlinkCredentials tlsIdentity(String productKey, String deviceName) {
        return new AlinkCredentials(productKey + "." + deviceName + "|securemode=2,authtype=tls|",
                deviceName + "&" + productKey, "");
    }

    /** Whether a client id asks to be authenticated by the connection's (D)TLS identity. */
    public static boolean asksForTlsIdentity(String mqttClientId) {
        int bar = mqttClientId == null ? -1 : mqttClientId.indexOf('|');
        return bar >= 0 && java.util.Arrays.asList(mqttClientId.substring(bar + 1).replace("|", "").split(","))
                .contains("authtype=tls");
    }

    /**
     * Checks a CONNECT's client id, user name and password against the device secret.
     * Constant-time comparison of the signature.
     */
    public static boolean verify(String mqttClientId, String username, String password, String productKey,
                                 String deviceName, String deviceSecret) {
        if (password == null || !(deviceName + "&" + productKey).equals(username)) {
            return false;
        }
        int bar = mqttClientId.indexOf('|');
        if (bar < 0) {
            return false;
        }
        String baseId = mqttClientId.substring(0, bar);
        String timestamp = null;
        for (String option : mqttClientId.substring(bar + 1).replace("|", "").split(",")) {
            if (option.startsWith("timestamp=")) {
                timestamp = option.substring("timestamp=".length());
            }
        }
        if (timestamp == null || !timestamp.matches("\\d{1,19}")) {
            return false;
        }
        String expected = hmacSha256(deviceSecret, content(baseId, deviceName, productKey, Long.parseLong(timestamp)));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                password.getBytes(StandardCharsets.US_ASCII));
    }

    /** Hides the password: this record must never print it. */
    @Override
    public String toString() {
        return "AlinkCredentials[clientId=" + clientId + ", username=" + username + ", password=******]";
    }

    private static String content(String clientId, String deviceName, String productKey, long timestamp) {
        return "clientId" + clientId + "deviceName" + deviceName + "productKey" + productKey + "timestamp" + timestamp;
    }

    private static String hmacSha256(String key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
