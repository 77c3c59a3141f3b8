package org.policymonitor.ingest.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The elements an HTML parser holds open at a point of a document, as the HTML standard's tree builder keeps them
 * (its stack of open elements and its list of active formatting elements, "in body" and the table modes), reduced to
 * what decides how deep the tree grows. It models the end tags HTML implies — a {@code <li>} closes the open
 * {@code li} and all left open in it, a block closes an open {@code p}, a cell or row the previous one, an end tag
 * what was opened inside its element — and what it reopens: formatting elements ({@code b}, {@code font}…) popped
 * that way are pushed again before the next text ("reconstructed"), at most three alike.
 * <p>
 * Where the model is unsure it keeps elements open rather than close them, so its depth is never below the depth
 * jsoup builds (the bound {@link HtmlNesting} protects): misnested formatting end tags are reduced to one step of the
 * adoption agency, template and foreign content are read as ordinary elements, a table start never closes a
 * {@code p} (as in quirks mode, what a page without a doctype is). In a select only options and groups are opened, as
 * HTML's "in select" mode does.
 */
final class OpenElements {

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image");
    /** Never pushed: the document's own elements, merged into the one that exists. */
    private static final Set<String> DOCUMENT = Set.of("html", "head", "body", "frameset");
    /** The standard's "special" category: a parser does not look past them for the element an end tag closes. */
    private static final Set<String> SPECIAL = Set.of("address", "applet", "area", "article", "aside", "base",
            "basefont", "bgsound", "blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd",
            "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form",
            "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
            "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
            "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search",
            "section", "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea",
            "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp", "mi", "mo", "mn", "ms", "mtext",
            "annotation-xml", "foreignobject", "desc");
    /** Where "has an element in scope" stops looking. */
    private static final Set<String> SCOPE = Set.of("applet", "caption", "html", "table", "td", "th", "marquee",
            "object", "template", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc");
    private static final Set<String> BUTTON_SCOPE = union(SCOPE, Set.of("button"));
    private static final Set<String> LIST_ITEM_SCOPE = union(SCOPE, Set.of("ol", "ul"));
    private static final Set<String> TABLE_SCOPE = Set.of("html", "table", "template");
    /** Start tags that close an open {@code p} (not {@code table}: in quirks mode it does not). */
    private static final Set<String> CLOSE_P = Set.of("address", "article", "aside", "blockquote", "center",
            "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
            "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "listing", "form", "plaintext", "hr", "xmp", "li", "dd", "dt");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** End tags that close their element when it is in scope, with all left open in it. */
    private static final Set<String> BLOCK_END = union(CLOSE_P, Set.of("button", "applet", "marquee", "object",
            "select", "template"));
    private static final Set<String> FORMATTING = Set.of("a", "b", "big", "code", "em", "font", "i", "nobr", "s",
            "small", "strike", "strong", "tt", "u");
    /** Elements that put a marker in the list of formatting elements: what is opened inside is not reopened outside. */
    private static final Set<String> MARKERS = Set.of("applet", "marquee", "object", "td", "th", "caption",
            "template");
    private static final Set<String> TABLE_PARTS = Set.of("table", "caption", "colgroup", "tbody", "thead", "tfoot",
            "tr", "td", "th");
    private static final Set<String> SECTIONS = Set.of("tbody", "thead", "tfoot");
    private static final Set<String> RUBY_TEXT = Set.of("rb", "rp", "rt", "rtc");
    private static final Set<String> LI = Set.of("li");
    private static final Set<String> DESCRIPTION = Set.of("dd", "dt");
    private static final Set<String> TABLE = Set.of("table");
    private static final Set<String> ROW = Set.of("tr");
    private static final Set<String> SELECT = Set.of("select");
    private static final Set<String> NONE = Set.of();
    private static final Object MARKER = new Object();
    /** jsoup reopens no more than the last 12 formatting elements (the standard has no limit). */
    private static final int JSOUP_REOPENS_AT_MOST = 12;

    /** An open element: its name, and for formatting elements what tells alike ones apart. */
    private static final class Open {
        final String name;
        final String attributes;
        boolean onStack;

        Open(String name, String attributes) {
            this.name = name;
            this.attributes = attributes;
        }

        boolean like(Open other) {
            return name.equals(other.name) && Objects.equals(attributes, other.attributes);
        }
    }

    private final List<Open> stack = new ArrayList<>();
    private final List<Object> formatting = new ArrayList<>();

    /** Whether alike start tags are told apart by their attributes (the only elements whose attributes matter here). */
    static boolean formatting(String name) {
        return FORMATTING.contains(name);
    }

    /** How many elements are open below {@code body}. */
    int depth() {
        return stack.size();
    }

    /** Text between tags: formatting elements closed implicitly are reopened to hold it (not in a select). */
    void text() {
        if (!inSelect()) {
            reconstruct();
        }
    }

    void startTag(String name, String attributes, boolean selfClosed) {
        if (DOCUMENT.contains(name) || inSelect() && !selectStartTag(name)) {
            return;
        }
        if (CLOSE_P.contains(name)) {
            closeInScope("p", BUTTON_SCOPE);
        }
        if (TABLE_PARTS.contains(name)) {
            tablePart(name);
            return;
        }
        switch (name) {
            case "li" -> closeListItem(LI);
            case "dd", "dt" -> closeListItem(DESCRIPTION);
            case "option", "optgroup" -> {
                if (current("option")) {
                    pop();
                }
            }
            case "rb", "rtc", "rp", "rt" -> {
                if (inScope("ruby", SCOPE) >= 0) {
                    while (!stack.isEmpty() && RUBY_TEXT.contains(top().name)
                            && !(top().name.equals("rtc") && (name.equals("rp") || name.equals("rt")))) {
                        pop();
                    }
                }
            }
            case "button" -> closeInScope("button", SCOPE);
            case "a" -> {
                Open open = lastFormatting("a");
                if (open != null) {
                    adopt(open);
                    formatting.remove(open);
                    if (open.onStack) {
                        stack.remove(open);
                        open.onStack = false;
                    }
                }
            }
            case "nobr" -> {
                reconstruct();
                Open open = lastFormatting("nobr");
                if (open != null && open.onStack && inScope(open, SCOPE)) {
                    adopt(open);
                }
            }
            default -> {
                if (HEADINGS.contains(name) && !stack.isEmpty() && HEADINGS.contains(top().name)) {
                    pop();
                }
            }
        }
        if (!CLOSE_P.contains(name)) {
            reconstruct();
        }
        if (VOID.contains(name) || selfClosed && inForeignContent()) {
            return;
        }
        Open element = new Open(name, FORMATTING.contains(name) ? attributes : null);
        push(element);
        if (FORMATTING.contains(name)) {
            addFormatting(element);
        } else if (MARKERS.contains(name)) {
            formatting.add(MARKER);
        }
    }

    void endTag(String name) {
        if (DOCUMENT.contains(name) || VOID.contains(name) || inSelect() && !selectEndTag(name)) {
            return;
        }
        if (name.equals("p")) {
            closeInScope("p", BUTTON_SCOPE);
        } else if (name.equals("li")) {
            closeInScope("li", LIST_ITEM_SCOPE);
        } else if (HEADINGS.contains(name)) {
            int at = deepest(HEADINGS, SCOPE);
            if (at >= 0) {
                popTo(at);
            }
        } else if (name.equals("form")) {
            // HTML takes a form out of the stack, leaving open what was opened in it; jsoup leaves it too
            if (!stack.isEmpty() && top().name.equals("form")) {
                pop();
            }
        } else if (TABLE_PARTS.contains(name)) {
            closeInScope(name, TABLE_SCOPE);
        } else if (BLOCK_END.contains(name)) {
            closeInScope(name, SCOPE);
        } else if (FORMATTING.contains(name) && lastFormatting(name) != null) {
            Open open = lastFormatting(name);
            if (!open.onStack) {
                formatting.remove(open);
            } else if (inScope(open, SCOPE)) {
                adopt(open);
            }
        } else {
            // any other end tag: the nearest element of that name, unless a special element comes first
            for (int i = stack.size() - 1; i >= 0; i--) {
                String open = stack.get(i).name;
                if (open.equals(name)) {
                    popTo(i);
                    return;
                }
                if (SPECIAL.contains(open)) {
                    return;
                }
            }
        }
    }

    /**
     * Whether the parser is "in select": a {@code select} open with only its options and groups opened inside it. There
     * only options and groups are opened; every other start tag ({@code <b>}, {@code <span>}…) is dropped, and text
     * reopens no formatting element — a long list of options each with a {@code <b>} nests no deeper than the select.
     */
    private boolean inSelect() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            String open = stack.get(i).name;
            if (open.equals("select")) {
                return true;
            }
            if (!open.equals("option") && !open.equals("optgroup")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A start tag in a select: an option or group closes the open option (and group); a nested {@code select} closes
     * the select; {@code input}, {@code keygen}, {@code textarea} — and in a table its parts — close it and are read as
     * outside it. Others are dropped.
     *
     * @return whether the tag is still to be read as outside a select
     */
    private boolean selectStartTag(String name) {
        int select = deepest(SELECT, NONE);
        switch (name) {
            case "option" -> {
                popIf("option");
                push(new Open(name, null));
            }
            case "optgroup" -> {
                popIf("option");
                popIf("optgroup");
                push(new Open(name, null));
            }
            case "select" -> popTo(select);
            case "input", "keygen", "textarea" -> {
                popTo(select);
                return true;
            }
            case "script" -> push(new Open(name, null)); // its end tag closes it (raw text: nothing in between)
            case "template" -> {
                return true; // what is in it is read as outside a select: never shallower than HTML reads it
            }
            default -> {
                if (TABLE_PARTS.contains(name) && deepest(TABLE, NONE) >= 0) {
                    popTo(select);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An end tag in a select: it closes the option, group or select it names; in a table, a table part's end tag
     * closes the select and is read as outside it. Others are dropped.
     *
     * @return whether the tag is still to be read as outside a select
     */
    private boolean selectEndTag(String name) {
        switch (name) {
            case "option" -> popIf("option");
            case "optgroup" -> {
                if (current("option") && stack.size() > 1 && stack.get(stack.size() - 2).name.equals("optgroup")) {
                    pop();
                }
                popIf("optgroup");
            }
            case "select" -> popTo(deepest(SELECT, NONE));
            case "template" -> {
                return true;
            }
            default -> {
                if (TABLE_PARTS.contains(name) && inScope(name, TABLE_SCOPE) >= 0) {
                    popTo(deepest(SELECT, NONE));
                    return true;
                }
            }
        }
        return false;
    }

    private void popIf(String name) {
        if (current(name)) {
            pop();
        }
    }

    /** A table part's start tag: it closes the cell, row or section it ends, and opens those it implies. */
    private void tablePart(String name) {
        int at = deepest(TABLE_PARTS, NONE);
        if (at < 0) {
            if (name.equals("table")) {
                reconstruct();
                push(new Open(name, null));
            }
            return; // a cell, row or section outside any table is left out
        }
        String context = stack.get(at).name;
        if (name.equals("table")) {
            if (context.equals("td") || context.equals("th") || context.equals("caption")) {
                push(new Open(name, null)); // a table in a cell nests
            } else {
                popTo(deepest(TABLE, NONE)); // a table in a table closes it
                push(new Open(name, null));
            }
            return;
        }
        // the table that holds it, with all open inside it, is where the row structure is rebuilt
        int table = deepest(TABLE, NONE);
        if (table < 0) {
            return;
        }
        int keep = table;
        if (name.equals("td") || name.equals("th") || name.equals("tr")) {
            int section = deepest(SECTIONS, TABLE);
            keep = section >= 0 ? section : table;
            if (name.equals("td") || name.equals("th")) {
                int row = deepest(ROW, TABLE);
                keep = row >= 0 ? row : keep;
            }
        }
        popTo(keep + 1);
        if (name.equals("td") || name.equals("th") || name.equals("tr")) {
            if (!SECTIONS.contains(top().name) && !top().name.equals("tr")) {
                push(new Open("tbody", null));
            }
            if ((name.equals("td") || name.equals("th")) && !top().name.equals("tr")) {
                push(new Open("tr", null));
            }
        }
        push(new Open(name, null));
        if (MARKERS.contains(name)) {
            formatting.add(MARKER);
        }
    }

    /** A {@code li}, {@code dd} or {@code dt} start tag closes the open one, unless a special element holds it. */
    private void closeListItem(Set<String> items) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            String open = stack.get(i).name;
            if (items.contains(open)) {
                popTo(i);
                return;
            }
            if (SPECIAL.contains(open) && !open.equals("address") && !open.equals("div") && !open.equals("p")) {
                return;
            }
        }
    }

    /**
     * An end tag of a formatting element that is open and in scope. With nothing special opened inside it, it is
     * closed with all opened inside. Otherwise (the adoption agency) it alone leaves the stack and the formatting
     * elements: the copy the agency puts in the block opened inside it holds what was read so far, not what follows
     * (as jsoup reads {@code <b>1<p>2</b>3</p>}: {@code <b>1</b><p><b>2</b>3</p>}).
     */
    private void adopt(Open open) {
        int at = stack.indexOf(open);
        if (at < 0) {
            formatting.remove(open);
            return;
        }
        int block = -1;
        for (int i = at + 1; i < stack.size(); i++) {
            if (SPECIAL.contains(stack.get(i).name)) {
                block = i;
                break;
            }
        }
        if (block < 0) {
            popTo(at);
            formatting.remove(open);
            return;
        }
        stack.remove(at);
        open.onStack = false;
        formatting.remove(open);
    }

    /** Reopens, in order, the formatting elements after the last marker that were closed implicitly. */
    private void reconstruct() {
        int first = formatting.size();
        int ceiling = Math.max(0, formatting.size() - JSOUP_REOPENS_AT_MOST);
        while (first > ceiling && formatting.get(first - 1) != MARKER && !((Open) formatting.get(first - 1)).onStack) {
            first--;
        }
        for (int i = first; i < formatting.size(); i++) {
            Open closed = (Open) formatting.get(i);
            Open copy = new Open(closed.name, closed.attributes);
            push(copy);
            formatting.set(i, copy);
        }
    }

    /** Adds a formatting element, the earliest of three alike since the last marker dropped ("Noah's Ark"). */
    private void addFormatting(Open element) {
        int alike = 0;
        int earliest = -1;
        for (int i = formatting.size() - 1; i >= 0 && formatting.get(i) != MARKER; i--) {
            if (((Open) formatting.get(i)).like(element)) {
                alike++;
                earliest = i;
            }
        }
        if (alike >= 3) {
            formatting.remove(earliest);
        }
        formatting.add(element);
    }

    private Open lastFormatting(String name) {
        for (int i = formatting.size() - 1; i >= 0 && formatting.get(i) != MARKER; i--) {
            Open open = (Open) formatting.get(i);
            if (open.name.equals(name)) {
                return open;
            }
        }
        return null;
    }

    private void closeInScope(String name, Set<String> scope) {
        int at = inScope(name, scope);
        if (at >= 0) {
            popTo(at);
        }
    }

    /** The index of the nearest open {@code name} not hidden by a scope boundary, else -1. */
    private int inScope(String name, Set<String> scope) {
        return deepest(Set.of(name), scope);
    }

    private boolean inScope(Open open, Set<String> scope) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Open o = stack.get(i);
            if (o == open) {
                return true;
            }
            if (scope.contains(o.name)) {
                return false;
            }
        }
        return false;
    }

    /** The index of the nearest open element named in {@code names}, looking no further than a {@code boundary}. */
    private int deepest(Set<String> names, Set<String> boundary) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            String open = stack.get(i).name;
            if (names.contains(open)) {
                return i;
            }
            if (boundary.contains(open)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean inForeignContent() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            String open = stack.get(i).name;
            if (open.equals("svg") || open.equals("math")) {
                return true;
            }
            if (open.equals("foreignobject") || open.equals("desc") || open.equals("annotation-xml")) {
                return false;
            }
        }
        return false;
    }

    private boolean current(String name) {
        return !stack.isEmpty() && top().name.equals(name);
    }

    private Open top() {
        return stack.get(stack.size() - 1);
    }

    private void push(Open element) {
        element.onStack = true;
        stack.add(element);
    }

    private void pop() {
        popTo(stack.size() - 1);
    }

    /** Closes the element at {@code index} and all opened inside it; a cell or object takes its formatting along. */
    private void popTo(int index) {
        while (stack.size() > index) {
            Open closed = stack.remove(stack.size() - 1);
            closed.onStack = false;
            if (MARKERS.contains(closed.name)) {
                while (!formatting.isEmpty() && formatting.remove(formatting.size() - 1) != MARKER) {
                    // cleared up to the marker
                }
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
