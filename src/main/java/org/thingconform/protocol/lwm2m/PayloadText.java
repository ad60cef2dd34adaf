package org.thingconform.protocol.lwm2m;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.OptionalInt;
import java.util.Set;
import org.thingconform.protocol.TraceMasking;

/**
 * A CoAP payload in the form a certification engineer reads in a trace: the text of textual
 * content formats (plain text, link format, JSON, LwM2M JSON, SenML JSON), {@code hex:…} for
 * binary ones (TLV, SenML CBOR, CBOR, opaque). Without a Content-Format, valid UTF-8 without
 * control characters is shown as text (Execute arguments), anything else as hex.
 */
final class PayloadText {

    private static final Set<Integer> TEXTUAL = Set.of(0, 40, 50, 110, 11543, 1543);

    private PayloadText() {
    }

    static String of(byte[] payload, OptionalInt contentFormat) {
        if (payload == null || payload.length == 0) {
            return "";
        }
        boolean textual = contentFormat.isPresent() ? TEXTUAL.contains(contentFormat.getAsInt()) : isPlainText(payload);
        if (textual) {
            return TraceMasking.payload(new String(payload, StandardCharsets.UTF_8));
        }
        return "hex:" + HexFormat.of().formatHex(payload);
    }

    private static boolean isPlainText(byte[] payload) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
            return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
