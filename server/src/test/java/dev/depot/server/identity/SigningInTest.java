package dev.depot.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.model.identity.Role;
import dev.depot.server.testing.ApiClient;
import dev.depot.server.testing.ApiResponse;
import dev.depot.server.testing.RunningDepot;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SigningInTest {

    @RegisterExtension
    static RunningDepot depot = new RunningDepot();

    @Test
    void aUserWithTheRightPasswordGetsASessionThatSaysWhoTheyAre() {
        RunningDepot.TestUser desk = depot.addUser(Role.ORDER_DESK);

        ApiClient api = depot.signedIn(desk);
        ApiResponse me = api.get("api/session");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo(desk.username());
        assertThat(me.json().getString("role")).isEqualTo("ORDER_DESK");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        RunningDepot.TestUser desk = depot.addUser(Role.ORDER_DESK);

        ApiResponse wrongPassword = depot.anonymous().post("api/session", Map.of("username", desk.username(), "password", "nope"));
        ApiResponse unknownUser = depot.anonymous().post("api/session", Map.of("username", "nobody", "password", "nope"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).isEqualTo("application/problem+json");
        assertThat(wrongPassword.json().getString("detail")).isEqualTo(unknownUser.json().getString("detail"));
    }

    @Test
    void aSignedOutTokenNoLongerWorks() {
        ApiClient api = depot.as(Role.ACCOUNTANT);

        assertThat(api.delete("api/session").status()).isEqualTo(204);

        assertThat(api.get("api/session").status()).isEqualTo(401);
    }

    @Test
    void malformedJsonIsAProblemAndNotAServerError() {
        ApiResponse response = depot.anonymous().postJson("api/session", "{\"username\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().getString("type")).isEqualTo("https://depot.dev/problems/malformed-request");
    }

    @Test
    void theSessionCookieOpensTheAdminButNotTheApi() throws Exception {
        ApiResponse signIn = depot.anonymous().post("api/session", Map.of("username", depot.addUser(Role.ORDER_DESK).username(),
                "password", RunningDepot.PASSWORD));
        String cookie = "depot_session=" + signIn.json().getString("token");
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(depot.uri().resolve("api/session")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(depot.uri().resolve("admin/orders")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(api.statusCode()).as("a cookie cannot make a browser call the API for another site").isEqualTo(401);
        assertThat(admin.statusCode()).isEqualTo(200);
    }

    @Test
    void passwordsAreStoredAsArgon2idHashesOnly() {
        RunningDepot.TestUser user = depot.addUser(Role.PICKER);

        String stored = (String) depot.sql().single("SELECT password_hash FROM app_user WHERE id = ?", user.id());

        assertThat(stored).startsWith("$argon2id$v=19$").doesNotContain(RunningDepot.PASSWORD);
    }
}
