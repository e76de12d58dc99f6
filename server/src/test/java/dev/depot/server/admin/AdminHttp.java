package dev.depot.server.admin;

import dev.depot.server.identity.Authentication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Plain HTTP to the admin, as a browser without JavaScript would talk to it, but redirects are not followed. */
final class AdminHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;

    AdminHttp(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** Posts form fields; headers come as name, value pairs. */
    HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Signs in with the admin's form and returns the session token the cookie carries. */
    String signIn(String username) {
        HttpResponse<String> response = post("/admin/login", Map.of("username", username, "password", TestOrders.PASSWORD));
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(Authentication.SESSION_COOKIE + "="))
                .map(header -> header.substring(Authentication.SESSION_COOKIE.length() + 1, header.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session: " + response.statusCode() + " " + response.body()));
    }

    /** The CSRF token the forms of a page carry. */
    static String csrfToken(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no form with a CSRF token on the page");
        }
        return matcher.group(1);
    }

    static String sessionCookie(String token) {
        return Authentication.SESSION_COOKIE + "=" + token;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
