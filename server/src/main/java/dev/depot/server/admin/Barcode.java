package dev.depot.server.admin;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import dev.depot.model.gs1.Sscc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A GS1-128 barcode as the bars a page draws (an SVG {@code rect} each): ZXing encodes the element
 * string after an FNC1 in first position, so a scanner reads it as GS1 data ({@code ]C1}).
 */
public record Barcode(int modules, List<Bar> bars, String text) {

    /** How ZXing's Code 128 writer is told to put FNC1 here: first, it makes the symbol GS1-128. */
    private static final char FNC1 = '\u00f1';
    /** Quiet zone either side, in modules: GS1 asks for at least ten. */
    private static final int QUIET_ZONE = 10;

    public Barcode {
        bars = List.copyOf(bars);
    }

    /** A dark bar: where it starts and how wide it is, in modules. */
    public record Bar(int x, int width) {
    }

    /** The carton's SSCC as AI (00). */
    static Barcode of(Sscc sscc) {
        BitMatrix row = new Code128Writer().encode(FNC1 + "00" + sscc.digits(), BarcodeFormat.CODE_128, 0, 1,
                Map.of(EncodeHintType.MARGIN, QUIET_ZONE));
        List<Bar> bars = new ArrayList<>();
        int x = 0;
        while (x < row.getWidth()) {
            if (row.get(x, 0)) {
                int start = x;
                while (x < row.getWidth() && row.get(x, 0)) {
                    x++;
                }
                bars.add(new Bar(start, x - start));
            } else {
                x++;
            }
        }
        return new Barcode(row.getWidth(), bars, sscc.humanReadable());
    }
}
