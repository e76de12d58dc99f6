package dev.depot.mobile.signin;

import dev.depot.mobile.ui.MessageLine;
import dev.depot.mobile.ui.Screen;
import dev.depot.mobile.ui.Tone;
import dev.depot.mobile.ui.Widgets;
import dev.depot.sync.client.SyncRefusedException;
import dev.depot.sync.client.SyncUnavailableException;
import dev.depot.sync.protocol.DeviceRegistration;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * First start, or after sign-out: which server, who. Signing in needs the server once; after that
 * the device opens straight into the person's work, online or not.
 */
public final class SignInScreen implements Screen {

    private final SignIn signIn;
    private final Consumer<DeviceRegistration> signedIn;
    private final ScrollPane view;
    private final TextField server = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final MessageLine message = new MessageLine();
    private final Button submit = Widgets.primaryButton("Sign in", this::submit);

    /**
     * @param signedIn called on the UI thread once the device is registered
     */
    public SignInScreen(SignIn signIn, URI serverAddress, Consumer<DeviceRegistration> signedIn) {
        this.signIn = signIn;
        this.signedIn = signedIn;
        server.setId("server-address");
        server.setText(serverAddress.toString());
        username.setId("username");
        username.setPromptText("Username");
        password.setId("password");
        password.setPromptText("Password");
        password.setOnAction(e -> submit());
        message.setId("sign-in-message");
        submit.setId("sign-in");
        VBox form = Widgets.column(
                Widgets.label("Depot", "brand"),
                Widgets.label("Sign in once on this device. Your work then stays on it, also offline.", "screen-subheading"),
                Widgets.label("Server", "field-label"), server,
                Widgets.label("Username", "field-label"), username,
                Widgets.label("Password", "field-label"), password,
                message, submit);
        form.getStyleClass().add("sign-in");
        view = new ScrollPane(form);
        view.setFitToWidth(true);
    }

    @Override
    public String title() {
        return "Sign in";
    }

    @Override
    public Node view() {
        return view;
    }

    private void submit() {
        Optional<URI> address = address();
        if (address.isEmpty()) {
            message.show("Enter the server address, like http://depot.example.com:8080", Tone.ERROR);
            return;
        }
        if (username.getText().isBlank() || password.getText().isEmpty()) {
            message.show("Enter your username and password", Tone.ERROR);
            return;
        }
        URI target = address.get();
        String user = username.getText().strip();
        String secret = password.getText();
        submit.setDisable(true);
        message.show("Signing in…", Tone.INFO);
        Thread worker = new Thread(() -> register(target, user, secret), "depot-sign-in");
        worker.setDaemon(true);
        worker.start();
    }

    private void register(URI target, String user, String secret) {
        try {
            DeviceRegistration registration = signIn.signIn(target, user, secret);
            Platform.runLater(() -> signedIn.accept(registration));
        } catch (SyncUnavailableException e) {
            failed("Cannot reach the server at " + target + ". Check the address and the network, then try again.");
        } catch (SyncRefusedException e) {
            failed(e.isUnauthorized() ? "The server refused the sign-in: " + e.getMessage() : e.getMessage());
        } catch (RuntimeException e) {
            failed("Sign-in failed: " + e.getMessage());
        }
    }

    private void failed(String text) {
        Platform.runLater(() -> {
            message.show(text, Tone.ERROR);
            submit.setDisable(false);
        });
    }

    private Optional<URI> address() {
        try {
            URI uri = URI.create(server.getText().strip());
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
