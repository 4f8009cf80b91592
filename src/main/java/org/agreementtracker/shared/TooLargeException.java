package org.agreementtracker.shared;

/** Sent more than we accept: answered 413 with what the limit is. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }

}
