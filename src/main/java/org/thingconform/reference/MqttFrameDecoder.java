package org.thingconform.reference;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Cuts a TCP byte stream into {@link MqttFrame}s by the fixed header's remaining length.
 * A stream that is no MQTT (a remaining length longer than four bytes) is passed on as raw
 * bytes from there on, so a deliberately malformed packet reaches the broker as it was sent
 * and the broker, not the proxy, decides what to do with it.
 */
final class MqttFrameDecoder extends ByteToMessageDecoder {

    private static final int MAX_LENGTH_BYTES = 4;

    private boolean raw;

    @Override
    protected void decode(ChannelHandlerContext context, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            if (raw) {
                out.add(in.readRetainedSlice(in.readableBytes()));
                return;
            }
            int start = in.readerIndex();
            if (in.readableBytes() < 2) {
                return;
            }
            int length = 0;
            int multiplier = 1;
            int index = start + 1;
            int lengthBytes = 0;
            boolean complete = false;
            while (index < in.writerIndex() && lengthBytes < MAX_LENGTH_BYTES) {
                int digit = in.getUnsignedByte(index++);
                lengthBytes++;
                length += (digit & 0x7F) * multiplier;
                multiplier *= 128;
                if ((digit & 0x80) == 0) {
                    complete = true;
                    break;
                }
            }
            if (!complete) {
                if (lengthBytes == MAX_LENGTH_BYTES) {
                    raw = true;
                    continue;
                }
                return;
            }
            if (in.writerIndex() - index < length) {
                return;
            }
            int header = in.getUnsignedByte(start);
            byte[] body = new byte[length];
            in.getBytes(index, body);
            in.readerIndex(index + length);
            out.add(new MqttFrame(header, body));
        }
    }
}
