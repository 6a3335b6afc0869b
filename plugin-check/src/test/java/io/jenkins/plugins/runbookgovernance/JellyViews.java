package io.jenkins.plugins.runbookgovernance;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.jelly.JellyContext;
import org.apache.commons.jelly.JellyException;
import org.apache.commons.jelly.XMLOutput;
import org.apache.commons.jelly.expression.CompositeExpression;
import org.apache.commons.jelly.expression.ConstantExpression;
import org.apache.commons.jelly.expression.Expression;
import org.apache.commons.jelly.expression.ExpressionSupport;
import org.apache.commons.jelly.impl.ScriptBlock;
import org.apache.commons.jelly.parser.XMLParser;
import org.apache.commons.jelly.tags.core.CoreTagLibrary;
import org.apache.commons.jelly.tags.core.JellyTag;
import org.dom4j.io.HTMLWriter;
import org.dom4j.io.OutputFormat;
import org.xml.sax.SAXException;

/**
 * Runs the plugin's Jelly views with a real Jelly engine, Apache commons-jelly 1.0 and JEXL from Maven Central,
 * the way Stapler runs them in Jenkins, so tests can read the HTML a page would get.
 *
 * <p>Jenkins runs a fork of commons-jelly (and of JEXL) that is not on Maven Central; the fork's one change a
 * view here depends on is {@code <?jelly escape-by-default='true'?>}, so {@link EscapeByDefaultParser} does what
 * the fork's parser does: every {@code ${...}} written into text is escaped ({@code <} and {@code &}), and only
 * {@code <j:out>} writes markup. Output is HTML with escaping of text turned off and empty elements expanded, as
 * Stapler's writer has it; attribute values are escaped by the writer. Jenkins's tag libraries ({@code /lib/layout},
 * {@code /lib/hudson}, {@code /lib/form}, {@code jelly:stapler}) are not on Central either: the views' tags from
 * them are the stand-ins in {@link StandInTagLibraries}, which only wrap their body in a plain element.
 */
final class JellyViews {

    /** Where rendered pages are written, so that they can be opened or quoted. */
    static final Path RENDERED = Path.of("target", "rendered-views");

    private JellyViews() {
    }

    /** The HTML {@code view} (relative to the plugin's package, e.g. {@code RunbookGovernanceAction/summary.jelly}) writes. */
    static String render(String view, Map<String, Object> variables) throws JellyException, IOException, SAXException {
        URL url = RunbookGovernanceAction.class.getResource(view);
        if (url == null) {
            throw new IllegalArgumentException("no view " + view);
        }
        return render(url, variables);
    }

    /** The HTML the Jelly file at {@code url} writes. */
    static String render(URL url, Map<String, Object> variables) throws JellyException, IOException, SAXException {
        JellyContext context = new StaplerLikeContext();
        context.registerTagLibrary("jelly:core", new ParseTimeWhitespaceCore());
        StandInTagLibraries.registerAll(context);
        variables.forEach(context::setVariable);
        StringWriter text = new StringWriter();
        OutputFormat format = new OutputFormat();
        format.setXHTML(true);
        format.setExpandEmptyElements(true);
        HTMLWriter writer = new HTMLWriter(text, format);
        writer.setEscapeText(false);
        XMLOutput output = new XMLOutput(writer, writer);
        context.runScript(url, output);
        output.flush();
        return text.toString();
    }

    /** Writes {@code html} to target/rendered-views/{@code name}. */
    static Path save(String name, String html) throws IOException {
        Path file = Files.createDirectories(RENDERED).resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    /** A stand-in for Jenkins's page chrome around a fragment (the build or job page that includes it). */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>" + TrendChart.escape(title) + "</title>"
                + StandInTagLibraries.STYLE + "</head><body><header class=\"stand-in-header\">Jenkins (stand-in page)"
                + "</header><main id=\"main-panel\">" + body + "</main></body></html>\n";
    }

    /**
     * The core tags, with {@code <j:jelly>} trimming no text at run time: Jenkins's fork trims while parsing
     * instead (a text of whitespace only is dropped), which {@link EscapeByDefaultParser} does; commons-jelly 1.0
     * would trim every text, "metadata; <code>" included, and run words into elements.
     */
    private static final class ParseTimeWhitespaceCore extends CoreTagLibrary {
        ParseTimeWhitespaceCore() {
            registerTag("jelly", UntrimmedJellyTag.class);
        }
    }

    /** {@code <j:jelly>} whose body, and so every tag inside it, keeps its text as parsed. */
    public static final class UntrimmedJellyTag extends JellyTag {
        public UntrimmedJellyTag() {
            setTrim(false);
        }
    }

    /** A context whose parser honours the escape-by-default instruction as Jenkins's Jelly does. */
    private static final class StaplerLikeContext extends JellyContext {
        @Override
        protected XMLParser createXMLParser() {
            return new EscapeByDefaultParser();
        }
    }

    /** commons-jelly's parser, plus the {@code <?jelly escape-by-default='true'?>} instruction of Jenkins's fork. */
    static final class EscapeByDefaultParser extends XMLParser {
        private boolean escapeByDefault;

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            if ("jelly".equals(target)) {
                String normalised = data.replace('"', '\'');
                if (normalised.contains("escape-by-default='true'")) {
                    escapeByDefault = true;
                } else if (normalised.contains("escape-by-default='false'")) {
                    escapeByDefault = false;
                }
            }
            super.processingInstruction(target, data);
        }

        @Override
        protected void addTextScript(String text) throws JellyException {
            if (!text.isBlank()) {
                super.addTextScript(text);
            }
        }

        @Override
        protected void addExpressionScript(ScriptBlock script, Expression expression) {
            boolean text = !(expression instanceof ConstantExpression) && !(expression instanceof CompositeExpression);
            super.addExpressionScript(script, escapeByDefault && text ? new Escaping(expression) : expression);
        }
    }

    /** An expression whose value is written as text: {@code <} and {@code &} escaped, as in Jenkins. */
    private static final class Escaping extends ExpressionSupport {
        private final Expression base;

        Escaping(Expression base) {
            this.base = base;
        }

        @Override
        public String getExpressionText() {
            return base.getExpressionText();
        }

        @Override
        public Object evaluate(JellyContext context) {
            Object value = base.evaluate(context);
            return value == null ? null : value.toString().replace("&", "&amp;").replace("<", "&lt;");
        }
    }
}
