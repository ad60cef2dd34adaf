package org.thingconform.protocol.lwm2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP;
import org.eclipse.californium.core.coap.Request;
import org.eclipse.leshan.core.link.DefaultLinkParser;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
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
import org.thingconform.trace.TraceEntry;

class Lwm2mDeviceManagementTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final MessageTrace trace = new MessageTrace();
    private TestLwm2mServer server;
    private Lwm2mClient client;
    private LwM2mModel model;

    @BeforeEach
    void registered() throws Exception {
        server = new TestLwm2mServer();
        Lwm2mObjectTree tree = TestDevices.tree();
        model = tree.model();
        client = TestDevices.registered(server, tree, trace);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {ContentFormat.TLV_CODE, ContentFormat.SENML_JSON_CODE, ContentFormat.SENML_CBOR_CODE,
            ContentFormat.JSON_CODE})
    void readOfAnInstanceDecodesBackToTheInitialValues(int format) throws Exception {
        CoapResponse response = read("/3/0", format);

        assertThat(code(response)).isEqualTo("2.05");
        assertThat(response.getOptions().getContentFormat()).isEqualTo(format);
        LwM2mObjectInstance device = new DefaultLwM2mDecoder().decode(response.getPayload(),
                ContentFormat.fromCode(format), null, new LwM2mPath("/3/0"), model, LwM2mObjectInstance.class);
        assertThat(device.getResource(0).getValue()).isEqualTo("ACME");
        assertThat(device.getResource(2).getValue()).isEqualTo("SN-0001");
        assertThat(device.getResource(11).getInstance(0).getValue()).isEqualTo(0L);
        assertThat(device.getResource(16).getValue()).isEqualTo("U");
    }

    @Test
    void readOfASingleResourceInTextAndByDefault() throws Exception {
        CoapResponse text = read("/3303/0/5700", ContentFormat.TEXT_CODE);
        assertThat(code(text)).isEqualTo("2.05");
        assertThat(text.getResponseText()).isEqualTo("21.5");

        CoapResponse unspecified = server.client("/3/0/0").get();
        assertThat(unspecified.getOptions().getContentFormat()).isEqualTo(ContentFormat.TEXT_CODE);
        assertThat(unspecified.getResponseText()).isEqualTo("ACME");
        CoapResponse instance = server.client("/3303/0").get();
        assertThat(instance.getOptions().getContentFormat()).isEqualTo(ContentFormat.TLV_CODE);
    }

    @Test
    void readRefusesWhatItCannotServe() throws Exception {
        assertThat(code(read("/3/0", ContentFormat.TEXT_CODE))).isEqualTo("4.06");
        assertThat(code(read("/3/0/0", 50))).isEqualTo("4.06");
        assertThat(code(read("/3/7", ContentFormat.TLV_CODE))).isEqualTo("4.04");
        assertThat(code(read("/3/0/17", ContentFormat.TEXT_CODE))).isEqualTo("4.04");
        assertThat(code(read("/9999/0", ContentFormat.TLV_CODE))).isEqualTo("4.04");
        assertThat(code(read("/3/0/4", ContentFormat.TEXT_CODE))).isEqualTo("4.05");
    }

    @Test
    void theSecurityObjectIsNeverServed() throws Exception {
        CoapResponse object = read("/0", ContentFormat.TLV_CODE);
        CoapResponse key = read("/0/0/5", ContentFormat.OPAQUE_CODE);

        assertThat(code(object)).isEqualTo("4.01");
        assertThat(code(key)).isEqualTo("4.01");
        assertThat(code(server.client("/0/0/5").put("00", ContentFormat.TEXT_CODE))).isEqualTo("4.01");
        String hexKey = java.util.HexFormat.of().formatHex(TestDevices.SECRET_KEY);
        assertThat(trace.entries()).noneMatch(e -> e.payload() != null
                && (e.payload().contains("secret-key") || e.payload().contains(hexKey)));
    }

    @Test
    void writeThenReadGivesTheNewValue() throws Exception {
        CoapResponse write = server.client("/3/0/14").put("+02:00", ContentFormat.TEXT_CODE);
        assertThat(code(write)).isEqualTo("2.04");
        assertThat(read("/3/0/14", ContentFormat.TEXT_CODE).getResponseText()).isEqualTo("+02:00");

        byte[] tlv = new DefaultLwM2mEncoder().encode(new LwM2mObjectInstance(0,
                LwM2mSingleResource.newIntegerResource(1, 600), LwM2mSingleResource.newBooleanResource(6, true),
                LwM2mSingleResource.newStringResource(7, "U")), ContentFormat.TLV, null, new LwM2mPath("/1/0"), model);
        assertThat(code(server.client("/1/0").post(tlv, ContentFormat.TLV_CODE))).isEqualTo("2.04");
        assertThat(read("/1/0/1", ContentFormat.TEXT_CODE).getResponseText()).isEqualTo("600");
        assertThat(read("/1/0/0", ContentFormat.TEXT_CODE).getResponseText()).isEqualTo("123");
    }

    @Test
    void writesTheModelForbidsOrThatDoNotDecodeAreRefused() throws Exception {
        assertThat(code(server.client("/3/0/0").put("EVIL", ContentFormat.TEXT_CODE))).isEqualTo("4.05");
        assertThat(read("/3/0/0", ContentFormat.TEXT_CODE).getResponseText()).isEqualTo("ACME");
        assertThat(code(server.client("/1/0/1").put("soon", ContentFormat.TEXT_CODE))).isEqualTo("4.00");
        assertThat(code(server.client("/1/0/1").put("{\"v\":1}", 50))).isEqualTo("4.15");
        assertThat(code(server.client("/3/0/4").put("1", ContentFormat.TEXT_CODE))).isEqualTo("4.05");
    }

    @Test
    void executeRunsTheActionWithItsArgumentsAndRefusesNonExecutables() throws Exception {
        CompletableFuture<String> rebooted = new CompletableFuture<>();
        client.onExecute("/3/0/4", rebooted::complete);

        assertThat(code(server.client("/3/0/4").post("0='now'", 0))).isEqualTo("2.04");
        assertThat(rebooted.get(5, TimeUnit.SECONDS)).isEqualTo("0='now'");
        assertThat(code(server.client("/3/0/0").post("", 0))).isEqualTo("4.05");
    }

    @Test
    void createThenDeleteAnInstance() throws Exception {
        byte[] payload = new DefaultLwM2mEncoder().encode(new LwM2mObjectInstance(1,
                LwM2mSingleResource.newFloatResource(5700, 30.0), LwM2mSingleResource.newStringResource(5701, "Cel")),
                ContentFormat.SENML_JSON, null, new LwM2mPath("/3303/1"), model);

        CoapResponse created = server.client("/3303").post(payload, ContentFormat.SENML_JSON_CODE);
        assertThat(code(created)).isEqualTo("2.01");
        assertThat(created.getOptions().getLocationPathString()).isEqualTo("3303/1");
        assertThat(read("/3303/1/5700", ContentFormat.TEXT_CODE).getResponseText()).isEqualTo("30.0");

        assertThat(code(server.client("/3303/1").delete())).isEqualTo("2.02");
        assertThat(code(read("/3303/1", ContentFormat.TLV_CODE))).isEqualTo("4.04");
        assertThat(code(server.client("/3303/1").delete())).isEqualTo("4.04");
        assertThat(code(server.client("/3303").delete())).isEqualTo("4.05");
    }

    @Test
    void discoverShowsTheAttributesWritten() throws Exception {
        assertThat(code(writeAttributes("/3303/0/5700?pmin=10&pmax=60"))).isEqualTo("2.04");
        assertThat(code(writeAttributes("/3303/0?pmax=300"))).isEqualTo("2.04");

        CoapResponse discover = read("/3303/0", 40);
        assertThat(code(discover)).isEqualTo("2.05");
        assertThat(discover.getOptions().getContentFormat()).isEqualTo(40);
        Link[] links = new DefaultLinkParser().parseCoreLinkFormat(discover.getPayload());
        assertThat(links).extracting(Link::getUriReference).containsExactly("/3303/0", "/3303/0/5700",
                "/3303/0/5701");
        assertThat(links[0].toCoreLinkFormat()).isEqualTo("</3303/0>;pmax=300");
        assertThat(links[1].toCoreLinkFormat()).isEqualTo("</3303/0/5700>;pmin=10;pmax=60");

        assertThat(code(writeAttributes("/3303/0/5700?pmin=soon"))).isEqualTo("4.00");
        assertThat(read("/3/0/11", 40).getResponseText()).isEqualTo("</3/0/11>;dim=1");
    }

    @Test
    void theInboxRecordsEachRequestAsItArrived() throws Exception {
        server.client("/3/0/14").put("+03:00", ContentFormat.TEXT_CODE);
        read("/3303/0", ContentFormat.SENML_JSON_CODE);

        ServerRequest write = client.inbox().await("PUT", "/3/0/14", TIMEOUT).orElseThrow();
        assertThat(write.contentFormat()).hasValue(ContentFormat.TEXT_CODE);
        assertThat(write.payloadText()).isEqualTo("+03:00");
        assertThat(write.decoded()).hasValueSatisfying(node ->
                assertThat(((LwM2mSingleResource) node).getValue()).isEqualTo("+03:00"));
        assertThat(write.token()).isNotEmpty();
        ServerRequest readRequest = client.inbox().await(r -> r.method().equals("GET"), TIMEOUT).orElseThrow();
        assertThat(readRequest.path()).isEqualTo("/3303/0");
        assertThat(readRequest.accept()).hasValue(ContentFormat.SENML_JSON_CODE);
        assertThat(readRequest.observe()).isEmpty();
        assertThat(client.inbox().await("DELETE", "/3/0", Duration.ofMillis(50))).isEmpty();
    }

    @Test
    void aForcedAnswerReplacesTheModelsOnceOnThatPath() throws Exception {
        client.answerNext("/3/0/14", "4.05");

        assertThat(code(server.client("/3/0/14").put("+04:00", ContentFormat.TEXT_CODE))).isEqualTo("4.05");
        assertThat(read("/3/0/14", ContentFormat.TEXT_CODE).getResponseText()).isEqualTo("+01:00");
        assertThat(code(server.client("/3/0/14").put("+04:00", ContentFormat.TEXT_CODE))).isEqualTo("2.04");
        assertThat(client.inbox().all()).filteredOn(r -> r.is("PUT", "/3/0/14")).hasSize(2);
    }

    @Test
    void theTraceShowsTheServersRequestsAndTheClientsAnswers() throws Exception {
        read("/3/0", ContentFormat.TLV_CODE);
        read("/3/0", ContentFormat.SENML_JSON_CODE);

        List<TraceEntry> entries = trace.entries();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.direction()).isEqualTo(TraceEntry.Direction.RECEIVED);
            assertThat(e.kind()).isEqualTo("CON GET");
            assertThat(e.attributes()).containsEntry("accept", "11542");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.direction()).isEqualTo(TraceEntry.Direction.SENT);
            assertThat(e.address()).isEqualTo("/3/0");
            assertThat(e.attributes()).containsEntry("contentFormat", "11542");
            assertThat(e.payload()).startsWith("hex:");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.direction()).isEqualTo(TraceEntry.Direction.SENT);
            assertThat(e.attributes()).containsEntry("contentFormat", "110");
            assertThat(e.payload()).contains("\"ACME\"");
        });
    }

    private CoapResponse read(String path, int accept) throws Exception {
        Request request = Request.newGet();
        request.getOptions().setAccept(accept);
        return server.client(path).advanced(request);
    }

    /** Write-Attributes: a PUT with only the query, no payload. */
    private CoapResponse writeAttributes(String pathAndQuery) throws Exception {
        return server.client(pathAndQuery).advanced(Request.newPut());
    }

    private static String code(CoapResponse response) {
        assertThat(response).as("a response within the timeout").isNotNull();
        CoAP.ResponseCode code = response.getCode();
        return code.codeClass + "." + String.format("%02d", code.codeDetail);
    }
}
