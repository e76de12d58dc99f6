package dev.depot.model.gs1;

/** A barcode that is not what it claims to be; the message is written for the person scanning. */
public class Gs1FormatException extends IllegalArgumentException {

    public Gs1FormatException(String message) {
        super(message);
    }
}
