package dev.depot.server.admin;

import java.util.List;

/** The pack station's pages: the queue of picked orders, the bench for one order, a carton's label and the packing slip. */
public final class PackingView {

    public static final String PATH = "/admin/packing";

    private PackingView() {
    }

    static String benchPath(String orderId) {
        return PATH + "/" + orderId;
    }

    /** Picked orders waiting to be packed and shipped at a warehouse, oldest first. */
    public record Queue(Layout layout, List<StockView.WarehouseChoice> warehouses, String warehouse, List<Waiting> orders) {

        public String path() {
            return PATH;
        }
    }

    public record Waiting(String number, String customer, String carrier, int lines, String units, int cartons, String href) {
    }

    /** One order at the bench: what is left to pack, the cartons so far, and the handover to the carrier. */
    public record Bench(Layout layout, Notice notice, Header order, List<LineToPack> lines, List<CartonRow> cartons,
                        List<CarrierChoice> carriers, String csrf) {

        public String csrfField() {
            return Csrf.FIELD;
        }

        public boolean allPacked() {
            return lines.stream().noneMatch(LineToPack::hasLeft);
        }

        public String packPath() {
            return benchPath(order.id()) + "/cartons";
        }

        public String shipPath() {
            return benchPath(order.id()) + "/ship";
        }

        public String slipPath() {
            return benchPath(order.id()) + "/slip";
        }
    }

    public record Header(String id, String number, String customer, String shipFrom, String shipTo, String carrier, String orderHref) {
    }

    /** A line of the order: picked, already in a carton, and left to pack (the field starts at what is left). */
    public record LineToPack(int number, String sku, String item, String picked, String packed, String left, boolean hasLeft) {

        public String field() {
            return field(number);
        }

        static String field(int lineNumber) {
            return "qty-" + lineNumber;
        }
    }

    public record CartonRow(int number, String sscc, String units, String weight, String labelHref) {
    }

    public record CarrierChoice(String code, String label, boolean selected) {
    }

    /** A carton's label: from, to, carrier, order, carton n of m, weight, and the SSCC as GS1-128. */
    public record Label(Layout layout, String shipFrom, String shipTo, String customer, String carrier, String orderNumber, String cartonOf, String weight,
                        Barcode barcode) {
    }

    /** The packing slip that goes into the first carton: every carton and what is in it. */
    public record Slip(Layout layout, Header order, String placed, String reference, List<SlipCarton> cartons) {
    }

    public record SlipCarton(int number, String sscc, List<SlipLine> lines) {
    }

    public record SlipLine(String sku, String item, String quantity) {
    }
}
