package dev.depot.mobile.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.eclipse.serializer.reflect.ClassLoaderProvider;
import org.eclipse.store.storage.embedded.types.EmbeddedStorage;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageManager;

/**
 * Journals as a released app version wrote them: the stored classes of that release, frozen as source
 * under {@code src/test/resources/journal-shapes/<version>/}, are compiled at test time and loaded
 * in a class loader of their own (same class names as today's, older fields), and a real
 * EclipseStore storage is written with them. Opening that directory with today's classes is then
 * exactly what an app update does on a device.
 */
final class ReleasedJournal {

    private static final String PACKAGE = "dev.depot.mobile.store.";

    private final ClassLoader classes;

    private ReleasedJournal(ClassLoader classes) {
        this.classes = classes;
    }

    /** The stored classes of a release, compiled into {@code workDirectory}. */
    static ReleasedJournal of(String version, Path workDirectory) {
        Path sources = frozenSources(version);
        Path compiled = workDirectory.resolve("classes-" + version);
        compile(sources, compiled);
        return new ReleasedJournal(new ReleasedClasses(compiled, ReleasedJournal.class.getClassLoader()));
    }

    /** Writes a journal into {@code directory} as the release would have: see the frozen {@code ReleasedRoot} for the values. */
    void write(Path directory, Map<String, Object> values) {
        Object root;
        try {
            root = classes.loadClass(PACKAGE + "ReleasedRoot").getMethod("of", Map.class).invoke(null, values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the frozen classes do not build a root", e);
        }
        if (root.getClass().getClassLoader() != classes) {
            throw new IllegalStateException("the root was built from today's classes, not the release's");
        }
        EmbeddedStorageManager storage = EmbeddedStorage.Foundation(directory)
                .onConnectionFoundation(f -> f.setClassLoaderProvider(ClassLoaderProvider.New(classes)))
                .start();
        try {
            storage.setRoot(root);
            storage.storeRoot();
        } finally {
            storage.shutdown();
        }
    }

    private static Path frozenSources(String version) {
        URL url = ReleasedJournal.class.getClassLoader().getResource("journal-shapes/" + version);
        if (url == null) {
            throw new IllegalStateException("no frozen classes of release " + version + " under src/test/resources/journal-shapes");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void compile(Path sources, Path target) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-d", target.toString(), "--release", "21", "-nowarn"));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac.run(null, null, new PrintStream(errors, true, StandardCharsets.UTF_8), arguments.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("the frozen classes do not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
    }

    /** Loads the journal's package from the release's classes first, everything else (the JDK, EclipseStore) as usual. */
    private static final class ReleasedClasses extends URLClassLoader {

        ReleasedClasses(Path compiled, ClassLoader parent) {
            super(new URL[] {url(compiled)}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException notInTheRelease) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private static URL url(Path path) {
            try {
                return path.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
