package dev.depot.server.syncapi;

import dev.depot.model.changes.Scope;
import dev.depot.server.identity.Caller;
import dev.depot.server.partners.Partners;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which slices of state a device may receive, derived from its user on every pull: everyone gets the
 * catalog and their own orders; a rep gets each customer they serve, the price lists those
 * customers buy from and the stock of the warehouses that serve them; warehouse staff get their
 * warehouse's tasks and stock. Nothing outside these scopes leaves the server.
 */
final class DeviceScopes {

    private final Partners partners;

    DeviceScopes(Partners partners) {
        this.partners = partners;
    }

    Set<Scope> of(EntityManager em, Caller caller) {
        Set<Scope> scopes = new LinkedHashSet<>();
        scopes.add(Scope.CATALOG);
        scopes.add(Scope.user(caller.userId()));
        switch (caller.role()) {
            case REP -> partners.servedBy(em, caller.userId()).forEach(customer -> {
                scopes.add(Scope.customer(customer.id()));
                scopes.add(Scope.prices(customer.priceList()));
                scopes.add(Scope.stock(customer.homeWarehouseId()));
            });
            case PICKER, RECEIVER, SUPERVISOR -> {
                if (caller.warehouseId() != null) {
                    scopes.add(Scope.warehouse(caller.warehouseId()));
                    scopes.add(Scope.stock(caller.warehouseId()));
                }
            }
            default -> {
                // back-office roles work in the web admin; a device of theirs sees the catalog and their own orders
            }
        }
        return scopes;
    }
}
