package org.agreementtracker.agreement;

/**
 * How far a commitment is implemented, on the ordinal scale of the Peace Accords Matrix
 * (0 to 3), plus "no evidence" where nobody can tell.
 */
public enum ImplementationStatus {

    NOT_STARTED(0), MINIMAL(1), INTERMEDIATE(2), FULL(3), NO_EVIDENCE(-1);

    private final int score;

    ImplementationStatus(int score) {
        this.score = score;
    }

    /** 0 to 3; -1 for no evidence, which counts in no average. */
    public int score() {
        return this.score;
    }

}
