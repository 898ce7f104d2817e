package cn.hoist.agent.config;

import java.util.Collection;
import java.util.List;

/** "did you mean ...?" for a misspelt key or name. */
public final class Suggestions {

    private Suggestions() {
    }

    public static String didYouMean(String given, Collection<String> known) {
        String lower = given.toLowerCase(java.util.Locale.ROOT);
        List<String> extending = known.stream().filter(k -> k.startsWith(lower) && !lower.isEmpty()).toList();
        if (extending.size() == 1) {
            return " (did you mean '" + extending.get(0) + "'?)";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(given.toLowerCase(java.util.Locale.ROOT), candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(2, given.length() / 4)) {
            return " (did you mean '" + best + "'?)";
        }
        return " (known: " + String.join(", ", known.stream().sorted().toList()) + ")";
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
