package org.policymonitor.testing.corpus;

/**
 * The system benchmark's news items as text: realistic ~80-word items, some on a theme (AI law, cybersecurity, data
 * protection, digital governance), the rest ordinary news that must match nothing. The system benchmark
 * ({@code system-tests} BenchItems) publishes them as feed items; the classifier's {@code EngineCorpus} measures and
 * pins its engine on the same texts, so both speak of the same work.
 */
public final class BenchmarkNews {

    /** What an item is about; {@link #AI_LAW} items alert the benchmark's webhook subscription. */
    public enum Kind { AI_LAW, CYBER, DATA, GOVERNANCE, MISS }

    private static final String[] AI_LAW_TEXT = {
            "The Parliamentary Assembly of the CIS discussed the model law on artificial intelligence, which sets "
                    + "rules for developers and operators of AI systems and their liability for harm.",
            "Deputies said the draft law on artificial intelligence would regulate deepfakes and require labelling "
                    + "of content produced by generative AI, following the model law adopted in St Petersburg.",
    };
    private static final String[] CYBER_TEXT = {
            "The national CERT reported a wave of cyberattacks on regional banks; investigators opened cybercrime "
                    + "cases over online fraud in which malware stole the card details of several hundred customers.",
    };
    private static final String[] DATA_TEXT = {
            "The National Personal Data Protection Centre reminded operators that cross-border transfer of personal "
                    + "data needs the consent of the data subject and fined a retailer after a data breach.",
    };
    private static final String[] GOVERNANCE_TEXT = {
            "The supervisory board of the High-Technology Park approved new residents and reviewed how Decree No. 200 "
                    + "applies to export-oriented IT companies and the e-government services they build.",
    };
    private static final String[] MISS_TEXT = {
            "Farmers in the Minsk region finished harvesting winter grain ahead of schedule, with an average yield "
                    + "of forty centners per hectare despite the dry weather in July and early August.",
            "The national football team drew with its rivals in a friendly match on Saturday evening; the coach "
                    + "praised the young defenders and said the squad would train in Brest next week.",
            "A new trolleybus line connects the railway station with the northern districts; the city council "
                    + "expects it to carry twelve thousand passengers a day once the winter timetable starts.",
    };
    private static final String FILLER = " Officials added that consultations with regional authorities, universities "
            + "and industry associations will continue until the end of the quarter, and that a detailed report will be "
            + "published on the official website after the next meeting of the working group.";

    private BenchmarkNews() {
    }

    /** The kind of the i-th item of the throughput mix: 20 % AI law, 10 % each other theme, 50 % nothing. */
    public static Kind mixed(int i) {
        return switch (i % 10) {
            case 0, 1 -> Kind.AI_LAW;
            case 2 -> Kind.CYBER;
            case 3 -> Kind.DATA;
            case 4 -> Kind.GOVERNANCE;
            default -> Kind.MISS;
        };
    }

    /** The title of the i-th item of a kind (numbered, so that no two items look the same). */
    public static String title(Kind kind, int i) {
        return switch (kind) {
            case AI_LAW -> "Model law on artificial intelligence: hearing " + i;
            case CYBER -> "Cyberattacks on banks: case " + i;
            case DATA -> "Personal data protection: inspection " + i;
            case GOVERNANCE -> "High-Technology Park board meeting " + i;
            case MISS -> "Regional news digest " + i;
        };
    }

    /** The text (the feed item's summary) of the i-th item of a kind: one of the kind's texts and a common filler. */
    public static String text(Kind kind, int i) {
        String[] texts = switch (kind) {
            case AI_LAW -> AI_LAW_TEXT;
            case CYBER -> CYBER_TEXT;
            case DATA -> DATA_TEXT;
            case GOVERNANCE -> GOVERNANCE_TEXT;
            case MISS -> MISS_TEXT;
        };
        return texts[i % texts.length] + FILLER;
    }
}
