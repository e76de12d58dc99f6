package dev.depot.server.partners;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.changes.Scope;
import dev.depot.model.contact.ContactField;
import dev.depot.model.contact.ShipTo;
import dev.depot.model.ids.UuidV7;
import dev.depot.model.money.Money;
import dev.depot.model.pricing.TaxRate;
import dev.depot.server.platform.ChangeLog;
import dev.depot.server.platform.ProblemException;
import dev.depot.model.views.CustomerView;
import dev.depot.server.platform.SnapshotPage;
import dev.depot.server.platform.SnapshotSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The partners capability: customers, who serves them, how to reach them, and their credit exposure. */
public final class Partners implements SnapshotSource {

    private final ChangeLog changes;
    private final Clock clock;

    public Partners(ChangeLog changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    public Customer addCustomer(EntityManager em, NewCustomer c) {
        if (em.createQuery("select count(c) from Customer c where c.code = :code", Long.class)
                .setParameter("code", c.code()).getSingleResult() > 0) {
            throw ProblemException.invalid("code", "customer code " + c.code() + " is taken");
        }
        Customer customer = new Customer(UuidV7.next(), c.code(), c.name(), c.city(), c.priceList(), c.taxRate(), c.creditLimit(),
                c.repUserId(), c.homeWarehouseId());
        em.persist(customer);
        publish(em, customer);
        return customer;
    }

    public Optional<Customer> byId(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    /**
     * The customer, locked until the transaction ends: two orders for one customer are credit-checked
     * one after the other, so together they cannot slip past the limit.
     */
    public Optional<Customer> lockForCreditCheck(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The customer, locked until the transaction ends: one change of its details at a time. */
    Optional<Customer> lock(EntityManager em, UUID id) {
        return lockForCreditCheck(em, id);
    }

    public List<Customer> servedBy(EntityManager em, UUID repUserId) {
        return em.createQuery("select c from Customer c where c.repUserId = :rep order by c.name", Customer.class)
                .setParameter("rep", repUserId).getResultList();
    }

    public List<Customer> page(EntityManager em, int offset, int limit) {
        return em.createQuery("select c from Customer c order by c.name", Customer.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Adds a delivery address to the customer (a new default replaces the old one); the rep's devices get it with the customer. */
    public ShipTo addShipTo(EntityManager em, Customer customer, NewShipTo address) {
        em.lock(customer, LockModeType.PESSIMISTIC_FORCE_INCREMENT); // one change at a time, under a new version for the devices
        ShipTo shipTo = new ShipTo(UuidV7.next(), address.name(), address.street(), address.postalCode(), address.city(),
                address.country(), address.isDefault() || customer.shipTos().isEmpty());
        customer.addShipTo(shipTo);
        publish(em, customer);
        return shipTo;
    }

    /** Open orders grew (a new order) or shrank (invoiced, cancelled) by {@code amount}. */
    public void changeOpenOrders(EntityManager em, Customer customer, Money amount) {
        customer.addToOpenOrders(amount);
        publish(em, customer);
    }

    /** Open receivables grew (an invoice) or shrank (a payment, a credit memo) by {@code amount}. */
    public void changeOpenReceivables(EntityManager em, Customer customer, Money amount) {
        customer.addToOpenReceivables(amount);
        publish(em, customer);
    }

    /**
     * Sets contact fields (a null value clears one) and keeps each change at the version it makes, by
     * whom: merging a later edit from a device reads that history.
     */
    void changeContact(EntityManager em, Customer customer, Map<ContactField, String> values, UUID changedBy) {
        if (values.isEmpty()) {
            return;
        }
        values.forEach(customer::changeContact);
        em.flush();
        values.forEach((field, value) -> em.persist(new ContactChange(UuidV7.next(), customer.id(), field,
                customer.contact().value(field), customer.version(), changedBy, clock.instant())));
        publish(em, customer);
    }

    /** Every change to the customer's contact fields, oldest first. */
    List<ContactChange> contactHistory(EntityManager em, UUID customerId) {
        return em.createQuery("select c from ContactChange c where c.customerId = :customer order by c.version, c.changedAt",
                        ContactChange.class)
                .setParameter("customer", customerId).getResultList();
    }

    private void publish(EntityManager em, Customer customer) {
        em.flush();
        changes.publish(em, customer.view(), customer.version(), List.of(Scope.customer(customer.id())));
    }

    @Override
    public String entityType() {
        return CustomerView.TYPE;
    }

    @Override
    public List<ChangeEntry> page(EntityManager em, Scope scope, SnapshotPage page) {
        if (!scope.kind().equals("customer")) {
            return List.of();
        }
        return page.upserts(em.createQuery("select c from Customer c where c.id = :customer and c.id > :after order by c.id",
                        Customer.class).setParameter("customer", scope.id()),
                scope, Customer::view, Customer::version);
    }

    /** What it takes to add a delivery address; the first one a customer gets is its default. */
    public record NewShipTo(String name, String street, String postalCode, String city, String country, boolean isDefault) {
    }

    /** What it takes to add a customer. */
    /** The carrier that takes the customer's orders from now on (null: none); orders already placed keep theirs. */
    public void shipWith(Customer customer, String carrierCode) {
        customer.shipWith(carrierCode);
    }

    public record NewCustomer(String code, String name, String city, String priceList, TaxRate taxRate, Money creditLimit,
                              UUID repUserId, UUID homeWarehouseId) {
    }
}
