package dev.depot.server.partners;

import dev.depot.model.contact.ShipTo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One of a customer's delivery addresses, as the customer keeps it (see {@link Customer#shipTos()}). */
@Entity
@Table(name = "customer_ship_to")
public class ShipToAddress {

    @Id
    private UUID id;
    @Column(name = "customer_id")
    private UUID customerId;
    private int position;
    private String name;
    private String street;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    private String country;
    @Column(name = "is_default")
    private boolean isDefault;

    protected ShipToAddress() {
    }

    ShipToAddress(UUID customerId, int position, ShipTo shipTo) {
        this.id = shipTo.id();
        this.customerId = customerId;
        this.position = position;
        this.name = shipTo.name();
        this.street = shipTo.street();
        this.postalCode = shipTo.postalCode();
        this.city = shipTo.city();
        this.country = shipTo.country();
        this.isDefault = shipTo.isDefault();
    }

    /** Another ship-to became the customer's default. */
    void notDefault() {
        isDefault = false;
    }

    ShipTo view() {
        return new ShipTo(id, name, street, postalCode, city, country, isDefault);
    }
}
