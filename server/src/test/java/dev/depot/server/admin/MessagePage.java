package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A page (or panel) that only says something: the handheld notice, a refused form. */
final class MessagePage {

    private final HeadlessChrome chrome;

    private MessagePage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static MessagePage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("message-title")));
        return new MessagePage(chrome);
    }

    String heading() {
        return chrome.driver().findElement(By.id("message-title")).getText();
    }

    String text() {
        return chrome.driver().findElement(By.cssSelector(".message p")).getText();
    }
}
