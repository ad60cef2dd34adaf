package org.thingconform.protocol;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The MQTT 5 request/response properties of a request: the Response Topic its answer is asked
 * on and the Correlation Data the answer must echo. A binding with {@code responseTopics} sets
 * them on every request; what arrives carries them in {@link ReceivedMessage}.
 *
 * @param responseTopic   where the answer is asked for; null on an answer, which has none
 * @param correlationData what the answer must echo (or, on an answer, echoes), as {@link #text} gives it; null when none
 */
public record RequestResponse(String responseTopic, String correlationData) {

    /**
     * Correlation Data as readable text: the bytes themselves when they are printable ASCII
     * (as the suite's own are), else {@code 0x} and their hex digits, so binary data from a platform
     * is shown and compared without loss.
     */
    public static String text(byte[] correlationData) {
        for (byte b : correlationData) {
            if (b < 0x20 || b > 0x7e) {
                return "0x" + HexFormat.of().formatHex(correlationData);
            }
        }
        return new String(correlationData, StandardCharsets.US_ASCII);
    }

    /** The bytes {@link #text} stands for. */
    public static byte[] bytes(String text) {
        return text.startsWith("0x") ? HexFormat.of().parseHex(text.substring(2)) : text.getBytes(StandardCharsets.US_ASCII);
    }
}
