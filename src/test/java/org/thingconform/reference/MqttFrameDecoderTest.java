package org.thingconform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fault proxy's framing: packets cut by remaining length, however the stream is split; garbage passed on raw. */
class MqttFrameDecoderTest {

    @Test
    void packetsSplitAcrossReadsAndSharingAReadComeOutOneFrameEach() {
        EmbeddedChannel channel = new EmbeddedChannel(new MqttFrameDecoder());
        // a PUBACK for id 7, then a PUBLISH of 200 body bytes (two-byte remaining length), fed in three pieces
        byte[] puback = ByteBufUtil.decodeHexDump("40020007");
        byte[] publish = new byte[3 + 200];
        publish[0] = 0x30;
        publish[1] = (byte) (200 % 128 | 0x80);
        publish[2] = (byte) (200 / 128);
        byte[] stream = concat(puback, publish);

        channel.writeInbound(Unpooled.wrappedBuffer(stream, 0, 5));
        channel.writeInbound(Unpooled.wrappedBuffer(stream, 5, 1));
        channel.writeInbound(Unpooled.wrappedBuffer(stream, 6, stream.length - 6));

        List<MqttFrame> frames = frames(channel);
        assertThat(frames).extracting(MqttFrame::type).containsExactly(MqttFrame.PUBACK, MqttFrame.PUBLISH);
        assertThat(frames.get(0).u16(0)).isEqualTo(7);
        assertThat(frames.get(1).body()).hasSize(200);
        assertThat(ByteBufUtil.getBytes(frames.get(1).encode(channel.alloc()))).isEqualTo(publish);
    }

    @Test
    void aRemainingLengthLongerThanFourBytesTurnsTheStreamRawSoTheBrokerSeesItAsSent() {
        EmbeddedChannel channel = new EmbeddedChannel(new MqttFrameDecoder());
        byte[] malformed = ByteBufUtil.decodeHexDump("30ffffffff7f0102");

        channel.writeInbound(Unpooled.wrappedBuffer(malformed));
        channel.writeInbound(Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump("c000")));

        List<byte[]> raw = new ArrayList<>();
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            assertThat(message).isInstanceOf(ByteBuf.class);
            raw.add(ByteBufUtil.getBytes((ByteBuf) message));
            ((ByteBuf) message).release();
        }
        assertThat(concat(raw.toArray(byte[][]::new))).isEqualTo(concat(malformed, ByteBufUtil.decodeHexDump("c000")));
    }

    @Test
    void anAcknowledgementFrameEncodesAsOnTheWire() {
        assertThat(ByteBufUtil.hexDump(MqttFrame.ack(MqttFrame.PUBCOMP, 0x0102).encode(Unpooled.buffer().alloc())))
                .isEqualTo("70020102");
        assertThat(ByteBufUtil.hexDump(MqttFrame.ack(6, 9).encode(Unpooled.buffer().alloc())))
                .as("PUBREL carries flags 0010").isEqualTo("62020009");
    }

    private static List<MqttFrame> frames(EmbeddedChannel channel) {
        List<MqttFrame> frames = new ArrayList<>();
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            frames.add((MqttFrame) message);
        }
        return frames;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
