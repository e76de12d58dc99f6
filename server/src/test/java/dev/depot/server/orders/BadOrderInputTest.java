package dev.depot.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.identity.Role;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.Fixtures;
import dev.depot.server.testing.RunningDepot;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input gets a clear problem+json 4xx and writes nothing: no half-written order. */
class BadOrderInputTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    static ApiClient desk;
    static UUID customer;
    static UUID item;

    @BeforeAll
    static void aCustomerAndAnItem() {
        Fixtures fixtures = new Fixtures(depot);
        Fixtures.TestWarehouse main = fixtures.warehouse("MAIN");
        Fixtures.TestItem widget = fixtures.item("WIDGET", "3.00");
        fixtures.stock(widget, main, "A-01-1", 50);
        item = widget.id();
        customer = fixtures.customer("C-1", null, main, "1000.00", "5");
        desk = depot.as(Role.ORDER_DESK);
    }

    static Stream<Arguments> badOrders() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"customerId\": ", 400, "malformed-request", null),
                Arguments.of("a JSON array instead of an order", "[1, 2]", 400, "malformed-request", null),
                Arguments.of("not a UUID", "{\"customerId\": \"nope\", \"lines\": []}", 400, "malformed-request", null),
                Arguments.of("missing customer and lines", "{}", 400, "validation-failed", "customerId"),
                Arguments.of("no lines", json(Map.of("customerId", "%C", "lines", List.of())), 400, "validation-failed", "lines"),
                Arguments.of("a negative quantity", json(Map.of("customerId", "%C", "lines", List.of(Map.of("itemId", "%I", "quantity", -2)))),
                        400, "validation-failed", "lines[0].quantity"),
                Arguments.of("a line without a quantity", json(Map.of("customerId", "%C", "lines", List.of(Map.of("itemId", "%I")))),
                        400, "validation-failed", "lines[0].quantity"),
                Arguments.of("a discount over 100 %", json(Map.of("customerId", "%C", "lines",
                        List.of(Map.of("itemId", "%I", "quantity", 1, "discountPercent", 150)))), 400, "validation-failed",
                        "lines[0].discountPercent"),
                Arguments.of("an unknown item", json(Map.of("customerId", "%C", "lines",
                        List.of(Map.of("itemId", UUID.randomUUID().toString(), "quantity", 1)))), 422, "unknown-reference",
                        "lines[0].itemId"),
                Arguments.of("an unknown customer", json(Map.of("customerId", UUID.randomUUID().toString(), "lines",
                        List.of(Map.of("itemId", "%I", "quantity", 1)))), 422, "unknown-reference", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOrders")
    void isRefusedWithAProblemAndChangesNothing(String what, String body, int status, String type, String field) {
        var before = depot.sql().tableCounts();

        ApiResponse response = desk.postJson("api/orders", body.replace("%C", customer.toString()).replace("%I", item.toString()));

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().getString("type")).isEqualTo("https://depot.dev/problems/" + type);
        assertThat(response.json().getString("title")).isNotBlank();
        if (field != null) {
            assertThat(response.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                    .contains(field);
        }
        assertThat(depot.sql().tableCounts()).as("nothing written").isEqualTo(before);
    }

    @Test
    void aPathOrMethodTheApiDoesNotHaveIsAProblemToo() {
        ApiResponse unknownPath = desk.get("api/no-such-thing");
        ApiResponse wrongMethod = desk.get("api/orders/" + UUID.randomUUID() + "/release");

        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.contentType()).isEqualTo("application/problem+json");
        assertThat(wrongMethod.status()).isEqualTo(404);
        assertThat(wrongMethod.json().getString("detail")).contains("GET");
    }

    private static String json(Map<String, Object> body) {
        return dev.depot.sync.protocol.SyncJson.toJson(body);
    }
}
