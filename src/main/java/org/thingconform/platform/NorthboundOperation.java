package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One abstract northbound operation mapped onto an HTTP request of the platform under
 * test. {@code path} and string leaves of {@code body} may hold {@code {name}}
 * placeholders ({@code {productKey}}, {@code {deviceName}}, {@code {identifier}},
 * {@code {invocationId}}); a body leaf that is exactly {@code "{params}"} is replaced
 * by the JSON parameters of the call. {@code extract} maps result names to Jayway
 * JsonPath expressions evaluated on the response body.
 *
 * @param method       HTTP method
 * @param path         path template, appended to the API's base URL
 * @param body         request body template, or null for none
 * @param extract      result name → JsonPath
 * @param expectStatus status codes that mean success (default: any 2xx)
 */
public record NorthboundOperation(String method, String path, JsonNode body, Map<String, String> extract,
                                  List<Integer> expectStatus) {

    public NorthboundOperation {
        extract = Map.copyOf(extract);
        expectStatus = List.copyOf(expectStatus);
    }
}
