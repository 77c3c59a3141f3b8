package org.policymonitor.alert.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The PostgreSQL index's behaviour in memory, for unit tests of the grouping: same keys, window and bound. */
final class InMemoryStoryIndex implements StoryIndex {

    private final Map<String, List<String>> byKey = new HashMap<>();
    private final Map<String, List<String>> bySubject = new HashMap<>();
    private final Map<String, StoryFeatures> features = new LinkedHashMap<>();
    private final Map<String, String> storyOf = new HashMap<>();
    private final Map<String, Instant> firstSeen = new HashMap<>();
    private final StoryGrouper grouper = new StoryGrouper();

    @Override
    public List<Candidate> candidates(StoryFeatures f) {
        Map<String, Candidate> out = new LinkedHashMap<>();
        Map<String, Integer> shared = new HashMap<>();
        for (String key : Keys.indexed(f)) {
            List<String> ids = byKey.getOrDefault(key, List.of());
            int taken = 0;
            for (int i = ids.size() - 1; i >= 0 && taken < PER_KEY; i--) {
                StoryFeatures other = features.get(ids.get(i));
                if (f.at() != null && other.at() != null
                        && Duration.between(other.at(), f.at()).abs().compareTo(StoryMatcher.LATE_WINDOW) > 0) {
                    continue;
                }
                taken++;
                shared.merge(ids.get(i), 1, Integer::sum);
                String story = storyOf.get(ids.get(i));
                out.putIfAbsent(ids.get(i), new Candidate(ids.get(i), story, other));
            }
        }
        // as the SQL: those sharing the most keys first, then the newest, at most MAX_CANDIDATES
        return out.values().stream()
                .sorted(Comparator.comparing((Candidate c) -> -shared.get(c.itemId()))
                        .thenComparing(c -> c.features().at(), Comparator.reverseOrder()))
                .limit(MAX_CANDIDATES).toList();
    }

    @Override
    public List<Candidate> subjectCandidates(StoryFeatures f) {
        Map<String, Candidate> out = new LinkedHashMap<>();
        List<String> subjects = Keys.subjectIndexed(f);
        for (String subject : subjects.subList(0, Math.min(subjects.size(), SUBJECTS_LOOKED_UP))) {
            List<String> ids = bySubject.getOrDefault(subject, List.of());
            int taken = 0;
            // as the SQL: the newest PER_SUBJECT rows within the window before the item
            for (int i = ids.size() - 1; i >= 0 && taken < PER_SUBJECT; i--) {
                StoryFeatures other = features.get(ids.get(i));
                if (f.at() == null || other.at() == null || other.at().isAfter(f.at())
                        || other.at().isBefore(f.at().minus(SUBJECT_WINDOW))) {
                    continue;
                }
                taken++;
                out.putIfAbsent(ids.get(i), new Candidate(ids.get(i), storyOf.get(ids.get(i)), other));
            }
        }
        return List.copyOf(out.values());
    }

    @Override
    public Map<String, Instant> firstSeen(Collection<String> storyIds) {
        Map<String, Instant> out = new HashMap<>();
        storyIds.stream().filter(firstSeen::containsKey).forEach(id -> out.put(id, firstSeen.get(id)));
        return out;
    }

    /** Groups and records one item; returns its story. */
    String add(String itemId, StoryFeatures f) {
        StoryGrouper.Assignment a = grouper.assign(itemId, f, this);
        for (String merged : a.merged()) {
            storyOf.replaceAll((item, story) -> story.equals(merged) ? a.storyId() : story);
            firstSeen.remove(merged);
        }
        storyOf.put(itemId, a.storyId());
        firstSeen.merge(a.storyId(), f.at(), (x, y) -> x.isBefore(y) ? x : y);
        features.put(itemId, f);
        for (String key : Keys.indexed(f)) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(itemId);
        }
        for (String subject : Keys.subjectIndexed(f)) {
            bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(itemId);
        }
        return a.storyId();
    }

    Map<String, String> stories() {
        return storyOf;
    }
}
