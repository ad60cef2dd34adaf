package org.thingconform.reference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.platform.Endpoint;
import org.thingconform.protocol.tls.PreSharedKey;
import org.thingconform.protocol.tls.TlsPeer;
import org.thingconform.protocol.tls.TlsSettings;
import org.thingconform.reference.pki.IssuedCertificate;
import org.thingconform.reference.pki.ThrowawayCa;
import org.thingconform.thingmodel.TslImporter;

/**
 * The reference platform's CoAP device server over DTLS ({@link CoapDeviceServer#startSecure}) with
 * one registered smart meter, for the DTLS adapter tests: the sign-in and thing resources are the
 * reference's own, the meter's pre-shared key is identity {@code pk.dn} with its secret as key.
 */
public final class DtlsReference implements AutoCloseable {

    /** The reference's TLS material the server presents and trusts. */
    public final ReferenceTls tls;
    /** The registered meter. */
    public final DeviceIdentity meter;
    private final PushDispatcher pushes;
    private final CoapDeviceServer server;

    /** A server with fresh reference material (a certificate for localhost, 127.0.0.1 and ::1). */
    public DtlsReference() {
        this(ReferenceTls.create());
    }

    /** A server presenting {@code server}, a certificate of {@code ca} (e.g. one for other hosts only). */
    public static DtlsReference presenting(ThrowawayCa ca, IssuedCertificate server) {
        return new DtlsReference(ReferenceTls.of(ca, server));
    }

    private DtlsReference(ReferenceTls tls) {
        this.tls = tls;
        FaultSwitch faults = new FaultSwitch();
        DeviceRegistry registry = new DeviceRegistry();
        registry.register("meter", TslImporter.importFile(Path.of("test-profiles/tsl-alink-mqtt/smart-meter.tsl.json")));
        meter = registry.identitiesByRole().get("meter");
        pushes = new PushDispatcher(PushPolicy.DEFAULT, faults);
        PendingSets pendingSets = new PendingSets();
        Invocations invocations = new Invocations();
        AlinkUplinkHandler uplink = new AlinkUplinkHandler(registry, faults, pendingSets, invocations,
                new HiveMqDownlink(faults), System::currentTimeMillis, new PeerSubscriptions(faults, pushes));
        TokenSignIn signIn = new TokenSignIn(new DeviceSignIn(registry, faults), new DeviceTokens(),
                (device, route) -> { });
        server = CoapDeviceServer.startSecure(new CoapAuthResource(signIn), new CoapThingResource(uplink, signIn, faults),
                0, tls, registry::pskKey);
    }

    /** The server's endpoint as the reference names it ({@link ReferenceTls#HOST}), without settings. */
    public Endpoint endpoint() {
        return server.endpoint();
    }

    /** The server's endpoint on {@code host}, secured with {@code settings}. */
    public Endpoint endpoint(String host, TlsSettings settings) {
        return new Endpoint(host, server.endpoint().port(), settings);
    }

    /** Client settings trusting the reference CA, host names verified, with the meter's pre-shared key. */
    public TlsSettings pskSettings() {
        return tls.clientSettings().withPsk(meterPsk());
    }

    /** The meter's pre-shared key: identity {@code pk.dn}, its secret as key. */
    public PreSharedKey meterPsk() {
        return ReferenceTls.devicePsk(meter.productKey(), meter.deviceName(), meter.deviceSecret().reveal());
    }

    /** The meter's secret, to prove it never reaches a reason or a trace. */
    public String secret() {
        return meter.deviceSecret().reveal();
    }

    /** The path of a meter resource, e.g. {@code thing/event/property/post}. */
    public String path(String rest) {
        return "/sys/" + meter.productKey() + "/" + meter.deviceName() + "/" + rest;
    }

    @Override
    public void close() {
        server.close();
        pushes.close();
    }
}
