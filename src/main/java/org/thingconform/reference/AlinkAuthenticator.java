package org.thingconform.reference;

import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.TopicPermission;
import com.hivemq.extension.sdk.api.packets.auth.DefaultAuthorizationBehaviour;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.connect.ConnectPacket;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import com.hivemq.extension.sdk.api.client.parameter.ClientTlsInformation;
import java.nio.charset.StandardCharsets;

import org.thingconform.protocol.tls.TlsPeer;
/**
 * Admits a device to the broker only with a valid Alink signature of a registered device,
 * and limits it to its own topic space {@code /sys/{pk}/{dn}/#}. Records the device on
 * the connection so the Alink handler knows who sent a message, and routes the device's
 * downlinks to MQTT from now on.
 */
final class AlinkAuthenticator implements SimpleAuthenticator {

    /** Connection attribute holding the authenticated device, {@code pk/dn}. */
    static final String DEVICE_ATTRIBUTE = "thingconform.device";

    private final DeviceSignIn signIn;
    private final DownlinkRouter routes;
    private final FaultSwitch faults;
    private final AlinkCapacityFaults capacity;

    AlinkAuthenticator(DeviceSignIn signIn, DownlinkRouter routes, FaultSwitch faults, AlinkCapacityFaults capacity) {
        this.signIn = signIn;
        this.routes = routes;
        this.faults = faults;
        this.capacity = capacity;
    }

    @Override
    public void onConnect(SimpleAuthInput input, SimpleAuthOutput output) {
        ConnectPacket connect = input.getConnectPacket();
        String password = connect.getPassword()
                .map(buffer -> StandardCharsets.UTF_8.decode(buffer.asReadOnlyBuffer()).toString()).orElse(null);
        TlsPeer peer = input.getConnectionInformation().getClientTlsInformation()
                .flatMap(ClientTlsInformation::getClientCertificate)
                .map(certificate -> TlsPeer.certificate(certificate.getSubjectX500Principal().getName())).orElse(null);
        DeviceSignIn.Outcome outcome = signIn.check(connect.getClientId(), connect.getUserName().orElse(null), password,
                peer);
        if (!outcome.accepted()) {
            output.failAuthentication(!outcome.badCredentials() ? ConnackReasonCode.NOT_AUTHORIZED
                    : faults.on(Fault.MQTT5_WRONG_REASON_CODE) ? ConnackReasonCode.UNSPECIFIED_ERROR
                    : ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, outcome.reason());
            return;
        }
        DeviceKey key = outcome.device().orElseThrow();
        if (!capacity.admits(key)) {
            output.failAuthentication(ConnackReasonCode.SERVER_UNAVAILABLE, "the platform's device quota is reached");
            return;
        }
        TopicPermission own = Builders.topicPermission()
                .topicFilter(key.topicPrefix() + "#")
                .type(TopicPermission.PermissionType.ALLOW)
                .activity(TopicPermission.MqttActivity.ALL)
                .build();
        output.getDefaultPermissions().add(own);
        output.getDefaultPermissions().setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
        input.getConnectionInformation().getConnectionAttributeStore().putAsString(DEVICE_ATTRIBUTE, key.encode());
        routes.signedIn(key, DownlinkRouter.Route.MQTT);
        output.authenticateSuccessfully();
    }
}
