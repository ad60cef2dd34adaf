package org.thingconform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thingconform.source.BadInputException;

/** The interconnection part of a descriptor: auth styles, the richer mapping, masked views, located errors. */
class InterconnectionDescriptorTest {

    private static final Path FIXTURE = Path.of("src/test/resources/platform/interconnection.descriptor.yaml");
    private static final Map<String, String> ENV = Map.of("NB_KEY", "nb-key-1", "PEER_SECRET", "peer-secret-2",
            "METER_SECRET", "meter-secret-3", "PUSH_SECRET", "push-secret-4");

    @Test
    void theInterconnectionApiLoadsWithItsAuthOperationsAndPeerIds() {
        PlatformDescriptor descriptor = DescriptorLoader.load(FIXTURE, ENV::get);

        assertThat(descriptor.northbound().auth()).isEqualTo(new ApiAuth.ApiKey("X-Platform-Key", new Secret("nb-key-1")));
        NorthboundApi peer = descriptor.interconnection().orElseThrow();
        assertThat(peer.baseUrl()).isEqualTo("http://127.0.0.1:8081/peer");
        assertThat(peer.auth()).isEqualTo(new ApiAuth.ClientCredentials("platform-b", new Secret("peer-secret-2"),
                ApiAuth.ClientAuthentication.CLIENT_SECRET_POST));
        NorthboundOperation list = peer.operations().get("listDevices");
        assertThat(list.query()).containsEntry("size", "{pageSize}").containsEntry("page", "{cursor}");
        assertThat(list.fields().get("devices")).containsEntry("thingModel", "$.model.ref");
        assertThat(peer.operations().get("getToken").form()).containsEntry("grant_type", "client_credentials");
        assertThat(descriptor.devices().get("meter").peerId()).isEqualTo("urn:dev:meter-001");
        PushSettings push = peer.push().orElseThrow();
        assertThat(push.secret()).isEqualTo(new Secret("push-secret-4"));
        assertThat(push.signatureHeader()).isEqualTo("X-Peer-Signature");
        assertThat(push.signaturePrefix()).isEmpty();
        assertThat(push.fields()).containsEntry("deviceId", "$.thing.urn").containsEntry("values", "$.data")
                .containsEntry("event", "$.event").containsEntry("time", "$.time");
    }

    @Test
    void theMaskedViewShowsTheMappingButNoSecret() {
        PlatformDescriptor descriptor = DescriptorLoader.load(FIXTURE, ENV::get);

        String shown = DescriptorView.masked(descriptor) + " " + descriptor;

        assertThat(shown).doesNotContain("nb-key-1").doesNotContain("peer-secret-2").doesNotContain("meter-secret-3")
                .doesNotContain("push-secret-4").contains("X-Peer-Signature")
                .contains("platform-b").contains("urn:dev:meter-001").contains("clientCredentials");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown operation     | listDevices:                   | listThings:                 | 29:5  | unknown key 'listThings'",
        "fields of no result   | 'devices: {deviceId: $.uid'    | 'things: {deviceId: $.uid'  | 35:9  | fields of 'things', which the operation does not extract",
        "malformed JsonPath    | 'nextCursor: $.paging.next'    | 'nextCursor: $.paging..'    | 33:47 | is not a JsonPath",
        "unknown auth style    | style: clientCredentials       | style: oauth                | 19:12 | unknown auth style 'oauth'",
        "form and body         | 'form: {grant_type: client_credentials}' | 'form: {grant_type: client_credentials}\n      body: {a: b}' | 27:13 | either a form or a JSON body",
        "relative path         | path: /things/{deviceId}/set   | path: things/{deviceId}/set | 42:13 | does not start with '/'",
        "auth key of another style | clientAuthentication: client_secret_post | header: X-Key        | 22:5  | unknown key 'header' in auth style clientCredentials",
        "unknown push part     | 'values: $.data}'              | 'payload: $.data}'          | 47:37 | unknown push part 'payload'",
        "inline push secret    | 'secret: {env: PUSH_SECRET}'   | 'secret: s3cr3t'            | 45:13 | 'secret' must name where the secret is",
        "bad signature header  | 'signatureHeader: X-Peer-Signature' | 'signatureHeader: X Sig' | 46:22 | is not an HTTP header name"})
    void aMalformedMappingIsALocatedError(String what, String original, String broken, String position, String message,
                                          @TempDir Path dir) throws IOException {
        String text = Files.readString(FIXTURE);
        String from = original.replace("'", "");
        assertThat(text).as("the fixture holds %s", from).contains(from);
        Path file = dir.resolve("broken.descriptor.yaml");
        Files.writeString(file, text.replace(from, broken.replace("'", "").replace("\\n", "\n")));

        assertThatThrownBy(() -> DescriptorLoader.load(file, ENV::get))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":" + position + ":")
                .hasMessageContaining(message);
    }

    @Test
    void clientCredentialsWithoutATokenOperationIsALocatedError(@TempDir Path dir) throws IOException {
        String text = Files.readString(FIXTURE);
        int start = text.indexOf("    getToken:");
        int end = text.indexOf("    listDevices:");
        Path file = dir.resolve("no-token.descriptor.yaml");
        Files.writeString(file, text.substring(0, start) + text.substring(end));

        assertThatThrownBy(() -> DescriptorLoader.load(file, ENV::get))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + ":24:")
                .hasMessageContaining("auth style clientCredentials needs a 'getToken' operation");
    }
}
