package org.thingconform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttProperties;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectFieldsTest {

    @Test
    void readsAn311ConnectWithWillAndCredentials() {
        MqttFrame frame = frame(MqttMessageBuilders.connect().protocolVersion(MqttVersion.MQTT_3_1_1).clientId("c-1")
                .willFlag(true).willTopic("w/t").willMessage("bye".getBytes(StandardCharsets.UTF_8)).willQoS(MqttQoS.AT_LEAST_ONCE)
                .hasUser(true).username("someone").hasPassword(true).password("pw".getBytes(StandardCharsets.UTF_8))
                .cleanSession(false).build());

        ConnectFields fields = ConnectFields.read(frame);

        assertThat(fields.level()).isEqualTo(4);
        assertThat(fields.clientId()).isEqualTo("c-1");
        assertThat(fields.username()).isEqualTo("someone");
        assertThat(frame.body()[fields.flagsOffset()] & 0x02).isZero();
        assertThat(fields.sessionExpiry()).isEqualTo(-1);
    }

    @Test
    void findsTheMqtt5PropertiesItsFaultsRewrite() {
        MqttProperties properties = new MqttProperties();
        properties.add(new MqttProperties.IntegerProperty(MqttProperties.MqttPropertyType.SESSION_EXPIRY_INTERVAL.value(), 60));
        properties.add(new MqttProperties.UserProperty("k", "v"));
        properties.add(new MqttProperties.IntegerProperty(MqttProperties.MqttPropertyType.MAXIMUM_PACKET_SIZE.value(), 256));
        MqttProperties willProperties = new MqttProperties();
        willProperties.add(new MqttProperties.StringProperty(MqttProperties.MqttPropertyType.CONTENT_TYPE.value(), "text/plain"));
        MqttFrame frame = frame(MqttMessageBuilders.connect().protocolVersion(MqttVersion.MQTT_5).clientId("c-5")
                .properties(properties).willFlag(true).willTopic("w").willMessage(new byte[] {1}).willProperties(willProperties)
                .hasUser(true).username("u5").build());

        ConnectFields fields = ConnectFields.read(frame);

        assertThat(fields.level()).isEqualTo(5);
        assertThat(fields.clientId()).isEqualTo("c-5");
        assertThat(fields.username()).isEqualTo("u5");
        assertThat(frame.u16(fields.sessionExpiry() + 2)).isEqualTo(60);
        assertThat(frame.u16(fields.maximumPacketSize() + 2)).isEqualTo(256);
    }

    @Test
    void aTruncatedConnectIsLeftToTheBroker() {
        assertThat(ConnectFields.read(new MqttFrame(0x10, new byte[] {0, 4, 'M', 'Q'}))).isNull();
    }

    /** Encodes with Netty's codec and cuts the bytes with the proxy's decoder. */
    static MqttFrame frame(MqttMessage message) {
        EmbeddedChannel encoder = new EmbeddedChannel(MqttEncoder.INSTANCE);
        encoder.writeOutbound(message);
        ByteBuf bytes = encoder.readOutbound();
        EmbeddedChannel decoder = new EmbeddedChannel(new MqttFrameDecoder());
        decoder.writeInbound(bytes);
        List<MqttFrame> frames = new ArrayList<>();
        Object next;
        while ((next = decoder.readInbound()) != null) {
            frames.add((MqttFrame) next);
        }
        assertThat(frames).hasSize(1);
        return frames.get(0);
    }

    static byte[] bytes(MqttFrame frame) {
        ByteBuf encoded = frame.encode(io.netty.buffer.ByteBufAllocator.DEFAULT);
        try {
            return ByteBufUtil.getBytes(encoded);
        } finally {
            encoded.release();
        }
    }
}
