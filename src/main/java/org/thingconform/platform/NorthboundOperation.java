package org.thingconform.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One abstract operation mapped onto an HTTP request of the platform under test.
 * {@code path}, {@code query}, {@code headers}, {@code form} values and string leaves of
 * {@code body} may hold {@code {name}} placeholders ({@code {productKey}},
 * {@code {deviceName}}, {@code {deviceId}}, {@code {identifier}}, {@code {invocationId}},
 * {@code {thingModel}}, {@code {pageSize}}, {@code {cursor}}, {@code {offset}}, {@code {page}}); a query, header or form entry
 * that names a variable the call does not have is left out (the first page of a listing has
 * no cursor). A body leaf that is exactly {@code "{params}"} is replaced by the JSON
 * parameters of the call, one that is exactly {@code "{params.NAME}"} by that member of them keeping its JSON
 * type (left out when absent), and an object {@code {"{forEach}": "{params.NAME}", "{item}": template}} by a list,
 * the template filled once per element of that list member ({@code "{item.NAME}"} leaves take the element's
 * members); a body that comes out as a JSON string is sent as {@code text/plain}, as is (see
 * {@link BodyTemplate}). {@code extract} maps result names to Jayway JsonPath expressions
 * evaluated on the response body; {@code fields} maps a list result to the JsonPaths read
 * from each of its items.
 *
 * @param method       HTTP method
 * @param path         path template, appended to the API's base URL
 * @param query        query parameter → value template, in the order they are sent
 * @param headers      request header → value template
 * @param form         form parameter → value template (sent as {@code application/x-www-form-urlencoded})
 * @param body         JSON request body template, or null for none
 * @param extract      result name → JsonPath
 * @param fields       list result name → (field name → JsonPath on one item)
 * @param expectStatus status codes that mean success (default: any 2xx)
 */
public record NorthboundOperation(String method, String path, Map<String, String> query, Map<String, String> headers,
                                  Map<String, String> form, JsonNode body, Map<String, String> extract,
                                  Map<String, Map<String, String>> fields, List<Integer> expectStatus) {

    public NorthboundOperation {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        form = Collections.unmodifiableMap(new LinkedHashMap<>(form));
        extract = Map.copyOf(extract);
        fields = Map.copyOf(fields);
        expectStatus = List.copyOf(expectStatus);
    }

    /** An operation with a path, an optional JSON body and extractions only. */
    public NorthboundOperation(String method, String path, JsonNode body, Map<String, String> extract,
                               List<Integer> expectStatus) {
        this(method, path, Map.of(), Map.of(), Map.of(), body, extract, Map.of(), expectStatus);
    }
}
