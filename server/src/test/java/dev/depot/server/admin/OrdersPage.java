package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The orders list: search as you type, status chips, and a table of orders. */
final class OrdersPage {

    private final HeadlessChrome chrome;

    private OrdersPage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static OrdersPage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("order-search")));
        return new OrdersPage(chrome);
    }

    /** Types into the search box and waits for the results htmx brings back. */
    OrdersPage searchFor(String text) {
        WebElement box = driver().findElement(By.id("order-search"));
        box.clear();
        box.sendKeys(text);
        awaitResults("q", text);
        return this;
    }

    /** Clicks a status chip ("On hold", "All", ...) and waits for the filtered results. */
    OrdersPage filter(String label, String status) {
        driver().findElement(By.xpath("//label[contains(@class,'chip')][starts-with(normalize-space(), '" + label + "')]")).click();
        awaitResults("status", status);
        return this;
    }

    List<String> orderNumbers() {
        return driver().findElements(By.cssSelector("#order-results tbody th a")).stream().map(WebElement::getText).toList();
    }

    String statusOf(String number) {
        return driver().findElement(By.xpath("//section[@id='order-results']//tr[th/a[normalize-space()='" + number
                + "']]//span[contains(@class,'badge')]")).getText();
    }

    String emptyMessage() {
        return driver().findElement(By.cssSelector("#order-results .empty-title")).getText();
    }

    OrderPage open(String number) {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.linkText(number)).click());
        return OrderPage.at(chrome);
    }

    ExceptionsPage goToExceptions() {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.linkText("Exceptions")).click());
        return ExceptionsPage.at(chrome);
    }

    ConflictsPage goToConflicts() {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.linkText("Conflicts")).click());
        return ConflictsPage.at(chrome);
    }

    /** The main navigation's links, as the signed-in person sees them. */
    List<String> navigation() {
        return driver().findElements(By.cssSelector("nav.nav a")).stream().map(WebElement::getText).toList();
    }

    PackingPage goToPacking() {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.linkText("Packing")).click());
        return PackingPage.at(chrome);
    }

    WavesPage goToWaves() {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.linkText("Waves")).click());
        return WavesPage.at(chrome);
    }

    TransfersPage goToTransfers() {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.linkText("Transfers")).click());
        return TransfersPage.at(chrome);
    }

    CountsPage goToCounts() {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.linkText("Counts")).click());
        return CountsPage.at(chrome);
    }

    StockPage goToStock() {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.linkText("Stock")).click());
        return StockPage.at(chrome);
    }

    DevicesPage goToDevices() {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.linkText("Devices")).click());
        return DevicesPage.at(chrome);
    }

    /** Signs out with the top bar's button; the sign-in page comes back. */
    LoginPage signOut() {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.xpath("//header//button[normalize-space()='Sign out']")).click());
        return LoginPage.at(chrome);
    }

    private void awaitResults(String parameter, String value) {
        chrome.await().until(d -> value.equals(queryParameter(d.getCurrentUrl(), parameter))
                && !d.findElement(By.id("order-results")).getDomAttribute("class").contains("htmx-request"));
    }

    static String queryParameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private WebDriver driver() {
        return chrome.driver();
    }
}
