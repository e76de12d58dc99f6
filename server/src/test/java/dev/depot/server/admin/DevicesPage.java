package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The devices page: every device with its person and activity, and a Revoke button for the active ones. */
final class DevicesPage {

    private final HeadlessChrome chrome;

    private DevicesPage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static DevicesPage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("device-results")));
        return new DevicesPage(chrome);
    }

    /** One device as the table shows it. */
    record Row(String name, String appVersion, String person, String personDetail, String lastApplied, String pushed,
               String rejected, String status) {
    }

    List<Row> rows() {
        return driver().findElements(By.cssSelector("#device-results tbody tr")).stream().map(DevicesPage::row).toList();
    }

    Row row(String deviceName) {
        return rows().stream().filter(r -> r.name().equals(deviceName)).findFirst()
                .orElseThrow(() -> new AssertionError("no device '" + deviceName + "' on the page"));
    }

    /** The Revoke button of a device; the confirmation page opens. */
    RevokeDevicePage revoke(String deviceName) {
        chrome.awaitNewPageAfter(() -> rowElement(deviceName).findElement(By.linkText("Revoke")).click());
        return RevokeDevicePage.at(chrome);
    }

    boolean offersRevoking(String deviceName) {
        return !rowElement(deviceName).findElements(By.linkText("Revoke")).isEmpty();
    }

    String notice() {
        return driver().findElement(By.cssSelector(".page-notice")).getText();
    }

    private WebElement rowElement(String deviceName) {
        return driver().findElement(By.xpath("//section[@id='device-results']//tr[th/span[@class='device-name'][normalize-space()="
                + "\"" + deviceName + "\"]]"));
    }

    private static Row row(WebElement tr) {
        List<WebElement> cells = tr.findElements(By.cssSelector("td"));
        WebElement device = tr.findElement(By.cssSelector("th"));
        return new Row(device.findElement(By.className("device-name")).getText(),
                device.findElement(By.className("device-version")).getText().replaceFirst("^App ", ""),
                cells.get(0).findElement(By.className("person-name")).getText(),
                cells.get(0).findElement(By.className("person-detail")).getText(),
                cells.get(2).getText(), cells.get(3).findElement(By.className("pushed")).getText(),
                cells.get(3).findElement(By.className("rejected")).getText(),
                cells.get(4).findElement(By.className("badge")).getText());
    }

    private WebDriver driver() {
        return chrome.driver();
    }
}
