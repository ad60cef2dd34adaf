package org.thingconform.protocol;

/**
 * What a Thing answered to one operation on one of its forms.
 *
 * @param status      the protocol's status: HTTP status code, or CoAP code as class*100+detail (2.05 → 205)
 * @param contentType the content type the answer declares, or null when it declares none
 * @param body        the answer's payload as text
 */
public record WotResponse(int status, String contentType, String body) {

    /** Whether the status says success (2xx, CoAP 2.xx). */
    public boolean success() {
        return status >= 200 && status < 300;
    }

    /** Whether the status says the client's request was wrong (4xx, CoAP 4.xx). */
    public boolean clientError() {
        return status >= 400 && status < 500;
    }
}
