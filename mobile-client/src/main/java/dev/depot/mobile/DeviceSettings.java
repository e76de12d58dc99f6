package dev.depot.mobile;

import com.gluonhq.attach.storage.StorageService;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the app keeps its journal and which server it talks to, from the launch environment:
 * system property {@code depot.server} or env {@code DEPOT_SERVER_URL}; system property
 * {@code depot.data} or env {@code DEPOT_DEVICE_DATA}, else the platform's private app storage
 * (Android), else {@code ~/.depot-mobile}.
 *
 * @param server the server named at launch; when absent, the one last signed in to, else {@link #DEFAULT_SERVER}
 */
public record DeviceSettings(Optional<URI> server, Path dataDirectory) {

    public static final URI DEFAULT_SERVER = URI.create("http://localhost:8080");

    public static DeviceSettings fromEnvironment() {
        Optional<Path> privateStorage = StorageService.create()
                .flatMap(StorageService::getPrivateStorage)
                .map(File::toPath);
        return from(System::getProperty, System::getenv, privateStorage, Path.of(System.getProperty("user.home")));
    }

    static DeviceSettings from(UnaryOperator<String> properties, UnaryOperator<String> environment, Optional<Path> privateStorage,
                               Path home) {
        Optional<URI> server = firstOf(properties.apply("depot.server"), environment.apply("DEPOT_SERVER_URL")).map(URI::create);
        Path data = firstOf(properties.apply("depot.data"), environment.apply("DEPOT_DEVICE_DATA")).map(Path::of)
                .or(() -> privateStorage.map(dir -> dir.resolve("depot")))
                .orElse(home.resolve(".depot-mobile"));
        return new DeviceSettings(server, data);
    }

    private static Optional<String> firstOf(String first, String second) {
        return Optional.ofNullable(first).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(second).filter(s -> !s.isBlank()))
                .map(String::strip);
    }
}
