package org.thingconform.reference;

import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.thingconform.platform.MqttAccount;

/**
 * Lets the broker profile's plain MQTT clients in: a CONNECT with the reference platform's
 * broker account (user name {@value #USERNAME} and a password made up at start, handed out
 * only in the platform's descriptor) may use every topic; a CONNECT with that user name and
 * another password is refused as bad credentials. Any other CONNECT is a device's, checked by
 * the Alink authenticator. These are test-only terms: the account exists so that the embedded
 * broker can be tested as a plain MQTT broker without weakening the devices' sign-in.
 */
final class PlainClientAuthenticator implements SimpleAuthenticator {

    static final String USERNAME = "thingconform-broker";

    private final MqttAccount account;
    private final SimpleAuthenticator devices;

    PlainClientAuthenticator(MqttAccount account, SimpleAuthenticator devices) {
        this.account = account;
        this.devices = devices;
    }

    @Override
    public void onConnect(SimpleAuthInput input, SimpleAuthOutput output) {
        var connect = input.getConnectPacket();
        if (!connect.getUserName().map(account.username()::equals).orElse(false)) {
            devices.onConnect(input, output);
            return;
        }
        byte[] password = connect.getPassword().map(b -> {
            byte[] bytes = new byte[b.remaining()];
            b.asReadOnlyBuffer().get(bytes);
            return bytes;
        }).orElse(new byte[0]);
        if (MessageDigest.isEqual(password, account.password().reveal().getBytes(StandardCharsets.UTF_8))) {
            output.authenticateSuccessfully();
        } else {
            output.failAuthentication(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "bad user name or password");
        }
    }
}
