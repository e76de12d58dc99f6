package dev.depot.server.admin;

import dev.depot.server.testing.HeadlessChrome;
import dev.depot.server.testing.RunningDepot;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The admin's sign-in page, as a person uses it. */
final class LoginPage {

    private final HeadlessChrome chrome;

    private LoginPage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static LoginPage open(HeadlessChrome chrome, RunningDepot depot) {
        chrome.driver().get(depot.uri().resolve("admin/login").toString());
        return at(chrome);
    }

    /** The sign-in page the browser shows now (e.g. after a redirect). */
    static LoginPage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        return new LoginPage(chrome);
    }

    LoginPage fillIn(String username, String password) {
        type(By.id("username"), username);
        type(By.id("password"), password);
        return this;
    }

    /** Signs in as a back-office user and lands on the orders page. */
    OrdersPage signInAs(String username, String password) {
        fillIn(username, password).submit();
        return OrdersPage.at(chrome);
    }

    void submit() {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.cssSelector("form button[type=submit]")).click());
    }

    /** The message shown beside the fields when a sign-in is refused. */
    String error() {
        return driver().findElement(By.id("login-error")).getText();
    }

    String info() {
        return driver().findElement(By.cssSelector(".login .notice-success")).getText();
    }

    String username() {
        return driver().findElement(By.id("username")).getDomProperty("value");
    }

    private void type(By field, String text) {
        WebElement input = driver().findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private WebDriver driver() {
        return chrome.driver();
    }
}
