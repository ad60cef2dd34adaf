package org.thingconform.reference;

import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.TopicPermission;
import com.hivemq.extension.sdk.api.packets.auth.DefaultAuthorizationBehaviour;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.connect.ConnectPacket;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thingconform.protocol.AlinkCredentials;

/**
 * Admits a device to the broker only with a valid Alink signature of a registered device,
 * and limits it to its own topic space {@code /sys/{pk}/{dn}/#}. Records the device on
 * the connection so the Alink handler knows who sent a message.
 */
final class AlinkAuthenticator implements SimpleAuthenticator {

    /** Connection attribute holding the authenticated device, {@code pk/dn}. */
    static final String DEVICE_ATTRIBUTE = "thingconform.device";

    private static final Logger LOG = LoggerFactory.getLogger(AlinkAuthenticator.class);

    private final DeviceRegistry registry;
    private final FaultSwitch faults;

    AlinkAuthenticator(DeviceRegistry registry, FaultSwitch faults) {
        this.registry = registry;
        this.faults = faults;
    }

    @Override
    public void onConnect(SimpleAuthInput input, SimpleAuthOutput output) {
        if (faults.on(Fault.REJECT_VALID_CREDENTIALS)) {
            output.failAuthentication(ConnackReasonCode.NOT_AUTHORIZED, "not authorized");
            return;
        }
        ConnectPacket connect = input.getConnectPacket();
        String username = connect.getUserName().orElse(null);
        Optional<DeviceKey> key = DeviceKey.fromUsername(username);
        if (key.isEmpty()) {
            output.failAuthentication(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD,
                    "user name must be {deviceName}&{productKey}");
            return;
        }
        Optional<RegisteredDevice> device = registry.find(key.get());
        boolean checkSignature = !faults.on(Fault.ACCEPT_ANY_CREDENTIALS);
        if (device.isEmpty() && checkSignature) {
            LOG.debug("refused CONNECT of unknown device {}", key.get());
            output.failAuthentication(ConnackReasonCode.NOT_AUTHORIZED, "unknown device");
            return;
        }
        if (checkSignature) {
            String password = connect.getPassword()
                    .map(buffer -> StandardCharsets.UTF_8.decode(buffer.asReadOnlyBuffer()).toString()).orElse(null);
            if (!AlinkCredentials.verify(connect.getClientId(), username, password, key.get().productKey(),
                    key.get().deviceName(), device.get().identity().deviceSecret().reveal())) {
                LOG.debug("refused CONNECT of {}: bad signature", key.get());
                output.failAuthentication(faults.on(Fault.MQTT5_WRONG_REASON_CODE) ? ConnackReasonCode.UNSPECIFIED_ERROR
                        : ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "bad signature");
                return;
            }
        }
        TopicPermission own = Builders.topicPermission()
                .topicFilter(key.get().topicPrefix() + "#")
                .type(TopicPermission.PermissionType.ALLOW)
                .activity(TopicPermission.MqttActivity.ALL)
                .build();
        output.getDefaultPermissions().add(own);
        output.getDefaultPermissions().setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
        input.getConnectionInformation().getConnectionAttributeStore().putAsString(DEVICE_ATTRIBUTE, key.get().encode());
        output.authenticateSuccessfully();
    }
}
