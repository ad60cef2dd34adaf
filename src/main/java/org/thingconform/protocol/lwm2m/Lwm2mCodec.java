package org.thingconform.protocol.lwm2m;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.codec.CodecException;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mDecoder;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mEncoder;
import org.eclipse.leshan.core.node.codec.LwM2mDecoder;
import org.eclipse.leshan.core.node.codec.LwM2mEncoder;
import org.eclipse.leshan.core.request.ContentFormat;

/**
 * The client's content formats, all Leshan's: TEXT, OPAQUE, TLV, LwM2M JSON, SenML JSON and
 * SenML CBOR, plus which format the client answers a Read without Accept in: TLV for objects,
 * instances and multiple resources, OPAQUE for an opaque single resource, TEXT for any other
 * single resource or resource instance.
 */
final class Lwm2mCodec {

    private final LwM2mEncoder encoder = new DefaultLwM2mEncoder();
    private final LwM2mDecoder decoder = new DefaultLwM2mDecoder();
    private final LwM2mModel model;

    Lwm2mCodec(LwM2mModel model) {
        this.model = model;
    }

    /** The format code as Leshan knows it, if the client can encode and decode it. */
    Optional<ContentFormat> supported(int code) {
        ContentFormat format = ContentFormat.fromCode(code);
        return encoder.isSupported(format) && decoder.isSupported(format) ? Optional.of(format) : Optional.empty();
    }

    /** The format of a Read without Accept. */
    static ContentFormat defaultFormat(LwM2mPath path, LwM2mNode node) {
        if (path.isResourceInstance()) {
            return ContentFormat.TEXT;
        }
        if (node instanceof LwM2mResource resource && !resource.isMultiInstances()) {
            return resource.getType() == ResourceModel.Type.OPAQUE ? ContentFormat.OPAQUE : ContentFormat.TEXT;
        }
        return ContentFormat.TLV;
    }

    /** {@code node} at {@code path} in {@code format}. @throws CodecException when the format cannot carry it */
    byte[] encode(LwM2mNode node, ContentFormat format, LwM2mPath path) {
        return encoder.encode(node, format, null, path, model);
    }

    /** {@code payload} decoded as a node of {@code type} at {@code path}. @throws CodecException when it does not decode */
    <T extends LwM2mNode> T decode(byte[] payload, ContentFormat format, LwM2mPath path, Class<T> type) {
        return decoder.decode(payload, format, null, path, model, type);
    }

    /** The nodes of a composite answer (Read-Composite), each under its path. @throws CodecException */
    byte[] encodeNodes(java.util.Map<LwM2mPath, LwM2mNode> nodes, ContentFormat format) {
        return encoder.encodeNodes(nodes, format, null, model);
    }

    /** The paths a Read-Composite asks for. @throws CodecException when the payload lists none */
    List<LwM2mPath> decodePaths(byte[] payload, ContentFormat format) {
        return decoder.decodePaths(payload, format, null);
    }

    /** The nodes a Write-Composite carries, each under its path. @throws CodecException when it does not decode */
    java.util.Map<LwM2mPath, LwM2mNode> decodeNodes(byte[] payload, ContentFormat format) {
        return decoder.decodeNodes(payload, format, null, null, model);
    }

    /** The payload of a request on {@code path} decoded for the inbox, when it decodes at all. */
    Optional<LwM2mNode> tryDecode(byte[] payload, OptionalInt contentFormat, List<String> uriPath) {
        if (payload.length == 0 || contentFormat.isEmpty()) {
            return Optional.empty();
        }
        Optional<ContentFormat> format = supported(contentFormat.getAsInt());
        Optional<LwM2mPath> path = Lwm2mPaths.of(uriPath);
        if (format.isEmpty() || path.isEmpty() || path.get().isRoot()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(decoder.decode(payload, format.get(), null, path.get(), model));
        } catch (CodecException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
