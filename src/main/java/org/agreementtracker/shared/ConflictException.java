package org.agreementtracker.shared;

import java.util.List;

/** A request that conflicts with what is stored: answered 409 with each conflict. */
public class ConflictException extends RuntimeException {

    private final List<String> conflicts;

    public ConflictException(String message, List<String> conflicts) {
        super(message);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<String> conflicts() {
        return this.conflicts;
    }

}
