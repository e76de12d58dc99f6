package dev.depot.mobile;

import javafx.application.Application;

/**
 * The main class. It must not extend {@link Application}: launched from the classpath, a main
 * class that does fails with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(DepotMobileApp.class, args);
    }
}
