package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The exceptions queue: open exceptions as cards with their age, each resolved with a note, and the recently resolved. */
final class ExceptionsPage {

    private final HeadlessChrome chrome;

    private ExceptionsPage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static ExceptionsPage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("exception-panel")));
        return new ExceptionsPage(chrome);
    }

    /** One open exception as the card shows it. */
    record Card(String kind, String bin, String sku, String order, String age, boolean overdue, String planned, String happened) {
    }

    List<Card> open() {
        return driver().findElements(By.cssSelector("#exception-panel .queue-item")).stream().map(ExceptionsPage::card).toList();
    }

    Card openFor(String orderNumber) {
        return card(cardFor(orderNumber));
    }

    /** Writes the note on the order's exception and resolves it; htmx swaps the panel. */
    ExceptionsPage resolve(String orderNumber, String note) {
        WebElement card = cardFor(orderNumber);
        WebElement panel = driver().findElement(By.id("exception-panel"));
        card.findElement(By.tagName("textarea")).sendKeys(note);
        card.findElement(By.xpath(".//button[normalize-space()='Resolve']")).click();
        chrome.await().until(ExpectedConditions.stalenessOf(panel));
        return at(chrome);
    }

    String notice() {
        return driver().findElement(By.cssSelector("#exception-panel .notice")).getText();
    }

    String emptyMessage() {
        return driver().findElement(By.cssSelector("#exception-panel .empty-title")).getText();
    }

    /** The resolution notes in the recently resolved table, newest first. */
    List<String> resolutions() {
        return driver().findElements(By.cssSelector("#exception-panel .resolved td.resolution")).stream().map(WebElement::getText).toList();
    }

    private WebElement cardFor(String orderNumber) {
        return driver().findElement(By.xpath("//div[@id='exception-panel']//li[contains(@class,'queue-item')][.//a[normalize-space()='"
                + orderNumber + "']]"));
    }

    private static Card card(WebElement card) {
        WebElement age = card.findElement(By.cssSelector(".age"));
        return new Card(card.findElement(By.cssSelector(".badge")).getText(), card.findElement(By.cssSelector(".bin")).getText(),
                card.findElement(By.cssSelector(".sku")).getText(), card.findElement(By.cssSelector(".queue-item-title a")).getText(),
                age.getText(), age.getAttribute("class").contains("age-overdue"), card.findElement(By.cssSelector(".expected")).getText(),
                card.findElement(By.cssSelector(".happened")).getText());
    }

    private WebDriver driver() {
        return chrome.driver();
    }
}
