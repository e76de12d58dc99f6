package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The transfers page: what the warehouse sends (with Dispatch), what is coming to it, and the form to send stock. */
final class TransfersPage {

    private final HeadlessChrome chrome;

    private TransfersPage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static TransfersPage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".transfers-sending")));
        return new TransfersPage(chrome);
    }

    /** A transfer in one of the tables, as its row shows it: number, other warehouse, and the lines. */
    record Row(String number, String warehouse, String state, List<String> lines) {
    }

    List<Row> sending() {
        return driver().findElements(By.cssSelector(".transfers-sending tbody tr")).stream().map(tr -> {
            List<WebElement> cells = tr.findElements(By.cssSelector("td"));
            String dispatch = cells.get(3).findElement(By.tagName("button")).isEnabled() ? "ready" : "nothing loaded";
            return new Row(tr.findElement(By.cssSelector("th")).getText(), cells.get(0).getText(), dispatch, lines(cells.get(2)));
        }).toList();
    }

    List<Row> arriving() {
        return driver().findElements(By.cssSelector(".transfers-arriving tbody tr")).stream().map(tr -> {
            List<WebElement> cells = tr.findElements(By.cssSelector("td"));
            return new Row(tr.findElement(By.cssSelector("th")).getText(), cells.get(0).getText(), cells.get(2).getText(),
                    lines(cells.get(3)));
        }).toList();
    }

    private static List<String> lines(WebElement cell) {
        return cell.findElements(By.tagName("div")).stream().map(WebElement::getText).toList();
    }

    /** Fills the form (one SKU and quantity per row, in order) and opens the transfer. */
    TransfersPage send(String to, String... skuAndQuantity) {
        new Select(driver().findElement(By.id("transfer-to"))).selectByValue(to);
        for (int i = 0; i < skuAndQuantity.length / 2; i++) {
            driver().findElement(By.id("transfer-sku-" + i)).sendKeys(skuAndQuantity[2 * i]);
            driver().findElement(By.id("transfer-quantity-" + i)).sendKeys(skuAndQuantity[2 * i + 1]);
        }
        chrome.awaitNewPageAfter(() -> driver().findElement(By.xpath("//button[normalize-space()='Open transfer']")).click());
        return at(chrome);
    }

    TransfersPage dispatch(String number) {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.id("transfer-" + number)).findElement(By.tagName("button")).click());
        return at(chrome);
    }

    /** Closes a transfer coming here short, saying why the rest will not come. */
    TransfersPage closeShort(String number, String reason) {
        driver().findElement(By.id("close-reason-" + number)).sendKeys(reason);
        chrome.awaitNewPageAfter(() -> driver().findElement(By.id("close-reason-" + number)).findElement(By.xpath(
                "following-sibling::button[normalize-space()='Close short']")).click());
        return at(chrome);
    }

    /** The page for another warehouse, for people who choose one. */
    TransfersPage choose(String warehouse) {
        Select choice = new Select(driver().findElement(By.id("transfers-warehouse")));
        if (choice.getFirstSelectedOption().getAttribute("value").equals(warehouse)) {
            return this;
        }
        chrome.awaitNewPageAfter(() -> choice.selectByValue(warehouse));
        return at(chrome);
    }

    TransfersPage reload() {
        chrome.awaitNewPageAfter(() -> driver().navigate().refresh());
        return at(chrome);
    }

    String notice() {
        return driver().findElement(By.cssSelector("p.notice")).getText();
    }

    private WebDriver driver() {
        return chrome.driver();
    }
}
