package org.runbookgovernance.stubs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the API surface of the compiled stubs as text lines, in the format of pinned-signatures.txt:
 * {@code <binary class name>#<what>}. Members are the public and protected constructors, methods and
 * fields a plugin can touch; {@code #type} is the declaration, {@code #extends} one direct supertype,
 * {@code #annotation} a runtime meta-annotation of an annotation type.
 */
final class StubSignatures {

    private StubSignatures() {
    }

    /** Every named class under the stubs' output directory, loaded by binary name. */
    static List<Class<?>> stubClasses() {
        try {
            Path root = Path.of(hudson.FilePath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> classes = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
                    Class<?> c = Class.forName(name, false, StubSignatures.class.getClassLoader());
                    if (!c.isAnonymousClass()) { // no code outside the stub can name it
                        classes.add(c);
                    }
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static TreeSet<String> members(Class<?> c) {
        String owner = c.getName();
        TreeSet<String> lines = new TreeSet<>();
        lines.add(owner + "#type " + c.toGenericString());
        if (c.isAnnotation()) {
            for (Annotation a : c.getAnnotations()) {
                lines.add(owner + "#annotation " + a);
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (visible(k) && !k.isSynthetic()) {
                lines.add(owner + "#" + k.toGenericString());
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (visible(m) && !m.isSynthetic() && !m.isBridge()) {
                String text = m.toGenericString().replace(owner + "." + m.getName() + "(", m.getName() + "(");
                Object dflt = m.getDefaultValue();
                // a String default is quoted, so that an empty one still shows
                String shown = dflt instanceof String text2 ? "\"" + text2 + "\"" : String.valueOf(dflt);
                lines.add(owner + "#" + text + (dflt == null ? "" : " default " + shown));
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (visible(f) && !f.isSynthetic()) {
                lines.add(owner + "#" + f.toGenericString().replace(owner + "." + f.getName(), f.getName()));
            }
        }
        return lines;
    }

    /** The direct supertypes as declared (superclass other than Object, then interfaces), generic form. */
    static List<String> supertypes(Class<?> c) {
        List<String> out = new ArrayList<>();
        Type sup = c.getGenericSuperclass();
        if (sup != null && sup != Object.class && !c.isEnum()) {
            out.add(sup.getTypeName());
        }
        Arrays.stream(c.getGenericInterfaces()).map(Type::getTypeName)
                .filter(t -> !(c.isAnnotation() && t.equals(Annotation.class.getName())))
                .forEach(out::add);
        return out;
    }

    private static boolean visible(Member m) {
        int mod = m.getModifiers();
        return Modifier.isPublic(mod) || Modifier.isProtected(mod);
    }
}
