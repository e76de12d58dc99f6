package dev.depot.model.contact;

import java.util.UUID;

/**
 * A place a customer takes deliveries at. An order goes to the customer's default ship-to unless
 * the rep chooses another of the customer's; the order keeps the address as it was when placed.
 */
public record ShipTo(UUID id, String name, String street, String postalCode, String city, String country, boolean isDefault) {

    /** The address on one line, as a packing slip or an order list shows it. */
    public String oneLine() {
        return name + ", " + street + ", " + postalCode + " " + city + ", " + country;
    }
}
