package org.thingconform.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.thingconform.evidence.Evidence;
import org.thingconform.evidence.EvidenceException;
import org.thingconform.evidence.EvidenceFolder;
import org.thingconform.evidence.EvidencePlan;
import org.thingconform.evidence.EvidenceZip;
import org.thingconform.evidence.SuiteBuild;
import org.thingconform.journal.JournalException;
import org.thingconform.journal.RunRequest;
import org.thingconform.source.BadInputException;

/** The last step of a run: writes {@code evidence/}, signs it and packs it as the plan says, and says so. */
final class EvidenceStep {

    private EvidenceStep() {
    }

    /** Starts what the evidence needs that does not depend on the run (the digests of the suite's build), as the run starts. */
    static void prepare() {
        SuiteBuild.prepare(ProjectPaths.projectDir());
    }

    /** Writes the evidence of the run in {@code outDir}; false, with one line on standard error, when it could not. */
    static boolean write(RunRequest request, Path outDir, EvidencePlan plan, PrintStream stdout) {
        try {
            Evidence evidence = EvidenceFolder.write(outDir, request, ProjectPaths.projectDir(), plan.key());
            evidence.changedInputs().forEach(System.err::println);
            stdout.println("evidence: " + evidence.dir() + " (" + evidence.files() + " files in SHA256SUMS, "
                    + (evidence.signer() == null ? "unsigned" : "signed by " + evidence.signer()) + ")");
            if (plan.bundle() != null) {
                EvidenceZip.pack(evidence.dir(), plan.bundle());
                stdout.println("bundle: " + plan.bundle());
            }
            return true;
        } catch (EvidenceException | BadInputException | JournalException e) {
            System.err.println(e.getMessage());
            return false;
        }
    }
}
