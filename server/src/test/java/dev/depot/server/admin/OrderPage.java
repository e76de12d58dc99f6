package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One order: header, hold callout, lines, timeline, and the buttons for the next step. */
final class OrderPage {

    private final HeadlessChrome chrome;

    private OrderPage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static OrderPage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("order-panel")));
        return new OrderPage(chrome);
    }

    String number() {
        return driver().findElement(By.cssSelector("#order-title .order-number")).getText();
    }

    String status() {
        return driver().findElement(By.cssSelector("#order-title .badge")).getText();
    }

    String holdReason() {
        return driver().findElement(By.cssSelector("#order-panel .hold-reason")).getText();
    }

    boolean showsHoldCallout() {
        return !driver().findElements(By.cssSelector("#order-panel .callout-hold")).isEmpty();
    }

    /** The steps offered, by their button labels. */
    List<String> actions() {
        return driver().findElements(By.cssSelector("#order-panel .actions button")).stream().map(WebElement::getText).toList();
    }

    /** What happened, oldest first ("Placed", "Released", ...). */
    List<String> timeline() {
        return driver().findElements(By.cssSelector("#order-panel .timeline-what")).stream().map(WebElement::getText).toList();
    }

    List<String> timelineDetails() {
        return driver().findElements(By.cssSelector("#order-panel .timeline-detail")).stream().map(WebElement::getText).toList();
    }

    String notice() {
        return driver().findElement(By.cssSelector("#order-panel .notice")).getText();
    }

    OrderPage release() {
        clickAndAwaitSwap("Release to warehouse");
        return at(chrome);
    }

    OrderPage rush() {
        clickAndAwaitSwap("Rush");
        return at(chrome);
    }

    /** The carrier fact: "Rush DHL Freight · 15:00", "UPS Ground · 17:00" or "—". */
    String carrier() {
        return driver().findElement(By.cssSelector("#order-panel .carrier")).getText();
    }

    OrderPage releaseHold(String reason) {
        WebElement field = driver().findElement(By.id("hold-reason"));
        field.clear();
        field.sendKeys(reason);
        clickAndAwaitSwap("Release hold");
        return at(chrome);
    }

    /** Clicks a step's button and waits until htmx has replaced the panel with the answer. */
    void clickAndAwaitSwap(String label) {
        WebElement panel = driver().findElement(By.id("order-panel"));
        driver().findElement(By.xpath("//div[@id='order-panel']//button[normalize-space()='" + label + "']")).click();
        chrome.await().until(ExpectedConditions.stalenessOf(panel));
    }

    /** Removes the forms' CSRF tokens, as a forged form would lack them. */
    OrderPage withoutCsrfTokens() {
        ((JavascriptExecutor) driver()).executeScript("document.querySelectorAll('input[name=_csrf]').forEach(i => i.remove())");
        return this;
    }

    private WebDriver driver() {
        return chrome.driver();
    }
}
