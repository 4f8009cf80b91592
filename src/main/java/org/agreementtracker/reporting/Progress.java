package org.agreementtracker.reporting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.agreementtracker.agreement.ImplementationStatus;

/**
 * How far a set of commitments is implemented.
 *
 * @param key what the set is (an agreement id, an area, a party code)
 * @param label its name
 * @param commitments how many commitments
 * @param byStatus how many are at each level
 * @param shareByStatus the share at each level, 0 to 1
 * @param score the weighted score: the mean level (0 to 3) of commitments with evidence,
 * divided by 3, in percent; null when none has evidence
 */
public record Progress(String key, String label, int commitments, Map<ImplementationStatus, Integer> byStatus,
        Map<ImplementationStatus, Double> shareByStatus, Double score) {

    public static Progress of(String key, String label, List<ImplementationStatus> statuses) {
        Map<ImplementationStatus, Integer> counts = new EnumMap<>(ImplementationStatus.class);
        Map<ImplementationStatus, Double> shares = new EnumMap<>(ImplementationStatus.class);
        for (ImplementationStatus status : ImplementationStatus.values()) {
            counts.put(status, 0);
        }
        statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
        int total = statuses.size();
        counts.forEach((status, count) -> shares.put(status, total == 0 ? 0.0 : round((double) count / total)));
        List<ImplementationStatus> scored = statuses.stream().filter(status -> status.score() >= 0).toList();
        Double score = scored.isEmpty() ? null
                : round(100.0 * scored.stream().mapToInt(ImplementationStatus::score).average().orElse(0) / 3.0);
        return new Progress(key, label, total, counts, shares, score);
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

}
