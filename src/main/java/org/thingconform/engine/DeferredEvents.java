package org.thingconform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * The JUnit Platform events of a test that ran on a worker thread, kept until the engine hands
 * them on in declaration order: tests run side by side, yet the listeners (console, Surefire, Open
 * Test Reporting) see one test after the other, in the same order as a run with {@code --jobs 1}.
 */
final class DeferredEvents implements EngineExecutionListener {

    private final List<Consumer<EngineExecutionListener>> events = new ArrayList<>();

    @Override
    public synchronized void executionSkipped(TestDescriptor testDescriptor, String reason) {
        events.add(l -> l.executionSkipped(testDescriptor, reason));
    }

    @Override
    public synchronized void executionStarted(TestDescriptor testDescriptor) {
        events.add(l -> l.executionStarted(testDescriptor));
    }

    @Override
    public synchronized void executionFinished(TestDescriptor testDescriptor, TestExecutionResult result) {
        events.add(l -> l.executionFinished(testDescriptor, result));
    }

    @Override
    public synchronized void reportingEntryPublished(TestDescriptor testDescriptor, ReportEntry entry) {
        events.add(l -> l.reportingEntryPublished(testDescriptor, entry));
    }

    @Override
    public synchronized void dynamicTestRegistered(TestDescriptor testDescriptor) {
        events.add(l -> l.dynamicTestRegistered(testDescriptor));
    }

    @Override
    public synchronized void fileEntryPublished(TestDescriptor testDescriptor, FileEntry file) {
        events.add(l -> l.fileEntryPublished(testDescriptor, file));
    }

    /** Hands every kept event on to {@code listener}, in the order they happened. */
    synchronized void replayTo(EngineExecutionListener listener) {
        events.forEach(event -> event.accept(listener));
        events.clear();
    }
}
