package cn.hoist.console.ingest.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * The JDK's regular expressions for the schemas' patterns, each remembering the strings it matched.
 * The same device, check, metric and label names come back in every batch, and matching them again
 * was the largest single cost of validating a batch (the JDK's character classes are slow once a busy
 * JVM has seen many patterns); a remembered string gets the same verdict without it. Only matches are
 * remembered, at most {@value #LIMIT} per pattern, so a flood of new names costs bounded memory.
 */
final class RememberedMatches implements RegularExpressionFactory {

    static final int LIMIT = 10_000;

    @Override
    public RegularExpression getRegularExpression(String regex) {
        RegularExpression pattern = JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
        Set<String> matched = ConcurrentHashMap.newKeySet();
        return value -> {
            if (matched.contains(value)) {
                return true;
            }
            boolean matches = pattern.matches(value);
            if (matches && matched.size() < LIMIT) {
                matched.add(value);
            }
            return matches;
        };
    }
}
