package org.thingconform.protocol.lwm2m;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.OptionSet;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.coap.Response;
import org.eclipse.californium.core.network.Exchange;
import org.eclipse.californium.core.server.ServerMessageDeliverer;
import org.eclipse.californium.core.server.resources.Resource;
import org.eclipse.californium.elements.config.Configuration;

/**
 * Hands every request the server sends to the client's one {@link ObjectTreeResource}, after
 * recording it in the {@link ServerRequestInbox} (decoded with the object model when it
 * decodes) and after giving a forced response code instead, when a test asked for one on that
 * path. Californium's own Observe handling (register, cancel by Observe=1) stays in place.
 */
final class RecordingDeliverer extends ServerMessageDeliverer {

    private final Resource objectTree;
    private final ServerRequestInbox inbox;
    private final ForcedResponses forced;
    private final Lwm2mCodec codec;

    RecordingDeliverer(Resource objectTree, Configuration configuration, ServerRequestInbox inbox,
                       ForcedResponses forced, Lwm2mCodec codec) {
        super(objectTree, configuration);
        this.objectTree = objectTree;
        this.inbox = inbox;
        this.forced = forced;
        this.codec = codec;
    }

    @Override
    protected boolean preDeliverRequest(Exchange exchange) {
        Request request = exchange.getRequest();
        OptionSet options = request.getOptions();
        List<String> uriPath = options.getUriPath();
        String path = Lwm2mPaths.text(uriPath);
        byte[] payload = request.getPayload() == null ? new byte[0] : request.getPayload();
        OptionalInt contentFormat = options.hasContentFormat() ? OptionalInt.of(options.getContentFormat())
                : OptionalInt.empty();
        inbox.add(new ServerRequest(Instant.now(), request.getCode().name(), path, options.getUriQuery(),
                options.hasAccept() ? OptionalInt.of(options.getAccept()) : OptionalInt.empty(), contentFormat,
                options.hasObserve() ? OptionalInt.of(options.getObserve()) : OptionalInt.empty(),
                request.getTokenString(), payload, PayloadText.of(payload, contentFormat),
                codec.tryDecode(payload, contentFormat, uriPath)));
        Optional<ResponseCode> code = forced.next(path);
        code.ifPresent(c -> exchange.sendResponse(new Response(c)));
        return code.isPresent();
    }

    @Override
    protected Resource findResource(Exchange exchange) {
        return objectTree;
    }
}
