package org.thingconform.platform;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thingconform.protocol.tls.TlsSettings;

/**
 * An HTTP API of the platform under test: where it is, how to authenticate, and how each
 * abstract operation maps onto its HTTP requests. A descriptor has two: the
 * {@code northbound} API an application uses, and optionally the {@code interconnection}
 * API a peer platform uses.
 *
 * <p>Northbound operations: {@code readProperties} (extract {@code values}: an object of
 * identifier → value), {@code setProperties}, {@code listEvents} (extract {@code events}: a
 * list of event output objects for {@code {identifier}}), {@code invokeService} (extract
 * {@code invocationId}), {@code serviceResult} (extract {@code status} and
 * {@code output}; {@code status} is {@code pending} until the device answered) and
 * {@code invokeSyncService} (a sync (RRPC) call held until the device answers or
 * {@code {timeoutMs}} pass; extract {@code code} and {@code output}).
 *
 * <p>Interconnection operations: {@code getToken} (extract {@code accessToken}, optionally
 * {@code expiresIn}), {@code getExpiredToken} (the same, for a token that is already
 * expired: the platform's test hook, optional), {@code listDevices} (extract {@code devices}
 * with {@code fields} {@code deviceId}, {@code productKey}, {@code deviceName},
 * {@code thingModel}, and {@code nextCursor} for cursor paging; without {@code nextCursor} the
 * listing pages by {@code {offset}} or {@code {page}} and ends on a short page or at the
 * extracted {@code total}), {@code getThingModel} (extract {@code model}:
 * a TSL JSON document), and {@code setProperties}, {@code invokeService},
 * {@code serviceResult} as northbound, addressed by {@code {deviceId}}; {@code readProperties}
 * (extract {@code properties} with {@code fields} {@code identifier}, {@code value}, {@code time}),
 * {@code queryHistory} ({@code {deviceId}}, {@code {identifier}}, {@code {from}}, {@code {to}};
 * extract {@code points} with {@code fields} {@code value}, {@code time}), {@code subscribe}
 * ({@code {deviceId}}, {@code {callbackUrl}}, {@code {pushSecret}}; extract {@code subscriptionId})
 * and {@code unsubscribe} ({@code {subscriptionId}}). How pushes are signed and read is
 * {@code push}, empty for an API that does not push. {@code tls} secures an https base URL (null for http).
 * {@code callback} is where the peer's push receiver listens and the URL the platform is told to call
 * (the interconnection API's {@code callback}; a free loopback port unless the descriptor says otherwise).
 */
public record NorthboundApi(String baseUrl, ApiAuth auth, Map<String, NorthboundOperation> operations,
                            Optional<PushSettings> push, TlsSettings tls, CallbackSettings callback) {

    /** The abstract operations of the northbound API. */
    public static final Set<String> OPERATIONS = Set.of("readProperties", "setProperties", "listEvents", "invokeService",
            "serviceResult", "invokeSyncService");

    /** The abstract operations of the interconnection API, the peer platform's view. */
    public static final Set<String> INTERCONNECTION_OPERATIONS = Set.of("getToken", "getExpiredToken", "listDevices",
            "getThingModel", "setProperties", "invokeService", "serviceResult", "readProperties", "queryHistory",
            "subscribe", "unsubscribe");

    /** Results whose values are secrets: masked in traces. */
    public static final Set<String> SECRET_RESULTS = Set.of("accessToken", "refreshToken");

    public NorthboundApi {
        operations = Map.copyOf(operations);
        push = push == null ? Optional.empty() : push;
        callback = callback == null ? CallbackSettings.LOOPBACK : callback;
    }

    /** An API whose peer receives pushes on a free loopback port. */
    public NorthboundApi(String baseUrl, ApiAuth auth, Map<String, NorthboundOperation> operations,
                         Optional<PushSettings> push, TlsSettings tls) {
        this(baseUrl, auth, operations, push, tls, null);
    }

    /** An API that does not push. */
    public NorthboundApi(String baseUrl, ApiAuth auth, Map<String, NorthboundOperation> operations) {
        this(baseUrl, auth, operations, Optional.empty());
    }

    /** The same API reached with {@code settings} (for an https base URL). */
    public NorthboundApi withTls(TlsSettings settings) {
        return new NorthboundApi(baseUrl, auth, operations, push, settings, callback);
    }

    /** An API with the JVM's TLS defaults for an https URL (plain for http). */
    public NorthboundApi(String baseUrl, ApiAuth auth, Map<String, NorthboundOperation> operations,
                         Optional<PushSettings> push) {
        this(baseUrl, auth, operations, push, baseUrl.startsWith("https:") ? TlsSettings.DEFAULT : null);
    }

    /** An API authenticated with a fixed bearer token, or not at all. */
    public NorthboundApi(String baseUrl, Optional<Secret> bearerToken, Map<String, NorthboundOperation> operations) {
        this(baseUrl, bearerToken.<ApiAuth>map(ApiAuth.StaticBearer::new).orElse(new ApiAuth.None()), operations);
    }

    /** The fixed bearer token, when the API uses one. */
    public Optional<Secret> bearerToken() {
        return auth instanceof ApiAuth.StaticBearer bearer ? Optional.of(bearer.token()) : Optional.empty();
    }
}
