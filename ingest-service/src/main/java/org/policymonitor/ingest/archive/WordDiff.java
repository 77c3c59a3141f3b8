package org.policymonitor.ingest.archive;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.policymonitor.events.DiffChunk;
import org.policymonitor.platform.text.TextCut;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff between two versions of a main text (Myers' algorithm from java-diff-utils), as
 * {@link DiffChunk}s: deleted and inserted runs in full, unchanged runs cut to {@code context} words either side of
 * a change ("…" where words were left out), so that a one-word correction in a long decree stays a short diff.
 * Pure logic.
 */
public final class WordDiff {

    private final int context;

    public WordDiff(int context) {
        if (context < 1) {
            throw new IllegalArgumentException("context must be at least one word");
        }
        this.context = context;
    }

    public List<DiffChunk> between(String older, String newer) {
        List<String> a = ArticleTexts.words(older);
        List<String> b = ArticleTexts.words(newer);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<DiffChunk> chunks = new ArrayList<>();
        int at = 0; // position in the older text
        List<AbstractDelta<String>> deltas = patch.getDeltas();
        for (int i = 0; i < deltas.size(); i++) {
            AbstractDelta<String> d = deltas.get(i);
            int start = d.getSource().getPosition();
            if (start > at) {
                chunks.add(equal(a.subList(at, start), i == 0 ? Position.FIRST : Position.MIDDLE));
            }
            if (!d.getSource().getLines().isEmpty()) {
                chunks.add(new DiffChunk(DiffChunk.Op.DELETE, String.join(" ", d.getSource().getLines())));
            }
            if (!d.getTarget().getLines().isEmpty()) {
                chunks.add(new DiffChunk(DiffChunk.Op.INSERT, String.join(" ", d.getTarget().getLines())));
            }
            at = start + d.getSource().size();
        }
        if (!deltas.isEmpty() && at < a.size()) {
            chunks.add(equal(a.subList(at, a.size()), Position.LAST));
        }
        return chunks;
    }

    private enum Position { FIRST, MIDDLE, LAST }

    private DiffChunk equal(List<String> words, Position position) {
        int n = words.size();
        String text;
        if (position == Position.FIRST && n > context) {
            text = TextCut.ELLIPSIS + " " + String.join(" ", words.subList(n - context, n));
        } else if (position == Position.LAST && n > context) {
            text = String.join(" ", words.subList(0, context)) + " " + TextCut.ELLIPSIS;
        } else if (position == Position.MIDDLE && n > 2 * context) {
            text = String.join(" ", words.subList(0, context)) + " " + TextCut.ELLIPSIS + " "
                    + String.join(" ", words.subList(n - context, n));
        } else {
            text = String.join(" ", words);
        }
        return new DiffChunk(DiffChunk.Op.EQUAL, text);
    }
}
