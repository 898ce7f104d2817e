package cn.hoist.console.runbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must stay the same between a runbook and its translation, read from its Markdown: the
 * heading structure, the fenced code blocks (commands), the inline code (paths, config keys, metric
 * names, event kinds) and the other runbooks it links.
 */
record RunbookText(List<String> headings, List<String> codeBlocks, Set<String> inlineCode, List<String> links) {

    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+\\S.*");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    /** Headings as their level only ("#", "##"): the text is translated, the structure is not. */
    static RunbookText parse(String markdown) {
        List<String> headings = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        StringBuilder block = null;
        int indent = 0;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String stripped = line.strip();
            if (block == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                block = new StringBuilder();
                indent = line.indexOf(stripped.charAt(0));
            } else if (block != null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                // the block's own indentation (inside a list item) is layout, not part of the command
                block.append(line.length() >= indent && line.substring(0, indent).isBlank()
                        ? line.substring(indent) : line.strip()).append('\n');
            } else {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    headings.add(heading.group(1));
                }
                prose.append(line).append('\n');
            }
        }
        if (block != null) {
            throw new IllegalArgumentException("a code block is not closed");
        }
        Set<String> inline = new LinkedHashSet<>();
        Matcher code = INLINE_CODE.matcher(prose);
        while (code.find()) {
            inline.add(code.group(1).replaceAll("\\s+", " ").strip());
        }
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(prose);
        while (link.find()) {
            links.add(link.group(1));
        }
        return new RunbookText(List.copyOf(headings), List.copyOf(blocks), inline, List.copyOf(links));
    }
}
