package dev.replayharness.dom;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A style sheet as a tree of rules, so that CSSOM changes recorded by index ({@code insertRule},
 * {@code deleteRule}, a declaration set on rule 3 of the {@code @media} block at 7) land where the page put them.
 * rrweb addresses rules by a path of indexes: one number for a top-level rule, more for rules nested in grouping
 * rules. Text is kept as written; only the rules a change touches are re-printed.
 */
final class CssSheet {

    private static final List<String> GROUPING_AT_RULES = List.of("@media", "@supports", "@container", "@layer",
            "@document", "@-moz-document", "@scope", "@starting-style");

    private final List<Rule> rules;

    private CssSheet(List<Rule> rules) {
        this.rules = rules;
    }

    static CssSheet parse(String css) {
        return new CssSheet(parseRules(css == null ? "" : css));
    }

    CssSheet copy() {
        List<Rule> copied = new ArrayList<>(rules.size());
        rules.forEach(rule -> copied.add(rule.copy()));
        return new CssSheet(copied);
    }

    int size() {
        return rules.size();
    }

    /** Inserts a rule at an index path; an index past the end appends, as a clamped {@code insertRule} would. */
    boolean insert(JsonNode index, String ruleText) {
        List<Integer> path = path(index);
        List<Rule> target = path.size() <= 1 ? rules : childrenAt(path.subList(0, path.size() - 1));
        if (target == null) {
            return false;
        }
        int at = path.isEmpty() ? target.size() : Math.max(0, Math.min(path.get(path.size() - 1), target.size()));
        List<Rule> parsed = parseRules(ruleText);
        target.addAll(at, parsed);
        return true;
    }

    boolean remove(JsonNode index) {
        List<Integer> path = path(index);
        if (path.isEmpty()) {
            return false;
        }
        List<Rule> target = path.size() == 1 ? rules : childrenAt(path.subList(0, path.size() - 1));
        int at = path.get(path.size() - 1);
        if (target == null || at < 0 || at >= target.size()) {
            return false;
        }
        target.remove(at);
        return true;
    }

    /** Sets ({@code value} non-null) or removes one declaration of the style rule at the path. */
    boolean declare(JsonNode index, String property, String value, String priority) {
        List<Integer> path = path(index);
        if (path.isEmpty() || property == null) {
            return false;
        }
        List<Rule> target = path.size() == 1 ? rules : childrenAt(path.subList(0, path.size() - 1));
        int at = path.get(path.size() - 1);
        if (target == null || at < 0 || at >= target.size() || target.get(at).body == null
                || target.get(at).children != null) {
            return false;
        }
        Rule rule = target.get(at);
        Map<String, String> declarations = DocumentState.parseStyle(rule.body);
        if (value == null) {
            declarations.remove(property);
        } else {
            declarations.put(property, value + (priority == null || priority.isEmpty() ? "" : " !" + priority));
        }
        StringBuilder body = new StringBuilder();
        declarations.forEach((name, declared) -> body.append(' ').append(name).append(": ").append(declared).append(';'));
        rule.body = body.append(' ').toString();
        return true;
    }

    String text() {
        StringBuilder css = new StringBuilder();
        for (Rule rule : rules) {
            rule.print(css);
            css.append('\n');
        }
        return css.toString();
    }

    private List<Rule> childrenAt(List<Integer> path) {
        List<Rule> level = rules;
        for (int at : path) {
            if (at < 0 || at >= level.size() || level.get(at).children == null) {
                return null;
            }
            level = level.get(at).children;
        }
        return level;
    }

    private static List<Integer> path(JsonNode index) {
        List<Integer> path = new ArrayList<>();
        if (index == null || index.isMissingNode() || index.isNull()) {
            return path;
        }
        if (index.isArray()) {
            index.forEach(step -> path.add(step.asInt()));
        } else {
            path.add(index.asInt());
        }
        return path;
    }

    /** Splits CSS text into top-level rules, descending into grouping rules; comments are dropped. */
    private static List<Rule> parseRules(String css) {
        List<Rule> parsed = new ArrayList<>();
        int position = 0;
        int length = css.length();
        while (position < length) {
            int start = skipSpaceAndComments(css, position);
            if (start >= length) {
                break;
            }
            int end = ruleEnd(css, start);
            String text = css.substring(start, end).trim();
            position = end;
            if (!text.isEmpty()) {
                parsed.add(Rule.of(text));
            }
        }
        return parsed;
    }

    private static int skipSpaceAndComments(String css, int position) {
        while (position < css.length()) {
            if (Character.isWhitespace(css.charAt(position))) {
                position++;
            } else if (css.startsWith("/*", position)) {
                int close = css.indexOf("*/", position + 2);
                position = close < 0 ? css.length() : close + 2;
            } else {
                break;
            }
        }
        return position;
    }

    /** The index just past the rule starting here: after its block's closing brace, or its statement's semicolon. */
    private static int ruleEnd(String css, int start) {
        int depth = 0;
        int position = start;
        while (position < css.length()) {
            char c = css.charAt(position);
            if (c == '"' || c == '\'') {
                position = stringEnd(css, position);
                continue;
            }
            if (css.startsWith("/*", position)) {
                int close = css.indexOf("*/", position + 2);
                position = close < 0 ? css.length() : close + 2;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth <= 0) {
                    return position + 1;
                }
            } else if (c == ';' && depth == 0) {
                return position + 1;
            }
            position++;
        }
        return css.length();
    }

    private static int stringEnd(String css, int open) {
        char quote = css.charAt(open);
        int position = open + 1;
        while (position < css.length()) {
            char c = css.charAt(position);
            if (c == '\\') {
                position += 2;
            } else if (c == quote || c == '\n') {
                return position + 1;
            } else {
                position++;
            }
        }
        return css.length();
    }

    /** One rule: a statement ({@code @import ...;}), a style rule (prelude and body) or a grouping rule. */
    private static final class Rule {
        String prelude;
        String body;
        List<Rule> children;

        static Rule of(String text) {
            Rule rule = new Rule();
            int open = blockOpen(text);
            if (open < 0 || !text.endsWith("}")) {
                rule.prelude = text;
                return rule;
            }
            rule.prelude = text.substring(0, open).trim();
            String inside = text.substring(open + 1, text.length() - 1);
            String keyword = rule.prelude.split("[\\s(]", 2)[0].toLowerCase(Locale.ROOT);
            if (GROUPING_AT_RULES.contains(keyword)) {
                rule.children = parseRules(inside);
            } else {
                rule.body = inside;
            }
            return rule;
        }

        private static int blockOpen(String text) {
            for (int position = 0; position < text.length(); position++) {
                char c = text.charAt(position);
                if (c == '"' || c == '\'') {
                    position = stringEnd(text, position) - 1;
                } else if (c == '{') {
                    return position;
                }
            }
            return -1;
        }

        Rule copy() {
            Rule copy = new Rule();
            copy.prelude = prelude;
            copy.body = body;
            if (children != null) {
                copy.children = new ArrayList<>(children.size());
                children.forEach(child -> copy.children.add(child.copy()));
            }
            return copy;
        }

        void print(StringBuilder css) {
            css.append(prelude);
            if (children != null) {
                css.append(" {\n");
                for (Rule child : children) {
                    child.print(css);
                    css.append('\n');
                }
                css.append('}');
            } else if (body != null) {
                css.append(" {").append(body).append('}');
            }
        }
    }
}
