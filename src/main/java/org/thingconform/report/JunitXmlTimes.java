package org.thingconform.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Puts each test's own duration into the JUnit XML report. JUnit's XML listener times a test from the
 * moment it hears the test start to the moment it hears it finish; tests that ran side by side are
 * handed on to listeners one after the other, in profile order, so that listener saw them take no time
 * at all. The engine recorded when each test really started and stopped (the run journal); this sets
 * every {@code testcase}'s {@code time} from that, matching by the unique id JUnit writes into the
 * test case's output.
 */
public final class JunitXmlTimes {

    private static final String UNIQUE_ID = "unique-id: ";

    private JunitXmlTimes() {
    }

    /**
     * Rewrites the {@code TEST-*.xml} files in {@code junitDir}: a test case whose unique id has a duration
     * in {@code durations} gets that as its time; others keep theirs.
     *
     * @throws ReportWriteException when a file cannot be read or written
     */
    public static void apply(Path junitDir, Map<String, Duration> durations) {
        if (!Files.isDirectory(junitDir) || durations.isEmpty()) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(junitDir)) {
            files = listing.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).toList();
        } catch (IOException e) {
            throw new ReportWriteException("cannot list " + junitDir + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            rewrite(file, durations);
        }
    }

    private static void rewrite(Path file, Map<String, Duration> durations) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            NodeList cases = document.getElementsByTagName("testcase");
            boolean changed = false;
            for (int i = 0; i < cases.getLength(); i++) {
                Element testcase = (Element) cases.item(i);
                Duration duration = uniqueId(testcase).map(durations::get).orElse(null);
                if (duration != null) {
                    testcase.setAttribute("time", String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9));
                    changed = true;
                }
            }
            if (changed) {
                TransformerFactory transformers = TransformerFactory.newInstance();
                transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
                var transformer = transformers.newTransformer();
                transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                transformer.transform(new DOMSource(document), new StreamResult(file.toFile()));
            }
        } catch (IOException | SAXException | ParserConfigurationException | TransformerException e) {
            throw new ReportWriteException("cannot set the test times in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The unique id JUnit wrote into the test case's first output block. */
    private static java.util.Optional<String> uniqueId(Element testcase) {
        List<String> texts = new ArrayList<>();
        for (Node child = testcase.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals("system-out")) {
                texts.add(element.getTextContent());
            }
        }
        return texts.stream().flatMap(String::lines).map(String::strip).filter(line -> line.startsWith(UNIQUE_ID))
                .map(line -> line.substring(UNIQUE_ID.length())).findFirst();
    }
}
