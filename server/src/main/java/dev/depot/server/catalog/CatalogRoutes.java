package dev.depot.server.catalog;

import dev.depot.model.gs1.Gs1FormatException;
import dev.depot.model.gs1.Gtin;
import dev.depot.model.identity.Role;
import dev.depot.model.views.ItemView;
import dev.depot.server.identity.Access;
import dev.depot.server.platform.JsonBodies;
import dev.depot.server.platform.Paging;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.Transactions;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.EnumSet;
import java.util.List;

/** {@code /api/items}: search the catalog by text, or look an item up by barcode ({@code ?gtin=}). */
public final class CatalogRoutes implements HttpService {

    private final Transactions transactions;
    private final Catalog catalog;

    public CatalogRoutes(Transactions transactions, Catalog catalog) {
        this.transactions = transactions;
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::search);
    }

    private void search(ServerRequest req, ServerResponse res) {
        Access.require(req, EnumSet.allOf(Role.class));
        var gtin = req.query().first("gtin");
        if (gtin.isPresent()) {
            Gtin code = parse(gtin.get());
            JsonBodies.send(res, transactions.inTransaction(em -> catalog.byGtin(em, code).map(Item::view)
                    .orElseThrow(() -> ProblemException.notFound("an item with GTIN " + code))));
            return;
        }
        String text = req.query().first("q").orElse("");
        int offset = Paging.offset(req);
        int limit = Paging.limit(req);
        List<ItemView> items = transactions.inTransaction(em -> catalog.search(em, text, offset, limit).stream().map(Item::view).toList());
        JsonBodies.send(res, items);
    }

    private static Gtin parse(String text) {
        try {
            return Gtin.parse(text);
        } catch (Gs1FormatException e) {
            throw ProblemException.invalid("gtin", e.getMessage());
        }
    }
}
