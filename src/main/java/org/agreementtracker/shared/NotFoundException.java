package org.agreementtracker.shared;

/**
 * Asked for something that does not exist, or that the caller may not see (the same
 * answer).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

}
