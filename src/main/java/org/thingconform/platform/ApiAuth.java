package org.thingconform.platform;

import java.util.List;

/**
 * How the suite authenticates to an API of the platform under test. Every secret is a
 * {@link Secret}; names that are not secret (a client id, a user name, a header name) are
 * plain text.
 */
public sealed interface ApiAuth {

    /** The secret values of this auth, for the trace to mask wherever they appear. */
    List<Secret> secrets();

    /** No authentication. */
    record None() implements ApiAuth {
        @Override
        public List<Secret> secrets() {
            return List.of();
        }
    }

    /** A fixed bearer token: {@code Authorization: Bearer <token>}. */
    record StaticBearer(Secret token) implements ApiAuth {
        @Override
        public List<Secret> secrets() {
            return List.of(token);
        }
    }

    /**
     * OAuth2 client credentials: the client gets an access token from the API's
     * {@code getToken} operation and sends it as a bearer token. The client authenticates
     * to the token endpoint with HTTP basic ({@code client_secret_basic}) or with the form
     * parameters {@code client_id} and {@code client_secret} ({@code client_secret_post}).
     */
    record ClientCredentials(String clientId, Secret clientSecret, ClientAuthentication method) implements ApiAuth {
        @Override
        public List<Secret> secrets() {
            return List.of(clientSecret);
        }
    }

    /** An API key in a request header: {@code <header>: <key>}. */
    record ApiKey(String header, Secret key) implements ApiAuth {
        @Override
        public List<Secret> secrets() {
            return List.of(key);
        }
    }

    /** HTTP basic authentication on every request. */
    record Basic(String username, Secret password) implements ApiAuth {
        @Override
        public List<Secret> secrets() {
            return List.of(password);
        }
    }

    /** How a client authenticates to an OAuth2 token endpoint (RFC 6749, 2.3.1). */
    enum ClientAuthentication {
        /** HTTP basic with client id and secret. */
        CLIENT_SECRET_BASIC("client_secret_basic"),
        /** {@code client_id} and {@code client_secret} in the form body. */
        CLIENT_SECRET_POST("client_secret_post");

        private final String wireName;

        ClientAuthentication(String wireName) {
            this.wireName = wireName;
        }

        /** The name used in descriptors, as in OAuth2 client metadata. */
        public String wireName() {
            return wireName;
        }
    }
}
