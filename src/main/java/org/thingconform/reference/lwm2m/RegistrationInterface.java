package org.thingconform.reference.lwm2m;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.californium.core.CoapResource;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.server.resources.CoapExchange;
import org.eclipse.californium.core.server.resources.Resource;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.link.LinkParseException;
import org.eclipse.leshan.core.link.lwm2m.DefaultLwM2mLinkParser;

/**
 * The LwM2M Registration Interface on CoAP, resource {@code /rd}: Register (POST /rd), Update
 * (POST /rd/{id}) and De-register (DELETE /rd/{id}), with the answers LwM2M 1.1 §6.2 asks for and
 * the registration faults acting where they break them.
 */
final class RegistrationInterface extends CoapResource {

    private static final long DEFAULT_LIFETIME = 86400;

    private final Registrations registrations;
    private final ObjectModels models;
    private final Predicate<Lwm2mFault> faults;
    private final DefaultLwM2mLinkParser linkParser = new DefaultLwM2mLinkParser();

    RegistrationInterface(Registrations registrations, ObjectModels models, Predicate<Lwm2mFault> faults) {
        super("rd");
        this.registrations = registrations;
        this.models = models;
        this.faults = faults;
    }

    @Override
    public Resource getChild(String name) {
        return new OneRegistration(name);
    }

    /** A Register's or Update's parameters and object links. */
    private record Request(RegistrationParameters parameters, List<Link> links) {
    }

    /** The request's parameters and links; answered 4.00 (and empty) when they do not parse. */
    private Optional<Request> request(CoapExchange exchange, boolean linksRequired) {
        try {
            return Optional.of(new Request(RegistrationParameters.parse(exchange.getRequestOptions().getUriQuery()),
                    links(exchange, linksRequired)));
        } catch (IllegalArgumentException e) {
            exchange.respond(ResponseCode.BAD_REQUEST, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void handlePOST(CoapExchange exchange) {
        Optional<Request> request = request(exchange, true);
        if (request.isEmpty()) {
            return;
        }
        RegistrationParameters parameters = request.get().parameters();
        List<Link> links = request.get().links();
        String id = registrations.newId();
        String endpoint = parameters.endpoint();
        if (endpoint == null || endpoint.isBlank()) {
            if (!faults.test(Lwm2mFault.ACCEPT_REGISTER_WITHOUT_ENDPOINT)) {
                exchange.respond(ResponseCode.BAD_REQUEST, "the endpoint name ep is missing or empty");
                return;
            }
            endpoint = "unnamed-" + id;
        }
        Instant now = registrations.now();
        registrations.add(new Registration(endpoint, id,
                parameters.lifetime() != null ? parameters.lifetime() : DEFAULT_LIFETIME,
                parameters.binding() != null ? parameters.binding() : "U",
                parameters.lwm2mVersion() != null ? parameters.lwm2mVersion() : "1.0",
                parameters.sms(), parameters.queueMode(), links, models.forLinks(links),
                exchange.getSourceSocketAddress(), now, now));
        if (!faults.test(Lwm2mFault.REGISTER_WITHOUT_LOCATION)) {
            exchange.setLocationPath("rd/" + id);
        }
        exchange.respond(ResponseCode.CREATED);
    }

    /** The object links of a Register (required) or Update (optional) payload. */
    private List<Link> links(CoapExchange exchange, boolean required) {
        int format = exchange.getRequestOptions().getContentFormat();
        byte[] payload = exchange.getRequestPayload();
        if (payload == null || payload.length == 0) {
            if (required) {
                throw new IllegalArgumentException("the object links (Content-Format 40) are missing");
            }
            return null;
        }
        if (format != MediaTypeRegistry.UNDEFINED && format != MediaTypeRegistry.APPLICATION_LINK_FORMAT) {
            throw new IllegalArgumentException("the object links must be Content-Format 40, not " + format);
        }
        try {
            return List.of(linkParser.parseCoreLinkFormat(payload));
        } catch (LinkParseException e) {
            throw new IllegalArgumentException("the object links are no CoRE link format: " + e.getMessage()
                    + " in '" + new String(payload, StandardCharsets.UTF_8) + "'");
        }
    }

    /** {@code /rd/{id}}: one registration's Update and De-register. */
    private final class OneRegistration extends CoapResource {

        OneRegistration(String id) {
            super(id);
        }

        @Override
        public Resource getChild(String name) {
            return null;
        }

        @Override
        public void handlePOST(CoapExchange exchange) {
            Optional<Request> request = request(exchange, false);
            if (request.isEmpty()) {
                return;
            }
            RegistrationParameters parameters = request.get().parameters();
            List<Link> links = request.get().links();
            InetSocketAddress source = exchange.getSourceSocketAddress();
            boolean ignore = faults.test(Lwm2mFault.UPDATE_IGNORES_PARAMETERS);
            boolean known = registrations.update(getName(), current -> new Registration(current.endpoint(),
                    current.id(),
                    !ignore && parameters.lifetime() != null ? parameters.lifetime() : current.lifetimeSeconds(),
                    !ignore && parameters.binding() != null ? parameters.binding() : current.binding(),
                    current.lwm2mVersion(),
                    !ignore && parameters.sms() != null ? parameters.sms() : current.smsNumber(),
                    current.queueMode(),
                    !ignore && links != null ? links : current.objectLinks(),
                    !ignore && links != null ? models.forLinks(links) : current.model(),
                    source, current.registeredAt(), registrations.now())).isPresent();
            if (!known && !faults.test(Lwm2mFault.UPDATE_UNKNOWN_ACCEPTED)) {
                exchange.respond(ResponseCode.NOT_FOUND, "no registration " + getName());
                return;
            }
            exchange.respond(faults.test(Lwm2mFault.UPDATE_ANSWERS_CREATED) ? ResponseCode.CREATED
                    : ResponseCode.CHANGED);
        }

        @Override
        public void handleDELETE(CoapExchange exchange) {
            if (registrations.byId(getName()).isEmpty()) {
                exchange.respond(ResponseCode.NOT_FOUND, "no registration " + getName());
                return;
            }
            if (!faults.test(Lwm2mFault.DEREGISTER_KEEPS_CLIENT)) {
                registrations.deregister(getName());
            }
            exchange.respond(ResponseCode.DELETED);
        }
    }
}
