package dev.replayharness.dom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSS selector subset journeys need: tags, {@code #id}, {@code .class}, {@code [attr]},
 * {@code [attr=value]} (quoted or not), {@code :nth-of-type(n)}, joined by descendant (space) and child
 * ({@code >}) combinators. Anything else is refused with a message naming it.
 */
final class Selector {

    private static final Pattern PART = Pattern.compile(
            "([a-zA-Z][a-zA-Z0-9-]*|\\*)|#([\\w-]+)|\\.([\\w-]+)|\\[([\\w:-]+)(?:=(?:\"([^\"]*)\"|'([^']*)'|([^\\]]*)))?\\]"
                    + "|:nth-of-type\\((\\d+)\\)");

    /** One compound selector and the combinator that links it to the one before ({@code ' '} or {@code '>'}). */
    private record Compound(char combinator, String tag, List<String[]> attributes, int nthOfType) {
    }

    private final List<Compound> compounds;

    private Selector(List<Compound> compounds) {
        this.compounds = compounds;
    }

    static Selector parse(String css) {
        List<Compound> compounds = new ArrayList<>();
        String text = css.trim().replaceAll("\\s*>\\s*", " > ").replaceAll("\\s+", " ");
        char combinator = ' ';
        for (String token : text.split(" ")) {
            if (token.equals(">")) {
                combinator = '>';
                continue;
            }
            compounds.add(compound(token, combinator, css));
            combinator = ' ';
        }
        if (compounds.isEmpty()) {
            throw new IllegalArgumentException("empty selector");
        }
        return new Selector(compounds);
    }

    private static Compound compound(String token, char combinator, String css) {
        Matcher matcher = PART.matcher(token);
        String tag = null;
        List<String[]> attributes = new ArrayList<>();
        int nth = 0;
        int at = 0;
        while (at < token.length()) {
            if (!matcher.find(at) || matcher.start() != at) {
                throw new IllegalArgumentException("unsupported selector syntax at \"" + token.substring(at) + "\" in \""
                        + css + "\": use tags, #id, .class, [attr], [attr=value], :nth-of-type(n), ' ' and '>'");
            }
            if (matcher.group(1) != null) {
                tag = matcher.group(1).equals("*") ? null : matcher.group(1).toLowerCase(Locale.ROOT);
            } else if (matcher.group(2) != null) {
                attributes.add(new String[] {"id", matcher.group(2)});
            } else if (matcher.group(3) != null) {
                attributes.add(new String[] {"class~", matcher.group(3)});
            } else if (matcher.group(4) != null) {
                String value = matcher.group(5) != null ? matcher.group(5)
                        : matcher.group(6) != null ? matcher.group(6) : matcher.group(7);
                attributes.add(new String[] {matcher.group(4), value});
            } else {
                nth = Integer.parseInt(matcher.group(8));
            }
            at = matcher.end();
        }
        return new Compound(combinator, tag, attributes, nth);
    }

    boolean matches(MirrorNode node) {
        return matches(node, compounds.size() - 1);
    }

    private boolean matches(MirrorNode node, int index) {
        Compound compound = compounds.get(index);
        if (!matchesCompound(node, compound)) {
            return false;
        }
        if (index == 0) {
            return true;
        }
        if (compound.combinator() == '>') {
            return node.parent != null && matches(node.parent, index - 1);
        }
        for (MirrorNode ancestor = node.parent; ancestor != null; ancestor = ancestor.parent) {
            if (matches(ancestor, index - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesCompound(MirrorNode node, Compound compound) {
        if (!node.isElement() || (compound.tag() != null && !compound.tag().equalsIgnoreCase(node.tagName))) {
            return false;
        }
        for (String[] attribute : compound.attributes()) {
            if (attribute[0].equals("class~")) {
                String classes = node.attributes.get("class");
                if (classes == null || !List.of(classes.trim().split("\\s+")).contains(attribute[1])) {
                    return false;
                }
            } else {
                String value = node.attributes.get(attribute[0]);
                if (value == null || (attribute[1] != null && !attribute[1].equals(value))) {
                    return false;
                }
            }
        }
        return compound.nthOfType() == 0 || nthOfType(node) == compound.nthOfType();
    }

    private static int nthOfType(MirrorNode node) {
        if (node.parent == null) {
            return 1;
        }
        int n = 0;
        for (MirrorNode sibling : node.parent.children) {
            if (sibling.isElement() && sibling.tagName.equalsIgnoreCase(node.tagName)) {
                n++;
            }
            if (sibling == node) {
                return n;
            }
        }
        return n;
    }
}
