package dev.depot.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceSettingsTest {

    private static final Path HOME = Path.of("/home/rita");

    @Test
    void systemPropertiesWinOverTheEnvironment() {
        DeviceSettings settings = DeviceSettings.from(
                Map.of("depot.server", "http://props:8080", "depot.data", "/data/props")::get,
                Map.of("DEPOT_SERVER_URL", "http://env:8080", "DEPOT_DEVICE_DATA", "/data/env")::get,
                Optional.of(Path.of("/android/private")), HOME);

        assertThat(settings).isEqualTo(new DeviceSettings(Optional.of(URI.create("http://props:8080")), Path.of("/data/props")));
    }

    @Test
    void theEnvironmentIsReadWhenNoPropertyIsSet() {
        DeviceSettings settings = DeviceSettings.from(Map.<String, String>of()::get,
                Map.of("DEPOT_SERVER_URL", "http://env:8080", "DEPOT_DEVICE_DATA", "/data/env")::get, Optional.empty(), HOME);

        assertThat(settings).isEqualTo(new DeviceSettings(Optional.of(URI.create("http://env:8080")), Path.of("/data/env")));
    }

    @Test
    void withoutSettingsTheDataGoesToTheAppsPrivateStorageElseTheHomeDirectory() {
        DeviceSettings onAndroid = DeviceSettings.from(Map.<String, String>of()::get, Map.<String, String>of()::get,
                Optional.of(Path.of("/android/private")), HOME);
        DeviceSettings onDesktop = DeviceSettings.from(Map.<String, String>of()::get, Map.of("DEPOT_DEVICE_DATA", " ")::get,
                Optional.empty(), HOME);

        assertThat(onAndroid).isEqualTo(new DeviceSettings(Optional.empty(), Path.of("/android/private/depot")));
        assertThat(onDesktop).isEqualTo(new DeviceSettings(Optional.empty(), HOME.resolve(".depot-mobile")));
    }
}
