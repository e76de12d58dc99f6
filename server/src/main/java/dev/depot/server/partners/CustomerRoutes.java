package dev.depot.server.partners;

import dev.depot.model.contact.ContactChanges;
import dev.depot.model.identity.Role;
import dev.depot.model.views.CustomerView;
import dev.depot.server.identity.Access;
import dev.depot.server.identity.Caller;
import dev.depot.server.platform.Ids;
import dev.depot.server.platform.JsonBodies;
import dev.depot.server.platform.Paging;
import dev.depot.server.platform.Transactions;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code /api/customers}: customers with their credit picture, and their contact details, for the back office. */
public final class CustomerRoutes implements HttpService {

    /** Who keeps master data in the office. */
    public static final Set<Role> MASTER_DATA = EnumSet.of(Role.ORDER_DESK, Role.ADMIN);

    private final Transactions transactions;
    private final Partners partners;
    private final ChangeCustomerContact changeContact;

    public CustomerRoutes(Transactions transactions, Partners partners, ChangeCustomerContact changeContact) {
        this.transactions = transactions;
        this.partners = partners;
        this.changeContact = changeContact;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/{id}/contact", this::changeContact);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Access.require(req, EnumSet.of(Role.ORDER_DESK, Role.ACCOUNTANT, Role.SUPERVISOR, Role.ADMIN));
        int offset = Paging.offset(req);
        int limit = Paging.limit(req);
        List<CustomerView> customers = transactions.inTransaction(em ->
                partners.page(em, offset, limit).stream().map(Customer::view).toList());
        JsonBodies.send(res, customers);
    }

    /** Sets the fields the body names ({@code phone}, {@code email}, {@code contactName}); an empty text clears one. */
    private void changeContact(ServerRequest req, ServerResponse res) {
        Caller caller = Access.require(req, MASTER_DATA);
        UUID id = Ids.fromPath(req, "id", "customer");
        ContactChanges changes = JsonBodies.read(req, ContactChanges.class);
        JsonBodies.send(res, transactions.inTransaction(em -> changeContact.change(em, id, changes, caller.actor()).view()));
    }
}
