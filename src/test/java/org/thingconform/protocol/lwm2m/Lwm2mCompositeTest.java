package org.thingconform.protocol.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mDecoder;
import org.eclipse.leshan.core.node.codec.DefaultLwM2mEncoder;
import org.eclipse.leshan.core.request.ContentFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thingconform.trace.MessageTrace;

/**
 * The simulated client's composite operations: Read-Composite (FETCH on the root listing paths in SenML) answered
 * with every node it has in the Accept's format, Write-Composite (iPATCH on the root) applied all or nothing, and
 * both recorded in the inbox with the paths they list.
 */
class Lwm2mCompositeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final DefaultLwM2mEncoder encoder = new DefaultLwM2mEncoder();
    private final DefaultLwM2mDecoder decoder = new DefaultLwM2mDecoder();
    private TestLwm2mServer server;
    private Lwm2mClient client;
    private LwM2mModel model;

    @BeforeEach
    void registered() throws Exception {
        server = new TestLwm2mServer();
        Lwm2mObjectTree tree = TestDevices.tree();
        model = tree.model();
        client = TestDevices.registered(server, tree, new MessageTrace());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {ContentFormat.SENML_JSON_CODE, ContentFormat.SENML_CBOR_CODE})
    void readCompositeAnswersEveryPathItHasInTheAcceptsFormat(int accept) throws Exception {
        List<LwM2mPath> paths = List.of(new LwM2mPath("/3/0/14"), new LwM2mPath("/1/0/1"), new LwM2mPath("/3303/7/5700"));
        CoapResponse response = fetch(paths, accept);

        assertThat(code(response)).isEqualTo("2.05");
        assertThat(response.getOptions().getContentFormat()).isEqualTo(accept);
        Map<LwM2mPath, LwM2mNode> nodes = decoder.decodeNodes(response.getPayload(), ContentFormat.fromCode(accept), null,
                paths, model);
        assertThat(((LwM2mSingleResource) nodes.get(new LwM2mPath("/3/0/14"))).getValue()).isEqualTo("+01:00");
        assertThat(((LwM2mSingleResource) nodes.get(new LwM2mPath("/1/0/1"))).getValue()).isEqualTo(300L);
        assertThat(nodes.get(new LwM2mPath("/3303/7/5700"))).as("best effort: a path it lacks is left out").isNull();

        ServerRequest recorded = client.inbox().await("FETCH", "/", TIMEOUT).orElseThrow();
        assertThat(CompositePaths.of(recorded)).contains(List.of("/3/0/14", "/1/0/1", "/3303/7/5700"));
        assertThat(recorded.accept()).hasValue(accept);
    }

    @Test
    void readCompositeRefusesWhatIsNoCompositeRequest() throws Exception {
        Request text = new Request(CoAP.Code.FETCH);
        text.getOptions().setContentFormat(ContentFormat.TEXT_CODE);
        text.setPayload("/3/0/14");
        assertThat(code(server.client("").advanced(text))).isEqualTo("4.15");
        assertThat(code(fetch(List.of(new LwM2mPath("/0/0/0")), ContentFormat.SENML_JSON_CODE))).isEqualTo("4.01");
        assertThat(code(fetch(List.of(new LwM2mPath("/3/0/14")), ContentFormat.TLV_CODE))).isEqualTo("4.06");
    }

    @Test
    void writeCompositeWritesEveryResourceOfSeveralInstances() throws Exception {
        Map<LwM2mPath, LwM2mNode> nodes = new LinkedHashMap<>();
        nodes.put(new LwM2mPath("/3/0/14"), LwM2mSingleResource.newStringResource(14, "+02:00"));
        nodes.put(new LwM2mPath("/1/0/1"), LwM2mSingleResource.newIntegerResource(1, 120));

        assertThat(code(ipatch(nodes, ContentFormat.SENML_JSON))).isEqualTo("2.04");

        assertThat(client.tree().value("/3/0/14")).contains("+02:00");
        assertThat(client.tree().value("/1/0/1")).contains(120L);
        assertThat(client.inbox().await("IPATCH", "/", TIMEOUT)).isPresent();
    }

    @Test
    void writeCompositeWithOneReadOnlyResourceWritesNothing() throws Exception {
        Map<LwM2mPath, LwM2mNode> nodes = new LinkedHashMap<>();
        nodes.put(new LwM2mPath("/3/0/14"), LwM2mSingleResource.newStringResource(14, "+02:00"));
        nodes.put(new LwM2mPath("/3/0/0"), LwM2mSingleResource.newStringResource(0, "EVIL"));

        assertThat(code(ipatch(nodes, ContentFormat.SENML_CBOR))).isEqualTo("4.05");

        assertThat(client.tree().value("/3/0/14")).contains("+01:00");
        assertThat(client.tree().value("/3/0/0")).contains("ACME");
    }

    private CoapResponse fetch(List<LwM2mPath> paths, int accept) throws Exception {
        Request request = new Request(CoAP.Code.FETCH);
        request.getOptions().setContentFormat(ContentFormat.SENML_JSON_CODE);
        request.getOptions().setAccept(accept);
        request.setPayload(encoder.encodePaths(paths, ContentFormat.SENML_JSON, null));
        return server.client("").advanced(request);
    }

    private CoapResponse ipatch(Map<LwM2mPath, LwM2mNode> nodes, ContentFormat format) throws Exception {
        Request request = new Request(CoAP.Code.IPATCH);
        request.getOptions().setContentFormat(format.getCode());
        request.setPayload(encoder.encodeNodes(nodes, format, null, model));
        return server.client("").advanced(request);
    }

    private static String code(CoapResponse response) {
        assertThat(response).as("a response within the timeout").isNotNull();
        CoAP.ResponseCode code = response.getCode();
        return code.codeClass + "." + String.format("%02d", code.codeDetail);
    }
}
