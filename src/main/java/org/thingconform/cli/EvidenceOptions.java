package org.thingconform.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.thingconform.evidence.EvidencePlan;
import org.thingconform.evidence.SigningKey;
import org.thingconform.source.BadInputException;
import picocli.CommandLine.Option;

/**
 * The evidence options a command that runs (or renders) a run takes: pack {@code evidence/}
 * into a zip, sign it with a PKCS#12 key whose password comes from an environment variable or a
 * file, never from the command line, and is never printed.
 */
final class EvidenceOptions {

    /** The options' names, which {@code run --resume} accepts besides {@code --resume}. */
    static final List<String> NAMES = List.of("--bundle", "--sign-key", "--sign-key-password-env",
            "--sign-key-password-file");

    @Option(names = "--bundle", paramLabel = "FILE.zip",
            description = "Also pack the run's evidence/ folder (inputs, masked descriptor, reports, traces, SHA256SUMS, "
                    + "signature) into this zip.")
    Path bundle;

    @Option(names = "--sign-key", paramLabel = "FILE.p12",
            description = "Sign the evidence: a PKCS#12 key store with one key and its certificate. Adds SHA256SUMS.p7s "
                    + "(detached CMS) and signer.pem. Needs --sign-key-password-env or --sign-key-password-file.")
    Path signKey;

    @Option(names = "--sign-key-password-env", paramLabel = "VAR",
            description = "The environment variable holding the --sign-key password.")
    String passwordEnv;

    @Option(names = "--sign-key-password-file", paramLabel = "FILE",
            description = "A file holding the --sign-key password (its first line).")
    Path passwordFile;

    /**
     * What to do with the evidence, the key loaded and checked now, before anything runs.
     *
     * @throws BadInputException one line (never the password) when the options do not fit together,
     *                           the password cannot be read or the key cannot be opened with it
     */
    EvidencePlan plan() {
        if (bundle != null && Files.isDirectory(bundle)) {
            throw new BadInputException(bundle + ": error: --bundle names a folder; expected a zip file to write");
        }
        if (signKey == null) {
            if (passwordEnv != null || passwordFile != null) {
                throw new BadInputException("error: " + (passwordEnv != null ? "--sign-key-password-env" : "--sign-key-password-file")
                        + " is the password of --sign-key; give --sign-key FILE.p12 as well, or drop it");
            }
            return new EvidencePlan(absolute(bundle), null);
        }
        if ((passwordEnv == null) == (passwordFile == null)) {
            throw new BadInputException("error: --sign-key needs exactly one password source; expected "
                    + "--sign-key-password-env VAR or --sign-key-password-file FILE");
        }
        char[] password = password();
        try {
            return new EvidencePlan(absolute(bundle), SigningKey.load(signKey, password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password() {
        if (passwordEnv != null) {
            String value = System.getenv(passwordEnv);
            if (value == null) {
                throw new BadInputException("error: --sign-key-password-env " + passwordEnv
                        + ": no such environment variable; expected it to hold the password of " + signKey);
            }
            return value.toCharArray();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(passwordFile);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException(passwordFile + ": error: no such file; expected the password of " + signKey);
        } catch (IOException e) {
            throw new BadInputException(passwordFile + ": error: cannot read the password of " + signKey + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
            end++;
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, end));
        char[] password = new char[chars.remaining()];
        chars.get(password);
        Arrays.fill(bytes, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        return password;
    }

    private static Path absolute(Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }
}
