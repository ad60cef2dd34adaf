package org.thingconform.engine.step.fleet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thingconform.device.DeviceMessage;
import org.thingconform.device.EnvelopeCodec;
import org.thingconform.device.Reply;
import org.thingconform.platform.DeviceIdentity;
import org.thingconform.profile.Binding;
import org.thingconform.profile.BindingFlow;
import org.thingconform.protocol.mqtt.fleet.FleetPayloads;

/**
 * The requests and replies of a device fleet on an envelope binding (Alink JSON and its kin): a request is the
 * binding's request template filled as the simulated device fills it (method, time, {@code params} one of the
 * thing model's {@link PropertyValueSets valid value sets}), its {@code id} a decimal number naming the member and
 * the sequence ({@code base + sequence × members + member}, the base drawn per fleet run so that a late answer to an
 * earlier fleet of the same devices is not taken for this one's), read back from the reply at the envelope's id
 * pointer; a
 * reply whose code is not the binding's success code refuses its request ({@code reply code NNN}). Here rather
 * than in the fleet driver, which knows no profile type.
 */
final class AlinkPayloads implements FleetPayloads {

    /** The largest Alink message id: a string of the numbers 0 to 4294967295. */
    static final long LARGEST_ID = 4_294_967_295L;

    private final Binding binding;
    private final BindingFlow flow;
    private final EnvelopeCodec codec;
    private final List<DeviceIdentity> identities;
    private final List<ObjectNode> valueSets;
    private final long base;

    /**
     * Payloads for {@code identities} (member {@code i} is device {@code identities.get(i)}) posting on {@code flow}
     * of {@code binding}, cycling through {@code valueSets}, ids from {@code base} on.
     */
    AlinkPayloads(Binding binding, String flow, List<DeviceIdentity> identities, List<ObjectNode> valueSets,
                  long base) {
        if (valueSets.isEmpty()) {
            throw new IllegalArgumentException("a device fleet needs at least one set of property values");
        }
        this.binding = binding;
        this.flow = binding.flow(flow);
        this.codec = new EnvelopeCodec(binding);
        this.identities = List.copyOf(identities);
        this.valueSets = List.copyOf(valueSets);
        this.base = base;
    }

    /** The variables of member {@code member}'s topic and sign-in templates ({@code productKey}, {@code deviceName}). */
    Map<String, Object> variables(int member) {
        DeviceIdentity identity = identities.get(member);
        Map<String, Object> variables = new HashMap<>();
        variables.put("productKey", identity.productKey());
        variables.put("deviceName", identity.deviceName());
        return variables;
    }

    @Override
    public byte[] encode(int member, long sequence) {
        Map<String, Object> variables = variables(member);
        variables.put("id", String.valueOf(base + sequence * identities.size() + member));
        variables.put("values", valueSets.get((int) ((member + sequence) % valueSets.size())));
        variables.put("time", System.currentTimeMillis());
        variables.put("method", flow.method() == null ? "" : EnvelopeCodec.text(flow.method(), variables));
        return DeviceMessage.write(codec.request(flow, variables)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<Key> decode(String topic, byte[] payload) {
        String id = reply(topic, payload).id();
        if (id == null || !id.matches("\\d{1,10}")) {
            return Optional.empty();
        }
        long number = Long.parseLong(id) - base;
        if (number < 0) {
            return Optional.empty();
        }
        return Optional.of(new Key((int) (number % identities.size()), number / identities.size()));
    }

    @Override
    public Optional<String> refusal(String topic, byte[] payload) {
        Integer code = reply(topic, payload).code();
        if (code == null) {
            return Optional.of("reply without a code");
        }
        return code == binding.successCode() ? Optional.empty() : Optional.of("reply code " + code);
    }

    private Reply reply(String topic, byte[] payload) {
        return codec.reply(DeviceMessage.parse(topic, new String(payload, StandardCharsets.UTF_8)), null);
    }
}
