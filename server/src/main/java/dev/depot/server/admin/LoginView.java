package dev.depot.server.admin;

/** The sign-in form: the username typed so far, where to go afterwards, and what went wrong or happened. */
public record LoginView(Layout layout, String username, String next, String error, String info) {

    static LoginView empty(String next, String info) {
        return new LoginView(Layout.signedOut("Sign in"), "", next, null, info);
    }

    LoginView withError(String message) {
        return new LoginView(layout, username, next, message, null);
    }

    public String action() {
        return SignInPages.LOGIN;
    }
}
