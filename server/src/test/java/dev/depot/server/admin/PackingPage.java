package dev.depot.server.admin;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import dev.depot.server.testing.HeadlessChrome;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The pack station: the queue of picked orders, the bench of one order, a carton's label and the packing slip. */
final class PackingPage {

    private final HeadlessChrome chrome;

    private PackingPage(HeadlessChrome chrome) {
        this.chrome = chrome;
    }

    static PackingPage at(HeadlessChrome chrome) {
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-head h1")));
        return new PackingPage(chrome);
    }

    /** The order numbers in the queue, oldest first. */
    List<String> queue() {
        return driver().findElements(By.cssSelector(".pack-queue tbody th a")).stream().map(WebElement::getText).toList();
    }

    PackingPage open(String orderNumber) {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.linkText(orderNumber)).click());
        return at(chrome);
    }

    /** Sets how many of a line (by number) go into the next carton. */
    PackingPage intoCarton(int lineNumber, String quantity) {
        WebElement field = driver().findElement(By.id("qty-" + lineNumber));
        field.clear();
        field.sendKeys(quantity);
        return this;
    }

    PackingPage packCarton(String weightKg) {
        driver().findElement(By.id("carton-weight")).sendKeys(weightKg);
        return press("Pack carton");
    }

    /** The cartons packed, as "number SSCC units". */
    List<String> cartons() {
        return driver().findElements(By.cssSelector(".pack-cartons tbody tr")).stream()
                .map(tr -> tr.findElement(By.cssSelector("th")).getText() + " " + tr.findElements(By.cssSelector("td")).get(0).getText()
                        + " " + tr.findElements(By.cssSelector("td")).get(1).getText())
                .toList();
    }

    String hint() {
        return driver().findElement(By.cssSelector(".pack-carton .hint")).getText();
    }

    PackingPage label(int carton) {
        WebElement row = driver().findElements(By.cssSelector(".pack-cartons tbody tr")).get(carton - 1);
        chrome.awaitNewPageAfter(() -> row.findElement(By.linkText("Label")).click());
        chrome.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".carton-label")));
        return this;
    }

    /** What a scanner reads off the label's barcode, from a picture of it: the GS1 element string and the symbology identifier. */
    String scanLabel() {
        byte[] png = driver().findElement(By.cssSelector(".carton-label .barcode")).getScreenshotAs(OutputType.BYTES);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            Result result = new Code128Reader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(),
                    image.getHeight(), pixels))), Map.of(DecodeHintType.TRY_HARDER, true));
            return result.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER) + result.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException | FormatException e) {
            throw new AssertionError("no readable barcode on the label", e);
        }
    }

    /** The label's text, line by line. */
    String labelText() {
        return driver().findElement(By.cssSelector(".carton-label")).getText();
    }

    PackingPage ship(String trackingNumber, String handedTo) {
        driver().findElement(By.id("ship-tracking")).sendKeys(trackingNumber);
        driver().findElement(By.id("ship-handed-to")).sendKeys(handedTo);
        chrome.awaitNewPageAfter(() -> driver().findElement(By.xpath("//button[normalize-space()='Confirm shipment']")).click());
        return this;
    }

    String notice() {
        return driver().findElement(By.cssSelector("p.notice")).getText();
    }

    private PackingPage press(String button) {
        chrome.awaitNewPageAfter(() -> driver().findElement(By.xpath("//button[normalize-space()='" + button + "']")).click());
        return at(chrome);
    }

    private WebDriver driver() {
        return chrome.driver();
    }
}
