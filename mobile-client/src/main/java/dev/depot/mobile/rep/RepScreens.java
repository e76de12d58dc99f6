package dev.depot.mobile.rep;

import dev.depot.mobile.inbox.EntryOpener;
import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.AppShell;
import dev.depot.mobile.ui.Formats;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.model.commands.PlaceOrder;
import dev.depot.model.views.CustomerView;
import dev.depot.model.views.InboxEntryView;
import dev.depot.model.views.OrderView;
import java.util.Optional;
import java.util.UUID;

/**
 * The field rep's way through the app: home (customers, my orders) → customer → new order → my orders;
 * a customer's contact details → edit; and from the inbox to the order or customer an entry is about.
 */
public final class RepScreens {

    private final DeviceSync sync;
    private final AppShell shell;

    public RepScreens(DeviceSync sync, AppShell shell) {
        this.sync = sync;
        this.shell = shell;
    }

    public Screen home() {
        return new RepHomeScreen(sync, this, RepHomeScreen.Tab.CUSTOMERS);
    }

    void openCustomer(CustomerView customer) {
        shell.open(new CustomerScreen(sync, customer, this));
    }

    void openOrder(UUID orderId) {
        shell.open(new OrderScreen(sync, orderId));
    }

    void openContactEdit(CustomerView customer) {
        shell.open(new ContactEditScreen(sync, customer, this::contactSaved));
    }

    /** Opens the order an inbox entry is about, else its customer, when the device holds it. */
    public EntryOpener inboxLinks() {
        return new EntryOpener() {
            @Override
            public boolean canOpen(InboxEntryView entry) {
                return order(entry).isPresent() || customer(entry).isPresent();
            }

            @Override
            public void open(InboxEntryView entry) {
                order(entry).ifPresentOrElse(order -> openOrder(order.id()),
                        () -> customer(entry).ifPresent(RepScreens.this::openCustomer));
            }
        };
    }

    private Optional<OrderView> order(InboxEntryView entry) {
        UUID id = entry.about().orderId();
        return id == null ? Optional.empty() : sync.localState().replica().find(OrderView.class, OrderView.TYPE, id);
    }

    private Optional<CustomerView> customer(InboxEntryView entry) {
        UUID id = entry.about().customerId();
        return id == null ? Optional.empty() : sync.localState().replica().customer(id);
    }

    private void contactSaved(CustomerView customer) {
        shell.back();
        shell.showNotice("New contact details for " + customer.name() + " are saved on this device and go to the office "
                + "with the next sync.", Tone.SUCCESS);
    }

    void openNewOrder(CustomerView customer) {
        shell.open(new OrderEntryScreen(sync, customer, placed -> orderPlaced(customer, placed)));
    }

    private void orderPlaced(CustomerView customer, PlaceOrder order) {
        shell.openAsHome(new RepHomeScreen(sync, this, RepHomeScreen.Tab.MY_ORDERS));
        shell.showNotice("Order for " + customer.name() + " (" + Formats.money(order.expectedTotal())
                + ") is saved on this device and goes to the office with the next sync.", Tone.SUCCESS);
    }
}
