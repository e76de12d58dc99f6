package dev.depot.server.accounting;

import dev.depot.model.identity.Role;
import dev.depot.server.identity.Access;
import dev.depot.server.platform.JsonBodies;
import dev.depot.server.platform.Transactions;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/accounting}: the trial balance. */
public final class AccountingRoutes implements HttpService {

    private final Transactions transactions;
    private final Accounting accounting;

    public AccountingRoutes(Transactions transactions, Accounting accounting) {
        this.transactions = transactions;
        this.accounting = accounting;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/trial-balance", this::trialBalance);
    }

    private void trialBalance(ServerRequest req, ServerResponse res) {
        Access.require(req, Role.ACCOUNTANT, Role.ADMIN);
        JsonBodies.send(res, transactions.inTransaction(accounting::trialBalance));
    }
}
