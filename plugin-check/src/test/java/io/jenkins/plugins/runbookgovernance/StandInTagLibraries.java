package io.jenkins.plugins.runbookgovernance;

import hudson.util.ListBoxModel;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.jelly.DynaTag;
import org.apache.commons.jelly.JellyContext;
import org.apache.commons.jelly.JellyTagException;
import org.apache.commons.jelly.TagLibrary;
import org.apache.commons.jelly.TagSupport;
import org.apache.commons.jelly.XMLOutput;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Stand-ins for the Jenkins tag libraries the views use, which are not on Maven Central. Each stand-in tag only
 * puts its body inside one plain element (marked {@code class="stand-in-..."}) so that the views' own markup,
 * expressions, loops and escaping can be rendered and read; none of them is Jenkins's styling. {@code t:summary}
 * keeps the one trait of Jenkins's markup a view can trip on: with {@code href} it wraps the whole body in a link.
 * The form stand-ins do bind as Stapler does in the one way a test can check: a field's value comes from the
 * {@code instance}'s getter, and a select's options from the {@code descriptor}'s {@code doFill<Field>Items()}.
 */
final class StandInTagLibraries {

    /** Plain styling for the rendered pages, so that their pictures are readable; no script. */
    static final String STYLE = "<style>body{font-family:sans-serif;margin:0;color:#222}"
            + ".stand-in-header{background:#333;color:#eee;padding:8px 16px;font-size:14px}"
            + "#main-panel{padding:8px 24px}table{border-collapse:collapse;margin:8px 0}"
            + "td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;font-size:13px;vertical-align:top}"
            + "th{background:#f2f2f2}.stand-in-icon{color:#666;font-size:11px}"
            + ".stand-in-entry{margin:6px 0}.stand-in-entry label{display:inline-block;width:260px}</style>";

    private StandInTagLibraries() {
    }

    static void registerAll(JellyContext context) {
        context.registerTagLibrary("/lib/layout", new Layout());
        context.registerTagLibrary("/lib/hudson", new Hudson());
        context.registerTagLibrary("/lib/form", new Form());
        context.registerTagLibrary("jelly:stapler", new Stapler());
    }

