package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The question before a device is revoked. */
final class RevokeDevicePage {

    private final HeadlessChrome chrome;

    private RevokeDevicePage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static RevokeDevicePage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-revoke")));
        return new RevokeDevicePage(chrome);
    }

    String heading() {
        return chrome.driver().findElement(By.id("confirm-title")).getText();
    }

    DevicesPage confirm() {
        chrome.awaitNewPageAfter(() -> chrome.driver().findElement(By.id("confirm-revoke")).click());
        return DevicesPage.at(chrome);
    }

    DevicesPage keep() {
        chrome.awaitNewPageAfter(() -> chrome.driver().findElement(By.linkText("Keep it")).click());
        return DevicesPage.at(chrome);
    }
}
