package dev.depot.mobile.rep;

import dev.depot.mobile.sync.DeviceSync;
import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.changes.EntityKey;
import dev.depot.model.commands.UpdateCustomerContact;
import dev.depot.model.contact.ContactChanges;
import dev.depot.model.contact.ContactDetails;
import dev.depot.model.contact.ContactField;
import dev.depot.model.views.CustomerView;
import dev.depot.sync.client.InvalidCommandException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Correcting a customer's contact details, offline too. Only the fields the rep changed are sent,
 * with the customer's version the device holds, so the office can merge them field by field.
 */
final class ContactEditScreen implements Screen {

    private final DeviceSync sync;
    private final CustomerView customer;
    private final Consumer<CustomerView> saved;
    private final Map<ContactField, TextField> fields = new EnumMap<>(ContactField.class);
    private final MessageLine message = new MessageLine();
    private final BorderPane view = new BorderPane();

    ContactEditScreen(DeviceSync sync, CustomerView customer, Consumer<CustomerView> saved) {
        this.sync = sync;
        this.customer = customer;
        this.saved = saved;
        message.setId("contact-message");
        VBox form = Widgets.column(Widgets.label(customer.name(), "screen-heading"),
                Widgets.label("Correct what changed; the office merges it field by field.", "screen-subheading"));
        for (ContactField field : ContactField.values()) {
            TextField input = new TextField(Optional.ofNullable(customer.contact().value(field)).orElse(""));
            input.setId("contact-" + field.wireName());
            input.getStyleClass().add("text-field");
            fields.put(field, input);
            form.getChildren().addAll(Widgets.label(field.title(), "field-label"), input);
        }
        form.getChildren().add(message);
        Button save = Widgets.primaryButton("Save", this::save);
        save.setId("save-contact");
        VBox footer = new VBox(save);
        footer.getStyleClass().add("footer");
        view.setCenter(form);
        view.setBottom(footer);
    }

    private void save() {
        Optional<String> problem = firstProblem();
        if (problem.isPresent()) {
            message.show(problem.get(), Tone.ERROR);
            return;
        }
        ContactChanges changes = ContactChanges.between(customer.contact(), entered());
        if (changes.changesNothing()) {
            message.show("Nothing changed.", Tone.INFO);
            return;
        }
        EntityKey key = new EntityKey(CustomerView.TYPE, customer.id());
        try {
            sync.record(new UpdateCustomerContact(customer.id(), changes, sync.baseVersion(key).orElse(0L)), Set.of(key));
        } catch (InvalidCommandException e) {
            message.show("This cannot be saved: " + e.getMessage(), Tone.ERROR);
            return;
        }
        saved.accept(customer);
    }

    private ContactDetails entered() {
        ContactDetails details = ContactDetails.NONE;
        for (Map.Entry<ContactField, TextField> field : fields.entrySet()) {
            details = details.with(field.getKey(), field.getValue().getText());
        }
        return details;
    }

    /** The first field that cannot be kept, said as a sentence: "Email is not an email address like …". */
    private Optional<String> firstProblem() {
        for (Map.Entry<ContactField, TextField> field : fields.entrySet()) {
            Optional<String> problem = field.getKey().problemWith(field.getValue().getText());
            if (problem.isPresent()) {
                field.getValue().requestFocus();
                return Optional.of(field.getKey().title() + " " + problem.get());
            }
        }
        return Optional.empty();
    }

    @Override
    public String title() {
        return "Edit contact";
    }

    @Override
    public Node view() {
        return view;
    }
}
