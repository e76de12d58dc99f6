package dev.depot.mobile.rep;

import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.model.contact.ContactDetails;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Who to ask for and how to reach them, with the rep's unsynced corrections already shown, and the way to correct them. */
final class ContactCard extends VBox {

    private static final String NONE = "—";

    private final Label contactName = new Label();
    private final Label phone = new Label();
    private final Label email = new Label();
    private final MessageLine pending = new MessageLine();

    ContactCard(Runnable edit) {
        getStyleClass().add("card");
        contactName.setId("contact-name");
        phone.setId("contact-phone");
        email.setId("contact-email");
        pending.setId("contact-pending");
        for (Label value : new Label[] {contactName, phone, email}) {
            value.setWrapText(true);
        }
        Button editButton = Widgets.button("Edit contact", edit, "secondary-button");
        editButton.setId("edit-contact");
        editButton.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(Widgets.label("Contact", "card-title"), Widgets.row("Ask for", contactName), Widgets.row("Phone", phone),
                Widgets.row("Email", email), pending, editButton);
    }

    /** Whether the details shown are the office's, or carry a correction of this rep's that waits to sync. */
    enum Source { OFFICE, UNSYNCED_EDIT }

    void show(ContactDetails contact, Source source) {
        contactName.setText(orNone(contact.contactName()));
        phone.setText(orNone(contact.phone()));
        email.setText(orNone(contact.email()));
        if (source == Source.UNSYNCED_EDIT) {
            pending.show("Your correction waits to sync; the office's copy may still differ.", Tone.INFO);
        } else {
            pending.clear();
        }
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }
}
