package org.policymonitor.alert.act;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.policymonitor.alert.quality.LabelledFloor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the act extractor on the labelled phrasings in {@code labelled/}: each list's measured
 * floor is asserted ({@link LabelledList}); the issue's goal is 0.95 each, on lists the extractor was never tuned on.
 * A reference counts as right when its id is right and, where the label gives a date, the date too. A text naming an
 * act twice is labelled with each mention in the earlier lists and once in the later ones (from acts-fresh31 on, their
 * writers' brief: "an act named twice in one text is listed once"): the extractor gives one reference per mention, as
 * evidence, so a second mention of an act the label names is neither right nor wrong — until 6 December 2026 it was
 * counted a false act on the lists labelling each act once. (A reference with the act's id and another date than the
 * label's is so one miss, not a miss and a false act.)
 */
class ActExtractorQualityTest {

    /**
     * The labelled lists, in the order they were written, each with its asserted floor and its history. A held-out
     * list is written and measured on the unchanged extractor before the round of changes it judges; once its errors
     * have guided a change it is a tuning list, and the next round needs a new one.
     */
    enum LabelledList {
        /** The tuning part of the first list. */
        TUNE("/labelled/acts.tsv", "tune", 0.95, 0.95, true),
        /** The first held-out part. */
        HELD("/labelled/acts.tsv", "held", 0.95, 0.95, true),
        /**
         * The second held-out list, written before any further tuning: 0.967 / 0.967 at its first run, 1.000 / 1.000
         * since its one error (a date after "on") guided the second round.
         */
        FRESH("/labelled/acts-fresh.tsv", null, 1.0, 1.0, true),
        /**
         * The third held-out list: 0.939 / 0.912 (tp 31, fp 2, fn 3) at its first run, on the extractor as it was
         * before the second round of changes; 0.970 / 0.941 (tp 32, fp 1, fn 2) after it; 1.000 / 1.000 (tp 34) after
         * the third round, which was tuned on its three errors (README).
         */
        FRESH2("/labelled/acts-fresh2.tsv", null, 1.0, 1.0, false),
        /**
         * The fourth held-out list: 0.909 / 0.851 (tp 40, fp 4, fn 7) at its first run, on the extractor as it was
         * before the third round of changes; 0.958 / 0.979 (tp 46, fp 2, fn 1) after it, never tuned on (README).
         * 0.979 / 1.000 (tp 47, fp 1) before the acts34 round, 1.000 / 1.000 (tp 47) after it: "Закону 30 лет" is a span
         * of years, not Law No. 30 (a count or span after a bare number, from the round's own sentences).
         */
        FRESH3("/labelled/acts-fresh3.tsv", null, 1.0, 1.0, false),
        /**
         * The fifth held-out list (85 phrasings): 1.000 / 0.983 (tp 57, fp 0, fn 1) at its first run, on the unchanged
         * extractor of main {@code f405abf}, before the fourth round of changes; never tuned on. 1.000 / 1.000 (tp 58)
         * after the acts-fresh8 round (a Belarusian month name of eleven letters), its errors still unseen.
         */
        FRESH4("/labelled/acts-fresh4.tsv", null, 1.0, 1.0, false),
        /**
         * The sixth held-out list (77 phrasings, 31 of them distractors): 0.961 / 0.961 (tp 49, fp 2, fn 2) at its
         * first run, measured on branch lead at {@code eb970f2}, before the fifth round of changes; never tuned on.
         * 0.980 / 0.980 (tp 50, fp 1, fn 1) after the acts-fresh8 round (a number read from the nearest kind word before
         * it), its errors still unseen. 1.000 / 1.000 (tp 51) after the acts19 round (a date told past the government's
         * official name after the number, "Resolution No. … of the Council of Ministers dated …": the one changed output,
         * seen in the comparison of old and new outputs; its errors still unread).
         */
        FRESH5("/labelled/acts-fresh5.tsv", null, 1.0, 1.0, false),
        /**
         * The seventh held-out list (108 phrasings: 63 with 69 references, 45 distractors): 1.000 / 0.986 (tp 68, fp 0,
         * fn 1) at its first run, measured on unchanged main {@code 16570d6}, before the sixth round of changes; written
         * before its writer had read the extractor's code or its known errors, and never tuned on. 1.000 / 1.000 (tp 69)
         * after the acts-fresh19 round (a longer official name before or after the number, or the government's "СМ":
         * its errors still unread, the changed output not compared).
         */
        FRESH6("/labelled/acts-fresh6.tsv", null, 1.0, 1.0, false),
        /**
         * The eighth held-out list (122 phrasings: 77 with 82 references, 45 distractors): 0.988 / 0.976 (tp 80, fp 1,
         * fn 2) at its first run, measured on unchanged main {@code 10580dd}, before the next round of changes; written
         * before its writer had read the extractor's code or its known errors, and never tuned on. 1.000 / 0.988 (tp 81,
         * fp 0, fn 1) after the acts-fresh10 round (a foreign issuer named as the subject of "signed" or a date told
         * away from the number; which of the two is not known: its errors are still unseen). 1.000 / 1.000 (tp 82)
         * after the acts-fresh17 round (a date between the issuer and the number, or a longer issuer's name, or a list's
         * dates before their numbers: the one changed output was not compared, its errors still unread).
         */
        FRESH7("/labelled/acts-fresh7.tsv", null, 1.0, 1.0, false),
        /**
         * The ninth held-out list (152 phrasings, 61 without a Belarusian act: foreign, UN, court and ministry acts
         * among them): 0.923 / 0.960 (tp 96, fp 8, fn 4) at its first run, measured on unchanged main {@code f414d3c};
         * its writer did not read the extractor's code or its known errors. Its laws were written {@code law:312-z};
         * the lead rewrote them to the product's id {@code law:312} before the first run (the suffix is not part of
         * the id, as in every earlier list), and changed nothing else. Its twelve errors were the acts-fresh8 round's
         * tuning set (README, {@code ActExtractorTest}): acts of a foreign issuer (a Russian decree named three ways),
         * a number taken across another act's kind word ("закон принят постановлением МПА СНГ № 58-12"), a date after
         * a list shared by its acts, and Belarusian month names of eleven letters ("кастрычніка"); 1.000 / 1.000 (tp
         * 100) after that round. A tuning list now: its errors always print.
         */
        FRESH8("/labelled/acts-fresh8.tsv", null, 1.0, 1.0, true),
        /**
         * The tenth held-out list (142 phrasings, 55 without a Belarusian act, 81 distractor or partial lines): 0.920 /
         * 0.989 (tp 92, fp 8, fn 1) at its first run, measured on unchanged main {@code f414d3c}; its writer did not read
         * the extractor's code or its known errors, and it was never tuned on. It judges the acts-fresh8 round (whose
         * fixer never opened it): 0.989 / 0.989 (tp 92, fp 1, fn 1) after it. Nobody has read its errors. 1.000 /
         * 1.000 (tp 93) after the acts17 round (one act now dated: an ISO date or a labelled date in brackets after the
         * number; its errors still unread).
         */
        FRESH9("/labelled/acts-fresh9.tsv", null, 1.0, 1.0, false),
        /**
         * The eleventh held-out list (146 phrasings en 48 / ru 52 / be 46, 63 without a Belarusian act), written blind
         * on 1 December 2026 (its writer read none of the extractor's code, tests or known errors): 0.909 / 0.918
         * (tp 90, fp 9, fn 8) at its first run, measured on unchanged main {@code 5458aea}. Its seventeen errors were the
         * acts-fresh10 round's tuning set (README, {@code ActExtractorTest}): an issuer named as the subject of the verb
         * that signed the act, an act's date told after its title or before that verb, an abbreviation's full stop
         * taken for a sentence's end, and the AI law's title; 1.000 / 1.000 (tp 98) after that round. A tuning list
         * now: its errors always print.
         */
        FRESH10("/labelled/acts-fresh10.tsv", null, 1.0, 1.0, true),
        /**
         * The twelfth held-out list (147 phrasings en 48 / ru 52 / be 47, 58 without a Belarusian act, long news
         * sentences), written blind on 1 December 2026 while the acts-fresh10 round was made: 0.991 / 0.965 (tp 109,
         * fp 1, fn 4) at its first run, on unchanged main {@code 5458aea}. It judges that round, whose fixer never opens
         * it: 0.991 / 0.965 after it, unchanged. 0.991 / 0.973 (tp 110, fp 1, fn 3) after the acts-fresh12 round (a
         * Belarusian ministry's nominative after a decree's number, which read like its issuer's genitive: the one
         * changed output its fixer compared); its errors still unread. 0.991 / 0.991 (tp 112, fp 1, fn 1) after the
         * acts-fresh19 round (a longer official name before or after the number, or the government's "СМ": its errors
         * still unread, the changed outputs not compared). 0.991 / 1.000 (tp 113, fp 1, fn 0) after the acts33 round (a
         * list whose acts each carry their title: "законы № 455-З «Об информации …» и № 99-З «О защите …»", the one
         * changed output, seen in the comparison of old and new outputs; its errors still unread).
         */
        FRESH11("/labelled/acts-fresh11.tsv", null, 0.99, 1.0, false),
        /**
         * The thirteenth held-out list (153 phrasings en/ru/be), written blind on 1 December 2026: 0.946 / 0.935 (tp 87,
         * fp 5, fn 6) at its first run, on unchanged main {@code 571f109}. Its eleven errors were the acts-fresh12
         * round's tuning set (README, {@code ActExtractorTest}): a signing date told after an unquoted title, between
         * the verb and the act or in the next sentence ("Документ датирован …"), a titled law's date before its title,
         * a foreign owner of what the act approved ("Russia's … strategy, approved by Presidential Decree No. 490"), a
         * Belarusian ministry's nominative after a decree's number read as its issuer, and "Савмін"; 0.989 / 1.000 (tp
         * 93, fp 1, fn 0) after it. The one error left is a label disputed in the README (one act named twice, one
         * reference per mention). A tuning list now: its errors always print. 1.000 / 1.000 since 6 December 2026, when a
         * second mention of an act the label names stopped counting as a false act (the class javadoc).
         */
        FRESH12("/labelled/acts-fresh12.tsv", null, 1.0, 1.0, true),
        /**
         * The fourteenth held-out list (152 phrasings en 51 / ru 50 / be 51, 71 without a Belarusian act; the forms of
         * official texts — "Указ … от 7 апреля 2025 г. № 135", amendments, lists of acts — as well as news), written
         * blind on 1 December 2026 beside acts-fresh12 (the next round's tuning list) by a writer who read none of the
         * extractor's code, tests or known errors: 0.989 / 1.000 (tp 92, fp 1, fn 0) at its first run, on unchanged
         * main {@code 571f109}; 0.989 / 1.000 after the acts-fresh12 round too, unchanged. Nobody has read its errors.
         * 1.000 / 1.000 (tp 92, fp 0) after the acts18 round (the Union State's Supreme State Council named without the
         * Union State: the one changed output, compared without its line's label; its errors still unread).
         */
        FRESH13("/labelled/acts-fresh13.tsv", null, 1.0, 1.0, false),
        /**
         * The fifteenth held-out list (152 phrasings en 48 / ru 53 / be 51, 72 without a Belarusian act, 21 naming two
         * or three acts; what analysts meet day to day), written blind on 1 December 2026 while the acts-fresh12 round
         * was made: 0.913 / 0.913 (tp 95, fp 9, fn 9) at its first run, on unchanged main {@code 571f109}. It judges
         * that round, whose fixer never opened it: 0.913 / 0.913 after it, unchanged (the round neither helped nor
         * hurt it). Tuned on in the acts-fresh14 round (README, {@code ActExtractorTest}): a signing or adoption day
         * told in a participle or passive after the act or its title with who signed it ("signed by the head of state
         * on …", "подписанный Главой государства …", "принятым …"), the Belarusian genitive plural "пастаноў", the month
         * "жніўня", a supranational subject acting by the act ("Высший Государственный Совет Союзного государства
         * декретом № 6 утвердил"); 1.000 / 1.000 (tp 104, fp 0, fn 0) after it. A tuning list now: its errors always
         * print.
         */
        FRESH14("/labelled/acts-fresh14.tsv", null, 1.0, 1.0, true),
        /**
         * The sixteenth held-out list (150 phrasings en 50 / ru 50 / be 50, 69 without a Belarusian act; acts as a
         * programme's basis, amended or repealed, in headlines, parentheses and officials' quotations), written blind
         * on 1 December 2026 while the acts-fresh14 round was made: 0.981 / 0.990 (tp 101, fp 2, fn 1) at its first
         * run, the same on main {@code 571f109} and after the acts-fresh12 round. It judged the acts-fresh14 round,
         * whose fixer never opened it: 0.981 / 0.990 after it, unchanged. Nobody has read its errors. (Its writer labels a numbered law that also names a
         * listed title with both ids; the other lists give the number only.) 0.990 / 0.990 (tp 101, fp 1, fn 1) after the
         * acts18 round (the Supreme State Council named without the Union State: the one changed output; errors unread).
         * 1.000 / 1.000 (tp 102) after the acts19 round (a date told past the government's official name after the
         * number: the one changed output, seen in the comparison of old and new outputs; its errors still unread).
         */
        FRESH15("/labelled/acts-fresh15.tsv", null, 1.0, 1.0, false),
        /**
         * The seventeenth held-out list (109 phrasings en 37 / ru 36 / be 36, 51 without a Belarusian act; what
         * newsrooms write about acts: foreign, EAEU and Union State acts with numbers, ministry orders, standards,
         * court cases, bills; Belarusian acts inflected, with or without a sign, abbreviated months, signing dates told
         * in another sentence, acts amending acts), written blind on 1 December 2026: 0.882 / 0.882 (tp 67, fp 9, fn 9)
         * at its first run, on unchanged main {@code 0914469}. Its writer labels a numbered law that also names a title
         * with the number only. Tuned on in the acts-fresh16 round (README, {@code ActExtractorTest}): its eighteen
         * errors (ten acts: eight missed with their date and found without it, one missed, one found though not
         * Belarusian) had six causes, all judged right against the list's rules — abbreviated month names ("4 апр. 2028
         * г.", "20 янв.", "20 студз.", "4 крас."), a signing day told in the sentence before the one the act opens
         * ("The head of state signed the document on …", "Дакумент падпісаны …"), an unquoted title and then ", dated
         * …", an attributive participle with its day before the act ("Подписанным 2 июня 2028 года Указом"), the number
         * in apposition ("The new edict, No. 51,") and a supranational name of several words before the kind word ("The
         * Union State's Supreme State Council Decree"); 1.000 / 1.000 (tp 76, fp 0, fn 0) after it. A tuning list now:
         * its errors always print.
         */
        FRESH16("/labelled/acts-fresh16.tsv", null, 1.0, 1.0, true),
        /**
         * The eighteenth held-out list (120 phrasings en 40 / ru 40 / be 40, 54 without a Belarusian act; phrasings of
         * official documents and reports — pravo.by, the government, president.gov.by, NASB, UNDP: numeric dates before
         * the number, lists of acts, "as amended by", foreign, EAEU, CIS and UN documents, case numbers, draft laws),
         * written blind the same hour: 0.963 / 0.952 (tp 79, fp 3, fn 4) at its first run, on unchanged main
         * {@code 0914469}. It judged the acts-fresh16 round, whose fixer never opened it: 0.963 / 0.952 after it,
         * unchanged. Tuned on in the acts-fresh17 round (README, {@code ActExtractorTest.theActsFresh17RoundsCauses}):
         * its seven errors (five acts) had three causes, all judged right against the list's rules — a supranational
         * subject that acted "by" the act in English ("The Council of Ministers of the Union State approved … by
         * Resolution No. 4"), a numeric date between the issuer's name and the number without "от" ("постановлением
         * Совета Министров Республики Беларусь 28.05.2025 № 345"), and the signing day told in the active after the
         * law's title ("Закон № 345-З «…» Президент подписал 10 октября 2026 г.", "…, які кіраўнік дзяржавы падпісаў
         * …"); 1.000 / 1.000 (tp 83, fp 0, fn 0) after it. A tuning list now: its errors always print.
         */
        FRESH17("/labelled/acts-fresh17.tsv", null, 1.0, 1.0, true),
        /**
         * The nineteenth held-out list (123 phrasings en 41 / ru 41 / be 41, 62 without a Belarusian act; news-wire
         * sentences — headlines, officials' quotations, acts named in passing, amendments, several acts in one
         * sentence, numbered dates, foreign, Union State and EAEU acts, bills, articles, counts, rankings, amounts, case
         * and phone numbers), written blind on 1 December 2026: 1.000 / 1.000 (tp 73, fp 0, fn 0) at its first run, on
         * unchanged main {@code db3e1e6}. It judged the acts-fresh17 round, whose fixer never opened it: 1.000 / 1.000
         * after it, unchanged. Its writer labels a numbered law that also names a title with the number only. A tuning
         * list from the acts-fresh19 round (its errors always print; it had none): 1.000 / 1.000 after that round too.
         */
        FRESH18("/labelled/acts-fresh18.tsv", null, 1.0, 1.0, true),
        /**
         * The twentieth held-out list (121 phrasings en 41 / ru 40 / be 40, 57 without a Belarusian act; legal digests
         * and official documents — preambles, lists of amended and repealed acts, full titles with dates, abbreviated
         * citations, laws by title, a cited point of an act, foreign, EAEU, Union State, EU and UN acts, ministry
         * orders, standards, codes, register numbers), written blind the same hour: 0.972 / 0.945 (tp 69, fp 2, fn 4) at
         * its first run, on unchanged main {@code db3e1e6} — recall under 0.95. It judged the acts-fresh17 round, whose
         * fixer never opened it: 0.986 / 0.959 (tp 70, fp 1, fn 3) after it. Tuned on in the acts-fresh19 round (README,
         * {@code ActExtractorTest.theActsFresh19RoundsCauses}): its four errors (three acts) had three causes — an
         * official name of ten words between the kind word and the number ("Resolution of the Council of Ministers of
         * the Republic of Belarus of 2 February 2021 No. 66"), a supranational name of nine words after it ("… No. 12 of
         * the Council of Ministers of the Union State"), the government abbreviated "СМ"; 1.000 / 1.000 (tp 73, fp 0,
         * fn 0) after it. A tuning list now: its errors always print.
         */
        FRESH19("/labelled/acts-fresh19.tsv", null, 1.0, 1.0, true),
        /**
         * The twenty-first held-out list (94 phrasings en 33 / ru 37 / be 24, 43 without a Belarusian act; what official
         * and regional sites publish about acts — the government's and ministries' releases, executive committees'
         * news, pravo.by's announcements, "what changes from January" explainers, BelTA's three editions; amendments,
         * acts named again later, titles in quotes, local decisions, codes, EAEU and foreign acts), written blind on 2
         * December 2026: 1.000 / 1.000 (tp 61, fp 0, fn 0) at its first run, on unchanged main {@code 4b1df8f}. It
         * judged the acts-fresh19 round, whose fixer never opened it: 1.000 / 1.000 after it, unchanged. Nobody has read
         * its errors.
         */
        FRESH20("/labelled/acts-fresh20.tsv", null, 1.0, 1.0, false),
        /**
         * The twenty-second held-out list (108 phrasings en 34 / ru 38 / be 36, 51 without a Belarusian act; acts as
         * legal commentaries, FAQ pages, court and prosecutor news, the business press and executive committees cite
         * them — paragraph and article numbers, amendments and repeals "в редакции", dates in four formats, several acts
         * a text, Belarusian in all its cases; foreign, EAEU and Union State acts, codes, ministry and bank orders, court
         * rulings as distractors), written blind on 2 December 2026: 0.961 / 0.974 (tp 74, fp 3, fn 2) at its first run,
         * on unchanged main {@code ec944ab}. It judged the acts16 round, whose fixer never opened it: unchanged, pair for
         * pair. Tuned on in the acts17 round (README, {@code ActExtractorTest.theActs17RoundsCauses}): its five errors
         * (three lines) had three causes, all judged right against the list's rules — the ISO date a legal database
         * prints ("Resolution No. 234 of 2025-04-15"), a labelled date in brackets after the number ("Декрет № 8 (дата
         * принятия: 2017-12-21)"), and laws in the plural before an unquoted title, a kind of law rather than the titled
         * one ("The bill 'On Amendments to Laws on Personal Data Protection'"); 1.000 / 1.000 (tp 76, fp 0, fn 0) after
         * it. A tuning list now: its errors always print.
         */
        FRESH21("/labelled/acts-fresh21.tsv", null, 1.0, 1.0, true),
        /**
         * The twenty-third held-out list (100 phrasings en 35 / ru 40 / be 25, 46 without a Belarusian act; acts as
         * legislative and regulatory news cites them — readings and adoptions, amendments and "в редакции", acts that
         * lost force, publication notices, executive committees' decisions under national acts, the government's
         * resolutions implementing a decree, full official titles with dates in several orders; Russian, Kazakh, EAEU
         * and Union State acts, bills with registration numbers, ministry orders, article numbers, standards, case and
         * phone numbers as distractors), written blind on 2 December 2026: 0.986 / 0.986 (tp 71, fp 1, fn 1) at its
         * first run, on unchanged main {@code fca6118}. It judged the acts17 round, whose fixer never opened it:
         * 0.986 / 0.986, unchanged. A tuning list from the acts18 round (its errors always print): its two errors are one
         * line, a law's signing day told in the clause before the one that gives its number ("… signed the law on … on 30
         * December 2024; it is registered as Law No. 52-Z"), found without its date; judged right against the list's
         * rules but not fixed in that round (README): 0.986 / 0.986 after it. 1.000 / 1.000 (tp 72, fp 0, fn 0) after the
         * acts19 round ({@code ActExtractorTest.theActs19RoundsCauses}: a numbered act whose date the clause before tells
         * of it, pointed at by its pronoun, "it is registered as").
         */
        FRESH22("/labelled/acts-fresh22.tsv", null, 1.0, 1.0, true),
        /**
         * The twenty-fourth held-out list (100 phrasings en 34 / ru 34 / be 32, 45 without a Belarusian act; acts as
         * cited when amended, repealed, extended or implemented — "as amended by", "в редакции Указа", "утратил силу",
         * "во исполнение постановления", "на падставе Ўказа", transitional provisions, programmes approved by a
         * resolution, ministries' and regions' decisions citing acts, publication notices with registration numbers;
         * Russian, Union State, EAEU and UN acts, standards, code articles, bills, orders and counts as distractors),
         * written blind on 2 December 2026: 1.000 / 0.985 (tp 64, fp 0, fn 1) at its first run, on unchanged main
         * {@code f6b499c}. It judged the acts17 round unchanged. Tuned on in the acts18 round (README, {@code
         * ActExtractorTest.theActs18RoundsCauses}): its one error, "the Law on Information" (the short title) after a
         * numbered law that amends it, judged right; 1.000 / 1.000 (tp 65, fp 0, fn 0) after it. A tuning list now: its
         * errors always print.
         */
        FRESH23("/labelled/acts-fresh23.tsv", null, 1.0, 1.0, true),
        /**
         * The twenty-fifth held-out list (100 phrasings en 34 / ru 34 / be 32, 46 without a Belarusian act; acts as
         * headlines, tickers, short posts, interview quotes and long official sentences cite them — the number far
         * from the kind word, "Decree #135", ordinals ("200-го указа"), numbers with suffixes, dates in several formats,
         * a year without a date; EAEU decisions, foreign and Union State acts, ministry and regulator orders, standards,
         * code articles, bills, counts and phone/room/route numbers as distractors), written blind on 2 December 2026:
         * 0.982 / 0.885 (tp 54, fp 1, fn 7) at its first run, on unchanged main {@code d9fa965} — the first unseen list
         * whose recall at arrival is below 0.95. Tuned on in the acts18 round (README, {@code
         * ActExtractorTest.theActs18RoundsCauses}): its eight errors (seven lines) had six causes, all judged right against
         * the list's rules — the Supreme State Council named without the Union State (1 wrong), an ordinal edict before
         * the kind word ("200-го указа", "200-га ўказа"; 2 missed), a law numbered with the Supreme Soviet's convocation
         * ("№ 708-XIII"; 1 missed), "the personal data protection law" in lower case after "the" (1 missed), acts in the
         * plural with their numbers after a dash ("Два ключавыя ўказы года — № 135 пра … і № 200 пра …"; 2 missed), and a
         * number given to the act at the end of a long sentence ("Указ, подписанный …, получил № 135"; 1 missed, left:
         * README); 1.000 / 0.984 (tp 60, fp 0, fn 1) after it. A tuning list now: its errors always print. 1.000 / 1.000
         * (tp 61, fp 0, fn 0) after the acts19 round ({@code ActExtractorTest.theActs19RoundsCauses}: an act followed
         * past an aside set off by commas to the verb that gives its number, "Указ, подписанный …, получил № 135").
         */
        FRESH24("/labelled/acts-fresh24.tsv", null, 1.0, 1.0, true),
        /**
         * The twenty-sixth held-out list (100 phrasings en 35 / ru 34 / be 31, 45 without a Belarusian act; acts as BelTA's
         * three editions, president.gov.by and ministries' Q&A pages cite them — "согласно пункту 3 Указа", the date
         * before the number ("от 7 апреля 2026 г. № 135"), an act named in full and then as "the decree" / "названным
         * указом", several acts in one sentence, edicts and decrees in BelTA's English; foreign, EAEU, CIS and Union
         * State acts, drafts, orders, letters, court rulings, standards, articles, sums and ranks as distractors), written
         * blind on 2 December 2026 to judge the acts18 round: 1.000 / 1.000 (tp 71, fp 0, fn 0) at its first run, on
         * unchanged main {@code 8bb229a}. It judged the acts18 round, whose fixer never opened it: 1.000 / 1.000 after it,
         * unchanged. A tuning list from the acts19 round (its errors always print; it had none): 1.000 / 1.000 after that
         * round too.
         */
        FRESH25("/labelled/acts-fresh25.tsv", null, 1.0, 1.0, true),
        /**
         * The twenty-seventh held-out list (163 phrasings en 54 / ru 60 / be 49, 66 without a Belarusian act; acts as
         * official texts and the press cite them beyond "Decree No. N" — a number given to the act a clause or a sentence
         * later ("получил № 135", "is registered as Law No. 68-Z"), pravo.by citations with the portal's date and
         * registry number, "в редакции Указа …", acts in parentheses, footnotes and flattened tables, an act named in
         * full then as "гэты ўказ"; orders (№ 135рп), ministry, National Bank, court and parliament resolutions, EAEU and
         * Union State acts, foreign decrees, drafts, standards, codes and articles as distractors), written blind on
         * 2 December 2026 by a writer who saw only the brief: 0.991 / 0.939 (tp 107, fp 1, fn 7) at its first run, on
         * unchanged main {@code 54b6e59}. It judged the acts19 round, whose fixer never opened it: 1.000 / 0.956 (tp 109,
         * fp 0, fn 5) after it. A tuning list from the acts20 round (its errors always print): its five missed acts were
         * numbers told later (after a relative aside, "numbered", or in the next sentence after its opening words);
         * 1.000 / 1.000 (tp 114) after that round.
         */
        FRESH26("/labelled/acts-fresh26.tsv", null, 1.0, 1.0, true),
        /**
         * The twenty-eighth held-out list (152 phrasings en 54 / ru 51 / be 47, 65 without a Belarusian act; how BelTA's
         * English names acts — "Edict No.135", "Decree #7", "Presidential Decree No 135 dated 12 March 2025", "Law
         * No. 99-З" with a Cyrillic letter — Belarusian inflections, dates before and after the number in many forms,
         * dates that are not the act's (publication, entry into force, a day without a year), lists ("Decrees Nos. 135
         * and 136", "указы № 135, 136 и 140"), clause-level citations, acts in quotes and headlines; foreign, EAEU,
         * Union State, ministry, city, court and parliament acts, drafts, распоряжения, standards, articles, sums,
         * case and phone numbers as distractors), written blind on 3 December 2026 by a writer who saw only the brief:
         * 0.845 / 0.821 (tp 87, fp 16, fn 19) at its first run, on unchanged main {@code 92b93c3}. It judged the acts20
         * round, whose fixer never opened it: 0.848 / 0.840 (tp 89, fp 16, fn 17) after it. A tuning list from the
         * acts21 round (its errors always print): 28 of its 33 errors are its labels (a titled law written as a bare
         * slug, "mass-media", where the id is "law:mass-media"; kept as written), five the extractor's (a participle
         * aside that numbers the act, English's attributive date, a titled law in a sentence opening abroad); 0.868 /
         * 0.868 (tp 92, fp 14, fn 14) after that round, the errors left being the slug labels. The lead's brief had
         * given the slugs without "law:", so the lead then rewrote the 14 labels as "law:&lt;slug&gt;" (noted in the
         * file): 0.981 / 0.953 (tp 101, fp 2, fn 5) on main {@code 273463d} as it arrived, 1.000 / 1.000 after acts20
         * and acts21.
         */
        FRESH27("/labelled/acts-fresh27.tsv", null, 1.0, 1.0, true),
        /**
         * The twenty-ninth held-out list (123 phrasings en 41 / ru 41 / be 41, 57 without a Belarusian act; acts in news
         * leads and headlines among sums, counts, rankings and meeting dates, titled laws in quotes, amended acts, lists of
         * two numbers, headlines in capitals; Russian, Kazakh, Chinese, EAEU, Union State and CIS acts, ministries' orders,
         * executive committees' decisions, court rulings and drafts as distractors), written blind on 3 December 2026 by a
         * writer who saw only the brief: 1.000 / 0.964 (tp 80, fp 0, fn 3) at its first run, on unchanged main
         * {@code 31e51d8}. A tuning list from the acts35 round (its errors always print): its three misses were one
         * cause, the second quoted title after laws in the plural ("законы «О средствах массовой информации» и «Об
         * информации, …»", in the three languages); 1.000 / 1.000 (tp 83) after that round.
         */
        FRESH28("/labelled/acts-fresh28.tsv", null, 1.0, 1.0, true),
        /**
         * The thirtieth held-out list (135 phrasings en 43 / ru 44 / be 48, 53 without a Belarusian act; acts as legal texts
         * cite them — pravo.by footnotes, preambles, amendment chains, lists of lapsed acts, short citation forms, law
         * firms' English, ranges expanded into their numbers, the same act named twice; ministries', the National Bank's,
         * the Supreme Court's, Minsk's, Russian, EAEU and Union State acts, articles, registry numbers and standards as
         * distractors), written blind the same hour: 0.990 / 0.945 (tp 103, fp 1, fn 6) at its first run, on unchanged
         * main {@code 31e51d8}. Nobody has read its errors. 1.000 / 0.945 (tp 103, fp 0, fn 6) since 6 December 2026: its
         * one "false act" was a second mention of an act its label names once (the class javadoc). A tuning list from the
         * acts35 round (its errors always print): of its six misses, five had three causes — the second quoted title after
         * laws in the plural (2), a date set off by a comma before "No." in machine-translated English ("… dated July 18,
         * 2026, No. 412"), a range set with the en dash after "пастановы" ("№ 117–119", 2) — fixed from our own
         * sentences: 1.000 / 0.991 (tp 108, fp 0, fn 1) after it. The one left, a yearless day next to the number and the
         * year in a later "документ, подписанный 15.01.2026 г.", is left.
         */
        FRESH29("/labelled/acts-fresh29.tsv", null, 1.0, 0.99, true),
        /**
         * The thirty-first held-out list (178 phrasings en 57 / ru 64 / be 57, 63 without a Belarusian act; acts as legal
         * commentary, pravo.by, ministries' releases, accountants' and lawyers' newsletters and tickers cite them —
         * amendments ("в редакции", "as amended by"), repeal lists, footnotes with the National Register's data, several
         * acts in one sentence, ranges, dates shared by several acts; foreign, supranational, ministries', the National
         * Bank's, the OAC's and Minsk's acts, presidential orders, drafts, standards, registration and article numbers as
         * distractors), written blind on 4 December 2026 by a writer who saw only the brief: 1.000 / 1.000 (tp 161, fp 0,
         * fn 0) at its first run, on unchanged main {@code 1b284ab}. Nobody has read its errors.
         */
        FRESH30("/labelled/acts-fresh30.tsv", null, 1.0, 1.0, false),
        /**
         * The thirty-second held-out list (182 phrasings en 53 / ru 75 / be 54, 70 without a Belarusian act; acts as text
         * arrives from the web and from copy-paste — non-breaking, thin and narrow spaces, soft hyphens and zero-width
         * spaces, "№"/"No."/"N"/"Nº"/"#"/"nr" in every spacing, non-breaking and figure dashes, every written date form,
         * the number before the kind, lawyers' abbreviations, headings in capitals, bullets, quotes of every shape; the
         * same typography in ministries', foreign and non-act numbers as distractors), written blind on 5 December 2026
         * by a writer who saw only the brief: 0.992 / 0.876 (tp 120, fp 1, fn 17) at its first run, on unchanged main
         * {@code 202ac2c}. Nobody has read its errors. After acts32 (page and paste typography read generically, from our
         * own sentences): 1.000 / 0.956 (tp 131, fp 0, fn 6); after trial22 alone (a dash after "№", ordinal days): 0.992 /
         * 0.920 (tp 126, fp 1, fn 11); with both merged: 1.000 / 1.000 (tp 137). Its errors were never read by anyone.
         */
        FRESH31("/labelled/acts-fresh31.tsv", null, 1.0, 1.0, false),
        /**
         * The thirty-third held-out list (173 phrasings en 52 / ru 70 / be 51, 74 without a Belarusian act; acts as legal
         * and official writing cites them inside longer sentences — amendment chains, "в редакции", paired lists of dates
         * and numbers, lists and ranges with every dash and "по", a number followed by the act's title, genitive plurals,
         * clauses and annexes of an act, English in UN and law-firm style, the legal portal's registration line; other
         * bodies' acts in the same words, drafts and acts not yet adopted as distractors), written blind on 5 December
         * 2026 by a writer who saw only the brief: 0.975 / 0.907 (tp 156, fp 4, fn 16) at its first run, on unchanged
         * main {@code 06e02ef}. Nobody has read its errors. 0.988 / 0.965 (tp 166, fp 2, fn 6) after the acts33 round's
         * paired days (a list of days told once for a list of acts, each day paired with the number in its place: made
         * from its fixer's own sentences; its errors still unread). 0.988 / 0.977 (tp 168, fp 2, fn 4) on main once
         * trial23's figure dash, minus sign and horizontal bar in ranges were merged beside it (neither maker saw it).
         * 1.000 / 0.977 (tp 168, fp 0, fn 4) since 6 December 2026: both "false acts" were second mentions of an act
         * its label names once, as its writer's brief said to label (the class javadoc).
         */
        FRESH32("/labelled/acts-fresh32.tsv", null, 1.0, 0.976, false),
        /**
         * The thirty-fourth held-out list (166 phrasings en 50 / ru 66 / be 50, 73 without a Belarusian act; acts as news,
         * speeches, headlines and social posts mention them — capitals, no number sign, "номер"/"под номером"/"number",
         * abbreviated issuers (Совмин, СМ РБ, Саўмін), transliterations in English news, quoted words of the President,
         * bullets, brackets and hashtags, dates without a year; counts, rankings, other countries' and ministries' acts,
         * bills, school and case numbers as distractors), written blind on 6 December 2026 by a writer who saw only the
         * brief: 0.953 / 0.953 (tp 101, fp 5, fn 5) at its first run, on unchanged main {@code a3fa3a5}. Nobody has read
         * its errors. It judged the acts34 round, whose fixer never opened it: 0.953 / 0.953 after it, unchanged.
         * 0.954 / 0.972 (tp 103, fp 5, fn 3) once trial24's "Ukaz"/"Ukase" was merged (its maker never saw it either);
         * 1.000 / 0.972 (tp 103, fp 0, fn 3) since a second mention of an act the label names once stopped counting as a
         * false act: all five were that (the class javadoc).
         */
        FRESH33("/labelled/acts-fresh33.tsv", null, 1.0, 0.971, false),
        /**
         * The thirty-fifth held-out list (160 phrasings en 48 / ru 64 / be 48, 66 without a Belarusian act; acts in text as
         * it arrives after copying from PDFs, official portals and machine translation — a Latin "N"/"No" for №, missing or
         * doubled spaces, line-break hyphens left in words, every kind of quotes, number suffixes, dates in every written
         * form, machine-translated English, amendment titles naming two acts, lists run together, acts referred back;
         * other countries' acts, ministries' and the National Bank's resolutions, standards, forms, annexes and clauses
         * as distractors), written blind on 6 December 2026 by a writer who saw only the brief: 1.000 / 0.952 (tp 120,
         * fp 0, fn 6) at its first run, on unchanged main {@code 77376d7}. Nobody has read its errors. It judged the acts35
         * round, whose maker never opened it: 1.000 / 0.984 (tp 124, fp 0, fn 2) after it.
         */
        FRESH34("/labelled/acts-fresh34.tsv", null, 1.0, 0.984, false),
        /**
         * The thirty-sixth held-out list (172 phrasings en 51 / ru 69 / be 52, 67 without a Belarusian act; the grammar of
         * acts in all three languages — every case, plurals naming several acts, both Belarusian spellings, the issuer
         * named in many ways, "Edict"/"Ordinance", Belarusian dates; orders, other countries' acts, ministries', courts'
         * and executive committees' acts, codes, bills and numbers near an act word as distractors), written blind on 6
         * December 2026 by a writer who saw only the brief: 1.000 / 0.977 (tp 128, fp 0, fn 3) at its first run, on
         * unchanged main {@code 0d7a76f}. Nobody has read its errors.
         */
        FRESH35("/labelled/acts-fresh35.tsv", null, 1.0, 0.977, false);

        final LabelledFloor floor;

        LabelledList(String resource, String split, double precision, double recall, boolean alwaysPrintErrors) {
            this.floor = new LabelledFloor(resource, split, precision, recall, alwaysPrintErrors);
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        List<Line> lines() throws IOException {
            return floor.select(ActExtractorQualityTest.lines(floor.resource()), Line::split);
        }

        boolean printErrors() {
            return floor.printErrors("acts", label());
        }
    }

    record Line(String split, String language, List<String> expected, String text) {
    }

    record Score(int truePositives, int falsePositives, int falseNegatives, List<String> errors) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
        }
    }

    private final ActExtractor extractor = new ActExtractor();

    @ParameterizedTest
    @EnumSource(LabelledList.class)
    void extractionReachesTheListsFloor(LabelledList list) throws IOException {
        Score s = measure(list.label(), list.lines(), list.printErrors());
        assertThat(s.precision()).as("precision on %s", list).isGreaterThanOrEqualTo(list.floor.precision());
        assertThat(s.recall()).as("recall on %s", list).isGreaterThanOrEqualTo(list.floor.recall());
    }

    /** What each file must hold to count: phrasings in the three languages, and distractors among them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/labelled/acts.tsv,        60, 20",
            "/labelled/acts-fresh.tsv,  40, 15",
            "/labelled/acts-fresh2.tsv, 40, 15",
            "/labelled/acts-fresh3.tsv, 60, 20",
            "/labelled/acts-fresh4.tsv, 70, 25",
            "/labelled/acts-fresh5.tsv, 70, 25",
            "/labelled/acts-fresh6.tsv, 90, 35",
            "/labelled/acts-fresh7.tsv, 110, 40",
            "/labelled/acts-fresh8.tsv, 150, 60",
            "/labelled/acts-fresh9.tsv, 140, 55",
            "/labelled/acts-fresh10.tsv, 140, 60",
            "/labelled/acts-fresh11.tsv, 140, 55",
            "/labelled/acts-fresh12.tsv, 140, 55",
            "/labelled/acts-fresh13.tsv, 140, 55",
            "/labelled/acts-fresh14.tsv, 140, 55",
            "/labelled/acts-fresh15.tsv, 140, 55",
            "/labelled/acts-fresh16.tsv, 100, 45",
            "/labelled/acts-fresh17.tsv, 100, 45",
            "/labelled/acts-fresh18.tsv, 100, 45",
            "/labelled/acts-fresh19.tsv, 100, 45",
            "/labelled/acts-fresh20.tsv, 90, 40",
            "/labelled/acts-fresh21.tsv, 100, 45",
            "/labelled/acts-fresh22.tsv, 100, 45",
            "/labelled/acts-fresh23.tsv, 100, 45",
            "/labelled/acts-fresh24.tsv, 100, 45",
            "/labelled/acts-fresh25.tsv, 100, 45",
            "/labelled/acts-fresh26.tsv, 100, 40",
            "/labelled/acts-fresh27.tsv, 100, 40",
            "/labelled/acts-fresh28.tsv, 120, 45",
            "/labelled/acts-fresh29.tsv, 120, 45",
            "/labelled/acts-fresh30.tsv, 120, 45",
            "/labelled/acts-fresh31.tsv, 150, 55",
            "/labelled/acts-fresh32.tsv, 150, 55",
            "/labelled/acts-fresh33.tsv, 150, 55",
            "/labelled/acts-fresh34.tsv, 150, 55",
            "/labelled/acts-fresh35.tsv, 150, 55"})
    void listHasEnoughPhrasingsInEachLanguageWithDistractors(String resource, int minLines, int minDistractors)
            throws IOException {
        List<Line> lines = lines(resource);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(minLines);
        assertThat(lines.stream().map(Line::language).distinct()).containsExactlyInAnyOrder("en", "ru", "be");
        assertThat(lines.stream().filter(l -> l.expected().isEmpty()).count()).isGreaterThanOrEqualTo(minDistractors);
    }

    @Test
    void referencesKeepFieldAndOffsetsLikeEvidence() {
        String summary = "Изменения внесены Указом №135 от 12 марта 2025 г. и Законом № 99-З.";
        List<ActReference> refs = extractor.extract("Title", summary, null);
        assertThat(refs).extracting(ActReference::id).containsExactly("decree:135", "law:99");
        ActReference decree = refs.get(0);
        assertThat(decree.field()).isEqualTo("summary");
        assertThat(summary.substring(decree.start(), decree.end())).isEqualTo(decree.text())
                .isEqualTo("Указом №135 от 12 марта 2025 г.");
        assertThat(decree.date()).hasToString("2025-03-12");
        assertThat(refs.get(1).number()).isEqualTo("99-Z");
        assertThat(refs.get(1).kind()).isEqualTo("law");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Aleksandr Lukashenko signed Edict No. 77 on 3 March 2026 to extend the programme. | 2026-03-03",
            "Edict No. 77 of 3 March 2026 extends the programme.                             | 2026-03-03",
            "Edict No. 77 dated March 3, 2026 extends the programme.                         | 2026-03-03",
            "Указ № 77 от 3 марта 2026 г. продлевает программу.                               | 2026-03-03",
            "Указам № 77 ад 3 сакавіка 2026 г. падоўжана праграма.                             | 2026-03-03",
            "Указом от 03.03.2026 № 77 продлена программа.                                    | 2026-03-03"})
    void theActsDateIsReadInEachLanguage(String text, String date) {
        List<ActReference> refs = extractor.extract("summary", text.strip());
        assertThat(refs).extracting(ActReference::id).containsExactly("decree:77");
        assertThat(refs.get(0).date()).hasToString(date.strip());
    }

    private Score measure(String split, List<Line> lines, boolean printErrors) {
        int tp = 0, fp = 0, fn = 0;
        List<String> errors = new ArrayList<>();
        for (Line line : lines) {
            List<ActReference> found = extractor.extract("summary", line.text());
            for (ActReference r : found) {
                assertThat(line.text().substring(r.start(), r.end())).as("offsets of %s", r).isEqualTo(r.text());
            }
            List<ActReference> unmatched = new ArrayList<>(found);
            for (String want : line.expected()) {
                String id = want.contains("@") ? want.substring(0, want.indexOf('@')) : want;
                String date = want.contains("@") ? want.substring(want.indexOf('@') + 1) : null;
                ActReference hit = unmatched.stream().filter(r -> r.id().equals(id)
                        && (date == null || Objects.equals(String.valueOf(r.date()), date))).findFirst().orElse(null);
                if (hit != null) {
                    tp++;
                    unmatched.remove(hit);
                } else {
                    fn++;
                    errors.add("missed " + want + " in: " + line.text() + " (found " + found + ")");
                }
            }
            for (ActReference extra : unmatched) {
                if (line.expected().stream().anyMatch(want -> want.equals(extra.id()) || want.startsWith(extra.id() + "@"))) {
                    continue; // the act named again: a list that labels each act once (the later ones) is not wrong there
                }
                fp++;
                errors.add("wrong " + extra.id() + "@" + extra.date() + " «" + extra.text() + "» in: " + line.text());
            }
        }
        Score score = new Score(tp, fp, fn, errors);
        System.out.printf("act extraction [%s]: precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n", split,
                score.precision(), score.recall(), tp, fp, fn);
        if (printErrors) {
            errors.forEach(e -> System.out.println("  " + e));
        }
        return score;
    }

    static List<Line> lines() throws IOException {
        return lines("/labelled/acts.tsv");
    }

    static List<Line> lines(String resource) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = ActExtractorQualityTest.class.getResourceAsStream(resource)) {
            for (String raw : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (raw.isBlank() || raw.startsWith("#")) {
                    continue;
                }
                String[] c = raw.split("\t", 4);
                List<String> expected = c[2].equals("-") ? List.of() : List.of(c[2].split(";"));
                lines.add(new Line(c[0], c[1], expected, c[3]));
            }
        }
        return lines;
    }
}
