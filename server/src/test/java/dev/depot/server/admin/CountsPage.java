package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The counts page: accuracy, differences waiting for approval, counts on the floor, and the form to ask for one. */
final class CountsPage {

    private final HeadlessChrome chrome;

    private CountsPage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static CountsPage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".counts-awaiting")));
        return new CountsPage(chrome);
    }

    /** A difference waiting for approval, as its row shows it. */
    record Waiting(String bin, String sku, String book, String counted, String difference, String worth) {
    }

    List<Waiting> awaiting() {
        return driver().findElements(By.cssSelector(".counts-awaiting tbody tr")).stream().map(tr -> {
            List<WebElement> cells = tr.findElements(By.cssSelector("td"));
            return new Waiting(tr.findElement(By.cssSelector("th")).getText(), cells.get(0).getText(), cells.get(1).getText(),
                    cells.get(2).getText(), cells.get(3).getText(), cells.get(4).getText());
        }).toList();
    }

    /** The counts waiting on the handhelds, as bin and SKU. */
    List<String> onTheFloor() {
        return driver().findElements(By.cssSelector(".counts-open tbody tr")).stream()
                .map(tr -> tr.findElement(By.cssSelector("th")).getText() + " " + tr.findElement(By.cssSelector("td")).getText())
                .toList();
    }

    CountsPage accept(String bin) {
        return press(bin, "Accept");
    }

    CountsPage countAgain(String bin) {
        return press(bin, "Count again");
    }

    CountsPage askFor(String bin, String sku) {
        driver().findElement(By.id("count-bin")).sendKeys(bin);
        driver().findElement(By.id("count-sku")).sendKeys(sku);
        chrome.awaitNewPageAfter(() -> driver().findElement(By.xpath("//button[normalize-space()='Ask for a count']")).click());
        return at(chrome);
    }

    String lede() {
        return driver().findElement(By.cssSelector(".page-head .lede")).getText();
    }

    String notice() {
        return driver().findElement(By.cssSelector("p.notice")).getText();
    }

    private CountsPage press(String bin, String button) {
        WebElement row = driver().findElements(By.cssSelector(".counts-awaiting tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("th")).getText().equals(bin)).findFirst().orElseThrow();
        chrome.awaitNewPageAfter(() -> row.findElement(By.xpath(".//button[normalize-space()='" + button + "']")).click());
        return at(chrome);
    }

    private WebDriver driver() {
        return chrome.driver();
    }
}
