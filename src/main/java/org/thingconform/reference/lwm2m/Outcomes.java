package org.thingconform.reference.lwm2m;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import java.util.function.Predicate;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.codec.CodecException;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mDecoder;
import org.eclipse.leshan.core.request.ContentFormat;

/**
 * Turns a client's answer into the northbound API's outcome: {@code {"ok":true,"code":"2.05",...}} with
 * the decoded value for a success, an {@link ApiError} carrying the client's code for a failure.
 */
final class Outcomes {

    private final Predicate<Lwm2mFault> faults;
    private final DefaultLwM2mDecoder decoder = new DefaultLwM2mDecoder();

    Outcomes(Predicate<Lwm2mFault> faults) {
        this.faults = faults;
    }

    /**
     * The success body for {@code reply}, whose operation succeeds with {@code successCode}; a failure
     * answer becomes an {@link ApiError} (or, under a fault, a made-up success).
     */
    ObjectNode outcome(ClientReply reply, String operation, String successCode) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ok", true);
        if (!reply.success()) {
            if (faults.test(Lwm2mFault.REPORT_ERROR_AS_SUCCESS)) {
                body.put("code", successCode);
                return body;
            }
            throw new ApiError(httpStatus(reply), "the client answered " + reply.codeText() + " " + reply.code()
                    + " to " + operation + errorText(reply), reply.codeText());
        }
        body.put("code", reply.codeText());
        return body;
    }

    /** Adds the decoded payload of a successful read-like {@code reply} to {@code body}. */
    void addContent(ObjectNode body, ClientReply reply, LwM2mPath path, LwM2mModel model, DataFormat requested) {
        if (!reply.success()) {
            return;
        }
        int code = reply.contentFormat() == MediaTypeRegistry.UNDEFINED ? requested.contentFormat().getCode()
                : reply.contentFormat();
        ContentFormat format = ContentFormat.fromCode(code);
        if (format.equals(ContentFormat.TLV) && faults.test(Lwm2mFault.TLV_AS_OPAQUE)) {
            body.put("format", DataFormat.OPAQUE.apiName());
            body.put("value", HexFormat.of().formatHex(reply.payload()));
            return;
        }
        body.put("format", formatName(format));
        try {
            LwM2mNode node = decoder.decode(reply.payload(), format, null, path, model);
            NodeJson.put(body, node);
        } catch (CodecException e) {
            throw new ApiError(502, "the client's " + formatName(format) + " answer for " + path
                    + " cannot be decoded: " + e.getMessage(), reply.codeText());
        }
    }

    private static String formatName(ContentFormat format) {
        for (DataFormat known : DataFormat.values()) {
            if (known.contentFormat().equals(format)) {
                return known.apiName();
            }
        }
        return String.valueOf(format.getCode());
    }

    private static String errorText(ClientReply reply) {
        return reply.payload().length == 0 ? "" : ": " + new String(reply.payload(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The HTTP status that reports a client's CoAP error code. */
    static int httpStatus(ClientReply reply) {
        int codeClass = reply.code().codeClass;
        int detail = reply.code().codeDetail;
        if (codeClass == 4) {
            return switch (detail) {
                case 1, 3 -> 403;
                case 0, 4, 5, 6, 12, 13, 15 -> 400 + detail;
                default -> 400;
            };
        }
        return 502;
    }
}
