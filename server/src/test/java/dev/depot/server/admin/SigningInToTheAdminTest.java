package dev.depot.server.admin;

import static dev.depot.server.admin.TestOrders.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.depot.server.identity.Authentication;
import dev.depot.server.testing.HeadlessChrome;
import dev.depot.server.testing.RunningDepot;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

/** Signing in and out of the web admin in a real browser. */
class SigningInToTheAdminTest {

    private static final String WRONG_LOGIN = "That username and password do not match. Check both and try again.";

    @RegisterExtension
    static RunningDepot depot = TestOrders.demoDepot();
    @RegisterExtension
    static HeadlessChrome chrome = new HeadlessChrome();

    @Test
    void aWrongPasswordShowsTheMessageKeepsTheUsernameAndSetsNoCookie() {
        LoginPage login = LoginPage.open(chrome, depot);
        chrome.screenshot("admin-login");

        login.fillIn("orderdesk", "not-the-password").submit();

        login = LoginPage.at(chrome);
        assertThat(login.error()).isEqualTo(WRONG_LOGIN);
        assertThat(login.username()).isEqualTo("orderdesk");
        assertThat(sessionCookie()).isNull();
    }

    @Test
    void anUnknownUsernameGetsTheVerySameMessage() {
        LoginPage login = LoginPage.open(chrome, depot);

        login.fillIn("nobody-here", "not-the-password").submit();

        assertThat(LoginPage.at(chrome).error()).isEqualTo(WRONG_LOGIN);
    }

    @Test
    void aPickerIsToldToUseTheHandheldApp() {
        LoginPage.open(chrome, depot).fillIn("picker", PASSWORD).submit();

        MessagePage notice = MessagePage.at(chrome);
        assertThat(notice.heading()).isEqualTo("Use the Depot handheld app");
        assertThat(notice.text()).contains("As a picker, you work in the Depot app on your handheld");
        assertThat(sessionCookie()).isNull();
    }

    @Test
    void signingOutEndsTheSession() {
        OrdersPage orders = LoginPage.open(chrome, depot).signInAs("admin", PASSWORD);
        Cookie session = sessionCookie();
        assertThat(session).isNotNull();
        assertThat(depot.server().capabilities().identity().authenticate(session.getValue())).isPresent();

        LoginPage login = orders.signOut();

        assertThat(login.info()).isEqualTo("You have signed out.");
        assertThat(sessionCookie()).isNull();
        assertThat(depot.server().capabilities().identity().authenticate(session.getValue())).isEmpty();
        chrome.driver().get(depot.uri().resolve("admin/orders").toString());
        LoginPage.at(chrome);
    }

    @Test
    void aPageAskedForBeforeSigningInOpensAfterSigningIn() {
        chrome.driver().get(depot.uri().resolve("admin/stock?warehouse=MAIN").toString());

        LoginPage.at(chrome).fillIn("accountant", PASSWORD).submit();

        StockPage stock = StockPage.at(chrome);
        assertThat(stock.warehouse()).isEqualTo("MAIN");
        assertThat(URI.create(chrome.driver().getCurrentUrl()).getPath()).isEqualTo("/admin/stock");
    }

    private static Cookie sessionCookie() {
        return chrome.driver().manage().getCookieNamed(Authentication.SESSION_COOKIE);
    }
}
