package org.thingconform.protocol.lwm2m;

import java.util.List;
import java.util.Optional;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.codec.CodecException;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mDecoder;
import org.eclipse.leshan.core.request.ContentFormat;

/**
 * The paths a Read-Composite of the server (a FETCH) lists in its SenML payload: what a step compares with the
 * paths the server's API was asked for, without the engine knowing SenML.
 */
public final class CompositePaths {

    private static final DefaultLwM2mDecoder DECODER = new DefaultLwM2mDecoder();

    private CompositePaths() {
    }

    /**
     * The paths {@code request} lists, each with a leading slash ({@code /3/0/14}), in payload order; empty when
     * its Content-Format is no SenML (110, 112) or its payload does not decode.
     */
    public static Optional<List<String>> of(ServerRequest request) {
        if (request.contentFormat().isEmpty()) {
            return Optional.empty();
        }
        ContentFormat format = ContentFormat.fromCode(request.contentFormat().getAsInt());
        if (!format.equals(ContentFormat.SENML_JSON) && !format.equals(ContentFormat.SENML_CBOR)) {
            return Optional.empty();
        }
        try {
            return Optional.of(DECODER.decodePaths(request.payload(), format, null).stream().map(LwM2mPath::toString)
                    .toList());
        } catch (CodecException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
