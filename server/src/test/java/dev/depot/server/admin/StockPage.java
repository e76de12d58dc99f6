package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The stock page: a warehouse, a search, and a table of items with their quantities. */
final class StockPage {

    private final HeadlessChrome chrome;

    private StockPage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static StockPage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("stock-warehouse")));
        return new StockPage(chrome);
    }

    /** One item as the table shows it. */
    record Row(String sku, String name, String onHand, String reserved, String available, String level) {
    }

    StockPage choose(String warehouseCode) {
        if (warehouse().equals(warehouseCode)) {
            return this;
        }
        new Select(driver().findElement(By.id("stock-warehouse"))).selectByValue(warehouseCode);
        awaitResults("warehouse", warehouseCode);
        return this;
    }

    StockPage searchFor(String text) {
        WebElement box = driver().findElement(By.id("stock-search"));
        box.clear();
        box.sendKeys(text);
        awaitResults("q", text);
        return this;
    }

    /** Opens an item's page: its stock by location and the ledger behind it. */
    LedgerPage ledgerOf(String sku) {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.linkText(sku)).click());
        return LedgerPage.at(chrome);
    }

    String warehouse() {
        return new Select(driver().findElement(By.id("stock-warehouse"))).getFirstSelectedOption().getDomProperty("value");
    }

    List<Row> rows() {
        return driver().findElements(By.cssSelector("#stock-results table.stock tbody tr")).stream().map(tr -> {
            List<WebElement> cells = tr.findElements(By.cssSelector("td"));
            return new Row(tr.findElement(By.cssSelector("th")).getText(), cells.get(0).getText(), cells.get(1).getText(),
                    cells.get(2).getText(), cells.get(3).getText(), cells.get(4).getText());
        }).toList();
    }

    /** Goods in quarantine as the table shows them: SKU and how many wait. */
    record Quarantined(String sku, String waiting) {
    }

    List<Quarantined> quarantined() {
        return driver().findElements(By.cssSelector(".quarantine tbody tr")).stream()
                .map(tr -> new Quarantined(tr.findElement(By.cssSelector("td.sku")).getText(),
                        tr.findElement(By.cssSelector("td.num")).getText()))
                .toList();
    }

    /** Decides for some of the goods of one SKU in quarantine, with the button of that label; the page comes back with a notice. */
    StockPage decide(String sku, String quantity, String note, String button) {
        WebElement row = driver().findElements(By.cssSelector(".quarantine tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("td.sku")).getText().equals(sku)).findFirst().orElseThrow();
        WebElement amount = row.findElement(By.cssSelector("input[name=quantity]"));
        amount.clear();
        amount.sendKeys(quantity);
        row.findElement(By.cssSelector("input[name=note]")).sendKeys(note);
        row.findElement(By.xpath(".//button[normalize-space()='" + button + "']")).click();
        chrome.await().until(ExpectedConditions.stalenessOf(row));
        return at(chrome);
    }

    String notice() {
        return driver().findElement(By.cssSelector("p.notice")).getText();
    }

    private void awaitResults(String parameter, String value) {
        chrome.await().until(d -> value.equals(OrdersPage.queryParameter(d.getCurrentUrl(), parameter))
                && !d.findElement(By.id("stock-results")).getDomAttribute("class").contains("htmx-request"));
    }

    private WebDriver driver() {
        return chrome.driver();
    }
}
