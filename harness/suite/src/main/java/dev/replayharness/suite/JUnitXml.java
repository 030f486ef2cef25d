package dev.replayharness.suite;

import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.compare.StepVerdict;
import dev.replayharness.run.StepOutcome;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a suite as JUnit XML (the Surefire format CI servers read): a test suite per bundle, a test case per step
 * named as the step reads, plus one for the recording as a whole; a regression is a failure carrying what diverged,
 * a skipped step is skipped with its reason, an unreadable bundle is an error.
 */
final class JUnitXml {

    private JUnitXml() {
    }

    static void write(List<BundleOutcome> outcomes, Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeStartElement("testsuites");
                xml.writeAttribute("name", "replay");
                for (BundleOutcome outcome : outcomes) {
                    suite(xml, outcome);
                }
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    private static void suite(XMLStreamWriter xml, BundleOutcome outcome) throws XMLStreamException {
        String name = outcome.bundle().name();
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        if (outcome.unreadable() != null) {
            counts(xml, 1, 0, 1, 0, 0);
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "replay." + name);
            xml.writeAttribute("name", "read the bundle");
            xml.writeStartElement("error");
            xml.writeAttribute("message", outcome.unreadable());
            xml.writeCharacters(outcome.unreadable());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            return;
        }
        ReplayReport report = outcome.report();
        List<StepOutcome> steps = report.result().outcomes();
        long failures = (report.at(0).stream().anyMatch(JUnitXml::fails) || report.result().error() != null ? 1 : 0)
                + report.count(StepVerdict.FAILED);
        long skipped = report.count(StepVerdict.SKIPPED) + report.count(StepVerdict.FLAKY);
        counts(xml, steps.size() + 1, failures, 0, skipped, report.result().durationMillis());
        testCase(xml, name, "replay against " + report.result().target(), 0, report.at(0),
                report.result().error(), null);
        for (StepOutcome step : steps) {
            StepVerdict verdict = report.verdictOf(step);
            List<Divergence> here = report.at(step.step().number());
            // A flaky step is reported as JUnit reports it: neither passed nor failed, so skipped, and why.
            String skippedBecause = verdict == StepVerdict.SKIPPED ? step.reason()
                    : verdict == StepVerdict.FLAKY ? "flaky: " + here.stream()
                    .filter(d -> d.severity() == Divergence.Severity.FLAKY).map(Divergence::describe)
                    .collect(Collectors.joining("; ")) : null;
            testCase(xml, name, step.step().describe(), step.durationMillis(), here,
                    verdict == StepVerdict.FAILED && here.stream().noneMatch(JUnitXml::fails) ? step.reason() : null,
                    skippedBecause);
        }
        xml.writeEndElement();
    }

    private static void testCase(XMLStreamWriter xml, String suite, String name, long millis, List<Divergence> found,
                                 String error, String skipped) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "replay." + suite);
        xml.writeAttribute("name", name);
        xml.writeAttribute("time", seconds(millis));
        List<Divergence> failing = found.stream().filter(JUnitXml::fails).toList();
        if (error != null || !failing.isEmpty()) {
            String message = error != null ? error
                    : failing.stream().map(Divergence::describe).collect(Collectors.joining("\n"));
            xml.writeStartElement("failure");
            xml.writeAttribute("message", message.lines().findFirst().orElse(message));
            xml.writeAttribute("type", error != null ? "TARGET" : failing.get(0).kind().name());
            xml.writeCharacters(message);
            xml.writeEndElement();
        } else if (skipped != null) {
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", skipped);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static boolean fails(Divergence divergence) {
        return divergence.severity() == Divergence.Severity.REGRESSION;
    }

    private static void counts(XMLStreamWriter xml, long tests, long failures, long errors, long skipped, long millis)
            throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(tests));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", String.valueOf(errors));
        xml.writeAttribute("skipped", String.valueOf(skipped));
        xml.writeAttribute("time", seconds(millis));
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
