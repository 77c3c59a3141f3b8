/**
 * Text analysis per language (tokenizers, stemmers, folding) and the index fields items and rules are analysed into.
 * The bottom layer: plain Lucene, imports no other package of the service.
 */
package org.policymonitor.classifier.analysis;
