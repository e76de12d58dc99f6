package dev.depot.mobile.rep;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.Screen;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The rep's home: two tabs, the customers to visit and the orders taken. */
public final class RepHomeScreen implements Screen {

    /** The two halves of the rep's home. */
    public enum Tab {
        CUSTOMERS("Customers"),
        MY_ORDERS("My orders");

        private final String title;

        Tab(String title) {
            this.title = title;
        }
    }

    private final BorderPane view = new BorderPane();
    private final CustomerList customers;
    private final MyOrders orders;
    private final ToggleGroup tabs = new ToggleGroup();

    RepHomeScreen(DeviceSync sync, RepScreens screens, Tab initial) {
        this.customers = new CustomerList(sync, screens::openCustomer);
        this.orders = new MyOrders(sync, screens::openOrder);
        HBox tabBar = new HBox(tab(Tab.CUSTOMERS), tab(Tab.MY_ORDERS));
        tabBar.getStyleClass().add("tab-bar");
        tabBar.setAlignment(Pos.CENTER);
        view.setTop(tabBar);
        tabs.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one tab is always chosen
            } else {
                show((Tab) now.getUserData());
            }
        });
        tabs.getToggles().stream().filter(t -> t.getUserData() == initial).findFirst().ifPresent(t -> t.setSelected(true));
    }

    private ToggleButton tab(Tab tab) {
        ToggleButton button = new ToggleButton(tab.title);
        button.setId("tab-" + tab.name().toLowerCase().replace('_', '-'));
        button.getStyleClass().add("tab-button");
        button.setUserData(tab);
        button.setToggleGroup(tabs);
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        return button;
    }

    private void show(Tab tab) {
        if (tab == Tab.CUSTOMERS) {
            customers.refresh();
            view.setCenter(customers);
        } else {
            orders.refresh();
            view.setCenter(orders);
        }
    }

    @Override
    public String title() {
        return "Field sales";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void refresh() {
        customers.refresh();
        orders.refresh();
    }
}
