package dev.depot.mobile.rep;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.views.CustomerView;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The rep's customers from the replica, narrowed as the rep types a name, code or city. */
final class CustomerList extends VBox {

    private static final PseudoClass OVER_LIMIT = PseudoClass.getPseudoClass("over-limit");
    private static final PseudoClass TIGHT = PseudoClass.getPseudoClass("tight");

    private final DeviceSync sync;
    private final TextField search = new TextField();
    private final ListView<CustomerView> list = new ListView<>();
    private List<CustomerView> all = List.of();

    CustomerList(DeviceSync sync, Consumer<CustomerView> chosen) {
        this.sync = sync;
        getStyleClass().add("column");
        search.setId("customer-search");
        search.setPromptText("Search name, code or city");
        search.getStyleClass().add("search-field");
        search.textProperty().addListener((o, was, now) -> filter());
        list.setId("customer-list");
        list.getStyleClass().add("card-list");
        list.setPlaceholder(Widgets.label("No customers on this device yet. They arrive with the first sync.", "hint"));
        list.setCellFactory(view -> new CustomerCell());
        list.setOnMouseClicked(e -> {
            CustomerView customer = list.getSelectionModel().getSelectedItem();
            if (customer != null) {
                list.getSelectionModel().clearSelection();
                chosen.accept(customer);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(search, list);
        refresh();
    }

    void refresh() {
        all = sync.localState().replica().all(CustomerView.class)
                .sorted(Comparator.comparing(CustomerView::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        filter();
    }

    private void filter() {
        String typed = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        list.getItems().setAll(all.stream()
                .filter(c -> typed.isEmpty() || (c.name() + " " + c.code() + " " + c.city()).toLowerCase(Locale.ROOT).contains(typed))
                .toList());
    }

    /** A customer as a tappable card: who, where, and the credit left as of the last sync. */
    private static final class CustomerCell extends ListCell<CustomerView> {
        private final Label name = Widgets.label("", "cell-title");
        private final Label detail = Widgets.label("", "cell-detail");
        private final Label available = Widgets.label("", "cell-figure");
        private final HBox card;

        CustomerCell() {
            Label chevron = Widgets.label("›", "chevron");
            VBox text = new VBox(name, detail);
            VBox figure = new VBox(available, Widgets.label("available", "cell-detail"));
            figure.setAlignment(Pos.CENTER_RIGHT);
            card = new HBox(12, text, Widgets.grow(), figure, chevron);
            card.setAlignment(Pos.CENTER_LEFT);
            card.getStyleClass().add("card");
        }

        @Override
        protected void updateItem(CustomerView customer, boolean empty) {
            super.updateItem(customer, empty);
            if (empty || customer == null) {
                setGraphic(null);
                return;
            }
            name.setText(customer.name());
            detail.setText(customer.code() + " · " + customer.city());
            CreditLeft left = CreditLeft.of(customer);
            available.setText(left.text());
            available.pseudoClassStateChanged(OVER_LIMIT, left.isOverLimit());
            available.pseudoClassStateChanged(TIGHT, left.isTight());
            setGraphic(card);
        }
    }
}
