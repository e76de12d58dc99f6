package dev.depot.sync.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedCursorTest {

    @Test
    void aCursorReadsBackFromItsText() {
        FeedCursor cursor = new FeedCursor("db-2026-11", 7_405_122, 88);

        String text = cursor.encode();

        assertThat(text).matches("[A-Za-z0-9_-]+").doesNotContain("db-2026-11");
        assertThat(FeedCursor.decode(text)).isEqualTo(cursor);
    }

    @Property
    void everyCursorReadsBackFromItsText(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 40) String epoch,
                                        @ForAll long txid, @ForAll long seq) {
        FeedCursor cursor = new FeedCursor(epoch, txid, seq);

        assertThat(FeedCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "e:1:2", "%%%"})
    void textThatIsNotBase64IsRefused(String text) {
        assertThatThrownBy(() -> FeedCursor.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a feed cursor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"e:x:2", "e:1", "e:1:2:3", "e:1:2:", ":1:2", "e::2", " :1:2", "hello"})
    void base64OfSomethingElseIsRefused(String plain) {
        assertThatThrownBy(() -> FeedCursor.decode(base64(plain)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a feed cursor");
    }

    @Test
    void aMissingCursorIsRefusedLikeAnyOtherBadOne() {
        assertThatThrownBy(() -> FeedCursor.decode(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a feed cursor");
    }

    @Test
    void anEpochIsANameWithoutColons() {
        assertThatThrownBy(() -> new FeedCursor("a:b", 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeedCursor(" ", 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cursorsOfOneEpochFollowTheFeedOrder() {
        FeedCursor cursor = new FeedCursor("e", 10, 5);

        assertThat(cursor).isLessThan(new FeedCursor("e", 10, 6)).isLessThan(new FeedCursor("e", 11, 1))
                .isGreaterThan(new FeedCursor("e", 9, 99));
        assertThat(cursor.isBefore(10, 6)).isTrue();
        assertThat(cursor.isBefore(11, 0)).isTrue();
        assertThat(cursor.isBefore(10, 5)).as("a row at the cursor was already served").isFalse();
        assertThat(cursor.isBefore(9, 100)).isFalse();
    }

    private static String base64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
