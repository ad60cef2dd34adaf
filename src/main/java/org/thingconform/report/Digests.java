package org.thingconform.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hex digests: SHA-256 to verify archived files, MD5 for Allure's conventional stable ids. */
final class Digests {

    private Digests() {
    }

    static String sha256Hex(byte[] content) {
        return hex("SHA-256", content);
    }

    static String md5Hex(String text) {
        return hex("MD5", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
