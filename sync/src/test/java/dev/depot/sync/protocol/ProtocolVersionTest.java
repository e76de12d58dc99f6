package dev.depot.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtocolVersionTest {

    @Test
    void aServerServesItsCurrentVersionAndThePreviousOne() {
        assertThat(ProtocolVersion.of(ProtocolVersion.CURRENT)).isEqualTo(ProtocolVersion.Support.SUPPORTED);
        assertThat(ProtocolVersion.OLDEST_SUPPORTED).isEqualTo(Math.max(ProtocolVersion.FIRST, ProtocolVersion.CURRENT - 1));
        assertThat(ProtocolVersion.of(ProtocolVersion.OLDEST_SUPPORTED)).isEqualTo(ProtocolVersion.Support.SUPPORTED);
    }

    @Test
    void anOlderAppMustBeUpdatedAndANewerOneWaitsForTheServer() {
        assertThat(ProtocolVersion.of(ProtocolVersion.OLDEST_SUPPORTED - 1)).isEqualTo(ProtocolVersion.Support.CLIENT_TOO_OLD);
        assertThat(ProtocolVersion.of(ProtocolVersion.CURRENT + 1)).isEqualTo(ProtocolVersion.Support.CLIENT_TOO_NEW);
        assertThat(ProtocolVersion.isSupported(ProtocolVersion.CURRENT + 1)).isFalse();
    }

    @Test
    void anAppVersionIsKeptOnlyWhenPeopleCanReadIt() {
        assertThat(AppVersion.readable(" 2.4.1 ")).contains("2.4.1");
        assertThat(AppVersion.readable("")).isEmpty();
        assertThat(AppVersion.readable(null)).isEmpty();
        assertThat(AppVersion.readable("2.4\n1")).isEmpty();
        assertThat(AppVersion.readable("9".repeat(AppVersion.MAX_LENGTH + 1))).isEmpty();
        assertThat(AppVersion.readable("9".repeat(AppVersion.MAX_LENGTH))).isPresent();
    }
}
