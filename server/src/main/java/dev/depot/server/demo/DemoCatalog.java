package dev.depot.server.demo;

import java.util.List;

/** The demo distributor's range: janitorial, food-service and office supplies, with their pack sizes and list prices. */
final class DemoCatalog {

    private DemoCatalog() {
    }

    /** One product line of the demo range. */
    record Product(String sku, String name, int eachesPerCase, String listPrice) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("GLV-NIT-S", "Nitrile gloves, small, box of 100", 10, "8.90"),
            new Product("GLV-NIT-M", "Nitrile gloves, medium, box of 100", 10, "8.90"),
            new Product("GLV-NIT-L", "Nitrile gloves, large, box of 100", 10, "8.90"),
            new Product("GLV-NIT-XL", "Nitrile gloves, extra large, box of 100", 10, "9.40"),
            new Product("GLV-VIN-L", "Vinyl gloves, large, box of 100", 10, "5.60"),
            new Product("TWL-KRF-6", "Kraft roll towels, 800 ft, 6 rolls", 1, "41.50"),
            new Product("TWL-MF-200", "Multifold towels, white, 250 sheets", 16, "2.35"),
            new Product("TIS-2PLY-96", "Bath tissue, 2-ply, 500 sheets", 96, "0.79"),
            new Product("TIS-JUMBO-12", "Jumbo roll tissue, 9 in, roll", 12, "4.15"),
            new Product("NAP-DIN-WH", "Dinner napkins, white, pack of 250", 12, "6.20"),
            new Product("LIN-33-BLK", "Trash liners, 33 gal, black, roll of 25", 10, "7.45"),
            new Product("LIN-45-CLR", "Trash liners, 45 gal, clear, roll of 25", 10, "9.10"),
            new Product("LIN-13-WHT", "Kitchen bags, 13 gal, white, roll of 50", 10, "6.35"),
            new Product("CHM-GLS-1G", "Glass cleaner, 1 gallon", 4, "11.80"),
            new Product("CHM-DEG-1G", "Kitchen degreaser, 1 gallon", 4, "16.25"),
            new Product("CHM-DIS-QT", "Disinfectant spray, quart", 12, "6.95"),
            new Product("CHM-FLR-5G", "Neutral floor cleaner, 5 gallons", 1, "48.00"),
            new Product("CHM-HND-1L", "Hand soap, foam, 1 L refill", 6, "12.40"),
            new Product("CHM-SAN-1G", "Hand sanitizer gel, 1 gallon", 4, "24.90"),
            new Product("MOP-WET-24", "Wet mop head, 24 oz, cotton", 12, "7.80"),
            new Product("MOP-HDL-60", "Mop handle, 60 in, fiberglass", 6, "14.60"),
            new Product("BKT-WRG-35", "Mop bucket with wringer, 35 qt", 1, "89.00"),
            new Product("BRM-ANG-12", "Angle broom, 12 in", 12, "9.25"),
            new Product("DST-PAN-12", "Dust pan, 12 in, with lip", 12, "4.40"),
            new Product("CUP-HOT-12", "Hot cups, 12 oz, sleeve of 50", 20, "5.75"),
            new Product("CUP-HOT-16", "Hot cups, 16 oz, sleeve of 50", 20, "6.45"),
            new Product("LID-HOT-1216", "Hot cup lids, 12/16 oz, sleeve of 100", 10, "4.90"),
            new Product("CUP-CLD-20", "Clear cold cups, 20 oz, sleeve of 50", 20, "6.10"),
            new Product("STR-WRP-750", "Wrapped straws, pack of 500", 10, "7.20"),
            new Product("CTL-FRK-1000", "Forks, medium weight, box of 1000", 1, "19.90"),
            new Product("CTL-SPN-1000", "Spoons, medium weight, box of 1000", 1, "19.90"),
            new Product("CTL-KNF-1000", "Knives, medium weight, box of 1000", 1, "21.40"),
            new Product("CTN-CLM-9", "Hinged containers, 9 in, pack of 100", 2, "18.75"),
            new Product("CTN-SOU-16", "Soup containers with lids, 16 oz, pack of 50", 10, "11.30"),
            new Product("FOIL-18-500", "Aluminum foil, 18 in x 500 ft", 1, "32.60"),
            new Product("FILM-18-2000", "Cling film, 18 in x 2000 ft", 1, "27.80"),
            new Product("BAG-PPR-20", "Paper shopping bags, #20, bundle of 250", 1, "38.50"),
            new Product("PPR-CPY-A4", "Copy paper, letter, ream of 500", 10, "6.90"),
            new Product("PEN-BLU-12", "Ballpoint pens, blue, box of 12", 24, "3.80"),
            new Product("LBL-SHP-4X6", "Shipping labels, 4 x 6 in, roll of 250", 12, "9.95"),
            new Product("TAP-PCK-48", "Packing tape, 48 mm x 100 m", 36, "2.65"),
            new Product("BOX-SHP-12", "Shipping box, 12 x 12 x 12 in", 25, "1.45"),
            new Product("BTR-AA-24", "Alkaline batteries AA, pack of 24", 12, "14.20"),
            new Product("BTR-AAA-24", "Alkaline batteries AAA, pack of 24", 12, "14.20"),
            new Product("LMP-LED-A19", "LED bulb A19, 60 W equivalent", 24, "2.10"),
            new Product("FLT-HVAC-20", "HVAC filter, 20 x 20 x 1 in, MERV 8", 12, "5.35"),
            new Product("SAF-VST-L", "Safety vest, high visibility, large", 25, "4.75"),
            new Product("SAF-GLS-CLR", "Safety glasses, clear lens", 12, "2.95"),
            new Product("EAR-PLG-200", "Foam ear plugs, box of 200 pairs", 10, "18.40"),
            new Product("MSK-3PLY-50", "Face masks, 3-ply, box of 50", 20, "4.25"));
}
