package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The contact conflicts: both values side by side, and a button for each. */
final class ConflictsPage {

    private final HeadlessChrome chrome;

    private ConflictsPage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static ConflictsPage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict-panel")));
        return new ConflictsPage(chrome);
    }

    /** One conflict as its card shows it. */
    record Card(String customer, String field, String officeValue, String repValue, String baseValue, List<String> choices) {
    }

    List<Card> conflicts() {
        return driver().findElements(By.cssSelector("#conflict-panel .queue-item")).stream().map(ConflictsPage::card).toList();
    }

    /** Clicks one of the two choices on the customer's conflict; htmx swaps the panel. */
    ConflictsPage choose(String customer, String button) {
        WebElement panel = driver().findElement(By.id("conflict-panel"));
        driver().findElement(By.xpath("//div[@id='conflict-panel']//li[.//span[@class='conflict-customer'][normalize-space()='" + customer
                + "']]//button[normalize-space()=\"" + button + "\"]")).click();
        chrome.await().until(ExpectedConditions.stalenessOf(panel));
        return at(chrome);
    }

    String notice() {
        return driver().findElement(By.cssSelector("#conflict-panel .notice")).getText();
    }

    private static Card card(WebElement card) {
        return new Card(card.findElement(By.cssSelector(".conflict-customer")).getText(),
                card.findElement(By.cssSelector(".conflict-field")).getText(),
                card.findElement(By.cssSelector(".office-value")).getText(), card.findElement(By.cssSelector(".rep-value")).getText(),
                card.findElement(By.cssSelector(".base-value")).getText(),
                card.findElements(By.cssSelector("button")).stream().map(WebElement::getText).toList());
    }

    private WebDriver driver() {
        return chrome.driver();
    }
}
