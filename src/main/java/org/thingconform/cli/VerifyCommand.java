package org.thingconform.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.thingconform.evidence.BundleVerifier;
import org.thingconform.evidence.EvidenceException;
import org.thingconform.evidence.SignatureCheck;
import org.thingconform.evidence.Verification;
import org.thingconform.source.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code thingconform verify BUNDLE|DIR}: checks a run's evidence as {@code sha256sum -c} and
 * {@code openssl cms -verify} would, names every changed, missing or added file, and prints what
 * was certified: platform, profiles and editions, verdicts, certification run or not, signer.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Verify a run's evidence (the zip of --bundle, an evidence/ folder or the results folder "
                + "holding one): every file against SHA256SUMS, and the signature; then print what was certified.",
        footer = {"", "Exit codes:", "  0  every file and the signature (if any) check out",
                "  1  a file changed, is missing or was added, or the signature does not verify",
                "  2  bad input or usage (not evidence, unreadable, a bad --ca)"})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BUNDLE|DIR", description = "The evidence bundle (zip) or folder.")
    Path source;

    @Option(names = "--ca", paramLabel = "CERT.pem",
            description = "CA certificate(s) the signer's certificate must chain to. Without it, the signature is "
                    + "checked with the certificate it carries, which proves integrity, not who signed.")
    Path ca;

    @Override
    public Integer call() {
        Verification verification;
        try {
            verification = BundleVerifier.verify(source.toAbsolutePath().normalize(), trusted());
        } catch (EvidenceException | BadInputException e) {
            System.err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (!verification.verified()) {
            verification.problems().forEach(System.err::println);
            System.out.println("exit 1: " + source + " does not verify (" + verification.problems().size()
                    + " problem(s)); do not trust what it says");
            return ExitCode.FAIL;
        }
        JsonNode run = verification.run();
        JsonNode platform = run.path("platform");
        System.out.println("verified: " + source + " (" + verification.files() + " files match SHA256SUMS"
                + (verification.signer() == null ? "" : "; signature valid"
                + (ca == null ? ", checked with the certificate it carries" : ", chains to " + ca)) + ")");
        System.out.println("platform: " + platform.path("name").asText("unknown") + " (version "
                + (platform.hasNonNull("version") ? platform.get("version").asText() : "not declared") + ")");
        List<String> profiles = new ArrayList<>();
        run.path("profiles").forEach(p -> profiles.add(p.path("id").asText() + " (" + p.path("standard").asText()
                + " " + p.path("edition").asText() + ")"));
        System.out.println("profiles: " + (profiles.isEmpty() ? "none recorded" : String.join(", ", profiles)));
        JsonNode s = verification.summary();
        System.out.println("verdicts: " + s.path("pass").asInt() + " PASS, " + s.path("fail").asInt() + " FAIL, "
                + s.path("error").asInt() + " ERROR, " + s.path("inconclusive").asInt() + " INCONCLUSIVE, "
                + s.path("notApplicable").asInt() + " NOT_APPLICABLE, " + s.path("notRun").asInt() + " NOT_RUN; "
                + (s.path("conformant").asBoolean() ? "conformant" : "not conformant"));
        run.path("inputs").forEach(i -> {
            if (!i.path("sha256").asText().equals(i.path("sha256AtStart").asText())) {
                System.out.println("warning: input " + i.path("file").asText() + " changed during the run "
                        + "(its SHA-256 at the start was " + i.path("sha256AtStart").asText() + ")");
            }
        });
        System.out.println("certification run: " + (!run.path("certify").asBoolean(false) ? "no"
                : run.path("request").path("allowDraft").asBoolean(false) ? "yes, draft standards allowed" : "yes"));
        System.out.println("signer: " + (verification.signer() == null ? "unsigned" : verification.signer()));
        System.out.println("suite: ThingConform " + run.path("suite").path("version").asText("unknown") + " (git "
                + run.path("suite").path("gitCommit").asText("unknown")
                + (run.path("suite").path("gitLocalChanges").asBoolean(false) ? " with local changes" : "") + "); run from " + run.path("start").asText("?")
                + " to " + run.path("end").asText("?"));
        System.out.println("exit 0: the evidence is intact");
        return ExitCode.CONFORMANT;
    }

    private List<X509Certificate> trusted() {
        if (ca == null) {
            return List.of();
        }
        try {
            List<X509Certificate> certificates = SignatureCheck.certificates(Files.readAllBytes(ca));
            if (certificates.isEmpty()) {
                throw new BadInputException(ca + ": error: no certificate in it; expected PEM certificates");
            }
            return certificates;
        } catch (IOException e) {
            throw new BadInputException(ca + ": error: cannot read the CA certificate (" + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw new BadInputException(ca + ": error: not a PEM certificate (" + e.getMessage() + ")");
        }
    }
}
