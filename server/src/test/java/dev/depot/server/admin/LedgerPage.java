package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One item at one warehouse: its stock by location and the movement ledger behind it. */
final class LedgerPage {

    private final HeadlessChrome chrome;

    private LedgerPage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static LedgerPage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".item-places")));
        return new LedgerPage(chrome);
    }

    /** A location's stock as its row shows it. */
    record Place(String location, String state, String quantity) {
    }

    List<Place> places() {
        return driver().findElements(By.cssSelector(".item-places tbody tr")).stream().map(tr -> {
            List<WebElement> cells = tr.findElements(By.cssSelector("td"));
            return new Place(tr.findElement(By.cssSelector("th")).getText(), cells.get(0).getText(), cells.get(1).getText());
        }).toList();
    }

    String total() {
        return driver().findElement(By.cssSelector(".item-places tfoot td")).getText();
    }

    /** One part of today's available to promise, by its id ("atp-on-hand", "atp-reserved", …), as shown. */
    String promisePart(String id) {
        return driver().findElement(By.id(id)).getText();
    }

    /** Available to promise by date as its rows show it: "Today" or the date, and the figure. */
    record Day(String from, String available) {
    }

    List<Day> promiseDays() {
        return driver().findElements(By.cssSelector(".promise-days tbody tr")).stream()
                .map(tr -> new Day(tr.findElement(By.cssSelector("th")).getText(), tr.findElement(By.cssSelector("td")).getText()))
                .toList();
    }

    /** A ledger line as its row shows it. */
    record Line(String reason, String from, String to, String quantity) {
    }

    List<Line> lines() {
        return driver().findElements(By.cssSelector(".item-ledger tbody tr")).stream().map(tr -> {
            List<WebElement> cells = tr.findElements(By.cssSelector("td"));
            return new Line(cells.get(1).getText(), cells.get(2).getText(), cells.get(3).getText(), cells.get(4).getText());
        }).toList();
    }

    private WebDriver driver() {
        return chrome.driver();
    }
}
