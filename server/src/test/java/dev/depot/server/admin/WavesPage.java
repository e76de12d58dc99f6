package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The waves page: the waves the planner suggests, with a release button each, and the waves on the floor. */
final class WavesPage {

    private final HeadlessChrome chrome;

    private WavesPage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static WavesPage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".waves-planned")));
        return new WavesPage(chrome);
    }

    /**
     * A suggested wave as its row shows it: carrier (with "Rush" in front for rush), zone, order numbers in tote order, and when it
     * would be picked.
     */
    record Planned(String carrier, String zone, List<String> orders, String timing) {
    }

    List<Planned> planned() {
        return driver().findElements(By.cssSelector(".waves-planned tbody tr")).stream().map(tr -> {
            List<WebElement> cells = tr.findElements(By.cssSelector("td"));
            return new Planned(cells.get(0).getText(), cells.get(1).getText(),
                    cells.get(2).findElements(By.cssSelector("li a")).stream().map(WebElement::getText).toList(),
                    tr.findElement(By.cssSelector(".wave-timing")).getText());
        }).toList();
    }

    /** What the planned waves' times assume, as the hint above them says it. */
    String pace() {
        String hint = driver().findElement(By.cssSelector(".waves-planned .hint")).getText();
        return hint.substring(hint.indexOf("Times at"));
    }

    /** A wave on the floor: number, state, picks done and who it is assigned to. */
    record OnFloor(String number, String state, String progress, String picker) {
    }

    List<OnFloor> onTheFloor() {
        return driver().findElements(By.cssSelector(".waves-on-floor tbody tr")).stream().map(tr -> {
            List<WebElement> cells = tr.findElements(By.cssSelector("td"));
            List<WebElement> select = cells.get(7).findElements(By.tagName("select"));
            return new OnFloor(tr.findElement(By.cssSelector("th .sku")).getText(), cells.get(3).findElement(By.cssSelector(".wave-state")).getText(),
                    cells.get(3).findElement(By.cssSelector(".progress-text")).getText(),
                    select.isEmpty() ? cells.get(7).getText() : new Select(select.getFirst()).getFirstSelectedOption().getText());
        }).toList();
    }

    /** Presses "Release wave" on the suggested wave at this place in the list (1 = first). */
    WavesPage release(int index) {
        WebElement row = driver().findElement(By.id("planned-" + index));
        chrome.awaitNewPageAfter(() -> row.findElement(By.xpath(".//button[normalize-space()='Release wave']")).click());
        return at(chrome);
    }

    WavesPage assign(String wave, String picker) {
        WebElement row = driver().findElement(By.id("wave-" + wave));
        new Select(row.findElement(By.tagName("select"))).selectByVisibleText(picker);
        chrome.awaitNewPageAfter(() -> row.findElement(By.xpath(".//button[normalize-space()='Assign']")).click());
        return at(chrome);
    }

    /** A pick face waiting for stock, as its row shows it. */
    record Fill(String face, String item, String from, String quantity) {
    }

    List<Fill> fills() {
        return driver().findElements(By.cssSelector(".pick-faces tbody tr")).stream().map(tr -> {
            List<WebElement> cells = tr.findElements(By.cssSelector("td"));
            return new Fill(tr.findElement(By.cssSelector("th")).getText(), cells.get(0).getText(), cells.get(1).getText(),
                    cells.get(2).getText());
        }).toList();
    }

    WavesPage checkPickFaces() {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.id("check-pick-faces")).click());
        return at(chrome);
    }

    String notice() {
        return driver().findElement(By.cssSelector("p.notice")).getText();
    }

    private WebDriver driver() {
        return chrome.driver();
    }
}