    private static AttributesImpl attributes(String... namesAndValues) {
        AttributesImpl attributes = new AttributesImpl();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                attributes.addAttribute("", namesAndValues[i], namesAndValues[i], "CDATA", namesAndValues[i + 1]);
            }
        }
        return attributes;
    }

    /** A tag that accepts any attribute, as Jenkins's tag files do, and keeps them for its markup. */
    public abstract static class StandInTag extends TagSupport implements DynaTag {
        final Map<String, Object> attributes = new HashMap<>();

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public Class<?> getAttributeType(String name) {
            return Object.class;
        }

        String attribute(String name) {
            Object value = attributes.get(name);
            return value == null ? null : value.toString();
        }

        @Override
        public void doTag(XMLOutput output) throws JellyTagException {
            try {
                render(output);
            } catch (SAXException e) {
                throw new JellyTagException(e);
            }
        }

        abstract void render(XMLOutput output) throws SAXException, JellyTagException;

        void element(XMLOutput output, String name, AttributesImpl attributes, String text) throws SAXException {
            output.startElement("", name, name, attributes);
            if (text != null) {
                output.write(TrendChart.escape(text));
            }
            output.endElement("", name, name);
        }
    }

    // ---- /lib/layout

    static final class Layout extends TagLibrary {
        Layout() {
            registerTag("layout", LayoutTag.class);
            registerTag("main-panel", MainPanelTag.class);
        }
    }

    /** {@code l:layout}: a whole page with the title and the body. */
    public static class LayoutTag extends StandInTag {
        @Override
        void render(XMLOutput output) throws SAXException, JellyTagException {
            output.startElement("", "html", "html", attributes());
            output.startElement("", "head", "head", attributes());
            element(output, "title", attributes(), attribute("title"));
            output.write(STYLE);
            output.endElement("", "head", "head");
            output.startElement("", "body", "body", attributes("class", "stand-in-layout"));
            element(output, "header", attributes("class", "stand-in-header"), "Jenkins (stand-in page)");
            invokeBody(output);
            output.endElement("", "body", "body");
            output.endElement("", "html", "html");
        }
    }

    /** {@code l:main-panel}: the page's main column. */
    public static class MainPanelTag extends StandInTag {
        @Override
        void render(XMLOutput output) throws SAXException, JellyTagException {
            output.startElement("", "main", "main", attributes("id", "main-panel", "class", "stand-in-main-panel"));
            invokeBody(output);
            output.endElement("", "main", "main");
        }
    }

    // ---- /lib/hudson

    static final class Hudson extends TagLibrary {
        Hudson() {
            registerTag("summary", SummaryTag.class);
        }
    }

    /**
     * {@code t:summary} as Jenkins 2.541's lib/hudson/summary.jelly lays it out: a row with the icon, then the body,
     * which the tag wraps in one link when {@code href} is given (and {@code iconOnly} is not).
     */
    public static class SummaryTag extends StandInTag {
        @Override
        void render(XMLOutput output) throws SAXException, JellyTagException {
            output.startElement("", "tr", "tr", attributes("class", "app-summary stand-in-summary"));
            element(output, "td", attributes("class", "stand-in-icon"), attribute("icon"));
            output.startElement("", "td", "td", attributes());
            boolean linked = attribute("href") != null && !"true".equals(attribute("iconOnly"));
            if (linked) {
                output.startElement("", "a", "a", attributes("href", attribute("href")));
            }
            invokeBody(output);
            if (linked) {
                output.endElement("", "a", "a");
            }
            output.endElement("", "td", "td");
            output.endElement("", "tr", "tr");
        }
    }

    // ---- jelly:stapler

    static final class Stapler extends TagLibrary {
        Stapler() {
            registerTag("include", IncludeTag.class);
        }
    }

    /** {@code st:include}: Jenkins's side panel is not here; a comment says what would be included. */
    public static class IncludeTag extends StandInTag {
        @Override
        void render(XMLOutput output) throws SAXException {
            if (!"true".equals(attribute("optional"))) {
                throw new SAXException("stand-in st:include renders optional pages only, not " + attribute("page"));
            }
            output.writeComment(" stand-in: st:include page=" + attribute("page") + " ");
        }
    }

    // ---- /lib/form

    static final class Form extends TagLibrary {
        Form() {
            registerTag("entry", EntryTag.class);
            registerTag("textbox", TextboxTag.class);
            registerTag("number", NumberTag.class);
            registerTag("checkbox", CheckboxTag.class);
            registerTag("textarea", TextareaTag.class);
            registerTag("select", SelectTag.class);
            registerTag("advanced", AdvancedTag.class);
        }
    }

    /** {@code f:entry}: a labelled row for one field. */
    public static class EntryTag extends StandInTag {
        @Override
        void render(XMLOutput output) throws SAXException, JellyTagException {
            output.startElement("", "div", "div", attributes("class", "stand-in-entry", "data-field", attribute("field")));
            element(output, "label", attributes(), attribute("title"));
            invokeBody(output);
            output.endElement("", "div", "div");
        }
    }

    /** The field of the enclosing {@code f:entry}, and its value from the {@code instance}'s getter, as Stapler binds it. */
    abstract static class FieldTag extends StandInTag {
        String field() throws JellyTagException {
            EntryTag entry = (EntryTag) findAncestorWithClass(EntryTag.class);
            if (entry == null || entry.attribute("field") == null) {
                throw new JellyTagException("a form control outside an f:entry with a field");
            }
            return entry.attribute("field");
        }

        Object value(String field) throws JellyTagException {
            Object instance = context.getVariable("instance");
            if (instance == null) {
                return attributes.get("default");
            }
            String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
            for (String prefix : new String[] {"get", "is"}) {
                try {
                    return instance.getClass().getMethod(prefix + suffix).invoke(instance);
                } catch (NoSuchMethodException e) {
                    // try the other prefix
                } catch (ReflectiveOperationException e) {
                    throw new JellyTagException(e);
                }
            }
            throw new JellyTagException(instance.getClass().getSimpleName() + " has no getter for the field `" + field
                    + "`, so the form could not show its value");
        }
    }

    /** {@code f:textbox}, {@code f:number}, {@code f:checkbox}, {@code f:textarea}: one input named after the field. */
    public abstract static class InputTag extends FieldTag {
        abstract String type();

        @Override
        void render(XMLOutput output) throws SAXException, JellyTagException {
            String field = field();
            Object value = value(field);
            String text = value == null ? "" : value.toString();
            switch (type()) {
                case "textarea" -> element(output, "textarea", attributes("name", field), text);
                case "checkbox" -> element(output, "input", attributes("type", "checkbox", "name", field, "checked",
                        "true".equals(text) ? "checked" : null), null);
                default -> element(output, "input", attributes("type", type(), "name", field, "value", text, "min",
                        attribute("min"), "class", attribute("clazz")), null);
            }
        }
    }

    public static class TextboxTag extends InputTag {
        @Override
        String type() {
            return "text";
        }
    }

    public static class NumberTag extends InputTag {
        @Override
        String type() {
            return "number";
        }
    }

    public static class CheckboxTag extends InputTag {
        @Override
        String type() {
            return "checkbox";
        }
    }

    public static class TextareaTag extends InputTag {
        @Override
        String type() {
            return "textarea";
        }
    }

    /** {@code f:select}: the options the descriptor's {@code doFill<Field>Items()} gives, the instance's value selected. */
    public static class SelectTag extends FieldTag {
        @Override
        void render(XMLOutput output) throws SAXException, JellyTagException {
            String field = field();
            Object descriptor = context.getVariable("descriptor");
            String fill = "doFill" + Character.toUpperCase(field.charAt(0)) + field.substring(1) + "Items";
            ListBoxModel items;
            try {
                Method method = descriptor.getClass().getMethod(fill);
                items = (ListBoxModel) method.invoke(descriptor);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new JellyTagException("f:select for `" + field + "` needs " + fill + "() on the descriptor", e);
            }
            Object value = value(field);
            output.startElement("", "select", "select", attributes("name", field));
            for (ListBoxModel.Option option : items) {
                boolean selected = option.value.equals(value == null ? "" : value.toString());
                element(output, "option", attributes("value", option.value, "selected", selected ? "selected" : null),
                        option.name);
            }
            output.endElement("", "select", "select");
        }
    }

    /** {@code f:advanced}: the body under a disclosure, shown open (Jenkins hides it behind an "Advanced" button). */
    public static class AdvancedTag extends StandInTag {
        @Override
        void render(XMLOutput output) throws SAXException, JellyTagException {
            output.startElement("", "details", "details", attributes("class", "stand-in-advanced", "open", "open"));
            element(output, "summary", attributes(), "Advanced");
            invokeBody(output);
            output.endElement("", "details", "details");
        }
    }
}
